/**
 * Table 二 (2019): a number written with its sign (`+2`, `－1`) is a 本年增/减 change, never a count.
 * Plain `pdftotext` of a browser print may write a row's cells out of order (the 上一年项目数量 cell
 * after the others); read in printed order, the signed number lands in a count column and no rule
 * fails (`+2` reads as 2). Such a row's cells are only candidates (issue 12; probe seed 155 p12, a
 * report of our own made for it, Chromium plain: 3 cells were silently wrong).
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

describe('a signed number placed in a count column of table 二', () => {
  it('probe seed 155 p12 (Chromium plain pdftotext): 行政强制 printed `+２` / `６８９０７` / `５`, its cells flagged, never stated in printed order', () => {
    const text = readFixture('probe-155-p12-chromium-plain.txt');
    expect(text).toMatch(/行政 强制\n\n\+２\n\n６８９０７\n\n５\n/);
    const got = cellsUnder(text, 't2.art20_6.administrativeCompulsion.');
    expect(got.map((c) => c.address)).toEqual([
      't2.art20_6.administrativeCompulsion.previousYearCount',
      't2.art20_6.administrativeCompulsion.yearChange',
      't2.art20_6.administrativeCompulsion.decisionCount',
    ]);
    expect(statedWrong(got, [5, 2, 68907])).toEqual([]);
    expect(got.map((c) => c.status)).toEqual(['ambiguous', 'ambiguous', 'ambiguous']);
  });

  it('a signed number in the 增/减 column leaves the row as read', () => {
    const got = cellsUnder(readFixture('probe-155-p12-chromium-plain.txt'), 't2.art20_6.administrativePenalty.');
    expect(got[0]).toMatchObject({ status: 'value', value: 7027 });
  });
});
