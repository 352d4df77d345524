/**
 * A two-dash blank mark wrapped in its narrow cell, in `pdftotext -layout` text: a cell written
 * `——` in a column too narrow for it breaks over two lines, and where the row's other cells stand
 * on one line at the row's middle, `pdftotext -layout` prints one dash on the line above the row's
 * line and one on the line below, both at the cell's column (`—` / `—— 0 0 0 0 —— 0 0 0  —— 0 …` /
 * `—`). Read in the order of the text, the upper dash is the row's first cell and every cell after
 * it moves one column on (table 四 of a zeros-and-blanks report keeps its group sums either way). The
 * text-position twin of `layout/wrapped-marks.ts`.
 *
 * Evidence, all required: three consecutive lines of one block (no blank line between them); the
 * first and the last hold one token each, a one-dash blank mark, the two at one column (within
 * {@link SAME_COLUMN}); the middle line holds two cells or more, every token with its column (text
 * placed by position), and none of them at the dashes' columns. The two dashes are then one blank
 * cell, placed on the middle line by its column.
 *
 * Linear in the tokens.
 */
import type { BlankToken, TableToken } from './tokens.js';

/** A blank mark of one dash (hyphen, figure, en or em dash, minus, full-width hyphen). */
const ONE_DASH_RE = /^[-\u2012-\u2015\u2212\uff0d]$/;
/** The two halves of a wrapped mark start at most this many character columns apart. */
const SAME_COLUMN = 1;
/** Cells the row's line holds at least (a row, not a stray mark). */
const MIN_ROW_CELLS = 2;

/** One text line of the token stream: tokens `[from, to)`. */
interface Line {
  from: number;
  to: number;
}

/** A blank mark of one dash with its column: what a line holding it alone may be half of a wrapped mark by. */
function isDashHalf(t: TableToken): t is BlankToken {
  return t.kind === 'blank' && t.column !== undefined && ONE_DASH_RE.test(t.raw.trim());
}

function loneDash(tokens: readonly TableToken[], l: Line): BlankToken | null {
  const own = tokens.slice(l.from, l.to).filter((t) => t.kind !== 'break');
  if (own.length !== 1) return null;
  const t = own[0] as TableToken;
  return isDashHalf(t) ? t : null;
}

/**
 * The tokens with each wrapped two-dash mark (see the module comment) joined into one blank token on
 * its row's line; `tokens` itself where there is none.
 */
export function joinStackedMarks(tokens: readonly TableToken[]): readonly TableToken[] {
  // (no dash alone to be half of a mark: nothing to join, the lines not split; most texts)
  if (!tokens.some(isDashHalf)) return tokens;
  const lines: Line[] = [];
  tokens.forEach((t, i) => {
    const last = lines[lines.length - 1];
    if (last && (tokens[last.from] as TableToken).line === t.line && !t.lineStart) last.to = i + 1;
    else lines.push({ from: i, to: i + 1 });
  });
  const out: TableToken[] = [];
  let copied = 0;
  for (let k = 1; k + 1 < lines.length; k++) {
    const up = lines[k - 1] as Line;
    const row = lines[k] as Line;
    const down = lines[k + 1] as Line;
    const a = loneDash(tokens, up);
    const b = loneDash(tokens, down);
    if (!a || !b || up.from < copied) continue;
    const col = a.column as number;
    if (Math.abs((b.column as number) - col) > SAME_COLUMN) continue;
    const own = tokens.slice(row.from, row.to).filter((t) => t.kind !== 'break');
    const first = own[0];
    if (!first || first.gapBefore > 0 || (tokens[down.from] as TableToken).gapBefore > 0) continue;
    if (own.some((t) => t.column === undefined)) continue;
    const cells = own.filter((t) => t.kind === 'value' || t.kind === 'blank');
    if (cells.length < MIN_ROW_CELLS) continue;
    // (nothing of the row's line at the dashes' column: a cell there would be the row's own)
    if (own.some((t) => Math.abs((t.column as number) - col) <= SAME_COLUMN)) continue;
    const at = own.findIndex((t) => (t.column as number) > col);
    // (placed on the row's line at its column, where the readers look for a cell's place: an offset
    // on the line above would read as a cell before the row's first)
    const last = own[own.length - 1] as TableToken;
    const offset = at < 0 ? last.end : first.start - (first.column as number) + col;
    const mark: BlankToken = { ...a, raw: '——', start: offset, end: offset, line: first.line, lineStart: false, gapBefore: 0 };
    const merged = at < 0 ? [...own, mark] : [...own.slice(0, at), mark, ...own.slice(at)];
    const rest = tokens.slice(row.from, row.to).filter((t) => t.kind === 'break');
    for (let i = copied; i < up.from; i++) out.push(tokens[i] as TableToken);
    merged.forEach((t, i) =>
      out.push(i === 0 ? { ...t, lineStart: true, gapBefore: a.gapBefore } : { ...t, lineStart: false, gapBefore: 0 }),
    );
    for (const t of rest) out.push(t);
    copied = down.to;
    k++;
  }
  if (copied === 0) return tokens;
  for (let i = copied; i < tokens.length; i++) out.push(tokens[i] as TableToken);
  return out;
}
