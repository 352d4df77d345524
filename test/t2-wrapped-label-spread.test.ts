/**
 * Table 二's label wrapped around its numbers, the numbers on two lines (issue 12). In plain
 * `pdftotext` text of our own Chromium print (probe seed 127, p06, 2019 template), 行政事业性收费
 * comes out as `行政事` / `1` / `业性收费 0`: a number on a line of its own between the label's pieces,
 * another on the last piece's line. The page holds 0 then 1; read in the text's order the row was
 * 1, 0, stated silently (table 二 has no arithmetic to check it).
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

describe('a table 二 label wrapped around numbers on two lines', () => {
  it('our Chromium print (probe seed 127): 行政事业性收费 is not stated 1, 0 (truth 0, 1)', () => {
    const got = cellsUnder(readFixture('probe-127-p06-chromium-plain.txt'), 't2.art20_8.administrativeFees.');
    expect(got).toHaveLength(2);
    expect(statedWrong(got, [0, 1])).toEqual([]);
    expect(got.map((c) => c.status)).toEqual(['ambiguous', 'ambiguous']);
  });

  it('keeps stating a row whose numbers all stand on the line of the last piece (text we write)', () => {
    const text = readFixture('probe-127-p06-chromium-plain.txt').replace('行政事\n1\n业性收费 0', '行政事\n业性收费 0 1');
    const got = cellsUnder(text, 't2.art20_8.administrativeFees.');
    expect(got.map((c) => [c.status, c.value])).toEqual([
      ['value', 0],
      ['value', 1],
    ]);
  });
});
