/**
 * A one-character cell set apart on its line in a band of wrapped pieces (`set-apart-pieces.ts`):
 * `pdftotext -layout` may lay a lone `０` out as a block of its own, right of cells that stand right
 * of it on the page. Its place rests on the order alone (moving it keeps the row sum), so its moves
 * stand beside the deal; a cell at its column's place, or in a run with its neighbours, stays put.
 * Text we write.
 */
import { describe, expect, it } from 'vitest';
import { rowItemAt } from './helpers/layout-text.js';
import { setApartMoves } from '../src/tables/set-apart-pieces.js';
import { wrappedCellReadings } from '../src/tables/wrapped-cells.js';
import type { RowItem } from '../src/tables/placement.js';

const row = (line: number, ...cols: [number, string][]): RowItem[] => cols.map(([c, r]) => rowItemAt(line, c, r));
const rowSum = (v: (number | null)[]): boolean => v[6] !== null && v.slice(0, 6).reduce<number>((a, b) => a + (b ?? 0), 0) === v[6];
const values = (readings: RowItem[][] | null): (number | null)[][] | null =>
  readings && readings.map((r) => r.map((i) => (i.token.kind === 'value' ? i.token.content.value : null)));
const NO_PLACES = new Array<null>(7).fill(null);

describe('a one-character cell set apart on its line of wrapped pieces', () => {
  // 41 0 189 40 57 111 438 printed as `４１   １８ ４０ ５７      ０         １１ ４３` over `９ … １ ８`.
  const band = [
    ...row(0, [22, '41'], [32, '18'], [35, '40'], [38, '57'], [52, '0'], [79, '11'], [84, '43']),
    ...row(1, [32, '9'], [79, '1'], [84, '8']),
  ];

  it('reads the deal in the line’s order, and the zero moved to every other cell beside it', () => {
    const dealt = wrappedCellReadings(band, 7, rowSum);
    expect(values(dealt)).toEqual([[41, 189, 40, 57, 0, 111, 438]]);
    expect(values(setApartMoves(band, dealt as RowItem[][], rowSum, NO_PLACES, 64))).toEqual([
      [0, 41, 189, 40, 57, 111, 438],
      [41, 0, 189, 40, 57, 111, 438],
      [41, 189, 0, 40, 57, 111, 438],
      [41, 189, 40, 0, 57, 111, 438],
      [41, 189, 40, 57, 111, 0, 438],
    ]);
  });

  it('moves no cell that stands in a run with its neighbours', () => {
    const packed = row(0, [22, '41'], [25, '0'], [27, '18'], [30, '40'], [33, '57'], [36, '11'], [39, '167']);
    expect(values(setApartMoves(packed, [packed], rowSum, NO_PLACES, 64))).toEqual([]);
  });

  it('moves no cell of a line whose cells stand evenly apart', () => {
    const grid = row(0, [20, '0'], [28, '956'], [36, '7'], [44, '0'], [52, '969'], [60, '1'], [64, '1933']);
    expect(values(setApartMoves(grid, [grid], rowSum, NO_PLACES, 64))).toEqual([]);
  });

  it('moves no cell that stands at its column’s place, nor to a column whose place does not hold it', () => {
    const line = row(0, [20, '41'], [23, '18'], [26, '40'], [29, '57'], [40, '0'], [60, '11'], [63, '167']);
    const at = (c: number) => ({ min: c, max: c });
    expect(values(setApartMoves(line, [line], rowSum, [null, null, null, null, at(40), null, null], 64))).toEqual([]);
    // (its own column's place not known: to the column at its place, or whose place is not known)
    expect(values(setApartMoves(line, [line], rowSum, [at(20), at(30), at(40), null, null, at(50), null], 64))).toEqual([
      [41, 18, 0, 40, 57, 11, 167],
      [41, 18, 40, 0, 57, 11, 167],
    ]);
  });

  it('makes no reading past its limit', () => {
    const dealt = wrappedCellReadings(band, 7, rowSum) as RowItem[][];
    expect(setApartMoves(band, dealt, rowSum, NO_PLACES, 2)).toBeNull();
  });
});
