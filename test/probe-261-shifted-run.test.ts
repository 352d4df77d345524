/**
 * Table 三 of our own Word-width report through LibreOffice and `pdftotext -layout` (probe seed 261
 * p09): most cells blank, and the lines of the rows from 保护第三方合法权益 to 3.要求提供公开出版物 stand
 * about one column pitch left of the lines below them (`pdftotext` maps x to character columns line
 * by line). Rows 2.重复申请 (`9 23 0 32` in columns 2, 4, 6, 7) and 3.要求提供公开出版物 (`48 48`, 4 and
 * 7) were placed by a grid of centres read from the rows below them alone and fitted it one column
 * off: 9 as 自然人, 32 as 其他, 48 as 科研机构, silently (the totals went missing, so no row sum named
 * them). The rows above them, of their own run, gather into the columns too and place them one
 * column to the right: two readings, so no grid, and the rows stay ambiguous
 * (`src/tables/positions.ts` `contested`).
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

const TEXT = 'probe-261-p09-lo-layout.txt';

/** The rows as the truth has them (null: left blank), in the template's column order. */
const TRUTH: Record<string, (number | null)[]> = {
  't3.results.notProcessed.duplicate.': [null, 9, null, 23, null, 0, 32],
  't3.results.notProcessed.publication.': [null, null, null, 48, null, null, 48],
  't3.results.otherHandling.unpaidFee.': [0, null, null, 8, 26, null, 34],
};

describe('probe 261 p09 (lo-layout): a run of lines a column pitch off the lines below', () => {
  it.each(Object.keys(TRUTH))('%s states no cell otherwise than printed', (row) => {
    const cells = cellsUnder(readFixture(TEXT), row);
    expect(cells).toHaveLength(7);
    expect(statedWrong(cells, TRUTH[row] as (number | null)[])).toEqual([]);
  });

  it('leaves the two rows of the shifted run ambiguous, every cell', () => {
    for (const row of ['t3.results.notProcessed.duplicate.', 't3.results.notProcessed.publication.'])
      expect(cellsUnder(readFixture(TEXT), row).map((c) => c.status)).toEqual(new Array(7).fill('ambiguous'));
  });

  it('still reads the row of the lower run by its columns (2.申请人逾期未按收费通知…)', () => {
    const cells = cellsUnder(readFixture(TEXT), 't3.results.otherHandling.unpaidFee.');
    expect(cells.map((c) => (c.status === 'value' ? c.value : c.status))).toEqual([0, 'missing', 'missing', 8, 26, 'missing', 34]);
  });
});
