/**
 * The numbered beginning's numbers held by the row above (issue 12, pdf8): a row found by a later
 * piece of its wrapped label (`repairs/label-begun-before.ts`) is contested by the numbers on its
 * numbered beginning's line where no row took them, and also where the row above took them among
 * more numbers than its cells (its own numbers wrapped too and left unjoined, it ran on over the
 * next row's beginning down to the piece that row was found by). Our own tokens.
 */
import { describe, expect, it } from 'vitest';
import { decideLabelBegunBefore } from '../src/repairs/label-begun-before.js';
import type { LabelledRow } from '../src/repairs/unowned-before.js';
import { items as lineItems, label } from './helpers/line-tokens.js';
import type { Placement, RowItem } from '../src/tables/placement.js';
import type { LabelToken, TableToken, ValueToken } from '../src/tables/tokens.js';

/** The values of line `line` as items (offsets `line * 100 + 40 + 4j`). */
const items = (values: readonly number[], line: number): RowItem[] => lineItems(values, line, 4);

// Line 1: the row above (`4.第四行`) and its seven numbers; line 2: the next row's numbered
// beginning (`5.第五`) and seven numbers; line 3: the piece that row was found by (`内部`), seven.
const LINE1 = items([1, 1, 1, 1, 1, 1, 6], 1);
const LINE2 = items([2, 2, 2, 2, 2, 2, 12], 2);
const LINE3 = items([3, 3, 3, 3, 3, 3, 18], 3);
const TOKENS: TableToken[] = [
  label('4.第四行', 1),
  ...LINE1.map((i) => i.token),
  label('5.第五', 2),
  ...LINE2.map((i) => i.token),
  label('内部', 3),
  ...LINE3.map((i) => i.token),
];
const stated = (its: readonly RowItem[]): Placement[] => its.map((it) => ({ status: 'value', token: it.token as ValueToken }));
const fifth: LabelledRow = {
  row: 't3.r5',
  labelStart: 300,
  order: 5,
  cells: 7,
  items: LINE3,
  numbersOnLabelLine: true,
  columns: stated(LINE3),
};
const begins = (t: LabelToken): string | null | undefined => (t.text === '5.第五' ? 't3.r5' : t.text === '内部' ? undefined : null);

describe('label-begun-before: the beginning’s numbers held by an overfull row above', () => {
  it('held among more numbers than the row above has cells: the row found by its later piece is contested, every cell', () => {
    const fourth: LabelledRow = {
      row: 't3.r4',
      labelStart: 100,
      order: 4,
      cells: 7,
      items: [...LINE1, ...LINE2],
      numbersOnLabelLine: true,
    };
    const [d, ...rest] = decideLabelBegunBefore({ tokens: TOKENS, rows: [fourth, fifth], unplaced: [], begins });
    expect(rest).toEqual([]);
    expect(d?.row).toBe('t3.r5');
    expect(d?.columns).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(d?.candidates).toEqual([
      [3, 2],
      [3, 2],
      [3, 2],
      [3, 2],
      [3, 2],
      [3, 2],
      [18, 12],
    ]);
    expect(d?.unclaimed).toEqual(['2', '2', '2', '2', '2', '2', '12']);
  });

  it('held by a row with no more numbers than its cells (its own): no contest', () => {
    const fourth: LabelledRow = {
      row: 't3.r4',
      labelStart: 100,
      order: 4,
      cells: 7,
      items: LINE2,
      numbersOnLabelLine: false,
      columns: stated(LINE2),
    };
    expect(decideLabelBegunBefore({ tokens: TOKENS, rows: [fourth, fifth], unplaced: [], begins })).toEqual([]);
  });

  it('no row took them: contested as before', () => {
    const fourth: LabelledRow = {
      row: 't3.r4',
      labelStart: 100,
      order: 4,
      cells: 7,
      items: LINE1,
      numbersOnLabelLine: true,
      columns: stated(LINE1),
    };
    expect(decideLabelBegunBefore({ tokens: TOKENS, rows: [fourth, fifth], unplaced: LINE2, begins }).map((d) => d.row)).toEqual(['t3.r5']);
  });
});
