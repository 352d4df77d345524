/**
 * A full row of zeros read from among its own label's pieces between rows read short (probe seed 361
 * p09, our own 2021 report of zeros printed blank where nothing is reported, LibreOffice's plain
 * `pdftotext`). poppler wrote seven lone zeros between `3.危及“三安` and `全一稳定”`: five of the row's
 * own and two of the row below, in the same columns 68 pt lower; the row took all seven (its sum 0 = 0)
 * and the rows around it were read short. Zeros moved between rows change no sum: 2 cells were stated
 * silently wrong (0 for blank). Such a row's zeros are candidates only
 * (`repairs/missing-row-beside.ts`, `zeroRowsBeforeMissing`).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { readFixture } from './helpers/probe-fixtures.js';
import { zeroRowsBeforeMissing } from '../src/repairs/missing-row-beside.js';
import { readRow as row } from './helpers/read-rows.js';

describe('a full row of zeros among its own label pieces, rows read short around it', () => {
  it('states none of the row’s zeros (probe 361 p09, lo-plain)', () => {
    const { report } = parseReport(readFixture('probe-361-p09-lo-plain.txt'));
    const cells = listCells(report!).filter((c) => c.address.startsWith('t3.results.denied.securityStability.'));
    expect(cells.map((c) => (c.status === 'ambiguous' ? c.candidates : c.status))).toEqual(Array(7).fill([0]));
  });

  it('names the row only among its own label pieces, both neighbours found and neither full', () => {
    const among = row('b', { split: false, inLabel: true });
    const short = (key: string) => row(key, { full: false });
    const empty = (key: string) => row(key, { full: false, empty: true, allZero: false });
    expect(zeroRowsBeforeMissing([short('a'), among, short('c')])).toEqual(['b']);
    expect(zeroRowsBeforeMissing([empty('a'), among, short('c')])).toEqual(['b']);
    expect(zeroRowsBeforeMissing([row('a'), among, short('c')])).toEqual([]);
    expect(zeroRowsBeforeMissing([short('a'), among, row('c')])).toEqual([]);
    expect(zeroRowsBeforeMissing([among, short('c')])).toEqual([]);
    expect(zeroRowsBeforeMissing([short('a'), row('b', { split: false, inLabel: false }), short('c')])).toEqual([]);
    expect(zeroRowsBeforeMissing([short('a'), row('b', { split: false, inLabel: true, allZero: false }), short('c')])).toEqual([]);
  });
});
