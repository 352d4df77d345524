// npm run gauntlet — reads every committed gauntlet document (test/gauntlet/) with the built
// package, prints right / flagged / silent wrong per layout, and rewrites the gauntlet section of
// docs/accuracy.md. `--details` lists every silent wrong and flagged count per document;
// `--layout a,b` limits the layouts; `--no-write` leaves docs/accuracy.md alone.
// `--update-baseline` raises the CI minimums of test/gauntlet/baseline.json to today's figures (never
// lowers them) and drops known silent wrong cells that no longer occur (it never adds one).
// `--accept-silent` records today's state as the baseline (minimums and silent wrong cells): only
// when reports or layouts are added, with the reason in the commit.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  GAUNTLET_DIR,
  gauntletMarkdown,
  loadDistApi,
  gauntletTable,
  LAYOUTS,
  readBaseline,
  rightPercent,
  runGauntlet,
  silentKey,
} from './score-lib.mjs';

const { values: args } = parseArgs({
  options: {
    details: { type: 'boolean' },
    layout: { type: 'string' },
    'no-write': { type: 'boolean' },
    'update-baseline': { type: 'boolean' },
    'accept-silent': { type: 'boolean' },
  },
});
const api = await loadDistApi();
const layouts = args.layout ? LAYOUTS.filter((l) => args.layout.split(',').includes(l.id)) : LAYOUTS;
const perDocument = [];
const rows = await runGauntlet(GAUNTLET_DIR, api, {
  layouts,
  onDocument: (d) => perDocument.push(d),
});
console.log(gauntletTable(rows));
if (args.details) {
  for (const d of perDocument) {
    const s = d.score;
    if (s.flagged === 0 && s.wrong.length === 0) continue;
    console.log(
      `\n${d.layout} ${d.report}: right ${s.right}, flagged ${s.flagged}, wrong ${s.wrong.length}${d.result.report ? '' : ' (no report)'}`,
    );
    for (const w of s.wrong)
      console.log(
        `  ${w.caught ? 'shown ' : 'SILENT'} ${w.address}: got ${w.got ?? 'blank'} (raw ${JSON.stringify(w.raw)}), truth ${w.expected ?? 'blank'}${w.caught ? ` [${w.caught}]` : ''}`,
      );
  }
}
if (args['update-baseline'] || args['accept-silent']) updateBaseline(rows);
if (!args['no-write'] && !args.layout) writeGauntletSection(gauntletMarkdown(rows));
const baseline = readBaseline();
const known = new Set(baseline.knownSilentWrong);
const unexpected = rows.flatMap((r) => r.silent.map((w) => silentKey(r.layout.id, w))).filter((k) => !known.has(k));
const below = rows.filter((r) => rightPercent(r) < (baseline.minimumRightPercent[r.layout.id] ?? 0)).map((r) => r.layout.id);
if (unexpected.length > 0) console.log(`\nsilent wrong cells not in test/gauntlet/baseline.json (CI fails):\n  ${unexpected.join('\n  ')}`);
if (below.length > 0) console.log(`\nbelow the CI minimum: ${below.join(', ')}`);
process.exitCode = unexpected.length > 0 || below.length > 0 ? 1 : 0;

function updateBaseline(rows) {
  const old = readBaseline();
  const current = rows.flatMap((r) => r.silent.map((w) => silentKey(r.layout.id, w)));
  const minimumRightPercent = { ...old.minimumRightPercent };
  for (const r of rows)
    minimumRightPercent[r.layout.id] = args['accept-silent']
      ? rightPercent(r)
      : Math.max(old.minimumRightPercent[r.layout.id] ?? 0, rightPercent(r));
  const knownSilentWrong = args['accept-silent'] ? current : current.filter((k) => old.knownSilentWrong.includes(k));
  writeFileSync(join(GAUNTLET_DIR, 'baseline.json'), JSON.stringify({ minimumRightPercent, knownSilentWrong }, null, 1) + '\n');
}

/** Replaces (or appends) the gauntlet section of docs/accuracy.md, keeping the sections after it. */
function writeGauntletSection(section) {
  const file = join(GAUNTLET_DIR, '..', '..', 'docs', 'accuracy.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = old.indexOf('## Converter gauntlet');
  const before = at === -1 ? old.replace(/\n*$/, '\n\n') : old.slice(0, at);
  // The sections after it (OCR) stay.
  const next = at === -1 ? -1 : old.indexOf('\n## ', at + 1);
  const after = next === -1 ? '' : old.slice(next);
  writeFileSync(file, before + section.replace(/\n*$/, '\n') + after);
}
