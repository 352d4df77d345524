/**
 * Repair: a table's stream of numbers (`number-stream.ts`) in which some rows' first cells stand
 * apart from the rest of their row. Plain `pdftotext` of a LibreOffice print puts the first
 * number column beside the row labels, in the labels' flow: a row's first number comes with its
 * label, and where the label is printed later (a label cluster after the numbers, a label wrapped
 * around its number), so is the number. The other cells keep the template's order, row by row.
 *
 * The evidence is the count and the arithmetic. The stream holds exactly the table's cells; it is
 * read as two sequences merged, both in the template's row order: each row's cells from column
 * `p` on (the main sequence) and its first `p` cells (at most {@link MAX_SIDE_CELLS}), which may
 * stand later than the row's other cells, never earlier. Every row keeps its row sum (a part
 * larger than the row's total ends a reading at once), and the whole division keeps every equation
 * of the table (as `number-stream.ts` requires). Every such reading is found (the search is
 * exhaustive within {@link MAX_SIDE_STEPS}); one reading: its cells are read; several (at most
 * {@link MAX_SIDE_READINGS}): the cells they disagree on stay ambiguous with every candidate. A
 * search that runs out of budget, or finds more readings, decides nothing.
 */
import {
  indexRelation,
  operandSideSum,
  operandsStatus,
  roundSum,
  type IndexedRelation,
  type IndexedSide,
  type Operand,
} from '../template/arithmetic.js';
import type { TableToken } from '../tables/tokens.js';
import type { TableRelation } from '../template/relations.js';
import {
  divisionFit,
  keptDivisions,
  rowRelationsOf,
  sameDivision,
  streamDivisionFits,
  type NumberStreamDecision,
  type StreamCell,
  type StreamDecider,
} from './number-stream.js';

/** The most first cells of one row that may stand apart from it (the label's flow holds one or two). */
export const MAX_SIDE_CELLS = 2;

/** How many rows ahead of the main sequence a row's first cells may stand (a label printed early). */
export const MAX_SIDE_LEAD = 1;

/** The steps (a cell placed) the search may take over one table. */
export const MAX_SIDE_STEPS = 3_000;

/** The most readings kept: more means the order is not determined and nothing is decided. */
export const MAX_SIDE_READINGS = 4;

/**
 * The most rows whose equations fail in the stream read row by row, for a search: a cell apart
 * shifts that reading only over the rows between its place and where it is printed (a row or two
 * in LibreOffice's flow), so the other rows keep their sums there. More rows failing is a stream
 * out of order otherwise (blocks of columns, rows apart), where the search would find nothing.
 */
export const MAX_SIDE_ROWS_OFF = 4;

/**
 * Whether the stream `cells` read row by row (`rows` × `ncols`) leaves at most
 * {@link MAX_SIDE_ROWS_OFF} rows whose equations fail: the precondition of the side-stream search.
 */
export const fewRowsOff = (...[cells, rows, ncols, cellAt, relations, blankAsZero]: Parameters<StreamDecider>): boolean => {
  const sums = rowSumsOf(rows, cellAt, relations, blankAsZero);
  let off = 0;
  for (let r = 0; r < rows; r++)
    if (rowFails(cells.slice(r * ncols, (r + 1) * ncols), sums[r] ?? [], true) && ++off > MAX_SIDE_ROWS_OFF) return false;
  return true;
};

/**
 * For each cell of a region (its numbers and blank markers, in source order, as `streamCells`
 * lists them): whether it stands beside a label (the token before or after it, row breaks
 * skipped, is a label): the evidence that it may be printed in the labels' flow.
 */
export function besideLabels(tokens: readonly TableToken[]): boolean[] {
  const kept = tokens.filter((t) => t.kind !== 'break');
  const out: boolean[] = [];
  kept.forEach((t, k) => {
    if (t.kind === 'value' || t.kind === 'blank') out.push(kept[k - 1]?.kind === 'label' || kept[k + 1]?.kind === 'label');
  });
  return out;
}

/** Each data row's equations (`rowRelationsOf`) over the row's columns. */
function rowSumsOf(
  rows: number,
  cellAt: (address: string) => { row: number; column: number } | null,
  relations: readonly TableRelation[],
  blankAsZero: (address: string) => boolean,
): IndexedRelation[][] {
  const column = (a: string): number => cellAt(a)?.column ?? -1;
  return rowRelationsOf(rows, cellAt, relations).map((rels) => rels.map((rel) => indexRelation(rel, column, blankAsZero)));
}

/** A stream cell (or a place not filled yet) as an operand of the evaluator: a number, a blank, or unknown. */
function streamOperand(t: StreamCell | null | undefined): Operand {
  if (!t) return null;
  return t.kind === 'blank' ? 'blank' : t.content.value;
}

/**
 * The sum of the cells placed so far of a side of a row being filled (a place not filled yet left
 * out), as the equations count them; null where a blank that does not count stands in it. The
 * search's bound and signature, not an equation's value: a whole row is judged by the evaluator.
 */
function placedSum(row: readonly (StreamCell | null | undefined)[], side: IndexedSide): number | null {
  let value = 0;
  for (let k = 0; k < side.at.length; k++) {
    const t = row[side.at[k] as number];
    if (!t) continue;
    if (t.kind === 'value') value += t.content.value;
    else if (!(side.blankAsZero[k] as boolean)) return null;
  }
  return roundSum(value);
}

/**
 * Whether a row's equations `rels` fail on its cells: once it is `whole`, an equation whose cells
 * are all known fails (the evaluator's `fails`); before, a bound of the search: the parts placed so
 * far exceed the total, where the total is known (counts are ≥ 0).
 */
function rowFails(row: readonly (StreamCell | null | undefined)[], rels: readonly IndexedRelation[], whole: boolean): boolean {
  if (whole) return rels.some((rel) => operandsStatus<StreamCell | null | undefined>(rel, row, streamOperand) === 'fails');
  return rels.some((rel) => {
    const total = operandSideSum<StreamCell | null | undefined>(rel.left, row, streamOperand);
    const parts = total === null ? null : placedSum(row, rel.right);
    return parts !== null && parts > (total as number);
  });
}

/**
 * Decides the repair for a stream `cells` of exactly the table's `rows` × `ncols` cells read as a
 * main sequence and a side sequence of rows' first cells. Only a cell `apart(i)` allows (one that
 * stands beside a label) and that is a number above 0 (a zero or a blank out of place is no
 * evidence: the equations cannot tell it from another) may stand apart. `cellAt`, `relations`,
 * `blankAsZero` as in `decideNumberStream`. Null when the count differs, no reading fits, the
 * readings are too many, or the budget runs out.
 */
export function decideSideStream(
  cells: readonly StreamCell[],
  apart: (index: number) => boolean,
  rows: number,
  ncols: number,
  cellAt: (address: string) => { row: number; column: number } | null,
  relations: readonly TableRelation[],
  blankAsZero: (address: string) => boolean,
): NumberStreamDecision | null {
  if (rows < 2 || ncols <= MAX_SIDE_CELLS + 1 || cells.length !== rows * ncols) return null;
  if (!fewRowsOff(cells, rows, ncols, cellAt, relations, blankAsZero)) return null;
  // every reading; null when the search ran out of budget or found too many
  const search = (): StreamCell[][][] | null => {
    const sums = rowSumsOf(rows, cellAt, relations, blankAsZero);
    const grid: (StreamCell | null)[][] = Array.from({ length: rows }, () => new Array<StreamCell | null>(ncols).fill(null));
    // each row's signature: what its equations will see of the cells placed (the sums of each side
    // and whether a blank that counts as nothing stands in it); the search ahead depends on no more
    const sig: string[] = new Array<string>(rows).fill('');
    const filled: number[] = new Array<number>(rows).fill(0);
    // each row's first cells on the side sequence (-1: not decided yet)
    const side: number[] = new Array<number>(rows).fill(-1);
    // how many cells from each index on may stand apart
    const mayStandApart: number[] = new Array<number>(cells.length + 1).fill(0);
    for (let i = cells.length - 1; i >= 0; i--) {
      const t = cells[i] as StreamCell;
      mayStandApart[i] = (mayStandApart[i + 1] as number) + (apart(i) && t.kind === 'value' && t.content.value > 0 ? 1 : 0);
    }
    const readings: StreamCell[][][] = [];
    let steps = 0;
    let overflow = false;
    const signature = (r: number): string => {
      let out = '';
      for (const rel of sums[r] ?? []) out += `,${placedSum(grid[r] ?? [], rel.left) ?? 'x'}:${placedSum(grid[r] ?? [], rel.right) ?? 'x'}`;
      return out;
    };
    // a row's equations: none fails once the row is whole; before, no known part exceeds a known total
    const rowKeeps = (r: number): boolean => !rowFails(grid[r] ?? [], sums[r] ?? [], filled[r] === ncols);
    // places cell i at (r, c) and walks on to (a, u, b, w) when the row still keeps its equations;
    // whether a whole division was reached
    const tryAt = (i: number, r: number, c: number, a: number, u: number, b: number, w: number): boolean => {
      (grid[r] as (StreamCell | null)[])[c] = cells[i] as StreamCell;
      filled[r] = (filled[r] as number) + 1;
      const before = sig[r] as string;
      let reached = rowKeeps(r);
      if (reached) {
        sig[r] = signature(r);
        reached = walk(i + 1, a, u, b, w);
        sig[r] = before;
      }
      (grid[r] as (StreamCell | null)[])[c] = null;
      filled[r] = (filled[r] as number) - 1;
      return reached;
    };
    // the states from which no whole division can be reached (what lies ahead depends only on the
    // pointers and the rows still open: rows before both pointers are whole, rows after the lead untouched)
    const dead = new Set<string>();
    const stateKey = (i: number, a: number, u: number, b: number, w: number): string => {
      let key = `${i},${a},${u},${b},${w}`;
      for (let r = Math.min(a, b); r < rows && r <= a + MAX_SIDE_LEAD; r++) key += `|${side[r] as number}${sig[r] as string}`;
      return key;
    };
    // i: next cell; a, u: the main sequence's row and column (-1: the row not begun); b, w: the side's.
    // Whether a whole division was reached from here.
    const walk = (i: number, a: number, u: number, b: number, w: number): boolean => {
      while (b < rows && (side[b] as number) >= 0 && w >= (side[b] as number)) {
        b++;
        w = 0;
      }
      if (overflow) return false;
      if (++steps > MAX_SIDE_STEPS) {
        overflow = true;
        return false;
      }
      const t = cells[i];
      if (!t) {
        if (a !== rows || b !== rows) return false;
        if (streamDivisionFits(grid as StreamCell[][], cellAt, relations, blankAsZero) && !readings.some((d) => sameDivision(d, grid))) {
          readings.push(grid.map((row) => [...(row as StreamCell[])]));
          if (readings.length > MAX_SIDE_READINGS) overflow = true;
        }
        return true;
      }
      const key = stateKey(i, a, u, b, w);
      if (dead.has(key)) return false;
      // the first cells still owed by the rows begun must be among the cells ahead that may stand apart
      let owed = 0;
      for (let r = b; r < rows && r <= a + MAX_SIDE_LEAD; r++) if ((side[r] as number) > 0) owed += (side[r] as number) - (r === b ? w : 0);
      if (owed > (mayStandApart[i] as number)) {
        dead.add(key);
        return false;
      }
      let reached = false;
      if (a < rows) {
        const decided = side[a] as number;
        const first = u >= 0 ? u : decided >= 0 ? decided : 0;
        const last = u >= 0 ? u : decided >= 0 ? decided : MAX_SIDE_CELLS;
        for (let c = first; c <= last; c++) {
          const fresh = u < 0 && decided < 0;
          if (fresh) side[a] = c;
          const ends = c === ncols - 1;
          reached = tryAt(i, a, c, ends ? a + 1 : a, ends ? -1 : c + 1, b, w) || reached;
          if (fresh) side[a] = -1;
        }
      }
      if (b < rows && apart(i) && t.kind === 'value' && t.content.value > 0) {
        if ((side[b] as number) >= 0) reached = tryAt(i, b, w, a, u, b, w + 1) || reached;
        else {
          // the side ahead of the main sequence: rows it passes have no first cells apart
          const passed: number[] = [];
          for (let r = b; r < rows && r <= a + MAX_SIDE_LEAD && (side[r] as number) < 0 && !overflow; r++) {
            if (r > a) {
              for (let k = 1; k <= MAX_SIDE_CELLS; k++) {
                side[r] = k;
                reached = tryAt(i, r, 0, a, u, r, 1) || reached;
              }
            }
            side[r] = 0;
            passed.push(r);
          }
          for (const r of passed) side[r] = -1;
        }
      }
      if (!reached && !overflow) dead.add(key);
      return reached;
    };
    walk(0, 0, -1, 0, 0);
    return overflow ? null : readings;
  };
  const readings = search();
  if (!readings || readings.length === 0) return null;
  // A reading whose row equation a blank leaves unchecked (a blank total) rests on the cells' order
  // alone there: in a report that does not add up, a blank moved into a total makes the arithmetic
  // look whole (a layouts property counterexample). It is never read on its own (readingsKept).
  const kept = keptDivisions(readings, (d) => divisionFit(d, cellAt, relations, blankAsZero));
  if (kept.length === 0) return null;
  return { repair: 'number-stream', readings: kept.map((d) => ({ order: 'rows-apart', rows: d })) };
}
