/**
 * Small tables for the number-stream repairs' unit tests (moved runs, side-by-side pieces, bands):
 * named rows with a total row last, columns x, y, z and the row total s, and the two kinds of
 * equations table 三 has (each row's sum, each column's total over the rows before the last).
 */
import type { TableRelation } from '../../src/template/relations.js';

/** The columns of a small table: x, y, z and the row total s. */
export const SMALL_COLUMNS: readonly string[] = ['x', 'y', 'z', 's'];

/** A small table of `rows` (the last one the total row). */
export interface SmallTable {
  /** Each row's sum and each column's total over the rows before the last. */
  relations: TableRelation[];
  /** An address (`row.column`) to its data row and column, or null outside the table. */
  cellAt: (address: string) => { row: number; column: number } | null;
}

/** The equations and the address map of a small table of `rows`, its total row last. */
export function smallTable(rows: readonly string[]): SmallTable {
  const relations: TableRelation[] = [
    ...rows.map((r): TableRelation => ({ rule: 'T3.ROWSUM', row: r, left: [`${r}.s`], right: ['x', 'y', 'z'].map((c) => `${r}.${c}`) })),
    ...SMALL_COLUMNS.map((c): TableRelation => ({
      rule: 'T3.RESULTS',
      column: 'total',
      left: [`${rows[rows.length - 1] as string}.${c}`],
      right: rows.slice(0, -1).map((r) => `${r}.${c}`),
    })),
  ];
  const cellAt = (address: string): { row: number; column: number } | null => {
    const [r, c] = address.split('.');
    const row = rows.indexOf(r as string);
    const column = SMALL_COLUMNS.indexOf(c as string);
    return row < 0 || column < 0 ? null : { row, column };
  };
  return { relations, cellAt };
}
