// node scripts/gauntlet/compare-builds.mjs — scores the probe reports already written
// (scratch/gauntlet-probe/seed-<N>/, see probe.mjs) with one build of the package and writes the totals
// per layout and every silent wrong cell to a JSON file; with `--compare A.json B.json`, prints the change
// between two such files (right % per layout, silent cells new and gone). Used to measure a reader change
// before and after over many seeds: score a frozen copy of the build before (a worktree at the base
// commit, built), then the build after, on the same documents, one process each.
//   --seeds "1 2 260-270"   seeds to read (ranges allowed); required unless --compare
//   --root DIR              the checkout whose dist/ is scored (default: this one)
//   --probe DIR             where the seed folders are (default: <this checkout>/scratch/gauntlet-probe)
//   --layout a,b            some layouts only (default: all)
//   --out FILE              the JSON written (default: print only)
//   --compare A B           compare two JSON files written by this script
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ROOT } from './load-ts.mjs';
import { parseSeedList } from './seeds.mjs';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seeds: { type: 'string' },
    root: { type: 'string' },
    probe: { type: 'string' },
    layout: { type: 'string' },
    out: { type: 'string' },
    compare: { type: 'boolean' },
  },
});

if (args.compare) {
  if (positionals.length !== 2) throw new Error('--compare needs two JSON files written by this script');
  const [a, b] = positionals.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  const pct = (t) => (100 * t.right) / t.cells;
  for (const id of Object.keys(b.totals)) {
    const x = a.totals[id];
    const y = b.totals[id];
    if (!x) {
      console.log(`${id.padEnd(20)} (not in the first file)`);
      continue;
    }
    const d = pct(y) - pct(x);
    console.log(
      `${id.padEnd(20)} ${pct(x).toFixed(2).padStart(6)} → ${pct(y).toFixed(2).padStart(6)} (${d >= 0 ? '+' : ''}${d.toFixed(2)})  silent ${x.silent} → ${y.silent}`,
    );
  }
  const before = new Set(a.silent);
  const after = new Set(b.silent);
  for (const s of b.silent) if (!before.has(s)) console.log(`new silent:  ${s}`);
  for (const s of a.silent) if (!after.has(s)) console.log(`gone silent: ${s}`);
} else {
  if (!args.seeds) throw new Error('--seeds is required (for example --seeds "1 2 260-270")');
  const seeds = parseSeedList(args.seeds);
  const root = resolve(args.root ?? ROOT);
  const probeDir = resolve(args.probe ?? join(ROOT, 'scratch', 'gauntlet-probe'));
  // (the score library of the checkout scored, so that its dist/ is the one read)
  const lib = await import(pathToFileURL(join(root, 'scripts', 'gauntlet', 'score-lib.mjs')).href);
  const api = await lib.loadDistApi();
  const wanted = args.layout ? new Set(args.layout.split(',')) : null;
  const layouts = lib.LAYOUTS.map(({ reports: _reports, ...l }) => l).filter((l) => !wanted || wanted.has(l.id));
  const totals = {};
  const silent = [];
  for (const seed of seeds) {
    const dir = join(probeDir, `seed-${seed}`);
    if (!existsSync(join(dir, 'summary.json'))) {
      console.error(`seed ${seed}: not written (or not complete) in ${probeDir}, left out`);
      continue;
    }
    const rows = await lib.runGauntlet(dir, api, {
      layouts,
      onDocument: (d) => {
        for (const w of d.score.wrong)
          if (!w.caught) silent.push(`${seed} ${d.layout} ${d.report} ${w.address} got ${w.got} truth ${w.expected}`);
      },
    });
    for (const r of rows) {
      const t = (totals[r.layout.id] ??= { cells: 0, right: 0, flagged: 0, shown: 0, silent: 0 });
      t.cells += r.cells;
      t.right += r.right;
      t.flagged += r.flagged;
      t.shown += r.caught;
      t.silent += r.silent.length;
    }
    console.error(`seed ${seed}: read`);
  }
  for (const [id, t] of Object.entries(totals))
    console.log(
      `${id.padEnd(20)} right ${((100 * t.right) / t.cells).toFixed(2).padStart(6)} %  flagged ${t.flagged}  shown ${t.shown}  silent ${t.silent}`,
    );
  for (const s of silent) console.log(`silent: ${s}`);
  if (args.out) writeFileSync(args.out, JSON.stringify({ seeds, root, totals, silent }, null, 1) + '\n');
}
