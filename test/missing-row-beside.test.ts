/**
 * A row not found beside a row that took another row's numbers (issue 12). In `pdftotext -layout`
 * text of our own Chromium print (probe seed 122, p06, 2019 template), row 4's label wraps in its
 * tall cell and its numbers print on the line of row 5's label (`5. 属于三类 内部事务信息方合法权益
 * 29 0 … 29`), row 5's own numbers on the line below. Row 4's label pieces are no template label,
 * so row 4 is lost, row 5 took row 4's numbers and stated four of them wrong, silently; row 5's own
 * numbers stayed unclaimed.
 */
import { describe, expect, it } from 'vitest';
import { rowsBesideMissing, SHIFTED_RUN_LIMIT } from '../src/repairs/missing-row-beside.js';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/**
 * Probe seed 117, p03 (2021 template), Chromium print, `pdftotext -layout`: 本机关不掌握相关政府信息
 * and 重复申请 stand alone on their lines; each next row's label line holds the row above's numbers,
 * and the last row's own numbers stand unclaimed on the line below (`结果  37 56 7 18 0 0 118`).
 * Twenty cells of four rows were stated wrong, silently (only the empty rows were flagged).
 */
const SHIFTED: Record<string, number[]> = {
  'unableToProvide.notHeld': [0, 0, 0, 0, 0, 3, 3],
  'unableToProvide.needsCreation': [0, 0, 21, 0, 0, 44, 65],
  'unableToProvide.stillUnclear': [37, 56, 7, 18, 0, 0, 118],
  'notProcessed.duplicate': [0, 0, 0, 35, 0, 41, 76],
  'notProcessed.publication': [37, 0, 44, 0, 0, 28, 109],
  'notProcessed.massRepeated': [42, 34, 0, 0, 5, 0, 81],
};

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

  it('our Chromium print (probe seed 117): a run of rows each holding the numbers of the row above states none of them', () => {
    const text = readFixture('probe-117-p03-chromium-layout.txt');
    for (const [row, truth] of Object.entries(SHIFTED)) {
      const got = cellsUnder(text, `t3.results.${row}.`);
      expect(got).toHaveLength(7);
      expect(statedWrong(got, truth)).toEqual([]);
    }
  });

  it('doubts a run of found rows after an empty one, up to a whole row of unclaimed numbers past the run', () => {
    // (a row of two cells here: `wholeRow` 2)
    const rows = [
      { key: 'a', labelStart: 20 },
      { key: 'empty', labelStart: 50, empty: true },
      { key: 'b', labelStart: 100 },
      { key: 'c', labelStart: 200 },
      { key: 'd', labelStart: 300 },
    ];
    // after c's label, before d's: b and c may each hold the numbers of the row above
    expect(rowsBesideMissing(rows, [250, 260], 2).sort()).toEqual(['b', 'c']);
    // one number there is a stray piece, no row's numbers
    expect(rowsBesideMissing(rows, [250], 2)).toEqual([]);
    // before the empty row's label: a (before it) may hold them
    expect(rowsBesideMissing(rows, [5, 10], 2)).toEqual(['a']);
    // unclaimed numbers right after the empty row's label are its own: nothing was taken
    expect(rowsBesideMissing(rows, [60, 70], 2)).toEqual([]);
    expect(rowsBesideMissing(rows, [60, 70, 250, 260], 2)).toEqual([]);
    // a run longer than the limit is not followed
    const long = [{ key: 'e', labelStart: 0, empty: true }, ...'fghij'.split('').map((key, i) => ({ key, labelStart: 100 * (i + 1) }))];
    const past = (k: number): number[] => [k * 100 + 50, k * 100 + 60];
    expect(rowsBesideMissing(long, past(SHIFTED_RUN_LIMIT), 2)).toHaveLength(SHIFTED_RUN_LIMIT);
    expect(rowsBesideMissing(long, past(SHIFTED_RUN_LIMIT + 1), 2)).toEqual([]);
    // a run out of the template's order in the text is no run
    const swapped = [
      { key: 'e', labelStart: 0, empty: true },
      { key: 'f', labelStart: 200 },
      { key: 'g', labelStart: 100 },
    ];
    expect(rowsBesideMissing(swapped, [250, 260], 2)).toEqual([]);
  });

  it('doubts the neighbour whose far side holds unclaimed numbers, on either side of the lost row', () => {
    const rows = [
      { key: 'a', labelStart: 0 },
      { key: 'lost', labelStart: null },
      { key: 'b', labelStart: 100 },
      { key: 'c', labelStart: 200 },
    ];
    // after b's label, before c's: b may hold the lost row's numbers (one number is enough beside it)
    expect(rowsBesideMissing(rows, [150], 2)).toEqual(['b']);
    // before a's label: a (before the lost row) may hold them
    expect(
      rowsBesideMissing(
        [
          { key: 'x', labelStart: 50 },
          { key: 'lost', labelStart: null },
        ],
        [10],
        2,
      ),
    ).toEqual(['x']);
    // between a and b, where the lost row's numbers stand in order: nobody is doubted
    expect(rowsBesideMissing(rows, [60], 2)).toEqual([]);
    expect(rowsBesideMissing(rows, [], 2)).toEqual([]);
    // past the next found row, a whole row: b and c, a run each holding the numbers of the row above
    expect(rowsBesideMissing(rows, [250, 260], 2).sort()).toEqual(['b', 'c']);
    // and not where the lost row's own place, before b, holds numbers of its own
    expect(rowsBesideMissing(rows, [60, 70, 250, 260], 2)).toEqual([]);
  });
});
