/**
 * Repair: a table's stream of numbers (`number-stream.ts`) that holds fewer cells than the table
 * because plain `pdftotext` ran the digits of two neighbouring cells together (a wide number in a
 * narrow cell of a Chromium print touches the next cell: `2281 14805` comes out `228114805`).
 *
 * The evidence is the count and the arithmetic. The stream is short of the table's cells by `k`
 * (at most {@link MAX_STREAM_CUTS}); the repair reads it row by row with exactly `k` of its numbers
 * cut in two (each cut anywhere between two digits, neither piece with a leading zero), every row
 * whose cells are then all known keeping its row sum, and the whole division keeping every equation
 * of the table (as `number-stream.ts` requires). Every such reading is found (the search is
 * exhaustive within {@link MAX_CUT_STEPS}); one reading: its cells are read; several (at most
 * {@link MAX_CUT_READINGS}): the cells they disagree on stay ambiguous with every candidate. A search
 * that runs out of budget, or finds more readings, decides nothing.
 */
import type { ValueToken } from '../tables/tokens.js';
import { indexRelation, operandsStatus, type Operand } from '../template/arithmetic.js';
import { divisionFit, keptDivisions, rowRelationsOf, streamDivisionFits, type StreamCell, type StreamDecider } from './number-stream.js';

/** The most numbers cut in two in one table (a glued pair per wide row; more is no stream to read). */
export const MAX_STREAM_CUTS = 8;

/** The steps (a cell taken whole or cut at one place) the search may take over one table. */
export const MAX_CUT_STEPS = 200_000;

/** The most readings kept: more means the cuts are not determined and nothing is decided. */
export const MAX_CUT_READINGS = 4;

/** Digits and thousands separators only: a number that may be two cells' digits run together. */
const DIGITS_RE = /^\d[\d,]*\d$/;

/** A piece of a cut: a number without a leading zero, plain or with its thousands separated. */
const PIECE_RE = /^(?:0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)$/;

/** The two pieces of `t` cut after `at` characters, or null where a piece is no number as printed. */
function cutAt(t: ValueToken, at: number): [ValueToken, ValueToken] | null {
  const a = t.raw.slice(0, at);
  const b = t.raw.slice(at);
  if (!PIECE_RE.test(a) || !PIECE_RE.test(b)) return null;
  const piece = (raw: string, start: number, end: number): ValueToken => {
    const digits = raw.replace(/,/g, '');
    return { ...t, raw, start, end, glued: false, content: { kind: 'number', value: Number(digits), signed: false, digits } };
  };
  const mid = t.end - t.start === t.raw.length ? t.start + at : t.start;
  return [piece(a, t.start, mid), piece(b, mid, t.end)];
}

/** Whether `t` may be cut: a plain integer written as digits (and thousands separators) only. */
function cuttable(t: StreamCell): t is ValueToken {
  return t.kind === 'value' && t.content.kind === 'number' && !t.content.signed && t.content.unit === undefined && DIGITS_RE.test(t.raw);
}

/** A stream cell as an operand of the evaluator: a number, a blank, or unknown (no cell). */
function streamOperand(t: StreamCell | undefined): Operand {
  if (!t) return null;
  return t.kind === 'blank' ? 'blank' : t.content.value;
}

/**
 * Decides the repair for a stream `cells` short of the table's `rows` × `ncols` cells: the readings
 * row by row with some numbers cut in two that keep every row sum and every equation of the table
 * (`cellAt`, `relations`, `blankAsZero` as in `decideNumberStream`). Null when the shortfall is
 * none or too large, no reading fits, the readings are too many, or the budget runs out.
 */
export const decideCutStream: StreamDecider = (cells, rows, ncols, cellAt, relations, blankAsZero) => {
  const cuts = rows * ncols - cells.length;
  if (rows < 2 || ncols < 2 || cuts < 1 || cuts > MAX_STREAM_CUTS) return null;
  // the row sums, by data row (a row's equations whose cells are all in it)
  const rowRelations = rowRelationsOf(rows, cellAt, relations);
  const readings: StreamCell[][][] = [];
  const dead = new Set<number>();
  let steps = 0;
  let overflow = false;
  const division: StreamCell[][] = [];
  const current: StreamCell[] = [];
  // (each row equation's cells as columns of its row, looked up once: the search judges a row many times;
  // -1: a cell of another row, unknown here)
  const compiled = rowRelations.map((rels, r) =>
    rels.map((rel) =>
      indexRelation(
        rel,
        (a) => {
          const at = cellAt(a);
          return at && at.row === r ? at.column : -1;
        },
        blankAsZero,
      ),
    ),
  );
  const rowHolds = (r: number, row: readonly StreamCell[]): boolean => {
    for (const rel of compiled[r] ?? []) if (operandsStatus(rel, row, streamOperand) === 'fails') return false;
    return true;
  };
  // (the pieces of each cell cut at each place, made once: the search comes back to a cell many times)
  const cutsOf: (([ValueToken, ValueToken] | null)[] | undefined)[] = [];
  const cutsAt = (i: number, t: ValueToken): ([ValueToken, ValueToken] | null)[] => {
    let cuts = cutsOf[i];
    if (!cuts) {
      cuts = [];
      for (let at = 1; at < t.raw.length; at++) cuts[at] = cutAt(t, at);
      cutsOf[i] = cuts;
    }
    return cuts;
  };
  // i: next stream cell; left: cuts still to make. Returns whether a complete reading was reached.
  const walk = (i: number, left: number): boolean => {
    if (overflow) return false;
    if (++steps > MAX_CUT_STEPS) {
      overflow = true;
      return false;
    }
    const r = division.length;
    if (current.length === ncols) {
      if (!rowHolds(r, current)) return false;
      const key = (i * (MAX_STREAM_CUTS + 1) + left) * (rows + 1) + r + 1;
      if (dead.has(key)) return false;
      division.push(current.splice(0));
      let found = false;
      if (division.length === rows) {
        if (i === cells.length && left === 0) {
          found = true;
          if (streamDivisionFits(division, cellAt, relations, blankAsZero)) {
            readings.push(division.map((row) => [...row]));
            if (readings.length > MAX_CUT_READINGS) overflow = true;
          }
        }
      } else found = walk(i, left);
      const back = division.pop() as StreamCell[];
      for (const t of back) current.push(t);
      if (!found && !overflow) dead.add(key);
      return found;
    }
    const t = cells[i];
    const need = (rows - r) * ncols - current.length;
    if (!t || cells.length - i + left < need || cells.length - i > need) return false;
    let found = false;
    current.push(t);
    found = walk(i + 1, left) || found;
    current.pop();
    if (left > 0 && cuttable(t) && current.length + 2 <= ncols) {
      const cuts = cutsAt(i, t);
      for (let at = 1; at < t.raw.length && !overflow; at++) {
        const pieces = cuts[at];
        if (!pieces) continue;
        current.push(pieces[0], pieces[1]);
        found = walk(i + 1, left - 1) || found;
        current.pop();
        current.pop();
      }
    }
    return found;
  };
  walk(0, cuts);
  if (overflow) return null;
  // A cut whose row sum a blank total leaves unchecked is never read on its own (readingsKept). A
  // blank with no number that may be cut before it, or none after it, stands in the same cell
  // whatever the cuts (all of them after it, or all before): no cut placed it.
  const cuttableBefore: number[] = [];
  let seen = 0;
  for (const t of cells) {
    cuttableBefore.push(seen);
    if (cuttable(t)) seen++;
  }
  const placed = (blank: StreamCell): boolean => {
    const i = cells.indexOf(blank);
    return i >= 0 && (cuttableBefore[i] as number) > 0 && (cuttableBefore[i] as number) < seen;
  };
  const kept = keptDivisions(readings, (d) => divisionFit(d, cellAt, relations, blankAsZero, placed));
  if (kept.length === 0) return null;
  return { repair: 'number-stream', readings: kept.map((d) => ({ order: 'rows-cut', rows: d })) };
};
