/**
 * A row found by a later piece of its wrapped label, its numbered beginning's line holding fewer
 * numbers than the row's cells (issue 12, hunt25: a LibreOffice PDF read with `-layout`, numbers
 * wrapped in their narrow cells, the pieces left apart). The row found by the later piece took that
 * line's two numbers and stated its five other cells blank, while the beginning's line held five
 * numbers no row took: numbers of no known columns (blanks print nothing), so they gave no candidate
 * and the five blanks were stated silently. A stated blank is now contested by every number whose
 * place may reach its column (`repairs/label-begun-before.ts`). Our own tokens.
 */
import { describe, expect, it } from 'vitest';
import { decideLabelBegunBefore } from '../src/repairs/label-begun-before.js';
import type { LabelledRow } from '../src/repairs/unowned-before.js';
import { items as lineItems, label } from './helpers/line-tokens.js';
import type { BlankToken, LabelToken, TableToken, ValueToken } from '../src/tables/tokens.js';
import type { Placement, RowItem } from '../src/tables/placement.js';

/** The values of line `line` as items (offsets `line * 100 + 40 + 6j`). */
const items = (values: readonly number[], line: number): RowItem[] => lineItems(values, line, 6);

// Line 1: the row's numbered beginning (`2.第二`) and five numbers no row took (two more cells
// wrapped: their pieces printed nothing on this line); line 2: the piece the row was found by
// (`行标签`) and two numbers, the wrapped cells' last pieces, placed in the last two columns.
const BEGINNING = items([31, 7, 42, 250, 9876], 1);
const FOUND = items([5, 3], 2);
const TOKENS: TableToken[] = [label('2.第二', 1), ...BEGINNING.map((i) => i.token), label('行标签', 2), ...FOUND.map((i) => i.token)];
const BLANK = { kind: 'blank', raw: '', start: 0, end: 0, line: 2 } as unknown as BlankToken;
const COLUMNS: Placement[] = [
  ...Array.from({ length: 5 }, (): Placement => ({ status: 'blank', token: BLANK })),
  ...FOUND.map((it): Placement => ({ status: 'value', token: it.token as ValueToken })),
];
const ROW: LabelledRow = { row: 't3.r2', labelStart: 200, order: 2, cells: 7, items: FOUND, numbersOnLabelLine: true, columns: COLUMNS };
const begins = (t: LabelToken): string | null | undefined => (t.text === '2.第二' ? 't3.r2' : t.text === '行标签' ? undefined : null);

describe('label-begun-before: fewer numbers on the beginning’s line than the row’s cells', () => {
  it('contests every cell: a stated blank by the numbers whose place may reach its column', () => {
    const [d, ...rest] = decideLabelBegunBefore({ tokens: TOKENS, rows: [ROW], unplaced: BEGINNING, begins });
    expect(rest).toEqual([]);
    expect(d?.repair).toBe('label-begun-before');
    expect(d?.row).toBe('t3.r2');
    expect(d?.columns).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // (five numbers for seven cells: the number at k stands in a column from k to k + 2)
    expect(d?.candidates).toEqual([[31], [31, 7], [31, 7, 42], [7, 42, 250], [42, 250, 9876], [5], [3]]);
    expect(d?.unclaimed).toEqual(['31', '7', '42', '250', '9876']);
  });

  it('on a whole line, contests a blank by the number in its column only', () => {
    const whole = items([31, 7, 42, 250, 9876, 11, 12], 1);
    const tokens: TableToken[] = [label('2.第二', 1), ...whole.map((i) => i.token), label('行标签', 2), ...FOUND.map((i) => i.token)];
    const [d] = decideLabelBegunBefore({ tokens, rows: [ROW], unplaced: whole, begins });
    expect(d?.columns).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(d?.candidates).toEqual([[31], [7], [42], [250], [9876], [5, 11], [3, 12]]);
  });
});
