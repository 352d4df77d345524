/**
 * A wrapped number's first piece above the row's centred numbers: its place in the row is not shown.
 *
 * A browser print centres a cell's lines in its row, so a number wrapped over two lines of its cell
 * (`７５４１` over `８`) prints its first piece on a line above the row's one-line numbers and its
 * last piece on a line below them. Plain `pdftotext` writes the page line by line, so that first
 * piece leads the row's numbers in the text **whatever its column**: `７５４１` / `５` / `２` / `９` /
 * `３０００ ７６７６ ８６１１０` / `８` reads 75418 first though the page has 5 before it. Once the pieces
 * are joined into one cell (the row's own sum then holds), the order of the text places the joined
 * number before every number printed on a line between its first and its last piece, and that order
 * is the printing's, not the columns'. Any order of the joined number among those numbers (theirs
 * kept) keeps the row's numbers and so its sum: where more than one such order keeps the row's own
 * sum, each column such an order changes is `ambiguous` with the numbers it may hold.
 *
 * Only text not placed by position (plain text starts each line at its first character): a line laid
 * out from positions (`pdftotext -layout`, a PDF's lines) places its pieces by their columns.
 */
import type { Placement } from './placement.js';
import type { ValueToken } from './tokens.js';

/** Columns whose numbers may trade places with the joined one, and each one's candidates (the number read there first). */
export interface CentredTrade {
  /** Column indexes the trade contests, in the row's order. */
  columns: number[];
  /** Per contested column: the number read there, then the others it may hold. */
  candidates: number[][];
  /** Per contested column: the token read there. */
  tokens: ValueToken[];
}

/** Lines a placed cell's number is printed on (a number joined from pieces: its pieces' lines). */
function linesOf(p: Placement): number[] {
  if (p.status === 'value') return (p.token.printed ?? [p.token]).map((t) => t.line);
  if (p.status === 'ambiguous') return p.tokens.map((t) => t.line);
  return p.status === 'blank' ? [p.token.line] : [];
}

/**
 * The trade of the joined number in column `j` (from the pieces `chain`, top to bottom, its first
 * piece on the column's place) with the numbers printed between its first and last pieces' lines,
 * or null where no other order keeps the row's sum. `placedByPosition`: whether a token's place
 * on its line comes from the page; `holds`: whether the row's own sum holds with these values
 * (one per column, null for a blank; a vector the caller may reuse).
 */
export function centredTrade(
  columns: readonly Placement[],
  j: number,
  chain: readonly ValueToken[],
  placedByPosition: (t: ValueToken) => boolean,
  holds: (values: readonly (number | null)[]) => boolean,
): CentredTrade | null {
  const head = chain[0];
  const own = columns[j];
  if (!head || chain.length < 2 || own?.status !== 'value' || chain.some(placedByPosition)) return null;
  const tailLine = chain.slice(1).reduce((a, t) => Math.min(a, t.line), Number.POSITIVE_INFINITY);
  if (tailLine <= head.line) return null;
  // (the columns after it whose numbers all stand on lines strictly between the head and the tail)
  const slots = [j];
  for (let c = j + 1; c < columns.length; c++) {
    const p = columns[c] as Placement;
    const lines = linesOf(p);
    if (p.status !== 'value' || p.token.printed !== undefined) break;
    if (lines.length === 0 || !lines.every((l) => l > head.line && l < tailLine)) break;
    slots.push(c);
  }
  if (slots.length < 2) return null;
  const base: (number | null)[] = columns.map((p) =>
    p.status === 'value' ? p.token.content.value : p.status === 'ambiguous' ? (p.candidates[0] ?? null) : null,
  );
  const joined = own.token.content.value;
  const middles = slots.slice(1).map((c) => (columns[c] as { token: ValueToken }).token.content.value);
  const seen = slots.map((): number[] => []);
  let ways = 0;
  for (let at = 0; at < slots.length; at++) {
    const values = base.slice();
    let m = 0;
    slots.forEach((c, s) => {
      values[c] = s === at ? joined : (middles[m++] as number);
    });
    if (!holds(values)) continue;
    ways++;
    slots.forEach((c, s) => {
      const v = values[c] as number;
      if (!(seen[s] as number[]).includes(v)) (seen[s] as number[]).push(v);
    });
  }
  if (ways < 2) return null;
  const out: CentredTrade = { columns: [], candidates: [], tokens: [] };
  slots.forEach((c, s) => {
    const read = base[c] as number;
    const others = (seen[s] as number[]).filter((v) => v !== read);
    if (others.length === 0) return;
    out.columns.push(c);
    out.candidates.push([read, ...others]);
    out.tokens.push((columns[c] as { token: ValueToken }).token);
  });
  return out.columns.length > 0 ? out : null;
}

/** Readings of a contested row's heads tried at most (each a choice of slots): more is no evidence of any. */
const MAX_HEAD_PLACINGS = 4096;

/** The choices of `k` slots among `n`, in order (each a sorted list of slot indexes). */
function slotChoices(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick: number[] = [];
  const walk = (from: number): void => {
    if (out.length > MAX_HEAD_PLACINGS) return;
    if (pick.length === k) {
      out.push(pick.slice());
      return;
    }
    for (let s = from; s <= n - (k - pick.length); s++) {
      pick.push(s);
      walk(s + 1);
      pick.pop();
    }
  };
  walk(0);
  return out;
}

/**
 * The trade of a row's contested heads (cells the wrapped pieces left `ambiguous`, each its first
 * piece and its own token, not placed by position) with the stated numbers printed after the first
 * head's line and before `tailLine` (the first line of the row's pieces after its heads): the text's
 * order places neither among the other. Every way of the row (`ways`: each cell's value, the heads'
 * joins) is tried with its heads in any slots of the run (heads in their order, the stated numbers in
 * theirs); where two or more placings keep the row's sum, each column they change is contested with
 * the numbers they give it (the heads' own candidates first), or null where the text leaves no trade.
 */
export function contestedHeadsTrade(
  columns: readonly Placement[],
  heads: readonly number[],
  tailLine: number,
  ways: readonly { values: readonly (number | null)[] }[],
  placedByPosition: (t: ValueToken) => boolean,
  holds: (values: readonly (number | null)[]) => boolean,
): CentredTrade | null {
  const own = heads
    .filter((j) => {
      const p = columns[j];
      return (
        p?.status === 'ambiguous' &&
        p.tokens.length === 1 &&
        !placedByPosition(p.tokens[0] as ValueToken) &&
        (p.tokens[0] as ValueToken).line < tailLine
      );
    })
    .sort((a, b) => a - b);
  const first = own[0];
  if (first === undefined || ways.length === 0) return null;
  const headLine = own.reduce(
    (a, j) => Math.min(a, ((columns[j] as { tokens: ValueToken[] }).tokens[0] as ValueToken).line),
    Number.POSITIVE_INFINITY,
  );
  // (the run from the first head: the heads, and the stated numbers between the heads' and the tails' lines)
  const slots: number[] = [];
  const middles: number[] = [];
  for (let c = first; c < columns.length; c++) {
    if (own.includes(c)) {
      slots.push(c);
      continue;
    }
    const p = columns[c] as Placement;
    if (p.status !== 'value' || p.token.printed !== undefined) break;
    if (!(p.token.line > headLine && p.token.line < tailLine)) break;
    slots.push(c);
    middles.push(c);
  }
  if (middles.length === 0) return null;
  const choices = slotChoices(slots.length, own.length);
  if (choices.length > MAX_HEAD_PLACINGS) return null;
  const read = (c: number): number => (columns[c] as { token: ValueToken }).token.content.value;
  const seen = new Map<number, number[]>(slots.map((c) => [c, []]));
  const placings = new Set<string>();
  for (const way of ways) {
    for (const choice of choices) {
      const values = way.values.slice();
      let h = 0;
      let m = 0;
      slots.forEach((c, s) => {
        values[c] = choice.includes(s) ? (way.values[own[h++] as number] ?? null) : read(middles[m++] as number);
      });
      if (!holds(values)) continue;
      placings.add(slots.map((c) => values[c]).join(','));
      for (const c of slots) {
        const v = values[c];
        const list = seen.get(c) as number[];
        if (v !== null && v !== undefined && !list.includes(v)) list.push(v);
      }
    }
  }
  if (placings.size < 2) return null;
  const out: CentredTrade = { columns: [], candidates: [], tokens: [] };
  for (const c of slots) {
    const p = columns[c] as Placement;
    const known = p.status === 'ambiguous' ? p.candidates : [read(c)];
    const others = (seen.get(c) as number[]).filter((v) => !known.includes(v));
    if (others.length === 0 && p.status !== 'ambiguous') continue;
    out.columns.push(c);
    out.candidates.push([...known, ...others]);
    out.tokens.push(p.status === 'ambiguous' ? (p.tokens[0] as ValueToken) : (p as { token: ValueToken }).token);
  }
  return out.columns.some((c) => !own.includes(c)) ? out : null;
}
