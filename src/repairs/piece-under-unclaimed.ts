/**
 * Repair check: a short row holding a lone piece of digits that stands under a number no row
 * states (unclaimed, or held by a row that states no cell of it). `pdftotext -layout` of an Office print whose narrow cells wrap long numbers (`6678` over
 * `3` for 66783) writes the wrapped tail on a line of its own, and where a row label's lines are
 * laid out between them, the tail falls on the lines of the next row: that row, whose own numbers
 * stand elsewhere (before its label, unclaimed), then holds the tail alone, and the position grid
 * puts it in the column it stands under. Its place says the piece is some cell's, not which row's.
 *
 * The same holds where the number above is held by a row that states no cell of it: a row that
 * took more numbers than it has cells (the next row's numbers, its label not found, read as its
 * surplus) leaves each of its cells ambiguous, and the number is then a candidate of somebody's
 * cell, no cell's stated value ({@link heldUnstated}): the piece under it is no more proven the
 * short row's than under a number nobody holds.
 *
 * The evidence: the row holds fewer numbers than cells; one of them is digits only, stands alone on
 * its text line, and its character column lies within the span of a number of digits no row states
 * on one of the {@link MAX_LINES_UNDER} lines above it (the piece under the number it may end, one
 * label line between them at most). The row's stated numbers are then candidates only.
 *
 * The repair decides; the reader applies the decision.
 */
import type { RowItem, RowPlacement } from '../tables/placement.js';
import type { ValueToken } from '../tables/tokens.js';

/** Lines a wrapped piece may stand below the number it ends (one line of another row's label between them). */
export const MAX_LINES_UNDER = 2;
/** A piece of a wrapped number, and the number it ends: digits only. */
const DIGITS_RE = /^\d+$/;

/** One row of the table, as the reader read it. */
export interface PieceRow {
  /** Row key. */
  key: string;
  /** The items the row holds (its evidence). */
  items: readonly RowItem[];
  /** The cells the row has. */
  cells: number;
}

/** A row as built: the items it holds and how it placed them. */
export interface HeldRow {
  /** The items the row holds (its evidence). */
  items: readonly RowItem[];
  /** The row's placement. */
  placement: RowPlacement;
}

/**
 * The numbers the rows hold that no row states as a cell's value (each a candidate at most, or
 * surplus): the numbers a piece under them may end as well as an unclaimed one.
 */
export function heldUnstated(rows: readonly HeldRow[]): RowItem[] {
  const stated = new Set<ValueToken>();
  for (const r of rows) for (const p of r.placement.columns) if (p.status === 'value') stated.add(p.token);
  const out: RowItem[] = [];
  for (const r of rows) for (const it of r.items) if (it.token.kind === 'value' && !stated.has(it.token)) out.push(it);
  return out;
}

/** Whether `item` is a number of digits with a known character column. */
function digitsAt(item: RowItem): item is RowItem & { token: { column: number } } {
  return item.token.kind === 'value' && item.token.column !== undefined && DIGITS_RE.test(item.token.raw);
}

/**
 * The keys of the short rows holding a lone piece of digits under an unclaimed number.
 * `aloneOnLine` tells whether an item is the only token of its text line.
 */
export function shortRowsWithPieceUnder(
  rows: readonly PieceRow[],
  unclaimed: readonly RowItem[],
  aloneOnLine: (item: RowItem) => boolean,
): string[] {
  const above = unclaimed.filter(digitsAt);
  if (above.length === 0) return [];
  const out: string[] = [];
  for (const r of rows) {
    if (r.items.length >= r.cells) continue;
    const pieceUnder = r.items.some((it) => {
      if (!digitsAt(it) || !aloneOnLine(it)) return false;
      const { line, column } = it.token;
      return above.some((u) => {
        const up = line - u.token.line;
        const from = u.token.column;
        return up >= 1 && up <= MAX_LINES_UNDER && column >= from && column < from + u.token.raw.length;
      });
    });
    if (pieceUnder) out.push(r.key);
  }
  return out;
}
