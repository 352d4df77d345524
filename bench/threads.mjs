// Where a process's CPU time goes while it parses a batch: the main thread (our code, the interpreter, and the
// collector's work on it) against V8's helper threads (the optimizing compiler, concurrent marking and sweeping).
// The bench's figures are CPU time of the process, so helper threads count in them; this script tells how much.
// One build, the gauntlet's texts of the chosen layouts (test/gauntlet/), parsed `--rounds` times in one process;
// per round the CPU time of the main thread and of all the others (Linux: /proc/self/task/*/schedstat, in ns).
// V8 flags go before the script (`node --no-turbo-inlining bench/threads.mjs …`) to see what a flag changes.
//   node bench/threads.mjs [--dist=DIR] [--rounds=N] [--files=a.txt,b.txt]
// (writes nothing; DIR defaults to this checkout's dist/, and may be another build's dist/ or bench/.baseline/<commit>/dist)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const dist = resolve(arg('dist') ?? join(root, 'dist'));
const rounds = Number(arg('rounds') ?? 20);
const files = (arg('files') ?? 'chromium.plain.txt,lo.plain.txt').split(',');
const { parseReport } = await import(pathToFileURL(join(dist, 'index.js')).href);

const gauntletDir = join(root, 'test', 'gauntlet');
const inputs = readdirSync(gauntletDir)
  .filter((d) => existsSync(join(gauntletDir, d, 'source.html')))
  .flatMap((d) => files.filter((n) => existsSync(join(gauntletDir, d, n))).map((n) => readFileSync(join(gauntletDir, d, n), 'utf8')));

/** CPU time so far in ms: [main thread, every other thread of the process]. */
function threads() {
  let main = 0;
  let others = 0;
  for (const tid of readdirSync('/proc/self/task')) {
    let ns;
    try {
      ns = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      continue; // (a thread that ended meanwhile)
    }
    if (Number(tid) === process.pid) main += ns / 1e6;
    else others += ns / 1e6;
  }
  return [main, others];
}

console.log(`${dist}: ${inputs.length} texts (${files.join(', ')}), ${rounds} rounds; CPU ms per round, main thread / other threads`);
const per = [];
let before = threads();
for (let r = 0; r < rounds; r++) {
  for (const s of inputs) parseReport(s);
  const now = threads();
  per.push([now[0] - before[0], now[1] - before[1]]);
  before = now;
}
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const fmt = (xs) => xs.map(([m, o]) => `${m.toFixed(0)}/${o.toFixed(0)}`).join(' ');
console.log(fmt(per));
const half = per.slice(Math.floor(rounds / 2));
console.log(
  `all rounds: main ${sum(per.map((x) => x[0])).toFixed(0)} ms, others ${sum(per.map((x) => x[1])).toFixed(0)} ms; ` +
    `second half: main ${sum(half.map((x) => x[0])).toFixed(0)} ms, others ${sum(half.map((x) => x[1])).toFixed(0)} ms`,
);
