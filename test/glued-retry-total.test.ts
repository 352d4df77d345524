/**
 * The glued-row retry with one vanished blank (issue 12) reads only rows whose total is written: a
 * row whose vanished blank is its total "adds up" whatever its cuts. In plain `pdftotext` of our own
 * Chromium print (probe seed 15, p06, 2019), 危及“三安全一稳定” prints `… １７４ ２９` / `１ ７２９`
 * (291 wrapped in its cell, then the total 729); the retry read `… 174 29` and a vanished total,
 * stating 29 for 291, silently.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

const TRUTH = [88, 0, 91, 85, 174, 291, 729];

describe('glued-row retry with a vanished blank', () => {
  it('states no cell of a row whose only way to add up is a vanished total', () => {
    const row = cellsUnder(readFixture('probe-15-p06-chromium-plain.txt'), 't3.results.denied.securityStability.');
    expect(row).toHaveLength(7);
    expect(statedWrong(row, TRUTH)).toEqual([]);
    expect(row.filter((c) => c.status === 'blank').map((c) => c.address)).toEqual([]);
  });
});
