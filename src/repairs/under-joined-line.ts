/**
 * Repair: the order of a table-二 row's blocks right under a row that printed some of its cells
 * joined on one line. `pdftotext` joins two narrow cells of a row into one line where their gap is
 * small (`101 2` / `228`: the first two cells a line, the third a block of its own); that line is one
 * block spanning both columns, and the next row's blocks under it are no longer written in their
 * columns' order (`23` / `156` / `0` for `23 0 156`: the middle cell, under the joined line, last).
 * Table 二 has no arithmetic to show the order, and every row around may hold exactly its cells.
 *
 * The evidence, all of it required: the row before, in the same sub-table, holds a line with two or
 * more of its numbers and at least one number on another line (some, not all, of its cells joined);
 * and this row's numbers stand on separate lines with a blank line before one after its first
 * (separate blocks). Such a row's order is then checked as a block stream's is (`block-order.ts`:
 * a `block-order-unconfirmed` warning names every cell another order would change); its values stay.
 *
 * The repair decides; the reader applies the decision. Linear in the rows' items.
 */
import type { RowItem } from '../tables/placement.js';

/** The numbers (and blank markers) a row of a sub-table took, in the order printed; null: no row. */
export type RowItems = readonly RowItem[] | null;

/** Whether some, not all, of a row's numbers stand joined on one line (two or more on it). */
function partlyJoined(items: readonly RowItem[]): boolean {
  const values = items.filter((i) => i.token.kind === 'value');
  const perLine = new Map<number, number>();
  for (const v of values) perLine.set(v.token.line, (perLine.get(v.token.line) ?? 0) + 1);
  return perLine.size > 1 && [...perLine.values()].some((n) => n > 1);
}

/** Whether a row's numbers are separate blocks: each on its own line, a blank line before one after the first. */
function separateBlocks(items: readonly RowItem[]): boolean {
  const values = items.filter((i) => i.token.kind === 'value');
  if (values.length < 2) return false;
  const lines = new Set(values.map((v) => v.token.line));
  return lines.size === values.length && values.slice(1).some((v) => v.token.gapBefore > 0);
}

/**
 * For each row of one sub-table (template order), whether its blocks' order is unconfirmed because
 * the row before printed some of its cells joined on one line (see the module comment).
 */
export function underJoinedLine(rows: readonly RowItems[]): boolean[] {
  return rows.map((r, i) => {
    const before = rows[i - 1];
    return !!r && !!before && separateBlocks(r) && partlyJoined(before);
  });
}
