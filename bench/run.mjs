// npm run bench: measures the built package on what users feed it and writes docs/performance.md.
// Every figure is an A/B in one process against the 0.1.0 build (bench/baseline.mjs), A and B
// alternating, medians; this machine (2 cores shared by several developers) is noisy, so compare ratios.
//   node --expose-gc bench/run.mjs [--quick] [--cli] [--only=WORD]   (--only: the input groups whose name has WORD, nothing else, no file written)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as OpenCC from 'opencc-js';
import { BASELINE_COMMIT, baselineEntry } from './baseline.mjs';
import { adversarialTable4, exampleReportText, gluedTable3, portalPage } from './inputs.mjs';
import { GAPS, RELIABILITY } from './notes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const distEntry = join(root, 'dist', 'index.js');
const A = await import(pathToFileURL(distEntry).href);
const bEntry = baselineEntry(root);
const B = await import(pathToFileURL(bEntry).href);
const { parseReport, renderReport, validateReport } = A;

// ---------------------------------------------------------------- inputs
const exampleMd = readFileSync(join(root, 'examples', 'sample-report-2023.md'), 'utf8');
const report = parseReport(exampleMd).report;
const simplified = exampleReportText(A, root);
const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(simplified);
const ourHtml = renderReport(parseReport(simplified).report, { to: 'html' });

const gauntletDir = join(root, 'test', 'gauntlet');
const gauntlet = readdirSync(gauntletDir).filter((d) => existsSync(join(gauntletDir, d, 'source.html')));
const files = (...names) =>
  gauntlet.flatMap((d) =>
    names.filter((n) => existsSync(join(gauntletDir, d, n))).map((n) => readFileSync(join(gauntletDir, d, n), 'utf8')),
  );
const portalBase = readFileSync(join(gauntletDir, 'r09-2021-portal', 'source.html'), 'utf8');
/**
 * The same report as pipe text: read from its source page (an ordinary layout), then written by our renderer with
 * its sections. A worst case is judged per KB against the very report it was made from, never a cheaper one.
 */
const asPipeText = (html) => renderReport(parseReport(html, { format: 'html' }).report, { to: 'text' });
const gluedDirs = gauntlet.filter((d) => existsSync(join(gauntletDir, d, 'glued.txt')));

/** Groups of inputs: each is timed as one batch (every input parsed once). */
const allGroups = [
  { name: 'pipe text (our renderer)', kind: 'text', inputs: [simplified] },
  { name: 'Markdown (the example)', kind: 'text', inputs: [exampleMd] },
  { name: 'innerText (gauntlet)', kind: 'text', inputs: files('innertext.txt') },
  { name: 'clipboard (gauntlet)', kind: 'text', inputs: files('clipboard.txt') },
  { name: 'pdftotext -layout (gauntlet)', kind: 'text', inputs: files('chromium.layout.txt', 'chromium-hf.layout.txt', 'lo.layout.txt') },
  { name: 'pdftotext plain (gauntlet)', kind: 'text', inputs: files('chromium.plain.txt', 'chromium-hf.plain.txt', 'lo.plain.txt') },
  { name: 'one line (gauntlet)', kind: 'text', inputs: files('one-line.txt') },
  {
    name: 'glued (gauntlet)',
    kind: 'text',
    inputs: gluedDirs.map((d) => readFileSync(join(gauntletDir, d, 'glued.txt'), 'utf8')),
    same: gluedDirs.map((d) => asPipeText(readFileSync(join(gauntletDir, d, 'source.html'), 'utf8'))),
  },
  { name: 'traditional text', kind: 'text', inputs: [traditional] },
  { name: 'HTML (our renderer)', kind: 'html', inputs: [ourHtml] },
  { name: 'HTML pages (gauntlet, 6 styles)', kind: 'html', inputs: files('source.html') },
  { name: 'portal page ~35 KB', kind: 'html', inputs: [portalPage(portalBase, 35_000)] },
  { name: 'portal page ~120 KB', kind: 'html', inputs: [portalPage(portalBase, 120_000)] },
  { name: 'portal page ~360 KB', kind: 'html', inputs: [portalPage(portalBase, 360_000)] },
  { name: 'worst: table 四 in 7 runs', kind: 'worst', inputs: [adversarialTable4(simplified)], same: [simplified] },
  { name: 'worst: table 三 rows glued', kind: 'worst', inputs: [gluedTable3(simplified)], same: [simplified] },
];
const groups = only ? allGroups.filter((g) => g.name.includes(only)) : allGroups;

// ---------------------------------------------------------------- timing
const bytes = (s) => Buffer.byteLength(s);
const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
/** The bare baseline: one pass over the text counting lines and digits. */
function bare(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || (c >= 48 && c <= 57)) n++;
  }
  return n;
}
/** CPU time of one call in ms (user + system: on a shared machine, time spent waiting for a core is not counted). */
function once(f, reps) {
  const c0 = process.cpuUsage();
  for (let i = 0; i < reps; i++) f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / reps;
}
/**
 * Alternates the functions round by round (so changes of load hit all alike). Each sample repeats a call until it
 * takes about 10 ms of CPU (the clock's resolution stays negligible). Returns the median per function and the
 * median of the per-round ratios of the first to each other (`ratios[i]` = fns[i] / fns[0]).
 */
function ab(fns, { minRounds = quick ? 5 : 11, budgetMs = quick ? 300 : 1200 } = {}) {
  const reps = fns.map((f) => {
    for (let i = 0; i < 3; i++) f();
    const t = once(f, 1);
    return Math.max(1, Math.min(1000, Math.round(20 / Math.max(t, 0.001))));
  });
  const t = fns.map(() => []);
  const start = performance.now();
  for (let r = 0; r < 300 && (r < minRounds || performance.now() - start < budgetMs * fns.length); r++) {
    fns.forEach((f, i) => t[i].push(once(f, reps[i])));
  }
  const meds = t.map(median);
  meds.ratios = t.map((ti) => median(ti.map((x, r) => x / t[0][r])));
  return meds;
}
const batch =
  (lib, g, inputs = g.inputs) =>
  () => {
    for (const input of inputs) lib.parseReport(input, { format: g.kind === 'html' ? 'html' : 'auto' });
  };
const cellsOf = (lib, input, kind) => {
  const r = lib.parseReport(input, { format: kind === 'html' ? 'html' : 'auto' }).report;
  return r ? lib.listCells(r).map((c) => `${c.address}=${c.status}:${c.value}`) : [];
};

// Python reference: the same bytes, timed inside Python (start-up excluded).
const pyDir = mkdtempSync(join(tmpdir(), 'zfxxgk-bench-py-'));
const pyFiles = groups.map((g, gi) =>
  g.inputs.map((s, i) => {
    const f = join(pyDir, `${gi}-${i}.txt`);
    writeFileSync(f, s);
    return f;
  }),
);
let py = null;
try {
  py = JSON.parse(
    execFileSync('python3', [join(root, 'bench', 'naive_reader.py'), quick ? '3' : '7', ...pyFiles.flat()], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    }),
  );
} catch (e) {
  console.error(`python3 bench/naive_reader.py failed: ${String(e.message).split('\n')[0]}`);
}

const rows = [];
const results = [];
for (const [gi, g] of groups.entries()) {
  const size = g.inputs.reduce((n, s) => n + bytes(s), 0);
  // A worst case is timed in the same rounds as the same reports in an ordinary layout (`same`, pipe text), in both builds.
  const m = ab(g.same ? [batch(A, g), batch(B, g), batch(A, g, g.same), batch(B, g, g.same)] : [batch(A, g), batch(B, g)]);
  const [a, b] = m;
  const speedup = m.ratios[1];
  const sameSize = g.same?.reduce((n, s) => n + bytes(s), 0);
  /** Per KB, the worst case over the same reports as pipe text (A, and B: 0.1.0), medians of per-round ratios. */
  const perKbRatio = g.same && [(1 / m.ratios[2]) * (sameSize / size), (m.ratios[1] / m.ratios[3]) * (sameSize / size)];
  const [base] = ab([() => g.inputs.forEach(bare)], { minRounds: 7, budgetMs: 50 });
  const pyMs = py ? pyFiles[gi].reduce((n, f) => n + py[f], 0) : NaN;
  let same = 0;
  let total = 0;
  for (const input of g.inputs) {
    const ca = cellsOf(A, input, g.kind);
    const cb = new Set(cellsOf(B, input, g.kind));
    total += Math.max(ca.length, cb.size);
    same += ca.filter((c) => cb.has(c)).length;
  }
  results.push({ name: g.name, kind: g.kind, a, b, speedup, size, base, pyMs, n: g.inputs.length, perKbRatio, sameSize });
  if (perKbRatio)
    console.error(
      `  per KB over the same reports as pipe text (${(sameSize / 1024).toFixed(1)} KB): ${perKbRatio[0].toFixed(2)}× (0.1.0: ${perKbRatio[1].toFixed(2)}×)`,
    );
  rows.push(
    `| ${g.name} | ${g.inputs.length} | ${(size / 1024).toFixed(1)} KB | ${b.toFixed(2)} ms | ${a.toFixed(2)} ms | **${speedup.toFixed(2)}×** | ${(size / 1e6 / (a / 1000)).toFixed(1)} MB/s | ${(a / base).toFixed(0)}× | ${Number.isNaN(pyMs) ? '–' : `${pyMs.toFixed(2)} ms (${(pyMs / a).toFixed(2)}×)`} | ${same} of ${total} |`,
  );
  console.error(rows.at(-1));
}
if (only) process.exit(0);
// Worst cases per KB against the same reports as pipe text per KB (timed in the same rounds).
const worst = results
  .filter((r) => r.perKbRatio)
  .map((r) => `${r.name.replace('worst: ', '')}: ${r.perKbRatio[0].toFixed(1)}× (0.1.0: ${r.perKbRatio[1].toFixed(1)}×)`);

// ---------------------------------------------------------------- scaling
const scale = [];
for (const size of quick ? [1e3, 1e5] : [1e3, 1e4, 1e5, 1e6, 1e7]) {
  const s = simplified.repeat(Math.ceil(size / simplified.length)).slice(0, size);
  // The default input limit (8 M characters) would stop the 10 M row at once: lifted (0.1.0 has no limits).
  const m = ab(
    [() => parseReport(s, { limits: { maxInputLength: Infinity } }), () => B.parseReport(s)],
    size >= 1e6 ? { minRounds: 3, budgetMs: 0 } : {},
  );
  const [a, b] = m;
  scale.push(
    `| ${size >= 1e6 ? `${size / 1e6} M` : `${size / 1e3} K`} chars | ${b.toFixed(2)} ms | ${a.toFixed(2)} ms | ${((a * 1e6) / size).toFixed(0)} ns | ${m.ratios[1].toFixed(2)}× |`,
  );
}
const [validateMs, validateB] = ab([() => validateReport(report), () => B.validateReport(report)]);

// ---------------------------------------------------------------- cold start
/** Import and first parse in a fresh process, CPU time inside it from before the import (Node's own start excluded). */
function fresh(entry, input, format) {
  const code = `const ms = (c) => (c.user + c.system) / 1000; const c0 = process.cpuUsage(); const m = await import(${JSON.stringify(pathToFileURL(entry).href)}); const t1 = ms(process.cpuUsage(c0)); m.parseReport(${JSON.stringify(input)}, { format: ${JSON.stringify(format)} }); const t2 = ms(process.cpuUsage(c0)); console.log(JSON.stringify([t1, t2]));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code]).toString());
}
/** What `import 'zfxxgk-report'` loads under Node (the `node` condition of `exports`: one core file, not the split build). */
const nodeEntry = join(root, 'dist', 'esm-node', 'index.js');
const cold = { textA: [], textB: [], htmlA: [], htmlB: [] };
for (let i = 0; i < (quick ? 3 : 9); i++) {
  cold.textA.push(fresh(nodeEntry, simplified, 'text'));
  cold.textB.push(fresh(bEntry, simplified, 'text'));
  cold.htmlA.push(fresh(nodeEntry, ourHtml, 'html'));
  cold.htmlB.push(fresh(bEntry, ourHtml, 'html'));
}
const coldLine = (xs, k) => {
  const v = xs.map((x) => x[k]);
  return `${median(v).toFixed(0)} ms (${v.reduce((a, b) => Math.min(a, b), Infinity).toFixed(0)}–${v.reduce((a, b) => Math.max(a, b), -Infinity).toFixed(0)})`;
};
const coldRatio = (a, b, k) => (median(b.map((x) => x[k])) / median(a.map((x) => x[k]))).toFixed(2);
const importAlone = {};
for (const m of ['parse5', 'parsimmon', 'opencc-js']) {
  const t = [];
  for (let i = 0; i < (quick ? 2 : 5); i++)
    t.push(
      Number(
        execFileSync(
          process.execPath,
          [
            '--input-type=module',
            '-e',
            `const c0 = process.cpuUsage(); await import(${JSON.stringify(m)}); const c = process.cpuUsage(c0); console.log((c.user + c.system) / 1000);`,
          ],
          { cwd: root },
        ).toString(),
      ),
    );
  importAlone[m] = median(t);
}

// ---------------------------------------------------------------- targets (issue 16), from the figures above
const lo = (xs) => xs.reduce((m, x) => Math.min(m, x), Infinity);
const hi = (xs) => xs.reduce((m, x) => Math.max(m, x), -Infinity);
const byName = (w) => results.filter((r) => r.name.includes(w));
const range = (rs) => {
  const v = rs.map((r) => r.speedup);
  if (v.length === 0) return '–';
  return v.length === 1 ? `${v[0].toFixed(2)}×` : `${lo(v).toFixed(2)}–${hi(v).toFixed(2)}×`;
};
const status = (ok) => (ok ? '**met**' : '**not met**');
const textLayouts = results.filter((r) => r.kind === 'text' && !/glued|traditional|plain/.test(r.name));
const plain = byName('pdftotext plain');
const trad = byName('traditional');
const portal = byName('portal page');
const textPy = results.filter((r) => r.kind !== 'worst' && !Number.isNaN(r.pyMs));
const coldFirst = cold.textA.map((x) => x[1]);
const coldMin = coldFirst.reduce((a, b) => Math.min(a, b), Infinity);
const worstRatios = results.filter((r) => r.perKbRatio).map((r) => r.perKbRatio[0]);
const targets = [
  [
    'Text layouts (pipes, cell per line, pdftotext -layout, Markdown, one line) ≥ 3× faster than 0.1.0',
    range(textLayouts),
    textLayouts.every((r) => r.speedup >= 3),
  ],
  ['Plain pdftotext ≥ 4×', range(plain), plain.every((r) => r.speedup >= 4)],
  ['Traditional text ≥ 3×', range(trad), trad.every((r) => r.speedup >= 3)],
  ['HTML portal pages ≥ 3×', range(portal), portal.every((r) => r.speedup >= 3)],
  [
    'Import + first parse of a simplified report ≤ 50 ms (idle machine)',
    `median ${median(coldFirst).toFixed(0)} ms, best ${coldMin.toFixed(0)} ms (load ${(await import('node:os')).loadavg()[0].toFixed(1)})`,
    median(coldFirst) <= 50,
  ],
  [
    'Worst cases ≤ 3× an ordinary report per KB',
    worstRatios.length ? `${lo(worstRatios).toFixed(1)}–${hi(worstRatios).toFixed(1)}×` : '–',
    worstRatios.every((x) => x <= 3),
  ],
  [
    'Faster than the naive Python reader',
    textPy.length
      ? `its time over ours ${lo(textPy.map((r) => r.pyMs / r.a)).toFixed(2)}–${hi(textPy.map((r) => r.pyMs / r.a)).toFixed(2)}`
      : 'not measured',
    textPy.length > 0 && textPy.every((r) => r.pyMs > r.a),
  ],
];
const targetRows = targets.map(([t, m, ok]) => `| ${t} | ${m} | ${status(ok)} |`).join('\n');

// ---------------------------------------------------------------- memory
const heap = [];
globalThis.gc?.();
const heapRuns = quick ? 1000 : 4000;
for (let i = 1; i <= heapRuns; i++) {
  parseReport(i % 2 ? simplified : ourHtml, { format: i % 2 ? 'text' : 'html' });
  if (i % (heapRuns / 4) === 0) {
    globalThis.gc?.();
    heap.push(`${i}: ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB`);
  }
}

let cli = 'not measured in this run (pass --cli)';
if (process.argv.includes('--cli')) {
  const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-bench-'));
  const n = 10_000;
  for (let i = 0; i < n; i++) {
    const sub = join(dir, String(i % 100));
    if (i < 100) mkdirSync(sub);
    writeFileSync(join(sub, `${i}.txt`), simplified);
  }
  const t0 = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, join(root, 'dist', 'cli.js'), 'parse', dir, '--format', 'csv', '--quiet'],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const secs = (performance.now() - t0) / 1000;
  const maxRssKb = Number(r.stderr.trim().split('\n').pop());
  cli = `${n} files in ${secs.toFixed(1)} s (${(n / secs).toFixed(0)} files/s), peak RSS ${(maxRssKb / 1024).toFixed(0)} MB, exit ${r.status}`;
}

// ---------------------------------------------------------------- sizes
let sizes = '';
try {
  let out;
  try {
    out = execFileSync(join(root, 'node_modules', '.bin', 'size-limit'), ['--json'], { cwd: root, encoding: 'utf8' });
  } catch (e) {
    out = e.stdout; // a budget exceeded: the sizes are still printed
  }
  const json = JSON.parse(out);
  sizes = json
    .map((x) => `| ${x.name} | ${(x.size / 1000).toFixed(1)} kB | ${(x.sizeLimit / 1000).toFixed(1).replace(/\.0$/, '')} kB |`)
    .join('\n');
} catch (e) {
  sizes = `| size-limit failed: ${String(e.message).split('\n')[0]} | | |`;
}

const load = (await import('node:os')).loadavg()[0].toFixed(1);
const md = `# Performance

<!-- Generated by \`npm run bench\` (bench/run.mjs) on the built package. Do not edit by hand. -->

Measured ${new Date().toISOString().slice(0, 10)} on this project's machine (2 cores shared by several developers; load
average ${load} when the run ended; Node ${process.versions.node}). Absolute times move with the load; **the ratios hold**:
times are CPU time (user + system) of the process, and every row is an A/B in one process against the 0.1.0 build (commit \`${BASELINE_COMMIT}\`, the state before the speed work,
built by \`bench/baseline.mjs\` into the gitignored \`bench/.baseline/\`), the two alternating round by round; "speed-up" is the median of the per-round ratios.

## Targets (issue 16), as measured in this run

| target | measured | status |
|---|---|---|
${targetRows}

PDF targets: see the PDF section at the end (\`bench/pdf.mjs\`).

## What users feed us

Each row parses every input of the group once per round. Inputs: the bundled example as our pipe text with a longer
narrative and as Markdown; the committed outputs of the converter gauntlet (\`test/gauntlet/\`, 14 reports through
Chromium, LibreOffice and pdftotext: see docs/gauntlet.md); traditional characters; HTML as our renderer writes it, the
gauntlet's six page styles, and a portal page (the gauntlet's portal page with more navigation, related links, scripts
and footer around the article) at three sizes; two worst cases (table 四 as seven runs of values between header words,
all orders possible; every row of table 三 glued into its label and one run of digits).

| input | files | size | 0.1.0 | now | speed-up | throughput | vs. bare pass | naive Python reader | cells as 0.1.0 |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

"vs. bare pass": the ratio to one loop over the same text counting lines and digits. "naive Python reader":
\`bench/naive_reader.py\` on the same bytes (timed inside Python), a reference only: it fills cells in reading order,
which we must never do; in brackets its time over ours (above 1: we are faster). "cells as 0.1.0": cells with the same
status and value in both builds (the reading itself changed since 0.1.0: more cells right, and some flagged).

Worst cases per KB against the same reports as pipe text per KB (target ≤ 3×; the glued gauntlet texts against
each report read from its source page and written by our renderer, the two synthetic cases against the pipe text
they were made from; both timed in the same rounds): ${worst.join(' · ')}.

## Scaling (pipe text, repeated)

| input | 0.1.0 | now | now per character | speed-up |
|---|---|---|---|---|
${scale.join('\n')}

## Cold start

Import and first parse in a fresh process: CPU time inside it from before the import (Node's own start not included;
CPU time because waiting for a core on this shared machine would dominate wall time),
${quick ? 3 : 9} processes each, A and B alternating: median (range).

| | 0.1.0 | now | ratio |
|---|---|---|---|
| import, simplified text | ${coldLine(cold.textB, 0)} | ${coldLine(cold.textA, 0)} | ${coldRatio(cold.textA, cold.textB, 0)}× |
| import + first parse, simplified text | ${coldLine(cold.textB, 1)} | ${coldLine(cold.textA, 1)} | ${coldRatio(cold.textA, cold.textB, 1)}× |
| import + first parse, HTML | ${coldLine(cold.htmlB, 1)} | ${coldLine(cold.htmlA, 1)} | ${coldRatio(cold.htmlA, cold.htmlB, 1)}× |

Target: import + first parse of a simplified report ≤ 50 ms on an idle machine. The build compiles parsimmon, entities
and opencc-js into its core bundle (docs/dependencies.md; HTML is read by our own tokenizer, parse5 is no longer in the build);
imported as packages of their own, as 0.1.0 loads them, they cost in this run: parse5
${importAlone.parse5.toFixed(0)} ms, parsimmon ${importAlone.parsimmon.toFixed(0)} ms, opencc-js ${importAlone['opencc-js'].toFixed(0)} ms.

## Other figures

- \`validateReport\` on a parsed report: **${validateMs.toFixed(3)} ms** (0.1.0: ${validateB.toFixed(3)} ms; target ≤ 0.2 ms).
- Heap while parsing ${heapRuns.toLocaleString('en')} reports in one process, text and HTML (after GC): ${heap.join(' · ')}.
- CLI over a folder: ${cli}.

## Bundle sizes

Brotli, dependencies included, measured by size-limit (a CI step; \`.size-limit.json\` holds the budgets).

| import | size | budget in CI |
|---|---|---|
${sizes}

HTML is read by our own tokenizer of the HTML standard and a light tree builder (parse5 is no longer bundled; the
\`entities\` package decodes character references): the whole \`parseReport\` is about 18 kB smaller than with parse5's
parser, our own code about 3 kB larger (the tree builder, then the tokenizer); the budgets follow the measured sizes. The dependencies are compiled into \`dist/\`, so the two rows without them are measured on \`src/index.ts\`.

## Where the time goes, and the remaining gaps

${GAPS}

${RELIABILITY}`;
// Keep the PDF section that bench/pdf.mjs writes (between its markers).
const previous = (() => {
  try {
    return readFileSync(join(root, 'docs', 'performance.md'), 'utf8');
  } catch {
    return '';
  }
})();
const pdfStart = previous.indexOf('<!-- pdf-bench:start -->');
const pdfEnd = previous.indexOf('<!-- pdf-bench:end -->');
const pdfSection = pdfStart >= 0 && pdfEnd > pdfStart ? `\n${previous.slice(pdfStart, pdfEnd + '<!-- pdf-bench:end -->'.length)}\n` : '';
writeFileSync(join(root, 'docs', 'performance.md'), md + pdfSection);
console.log(md);
