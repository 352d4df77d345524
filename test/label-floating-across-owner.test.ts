/**
 * A floating label paired with a row of numbers printed after the label of a row below it that owns
 * numbers (issue 12). In `pdftotext -layout` text of our own Chromium print (probe seed 127, p03,
 * 2021 template, labels without numbering), `重复申请` stands alone on its line, each next row's label
 * line holds the numbers of the row above (`要求提供公开出版物  0 0 0 0 55 1 56`, `无正当理由大量反复申请
 * 0 30 0 0 0 0 30`), and the last row's own numbers stand alone below (`0 60 0 5 0 9 74`). The
 * floating-label pairing gave `重复申请` that last line (value rows "in order"), the results total
 * held (it adds the rows in any order), and eight cells of two rows were stated wrong, silently.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** The three rows of 不予处理 in our report's truth. */
const TRUTH: Record<string, number[]> = {
  duplicate: [0, 0, 0, 0, 55, 1, 56],
  publication: [0, 30, 0, 0, 0, 0, 30],
  massRepeated: [0, 60, 0, 5, 0, 9, 74],
};

describe('a floating label and numbers printed past a row below it that owns numbers', () => {
  it('our Chromium print (probe seed 127): no cell of the three rows stated wrong (eight were, silently)', () => {
    const text = readFixture('probe-127-p03-chromium-layout.txt');
    for (const [row, truth] of Object.entries(TRUTH)) {
      const got = cellsUnder(text, `t3.results.notProcessed.${row}.`);
      expect(got).toHaveLength(7);
      expect(statedWrong(got, truth)).toEqual([]);
    }
  });
});
