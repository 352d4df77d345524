/**
 * Table 四 in `pdftotext -layout` text (LibreOffice PDFs of our own reports, probe seeds 110, 14 and
 * 3): the header's result words stand at fifteen columns and each number, or each piece of a number
 * wrapped in its narrow cell, starts at the column of its cell. Read by those columns (the numbers'
 * own starts where they make fifteen columns), a column with no number blank, where the group sums keep.
 */
import { describe, expect, it } from 'vitest';
import { readFixture, cellsUnder } from './helpers/probe-fixtures.js';

const table4 = (text: string): (number | null | string)[] =>
  cellsUnder(text, 't4.').map((c) => (c.status === 'value' ? c.value : c.status === 'blank' ? null : c.status));

describe('pdftotext -layout: table 四 read by its header columns', () => {
  it('places numbers under the header words, an empty column blank (seed 110)', () => {
    expect(table4(readFixture('probe-110-p06-lo-layout.txt'))).toEqual([58, null, 0, 29, 87, 0, null, 0, null, null, 0, 46, 0, 0, 46]);
  });

  it('joins the pieces of numbers wrapped in their cells, column by column (seed 3)', () => {
    expect(table4(readFixture('probe-3-p03-lo-layout.txt'))).toEqual([
      248, 170, 288, 248, 954, 132, 195, 45, 71, 443, 0, 268, 143, 73, 484,
    ]);
  });

  it('takes the numbers own fifteen columns where the header is set tighter than they are (seed 14)', () => {
    expect(table4(readFixture('probe-14-p06-lo-layout.txt'))).toEqual([
      66951, 0, 36608, 95552, 199111, 212, 61726, 25015, 6, 86959, 10, 6, 263, 59, 338,
    ]);
  });

  it('a number moved off its column (one character) leaves the row to the other readings', () => {
    // (seed 110: the 29 under 尚未审结 one character to the right, with a column left blank)
    const text = readFixture('probe-110-p06-lo-layout.txt').replace(/^(58 {6}0 {2})29 /m, '$1 29');
    expect(table4(text)).not.toEqual([58, null, 0, 29, 87, 0, null, 0, null, null, 0, 46, 0, 0, 46]);
    expect(table4(text).filter((c) => typeof c === 'number' || c === null).length).toBeLessThan(15);
  });

  it('group sums that fail leave the row to the other readings', () => {
    // (seed 110: 87 read as 88, the first group no longer adds up)
    const text = readFixture('probe-110-p06-lo-layout.txt').replace(/^(58 {6}0 {2}29 )87/m, '$188');
    expect(table4(text)).not.toContain(88);
  });
});
