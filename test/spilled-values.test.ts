/**
 * A short table-三 row whose numbers may stand after the next row's label, where blank cells
 * vanish (plain pdftotext of a LibreOffice print): the short row's label line holds its first
 * number and the rest of both rows' numbers follow the next label. Our own text
 * (test/helpers/fixtures.ts pipeReport) written as a block stream, the two rows rearranged so.
 */
import { describe, expect, it } from 'vitest';
import { pipeReport } from './helpers/fixtures.js';
import { asBlockStream, readTable3, rewriteTable3 } from './helpers/block-stream.js';
import { decideSpilledValues } from '../src/repairs/spilled-values.js';
import type { RowItem } from '../src/tables/placement.js';
import type { RowSegment } from '../src/tables/rows.js';
import type { LabelToken, ValueToken } from '../src/tables/tokens.js';

const read = (text: string): ReturnType<typeof readTable3> => readTable3(text, 't3.results.denied.internalAffairs');

/** Rows 4 and 5 of 不予公开 printed interleaved: row 4's label line with its first number, row 5's label wrapped around one. */
function interleaved(row4: string, row5: string, numbers: readonly string[]): string {
  return asBlockStream(
    pipeReport({ '4.保护第三方合法权益': row4, '5.属于三类内部事务信息': row5 }),
    new Map([
      [
        '4.保护第三方合法权益',
        [`4.保护第三方合法权益 ${numbers[0]}`, '5.属于三类内部事务信', numbers[1] as string, '息', ...numbers.slice(2)],
      ],
      ['5.属于三类内部事务信息', []],
    ]),
  );
}

describe('spilled values (a short row, the next row after its label)', () => {
  it('leaves the next row ambiguous where its zeros may be the short row’s (no equation tells them apart)', () => {
    // Row 4 is 0 0 _ 0 _ _ _ and row 5 is 0 0 0 0 0 _ _: eight zeros, one on row 4's label line.
    const { row, codes } = read(interleaved('0 | 0 |  | 0 |  |  | ', '0 | 0 | 0 | 0 | 0 |  | ', ['0', '0', '0', '0', '0', '0', '0', '0']));
    // Read as printed, row 5 took seven zeros (two of them row 4's): its blank otherOrg and total read 0.
    expect(row('results.denied.internalAffairs')).toEqual(Array(7).fill('ambiguous'));
    expect(codes.has('values-may-belong-above')).toBe(true);
  });

  it('reads the next row as printed where moving any of its numbers breaks a row sum', () => {
    // Row 4 is 0 _ _ _ _ _ _ (its label line holds it); row 5 has no zero to give: 5 3 2 1 4 6 21.
    const { row, codes } = read(
      interleaved('0 |  |  |  |  |  | ', '5 | 3 | 2 | 1 | 4 | 6 | 21', ['0', '5', '3', '2', '1', '4', '6', '21']),
    );
    expect(row('results.denied.internalAffairs')).toEqual([5, 3, 2, 1, 4, 6, 21]);
    expect(codes.has('values-may-belong-above')).toBe(false);
  });
});

/**
 * Table 三's pipe rows as plain pdftotext writes a LibreOffice print of narrow label cells: every
 * label and every number a block of its own (no numbers side by side: no block stream), blanks
 * printing nothing, with `replace` put in place of some rows.
 */
function asLoneBlocks(text: string, replace: ReadonlyMap<string, readonly string[]>): string {
  return rewriteTable3(
    text,
    (cells) => [cells.join(' ')],
    ({ labels, numbers }) => {
      const key = labels[labels.length - 1] as string;
      return (replace.get(key) ?? [...labels, ...numbers]).flatMap((b) => [b, '']);
    },
  );
}

/**
 * Rows 1 and 2 of 不予公开 with wrapped labels: row 1's last piece and row 2's first piece one
 * block, then the numbers of both rows (row 1's printed at its label's first line, which the block
 * above pushed after row 2's first piece), then row 2's last piece.
 */
function emptyThenWrapped(row1: string, row2: string, numbers: readonly string[]): string {
  return asLoneBlocks(
    pipeReport({ '(三)不予公开 | 1.属于国家秘密': row1, '2.其他法律行政法规禁止公开': row2 }),
    new Map([
      ['1.属于国家秘密', ['1.属于国家秘', '密\n2.其他法律行政法', ...numbers, '规禁止公开']],
      ['2.其他法律行政法规禁止公开', []],
    ]),
  );
}

describe('spilled values (a row showing no number, the next row’s label in one block with it)', () => {
  it('leaves the next row ambiguous where the zeros after its first piece may be the row above’s', () => {
    // Row 1 is _ 0 0 0 _ _ 0 and row 2 is 0 0 0 _ _ _ _: seven zeros, all after row 2's first piece.
    const text = emptyThenWrapped(' | 0 | 0 | 0 |  |  | 0', '0 | 0 | 0 |  |  |  | ', Array(7).fill('0'));
    const { row, codes } = readTable3(text, 't3.results.denied.prohibitedByLaw');
    // Read as printed, row 2 took all seven: its blank publicInterestOrg, legalServiceOrg, otherOrg and total read 0.
    expect(row('results.denied.prohibitedByLaw')).toEqual(Array(7).fill('ambiguous'));
    expect(row('results.denied.stateSecret')).toEqual(Array(7).fill('missing'));
    expect(codes.has('values-may-belong-above')).toBe(true);
  });

  it('reads the next row as printed where no move of its numbers keeps both row sums', () => {
    // Row 1 is blank; row 2 has no zero to give: 5 3 2 1 4 6 21.
    const text = emptyThenWrapped(' |  |  |  |  |  | ', '5 | 3 | 2 | 1 | 4 | 6 | 21', ['5', '3', '2', '1', '4', '6', '21']);
    const { row, codes } = readTable3(text, 't3.results.denied.prohibitedByLaw');
    expect(row('results.denied.prohibitedByLaw')).toEqual([5, 3, 2, 1, 4, 6, 21]);
    expect(codes.has('values-may-belong-above')).toBe(false);
  });

  it('reads the next row as printed where a blank line sets its label off from the text above', () => {
    // The same zeros, row 1's last piece a block of its own: row 1's numbers would stand before row 2's label.
    const text = asLoneBlocks(
      pipeReport({ '(三)不予公开 | 1.属于国家秘密': ' |  |  |  |  |  | ', '2.其他法律行政法规禁止公开': '0 | 0 | 0 | 0 | 0 | 0 | 0' }),
      new Map([
        ['1.属于国家秘密', ['1.属于国家秘', '密', '2.其他法律行政法', ...Array<string>(7).fill('0'), '规禁止公开']],
        ['2.其他法律行政法规禁止公开', []],
      ]),
    );
    const { row, codes } = readTable3(text, 't3.results.denied.prohibitedByLaw');
    expect(row('results.denied.prohibitedByLaw')).toEqual(Array(7).fill(0));
    expect(codes.has('values-may-belong-above')).toBe(false);
  });
});

describe('decideSpilledValues: a row showing no number (rows as the segmentation gives them)', () => {
  let line = 0;
  const label = (text: string, gapBefore: number): LabelToken => {
    line += gapBefore + 1;
    return { kind: 'label', text, start: line * 10, end: line * 10 + text.length, line, gapBefore, lineStart: true };
  };
  /** `n` zeros, each a block of its own (a blank line before it) but the ones at `underPrevious`, right under the zero before. */
  const zeros = (n: number, underPrevious: readonly number[] = []): RowItem[] =>
    Array.from({ length: n }, (_, j) => {
      const gapBefore = underPrevious.includes(j) ? 0 : 1;
      line += gapBefore + 1;
      const token: ValueToken = {
        kind: 'value',
        raw: '0',
        content: { kind: 'number', value: 0, signed: false, digits: '0' },
        start: line * 10,
        end: line * 10 + 1,
        line,
        gapBefore,
        lineStart: true,
      };
      return { token, collapsedBefore: 0, run: 0 };
    });
  const row = (key: string, l: LabelToken, items: RowItem[], at: number): RowSegment<string> => ({
    key,
    label: l,
    labels: [l],
    how: 'exact',
    matched: key,
    evidence: { items, gapsVisible: false, collapsedAfter: null },
    overflow: [],
    at,
  });
  /**
   * Rows p (with `before` zeros), a (none) and b (seven zeros), a's and b's labels one block (or,
   * with `bGap`, set off by blank lines), b's zeros at `underPrevious` right under the one before.
   */
  const decide = (
    before: number,
    { bGap = 0, underPrevious = [] as number[], tableHolds = (_assignment: ReadonlyMap<string, readonly RowItem[]>): boolean => true } = {},
  ) => {
    line = 0;
    const p = row('p', label('p', 1), zeros(before), 0);
    const a = row('a', label('a', 1), [], 1);
    const b = row('b', label('b', bGap), zeros(7, underPrevious), 2);
    return decideSpilledValues({
      rows: [p, a, b],
      dataRows: ['p', 'a', 'b'],
      ncols: 7,
      blanksVanish: false,
      blocksSetOff: true,
      vanishedAtMost: 21,
      readings: new Map(),
      rowSum: (v) => v.slice(0, 6).reduce<number>((x, y) => x + (y ?? 0), 0) === (v[6] ?? 0),
      tableHolds,
    });
  };

  it("moves b's zeros to a where the row before holds its own count", () => {
    const d = decide(7);
    expect(d.map((x) => [x.rows[0].segment.key, x.rows[1].segment.key])).toEqual([['a', 'b']]);
    expect(d[0]?.moves).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('decides nothing where the row before holds more numbers than its cells (a’s may be among them)', () => {
    expect(decide(14)).toEqual([]);
  });

  it('decides nothing where b’s label is set off by a blank line and each of its numbers is a block of its own', () => {
    expect(decide(7, { bGap: 1 })).toEqual([]);
  });

  it('moves b’s zeros to a where b’s label is set off but two of its numbers are one block of two lines (two heights)', () => {
    const d = decide(7, { bGap: 1, underPrevious: [3] });
    expect(d.map((x) => [x.rows[0].segment.key, x.rows[1].segment.key])).toEqual([['a', 'b']]);
    expect(d[0]?.moves).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('judges the moves by the row sums alone where the table’s equations fail with b as read too', () => {
    // (every reading fails the table: it fails for another reason and refutes no move)
    expect(decide(7, { tableHolds: () => false })[0]?.moves).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps the table’s judgement where the equations hold with b as read', () => {
    // (b as read holds; every move fails)
    let calls = 0;
    const holdsAsReadOnly = (assignment: ReadonlyMap<string, readonly RowItem[]>): boolean => {
      calls++;
      return assignment.size === 1;
    };
    expect(decide(7, { tableHolds: holdsAsReadOnly })).toEqual([]);
    expect(calls).toBeGreaterThan(1);
  });
});
