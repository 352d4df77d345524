/**
 * Table 四 of our own 2019 report with zeros, through LibreOffice and `pdftotext -layout` (probe
 * seed 529 p02): two cells' blank marks `——` (行政复议/总计 and 未经复议直接起诉/总计) wrapped
 * inside their narrow cells, one dash on the line above the row's line and one on the line below,
 * at the cell's column. Read in the order of the lines, the two upper dashes came first, the row's
 * thirteen pieces next (the lower dashes left over), and every cell of the row moved two columns:
 * the group sums still held (a blank and a `0` trade places), the columns contradicted the order,
 * no deal of wrapped pieces fitted, and `未经复议直接起诉`'s 结果纠正 / 其他结果 / 尚未审结 / 总计
 * were stated blank, 0, blank, 0 silently. The split marks joined at their column are one more
 * reading by the columns: the cells the two readings give differently are ambiguous.
 */
import { describe, expect, it } from 'vitest';
import { readFixture, shownUnder as shown, statedOtherwise } from './helpers/probe-fixtures.js';

const DIRECT = [null, 0, null, 0, null];
const AFTER_REVIEW = [0, null, 0, 0, 0];

describe('probe 529 p02 (lo-layout): blank marks split over the lines around table 四’s row', () => {
  const text = readFixture('probe-529-p02-lo-layout.txt');

  it('states no cell of the row otherwise than printed', () => {
    expect(statedOtherwise(text, 't4.review.', [null, null, null, null, null])).toEqual([]);
    expect(statedOtherwise(text, 't4.litigationDirect.', DIRECT)).toEqual([]);
    expect(statedOtherwise(text, 't4.litigationAfterReview.', AFTER_REVIEW)).toEqual([]);
  });

  it('flags the cells the line order and the columns read differently, and keeps the rest', () => {
    expect(shown(text, 't4.review.')).toEqual(['blank', 'blank', 'blank', 'blank', 'blank']);
    expect(shown(text, 't4.litigationDirect.')).toEqual(['blank', 'ambiguous', 'ambiguous', 'ambiguous', 'ambiguous']);
    expect(shown(text, 't4.litigationAfterReview.')).toEqual([0, 'blank', 0, 0, 0]);
  });

  it('joins a third split mark in the last group the same way (our edit of the text)', () => {
    // (结果纠正 of 复议后起诉 printed as a split mark too: its dashes above and below the row, none on it)
    const lines = text.split('\n');
    const row = lines.findIndex((l) => /^——\s+——\s+——\s+——\s+——\s+0\s/.test(l));
    const at = (lines[row] as string).lastIndexOf('——');
    expect(at).toBeGreaterThan(40);
    const half = (l: string): string => `${l.padEnd(at)}—`;
    lines[row] = `${(lines[row] as string).slice(0, at)}  ${(lines[row] as string).slice(at + 2)}`;
    lines[row - 1] = half(lines[row - 1] as string);
    lines[row + 1] = half(lines[row + 1] as string);
    const edited = lines.join('\n');
    expect(statedOtherwise(edited, 't4.review.', [null, null, null, null, null])).toEqual([]);
    expect(statedOtherwise(edited, 't4.litigationDirect.', DIRECT)).toEqual([]);
    expect(statedOtherwise(edited, 't4.litigationAfterReview.', AFTER_REVIEW)).toEqual([]);
    expect(shown(edited, 't4.')).toContain('ambiguous');
  });
});
