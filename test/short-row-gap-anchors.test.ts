/**
 * A short row's ends anchored by gaps only where its gaps show every lost cell (issue 12). In plain
 * `pdftotext` of our own LibreOffice print (probe seed 118, p04, 2019), each cell stands on its own
 * line with a blank line between; table 三's 部分公开 row printed three of its numbers after its
 * label (`０` `０` `０`), the rest elsewhere in the page's reading order, with no wider gap for the
 * four lost cells. Other rows' vanished cells showed as wider gaps, so the table counted as one
 * whose gaps show loss, and the row's last number, followed by the next label at the usual gap,
 * was anchored in the last column: 0 was stated for the row's total (truth 14), silently. Gaps
 * that show none of a row's four lost cells anchor neither end of it.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** 部分公开 of our report's truth. */
const TRUTH = [0, 0, 0, 14, 0, 0, 14];

describe('a short row in a table whose gaps show other rows’ lost cells', () => {
  it('states no cell of 部分公开 by its gaps (its total 0 was stated, silently)', () => {
    const cells = cellsUnder(readFixture('probe-118-p04-lo-plain.txt'), 't3.results.partiallyGranted.');
    expect(cells).toHaveLength(7);
    expect(statedWrong(cells, TRUTH)).toEqual([]);
    expect(cells.map((c) => c.status)).toEqual(Array.from({ length: 7 }, () => 'ambiguous'));
  });
});
