/**
 * Two neighbouring cells of a table-三 row printed without a gap between them. In `pdftotext
 * -layout` text of a browser's print, wide numbers in narrow columns can touch: the last two cells
 * of `本年新收… 204 251 188 288 282 3071520` are 307 and 1520. Nothing marks such a word as two
 * numbers (no label text touches it, no thousands separator is out of place), and the row reads
 * one cell short, as if it lost a blank.
 *
 * The evidence is counted and checked, never the order alone: the row is exactly one number short
 * of its cells; its widest number has more digits than any number a whole row of the table prints
 * (a number that wide stands nowhere else in the table); and a cut of that number into two keeps
 * the row sum with the total written. Such cuts are readings of the row beside those with a
 * vanished blank: the table's column relations decide among them (`row-search.ts`), and where
 * several remain the cells stay ambiguous.
 */
import { valuesStatus, type IndexedRelation } from '../template/arithmetic.js';
import type { WorkBudget } from './budget.js';
import { LAST_IS_SUM, readingsOfRow } from './digit-runs.js';
import type { RowItem } from './placement.js';
import type { RowSegment } from './rows.js';

/** A plain integer of digits only (a value with a sign, decimals or separators is not cut here). */
const DIGITS_RE = /^\d+$/;

/** The digits of an item's number, or 0 for a blank or a number that is not a plain integer. */
function digitsOf(item: RowItem): number {
  const t = item.token;
  return t.kind === 'value' && DIGITS_RE.test(t.raw) ? t.raw.length : 0;
}

/**
 * The readings of a row one number short whose widest number is two cells run together (see the
 * module comment), for the rows `rows` of a table of `ncols` columns whose last cell is the sum of
 * the others (`rowSum`, the row's equation over its cells in column order: table 三's
 * `TABLE3_ROW_SUM`): a function of a row's items giving those readings (none where the evidence is
 * not there), or null where `budget` ran out.
 */
export function runTogetherReadings(
  rows: readonly RowSegment<string>[],
  ncols: number,
  budget: WorkBudget,
  rowSum: IndexedRelation,
): (items: readonly RowItem[]) => RowItem[][] | null {
  let widest = 0;
  for (const r of rows) {
    const items = r.evidence.items;
    if (items.length !== ncols || items.some((i) => i.token.kind !== 'value')) continue;
    for (const i of items) widest = Math.max(widest, digitsOf(i));
  }
  // (the row's equation holds: a blank part counts as 0, a blank total leaves it unchecked)
  const writtenSum = (v: (number | null)[]): boolean => valuesStatus(rowSum, v) === 'holds';
  return (items) => {
    // (no whole row to compare with: no width is evidence)
    if (widest === 0 || items.length !== ncols - 1 || items.some((i) => i.token.kind !== 'value' || i.token.glued === true)) return [];
    let at = -1;
    for (let k = 0; k < items.length; k++) if (at < 0 || digitsOf(items[k] as RowItem) > digitsOf(items[at] as RowItem)) at = k;
    const run = items[at] as RowItem;
    if (digitsOf(run) <= widest) return [];
    const marked = items.map((i) => (i === run ? { ...i, token: { ...i.token, glued: true } } : i));
    return readingsOfRow(marked, ncols, writtenSum, () => false, true, budget, LAST_IS_SUM);
  };
}
