/**
 * Numbers wrapped side by side (plain pdftotext, `repairs/side-pieces.ts`, `tables/side-joinings.ts`)
 * in two probe reports of our own (`scripts/gauntlet/probe.mjs`), each guarding one condition a kept
 * joining must meet:
 *
 * - probe 347 p01 lo-plain: the block `344 279` / `20` joins two rows' cells of one column (344 and
 *   279 of 总计, 20 of 结转下年度). Kept where the reading merely states more, its 27920 landed in a
 *   row whose sum no longer checked it, and 结转下年度 stated 0 for 21. A joining is kept only where
 *   each number it joined is stated in a row whose sum checks it.
 * - probe 2 p05 chromium-plain: 总计's `13 127 259 200 243 21 117` / `5` / `3 7` joins to
 *   135 … 213 1177 by its own sum, while 本年新收's block keeps two joinings. Merging that kept
 *   alternative in with the rest of the table's choices made 部分公开 and the two denial rows under it
 *   `ambiguous` (21 cells). A group whose other combinations, read with the rest chosen,
 *   take back a cell is left as printed.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';

/** The status, value and candidates of each cell of the row `prefix` (in the template's column order). */
function row(text: string, prefix: string): [string, number | null | undefined, readonly number[] | undefined][] {
  return cellsUnder(text, prefix).map((c) => {
    const r = c as { status: string; value?: number | null; candidates?: readonly number[] };
    return [r.status, r.value, r.candidates];
  });
}

describe('side-by-side joinings in probe reports', () => {
  it('keeps no joining whose number lands in a row its sum does not check (probe 347 p01 lo-plain)', () => {
    const text = readFixture('probe-347-p01-lo-plain.txt');
    // truth: 20, blank, blank, 21, 10, 0, 51; nothing stated, no joined 27920 or 34420 among the candidates
    expect(row(text, 't3.carriedForward.')).toEqual([
      ['ambiguous', null, [0, 344, 279]],
      ['ambiguous', null, [344, 279, 20]],
      ['ambiguous', null, [279, 20]],
      ['ambiguous', null, [20, 0]],
      ['ambiguous', null, [0, 53]],
      ['ambiguous', null, [0, 53, 110]],
      ['ambiguous', null, [53, 110, 51]],
    ]);
  });

  it('reads the row the sum leaves and keeps the rows elsewhere (probe 2 p05 chromium-plain)', () => {
    const text = readFixture('probe-2-p05-chromium-plain.txt');
    const values = (prefix: string): (number | null | undefined)[] =>
      row(text, prefix).map(([status, value]) => (status === 'value' || status === 'blank' ? value : undefined));
    expect(row(text, 't3.results.total.').every(([status]) => status === 'value')).toBe(true);
    expect(values('t3.results.total.')).toEqual([135, 127, 259, 200, 243, 213, 1177]);
    expect(values('t3.results.partiallyGranted.')).toEqual([0, 0, 0, null, 39, 17, 56]);
    expect(values('t3.results.denied.stateSecret.')).toEqual([null, 0, 5, 0, null, 0, 5]);
    expect(values('t3.results.denied.prohibitedByLaw.')).toEqual([0, 13, 0, 0, 0, 0, 13]);
    // 本年新收 stays as printed: its block's two joinings (148 … 213 or 143 … 218) are not read
    expect(row(text, 't3.newReceived.').every(([status]) => status === 'ambiguous')).toBe(true);
  });
});
