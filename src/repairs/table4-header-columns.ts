/**
 * Table 四 in text laid out by position (`pdftotext -layout`): the header's result words (结果/维持,
 * 其他/结果, 总计 …, cut into pieces over lines) stand at fifteen columns, and each number, or each
 * piece of a number wrapped in its narrow cell, starts at the column of its cell. Where every piece
 * lands on one of the fifteen columns and the three group sums keep, the pieces of a column make
 * its cell (top to bottom) and a column with none is blank.
 */
import type { BlankToken, TableToken, ValueToken } from '../tables/tokens.js';
import type { Placement, RowPlacement } from '../tables/placement.js';
import { joinWrappedPieces } from '../tables/wrapped-number.js';
import { asciiDigits } from '../normalize/digits.js';

/** A piece of a result word of table 四's header. */
const RESULT_PIECE_RE = /^[结果维持纠正其他尚未审总计]+$/;

/** Header pieces whose starts differ by at most this many characters mark one column (a word over two lines). */
const SAME_COLUMN = 1;

/** Columns of the header at least this many characters apart (a number's start then names one). */
const MIN_COLUMN_GAP = 3;

/** How far a number may start from its column's header where every column holds a number. */
const DRIFT_WHEN_FULL = 1;

/**
 * The columns (character starts on the line as printed) of the header's result words, or null
 * unless exactly `ncols`. A word starts where the printed text has a space before a character
 * (normalising joins the words of a header run: `结果 其他` reads `结果其他`).
 */
function headerColumns(
  tokens: readonly TableToken[],
  ncols: number,
  columnOf: (offset: number) => number,
): { columns: number[]; lastLine: number } | null {
  const starts: number[] = [];
  let lastLine = -1;
  for (const t of tokens) {
    if (t.kind !== 'label' || t.end - t.start !== t.text.length) continue;
    let from = 0;
    let at = columnOf(t.start);
    let prev = at;
    for (let k = 1; k <= t.text.length; k++) {
      const col = k < t.text.length ? columnOf(t.start + k) : Number.POSITIVE_INFINITY;
      if (col > prev + 1) {
        if (RESULT_PIECE_RE.test(t.text.slice(from, k))) {
          starts.push(at);
          lastLine = Math.max(lastLine, t.line);
        }
        from = k;
        at = col;
      }
      prev = col;
    }
  }
  const columns = clusters(starts);
  return columns.length === ncols && spread(columns) ? { columns, lastLine } : null;
}

/** Distinct starts, those at most {@link SAME_COLUMN} apart taken as one (the first of them). */
function clusters(starts: readonly number[]): number[] {
  const sorted = [...starts].sort((a, b) => a - b);
  const out: number[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev === undefined || s - prev > SAME_COLUMN) out.push(s);
  }
  return out;
}

/** Whether columns stand at least {@link MIN_COLUMN_GAP} apart (a start then names one). */
function spread(columns: readonly number[]): boolean {
  for (let j = 1; j < columns.length; j++) if ((columns[j] as number) - (columns[j - 1] as number) < MIN_COLUMN_GAP) return false;
  return true;
}

/**
 * The row of table 四 read by the header's columns, or null where the text does not show them:
 * no number, fewer or more than `ncols` header columns, a number before the header's last line, a piece off
 * every column (by more than one character where every column holds one, by any where a column is
 * left blank), two pieces of one line in one column, pieces that do not join as a wrapped number,
 * or group sums (`holds`) that fail.
 */
export function readByHeaderColumns(
  tokens: readonly TableToken[],
  ncols: number,
  holds: (values: readonly (number | null)[]) => boolean,
  columnOf: (offset: number) => number,
): RowPlacement | null {
  const header = headerColumns(tokens, ncols, columnOf);
  if (!header) return null;
  const pieces: { piece: ValueToken; column: number }[] = [];
  for (const t of tokens) {
    if (t.kind === 'blank' || (t.kind === 'value' && t.line <= header.lastLine)) return null;
    if (t.kind === 'value') for (const piece of t.printed ?? [t]) pieces.push({ piece, column: columnOf(piece.start) });
  }
  if (pieces.length === 0) return null;
  // The numbers' own starts where they make the fifteen columns (the header may be set tighter than
  // the numbers under it: full-width digits are wider than its grid), else the header's.
  const own = clusters(pieces.map((p) => p.column));
  const columns = own.length === ncols && spread(own) ? own : header.columns;
  const byColumn: { piece: ValueToken; off: number }[][] = columns.map(() => []);
  for (const { piece, column } of pieces) {
    let best = 0;
    for (let j = 1; j < columns.length; j++)
      if (Math.abs((columns[j] as number) - column) < Math.abs((columns[best] as number) - column)) best = j;
    const off = Math.abs((columns[best] as number) - column);
    const at = byColumn[best] as { piece: ValueToken; off: number }[];
    if (off > DRIFT_WHEN_FULL || at.some((p) => p.piece.line === piece.line)) return null;
    at.push({ piece, off });
  }
  const full = byColumn.every((c) => c.length > 0);
  const values: (number | null)[] = [];
  const placed: Placement[] = [];
  for (const c of byColumn) {
    if (!full && c.some((p) => p.off > 0)) return null;
    c.sort((a, b) => a.piece.line - b.piece.line);
    const first = c[0];
    if (!first) {
      values.push(null);
      const at = tokens[tokens.length - 1] as TableToken;
      const blank: BlankToken = { kind: 'blank', raw: '', start: at.end, end: at.end, line: at.line, gapBefore: 0, lineStart: false };
      placed.push({ status: 'blank', token: blank });
      continue;
    }
    if (c.length > 1 && c.some((p) => !/^\d+$/.test(asciiDigits(p.piece.raw)))) return null;
    let digits = asciiDigits(first.piece.raw);
    let value: number | null = c.length === 1 ? first.piece.content.value : null;
    for (let k = 1; k < c.length; k++) {
      value = joinWrappedPieces(digits, (c[k] as { piece: ValueToken }).piece.raw);
      if (value === null) return null;
      digits += asciiDigits((c[k] as { piece: ValueToken }).piece.raw);
    }
    if (value === null) return null;
    values.push(value);
    const last = (c[c.length - 1] as { piece: ValueToken }).piece;
    const token: ValueToken =
      c.length === 1
        ? first.piece
        : {
            ...first.piece,
            raw: digits,
            end: last.end,
            content: { kind: 'number', value, signed: false, digits },
            printed: c.map((p) => p.piece),
          };
    placed.push({ status: 'value', token });
  }
  return holds(values) ? { columns: placed, surplus: 0, deficit: 0 } : null;
}
