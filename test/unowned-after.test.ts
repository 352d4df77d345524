/**
 * Rows whose numbers stand one line below their labels (probe seed 238, p05, 2021 template, Chromium
 * print, `pdftotext -layout`). A number wrapped in its narrow cell (`２` over `４`) made a row of the
 * 不予处理 group two lines tall; the labels beside the tall group cell kept their own pitch, so the next
 * label took only the wrapped tail (`３．要求提供公开出版物 ４`), the label after it the numbers of the
 * row above (`４．无正当理由大量反复申请 ０ ０ ５４ ０ ０ ０ ５４`), and its own numbers stood on a line
 * of their own below (`０ ２１ ４ ５６ ０ ０ ８１`). Read on its label's line, the row kept its sum and
 * stated four cells wrong; the line below was only `values-unplaced`, naming no cell
 * (`src/repairs/unowned-before.ts`, `decideUnownedAfter`).
 */
import { describe, expect, it } from 'vitest';
import { parseReport, validateReport } from '../src/index.js';
import { decideUnownedAfter, type LabelledRow } from '../src/repairs/unowned-before.js';
import type { Placement, RowItem } from '../src/tables/placement.js';
import type { ValueToken } from '../src/tables/tokens.js';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** The rows of the 不予处理 group in our report's truth (naturalPerson … total). */
const TRUTH: Record<string, number[]> = {
  petitionOrComplaint: [0, 0, 43, 0, 5, 0, 48],
  duplicate: [24, 0, 42, 0, 0, 0, 66],
  publication: [0, 0, 54, 0, 0, 0, 54],
  massRepeated: [0, 21, 4, 56, 0, 0, 81],
  confirmOrReissue: [0, 0, 0, 34, 0, 0, 34],
};

/** A token of `value` at offset `start` on line `line`. */
function token(value: number, start: number, line: number): ValueToken {
  return {
    kind: 'value',
    raw: String(value),
    content: { kind: 'count', value },
    start,
    end: start + String(value).length,
    line,
    column: start - line * 100,
    gapBefore: 1,
    lineStart: false,
  } as unknown as ValueToken;
}

/** The items of `values` on line `line` (offsets `line * 100 + 40 + 4j`). */
function items(values: readonly number[], line: number): RowItem[] {
  return values.map((v, j) => ({ token: token(v, line * 100 + 40 + 4 * j, line), collapsedBefore: 0, run: 0 }) as unknown as RowItem);
}

/** A labelled row at line `line`, stated from `values` on its label's line (`stated`), or short. */
function labelled(order: number, line: number, values: readonly number[], stated = values.length === 7): LabelledRow {
  const its = items(values, line);
  const columns: Placement[] | undefined = stated ? its.map((it) => ({ status: 'value', token: it.token as ValueToken })) : undefined;
  return {
    row: `t3.r${order}`,
    labelStart: line * 100,
    order,
    cells: 7,
    items: its,
    numbersOnLabelLine: true,
    ...(columns ? { columns } : {}),
  };
}

/** The row sum of our rows: the last cell is the sum of the six before it. */
function rowHolds(_row: string, its: readonly RowItem[]): boolean {
  const values = its.map((it) => (it.token.kind === 'value' ? it.token.content.value : 0));
  return values.length === 7 && values.slice(0, 6).reduce((a, v) => a + v, 0) === values[6];
}

describe('numbers one line below their labels (a row’s worth unclaimed after a whole row)', () => {
  it('our Chromium print (probe seed 238): no cell of the group stated wrong, the shifted rows in doubt', () => {
    const text = readFixture('probe-238-p05-chromium-layout.txt');
    for (const [key, truth] of Object.entries(TRUTH)) {
      const got = cellsUnder(text, `t3.results.notProcessed.${key}.`);
      expect(got).toHaveLength(7);
      // (the wrapped row reads its head only, 2 for 24: its row sum fails, naming it)
      expect(statedWrong(got, truth), key).toEqual(key === 'duplicate' ? ['t3.results.notProcessed.duplicate.naturalPerson'] : []);
    }
    const mass = cellsUnder(text, 't3.results.notProcessed.massRepeated.');
    expect(mass.map((c) => c.status)).toEqual(['value', 'ambiguous', 'ambiguous', 'ambiguous', 'value', 'value', 'ambiguous']);
    expect(mass.map((c) => c.candidates ?? null)).toEqual([null, [0, 21], [54, 4], [0, 56], null, null, [54, 81]]);
    const publication = cellsUnder(text, 't3.results.notProcessed.publication.');
    expect(publication.map((c) => c.candidates)).toEqual([
      [4, 0],
      [4, 0],
      [4, 54],
      [4, 0],
      [4, 0],
      [4, 0],
      [4, 54],
    ]);
    const { report, diagnostics } = parseReport(text);
    const failing = validateReport(report!).checks.filter((c) => c.status === 'fail');
    expect(failing.some((c) => c.rule === 'T3.ROWSUM' && c.addresses.includes('t3.results.notProcessed.duplicate.naturalPerson'))).toBe(
      true,
    );
    const named = diagnostics.filter((d) => d.code === 'ownership-undecided').map((d) => d.path);
    expect(named).toEqual(['t3.results.notProcessed.massRepeated', 't3.results.notProcessed.publication']);
  });

  it('contests the run of whole rows above the unclaimed row up to a short row, and nothing else', () => {
    // r1 whole; r2 short (a wrapped tail); r3 and r4 whole on their lines; a row's worth after r4; r5 whole.
    const rows = [
      labelled(1, 1, [1, 2, 3, 0, 0, 0, 6]),
      labelled(2, 2, [4], true),
      labelled(3, 3, [0, 5, 0, 0, 0, 0, 5]),
      labelled(4, 4, [0, 0, 7, 0, 0, 0, 7]),
      labelled(5, 6, [9, 0, 0, 0, 0, 0, 9]),
    ];
    // (the short row is stated from its one number, in its first column)
    rows[1] = { ...rows[1]!, columns: [{ status: 'value', token: rows[1]!.items[0]!.token as ValueToken }] };
    const unclaimed = items([2, 0, 0, 0, 0, 1, 3], 5);
    const out = decideUnownedAfter(rows, unclaimed, rowHolds);
    expect(out.map((d) => [d.row, d.columns, d.candidates])).toEqual([
      [
        't3.r4',
        [0, 2, 5, 6],
        [
          [0, 2],
          [7, 0],
          [0, 1],
          [7, 3],
        ],
      ],
      [
        't3.r3',
        [1, 2, 6],
        [
          [5, 0],
          [0, 7],
          [5, 7],
        ],
      ],
      ['t3.r2', [0], [[4, 0]]],
    ]);
    expect(out.every((d) => d.repair === 'unowned-after')).toBe(true);
  });

  it('contests a number of the row where the other reading has a blank cell (0 and blank are different cells: probe seed 241 p03)', () => {
    // r1 short (a wrapped tail); r2 whole on its line; after it a row's worth with two blank cells.
    const rows = [labelled(1, 1, [4], true), labelled(2, 2, [0, 3, 0, 0, 0, 0, 3])];
    rows[0] = { ...rows[0]!, columns: [{ status: 'value', token: rows[0]!.items[0]!.token as ValueToken }] };
    const unclaimed = items([0, 0, 20, 0, 0, 0, 20], 3);
    for (const j of [3, 4]) {
      const t = unclaimed[j]!.token;
      unclaimed[j] = {
        ...unclaimed[j]!,
        token: { kind: 'blank', raw: '无', start: t.start, end: t.start + 1, line: t.line, gapBefore: 1, lineStart: false },
      } as unknown as RowItem;
    }
    const out = decideUnownedAfter(rows, unclaimed, rowHolds);
    expect(out.map((d) => [d.row, d.columns, d.candidates])).toEqual([
      ['t3.r2', [1, 2, 3, 4, 6], [[3, 0], [0, 20], [0], [0], [3, 20]]],
      ['t3.r1', [0], [[4, 0]]],
    ]);
  });

  it('leaves the rows alone where no short row tops the run, or the unclaimed numbers are not a row', () => {
    const whole = [labelled(1, 1, [1, 2, 3, 0, 0, 0, 6]), labelled(2, 2, [0, 5, 0, 0, 0, 0, 5]), labelled(3, 3, [0, 0, 7, 0, 0, 0, 7])];
    // every row above whole: the shifted reading leaves a row's numbers over at the top
    expect(decideUnownedAfter(whole, items([2, 0, 0, 0, 0, 1, 3], 4), rowHolds)).toEqual([]);
    const topped = [labelled(1, 1, [4], false), ...whole.slice(1)];
    // a stray number or two after the row is no row's worth
    expect(decideUnownedAfter(topped, items([2, 3], 4), rowHolds)).toEqual([]);
    // a row's count of numbers keeping no row sum (pieces of wrapped numbers) is no row either
    expect(decideUnownedAfter(topped, items([2, 0, 0, 0, 0, 1, 4], 4), rowHolds)).toEqual([]);
    // a row between them not found (orders 1 and 3): the run stops, nothing contested
    expect(decideUnownedAfter([topped[0]!, topped[2]!], items([2, 0, 0, 0, 0, 1, 3], 4), rowHolds)).toEqual([]);
    // the same with the run adjacent: contested
    expect(decideUnownedAfter(topped, items([2, 0, 0, 0, 0, 1, 3], 4), rowHolds).map((d) => d.row)).toEqual(['t3.r3', 't3.r2']);
  });
});
