/**
 * A wrapped row of `pdftotext -layout` text that lost a blank (printed as nothing): its pieces can
 * also be dealt into every cell, and here such a deal adds up (118 in the first column). The deal
 * with the first cell left blank stands under the columns' places and keeps the equations too: the
 * deal is not decided, and the cells the readings disagree on are ambiguous, never a number in the
 * wrong cell. Our own report (probe seed 265, p01) through LibreOffice.
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

const row = (text: string, path: string): (string | number | null)[] =>
  listCells(parseReport(text, { format: 'text' }).report!)
    .filter((c) => c.address.startsWith(path))
    .map((c) => (c.status === 'value' ? c.value : c.status));

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
