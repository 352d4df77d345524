/**
 * `pdftotext -layout` of a browser print whose table 四 cells are narrower than their numbers: each
 * number wraps over two lines (`４３５` over `３４`), so the row of fifteen comes out as a line of
 * fifteen pieces and a line of the pieces' ends, at columns that drift from the line above. The
 * deals of the pieces that keep each line's order, the pieces of a cell one under the other and
 * the three group sums decide (repairs/table4-wrapped-cells.ts). Our own reports (probe seeds 131
 * and 130, p07) through Chromium.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from 'zfxxgk-report';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

const value = (c: { status: string; value: number | null }): number | string => (c.status === 'value' ? c.value! : c.status);

/** The generated report's table 四 (seed 131, p07): every number wrapped but the short ones. */
const TRUTH_131 = [43534, 0, 5, 941, 44480, 209, 3, 11465, 6780, 18457, 591, 4, 9915, 0, 10510];
/** Seed 130, p07: blanks written `-`. */
const TRUTH_130 = [804, 0, 248, 'blank', 1052, 79, 'blank', 839, 54, 972, 84, 24, 0, 29, 137];

describe('pdftotext -layout: table 四 numbers wrapped in narrow cells', () => {
  it('deals the pieces to the fifteen cells the one way the group sums allow', () => {
    const text = readFixture('probe-131-p07-chromium-layout.txt');
    expect(cellsUnder(text, 't4').map(value)).toEqual(TRUTH_131);
    const codes = parseReport(text)
      .diagnostics.filter((d) => d.path === 't4')
      .map((d) => d.code);
    expect(codes).toContain('cells-unwrapped');
    expect(codes).not.toContain('surplus-values');
  });

  it('keeps blank markers in their cells; the pieces go to the cells of numbers', () => {
    expect(cellsUnder(readFixture('probe-130-p07-chromium-layout.txt'), 't4').map(value)).toEqual(TRUTH_130);
  });

  it('states nothing where no deal keeps the sums (a piece changed)', () => {
    // (`３４` under `４３５` changed to `３５`: 43535 + 0 + 5 + 941 is not 44480)
    const text = readFixture('probe-131-p07-chromium-layout.txt').replace(' ３４            ８０', ' ３５            ８０');
    const cells = cellsUnder(text, 't4');
    expect(statedWrong(cells, TRUTH_131)).toEqual([]);
    expect(cells.filter((c) => c.address.startsWith('t4.review.')).map((c) => c.status)).not.toContain('value');
  });

  it('leaves cells two deals read differently ambiguous', () => {
    // The first group printed `１２ １２ ０ ０ １３` over `４ … ６`, the `４` under both `１２`s:
    // 124 + 12 and 12 + 124 both make 136, so the two cells stay ambiguous; the rest is stated.
    const text = readFixture('probe-131-p07-chromium-layout.txt')
      .replace('\f４３５ ０   ５ ９４１ ４４４ ', '\f１２  １２  ０ ０   １３  ')
      .replace(' ３４            ８０', '   ４           ６ ');
    const cells = cellsUnder(text, 't4');
    expect(cells.map(value)).toEqual(['ambiguous', 'ambiguous', 0, 0, 136, ...TRUTH_131.slice(5)]);
    expect(cells.slice(0, 2).map((c) => [...(c.candidates ?? [])].sort((a, b) => a - b))).toEqual([
      [12, 124],
      [12, 124],
    ]);
  });
});
