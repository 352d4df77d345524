/**
 * Repair: a table's stream of numbers (`number-stream.ts`) in the template's order but for several
 * short runs of a row's cells each printed later. Plain `pdftotext` of a LibreOffice print writes a
 * cell whose text box stands a little off its row where its box falls in the page's flow
 * (`moved-run.ts` reads one such run): over a page of rows with tall wrapped labels it does so
 * again and again (a row's last two cells after the rows below, the first cells of a band of rows
 * after the band's other cells, `0` / `1,218` … then `246` / `0`): the stream holds exactly the
 * table's cells, but read row by row, or with one run moved, no equation holds past the first.
 *
 * The evidence is the count, the lines and the arithmetic. A reading walks the stream in the
 * template's order (`waiting-cells.ts`, shared with `label-flow-cells.ts`), and at each cell of the
 * stream the cell is either
 * - the next cell in the template's order;
 * - the first of every cell deferred so far, printed together in the template's order, only after
 *   a cell of a row below the first row waiting (a row's own cells printed in another order keep
 *   its equation, and only the column equations, judged at the table's end, could tell them); or
 * - the cell after a run deferred: up to {@link MAX_DEFERRED_SPAN} cells skipped, at most
 *   {@link MAX_DEFERRED_RUN_CELLS} of one row, a row deferring cells once (a whole row, or most of
 *   one, printed elsewhere reads as rows in another order, which the column equations cannot see),
 *   at most {@link MAX_PENDING_ROWS} rows waiting, never the table's last cells, and never in a row
 *   that, read in order from the cell, refutes none of its equations (its cells in another order
 *   would keep them too).
 * The walk's shared rules (one text line, one row's cells side by side; filled equations; paths
 * walked once; readings kept as `number-stream.ts` requires) are `waiting-cells.ts`'s. Every
 * reading is found, exhaustively within {@link MAX_DEFERRED_RUN_STEPS} steps; one reading: its
 * cells are read; several (at most {@link MAX_DEFERRED_RUN_READINGS}): the cells they disagree on
 * stay `ambiguous` with every candidate; more, or the bound reached: nothing is decided.
 *
 * The repair decides; the reader applies the decision and names every cell it states by a warning
 * (`values-after-labels`, division `rows-moved`).
 */
import { refuted } from './grid-equations.js';
import type { StreamDecider } from './number-stream.js';
import { waitingCellsReadings, type WaitingCellsRules, type WaitingCellsState } from './waiting-cells.js';

/** The most cells of one row deferred (as `moved-run.ts`: a total, or a row's last or first two cells). */
export const MAX_DEFERRED_RUN_CELLS = 2;

/** The most cells skipped at one step: one row's run, or the end of one row's and the start of the next's. */
export const MAX_DEFERRED_SPAN = 4;

/**
 * The most rows with deferred cells not yet printed at once: more leaves every such row's equation
 * unjudged until the deferred cells are printed, and the search runs through every combination.
 */
export const MAX_PENDING_ROWS = 2;

/** The most steps (cells placed) over one table's search. */
export const MAX_DEFERRED_RUN_STEPS = 20_000;

/** The most readings kept: more means the stream does not show where the runs belong, and nothing is decided. */
export const MAX_DEFERRED_RUN_READINGS = 4;

/** The run lengths tried at a step, shortest first. */
const SPANS: readonly number[] = Array.from({ length: MAX_DEFERRED_SPAN }, (_, k) => k + 1);

/** Whether the grid cells `[from, to)` may be deferred: at most a run per row, each short, no row twice, few rows waiting. */
function deferrable(from: number, to: number, w: WaitingCellsState, ncols: number): boolean {
  const queue = w.waiting;
  let pendingRows = 0;
  for (let q = 0; q < queue.length; q++)
    if (q === 0 || Math.floor((queue[q] as number) / ncols) !== Math.floor((queue[q - 1] as number) / ncols)) pendingRows++;
  const last = queue.length > 0 ? Math.floor((queue[queue.length - 1] as number) / ncols) : -1;
  for (let r = Math.floor(from / ncols); r <= Math.floor((to - 1) / ncols); r++) if (r !== last) pendingRows++;
  if (pendingRows > MAX_PENDING_ROWS) return false;
  for (let r = Math.floor(from / ncols); r <= Math.floor((to - 1) / ncols); r++) {
    const n = Math.min(to, (r + 1) * ncols) - Math.max(from, r * ncols);
    if (n > MAX_DEFERRED_RUN_CELLS || w.rowWaited[r] === 1) return false;
  }
  return true;
}

/**
 * Decides the repair for a stream `cells` of exactly the table's `rows` × `ncols` cells read in the
 * template's order with several short runs of rows' cells printed later (`cellAt`, `relations`,
 * `blankAsZero` as in `decideNumberStream`). Null when the count differs, a value is negative, no
 * reading fits, the readings are too many, or the bound is reached.
 */
export const decideDeferredRuns: StreamDecider = (cells, rows, ncols, cellAt, relations, blankAsZero) => {
  if (ncols < 3) return null;
  const rules: WaitingCellsRules = {
    maxSteps: MAX_DEFERRED_RUN_STEPS,
    maxReadings: MAX_DEFERRED_RUN_READINGS,
    toEnd: false,
    // (all the deferred cells, only after a cell of a row below the first row waiting: a row's own cells
    // in another order keep its equation, and only the column equations, judged at the table's end, could
    // tell them apart)
    released: (s, _next, w) =>
      s > 0 && Math.floor((w.placedAt[s - 1] as number) / ncols) > Math.floor((w.waiting[0] as number) / ncols) ? w.waiting.length : 0,
    // (none of a row's equations refuted: its cells in another order would keep them too)
    keepsInOrder: (own, grid) => own.every((rel) => !refuted(cells, grid, rel)),
    spans: () => SPANS,
    mayWait: (next, span, w) => deferrable(next, next + span, w, ncols),
  };
  const readings = waitingCellsReadings(cells, rows, ncols, cellAt, relations, blankAsZero, rules);
  return readings ? { repair: 'number-stream', readings: readings.map((d) => ({ order: 'rows-moved', rows: d })) } : null;
};
