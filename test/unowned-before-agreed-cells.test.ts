/**
 * Table 三's numbers before a row's label, no row claiming them (`repairs/unowned-before.ts`): the row's
 * stated cells are contested by the numbers before its label, and a cell both readings agree on used
 * to stay stated. Plain `pdftotext` of a Chromium print, numbers wrapped in narrow cells: `１２` over
 * `０` (120) in the row, `１２` over `１` (121) in the row before, so both readings state 12, while
 * neither keeps the row's sum (silently wrong: the merged row holds ambiguous cells, so validation
 * skips the sum). Where both readings give the row a whole row of numbers and neither keeps its sum,
 * the cell they agree on is contested too. Our own report (probe seed 352 p09).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { readFixture } from './helpers/probe-fixtures.js';
import { decideUnownedBefore, type LabelledRow } from '../src/repairs/unowned-before.js';
import type { RowItem } from '../src/tables/placement.js';

const ROW = 't3.results.unableToProvide.stillUnclear';

/** A value item at `start`. */
function item(start: number, value: number): RowItem {
  return { token: { kind: 'value', start, end: start + 1, raw: String(value), content: { kind: 'number', value } } } as unknown as RowItem;
}

describe('numbers before a row label: a cell both readings agree on', () => {
  it('is contested where neither reading keeps the row sum (probe 352 p09, Chromium plain)', () => {
    const { report, diagnostics } = parseReport(readFixture('probe-352-p09-chromium-plain.txt'), { format: 'text' });
    const cell = listCells(report!).find((c) => c.address === `${ROW}.researchInstitution`);
    expect(cell?.status).toBe('ambiguous');
    expect(cell?.candidates).toEqual([12]);
    const warning = diagnostics.find((d) => d.code === 'ownership-undecided' && d.path === ROW);
    expect(warning?.addresses).toContain(`${ROW}.researchInstitution`);
  });

  /** Rows `a` (order 0, numbers `prev`) and `b` (order 1, numbers `own`), the numbers `before` unclaimed between their labels. */
  const decide = (own: number[], before: number[], breaks: (items: readonly RowItem[]) => boolean) => {
    const prev = [item(1, 1), item(2, 2), item(3, 3)];
    const mine = own.map((v, k) => item(40 + k, v));
    const unplaced = before.map((v, k) => item(20 + k, v));
    const columns = (items: RowItem[]): LabelledRow['columns'] => items.map((i) => ({ status: 'value', token: i.token }) as never);
    const rows: LabelledRow[] = [
      { row: 'r.a', labelStart: 0, order: 0, cells: 3, items: prev, numbersOnLabelLine: false, columns: columns(prev) },
      { row: 'r.b', labelStart: 30, order: 1, cells: 3, items: mine, numbersOnLabelLine: false, columns: columns(mine) },
    ];
    return decideUnownedBefore(rows, unplaced, (_, items) => breaks(items)).map((d) => [d.row, d.columns, d.candidates]);
  };
  // (the last cell the sum of the others)
  const breaksSum = (items: readonly RowItem[]): boolean => {
    const v = items.map((i) => (i.token.kind === 'value' ? i.token.content.value : 0));
    return v[2] !== (v[0] as number) + (v[1] as number);
  };

  it('stays stated where a reading keeps the sum', () => {
    expect(decide([12, 5, 17], [12, 6, 99], breaksSum)).toEqual([
      [
        'r.b',
        [1, 2],
        [
          [5, 6],
          [17, 99],
        ],
      ],
    ]);
  });

  it('is contested alone where neither reading keeps it', () => {
    expect(decide([12, 5, 40], [12, 6, 99], breaksSum)).toEqual([['r.b', [0, 1, 2], [[12], [5, 6], [40, 99]]]]);
  });
});
