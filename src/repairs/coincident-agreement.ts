/**
 * Two readings of a table (`either-way.ts`) that tie one row to different source numbers can still
 * state the same value in a cell (two source rows both print `0` there). That agreement is evidence
 * only if one of the readings is right about the row; when a reading's own row contradicts its
 * arithmetic (every cell stated, the parts not adding up to the total), that reading has the row
 * out of step (a wrapped total read as two numbers shifts every cell by one), and the other
 * reading alone is no evidence against an order the text could not decide. Such a coincident
 * agreement is not kept: the cell is `ambiguous` with its one candidate.
 */
import type { Cell } from '../model/cell.js';
import { TABLE3_COLUMNS } from '../template/table3.js';

/** Key of a table-三 row's total (the template's last column). */
const ROW_TOTAL_KEY = 'total';

/** Keys of a table-三 row's parts, in column order (the template's columns but the total); their sum is the total. */
const ROW_PART_KEYS: readonly string[] = TABLE3_COLUMNS.map((c) => c.key).filter((k) => k !== ROW_TOTAL_KEY);

function statedValue(x: unknown): number | null {
  if (typeof x !== 'object' || x === null || !('status' in x) || !('value' in x)) return null;
  const c = x as Cell;
  return c.status === 'value' ? c.value : null;
}

/**
 * Whether a reading's table-三 row contradicts its own arithmetic: every part and the total stated
 * and the parts not adding up to the total. `false` for anything that is not such a row or has a
 * cell not stated (nothing to contradict).
 */
export function table3RowContradicts(row: Record<string, unknown>): boolean {
  const total = statedValue(row[ROW_TOTAL_KEY]);
  if (total === null) return false;
  let sum = 0;
  for (const key of ROW_PART_KEYS) {
    const v = statedValue(row[key]);
    if (v === null) return false;
    sum += v;
  }
  return sum !== total;
}

/**
 * Whether two readings' equal cells are a coincidence rather than evidence: they come from
 * different source numbers (different locations) and either reading's row contradicts itself
 * (`rowContradicts`).
 */
export function coincidentAgreement(
  x: Cell,
  y: Cell,
  rowA: Record<string, unknown>,
  rowB: Record<string, unknown>,
  rowContradicts: (row: Record<string, unknown>) => boolean,
): boolean {
  if (x.status !== 'value' || y.status !== 'value') return false;
  if (!x.location || !y.location || x.location.start === y.location.start) return false;
  return rowContradicts(rowA) || rowContradicts(rowB);
}
