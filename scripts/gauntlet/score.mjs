// npm run gauntlet — reads every committed gauntlet document (test/gauntlet/) with the built
// package, prints right / flagged / silent wrong per layout, and rewrites the gauntlet section of
// docs/accuracy.md. `--details` lists every silent wrong and flagged count per document;
// `--layout a,b` limits the layouts; `--no-write` leaves docs/accuracy.md alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './load-ts.mjs';
import { gauntletMarkdown, gauntletTable, LAYOUTS, runGauntlet } from './score-lib.mjs';

const { values: args } = parseArgs({ options: { details: { type: 'boolean' }, layout: { type: 'string' }, 'no-write': { type: 'boolean' } } });
const api = await loadApi();
const layouts = args.layout ? LAYOUTS.filter((l) => args.layout.split(',').includes(l.id)) : LAYOUTS;
const perDocument = [];
const rows = await runGauntlet(join(ROOT, 'test', 'gauntlet'), api, {
  layouts,
  onDocument: (d) => perDocument.push(d),
});
console.log(gauntletTable(rows));
if (args.details) {
  for (const d of perDocument) {
    const s = d.score;
    if (s.flagged === 0 && s.wrong.length === 0) continue;
    console.log(`\n${d.layout} ${d.report}: right ${s.right}, flagged ${s.flagged}, wrong ${s.wrong.length}${d.result.report ? '' : ' (no report)'}`);
    for (const w of s.wrong) console.log(`  ${w.caught ? 'shown ' : 'SILENT'} ${w.address}: got ${w.got ?? 'blank'} (raw ${JSON.stringify(w.raw)}), truth ${w.expected ?? 'blank'}${w.caught ? ` [${w.caught}]` : ''}`);
  }
}
if (!args['no-write'] && !args.layout) writeGauntletSection(gauntletMarkdown(rows));

/** The built package's readers (dist/). */
export async function loadApi() {
  const index = await import(join(ROOT, 'dist', 'index.js'));
  const { parsePdf } = await import(join(ROOT, 'dist', 'pdf.js'));
  const { parseDocx } = await import(join(ROOT, 'dist', 'docx.js'));
  return { parseReport: index.parseReport, listCells: index.listCells, validateReport: index.validateReport, parsePdf, parseDocx };
}

/** Replaces (or appends) the gauntlet section, the last section of docs/accuracy.md. */
function writeGauntletSection(section) {
  const file = join(ROOT, 'docs', 'accuracy.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = old.indexOf('## Converter gauntlet');
  const before = at === -1 ? old.replace(/\n*$/, '\n\n') : old.slice(0, at);
  writeFileSync(file, before + section);
}
