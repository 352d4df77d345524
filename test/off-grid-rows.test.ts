/**
 * Rows printed off the table's column grid (probe seed 222, p11, 2021 template, Chromium print with
 * header and footer, `pdftotext -layout`). A page break cuts the cell 不予公开 spanning rows, and
 * the four rows after the break are laid out on their own: their numbers stand far right of the
 * table's total column, in blocks printed in another order than their columns
 * (`（5）属于三类内部事务信息  ０ ３５   ０ ０ ０ ０   ３５`, truth `0 0 0 0 35 0 35`). Read in
 * printed order, the row kept its sum and stated 35 under 商业企业 and 0 under 法律服务机构, silently.
 */
import { describe, expect, it } from 'vitest';
import type { RowItem } from '../src/tables/placement.js';
import { offGridRows } from '../src/tables/off-grid-rows.js';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** The rows after the page break in our report's truth (naturalPerson … total). */
const TRUTH: Record<string, number[]> = {
  prohibitedByLaw: [0, 0, 0, 0, 0, 0, 0],
  securityStability: [0, 41, 57, 0, 0, 0, 98],
  thirdPartyRights: [0, 0, 0, 0, 0, 0, 0],
  internalAffairs: [0, 0, 0, 0, 35, 0, 35],
};

/** A row of numbers on line `line` at the given character columns (one-character numbers). */
function row(line: number, columns: readonly number[]): RowItem[] {
  return columns.map((column, i) => ({
    token: {
      kind: 'value',
      raw: String(i),
      content: { kind: 'count', value: i },
      start: line * 100 + column,
      end: line * 100 + column + 1,
      line,
      column,
      gapBefore: 0,
      lineStart: false,
    },
    collapsedBefore: 0,
    run: 0,
  })) as unknown as RowItem[];
}

describe('rows printed off the column grid', () => {
  it('our Chromium print (probe seed 222): no cell of the rows after the break stated wrong', () => {
    const text = readFixture('probe-222-p11-chromium-hf-layout.txt');
    for (const [key, truth] of Object.entries(TRUTH)) {
      const got = cellsUnder(text, `t3.results.denied.${key}.`);
      expect(got).toHaveLength(7);
      expect(statedWrong(got, truth)).toEqual([]);
    }
    // the row of the silent cells: each cell the block orders keeping the sum read otherwise is in doubt
    const internal = cellsUnder(text, 't3.results.denied.internalAffairs.');
    expect(internal.map((c) => c.status)).toEqual(['ambiguous', 'ambiguous', 'value', 'value', 'ambiguous', 'ambiguous', 'value']);
    expect(internal.filter((c) => c.status === 'value').map((c) => c.value)).toEqual([0, 0, 35]);
  });

  it('gives a row far right of the grid every order of its blocks, and leaves rows on the grid alone', () => {
    const grid = [10, 12, 14, 16, 18, 20, 22];
    const rows = [row(1, grid), row(2, grid), row(3, grid), row(4, [30, 32, 50, 52, 54, 56, 65]), row(5, grid), row(6, grid), row(7, grid)];
    const out = offGridRows(rows, 7);
    expect([...out.keys()]).toEqual([3]);
    expect(out.get(3)).toHaveLength(6);
    expect(out.get(3)?.[0]).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(out.get(3)).toContainEqual([2, 3, 4, 5, 6, 0, 1]);
    // a row drifting right, its last numbers past the grid but most of it on the grid, is read in order
    const drifting = [
      row(1, grid),
      row(2, grid),
      row(3, grid),
      row(4, [10, 12, 14, 19, 24, 29, 32]),
      row(5, grid),
      row(6, grid),
      row(7, grid),
    ];
    expect(offGridRows(drifting, 7).size).toBe(0);
  });
});
