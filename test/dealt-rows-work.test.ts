/**
 * The work of the deal with vanished blanks (`repairs/dealt-rows.ts`): each choice of the rows that
 * lost a cell deals every row again, but a row that lost none reads the same wherever its numbers
 * start, so its row sum is asked once per start, not once per choice. Our own tokens, built here.
 */
import { describe, expect, it } from 'vitest';
import { dealRowsWithVanished } from '../src/repairs/dealt-rows.js';
import { WorkBudget } from '../src/tables/budget.js';
import type { RowItem } from '../src/tables/placement.js';
import type { LabelToken, TableToken, ValueToken } from '../src/tables/tokens.js';

/** Rows of the table, cells per row. */
const ROWS = 8;
const NCOLS = 2;
/** Cells per row of the table that lost two (a row keeps a number however many it lost). */
const WIDE = 3;

/** `ROWS` labels on lines of their own, then `ncols·ROWS − vanished` numbers each on a line of its own. */
function tokens(vanished = 1, ncols = NCOLS): TableToken[] {
  const out: TableToken[] = [];
  let at = 0;
  const base = { gapBefore: 0, lineStart: true };
  for (let k = 0; k < ROWS; k++) {
    const text = `${k + 1}.第${k + 1}行`;
    out.push({ kind: 'label', text, start: at, end: at + text.length, line: k, ...base });
    at += text.length + 1;
  }
  for (let k = 0; k < ncols * ROWS - vanished; k++) {
    const value: ValueToken = {
      kind: 'value',
      raw: '1',
      content: { kind: 'number', value: 1, signed: false, digits: '1' },
      start: at,
      end: at + 1,
      line: ROWS + k,
      ...base,
    };
    out.push(value);
    at += 2;
  }
  return out;
}

describe('deal with vanished blanks: work', () => {
  it('asks the row sum of a row that lost no cell once per start of its numbers, not once per choice', () => {
    let whole = 0;
    const rowSum = (_key: string, items: readonly RowItem[]): 'holds' | 'fails' => {
      if (items.every((i) => i.token.kind === 'value')) whole++;
      return 'holds';
    };
    const d = dealRowsWithVanished({
      tokens: tokens(),
      rowStart: (l: LabelToken) => ({ key: `r${l.line}`, matched: l.text, how: 'exact' }),
      ncols: NCOLS,
      rowSum,
      tableHolds: () => true,
      budget: WorkBudget.forTable(100),
    });
    expect(d?.vanished).toBe(1);
    // Every row may have lost the cell (ROWS choices): each reads whole, or with the blank first or last.
    expect([...(d?.readings.values() ?? [])].map((r) => r.length)).toEqual(new Array<number>(ROWS).fill(3));
    // A row starts at 2k (no row before it lost the cell) or 2k − 1: two starts at most per row
    // (one for the first row); once per choice would ask ROWS · (ROWS − 1) = 56 times.
    expect(whole).toBe(2 * ROWS - 2);
  });

  it('reads a row that lost a cell once per start of its numbers, paying the budget as often as it is asked', () => {
    let withBlank = 0;
    const rowSum = (_key: string, items: readonly RowItem[]): 'holds' | 'fails' => {
      if (items.some((i) => i.token.kind === 'blank')) withBlank++;
      return 'holds';
    };
    const budget = WorkBudget.forTable(100);
    const d = dealRowsWithVanished({
      tokens: tokens(2, WIDE),
      rowStart: (l: LabelToken) => ({ key: `r${l.line}`, matched: l.text, how: 'exact' }),
      ncols: WIDE,
      rowSum,
      tableHolds: () => true,
      budget,
    });
    expect(d?.vanished).toBe(2);
    // Two rows lost a cell each (28 choices) or one row both (8): a row that lost one starts its
    // numbers at 3k or 3k − 1 (2·ROWS − 2 starts, each read with the blank in one of 3 places), a
    // row that lost two at 3k (ROWS starts, 3 places for the blanks). Read once per choice, that
    // was 28 · 2 · 3 + 8 · 3 = 192 row sums.
    expect(withBlank).toBe(3 * (2 * ROWS - 2) + 3 * ROWS);
    // The budget pays for every reading asked (as when each was read again): the work counted is the same.
    expect(budget.spent).toBe(2952);
  });
});
