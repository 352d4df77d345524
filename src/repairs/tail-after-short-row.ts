/**
 * Repair check: the last row of table 三 read from the numbers after its label, right after a row
 * that shows fewer numbers than its cells, in a table whose blanks vanish (no blank marker, no
 * position grid). Plain `pdftotext` of a Chromium print writes the last rows' labels with their first
 * few numbers, then, after the last label, the other columns of those rows as a tail of bare number
 * lines (`column-tail.ts`). That repair reads the tail only where its count is exact (no cell of the
 * tail rows vanished); where blanks vanish the count tells nothing, and the numbers after the last
 * label may hold the short row's right-hand columns as well as the last row's own: a report of zeros
 * and blanks prints `（七）总计` / `四、结转下` / `0` / `年度继续办理` / `0` … as seven zeros after the
 * last label, some of them the rows' above. The arithmetic of such a table (zeros, short rows)
 * confirms nothing. The last row's stated cells are then named by a warning
 * (`numbers-may-be-row-before`), their values kept.
 *
 * The evidence read: the last row holding numbers is the last row label of the table in the text,
 * read once, its numbers all values (no blank marker) after its label (or its first piece), no more than a row's cells;
 * the row right before it in the text is the one right before it in the template and shows fewer
 * numbers than its cells (another label read as that row earlier in the text, a column heading
 * `合计` taken for the `合计` row, changes nothing: the segment right before the last label is the
 * one whose right-hand columns the tail may hold); the numbers of both stand as plain text writes them (none
 * glued to another, none set in by its position: `-layout` text and crawler text have no such
 * tail); the column-tail repair read nothing.
 *
 * The repair decides; the reader reports.
 */
import type { RowItem } from '../tables/placement.js';
import type { RowSegment } from '../tables/rows.js';
import { MIN_PLACED_INDENT } from '../tables/text-position.js';

/** What the check works from, given by the table reader. */
export interface TailAfterShortRowInput<K extends string> {
  /** Rows in source order. */
  rows: readonly RowSegment<K>[];
  /** The template's data rows, in order. */
  dataRows: readonly K[];
  /** Cells per row. */
  ncols: number;
  /** Whether the table's blanks vanish (no blank marker, no position grid) and no repair read its tail. */
  blanksVanish: boolean;
}

/** The last row whose numbers may hold the short row's before it. */
export interface TailAfterShortRowDecision<K extends string> {
  /** The short row. */
  short: RowSegment<K>;
  /** The last row, read from the numbers after its label. */
  last: RowSegment<K>;
}

/**
 * A number as plain `pdftotext` writes it: a value of its own (not glued to others, not inside a row
 * run on one line) at the margin or right after text, not set in by its position on the page.
 */
function plainNumber(i: RowItem): boolean {
  const t = i.token;
  if (t.kind !== 'value' || t.glued === true || t.inRow === true) return false;
  return t.column === undefined || (t.column < MIN_PLACED_INDENT && !(t.lineStart && t.column > 0));
}

/** Finds the last row whose numbers may hold the right-hand columns of the short row before it; null where there is none. */
export function decideTailAfterShortRow<K extends string>(input: TailAfterShortRowInput<K>): TailAfterShortRowDecision<K> | null {
  const { rows, dataRows, ncols } = input;
  if (!input.blanksVanish) return null;
  const at = rows.length - 1;
  const last = rows[at];
  const short = rows[at - 1];
  if (!last || !short) return null;
  const items = last.evidence.items;
  if (items.length === 0 || items.length > ncols || last.overflow.length > 0) return null;
  if (!items.every((i) => plainNumber(i) && i.token.start > last.label.start)) return null;
  // (the last row read once; the short row may have been taken by another label earlier in the text
  // too, a column heading `合计` read as the `合计` row: that segment stands before it, not between it
  // and the last label, so the numbers after the last label may hold this short row's columns all the same)
  if (rows.some((r, k) => k !== at && r.key === last.key)) return null;
  const place = dataRows.indexOf(last.key);
  if (place < 1 || dataRows[place - 1] !== short.key) return null;
  if (short.evidence.items.length >= ncols || !short.evidence.items.every(plainNumber) || short.overflow.length > 0) return null;
  return { short, last };
}
