/**
 * Repair check: a short row holding a lone piece of digits that stands under a number no row
 * claims. `pdftotext -layout` of an Office print whose narrow cells wrap long numbers (`6678` over
 * `3` for 66783) writes the wrapped tail on a line of its own, and where a row label's lines are
 * laid out between them, the tail falls on the lines of the next row: that row, whose own numbers
 * stand elsewhere (before its label, unclaimed), then holds the tail alone, and the position grid
 * puts it in the column it stands under. Its place says the piece is some cell's, not which row's.
 *
 * The evidence: the row holds fewer numbers than cells; one of them is digits only, stands alone on
 * its text line, and its character column lies within the span of an unclaimed number of digits on
 * one of the {@link MAX_LINES_UNDER} lines above it (the piece under the number it may end, one
 * label line between them at most). The row's stated numbers are then candidates only.
 *
 * The repair decides; the reader applies the decision.
 */
import type { RowItem } from '../tables/placement.js';

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
