/**
 * A short row whose band of "wrapped pieces" is really the next row's numbers (issue 12): in
 * `pdftotext -layout` text of our own Chromium print (probe seed 37, p12, 2019 template), 上年结转's
 * row prints four numbers and three blank cells; the next row's label is split beside its group's
 * (`三、本年 （一）` / `度办理结果 予以公开`), so the reader cannot name it, and its numbers, one
 * column under each of 上年结转's, were dealt to 上年结转 as the last pieces of wrapped numbers
 * (`41` over `0`: 410). Every deal appends a 0 to each number, so each one adds up, and the row
 * stated 0 in two blank cells and 410 for 41, silently. The row as printed on its own line, its
 * blanks where its positions put them, adds up too: it is kept as a reading beside the deals.
 * (Since the next row's list marker alone before its numbers joins its text after them, that row
 * is named and holds its own numbers: 上年结转 reads as printed.)
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** 上年结转 in our report's truth (null: left blank). */
const TRUTH = [null, null, null, 9, 32, 0, 41];

describe('a short row beside a band of pieces that may be the next row', () => {
  it('states no 上年结转 cell other than the truth (three were stated wrong, silently)', () => {
    const row = cellsUnder(readFixture('probe-37-p12-chromium-layout.txt'), 't3.carriedOver.');
    expect(row).toHaveLength(7);
    expect(statedWrong(row, TRUTH)).toEqual([]);
    // (the next row is named now, its list marker joined with its text after its numbers: its
    // numbers are its own, and 上年结转 reads as printed)
    expect(row.map((c) => (c.status === 'value' ? c.value : c.status))).toEqual(['blank', 'blank', 'blank', 9, 32, 0, 41]);
    const granted = cellsUnder(readFixture('probe-37-p12-chromium-layout.txt'), 't3.results.granted.');
    expect(granted.map((c) => (c.status === 'value' ? c.value : c.status))).toEqual([0, 0, 'blank', 0, 0, 0, 0]);
  });
});
