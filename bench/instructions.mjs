// Instructions executed per round of a group of the text layouts, in this build (dist/) and in a copy of
// another build's dist/: counted by valgrind's cachegrind in a fresh `node --predictable` process (one
// thread, fixed seeds), two warm rounds first, start-up and warm rounds subtracted (a run of 0 rounds).
// Deterministic to a few per cent where CPU time on a shared machine is not (see bench/ab.mjs); slow
// (valgrind runs ~50× slower than Node).
//   node bench/instructions.mjs --against-dist=DIR [--rounds=N] GROUP...     (GROUP: pipe, markdown,
//   innertext, clipboard, layout, plain, oneline, glued)
//   node bench/instructions.mjs --child ENTRY GROUP ROUNDS                   (what valgrind runs)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const here = fileURLToPath(import.meta.url);

/** The inputs of a group (our pipe text: the example rendered by this build, read from the file the parent wrote). */
function inputsOf(group) {
  const gauntletDir = join(root, 'test', 'gauntlet');
  const reports = readdirSync(gauntletDir).filter((d) => existsSync(join(gauntletDir, d, 'source.html')));
  const files = (...names) =>
    reports.flatMap((d) =>
      names.filter((n) => existsSync(join(gauntletDir, d, n))).map((n) => readFileSync(join(gauntletDir, d, n), 'utf8')),
    );
  const md = readFileSync(join(root, 'examples', 'sample-report-2023.md'), 'utf8');
  if (group === 'markdown') return [md];
  if (group === 'pipe') return [readFileSync(process.env.ZFXXGK_PIPE_TEXT, 'utf8')];
  const names = {
    innertext: ['innertext.txt'],
    clipboard: ['clipboard.txt'],
    layout: ['chromium.layout.txt', 'chromium-hf.layout.txt', 'lo.layout.txt'],
    plain: ['chromium.plain.txt', 'chromium-hf.plain.txt', 'lo.plain.txt'],
    oneline: ['one-line.txt'],
    glued: ['glued.txt'],
  }[group];
  if (!names) throw new Error(`unknown group ${group}`);
  return files(...names);
}

if (process.argv[2] === '--child') {
  const [entry, group, rounds] = process.argv.slice(3);
  const lib = await import(pathToFileURL(entry).href);
  const inputs = inputsOf(group);
  for (let r = 0; r < 2 + Number(rounds); r++) for (const s of inputs) lib.parseReport(s);
} else {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const other = arg('against-dist');
  const rounds = Number(arg('rounds') ?? 2);
  const groups = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!other || groups.length === 0) {
    console.error('usage: node bench/instructions.mjs --against-dist=DIR [--rounds=N] GROUP...');
    process.exit(2);
  }
  // (both builds read the same pipe text: this build's rendering of the example)
  const own = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  const pipeText = join(mkdtempSync(join(tmpdir(), 'zfxxgk-instructions-')), 'pipe.txt');
  const example = readFileSync(join(root, 'examples', 'sample-report-2023.md'), 'utf8');
  writeFileSync(pipeText, own.renderReport(own.parseReport(example).report, { to: 'text' }));
  /** Instructions of one child run (cachegrind's `I refs`). */
  const count = (entry, group, n) => {
    const { stderr } = spawnSync(
      'valgrind',
      [
        '--tool=cachegrind',
        '--cache-sim=no',
        '--cachegrind-out-file=/dev/null',
        process.execPath,
        '--predictable',
        '--hash-seed=1',
        '--random-seed=1',
        here,
        '--child',
        entry,
        group,
        String(n),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 24, env: { ...process.env, ZFXXGK_PIPE_TEXT: pipeText } },
    );
    return Number(/I\s+refs:\s+([\d,]+)/.exec(stderr)?.[1]?.replace(/,/g, '') ?? NaN);
  };
  const builds = [
    ['this build', join(root, 'dist', 'index.js')],
    ['the other', join(resolve(other), 'index.js')],
  ];
  console.log(`instructions a round (${rounds} rounds, start-up and two warm rounds subtracted), M`);
  for (const group of groups) {
    const per = builds.map(([, entry]) => (count(entry, group, rounds) - count(entry, group, 0)) / rounds / 1e6);
    console.log(
      `${group}: this build ${per[0].toFixed(1)} M, the other ${per[1].toFixed(1)} M (${((100 * (per[0] - per[1])) / per[1]).toFixed(1)} %)`,
    );
  }
}
