/**
 * A row of `pdftotext -layout` text (a browser print, full-width digits wrapped a digit a line in
 * narrow cells) that lost blanks (printed as nothing): 55, blank, 54, blank, 0, blank, 109, printed
 * `５ ５ ０ １` / `５ ４ ０` / `９`. No deal of its pieces into seven cells is the row, and one adds up
 * by breaking 109 around its own `０`: `１` and `９` as 19, the `０` between them, in their column, a
 * cell of its own. A wrapped number's pieces stand on consecutive lines of its cell, so a cell never
 * skips a piece standing between two of its pieces in their column; and where no deal is left, the
 * row's pieces in a column's window (items over several lines, each a piece of digits) agree on no
 * value: a piece may be one of several of one number. Our own report (probe seed 296, p01).
 */
import { describe, expect, it } from 'vitest';
import { rowItemAt } from './helpers/layout-text.js';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';
import { wrappedCellReadings } from '../src/tables/wrapped-cells.js';
import { placeRow } from '../src/tables/placement.js';
import type { RowItem } from '../src/tables/placement.js';

const at = (line: number, ...cols: [number, string][]): RowItem[] => cols.map(([c, r]) => rowItemAt(line, c, r));
const rowSum = (v: (number | null)[]): boolean => v[6] !== null && v.slice(0, 6).reduce<number>((a, b) => a + (b ?? 0), 0) === v[6];
const values = (readings: RowItem[][] | null): (number | null)[][] | null =>
  readings && readings.map((r) => r.map((i) => (i.token.kind === 'value' ? i.token.content.value : null)));
const band = [...at(0, [16, '5'], [24, '5'], [28, '0'], [36, '1']), ...at(1, [16, '5'], [24, '4'], [36, '0']), ...at(2, [36, '9'])];

describe('wrapped cells: a piece between two pieces of a cell, in their column', () => {
  it('is never skipped by that cell (no deal reads `１` and `９` around the `０` as 19)', () => {
    expect(values(wrappedCellReadings(band, 7, rowSum))).toEqual([]);
  });

  it('a row of such pieces over several lines has no certain cell', () => {
    const placed = placeRow(7, { items: band, gapsVisible: false, collapsedAfter: null });
    expect(placed.columns.map((c) => c.status)).toEqual(Array(7).fill('ambiguous'));
  });

  it('a column whose window holds zeros alone is 0 (a wrapped number starts with no 0)', () => {
    // 0 0 13 0 0 0 13, 13 wrapped `１` over `３` twice (probe seed 303 p05).
    const row = [...at(0, [12, '0'], [14, '0'], [16, '1'], [18, '0'], [20, '0'], [22, '0'], [24, '1']), ...at(1, [16, '3'], [24, '3'])];
    const placed = placeRow(7, { items: row, gapsVisible: false, collapsedAfter: null });
    expect(placed.columns.map((c) => (c.status === 'value' ? c.token.content.value : c.status))).toEqual([
      'ambiguous',
      'ambiguous',
      'ambiguous',
      0,
      'ambiguous',
      'ambiguous',
      'ambiguous',
    ]);
  });

  it('the probe row reads no wrong number', () => {
    const cells = cellsUnder(readFixture('probe-296-p01-chromium-layout.txt'), 't3.results.denied.processInformation.');
    expect(cells.map((c) => (c.status === 'value' ? c.value : c.status))).toEqual(Array(7).fill('ambiguous'));
  });
});
