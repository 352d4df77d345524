/**
 * A row not found beside a row that took another row's numbers (issue 12). In `pdftotext -layout`
 * text of our own Chromium print (probe seed 122, p06, 2019 template), row 4's label wraps in its
 * tall cell and its numbers print on the line of row 5's label (`5. 属于三类 内部事务信息方合法权益
 * 29 0 … 29`), row 5's own numbers on the line below. Row 4's label pieces are no template label,
 * so row 4 is lost, row 5 took row 4's numbers and stated four of them wrong, silently; row 5's own
 * numbers stayed unclaimed.
 */
import { describe, expect, it } from 'vitest';
import { rowsBesideMissing } from '../src/repairs/missing-row-beside.js';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** Rows 4 and 5 of 不予公开 in our report's truth. */
const TRUTH: Record<string, number[]> = {
  thirdPartyRights: [29, 0, 0, 0, 0, 0, 29],
  internalAffairs: [0, 0, 31, 42, 0, 0, 73],
};

describe('a found row beside a lost one, with unclaimed numbers on its far side', () => {
  it('our Chromium print (probe seed 122): no cell of rows 4 and 5 stated wrong (four were, silently)', () => {
    const text = readFixture('probe-122-p06-chromium-layout.txt');
    for (const [row, truth] of Object.entries(TRUTH)) {
      const got = cellsUnder(text, `t3.results.denied.${row}.`);
      expect(got).toHaveLength(7);
      expect(statedWrong(got, truth)).toEqual([]);
    }
  });

  it('doubts the neighbour whose far side holds unclaimed numbers, on either side of the lost row', () => {
    const rows = [
      { key: 'a', labelStart: 0 },
      { key: 'lost', labelStart: null },
      { key: 'b', labelStart: 100 },
      { key: 'c', labelStart: 200 },
    ];
    // after b's label, before c's: b may hold the lost row's numbers
    expect(rowsBesideMissing(rows, [150])).toEqual(['b']);
    // before a's label: a (before the lost row) may hold them
    expect(
      rowsBesideMissing(
        [
          { key: 'x', labelStart: 50 },
          { key: 'lost', labelStart: null },
        ],
        [10],
      ),
    ).toEqual(['x']);
    // between a and b, where the lost row's numbers stand in order: nobody is doubted
    expect(rowsBesideMissing(rows, [60])).toEqual([]);
    expect(rowsBesideMissing(rows, [])).toEqual([]);
    // past the next found row: not b's side
    expect(rowsBesideMissing(rows, [250])).toEqual([]);
  });
});
