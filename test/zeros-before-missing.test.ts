/**
 * A full row of zeros read on past a row not found (probe seed 328 p06, our own 2019 report of zeros
 * and blanks printed by LibreOffice, plain `pdftotext`). Each cell stands on a line of its own and the
 * wrapped labels' pieces between them; `3.补正后申请内容仍不明确` took its own four zeros and the three
 * after the next row's broken label (`1. 信访举` / `0` … / `五` / `报 投诉类`, not found), and
 * `2.其他法律行政法规禁止公开` took seven zeros before `3.危及“三安全一稳定”`, whose label took none.
 * Zeros moved between rows change no sum: 5 cells were stated silently wrong. A full row of zeros
 * below its label, label text between them, just before a lost row now states its numbers as
 * candidates only
 * (`repairs/missing-row-beside.ts`, `zeroRowsBeforeMissing`).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { readFixture, statedWrong } from './helpers/probe-fixtures.js';
import { zeroRowsBeforeMissing } from '../src/repairs/missing-row-beside.js';
import { readRow as row } from './helpers/read-rows.js';

const FIXTURE = 'probe-328-p06-lo-plain.txt';
/** The rows as the truth has them, in the template's column order. */
const ROWS: [string, (number | null)[]][] = [
  ['t3.results.denied.prohibitedByLaw', [null, 0, null, 0, 0, null, 0]],
  ['t3.results.unableToProvide.stillUnclear', [0, null, 0, 0, 0, null, 0]],
];

describe('probe 328 p06 (lo-plain): a full row of zeros before a row not found', () => {
  const { report } = parseReport(readFixture(FIXTURE));
  for (const [row, truth] of ROWS)
    it(`states none of ${row}'s cells: its zeros are candidates`, () => {
      const cells = listCells(report!).filter((c) => c.address.startsWith(`${row}.`));
      expect(cells).toHaveLength(7);
      expect(statedWrong(cells, truth)).toEqual([]);
      expect(cells.map((c) => c.status)).toEqual(Array(7).fill('ambiguous'));
      expect(cells.map((c) => (c.status === 'ambiguous' ? c.candidates : c.value))).toEqual(Array(7).fill([0]));
    });
});

describe('zeroRowsBeforeMissing', () => {
  it('names a full row of zeros below its label before a row not found or empty', () => {
    expect(zeroRowsBeforeMissing([row('a'), row('b', { found: false, empty: true, full: false })])).toEqual(['a']);
    expect(zeroRowsBeforeMissing([row('a'), row('b', { empty: true, full: false })])).toEqual(['a']);
  });

  it('leaves rows with other numbers, short rows, rows on their label line or in one run, and rows before a found row', () => {
    const lost = row('z', { found: false, empty: true, full: false });
    expect(zeroRowsBeforeMissing([row('a', { allZero: false }), lost])).toEqual([]);
    expect(zeroRowsBeforeMissing([row('a', { full: false }), lost])).toEqual([]);
    expect(zeroRowsBeforeMissing([row('a', { belowLabel: false }), lost])).toEqual([]);
    expect(zeroRowsBeforeMissing([row('a', { split: false }), lost])).toEqual([]);
    expect(zeroRowsBeforeMissing([row('a'), row('b')])).toEqual([]);
    expect(zeroRowsBeforeMissing([lost, row('a')])).toEqual([]);
  });
});
