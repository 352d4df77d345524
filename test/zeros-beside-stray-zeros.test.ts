/**
 * A full row of zeros read below its label in a table that left zeros no row took (probe seed 356
 * p03, our own 2021 report of zeros and blanks printed by LibreOffice, plain `pdftotext`). poppler
 * wrote seven zeros of three rows (two of the row's own, then five of the two rows below: a late stack)
 * between the pieces of the wrapped label `2.没有现成信息需要另行制作`, and the row took all seven while
 * two zeros stayed unplaced. Zeros moved between rows change no sum: 4 cells were stated silently
 * wrong (0 for blank). Where the numbers no row took are zeros, fewer than a row, a full row of zeros
 * read below its label states its zeros as candidates only (`repairs/missing-row-beside.ts`,
 * `strayZerosLeft`).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { readFixture } from './helpers/probe-fixtures.js';
import { strayZerosLeft, zeroRowsBeforeMissing, type ReadRow } from '../src/repairs/missing-row-beside.js';
import { readRow } from './helpers/read-rows.js';

const ROW = 't3.results.unableToProvide.needsCreation.';

describe('a full row of zeros where zeros are left unplaced', () => {
  it('states none of the row’s zeros (probe 356 p03, lo-plain)', () => {
    const { report } = parseReport(readFixture('probe-356-p03-lo-plain.txt'));
    const cells = listCells(report!).filter((c) => c.address.startsWith(ROW));
    expect(cells.map((c) => (c.status === 'ambiguous' ? c.candidates : c.status))).toEqual(Array(7).fill([0]));
  });

  it('only for zeros, fewer than a row', () => {
    expect(strayZerosLeft([0, 0], 7)).toBe(true);
    expect(strayZerosLeft([], 7)).toBe(false);
    expect(strayZerosLeft([0, 3], 7)).toBe(false);
    expect(strayZerosLeft(Array(7).fill(0), 7)).toBe(false);
  });

  it('names every full row of zeros below its label, none on its label’s line or short', () => {
    const row = (key: string, over: Partial<ReadRow> = {}): ReadRow => readRow(key, { split: false, ...over });
    const rows = [row('a'), row('b', { belowLabel: false }), row('c', { full: false }), row('d', { allZero: false }), row('e')];
    expect(zeroRowsBeforeMissing(rows, true)).toEqual(['a', 'e']);
    expect(zeroRowsBeforeMissing(rows, false)).toEqual([]);
  });
});
