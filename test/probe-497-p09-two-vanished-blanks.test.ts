/**
 * A wrapped row of Chromium `pdftotext -layout` text (our own sparse report, probe seed 497 p09)
 * whose numbers stand a digit to a line in narrow cells and two of whose cells are blanks printed as
 * nothing: `１ １ ５ ３ ６` over `７ ４ ３ ９` is 17, 14, 5, blank, blank, 33, 69. Its nine pieces
 * also deal into all seven cells, each digit a cell of its own but `５` with the `３` below and right
 * of it, and that deal adds up (7 + 1 + 4 + 1 + 53 + 3 = 69): with only the deals of no blank or of
 * one blank tried, it was the row's one reading, and 53 and 3 were stated in the two cells left of
 * the total (3 for 33 silently). The deals with two cells left blank (each other cell under its
 * column's place) hold the row as printed too: the cells the deals disagree on are `ambiguous`.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, valuesUnder } from './helpers/probe-fixtures.js';
import { rowItemAt } from './helpers/layout-text.js';
import { columnPlaces, vanishedBlankDeals, wrappedCellReadings } from '../src/tables/wrapped-cells.js';
import type { RowItem } from '../src/tables/placement.js';

const ROW = 't3.results.otherHandling.other.';
/** The row as the generated truth has it (null: left blank). */
const TRUTH = [17, 14, 5, null, null, 33, 69];

const at = (line: number, ...cols: [number, string][]): RowItem[] => cols.map(([c, r]) => rowItemAt(line, c, r));
const rowSum = (v: (number | null)[]): boolean => v[6] !== null && v.slice(0, 6).reduce<number>((a, b) => a + (b ?? 0), 0) === v[6];
const values = (readings: RowItem[][] | null): (number | null)[][] | null =>
  readings && readings.map((r) => r.map((i) => (i.token.kind === 'value' ? i.token.content.value : null)));
// The row's band as the header-and-footer print lays it out (each digit its own piece).
const band = [...at(0, [38, '1'], [44, '1'], [51, '5'], [57, '3'], [73, '6']), ...at(1, [38, '7'], [44, '4'], [57, '3'], [73, '9'])];
// The table's complete rows on one line: the first lines of `新收` and `总计`.
const complete = [
  at(10, [38, '1'], [40, '2'], [42, '2'], [44, '1'], [64, '1'], [66, '1'], [68, '1']),
  at(20, [38, '1'], [44, '2'], [51, '2'], [53, '1'], [55, '2'], [57, '1'], [73, '1']),
];

describe('probe 497 p09: a wrapped row with two blanks printed as nothing', () => {
  it('deals the band with two cells left blank where the columns place its numbers', () => {
    // (the full deals that add up: none is the row as printed)
    expect(values(wrappedCellReadings(band, 7, rowSum))?.every((r) => r[4] === 53 && r[5] === 3)).toBe(true);
    expect(values(vanishedBlankDeals(band, 7, rowSum, columnPlaces(complete, 7)))).toContainEqual(TRUTH);
  });

  it.each(['probe-497-p09-chromium-layout.txt', 'probe-497-p09-chromium-hf-layout.txt'])(
    '%s: the cells the deals disagree on are ambiguous, the total read',
    (name) => {
      const text = readFixture(name);
      expect(valuesUnder(text, ROW)).toEqual(['ambiguous', 'ambiguous', 'ambiguous', 'ambiguous', 'ambiguous', 'ambiguous', 69]);
      const cells = cellsUnder(text, ROW);
      // (every cell the printed row gives a number has it among its candidates)
      TRUTH.forEach((v, j) => {
        if (v !== null && j < 6) expect(cells[j]?.candidates).toContain(v);
      });
    },
  );
});
