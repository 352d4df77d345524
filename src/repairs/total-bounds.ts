/**
 * Repair check: the results total bounds every result. Table 三's （七）总计 is the sum of the result
 * rows, column by column, and every cell of the table counts applications (never below zero), so no
 * result cell can exceed the total of its column. The equations alone cannot tell the total row from
 * another row whose numbers they also add up (the column balance `一 + 二 = 七 + 四` holds with the
 * total and the carried-forward row swapped); this bound can, wherever a result row of the column is
 * read.
 *
 * Used by the readers that try assignments of rows of numbers to labels (`stacked-rows.ts`,
 * `ordered-values.ts` through the table reader's check): an assignment under which a result cell
 * stands above its column's total is rejected. The check decides nothing by itself and never
 * changes a cell.
 */
import type { Operand } from '../template/arithmetic.js';

/** The total row's key and the prefix of the result rows' keys (template/table3.ts). */
const TOTAL_KEY = 'results.total';
const RESULTS_PREFIX = 'results.';

/**
 * Whether every result cell that is read is at most its column's total (where the total is read).
 * @param lookup a cell's operand by address (`t3.<row>.<column>`), null when unknown
 * @param rowKeys the version's data row keys
 * @param columns the column keys
 * @returns `{ holds: false, why }` naming the first cell above its total
 */
export function totalBoundsHold(
  lookup: (address: string) => Operand,
  rowKeys: readonly string[],
  columns: readonly string[],
): { holds: true } | { holds: false; why: string } {
  for (const col of columns) {
    const total = lookup(`t3.${TOTAL_KEY}.${col}`);
    if (typeof total !== 'number') continue;
    for (const key of rowKeys) {
      if (key === TOTAL_KEY || !key.startsWith(RESULTS_PREFIX)) continue;
      const v = lookup(`t3.${key}.${col}`);
      if (typeof v === 'number' && v > total) return { holds: false, why: `t3.${key}.${col} = ${v} is above its total ${total}` };
    }
  }
  return { holds: true };
}
