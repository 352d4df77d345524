/**
 * Repair: two neighbouring cells of a table row printed without a gap, as one number (plain
 * `pdftotext` of a Chromium print joins a wide number to the next cell's: `3360 236815707` for
 * `3360 2368 15707`, `2,246 2,85415,935`). A line of numbers alone short of one cell of a row is
 * read whole when exactly one cut of exactly one of its numbers into two makes it a row that keeps
 * its row sum (the last cell the sum of the others), and the line as printed does not (a blank that
 * vanished from it would leave its last number the sum of the others before it). A row of wide
 * numbers may lose two gaps (`211179145549 181659 323085 217998 1601481239618`: the first two cells
 * and the last two): a line short of two cells is read whole where exactly one choice of two of its
 * numbers, each cut once, keeps the row sum, and no cut of one number does (that line may be one pair
 * and a vanished blank); at most {@link MAX_GLUED_PAIRS} pairs a line. The cut's pieces
 * keep the separators they had (`2,854` and `15,935`, never `2,85` and `415,935`) and have no
 * leading zero. Nothing else is read from the order: which cells the pieces are is left to the
 * table reader, and `digit-run-split` names the cut. In text laid out by position (`pdftotext -layout`)
 * a row's line holds its label and then its numbers: the numbers after the label are such a line
 * (`（3）要求提供公开出版物 ２８６１２６ ０ ０ ２２３ ２０９ ８４４`, Chromium's packed narrow cells: 286 and 126;
 * read by position, the six numbers took the wrong cells with the total lost, probe 415 p02).
 *
 * The repair decides; the reader applies the decision (the tokens it returns).
 */
import type { Reporter } from '../diagnostics/reporter.js';
import { parseCellContent } from '../grammar/cell.js';
import { MIN_PLACED_INDENT } from '../tables/text-position.js';
import type { TableToken, ValueToken } from '../tables/tokens.js';

/** The fewest characters of a number that may be two cells run together (`1 0` → `10` is too short to tell). */
const MIN_GLUED_LENGTH = 4;

/** The most pairs of cells run together on one line that are cut (each pair one number of the line). */
const MAX_GLUED_PAIRS = 2;

/** A number as printed that may be two numbers run together: digits and thousands separators. */
const PLAIN_NUMBER_RE = /^\d[\d,]*\d$/;

/** A number alone as one piece of a cut: no leading zero, separators every three digits. */
const PIECE_RE = /^(?:0|[1-9]\d{0,2}(?:,\d{3})*|[1-9]\d*)$/;

/** The value of a piece of a cut, or null when it is no number as printed. */
function pieceValue(s: string): number | null {
  if (!PIECE_RE.test(s)) return null;
  return Number(s.replace(/,/g, ''));
}

/** The cuts of `raw` into two numbers (each a valid piece), as [left, right, at]. */
function cutsOf(raw: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let at = 1; at < raw.length; at++) {
    const a = pieceValue(raw.slice(0, at));
    const b = a === null ? null : pieceValue(raw.slice(at));
    if (a !== null && b !== null) out.push([a, b, at]);
  }
  return out;
}

/**
 * Whether the last value is the sum of the others. Asked of a line of any length, whole rows (where
 * it is the row's equation, table 三's row sum) and lines short of cells (where a vanished blank
 * would leave its last number the sum of those before it): a test of the numbers as printed, whose
 * columns are not known, so not looked up in `template/relations.ts`.
 */
function lastIsSumOfOthers(values: readonly number[]): boolean {
  let s = 0;
  for (let i = 0; i < values.length - 1; i++) s += values[i] as number;
  return s === values[values.length - 1];
}

/**
 * The cuts of a line of numbers `onLine` (read so far as `values`) that make it a row keeping its
 * sum, cutting `pairs` more of its numbers once each, from the number `k` on (`values` holds the
 * pieces of the cuts made before `k`: each moved the numbers after it one place). As [token, at] per
 * number cut; at most two are listed (with two, none is read).
 */
function rowCuts(onLine: readonly ValueToken[], values: readonly number[], pairs: number, k = 0): [ValueToken, number][][] {
  if (pairs === 0) return lastIsSumOfOthers(values) ? [[]] : [];
  const out: [ValueToken, number][][] = [];
  const shift = values.length - onLine.length;
  for (let i = k; i < onLine.length; i++) {
    const v = onLine[i] as ValueToken;
    if (v.raw.length < MIN_GLUED_LENGTH || !PLAIN_NUMBER_RE.test(v.raw)) continue;
    const at = i + shift;
    for (const [a, b, cut] of cutsOf(v.raw)) {
      const row = [...values.slice(0, at), a, b, ...values.slice(at + 1)];
      for (const rest of rowCuts(onLine, row, pairs - 1, i + 1)) {
        out.push([[v, cut], ...rest]);
        if (out.length >= 2) return out;
      }
    }
  }
  return out;
}

/**
 * The tokens with each glued pair of cells cut in two (see the module comment): `ncols` the cells of
 * a row (the last the sum of the others). Lines holding a blank marker, any other count of numbers or
 * a label (but for a row's label before its numbers in text laid out by position) are left as they are.
 */
export function splitGluedPairs(ctx: Reporter, tokens: readonly TableToken[], ncols: number): readonly TableToken[] {
  const cutAt = new Map<ValueToken, number>();
  let from = 0;
  while (from < tokens.length) {
    const line = (tokens[from] as TableToken).line;
    let to = from;
    while (to < tokens.length && (tokens[to] as TableToken).line === line) to++;
    const all = tokens.slice(from, to).filter((t) => t.kind !== 'break');
    from = to;
    // (a row's label before its numbers on the line, text laid out by position: the numbers after it)
    const labels = all.findIndex((t) => t.kind !== 'label');
    const onLine = labels > 0 && positioned(all[labels]) ? all.slice(labels) : all;
    const pairs = ncols - onLine.length;
    if (pairs < 1 || pairs > MAX_GLUED_PAIRS || !onLine.every((t) => t.kind === 'value' && t.content.kind === 'number')) continue;
    const values = onLine.map((t) => (t as ValueToken).content.value as number);
    if (lastIsSumOfOthers(values)) continue;
    // (short of two cells: where one cut keeps the sum, a blank may have vanished beside one pair)
    if (pairs > 1 && rowCuts(onLine as ValueToken[], values, 1).length > 0) continue;
    const found = rowCuts(onLine as ValueToken[], values, pairs);
    if (found.length === 1) for (const [t, at] of found[0] as [ValueToken, number][]) cutAt.set(t, at);
  }
  if (cutAt.size === 0) return tokens;
  const out: TableToken[] = [];
  for (const t of tokens) {
    const at = t.kind === 'value' ? cutAt.get(t) : undefined;
    if (at === undefined || t.kind !== 'value') {
      out.push(t);
      continue;
    }
    const left = t.raw.slice(0, at);
    const right = t.raw.slice(at);
    ctx.report('digit-run-split', { detail: `${t.raw} → ${left} ${right}` });
    out.push(piece(t, left, t.start), { ...piece(t, right, t.start + at), gapBefore: 0, lineStart: false });
  }
  return out;
}

/**
 * Whether a token stands in text laid out by position (`pdftotext -layout`: a row's label, then its
 * numbers set in at their columns), where a row's line holds its label and its numbers.
 */
function positioned(t: TableToken | undefined): boolean {
  return t !== undefined && t.column !== undefined && t.column >= MIN_PLACED_INDENT;
}

/**
 * The ways to read a number as printed as two numbers run together (`3,19016,307` → `3,190` and
 * `16,307`; `276516284` several ways), as the two tokens at their places in the text; none for a
 * number shorter than {@link MIN_GLUED_LENGTH} characters.
 */
export function cutsInTwo(t: ValueToken): [ValueToken, ValueToken][] {
  if (t.raw.length < MIN_GLUED_LENGTH || !PLAIN_NUMBER_RE.test(t.raw)) return [];
  return cutsOf(t.raw).map(([, , at]) => [
    piece(t, t.raw.slice(0, at), t.start),
    { ...piece(t, t.raw.slice(at), t.start + at), gapBefore: 0, lineStart: false },
  ]);
}

/** One piece of a cut token, at its place in the text. */
function piece(t: ValueToken, raw: string, start: number): ValueToken {
  const content = parseCellContent(raw);
  return { ...t, raw, start, end: start + raw.length, content: content.kind === 'number' ? content : t.content, glued: false };
}
