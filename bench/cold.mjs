// Cold start alone, A/B: import and first parse of the bench's simplified report (our pipe text with a longer
// narrative, as bench/run.mjs makes it) in fresh processes, this checkout's Node entry (dist/esm-node/index.js)
// against another build's, the two alternating process by process. CPU time inside the process from before the
// import (Node's own start not counted; CPU because waiting for a core on a shared machine would dominate wall
// time). Prints medians and ranges, and the load average before and after.
//   node bench/cold.mjs [--against-dist=DIR] [--runs=N] [--format=text|html]
// (DIR: another build's dist/ inside a package with "type": "module", e.g. /work/base-main/dist.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exampleReportText } from './inputs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(arg('runs') ?? 15);
const format = arg('format') ?? 'text';
const against = arg('against-dist');

const A = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const simplified = exampleReportText(A, root);
const input = format === 'html' ? A.renderReport(A.parseReport(simplified).report, { to: 'html' }) : simplified;
const inputFile = join(mkdtempSync(join(tmpdir(), 'zfxxgk-cold-')), 'input.txt');
writeFileSync(inputFile, input);

/** [import ms, import + first parse ms] of one fresh process importing `entry`. */
function fresh(entry) {
  const code = `import { readFileSync } from 'node:fs'; const s = readFileSync(${JSON.stringify(inputFile)}, 'utf8'); const ms = (c) => (c.user + c.system) / 1000; const c0 = process.cpuUsage(); const m = await import(${JSON.stringify(pathToFileURL(entry).href)}); const t1 = ms(process.cpuUsage(c0)); m.parseReport(s, { format: ${JSON.stringify(format)} }); const t2 = ms(process.cpuUsage(c0)); console.log(JSON.stringify([t1, t2]));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code]).toString());
}
const builds = [['this build', join(root, 'dist', 'esm-node', 'index.js')]];
if (against) builds.push(['other', join(resolve(against), 'esm-node', 'index.js')]);
const load0 = loadavg()[0];
const times = builds.map(() => []);
for (let r = 0; r < runs; r++) {
  const order = r % 2 === 0 ? builds.map((_, k) => k) : builds.map((_, k) => k).reverse();
  for (const k of order) times[k].push(fresh(builds[k][1]));
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
const line = (xs) => `${median(xs).toFixed(1)} ms (${Math.min.apply(null, xs).toFixed(1)}–${Math.max.apply(null, xs).toFixed(1)})`;
console.log(`${runs} fresh processes each, ${format}, load ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
for (const [k, [name]] of builds.entries())
  console.log(`${name}: import ${line(times[k].map((t) => t[0]))}, import + first parse ${line(times[k].map((t) => t[1]))}`);
if (builds.length === 2)
  console.log(
    `ratio other/this: import ${(median(times[1].map((t) => t[0])) / median(times[0].map((t) => t[0]))).toFixed(3)}, ` +
      `first parse ${(median(times[1].map((t) => t[1])) / median(times[0].map((t) => t[1]))).toFixed(3)}`,
  );
