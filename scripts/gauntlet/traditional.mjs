// node scripts/gauntlet/traditional.mjs — reads the probe reports' text layouts and source page
// converted to traditional characters the ways converters do, and scores them against the truth exactly
// as compare-builds does (score-lib's scoreParse), next to the same documents read in simplified.
// Converting a tool's output after the tool keeps every Han character's width (a character for a
// character), so the text is laid out as the tool would have laid out the converted page.
//   --seeds "1 2 260-270"   seeds to read (ranges allowed); required
//   --root DIR              the checkout whose dist/ is scored (default: this one)
//   --probe DIR             where the seed folders are (default: <this checkout>/scratch/gauntlet-probe)
//   --layout a,b            some layouts only (default: every text layout and the source page)
//   --variant a,b           some conversions only (default: all of VARIANTS)
//   --out FILE              the JSON written (totals per layout and variant, every difference)
// Prints per layout and variant: right / flagged / silent, and every cell read differently from the
// simplified document (silent wrong cells first).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as OpenCC from 'opencc-js';
import STCharacters from 'opencc-js/dict/STCharacters';
import { ROOT } from './load-ts.mjs';
import { parseSeedList } from './seeds.mjs';

const { values: args } = parseArgs({
  options: {
    seeds: { type: 'string' },
    root: { type: 'string' },
    probe: { type: 'string' },
    layout: { type: 'string' },
    variant: { type: 'string' },
    out: { type: 'string' },
  },
});

/** Character by character, the first traditional form of each (what page scripts' tables do). */
function charByChar() {
  const map = new Map();
  for (const entry of STCharacters.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && !map.has(from)) map.set(from, to);
  }
  return (text) => Array.from(text, (c) => map.get(c) ?? c).join('');
}

/** The conversions: opencc's presets (phrases, then characters, then the region's variants) and a per-character table. */
const VARIANTS = {
  tw: OpenCC.Converter({ from: 'cn', to: 'tw' }),
  hk: OpenCC.Converter({ from: 'cn', to: 'hk' }),
  twp: OpenCC.Converter({ from: 'cn', to: 'twp' }),
  s2t: charByChar(),
};

if (!args.seeds) throw new Error('--seeds is required (for example --seeds "1 2 260-270")');
const seeds = parseSeedList(args.seeds);
const root = resolve(args.root ?? ROOT);
const probeDir = resolve(args.probe ?? join(ROOT, 'scratch', 'gauntlet-probe'));
const lib = await import(pathToFileURL(join(root, 'scripts', 'gauntlet', 'score-lib.mjs')).href);
const api = await lib.loadDistApi();
const wantedLayouts = args.layout ? new Set(args.layout.split(',')) : null;
const layouts = lib.LAYOUTS.filter((l) => (l.reader === 'text' || l.reader === 'html') && (!wantedLayouts || wantedLayouts.has(l.id)));
const variants = args.variant ? args.variant.split(',') : Object.keys(VARIANTS);

/** The reading of one cell, for comparing two parses: `right`, `flagged`, `caught <value>` or `silent <value>`. */
function readings(result, truth) {
  const s = lib.scoreParse(result, truth, api);
  const byAddress = new Map(s.wrong.map((w) => [w.address, w]));
  const cells = result.report ? api.listCells(result.report) : [];
  const status = new Map(cells.map((c) => [c.address, c]));
  const out = new Map();
  for (const address of Object.keys(truth)) {
    const w = byAddress.get(address);
    const c = status.get(address);
    if (w) out.set(address, `${w.caught ? 'caught' : 'silent'} ${w.got}`);
    else if (!c || c.status === 'missing' || c.status === 'ambiguous') out.set(address, c ? c.status : 'missing');
    else out.set(address, 'right');
  }
  return { s, out };
}

function parse(text, reader) {
  try {
    return api.parseReport(text, { format: reader === 'html' ? 'html' : 'text' });
  } catch (err) {
    return { report: null, diagnostics: [], error: String(err?.message ?? err) };
  }
}

const totals = {};
const differences = [];
const add = (key, s) => {
  const t = (totals[key] ??= { cells: 0, right: 0, flagged: 0, shown: 0, silent: 0 });
  t.cells += s.cells;
  t.right += s.right;
  t.flagged += s.flagged;
  t.shown += s.wrong.filter((w) => w.caught).length;
  t.silent += s.wrong.filter((w) => !w.caught).length;
};
for (const seed of seeds) {
  const dir = join(probeDir, `seed-${seed}`);
  if (!existsSync(join(dir, 'summary.json'))) {
    console.error(`seed ${seed}: not written (or not complete) in ${probeDir}, left out`);
    continue;
  }
  for (const r of lib.gauntletReports(dir)) {
    for (const layout of layouts) {
      const file = join(r.dir, layout.file);
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      const base = readings(parse(text, layout.reader), r.truth);
      add(`${layout.id} simplified`, base.s);
      for (const v of variants) {
        const got = readings(parse(VARIANTS[v](text), layout.reader), r.truth);
        add(`${layout.id} ${v}`, got.s);
        for (const [address, reading] of got.out) {
          const before = base.out.get(address);
          if (reading !== before)
            differences.push({
              seed,
              report: r.id,
              layout: layout.id,
              variant: v,
              address,
              simplified: before,
              traditional: reading,
              truth: r.truth[address],
            });
        }
      }
    }
  }
  console.error(`seed ${seed}: read`);
}
for (const [id, t] of Object.entries(totals))
  console.log(
    `${id.padEnd(28)} right ${((100 * t.right) / t.cells).toFixed(2).padStart(6)} %  flagged ${String(t.flagged).padStart(4)}  shown ${String(t.shown).padStart(3)}  silent ${t.silent}`,
  );
const rank = (d) => (d.traditional.startsWith('silent') ? 0 : d.traditional.startsWith('caught') ? 1 : d.traditional === 'right' ? 3 : 2);
differences.sort((a, b) => rank(a) - rank(b));
for (const d of differences)
  console.log(`diff: ${d.seed} ${d.report} ${d.layout} ${d.variant} ${d.address}: ${d.simplified} → ${d.traditional} (truth ${d.truth})`);
if (args.out) writeFileSync(args.out, JSON.stringify({ seeds, root, variants, totals, differences }, null, 1) + '\n');
