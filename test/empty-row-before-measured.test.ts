/**
 * The empty-row contest (`src/repairs/empty-row-before.ts`) stands down in text laid out from
 * measured positions. Our own report printed by Chromium (probe seed 263 p07), table 三's text items
 * as the library's PDF reader gives them: the group label's last piece `开` and the row label
 * `2.其他法` share a line with that row's numbers (`开  2.其他法  0  0  10  22  31  —  63`), right
 * after the row `1.属于国家秘密`, which is blank. In `pdftotext -layout` text that shape may hold the
 * upper row's numbers (filed on the next label's line where glyph boxes are taller than the line
 * pitch: seed 286 p05), so both rows are contested there. Laid out from the items, the line is made of
 * text at one height on the page, inside the lower row's cell: the numbers are that row's. The
 * contest cost 14 right cells of this print (and 21 to 28 of other prints of seeds 244–287); the same
 * text given as plain text is still contested.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parsePositionedText, parseReport, type ParseResult, type PositionedText } from 'zfxxgk-report';
import { APPLICANTS } from './helpers/block-stream.js';
import { readFixture } from './helpers/probe-fixtures.js';

const ITEMS = 'probe-263-p07-chromium-pdf-t3.items.json';
const EMPTY = 't3.results.denied.stateSecret';
const HOLDER = 't3.results.denied.prohibitedByLaw';
/** The lower row as the truth has it, in the template's column order (the upper row is blank). */
const HOLDER_TRUTH = [0, 0, 10, 22, 31, null, 63];
/** The other blank rows of the group (no number on their lines). */
const OTHER_BLANK = ['t3.results.denied.processInformation', 't3.results.denied.administrativeQuery'];

function items(): PositionedText[] {
  const rows = JSON.parse(readFixture(ITEMS)) as [string, number, number, number, number, number][];
  return rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
}

const rowOf = (r: ParseResult, row: string): [string, number | null, readonly number[] | null][] =>
  listCells(r.report!)
    .filter((c) => c.address.startsWith(`${row}.`))
    .map((c) => [c.status, c.value, c.candidates ?? null]);

describe('an empty row before a row whose numbers share its label line with a group label piece (probe 263 p07, chromium-pdf)', () => {
  const positioned = parsePositionedText(items(), { pages: 4 });

  it('lays the numbers out on the lower row label’s line, after the group label’s piece', () => {
    expect(positioned.text).toMatch(/\n +开 +2\.其他法 +0 +0 +10 +22 +31 +— +63\n/);
  });

  it('reads the lower row’s numbers as its own and the upper row blank (both were ambiguous: 14 cells flagged)', () => {
    expect(rowOf(positioned, HOLDER)).toEqual(HOLDER_TRUTH.map((v) => (v === null ? ['blank', null, null] : ['value', v, null])));
    for (const row of [EMPTY, ...OTHER_BLANK]) expect(rowOf(positioned, row)).toEqual(Array(7).fill(['blank', null, null]));
    expect(positioned.diagnostics.filter((d) => d.code === 'ownership-undecided')).toEqual([]);
    expect(positioned.diagnostics.filter((d) => d.code === 'blank-by-position').map((d) => d.path)).toEqual([EMPTY, ...OTHER_BLANK]);
  });

  it('still contests both rows when the same text is given as plain text (the lines are then no measure of height)', () => {
    const plain = parseReport(positioned.text, { format: 'text' });
    const contested = HOLDER_TRUTH.map((v) => (v === null ? ['missing', null, null] : ['ambiguous', null, [v]]));
    expect(rowOf(plain, EMPTY)).toEqual(contested);
    expect(rowOf(plain, HOLDER)).toEqual(contested);
    const named = APPLICANTS.filter((c) => c !== 'otherOrg');
    for (const row of [EMPTY, HOLDER]) {
      const d = plain.diagnostics.filter((x) => x.code === 'ownership-undecided' && x.path === row);
      expect(d.map((x) => [x.severity, x.addresses])).toEqual([['warning', named.map((c) => `${row}.${c}`)]]);
    }
  });
});
