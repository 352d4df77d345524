/**
 * Two rows of table 三 whose labels wrap around their numbers, the first row's last label piece on
 * the line of the group label `（三）` (`pdftotext -layout` of our own LibreOffice print, probe seed
 * 208 p08): the two lines of numbers stand three lines apart in one block, and the stacked-number
 * join read `50` over `0` and `99` over `15` as pieces of wrapped numbers, stating 500 and 9915 (and
 * the first row's 28 and 21) in the second row, silently. Each line holds cells of its own, so each
 * is a row's line and nothing is joined (`src/tables/stacked-numbers.ts`).
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

const TEXT = 'probe-208-p08-lo-layout.txt';

/** The two rows as the truth has them (null: left blank), in the template's column order. */
const TRUTH: Record<string, (number | null)[]> = {
  't3.results.denied.thirdPartyRights.': [null, null, 50, 28, 21, null, 99],
  't3.results.denied.internalAffairs.': [0, 15, 0, null, null, null, 15],
};

describe('probe 208 p08 (lo-layout): two wrapped-label rows in one block', () => {
  it.each(Object.keys(TRUTH))('%s reads every cell as printed', (row) => {
    const cells = cellsUnder(readFixture(TEXT), row);
    expect(cells).toHaveLength(7);
    expect(statedWrong(cells, TRUTH[row] as (number | null)[])).toEqual([]);
    expect(cells.map((c) => c.value)).toEqual(TRUTH[row]);
    expect(cells.map((c) => c.status)).toEqual((TRUTH[row] as (number | null)[]).map((v) => (v === null ? 'blank' : 'value')));
  });
});
