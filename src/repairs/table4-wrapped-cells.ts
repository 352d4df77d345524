/**
 * Table 四 in text laid out by position (`pdftotext -layout` of a browser or LibreOffice print)
 * whose numbers wrapped in their narrow cells: each cell prints its number over two lines or more
 * (`４３５` over `３４`), and a short number beside it stands on one of those lines, or between
 * them (a cell centres its lines). The row of fifteen then comes out as several lines of pieces,
 * more pieces than cells (or as many, or fewer, where blanks print nothing), and the columns
 * `pdftotext` gives them drift from line to line (full-width digits are wider than the character
 * grid), so no grid of positions deals them, and a reading that takes each piece for a cell (in the
 * order printed or by column) rests on that order alone: where some deal keeps the sums, the table
 * reader keeps what such readings state as candidates only.
 *
 * The evidence: every line keeps its pieces in the order of the columns (left to right), a cell's
 * pieces stand one under the other (their character spans within {@link PIECE_DRIFT} of each other,
 * a lower piece further right by up to {@link RIGHT_DRIFT_PER_COLUMN} a column),
 * a wrapped number breaks as `joinWrappedPieces` says (its first piece no narrower than the rest
 * and not starting with `0`), and the three groups add up. Every deal of the pieces to the fifteen
 * columns that keeps all that is a reading of the row (a column may also take no piece: a blank
 * that printed nothing). A cell every reading gives the same value is stated; a cell the readings
 * give differently is `ambiguous` with their values; a column no reading gives a piece is missing
 * (a blank and a lost cell print alike). No reading: null, and the row is left as read. Too many
 * readings, or the budget spent: the row has readings the search did not reach, so no cell is
 * stated (each `ambiguous` with the values found, and what the reader read before).
 *
 * The repair decides; the table reader applies the placement and reports it.
 */
import { candidateOnly, type Placement, type RowPlacement } from '../tables/placement.js';
import type { BlankToken, TableToken, ValueToken } from '../tables/tokens.js';
import type { WorkBudget } from '../tables/budget.js';
import { joinWrappedPieces } from '../tables/wrapped-number.js';
import { asciiDigits } from '../normalize/digits.js';

/** Lines of pieces a row may take at most (a number wrapped over three lines, short ones between). */
const MAX_PIECE_LINES = 5;
/** Lines between two lines of pieces at most (an empty line between them is still the same row). */
const MAX_LINE_STEP = 2;
/**
 * Characters between the spans of two pieces of one cell at most: `pdftotext` sets full-width
 * digits on a narrower grid than the page, so the pieces of one cell drift apart by a few columns.
 */
export const PIECE_DRIFT = 3;
/**
 * And this many more per column to the left: the drift adds up along the line (a line of many
 * full-width pieces falls behind a line of few).
 */
export const DRIFT_PER_COLUMN = 0.5;
/**
 * Per column to the left, how far a cell's lower piece may stand right of the piece above it: the
 * way `pdftotext` drifts a line of few full-width pieces (it falls behind the page's grid less than
 * the line of many above it, so its pieces stand further right along the line; a Chromium print
 * drifts so by up to a character a column). A piece left of the one above, and a later column's
 * piece left of this column's, keep {@link DRIFT_PER_COLUMN}: widening those lets pieces of
 * neighbouring cells cross (measured: right cells lost on probe seeds 148, 149, 205).
 */
export const RIGHT_DRIFT_PER_COLUMN = 1;
/**
 * Readings kept at most; more leave the row as read (the deal decides nothing). A row of short
 * numbers beside wrapped ones has a few hundred (each short number may stand in either cell beside
 * it), and the cells they all agree on (the totals, a group's first cell) are still read; the
 * search's budget bounds the work either way.
 */
const MAX_READINGS = 1024;
/** Digits only (ASCII or full-width): a piece that may join others. */
const DIGITS_RE = /^[0-9０-９]+$/;

/**
 * The row read from the deals. `partial`: the search stopped before it found every reading (more
 * than {@link MAX_READINGS}, or the budget spent): no column is decided, each one `ambiguous` with
 * the values of the readings found (or `missing`).
 */
export interface WrappedReading extends RowPlacement {
  /** See the interface. */
  partial?: true;
}

/** A piece of the row: a value token as printed, or a blank marker (`-`), with its character span. */
interface Piece {
  token: ValueToken | BlankToken;
  from: number;
  to: number;
}

/** One deal of the pieces: per column, the pieces (top to bottom) it takes. */
type Deal = Piece[][];

/** The value a column's pieces make (null: a blank marker or no piece), or undefined when they make none. */
function valueOf(pieces: readonly Piece[]): number | null | undefined {
  const first = pieces[0];
  if (!first) return null;
  if (first.token.kind === 'blank') return pieces.length === 1 ? null : undefined;
  if (pieces.length === 1) return first.token.content.value;
  let digits = '';
  let value: number | null = null;
  for (const p of pieces) {
    if (p.token.kind !== 'value' || !DIGITS_RE.test(p.token.raw)) return undefined;
    if (digits === '') digits = asciiDigits(p.token.raw);
    else {
      value = joinWrappedPieces(digits, p.token.raw);
      if (value === null) return undefined;
      digits += asciiDigits(p.token.raw);
    }
  }
  return value ?? undefined;
}

/** How far a piece of a lower line may stand off a piece of a line above it, each way (characters). */
interface Drift {
  /** The lower piece right of the upper one. */
  right: number;
  /** The lower piece left of the upper one. */
  left: number;
}

/** Whether a lower line's piece stands within `drift` of an upper line's piece (spans overlapping or touching always do). */
function within(upper: Piece, lower: Piece, drift: Drift): boolean {
  return lower.from - upper.to <= drift.right && upper.from - lower.to <= drift.left;
}

/**
 * The row of table 四 read by dealing its wrapped pieces (see the module), or null. `groupSize`:
 * columns of a group (its last one the total); `holds` judges the group sums over a prefix of the
 * row (a blank as 0); `columnOf` gives an offset's character
 * column on its line. `byOrder`: the pieces' columns are not compared at all, each line's order,
 * the wrap rule and the group sums alone decide (for a row no deal by columns reads: `pdftotext`
 * sets a LibreOffice line of few pieces far left of a line of many, beyond any drift the columns
 * allow); every reading by columns is one by order, so this finds more readings, never fewer.
 */
export function readWrappedCells(
  tokens: readonly TableToken[],
  ncols: number,
  groupSize: number,
  holds: (values: readonly (number | null)[]) => boolean,
  columnOf: (offset: number) => number,
  budget: WorkBudget,
  byOrder = false,
): WrappedReading | null {
  const lines = pieceLines(tokens, ncols, columnOf);
  if (!lines) return null;

  const deals: { deal: Deal; values: (number | null)[] }[] = [];
  const at = lines.map(() => 0);
  const deal: Deal = [];
  const values: (number | null)[] = [];
  let overflow = false;
  // A row that writes its blanks (`-`) prints every cell: no column is left without a piece.
  const marked = lines.some((l) => l.some((p) => p.token.kind === 'blank'));
  // States (column, pieces taken per line, the sum of the group's cells so far) no reading passes.
  const dead = new Set<string>();
  const search = (j: number): boolean => {
    if (overflow || budget.exhausted) return true;
    if (j === ncols) {
      if (!lines.every((l, i) => at[i] === l.length)) return false;
      if (deals.length >= MAX_READINGS) overflow = true;
      else deals.push({ deal: deal.map((c) => [...c]), values: [...values] });
      return true;
    }
    let partial = 0;
    for (let k = j - (j % groupSize); k < j; k++) partial += values[k] ?? 0;
    const key = `${j}|${at.join(',')}|${partial}`;
    if (dead.has(key)) return false;
    let found = false;
    const left = ncols - j - 1;
    // Each line's next piece goes to this column or a later one: choose the lines whose next piece it takes.
    const open = lines.flatMap((l, i) => ((at[i] as number) < l.length ? [i] : []));
    for (let mask = marked ? 1 : 0; mask < 1 << open.length; mask++) {
      if (!budget.spend(1)) return true;
      const taken = open.filter((_, b) => (mask >> b) & 1);
      // Every line must still fit its pieces into the columns after this one.
      if (lines.some((l, i) => l.length - (at[i] as number) - (taken.includes(i) ? 1 : 0) > left)) continue;
      const cell = taken.map((i) => (lines[i] as Piece[])[at[i] as number] as Piece);
      const drift: Drift = byOrder
        ? { right: Number.POSITIVE_INFINITY, left: Number.POSITIVE_INFINITY }
        : { right: PIECE_DRIFT + RIGHT_DRIFT_PER_COLUMN * j, left: PIECE_DRIFT + DRIFT_PER_COLUMN * j };
      if (!fitsColumn(cell, lines, at, taken, drift)) continue;
      const value = valueOf(cell);
      if (value === undefined) continue;
      values.push(value);
      if (holds(values)) {
        for (const i of taken) at[i] = (at[i] as number) + 1;
        deal.push(cell);
        if (search(j + 1)) found = true;
        deal.pop();
        for (const i of taken) at[i] = (at[i] as number) - 1;
      }
      values.pop();
    }
    if (!found) dead.add(key);
    return found;
  };
  search(0);
  if (deals.length === 0) return null;
  if (overflow || budget.exhausted) {
    // Not every reading found: no cell is proven, each one has the values of the readings found.
    const found = agreed(deals, ncols).map((p): Placement =>
      p.status === 'value' ? candidateOnly(p) : p.status === 'blank' ? { status: 'missing' } : p,
    );
    return { columns: found, surplus: 0, deficit: 0, partial: true };
  }
  return { columns: agreed(deals, ncols), surplus: 0, deficit: 0 };
}

/**
 * The row's pieces line by line (each line left to right), where they may be the pieces of cells
 * wrapped over lines: every value and blank marker after the header's last label line, on two to
 * {@link MAX_PIECE_LINES} lines close together, no line with more pieces than cells, laid out by
 * position. Null otherwise.
 */
function pieceLines(tokens: readonly TableToken[], ncols: number, columnOf: (offset: number) => number): Piece[][] | null {
  const pieces: (Piece & { line: number })[] = [];
  let lastLabelLine = -1;
  for (const t of tokens) {
    if (t.kind === 'label') lastLabelLine = Math.max(lastLabelLine, t.line);
    else if (t.kind === 'value') for (const p of t.printed ?? [t]) pieces.push(pieceOf(p, columnOf));
    else if (t.kind === 'blank') {
      // A blank marker is a cell; an empty blank (a gap, a layout cell) says nothing here.
      if (t.raw.trim() === '') return null;
      pieces.push(pieceOf(t, columnOf));
    }
  }
  if (pieces.some((p) => p.line <= lastLabelLine)) return null;
  const lineNumbers = [...new Set(pieces.map((p) => p.line))].sort((a, b) => a - b);
  if (lineNumbers.length < 2 || lineNumbers.length > MAX_PIECE_LINES) return null;
  for (let k = 1; k < lineNumbers.length; k++) if ((lineNumbers[k] as number) - (lineNumbers[k - 1] as number) > MAX_LINE_STEP) return null;
  const lines: Piece[][] = lineNumbers.map((n) => pieces.filter((p) => p.line === n).sort((a, b) => a.from - b.from));
  return lines.some((l) => l.length > ncols) || !laidOut(lines) ? null : lines;
}

/** Spaces between two pieces of a line from which the line is laid out by position (plain text joins them by one). */
const LAID_OUT_GAP = 2;

/**
 * Whether the lines are laid out by position: some piece stands a run of spaces after the one
 * before it on its line (plain `pdftotext` writes one space; there columns say nothing).
 */
function laidOut(lines: readonly (readonly Piece[])[]): boolean {
  return lines.some((l) => l.some((p, k) => k > 0 && p.from - (l[k - 1] as Piece).to >= LAID_OUT_GAP));
}

function pieceOf(t: ValueToken | BlankToken, columnOf: (offset: number) => number): Piece & { line: number } {
  const from = columnOf(t.start);
  return { token: t, from, to: from + (t.end - t.start), line: t.line };
}

/**
 * Whether a column's pieces (top to bottom) stand one under the other (each lower piece within
 * `drift` of the piece above it), and no piece left for a later column stands clearly left of them
 * (by more than the leftward drift: a lower line's drift right does not move the pieces of a later
 * column left).
 */
function fitsColumn(
  cell: readonly Piece[],
  lines: readonly (readonly Piece[])[],
  at: readonly number[],
  taken: readonly number[],
  drift: Drift,
): boolean {
  for (let k = 1; k < cell.length; k++) if (!within(cell[k - 1] as Piece, cell[k] as Piece, drift)) return false;
  if (cell.length === 0) return true;
  const from = cell.reduce((m, p) => Math.min(m, p.from), Number.POSITIVE_INFINITY);
  return lines.every((l, i) => {
    const next = l[(at[i] as number) + (taken.includes(i) ? 1 : 0)];
    return !next || next.to + drift.left > from;
  });
}

/** The columns every reading agrees on, the others ambiguous (or missing where no reading gives a piece). */
function agreed(deals: readonly { deal: Deal; values: (number | null)[] }[], ncols: number): Placement[] {
  const out: Placement[] = [];
  for (let j = 0; j < ncols; j++) {
    const cells = deals.map((d) => d.deal[j] as Piece[]);
    const vals = new Set(deals.map((d) => d.values[j] as number | null));
    const first = cells[0] as Piece[];
    if (vals.size === 1 && first.length > 0) {
      out.push(placed(first, deals[0]?.values[j] as number | null));
      continue;
    }
    const tokens = cells.flatMap((c, k) => {
      const v = (deals[k] as { values: (number | null)[] }).values[j];
      return v === null || v === undefined || c.length === 0 ? [] : [joinedToken(c, v)];
    });
    const candidates = [...new Set(tokens.map((t) => t.content.value))];
    out.push(candidates.length === 0 ? { status: 'missing' } : { status: 'ambiguous', candidates, tokens });
  }
  return out;
}

/** The placement of a column's pieces with their value. */
function placed(cell: readonly Piece[], value: number | null): Placement {
  const first = cell[0] as Piece;
  if (first.token.kind === 'blank') return { status: 'blank', token: first.token };
  return { status: 'value', token: joinedToken(cell, value as number) };
}

/** One value token for a column's pieces (a single piece is itself). */
function joinedToken(cell: readonly Piece[], value: number): ValueToken {
  const first = cell[0] as Piece;
  const token = first.token as ValueToken;
  if (cell.length === 1) return token;
  const printed = cell.map((p) => p.token as ValueToken);
  const digits = printed.map((p) => asciiDigits(p.raw)).join('');
  const last = printed[printed.length - 1] as ValueToken;
  return { ...token, raw: digits, end: last.end, content: { kind: 'number', value, signed: false, digits }, printed };
}

/**
 * Whether a reading of the row places its cells against their columns on the page: some cell's
 * token (a value's first piece, or a blank marker) stands left of an earlier column's token by more
 * than the drift allowed at that column ({@link PIECE_DRIFT} and {@link DRIFT_PER_COLUMN} a column).
 * Such a reading took the pieces for cells in an order the layout does not prove (line by line,
 * say), however well it keeps the sums. `tokens`: the reading's tokens in column order (null where
 * it has none).
 */
export function readsAgainstColumns(tokens: readonly (TableToken | null)[], columnOf: (offset: number) => number): boolean {
  let right = Number.NEGATIVE_INFINITY;
  for (const [j, t] of tokens.entries()) {
    if (!t) continue;
    const from = columnOf(t.start);
    if (from < right - PIECE_DRIFT - DRIFT_PER_COLUMN * j) return true;
    right = Math.max(right, from);
  }
  return false;
}
