/**
 * Table 二 of our own 2019 report with digit-heavy numbers, through LibreOffice and plain `pdftotext`
 * (probe seed 519 p12): each count of the row `规章` wrapped inside its narrow cell, the first pieces
 * printed on one line before the row label (`27,82 71,29 71,29`, read as label text: a grouped count
 * never ends in a group of two digits), the last pieces after it, each on its own line (`1`, `7`,
 * `7`). Only the numbers on the line right under such heads were candidates (`grouped-pieces.ts`), and
 * that line held the row label: the last pieces were stated 1, 7, 7 for 27,821, 71,297, 71,297,
 * silently (table 二 has no sum to show it). The first numbers after the heads, as many as there are
 * heads, row labels between them skipped, are now candidates only.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, shownUnder as shown, statedOtherwise } from './helpers/probe-fixtures.js';

describe('probe 519 p12 (lo-plain): last pieces of wrapped grouped counts past the row label', () => {
  const text = readFixture('probe-519-p12-lo-plain.txt');

  it('states no cell of 规章 from the last pieces: each is a candidate only', () => {
    expect(cellsUnder(text, 't2.art20_1.regulations.')).toHaveLength(3);
    expect(statedOtherwise(text, 't2.art20_1.regulations.', [27821, 71297, 71297])).toEqual([]);
    expect(shown(text, 't2.art20_1.regulations.')).toEqual(['ambiguous', 'ambiguous', 'ambiguous']);
  });

  it('reads the next row 规范性文件 as before', () => {
    expect(statedOtherwise(text, 't2.art20_1.normativeDocuments.', [0, 904, 904])).toEqual([]);
    expect(shown(text, 't2.art20_1.normativeDocuments.')).toEqual([0, 904, 904]);
  });
});
