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

/**
 * For each row of one sub-table (template order), whether its blocks' order is unconfirmed because
 * the row before printed some of its cells joined on one line (see the module comment): the row
 * before has two or more numbers on one line and a number on another (fewer lines than numbers, more
 * than one); this row's numbers each have a line of their own, a blank line before one after the first.
 */
export function underJoinedLine(rows: readonly RowItems[]): boolean[] {
  const values = (r: RowItems | undefined): RowItem[] => (r ?? []).filter((i) => i.token.kind === 'value');
  const lineCount = (v: readonly RowItem[]): number => new Set(v.map((i) => i.token.line)).size;
  return rows.map((r, i) => {
    const own = values(r);
    const above = values(rows[i - 1]);
    const joined = lineCount(above);
    return (
      own.length > 1 &&
      lineCount(own) === own.length &&
      own.slice(1).some((v) => v.token.gapBefore > 0) &&
      joined > 1 &&
      joined < above.length
    );
  });
}
