/**
 * Big counts wrapped in their cells under a row label that starts at the page's margin
 * (`pdftotext -layout` of a LibreOffice print, `src/tables/stacked-numbers.ts`): the label line's
 * numbers are set in past the label by the layout's indent, and the tails of the counts too wide for
 * their cells stand on the line under it, each at its piece's column (`14` over `9`: 149). The line
 * counted as placed by position only by its first token's indent, so a label at the margin kept the
 * stack unjoined: the row read `14` for 149, the tails were unplaced and the table flagged.
 *
 * - Our own lines: the tails joined where the numbers are set in; one space after the label (plain
 *   text, one cell after another) joins nothing.
 * - Probe 296 p07 lo-layout (a report of blanks printed as nothing) and 318 p10 lo-layout: 本年新收
 *   and 总计, their counts wrapped (`1,38` over `2`), read as printed, and the table with them.
 * - Probe 330 p08 lo-layout: the label `一、 本年 新收政府信` loses its two single spaces to normalisation,
 *   and the numbers after it moved two columns left of the tails under them (`19` at the column of
 *   `7` as printed): the numbers' columns as printed put each tail under its piece.
 * - Probe 305 p09 chromium-hf-layout: `（七） 总计`'s tails under it, `四、 结转 下年度继续办理  ０` on the
 *   next line; read at their printed columns, the three lines joined as one row added up (the next
 *   row's `0` among its cells) and 结转下年度 took 总计's numbers, 6 cells silently wrong in a first
 *   try. Two labelled lines of numbers are two rows: nothing of it is stated wrong.
 */
import { describe, expect, it } from 'vitest';
import { place, tokensOf } from './helpers/stacked-lines.js';
import { cellsUnder, readFixture, valuesUnder as shown } from './helpers/probe-fixtures.js';

describe('a row label at the margin, its counts set in and wrapped to the line under it', () => {
  it('joins each tail with the piece above it', () => {
    const lines = [
      place([0, '甲乙丙丁戊己庚辛'], [20, '119'], [32, '11'], [37, '10'], [42, '113'], [48, '84'], [53, '53']),
      place([32, '0'], [37, '9'], [53, '5']),
    ];
    expect(tokensOf(lines)).toEqual([
      '0 label 甲乙丙丁戊己庚辛',
      '0 value 119',
      '0 value 110',
      '0 value 109',
      '0 value 113',
      '0 value 84',
      '0 value 535',
    ]);
  });

  it('joins nothing where one space follows the label (plain text, one cell after another)', () => {
    const lines = ['甲乙丙丁戊己庚辛 119 11 10 113 84 53', place([9, '0'], [16, '9'], [26, '5'])];
    expect(tokensOf(lines)).toEqual([
      '0 label 甲乙丙丁戊己庚辛',
      '0 value 119',
      '0 value 11',
      '0 value 10',
      '0 value 113',
      '0 value 84',
      '0 value 53',
      '1 value 0',
      '1 value 9',
      '1 value 5',
    ]);
  });
});

describe('probe 296 p07 (lo-layout): 本年新收 and 总计 wrapped under a label at the margin', () => {
  const text = readFixture('probe-296-p07-lo-layout.txt');
  const TRUTH: Record<string, (number | null)[]> = {
    't3.newReceived.': [287, 261, 149, 318, 227, 140, 1382],
    't3.results.total.': [287, 234, 190, 297, 189, 149, 1346],
    't3.carriedOver.': [0, 0, 41, null, null, 9, 50],
    't3.results.otherHandling.other.': [null, null, 46, 60, null, 40, 146],
  };
  it.each(Object.keys(TRUTH))('%s reads every cell as printed', (row) => {
    expect(shown(text, row)).toEqual(TRUTH[row]);
  });
});

describe('probe 318 p10 (lo-layout): the same, a 2019 report', () => {
  const text = readFixture('probe-318-p10-lo-layout.txt');
  const TRUTH: Record<string, (number | null)[]> = {
    't3.newReceived.': [292, 264, 158, 208, 106, 63, 1091],
    't3.results.total.': [303, 303, 155, 208, 106, 101, 1176],
    't3.carriedOver.': [11, 39, null, null, null, 38, 88],
  };
  it.each(Object.keys(TRUTH))('%s reads every cell as printed', (row) => {
    expect(shown(text, row)).toEqual(TRUTH[row]);
  });
});

describe('probe 330 p08 (lo-layout): the label line normalised, its numbers read at their printed columns', () => {
  const text = readFixture('probe-330-p08-lo-layout.txt');
  const TRUTH: Record<string, (number | null)[]> = {
    't3.newReceived.': [274, 280, 197, 194, 197, 134, 1276],
    't3.results.total.': [222, 280, 220, 194, 197, 154, 1267],
    't3.carriedOver.': [0, 0, 23, null, null, 20, 43],
  };
  it.each(Object.keys(TRUTH))('%s reads every cell as printed', (row) => {
    expect(shown(text, row)).toEqual(TRUTH[row]);
  });
});

describe('probe 305 p09 (chromium-hf-layout): 总计 wrapped over the line of 结转下年度继续办理', () => {
  const text = readFixture('probe-305-p09-chromium-hf-layout.txt');
  const TRUTH: Record<string, (number | null)[]> = {
    't3.results.total.': [194, null, 126, 161, 47, 5, 533],
    't3.carriedForward.': [null, null, null, 0, null, null, null],
  };
  it.each(Object.keys(TRUTH))('%s states no cell otherwise than printed', (row) => {
    const wrong = cellsUnder(text, row).filter(
      (c, j) => (c.status === 'value' && c.value !== TRUTH[row]?.[j]) || (c.status === 'blank' && TRUTH[row]?.[j] !== null),
    );
    expect(wrong.map((c) => c.address)).toEqual([]);
  });
});
