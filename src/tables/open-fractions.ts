/**
 * Numbers cut at their decimal point ({@link isOpenFraction}): written up to the point (`10183.`)
 * or from it (`.8`). A cell never ends or starts so, so the rest of the number stands elsewhere. A
 * narrow cell wraps a decimal amount at its point (`１０１８３．` over `８`); `pdftotext -layout` keeps
 * the pieces in one column (joined by `stacked-numbers.ts`), plain `pdftotext` writes them as two
 * lines one after the other.
 *
 * - Plain text (lines at the margin): a number ending in its point that ends its line and a line
 *   right after it holding only digits (or a line holding only digits and a line right after it
 *   holding only a number starting with its point) are one number (`10183.` and `8`: 10183.8; the
 *   digits may carry the amount's unit, `10183.` and `8元`). Nothing else is joined.
 * - A cut number that nothing joined is never stated: it reads as a candidate only (`endUnproven`),
 *   and so does what may be its other piece or may stand in its cell: in text laid out by position,
 *   every number in its columns on the {@link MAX_PIECE_LINES} lines below it (above it, for a
 *   number starting with its point); a blank there (a PDF's blank marker `—` where the cell looked
 *   empty on the row's line) becomes unknown. In plain text, the number alone on the line right
 *   after it (before it), or, past label text only (a wrapped label's last piece: `８８３５．` / `购` /
 *   `５９`), the first number within {@link MAX_PIECE_LINES} lines, the only one on its line.
 *
 * - A whole decimal number with a piece of digits alone right below it in its columns (`384.5` over
 *   `4`, the cell top-aligned: `384.54`) or right above it (`1018` over `3.8`), that nothing joined,
 *   may be a piece itself: both read as candidates only (in plain text: the lone digits on the line
 *   right after or before it). The piece below may carry the amount's unit (`14792.5` over `4元`),
 *   and a piece set in from the margin under a line at it is read by its columns (a table whose
 *   labels start at the page's edge). So are a whole decimal number and a piece of digits past
 *   label text only (`１２９７` / `采购` / `２．６２`: the amount cut beside the row's wrapped label),
 *   each the only number on its line.
 *
 * Linear in the tokens (each cut or decimal number looks at a bounded number of lines around it).
 */
import { parseCellContent } from '../grammar/cell.js';
import { AMOUNT_TAIL_RE } from '../normalize/amount-tail.js';
import { MIN_PLACED_INDENT, nextToken } from './text-position.js';
import type { LabelToken, TableToken, ValueToken } from './tokens.js';

/** Lines from a cut number that may hold its cell or its other piece (the row's line, then the piece's). */
const MAX_PIECE_LINES = 2;
/** A list number (`4.`: one digit; the templates number their rows 1 to 8). */
const LIST_NUMBER_RE = /^[1-9]\.$/;
/** The other piece in plain text: digits only. */
const DIGITS_RE = /^\d+$/;

/** Whether a value token is a number cut at its decimal point (`10183.`, `.8`), the rest not joined to it. */
export function isOpenFraction(t: TableToken): boolean {
  return t.kind === 'value' && (t.raw.endsWith('.') || t.raw.startsWith('.'));
}

/**
 * Joins the cut numbers of plain text with their other pieces and marks those left open (see the
 * module comment). Returns `tokens` itself when it holds no cut number.
 */
export function settleOpenFractions(tokens: readonly TableToken[]): TableToken[] {
  if (!tokens.some(isDecimal)) return tokens as TableToken[];
  const ts = tokens.slice();
  const dropped = new Set<number>();
  // (list numbers given back: the point after the digit, as label text)
  const restored = new Map<number, LabelToken>();
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i] as TableToken;
    if (dropped.has(i)) continue;
    if (!isOpenFraction(t)) {
      if (isDecimal(t)) guardDecimal(ts, i);
      continue;
    }
    const v = t as ValueToken;
    const head = v.raw.endsWith('.');
    const other = head ? plainNext(ts, i) : plainPrevious(ts, i);
    if (other >= 0) {
      const o = ts[other] as ValueToken;
      const [first, last] = head ? [v, o] : [o, v];
      const raw = first.raw + last.raw;
      const content = parseCellContent(raw);
      if (content.kind === 'number') {
        ts[head ? i : other] = { ...first, raw, content, end: last.end };
        // (the other piece, and a line break between them, are dropped)
        for (let k = Math.min(i, other) + 1; k <= Math.max(i, other); k++) dropped.add(k);
        continue;
      }
    }
    if (head && LIST_NUMBER_RE.test(v.raw) && atMargin(ts, i) && ts[nextToken(ts, i)]?.kind === 'label') {
      // A list number before its label in plain text (`4.` / `属于…`), read as it was: a glued digit and the point as text.
      const closed = closedAt(v);
      if (closed) {
        ts[i] = closed[0];
        restored.set(i, closed[1] as LabelToken);
        continue;
      }
    }
    ts[i] = { ...v, endUnproven: true };
    shadow(ts, i, head ? 1 : -1);
  }
  if (dropped.size === 0 && restored.size === 0) return ts;
  const out: TableToken[] = [];
  ts.forEach((t, k) => {
    if (dropped.has(k)) return;
    out.push(t);
    const label = restored.get(k);
    if (label) out.push(label);
  });
  return out;
}

/** The first character of a label's text that a list number wrapped apart from it may stand before (a Han character). */
const LABEL_TEXT_START_RE = /^[\u3400-\u9fff]/;

/**
 * A list number (`4.`) alone on its line at the margin, and the label text starting the very next
 * line at the margin, the next token, with no blank line between (`4.` / `保护第三方合法` / `权益`: plain `pdftotext` of
 * a narrow label cell that wrapped at the space after the number), joined into one label on the
 * text's line (`4.保护第三方合法`), as the line reads where the cell did not wrap there. Null for
 * anything else, and where the text does not start with a Han character (a bracket, a digit: a group
 * label, or the next row's own numbering).
 */
function markerWithText(ts: readonly TableToken[], i: number, next: number): LabelToken | null {
  const v = ts[i] as ValueToken;
  const text = ts[next];
  if (!v.raw.endsWith('.') || !LIST_NUMBER_RE.test(v.raw) || v.inRow === true || !alone(ts, i) || !atMargin(ts, i)) return null;
  if (text?.kind !== 'label' || text.line !== v.line + 1 || !text.lineStart || text.gapBefore !== 0 || !atMargin(ts, next)) return null;
  if (!LABEL_TEXT_START_RE.test(text.text)) return null;
  return { ...text, text: `${v.raw}${text.text}`, start: v.start, gapBefore: v.gapBefore };
}

/** A value written with a decimal point, not joined of pieces (a joined number is whole). */
function isDecimal(t: TableToken): boolean {
  return t.kind === 'value' && t.printed === undefined && t.raw.includes('.');
}

/**
 * A whole decimal number (`384.5`, `3.8`) with a piece of digits alone on a line right below it in
 * its columns, no wider than it (`4`: the rest of `384.54` wrapped), or right above it, no narrower
 * (`1018` over `3.8`): nothing joined them, so the number may be a piece itself. Both read as
 * candidates only, and so does what stands in its columns between them.
 */
function guardDecimal(ts: TableToken[], i: number): void {
  const v = ts[i] as ValueToken;
  for (const dir of [1, -1] as const) {
    let k = loneNear(ts, i, dir);
    if (k < 0) k = pieceAcrossLabel(ts, i, dir);
    if (k < 0) continue;
    const piece = ts[k] as ValueToken;
    if (dir === 1 ? piece.raw.length > v.raw.length : !startsAbove(piece.raw, v.raw)) continue;
    ts[i] = { ...v, endUnproven: true };
    shadow(ts, i, dir, Math.abs(piece.line - v.line));
  }
}

/**
 * The index of a plain piece of digits (or of a fraction starting with its point, below) alone on a
 * line within {@link MAX_PIECE_LINES} lines after (`dir` 1) or before (-1) the number at `i`: in its
 * columns in text laid out by position, on the very next (previous) line in plain text. -1 if none.
 */
function loneNear(ts: readonly TableToken[], i: number, dir: 1 | -1): number {
  const v = ts[i] as ValueToken;
  const plain = v.column === undefined || atMargin(ts, i);
  for (let k = i + dir; k >= 0 && k < ts.length; k += dir) {
    const t = ts[k] as TableToken;
    const lines = Math.abs(t.line - v.line);
    if (lines > MAX_PIECE_LINES) break;
    if (lines === 0 || t.kind !== 'value' || !alone(ts, k) || t.glued === true || t.inRow === true) continue;
    // (below: the rest of the amount, with its unit or without)
    if (!(DIGITS_RE.test(t.raw) || (dir === 1 && (/^\.\d+$/.test(t.raw) || AMOUNT_TAIL_RE.test(t.raw))))) continue;
    // A piece set in from the margin under (over) a line at it is text laid out by position all the
    // same (a table whose labels start at the page's left edge: `pdftotext -layout` prints them in
    // the first column): its columns speak.
    const placed = t.column !== undefined && v.column !== undefined && !atMargin(ts, k);
    if (plain && !placed) return lines === 1 && atMargin(ts, k) && (dir === 1 ? t.gapBefore : v.gapBefore) === 0 ? k : -1;
    if (plain && lines > 1) break;
    if (t.column !== undefined && v.column !== undefined && t.column < v.column + v.raw.length && v.column < t.column + t.raw.length)
      return k;
  }
  return -1;
}

/**
 * The index of a plain piece of digits past label text only (a wrapped label's next piece) within
 * {@link MAX_PIECE_LINES} lines after (`dir` 1) or before (-1) the whole decimal number at `i`, each
 * the only number on its line (`１２９７` / `采购` / `２．６２`: an amount cut beside the row's wrapped
 * label, the count blank; a number of one line beside a wrapped label stands on the row's first line
 * with the others, never past a piece of it). Where a line is set in from the margin, their columns
 * meet. -1 if none.
 */
function pieceAcrossLabel(ts: readonly TableToken[], i: number, dir: 1 | -1): number {
  const v = ts[i] as ValueToken;
  if (v.inRow === true || !onlyValueOnLine(ts, i)) return -1;
  let k = i + dir;
  let labels = false;
  for (; k >= 0 && k < ts.length; k += dir) {
    const t = ts[k] as TableToken;
    if (Math.abs(t.line - v.line) > MAX_PIECE_LINES) return -1;
    if (t.kind === 'break') continue;
    if (t.kind !== 'label') break;
    labels = true;
  }
  const t = ts[k];
  if (!labels || t?.kind !== 'value' || t.line === v.line || Math.abs(t.line - v.line) > MAX_PIECE_LINES) return -1;
  if (t.glued === true || t.inRow === true || !DIGITS_RE.test(t.raw) || !onlyValueOnLine(ts, k)) return -1;
  if (dir === 1 ? t.raw.length > v.raw.length : !startsAbove(t.raw, v.raw)) return -1;
  if (atMargin(ts, i) && atMargin(ts, k)) return k;
  const meet = v.column !== undefined && t.column !== undefined && t.column < v.column + v.raw.length && v.column < t.column + t.raw.length;
  return meet ? k : -1;
}

/**
 * A decimal piece starting with one digit and then its point (`6.17`): a point never begins a line,
 * so a narrow cell wraps the digit before it down with it, and that piece may be one character wider
 * than the line above (`７８８` / `６．１７` in a cell four characters wide: 7886.17).
 */
const POINT_PULLED_RE = /^\d\.\d/;

/**
 * Whether the digits `piece` may be the line above the decimal number `rest` in one wrapped cell: the
 * first line fills the cell, so it is no narrower than the rest, or one character narrower where the
 * rest's point pulled its first digit down ({@link POINT_PULLED_RE}).
 */
function startsAbove(piece: string, rest: string): boolean {
  return piece.length >= rest.length || (POINT_PULLED_RE.test(rest) && piece.length + 1 === rest.length);
}

/** Whether the line of token `i` starts at the margin (plain text), or has no column at all. */
function atMargin(ts: readonly TableToken[], i: number): boolean {
  let k = i;
  while (k > 0 && !(ts[k] as TableToken).lineStart && (ts[k - 1] as TableToken).line === (ts[k] as TableToken).line) k--;
  const first = ts[k] as TableToken;
  return first.column === undefined || first.column < MIN_PLACED_INDENT;
}

/** Whether token `i` is alone on its line (a line break token aside). */
function alone(ts: readonly TableToken[], i: number): boolean {
  const t = ts[i] as TableToken;
  const before = ts[i - 1];
  const after = ts[i + 1];
  return (before === undefined || before.line !== t.line) && (after === undefined || after.line !== t.line || after.kind === 'break');
}

/** Whether token `k` is the only value or blank marker on its line (label text beside it or not). */
function onlyValueOnLine(ts: readonly TableToken[], k: number): boolean {
  const line = (ts[k] as TableToken).line;
  const cell = (t: TableToken | undefined): boolean => t !== undefined && t.line === line && (t.kind === 'value' || t.kind === 'blank');
  for (let j = k - 1; j >= 0 && (ts[j] as TableToken).line === line; j--) if (cell(ts[j])) return false;
  for (let j = k + 1; j < ts.length && (ts[j] as TableToken).line === line; j++) if (cell(ts[j])) return false;
  return true;
}

/** A plain value of digits only (or, `tail`, digits with the amount's unit: the number's end), alone on its line at the margin. */
function plainPiece(ts: readonly TableToken[], k: number, tail = false): boolean {
  const t = ts[k];
  return (
    t?.kind === 'value' &&
    t.glued !== true &&
    t.inRow !== true &&
    (DIGITS_RE.test(t.raw) || (tail && AMOUNT_TAIL_RE.test(t.raw) && !t.raw.startsWith('.'))) &&
    alone(ts, k) &&
    atMargin(ts, k)
  );
}

/** The index of the digits right after the number ending in its point at `i` in plain text, or -1. */
function plainNext(ts: readonly TableToken[], i: number): number {
  const v = ts[i] as ValueToken;
  if (v.inRow === true || !atMargin(ts, i)) return -1;
  let j = i + 1;
  while (j < ts.length && (ts[j] as TableToken).kind === 'break' && (ts[j] as TableToken).line === v.line) j++;
  const t = ts[j];
  return t !== undefined && t.line === v.line + 1 && t.gapBefore === 0 && plainPiece(ts, j, true) ? j : -1;
}

/** The index of the digits right before the number starting with its point at `i` in plain text, or -1. */
function plainPrevious(ts: readonly TableToken[], i: number): number {
  const v = ts[i] as ValueToken;
  if (v.inRow === true || !alone(ts, i) || !atMargin(ts, i) || v.gapBefore !== 0) return -1;
  let j = i - 1;
  while (j >= 0 && (ts[j] as TableToken).kind === 'break') j--;
  const t = ts[j];
  return t !== undefined && t.line === v.line - 1 && plainPiece(ts, j) ? j : -1;
}

/**
 * Marks what may be the cell or the other piece of the unjoined cut number at `i` as unknown, on the
 * `reach` lines after it (`dir` 1) or before it (-1).
 */
function shadow(ts: TableToken[], i: number, dir: 1 | -1, reach = MAX_PIECE_LINES): void {
  const v = ts[i] as ValueToken;
  if (v.column === undefined || atMargin(ts, i)) {
    // Plain text: the number alone on the next (previous) line; or, past the pieces of a label
    // wrapped beside it (`８８３５．` / `购` / `５９`: a label's last piece, then the number's), the
    // first number within the lines, the only one on its line.
    let k = i + dir;
    while (ts[k]?.kind === 'break' || (ts[k]?.kind === 'label' && Math.abs((ts[k] as TableToken).line - v.line) <= MAX_PIECE_LINES))
      k += dir;
    const t = ts[k];
    if (t?.kind !== 'value' || t.line === v.line || Math.abs(t.line - v.line) > MAX_PIECE_LINES) return;
    const labelsBetween = Math.abs(k - i) > 1 && ts.slice(Math.min(i, k) + 1, Math.max(i, k)).some((x) => x.kind === 'label');
    if (labelsBetween ? onlyValueOnLine(ts, k) : t.line === v.line + dir && alone(ts, k)) ts[k] = { ...t, endUnproven: true };
    return;
  }
  const from = v.column;
  const to = v.column + v.raw.length;
  for (let k = i + dir; k >= 0 && k < ts.length; k += dir) {
    const t = ts[k] as TableToken;
    if (Math.abs(t.line - v.line) > reach) break;
    if (t.line === v.line || t.column === undefined || (t.kind !== 'value' && t.kind !== 'blank')) continue;
    if (t.column >= to || t.column + Math.max(1, t.raw.length) <= from) continue;
    ts[k] = t.kind === 'value' ? { ...t, endUnproven: true } : { ...t, uncertain: true };
  }
}

/**
 * A region of counts (tables 三 and 四, `countsOnly`): every number cut at its decimal point reads as
 * a glued value of its digits and the point as label text beside it (`2.`: `2` then `.`; `.8`: `.` then
 * `8`), as a list number printed apart from its label was read before cut numbers were tokens.
 * Returns `tokens` itself when it holds no cut number.
 */
export function closeFractions(tokens: readonly TableToken[]): TableToken[] {
  if (!tokens.some(isOpenFraction)) return tokens as TableToken[];
  const out: TableToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as TableToken;
    if (!isOpenFraction(t)) {
      out.push(t);
      continue;
    }
    // A list number alone on its line, its label's text starting the next line: one label.
    const joined = markerWithText(tokens, i, i + 1);
    if (joined) {
      out.push(joined);
      i++;
      continue;
    }
    const closed = closedAt(t as ValueToken);
    if (closed) out.push(closed[0], closed[1]);
    else out.push(t);
  }
  return out;
}

/**
 * A number cut at its decimal point read as it was before cut numbers were tokens: its digits a
 * glued value, the point label text beside it, in text order (`2.`: `2` then `.`; `.8`: `.` then
 * `8`). Null when the digits are no number.
 */
function closedAt(v: ValueToken): [TableToken, TableToken] | null {
  const head = v.raw.endsWith('.');
  const digits = head ? v.raw.slice(0, -1) : v.raw.slice(1);
  const content = parseCellContent(digits);
  if (content.kind !== 'number') return null;
  const at = head ? v.end - 1 : v.start;
  const point: LabelToken = {
    kind: 'label',
    text: '.',
    start: at,
    end: at + 1,
    line: v.line,
    gapBefore: head ? 0 : v.gapBefore,
    lineStart: head ? false : v.lineStart,
    ...(v.column === undefined ? {} : { column: v.column + (head ? v.raw.length - 1 : 0) }),
  };
  const value: ValueToken = {
    ...v,
    raw: digits,
    content,
    glued: true,
    ...(head ? { end: v.end - 1 } : { start: v.start + 1, gapBefore: 0, lineStart: false }),
    ...(!head && v.column !== undefined ? { column: v.column + 1 } : {}),
  };
  return head ? [value, point] : [point, value];
}
