/**
 * Repair check: a line of unclaimed digits beside a row whose numbers may have wrapped in their
 * cells. A browser print centres a cell's lines in the row, so a number wrapped in a narrow cell
 * (`５` over `８`) prints its first digits on the line above the row and its last ones below;
 * plain `pdftotext` then writes the pieces as lines of their own (`５ ５` / `（2）重复申请` /
 * `０ … ８ ８`, or `… ２ ２` / `９ ９` after a row). Read as printed, the row keeps `8` where the
 * page says `58`, and a row whose only number is its total still adds up (`8 = 8`, `58 = 58`).
 *
 * The evidence: a line of digits only, none claimed by a row, on the line right above a row's label
 * or first number (the pieces lead their numbers) or right below its last number (they end them;
 * a line of label text alone may stand between),
 * and a way to join the pieces, left to right, to as many of the row's cells, left to right, that
 * keeps the row's own sum (a first piece starting with no `0` and no narrower than the last, as
 * a number wrapped in its cell breaks). Where such a join exists, both readings fit the text: each cell a join
 * changes keeps its own number and the joined ones as candidates (`ambiguous`). A row no join keeps
 * whole is left as read (the pieces are somebody else's; `values-unplaced` still reports them).
 *
 * Bounded: at most {@link MAX_PIECES} pieces on a line, so at most C(7, 3) joins per row are tried.
 *
 * The repair decides; the reader applies the decision and reports it.
 */
import type { Placement, RowItem } from '../tables/placement.js';
import type { ValueToken } from '../tables/tokens.js';
import { joinWrappedPieces } from '../tables/wrapped-number.js';

/** Pieces on one line at most: more are a row of numbers of their own, not the ends of wrapped ones. */
const MAX_PIECES = 3;
/**
 * Lines a line of pieces may stand from its row: the next one, or the one after a line of text
 * alone (the rest of a wrapped label).
 */
const MAX_PIECE_GAP = 2;
/** Digits only (ASCII or full-width): what a wrapped number's piece is. */
const PIECE_RE = /^[0-9０-９]+$/;

/** One labelled row, as the reader placed it. */
export interface PieceRow {
  /** The row's address prefix. */
  row: string;
  /** First and last line of the row label (a wrapped label takes several). */
  labelLines: readonly [number, number];
  /** The row's placed columns (every one stated: a value or a blank). */
  columns: readonly Placement[];
  /** Whether the row's own sum holds with these values (null: a blank). */
  holds: (values: readonly (number | null)[]) => boolean;
}

/** A row whose stated cells a line of pieces beside it contests. */
export interface WrappedPiecesDecision {
  /** The repair. */
  repair: 'wrapped-pieces';
  /** The row's address prefix. */
  row: string;
  /** Column indexes a join changes. */
  columns: number[];
  /** Per contested column: its own value, then the joined ones. */
  candidates: number[][];
  /** The pieces, as printed. */
  pieces: string[];
}

/**
 * Decides which rows a line of unclaimed pieces beside them contests. `occupied`: the lines holding
 * a row label or a number some row claims (no line of pieces).
 */
export function decideWrappedPieces(
  rows: readonly PieceRow[],
  unplaced: readonly RowItem[],
  occupied: ReadonlySet<number>,
): WrappedPiecesDecision[] {
  const byLine = new Map<number, ValueToken[] | null>();
  for (const { token } of unplaced) {
    const line = byLine.get(token.line);
    if (line === null || occupied.has(token.line)) continue;
    // A blank marker or anything but digits on the line: no line of pieces.
    if (token.kind !== 'value' || !PIECE_RE.test(token.raw)) byLine.set(token.line, null);
    else if (line) line.push(token);
    else byLine.set(token.line, [token]);
  }
  const out: WrappedPiecesDecision[] = [];
  for (const r of rows) {
    const stated = r.columns.map((p) => (p.status === 'value' ? p.token : p.status === 'blank' ? null : undefined));
    if (stated.includes(undefined)) continue;
    const tokens = stated as (ValueToken | null)[];
    const lines = tokens.flatMap((t) => (t ? [t.line] : []));
    if (lines.length === 0) continue;
    const nearest = (from: number, step: number): ValueToken[] | null | undefined => {
      for (let line = from + step, d = 1; d <= MAX_PIECE_GAP && !occupied.has(line); line += step, d++)
        if (byLine.has(line)) return byLine.get(line);
      return undefined;
    };
    const sides: [ValueToken[] | null | undefined, boolean][] = [
      [
        nearest(
          lines.reduce((a, b) => Math.min(a, b), r.labelLines[0]),
          -1,
        ),
        true,
      ],
      [
        nearest(
          lines.reduce((a, b) => Math.max(a, b), r.labelLines[1]),
          1,
        ),
        false,
      ],
    ];
    const joined = new Map<number, Set<number>>();
    for (const [pieces, leading] of sides) {
      if (!pieces || pieces.length > MAX_PIECES) continue;
      const order = pieces.slice().sort((a, b) => a.start - b.start);
      for (const pick of choose(
        tokens.flatMap((t, j) => (t ? [j] : [])),
        order.length,
      )) {
        const values = tokens.map((t) => (t ? t.content.value : null));
        const fits = pick.every((j, k) => {
          const own = (tokens[j] as ValueToken).raw;
          const piece = (order[k] as ValueToken).raw;
          const [first, last] = leading ? [piece, own] : [own, piece];
          const joined = joinWrappedPieces(first, last);
          values[j] = joined;
          return joined !== null;
        });
        if (!fits || !r.holds(values)) continue;
        for (const j of pick) {
          const set = joined.get(j) ?? new Set<number>();
          set.add(values[j] as number);
          joined.set(j, set);
        }
      }
      if (joined.size > 0) {
        const columns = [...joined.keys()].sort((a, b) => a - b);
        out.push({
          repair: 'wrapped-pieces',
          row: r.row,
          columns,
          candidates: columns.map((j) => [(tokens[j] as ValueToken).content.value, ...(joined.get(j) as Set<number>)]),
          pieces: order.map((t) => t.raw),
        });
        break;
      }
    }
  }
  return out;
}

/** Every way to pick `k` of `from`, in order. */
function choose(from: readonly number[], k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let i = 0; i <= from.length - k; i++) for (const rest of choose(from.slice(i + 1), k - 1)) out.push([from[i] as number, ...rest]);
  return out;
}
