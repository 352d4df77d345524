/**
 * PDF speed, side by side: `parsePdf` of this build against a baseline build in the same process,
 * turn by turn, and against `pdftotext -layout` as a whole process. Also a fresh process (import +
 * first parse) for both builds, and the share of our text pipeline.
 *
 *   npm run build && node bench/pdf.mjs [--baseline ../other-checkout] [--gauntlet] [--write] [files...]
 *
 * The baseline defaults to release 0.1.0 (`BASELINE_COMMIT` of bench/baseline.mjs), whose PDF entry
 * is built here on first use into bench/.baseline/<commit>-pdf/ (gitignored); `--baseline DIR` takes
 * another checkout's `dist/`. Default files: the PDFs of ../shared/corpus, and with `--gauntlet` one
 * Chromium and one LibreOffice print of the converter gauntlet too. `--write` puts the table into
 * docs/performance.md (between the `pdf-bench` markers, which `bench/run.mjs` keeps when it
 * regenerates the file).
 */
import { execFileSync, execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
/** Gauntlet prints measured with `--gauntlet`: Chromium (Type 3 fonts) and LibreOffice (TrueType, CFF). */
const GAUNTLET_FILES = ['r05-2021-cms/chromium-hf.pdf', 'r10-2019-portal/chromium.pdf', 'r05-2021-cms/lo.pdf'];
const write = args.includes('--write');
const gauntlet = args.includes('--gauntlet');
const baselineDir = flag('--baseline') ?? (await baselinePdfBuild());
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  const corpus = join(root, '..', 'shared', 'corpus');
  if (existsSync(corpus)) for (const f of readdirSync(corpus)) if (f.endsWith('.pdf')) files.push(join(corpus, f));
  if (gauntlet) for (const f of GAUNTLET_FILES) files.push(join(root, 'test', 'gauntlet', f));
}

/** Builds the PDF entry of release 0.1.0 (its sources by `git archive`) once; returns its folder. */
async function baselinePdfBuild() {
  const { BASELINE_COMMIT } = await import('./baseline.mjs');
  const dir = join(root, 'bench', '.baseline', `${BASELINE_COMMIT}-pdf`);
  if (existsSync(join(dir, 'dist', 'pdf.js'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execSync(`git archive ${BASELINE_COMMIT} | tar -x -C ${JSON.stringify(dir)}`, { cwd: root, stdio: 'inherit' });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  execFileSync(
    join(root, 'node_modules', '.bin', 'tsup'),
    [
      '--entry.pdf',
      'src/pdf/index.ts',
      '--format',
      'esm',
      '--target',
      'es2022',
      '--no-dts',
      '--no-sourcemap',
      '--treeshake',
      '--external',
      'pdfjs-dist',
    ],
    { cwd: dir, stdio: 'ignore' },
  );
  return dir;
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
    file: file.includes('/gauntlet/') ? file.split('/gauntlet/')[1] : basename(file),
    pages: result.pages,
    reader: result.textLayer?.reader ?? 'pdfjs',
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
const x = (a, b) => (a === null || b === null ? '–' : `${(a / b).toFixed(2)}×`);
const table = [
  '| file | pages | reader | `parsePdf` warm (CPU) | baseline warm (CPU) | speed-up (CPU) | text pipeline (ours) | fresh process | baseline fresh | speed-up (fresh) | `pdftotext -layout` (process) | warm ÷ pdftotext | fresh ÷ pdftotext |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.file.replace(/\.pdf$/, '')} | ${r.pages} | ${r.reader} | ${f(r.cur)} (${f(r.curCpu)}) | ${f(r.base)} (${f(r.baseCpu)}) | ${r.base ? `${x(r.base, r.cur)} (${x(r.baseCpu, r.curCpu)})` : '–'} | ${f(r.ours)} | ${f(r.freshCur)} | ${f(r.freshBase)} | ${x(r.freshBase, r.freshCur)} | ${f(r.tool)} | ${x(r.cur, r.tool)} | ${x(r.freshCur, r.tool)} |`,
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
