/**
 * The search shared by the stream repairs that read a table's cells in the template's order but
 * for some cells printed later: runs of rows' cells that wait and are printed further down the
 * stream (`deferred-runs.ts`: short runs printed together, a few rows waiting; `label-flow-cells.ts`:
 * a row's first or last cells printed one at a time between the pieces of labels, a band of rows
 * waiting).
 *
 * The walk goes through the stream in the template's order; at each stream cell the cell is either
 * - some of the cells waiting, from the first, printed here in the template's order (the repair's
 *   {@link WaitingCellsRules.released}: where waiting cells may land);
 * - the next cell in the template's order; or
 * - the cell after a run that waits (the repair's {@link WaitingCellsRules.spans} and
 *   {@link WaitingCellsRules.mayWait}: which cells may wait), a row waiting once, and never in a
 *   row that, read in order from the cell, keeps its own equations
 *   ({@link WaitingCellsRules.keepsInOrder}).
 * Shared by both: two cells of the stream on one text line are one row's, side by side in column
 * order; a path is dropped as soon as an equation whose cells are all filled fails (`refuted`);
 * paths that reach the same stream cell, the same next cell and the same number of waiting cells
 * with the same cells filled by the same values are walked once; a reading is kept where it keeps
 * the table's equations as `number-stream.ts` requires (`divisionFit`, `keptDivisions`). Every
 * reading is found, exhaustively within the repair's bound of steps; more readings than the repair
 * allows, or the bound reached: nothing is decided.
 */
import { gridRelations, type GridRelation } from './grid-equations.js';
import { divisionFit, keptDivisions, type StreamCell } from './number-stream.js';
import { addReading, StreamGrid } from './stream-grid.js';
import type { ReadingFit } from '../template/arithmetic.js';
import type { TableRelation } from '../template/relations.js';

/** What a repair's rules see of the walk (read only). */
export interface WaitingCellsState {
  /** The table's columns. */
  readonly ncols: number;
  /** The stream cell filling each grid cell (`row * ncols + column`), -1 where none yet. */
  readonly grid: Int32Array;
  /** The grid cell each stream cell fills, -1 where none yet. */
  readonly placedAt: Int32Array;
  /** The grid cells waiting (deferred and not yet printed), in the template's order. */
  readonly waiting: readonly number[];
  /** 1 for a row with cells that have waited (a row's cells wait once). */
  readonly rowWaited: Uint8Array;
}

/** What one repair decides in the walk: which cells may wait, and where they may land. */
export interface WaitingCellsRules {
  /** The most steps (cells placed) over one table's search. */
  readonly maxSteps: number;
  /** The most readings kept: more means the stream does not show where the cells belong. */
  readonly maxReadings: number;
  /** Whether a run may reach the table's end (the stream's cells left then are the waiting ones). */
  readonly toEnd: boolean;
  /** Whether no reading can follow at stream cell `s` (checked before the path is remembered); none: always false. */
  readonly hopeless?: (s: number, state: WaitingCellsState) => boolean;
  /**
   * How many of the waiting cells, from the first, are printed together from stream cell `s` in
   * the template's order (0: none here), with `next` the next grid cell in the template's order.
   */
  readonly released: (s: number, next: number, state: WaitingCellsState) => number;
  /**
   * Whether the row's own equations `own`, over the grid filled with the row's cells `[from, to)`
   * read in order, show that order (then none of the row's cells waits).
   */
  readonly keepsInOrder: (own: readonly GridRelation[], grid: Int32Array, from: number, to: number) => boolean;
  /** The lengths of the runs that may wait from grid cell `next` (stream cell `s`), in the order tried. */
  readonly spans: (s: number, next: number, state: WaitingCellsState) => readonly number[];
  /** Whether the run of grid cells `[next, next + span)` may wait now; false: no longer run is tried either. */
  readonly mayWait: (next: number, span: number, state: WaitingCellsState) => boolean;
}

/**
 * The readings of a stream `cells` of exactly the table's `rows` × `ncols` cells under a repair's
 * `rules` (`cellAt`, `relations`, `blankAsZero` as in `decideNumberStream`), each a division of the
 * stream into the table's rows. Null when the count differs, a value is negative, no reading fits,
 * the readings are too many, or the bound is reached.
 */
export function waitingCellsReadings(
  cells: readonly StreamCell[],
  rows: number,
  ncols: number,
  cellAt: (address: string) => { row: number; column: number } | null,
  relations: readonly TableRelation[],
  blankAsZero: (address: string) => boolean,
  rules: WaitingCellsRules,
): StreamCell[][][] | null {
  const size = rows * ncols;
  if (rows < 2 || cells.length !== size) return null;
  // (the sums' bound holds for counts only)
  if (cells.some((t) => t.kind === 'value' && t.content.value < 0)) return null;
  const rels = gridRelations(relations, ncols, cellAt, blankAsZero);
  const filled = new StreamGrid(cells, ncols, size, rels);
  const { grid, placedAt, hash } = filled;
  const rowWaited = new Uint8Array(rows);
  const queue: number[] = [];
  const state: WaitingCellsState = { ncols, grid, placedAt, waiting: queue, rowWaited };
  const readings: StreamCell[][][] = [];
  const seen = new Set<string>();
  let steps = 0;
  let over = false;
  const rowOf = (g: number): number => Math.floor(g / ncols);
  const fit = (d: StreamCell[][]): ReadingFit => divisionFit(d, cellAt, relations, blankAsZero);
  const unplace = (s: number, g: number): void => filled.empty(s, g);
  /** Places stream cell `s` in grid cell `g`; false (nothing placed) where its line or an equation refutes it. */
  const place = (s: number, g: number): boolean => {
    if (++steps > rules.maxSteps) {
      over = true;
      return false;
    }
    if (!filled.keepsLine(s, g)) return false;
    filled.fill(s, g);
    if (filled.refutes(g)) {
      filled.empty(s, g);
      return false;
    }
    return true;
  };
  // (the equations of one row only: a row's cells in order are judged by them)
  const rowRels: GridRelation[][] = Array.from({ length: rows }, () => []);
  for (const rel of rels) {
    const all = rel.left.concat(rel.right);
    const r = rowOf(all[0] as number);
    if (all.every((g) => rowOf(g) === r)) rowRels[r]?.push(rel);
  }
  /** Whether the row of grid cell `next`, read in order from stream cell `s` to its end, keeps its equations by the rules. */
  const holdsInOrder = (s: number, next: number): boolean => {
    const r = rowOf(next);
    const end = (r + 1) * ncols;
    if (s + end - next > size || queue.some((g) => rowOf(g) === r)) return false;
    for (let g = next; g < end; g++) grid[g] = s + g - next;
    const holds = rules.keepsInOrder(rowRels[r] ?? [], grid, next, end);
    for (let g = next; g < end; g++) grid[g] = -1;
    return holds;
  };
  const walk = (s: number, next: number): void => {
    if (over) return;
    if (s === size) {
      if (next === size && queue.length === 0 && addReading(readings, filled, cells, rows, ncols, fit, rules.maxReadings)) over = true;
      return;
    }
    if (rules.hopeless?.(s, state) === true) return;
    // (the row of the next cell may have waited already: its state is part of the key)
    const rowNow = next < size ? (rowWaited[rowOf(next)] as number) : 0;
    const key = `${s}:${next}:${queue.length}:${rowNow}:${hash.a}:${hash.b}:${s > 0 ? (placedAt[s - 1] as number) : -1}`;
    if (seen.has(key)) return;
    seen.add(key);
    // waiting cells printed here, from the first, in the template's order
    const n = queue.length > 0 ? rules.released(s, next, state) : 0;
    if (n > 0) {
      const pending = queue.splice(0, n);
      let k = 0;
      while (k < pending.length && s + k < size && place(s + k, pending[k] as number)) k++;
      if (k === pending.length) walk(s + k, next);
      for (let q = k - 1; q >= 0; q--) unplace(s + q, pending[q] as number);
      for (let q = pending.length - 1; q >= 0; q--) queue.unshift(pending[q] as number);
    }
    // the next cell in order
    if (next < size && place(s, next)) {
      walk(s + 1, next + 1);
      unplace(s, next);
    }
    // a run waits, then the cell after it
    if (next >= size || holdsInOrder(s, next)) return;
    for (const span of rules.spans(s, next, state)) {
      const g = next + span;
      if (over || g > size || (g === size && !rules.toEnd) || !rules.mayWait(next, span, state)) break;
      // (the table's last cells wait: the stream's cells left are the waiting ones)
      const atEnd = g === size;
      if (!atEnd && !place(s, g)) continue;
      const marked: number[] = [];
      for (let r = rowOf(next); r <= rowOf(g - 1); r++) {
        rowWaited[r] = 1;
        marked.push(r);
      }
      for (let k = next; k < g; k++) queue.push(k);
      if (atEnd) walk(s, size);
      else walk(s + 1, g + 1);
      queue.length -= span;
      for (const r of marked) rowWaited[r] = 0;
      if (!atEnd) unplace(s, g);
    }
  };
  walk(0, 0);
  if (over) return null;
  const kept = keptDivisions(readings, fit);
  return kept.length === 0 ? null : kept;
}
