/**
 * Table 三 of our own Word-width report through LibreOffice and `pdftotext -layout` (probe seed 261
 * p09): most cells blank, and the lines of the rows from 保护第三方合法权益 to 3.要求提供公开出版物 stand
 * about one column pitch left of the lines below them (`pdftotext` maps x to character columns line
 * by line). Rows 2.重复申请 (`9 23 0 32` in columns 2, 4, 6, 7) and 3.要求提供公开出版物 (`48 48`, 4 and
 * 7) were placed by a grid of centres read from the rows below them alone and fitted it one column
 * off: 9 as 自然人, 32 as 其他, 48 as 科研机构, silently (the totals went missing, so no row sum named
 * them). The rows above them, of their own run, gather into the columns too and place them one
 * column to the right: two readings, so no grid, and the rows stay ambiguous
 * (`src/tables/positions.ts` `contested`). Since layout15 the table's complete rows (one space
 * between every two numbers) speak for the rows' places, short rows showing lost cells as room
 * (`src/tables/position-fit.ts`): the two rows are placed where their spacing fits and the
 * equations hold, every cell stated as printed, the 0 of 2.重复申请 still in doubt between two columns.
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

  /** Each cell as read: its number, or its status. */
  const shown = (row: string) => cellsUnder(readFixture(TEXT), row).map((c) => (c.status === 'value' ? c.value : c.status));

  it('places the two rows of the shifted run by the complete rows and the equations, the 0 in doubt', () => {
    expect(shown('t3.results.notProcessed.duplicate.')).toEqual(['missing', 9, 'missing', 23, 'ambiguous', 'ambiguous', 32]);
    expect(shown('t3.results.notProcessed.publication.')).toEqual(['blank', 'blank', 'blank', 48, 'blank', 'blank', 48]);
  });

  it('still reads the row of the lower run by its columns (2.申请人逾期未按收费通知…)', () => {
    expect(shown('t3.results.otherHandling.unpaidFee.')).toEqual([0, 'blank', 'blank', 8, 26, 'blank', 34]);
  });
});
