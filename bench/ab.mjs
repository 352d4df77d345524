// A/B of the built package (dist/) against the build of another commit, on the text layouts users feed
// us: our pipe text and Markdown, traditional text, and the committed outputs of the converter gauntlet
// (test/gauntlet/). The other commit is built by bench/baseline.mjs into the gitignored
// bench/.baseline/<commit>/. The two alternate round by round (CPU time of the process, so waiting for a
// core on a shared machine is not counted); "speed-up" is the median of the per-round ratios. Every
// input's whole result (report and diagnostics) is compared too: a speed change must leave it the same.
//   node bench/ab.mjs --against=COMMIT [--rounds=N] [--only=WORD] [--swap] [--main-thread]
//   node bench/ab.mjs --against-dist=DIR [--rounds=N] [--only=WORD] [--swap]   (DIR: a copy of another build's dist/,
//   built with the same configuration as this one: the fairer A/B of a small change)
// (`npm run bench` compares with 0.1.0 and writes docs/performance.md; this script writes nothing.)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as OpenCC from 'opencc-js';
import { baselineEntry } from './baseline.mjs';
import { exampleReportText } from './inputs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const againstDist = arg('against-dist');
const against = arg('against') ?? againstDist;
if (!against) {
  console.error('usage: node bench/ab.mjs --against=COMMIT | --against-dist=DIR [--rounds=N] [--only=WORD]');
  process.exit(2);
}
const rounds = Number(arg('rounds') ?? 15);
const only = arg('only');
// (`--swap`: the other build imported first. An A/A of two copies of one build in one process read
// 0.78–0.85× for the copy imported second on this machine: read both orders, or count instructions.)
const swap = process.argv.includes('--swap');
// (`--main-thread`: CPU time of the main thread alone (Linux, /proc/thread-self/schedstat, in ns), not of the
// process: V8's optimizing compiler and collector run on helper threads whose work in a round may be for either
// build, and over 10–40 warm rounds of the gauntlet's texts they spent about as much CPU as the parses themselves
// (bench/threads.mjs).)
const mainThread = process.argv.includes('--main-thread');
const otherEntry = againstDist ? join(resolve(againstDist), 'index.js') : baselineEntry(root, against);
const B0 = swap ? await import(pathToFileURL(otherEntry).href) : null;
const A = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const B = B0 ?? (await import(pathToFileURL(otherEntry).href));

const exampleMd = readFileSync(join(root, 'examples', 'sample-report-2023.md'), 'utf8');
const pipe = exampleReportText(A, root);
const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(pipe);
const gauntletDir = join(root, 'test', 'gauntlet');
const reports = readdirSync(gauntletDir).filter((d) => existsSync(join(gauntletDir, d, 'source.html')));
const files = (...names) =>
  reports.flatMap((d) =>
    names.filter((n) => existsSync(join(gauntletDir, d, n))).map((n) => readFileSync(join(gauntletDir, d, n), 'utf8')),
  );
const groups = [
  ['pipe text (our renderer)', [pipe]],
  ['Markdown (the example)', [exampleMd]],
  ['traditional text', [traditional]],
  ['innerText (gauntlet)', files('innertext.txt')],
  ['clipboard (gauntlet)', files('clipboard.txt')],
  ['pdftotext -layout (gauntlet)', files('chromium.layout.txt', 'chromium-hf.layout.txt', 'lo.layout.txt')],
  ['pdftotext plain (gauntlet)', files('chromium.plain.txt', 'chromium-hf.plain.txt', 'lo.plain.txt')],
  ['one line (gauntlet)', files('one-line.txt')],
  ['glued (gauntlet)', files('glued.txt')],
].filter(([name]) => !only || name.includes(only));

const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
/** CPU time of the main thread so far, in ms (the first field of schedstat: ns on a CPU). */
const mainCpu = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
/** CPU time of `reps` calls, per call, in ms. */
function cpu(f, reps) {
  if (mainThread) {
    const t0 = mainCpu();
    for (let i = 0; i < reps; i++) f();
    return (mainCpu() - t0) / reps;
  }
  const c0 = process.cpuUsage();
  for (let i = 0; i < reps; i++) f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / reps;
}
console.log(
  `dist/ against ${against}, ${rounds} rounds, CPU time ${mainThread ? 'of the main thread' : 'of the process'} per pass over the group's inputs`,
);
console.log('| input | files | this build | the other | speed-up | same results |');
console.log('|---|---|---|---|---|---|');
for (const [name, inputs] of groups) {
  let same = 0;
  for (const s of inputs) if (JSON.stringify(A.parseReport(s)) === JSON.stringify(B.parseReport(s))) same++;
  const fa = () => inputs.forEach((s) => A.parseReport(s));
  const fb = () => inputs.forEach((s) => B.parseReport(s));
  for (let i = 0; i < 3; i++) {
    fa();
    fb();
  }
  // (each sample about 20 ms of CPU; the order within a round alternates too)
  const reps = Math.max(1, Math.round(20 / Math.max(0.01, cpu(fa, 1))));
  const ta = [];
  const tb = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      ta.push(cpu(fa, reps));
      tb.push(cpu(fb, reps));
    } else {
      tb.push(cpu(fb, reps));
      ta.push(cpu(fa, reps));
    }
  }
  const ratio = median(ta.map((a, r) => tb[r] / a));
  console.log(
    `| ${name} | ${inputs.length} | ${median(ta).toFixed(2)} ms | ${median(tb).toFixed(2)} ms | **${ratio.toFixed(2)}×** | ${same} of ${inputs.length} |`,
  );
}
