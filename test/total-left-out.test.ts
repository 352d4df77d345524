/**
 * A slip of layout13's joins of counts wrapped under a row label (`pdftotext -layout` of a
 * LibreOffice print; issue 12). Probe 307 p04 and 335 p07 lo-layout: with 本年新收 joined, table 三
 * holds a complete row and the rows of 不予公开 are placed by the grid of positions it shows. Their
 * lines stand part of a column pitch left of it (`pdftotext -layout` maps x to columns line by line,
 * their labels hold fewer characters), so `45 0 51 · 61 30 187` fit the grid one column left: `187`
 * under 其他, the total empty. The row adds up with its last number as the total: both readings fit,
 * and the grid is not used for it (`src/tables/total-left-out.ts`); its cells are candidates, none
 * stated wrong (9 cells each were shown wrong). Since the support search runs class by class (oneline3),
 * the column equations searched to the end keep the last number as each row's total: the totals are read.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedWrong, valuesUnder as shown } from './helpers/probe-fixtures.js';

const AMBIGUOUS_ROW = Array.from({ length: 7 }, () => 'ambiguous');

describe('probe 307 p04 (lo-layout): rows of 不予公开 that fit the grid one column left', () => {
  const text = readFixture('probe-307-p04-lo-layout.txt');
  const TRUTH: Record<string, (number | null)[]> = {
    't3.results.denied.stateSecret.': [0, 0, null, null, null, 57, 57],
    't3.results.denied.prohibitedByLaw.': [0, null, null, null, 53, 3, 56],
    't3.results.denied.securityStability.': [null, 28, 0, null, null, 48, 76],
    't3.results.denied.internalAffairs.': [45, 0, 51, null, 61, 30, 187],
  };
  it('reads 本年新收 joined, as printed', () => {
    expect(shown(text, 't3.newReceived.')).toEqual([164, 196, 223, 13, 217, 265, 1078]);
  });
  // (the column equations, searched to the end by the support search class by class, keep the
  // last number as the total in every combination: the total is read, the other cells stay candidates)
  it.each(Object.keys(TRUTH))('%s states no cell wrong: every cell but the total a candidate', (row) => {
    const cells = cellsUnder(text, row);
    expect(statedWrong(cells, TRUTH[row] as (number | null)[])).toEqual([]);
    expect(shown(text, row)).toEqual([...AMBIGUOUS_ROW.slice(0, 6), TRUTH[row]?.[6]]);
  });
});

describe('probe 335 p07 (lo-layout): the same, `40 40` (a part and its total)', () => {
  const text = readFixture('probe-335-p07-lo-layout.txt');
  it('states no cell of 危及“三安全一稳定” wrong', () => {
    const cells = cellsUnder(text, 't3.results.denied.securityStability.');
    expect(statedWrong(cells, [null, null, 40, null, null, null, 40])).toEqual([]);
    expect(shown(text, 't3.results.denied.securityStability.')).toEqual(AMBIGUOUS_ROW);
  });
});
