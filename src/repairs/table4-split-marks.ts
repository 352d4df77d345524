/**
 * Table 四 in text laid out by position (`pdftotext -layout` of a LibreOffice print) whose blank
 * marks wrapped inside their narrow cells: a two-dash mark (`——`) breaks over two lines of its
 * cell, the cell centres them on the row, and the text shows one dash on the line above the row's
 * line and one on the line below, at the same column, the row's line holding nothing there (the
 * text twin of `layout/wrapped-marks.ts`). Read line by line, the upper dashes come first and the
 * lower ones last, and every cell of the row moves (probe seed 529 p02: the row's `0`s took the
 * blanks' columns). The row's own line keeps its cells in the order of the columns; each split mark
 * joins it where its column falls, in a gap between the line's pieces.
 *
 * The evidence, all required: the row's pieces stand on one line, and on the line right above and
 * right below it only single dashes of one kind; those pair one above one below at the same column
 * (within {@link SAME_COLUMN}); the row's line has nothing over that column; the joined row has
 * exactly one piece a column and the group sums hold over it. Anything else: null.
 *
 * The repair decides; the table reader weighs it against its other readings.
 */
import type { Placement, RowPlacement } from '../tables/placement.js';
import type { BlankToken, TableToken, ValueToken } from '../tables/tokens.js';

/** One dash of a blank mark: hyphen, figure, en, em dash, horizontal bar, minus, full-width hyphen. */
const DASH_RE = /^[-\u2012-\u2015\u2212\uff0d]$/;
/** The two halves of a split mark start at most this many characters apart. */
const SAME_COLUMN = 1;

/** A piece of the row with its character span on its line. */
interface Piece {
  token: ValueToken | BlankToken;
  from: number;
  to: number;
}

/**
 * The row of table 四 with its split blank marks joined (see the module comment), or null where
 * the text does not show exactly that. `holds` checks the group sums over the cells (null: blank);
 * `columnOf` gives an offset's character column on its line.
 */
export function readSplitMarks(
  tokens: readonly TableToken[],
  ncols: number,
  holds: (values: readonly (number | null)[]) => boolean,
  columnOf: (offset: number) => number,
): RowPlacement | null {
  let lastLabel = -1;
  for (const t of tokens) if (t.kind === 'label') lastLabel = Math.max(lastLabel, t.line);
  const byLine = new Map<number, Piece[]>();
  for (const t of tokens) {
    if (t.kind !== 'value' && t.kind !== 'blank') continue;
    const raw = t.kind === 'value' ? t.raw : t.raw.trim();
    if (raw === '') continue;
    if (t.line <= lastLabel) return null;
    const from = columnOf(t.start);
    const list = byLine.get(t.line) ?? [];
    list.push({ token: t, from, to: from + raw.length });
    byLine.set(t.line, list);
  }
  if (byLine.size !== 3) return null;
  const lines = [...byLine.keys()].sort((a, b) => a - b);
  const [above, row, below] = lines as [number, number, number];
  if (row !== above + 1 || below !== row + 1) return null;
  const upper = byLine.get(above) as Piece[];
  const lower = byLine.get(below) as Piece[];
  const own = byLine.get(row) as Piece[];
  if (upper.length !== lower.length || !upper.every(isDash) || !lower.every(isDash)) return null;
  const marks: Piece[] = [];
  for (const [k, top] of upper.entries()) {
    const bottom = lower[k] as Piece;
    if (bottom.token.raw.trim() !== top.token.raw.trim() || Math.abs(bottom.from - top.from) > SAME_COLUMN) return null;
    const left = Math.min(top.from, bottom.from);
    const right = Math.max(top.to, bottom.to);
    if (own.some((p) => p.from < right && p.to > left)) return null;
    const mark: BlankToken = { ...(top.token as BlankToken), raw: `${top.token.raw.trim()}${bottom.token.raw.trim()}` };
    marks.push({ token: mark, from: left, to: right });
  }
  const joined = [...own, ...marks].sort((a, b) => a.from - b.from);
  if (joined.length !== ncols) return null;
  const values = joined.map((p) => (p.token.kind === 'value' ? p.token.content.value : null));
  if (!holds(values)) return null;
  const columns = joined.map((p): Placement =>
    p.token.kind === 'value' ? { status: 'value', token: p.token } : { status: 'blank', token: p.token },
  );
  return { columns, surplus: 0, deficit: 0 };
}

/** Whether a piece is one dash, a half of a split mark. */
function isDash(p: Piece): boolean {
  return p.token.kind === 'blank' && DASH_RE.test(p.token.raw.trim());
}
