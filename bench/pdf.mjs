/**
 * PDF speed, side by side: `parsePdf` of this build against a baseline build (another checkout's
 * `dist/`, e.g. the commit before a change) in the same process, turn by turn, and against
 * `pdftotext -layout` as a whole process. Also a fresh process (import + first parse) for both
 * builds, and where the time of this build goes (pdfjs vs. our line rebuilding and parse).
 *
 *   npm run build && node bench/pdf.mjs [--baseline ../other-checkout] [--write] [files...]
 *
 * Default files: the PDFs of ../shared/corpus. `--write` puts the table into docs/performance.md
 * (between the `pdf-bench` markers, which `bench/run.mjs` keeps when it regenerates the file).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return null;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const baselineDir = flag('--baseline');
const write = args.includes('--write');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  const corpus = join(root, '..', 'shared', 'corpus');
  if (existsSync(corpus)) for (const f of readdirSync(corpus)) if (f.endsWith('.pdf')) files.push(join(corpus, f));
}
if (files.length === 0) throw new Error('no PDF given and no corpus found');

const ROUNDS = 15;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const current = await import(pathToFileURL(join(root, 'dist', 'pdf.js')).href);
const core = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const baseline = baselineDir ? await import(pathToFileURL(resolve(baselineDir, 'dist', 'pdf.js')).href) : null;

/** Wall time and CPU time (user + system) of one parse: CPU time holds up better on a shared machine (pdfjs runs in this thread). */
async function timeParse(lib, bytes) {
  const t = performance.now();
  const c = process.cpuUsage();
  const r = await lib.parsePdf(bytes);
  const d = process.cpuUsage(c);
  return { ms: performance.now() - t, cpu: (d.user + d.system) / 1000, r };
}

function pdftotext(file) {
  const t = performance.now();
  execFileSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'pipe', 'ignore'] });
  return performance.now() - t;
}

function freshProcess(dist, file) {
  const script = `const t=performance.now();const m=await import(${JSON.stringify(pathToFileURL(join(dist, 'pdf.js')).href)});await m.parsePdf((await import('node:fs')).readFileSync(${JSON.stringify(file)}));console.log(performance.now()-t)`;
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  const whole = performance.now() - t;
  return { whole, inside: Number(r.stdout.trim()) };
}

const rows = [];
for (const file of files) {
  const bytes = readFileSync(file);
  await timeParse(current, bytes);
  if (baseline) await timeParse(baseline, bytes);
  const cur = [];
  const base = [];
  const curCpu = [];
  const baseCpu = [];
  const tool = [];
  let result = null;
  // ABBA order: each build goes first in every other turn.
  for (let i = 0; i < ROUNDS; i++) {
    const turn = baseline && i % 2 === 1 ? ['b', 'c'] : ['c', 'b'];
    for (const who of turn) {
      if (who === 'c') {
        const c = await timeParse(current, bytes);
        cur.push(c.ms);
        curCpu.push(c.cpu);
        result = c.r;
      } else if (baseline) {
        const b = await timeParse(baseline, bytes);
        base.push(b.ms);
        baseCpu.push(b.cpu);
      }
    }
    tool.push(pdftotext(file));
  }
  // Our share: the text pipeline over the rebuilt text (the line rebuilding itself is timed with layoutText's callers inside parsePdf).
  const ours = median(
    Array.from({ length: ROUNDS }, () => {
      const t = performance.now();
      core.parseReport(result.text, { format: 'text' });
      return performance.now() - t;
    }),
  );
  const freshCur = median([0, 1, 2].map(() => freshProcess(join(root, 'dist'), file).whole));
  const freshBase = baseline ? median([0, 1, 2].map(() => freshProcess(resolve(baselineDir, 'dist'), file).whole)) : null;
  rows.push({
    file: basename(file),
    pages: result.pages,
    cur: median(cur),
    base: baseline ? median(base) : null,
    curCpu: median(curCpu),
    baseCpu: baseline ? median(baseCpu) : null,
    tool: median(tool),
    ours,
    freshCur,
    freshBase,
  });
}

const f = (n) => (n === null ? '–' : `${n.toFixed(0)} ms`);
const table = [
  '| file | pages | `parsePdf` warm (CPU) | baseline warm (CPU) | speed-up (CPU) | text pipeline (ours) | fresh process | baseline fresh | `pdftotext -layout` (process) |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.file.replace(/\.pdf$/, '')} | ${r.pages} | ${f(r.cur)} (${f(r.curCpu)}) | ${f(r.base)} (${f(r.baseCpu)}) | ${r.base ? `${(r.base / r.cur).toFixed(2)}× (${(r.baseCpu / r.curCpu).toFixed(2)}×)` : '–'} | ${f(r.ours)} | ${f(r.freshCur)} | ${f(r.freshBase)} | ${f(r.tool)} |`,
  ),
].join('\n');
console.log(table);

if (write) {
  const path = join(root, 'docs', 'performance.md');
  const doc = readFileSync(path, 'utf8');
  const START = '<!-- pdf-bench:start -->';
  const END = '<!-- pdf-bench:end -->';
  const notes = readFileSync(join(root, 'bench', 'pdf-notes.md'), 'utf8').trim();
  const section = `${START}\n## PDF (\`node bench/pdf.mjs --baseline … --write\`)\n\nMeasured ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, load average ${(await import('node:os')).loadavg()[0].toFixed(1)} on 2 cores; medians of ${ROUNDS} turns, this build and the baseline${baselineDir ? ` (\`${basename(resolve(baselineDir))}\`)` : ''} alternating in one process (ABBA order). "Warm" is a parse in a process that has parsed before (pdfjs loaded); CPU time in brackets (pdfjs runs in the calling thread, so CPU time is the figure that survives a loaded machine). "Fresh process" is \`node\` starting, importing the entry and parsing once. "Text pipeline" is \`parseReport\` over the rebuilt text alone.\n\n${table}\n\n${notes}\n${END}`;
  const i = doc.indexOf(START);
  const j = doc.indexOf(END);
  const next = i >= 0 && j > i ? `${doc.slice(0, i)}${section}${doc.slice(j + END.length)}` : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
}
