/**
 * A wrapped row of `pdftotext -layout` text that lost a blank (printed as nothing): its pieces can
 * also be dealt into every cell, and here such a deal adds up (118 in the first column). The deal
 * with the first cell left blank stands under the columns' places and keeps the equations too: the
 * deal is not decided, and the cells the readings disagree on are ambiguous, never a number in the
 * wrong cell. Our own report (probe seed 265, p01) through LibreOffice.
 *
 * Chromium packs each line of narrow cells on a grid of its own: one complete row starts its third
 * column where another starts its fourth, so the columns' places show nothing there, and a band whose
 * first cell vanished is dealt with that cell blank too (probe seed 340, p05: `2.重复申请`, blank 218 57
 * 219 164 26 684, read 218 in the first column before).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { readFixture } from './helpers/probe-fixtures.js';
import { rowItemAt } from './helpers/layout-text.js';
import { columnPlaces, vanishedBlankDeals, wrappedCellReadings } from '../src/tables/wrapped-cells.js';
import type { RowItem } from '../src/tables/placement.js';

const at = (line: number, ...cols: [number, string][]): RowItem[] => cols.map(([c, r]) => rowItemAt(line, c, r));
const rowSum = (v: (number | null)[]): boolean => v[6] !== null && v.slice(0, 6).reduce<number>((a, b) => a + (b ?? 0), 0) === v[6];
const values = (readings: RowItem[][] | null): (number | null)[][] | null =>
  readings && readings.map((r) => r.map((i) => (i.token.kind === 'value' ? i.token.content.value : null)));
// The shape of seed 265 p01's row: blank 118 292 115 23 121 669, the blank printed as nothing.
const band = [
  ...at(0, [41, '118'], [53, '29'], [58, '11'], [66, '23'], [72, '12'], [77, '66']),
  ...at(1, [53, '2'], [62, '5'], [72, '1'], [77, '9']),
];
// A complete row of the table (seven numbers on one line): each column's first pieces.
const complete = [at(10, [36, '16'], [41, '33'], [53, '20'], [58, '68'], [67, '1'], [72, '25'], [77, '73'])];

const cellsAt = (text: string, path: string) =>
  listCells(parseReport(text, { format: 'text' }).report!).filter((c) => c.address.startsWith(path));
const row = (text: string, path: string): (string | number | null)[] =>
  cellsAt(text, path).map((c) => (c.status === 'value' ? c.value : c.status));

describe('wrapped cells: a deal with a vanished blank', () => {
  it('leaves the cells two deals disagree on ambiguous', () => {
    const text = readFixture('probe-265-p01-lo-layout.txt');
    expect(row(text, 't3.results.otherHandling.other.')).toEqual([
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      669,
    ]);
  });

  it('deals a band with its first cell blank where the columns place its numbers', () => {
    // (the full deals that add up: 118 in the first column)
    expect(values(wrappedCellReadings(band, 7, rowSum))?.map((r) => r[0])).toEqual([118, 118, 118, 118]);
    expect(values(vanishedBlankDeals(band, 7, rowSum, columnPlaces(complete, 7)))).toEqual([[null, 118, 292, 115, 23, 121, 669]]);
  });

  it('a deal with a vanished blank the positions exclude is not a reading', () => {
    // (the columns' numbers start three characters further left: 118 stands under no column's place)
    const left = complete.map((r) => r.map((i) => rowItemAt(i.token.line, (i.token.column as number) - 3, i.token.raw)));
    expect(values(vanishedBlankDeals(band, 7, rowSum, columnPlaces(left, 7)))).toEqual([]);
  });
});

// The shape of seed 340 p05's row (chromium-layout): blank 218 57 219 164 26 684, a digit a line.
const packedBand = [
  ...at(0, [18, '2'], [26, '5'], [30, '2'], [34, '1'], [38, '2'], [42, '6']),
  ...at(1, [18, '1'], [26, '7'], [30, '1'], [34, '6'], [38, '6'], [42, '8']),
  ...at(2, [18, '8'], [30, '9'], [34, '4'], [42, '4']),
];
// Complete rows packed on grids of their own: 26 starts the fourth column in one, the third in another.
const packed = [
  at(10, [17, '1'], [22, '2'], [24, '3'], [26, '3'], [32, '3'], [36, '2'], [40, '1']),
  at(20, [18, '1'], [22, '2'], [26, '1'], [30, '0'], [32, '4'], [34, '2'], [40, '9']),
  at(30, [18, '3'], [24, '1'], [26, '2'], [30, '5'], [34, '4'], [38, '7'], [42, '5']),
];

describe('wrapped cells: a vanished blank where lines are packed on grids of their own', () => {
  it('a column whose place meets a neighbour’s is no place', () => {
    expect(columnPlaces(packed, 7)).toEqual([{ min: 17, max: 18 }, null, null, null, null, null, { min: 40, max: 42 }]);
    // (places apart stay places)
    expect(columnPlaces(complete, 7)).toEqual([36, 41, 53, 58, 67, 72, 77].map((c) => ({ min: c, max: c })));
  });

  it('deals the band with its first cell blank beside the full deals', () => {
    // (the full deals that add up all put 218 in the first column)
    expect(values(wrappedCellReadings(packedBand, 7, rowSum))?.map((r) => r[0])).toEqual([218, 218, 218]);
    // (the places show no column but the first and the total: the blank may be any of the six others)
    expect(values(vanishedBlankDeals(packedBand, 7, rowSum, columnPlaces(packed, 7)))).toEqual([
      [null, 218, 57, 219, 164, 26, 684],
      [218, null, 57, 219, 164, 26, 684],
      [218, 57, null, 219, 164, 26, 684],
      [218, 57, 219, null, 164, 26, 684],
      [218, 57, 219, 164, null, 26, 684],
      [218, 57, 219, 164, 26, null, 684],
    ]);
  });

  it('probe 340 p05 chromium-layout: 2.重复申请 states no number in its blank first column', () => {
    const text = readFixture('probe-340-p05-chromium-layout.txt');
    const cells = cellsAt(text, 't3.results.notProcessed.duplicate.');
    expect(row(text, 't3.results.notProcessed.duplicate.')).toEqual([
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      684,
    ]);
    expect(cells[0]?.candidates).toEqual([218]);
    expect(cells[1]?.candidates).toEqual([7, 5, 218, 57]);
  });
});

// Our own row of the shape probe seed 462 p05 showed (chromium-layout, `3.补正后申请内容仍不明确`): 52, blank,
// 38, 7, 46, 19, 162, a digit a line, the blank printed as nothing. The table's one complete row is the first
// line of a row whose every number wraps (`总计`): its seven first pieces one space apart, packed on the
// line's own grid. Read as the columns' places, it put each column two characters from the next, so the
// deal with the second cell blank (its numbers standing where the wrapped pieces do) stood under no place
// and only the full deals were read (here 52 8 3 76 4 19 162 and four others adding up by chance; in the
// probe, the one the equations kept was stated in three cells, none flagged).
const packedFirstLine = at(10, [17, '2'], [19, '1'], [21, '2'], [23, '2'], [25, '2'], [27, '1'], [29, '1']);
const blankSecond = [
  ...at(0, [20, '5'], [28, '3'], [30, '7'], [32, '4'], [34, '1'], [36, '1']),
  ...at(1, [20, '2'], [28, '8'], [32, '6'], [34, '9'], [36, '6']),
  ...at(2, [36, '2']),
];

describe('wrapped cells: a complete row packed one space apart shows no column’s place', () => {
  it('a row whose numbers all stand one same gap apart gives no place, nor does any other complete row of its table', () => {
    expect(columnPlaces([packedFirstLine], 7)).toEqual([null, null, null, null, null, null, null]);
    expect(columnPlaces([...complete, packedFirstLine], 7)).toEqual([null, null, null, null, null, null, null]);
  });

  it('the deal with the second cell blank stands beside the full deals', () => {
    const full = values(wrappedCellReadings(blankSecond, 7, rowSum));
    expect(full).not.toContainEqual([52, null, 38, 7, 46, 19, 162]);
    expect(values(vanishedBlankDeals(blankSecond, 7, rowSum, columnPlaces([packedFirstLine], 7)))).toContainEqual([
      52,
      null,
      38,
      7,
      46,
      19,
      162,
    ]);
  });
});
