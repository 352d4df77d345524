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
 * template's order, and at each cell of the stream the cell is either
 * - the next cell in the template's order;
 * - the first of every cell deferred so far, printed together in the template's order, only after
 *   a cell of a row below the first row waiting (a row's own cells printed in another order keep
 *   its equation, and only the column equations, judged at the table's end, could tell them); or
 * - the cell after a run deferred: up to {@link MAX_DEFERRED_SPAN} cells skipped, at most
 *   {@link MAX_DEFERRED_RUN_CELLS} of one row, a row deferring cells once (a whole row, or most of
 *   one, printed elsewhere reads as rows in another order, which the column equations cannot see),
 *   at most {@link MAX_PENDING_ROWS} rows waiting, and never in a row that, read in order from the
 *   cell, keeps its equations (its cells in another order would keep them too).
 * A path is walked only where two cells of the stream on one text line are one row's, side by side
 * in column order, and where every equation of the table whose cells are all filled holds (a
 * filled side not exceeded by the other side's filled cells); it is kept where the whole reading
 * keeps the table's equations as `number-stream.ts` requires (`divisionFit`, `keptDivisions`).
 * Paths that reach the same stream cell, the same next cell and the same deferred cells with the
 * same cells filled by the same values are walked once. Every such reading is found, exhaustively
 * within {@link MAX_DEFERRED_RUN_STEPS} steps; one reading: its cells are read; several (at most
 * {@link MAX_DEFERRED_RUN_READINGS}): the cells they disagree on stay `ambiguous` with every
 * candidate; more, or the bound reached: nothing is decided.
 *
 * The repair decides; the reader applies the decision and names every cell it states by a warning
 * (`values-after-labels`, division `rows-moved`).
 */
import { FillHash, gridRelations, refuted, relationsByCell, type GridRelation } from './grid-equations.js';
import { divisionFit, divisionOfGrid, keptDivisions, sameDivision, type StreamCell, type StreamDecider } from './number-stream.js';

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

/**
 * Decides the repair for a stream `cells` of exactly the table's `rows` × `ncols` cells read in the
 * template's order with several short runs of rows' cells printed later (`cellAt`, `relations`,
 * `blankAsZero` as in `decideNumberStream`). Null when the count differs, a value is negative, no
 * reading fits, the readings are too many, or the bound is reached.
 */
export const decideDeferredRuns: StreamDecider = (cells, rows, ncols, cellAt, relations, blankAsZero) => {
  const size = rows * ncols;
  if (rows < 2 || ncols < 3 || cells.length !== size) return null;
  // (the sums' bound holds for counts only)
  if (cells.some((t) => t.kind === 'value' && t.content.value < 0)) return null;
  const rels = gridRelations(relations, ncols, cellAt, blankAsZero);
  const relsOf = relationsByCell(rels, size);
  const grid = new Int32Array(size).fill(-1);
  const placedAt = new Int32Array(size).fill(-1);
  const rowDeferred = new Uint8Array(rows);
  // (the cells deferred and not yet printed, in the template's order)
  const queue: number[] = [];
  const readings: StreamCell[][][] = [];
  const seen = new Set<string>();
  let steps = 0;
  let over = false;
  const hash = new FillHash();
  const toggle = (s: number, g: number): void => hash.toggle(cells[s] as StreamCell, g);
  /** Places stream cell `s` in grid cell `g`; false (nothing placed) where its line or an equation refutes it. */
  const place = (s: number, g: number): boolean => {
    if (++steps > MAX_DEFERRED_RUN_STEPS) {
      over = true;
      return false;
    }
    if (s > 0 && (cells[s - 1] as StreamCell).line === (cells[s] as StreamCell).line) {
      const before = placedAt[s - 1] as number;
      if (Math.floor(before / ncols) !== Math.floor(g / ncols) || g !== before + 1) return false;
    }
    grid[g] = s;
    placedAt[s] = g;
    toggle(s, g);
    if ((relsOf[g] ?? []).some((rel) => refuted(cells, grid, rel))) {
      unplace(s, g);
      return false;
    }
    return true;
  };
  const unplace = (s: number, g: number): void => {
    grid[g] = -1;
    placedAt[s] = -1;
    toggle(s, g);
  };
  const finish = (): void => {
    const division = divisionOfGrid(grid, cells, rows, ncols);
    if (readings.some((d) => sameDivision(d, division))) return;
    if (divisionFit(division, cellAt, relations, blankAsZero) === 'refuted') return;
    readings.push(division);
    if (readings.length > MAX_DEFERRED_RUN_READINGS) over = true;
  };
  /** Whether the grid cells `[from, to)` may be deferred: at most a run per row, each short, no row twice. */
  const deferrable = (from: number, to: number): boolean => {
    let pendingRows = 0;
    for (let q = 0; q < queue.length; q++)
      if (q === 0 || Math.floor((queue[q] as number) / ncols) !== Math.floor((queue[q - 1] as number) / ncols)) pendingRows++;
    const last = queue.length > 0 ? Math.floor((queue[queue.length - 1] as number) / ncols) : -1;
    for (let r = Math.floor(from / ncols); r <= Math.floor((to - 1) / ncols); r++) if (r !== last) pendingRows++;
    if (pendingRows > MAX_PENDING_ROWS) return false;
    for (let r = Math.floor(from / ncols); r <= Math.floor((to - 1) / ncols); r++) {
      const n = Math.min(to, (r + 1) * ncols) - Math.max(from, r * ncols);
      if (n > MAX_DEFERRED_RUN_CELLS || rowDeferred[r] === 1) return false;
    }
    return true;
  };
  // (the equations of one row only: a row's cells in order are judged by them)
  const rowRels: GridRelation[][] = Array.from({ length: rows }, () => []);
  for (const rel of rels) {
    const all = rel.left.concat(rel.right);
    const r = Math.floor((all[0] as number) / ncols);
    if (all.every((g) => Math.floor(g / ncols) === r)) rowRels[r]?.push(rel);
  }
  /**
   * Whether the row of grid cell `next`, read in order from stream cell `s` to its end, keeps its
   * equations (none refuted): then none of its cells is deferred here (its cells in another order
   * would keep them as well, and only the column equations at the table's end could tell).
   */
  const holdsInOrder = (s: number, next: number): boolean => {
    const r = Math.floor(next / ncols);
    const end = (r + 1) * ncols;
    if (s + end - next > size || queue.some((g) => Math.floor(g / ncols) === r)) return false;
    for (let g = next; g < end; g++) grid[g] = s + g - next;
    const holds = (rowRels[r] ?? []).every((rel) => !refuted(cells, grid, rel));
    for (let g = next; g < end; g++) grid[g] = -1;
    return holds;
  };
  const walk = (s: number, next: number): void => {
    if (over) return;
    if (s === size) {
      if (next === size && queue.length === 0) finish();
      return;
    }
    // (the row of the next cell may have deferred cells already: its state is part of the key)
    const rowNow = next < size ? (rowDeferred[Math.floor(next / ncols)] as number) : 0;
    const key = `${s}:${next}:${queue.length}:${rowNow}:${hash.a}:${hash.b}:${s > 0 ? (placedAt[s - 1] as number) : -1}`;
    if (seen.has(key)) return;
    seen.add(key);
    // the deferred cells, all of them, in the template's order
    // (only after a cell of a row below the first row waiting: a row's own cells in another order keep
    // its equation, and only the column equations, judged at the table's end, could tell them apart)
    if (queue.length > 0 && s > 0 && Math.floor((placedAt[s - 1] as number) / ncols) > Math.floor((queue[0] as number) / ncols)) {
      const pending = queue.splice(0);
      let k = 0;
      while (k < pending.length && s + k < size && place(s + k, pending[k] as number)) k++;
      if (k === pending.length) walk(s + k, next);
      for (let q = k - 1; q >= 0; q--) unplace(s + q, pending[q] as number);
      for (const g of pending) queue.push(g);
    }
    // the next cell in order
    if (next < size && place(s, next)) {
      walk(s + 1, next + 1);
      unplace(s, next);
    }
    // a run deferred, then the cell after it
    const mayDefer = next < size && !holdsInOrder(s, next);
    for (let span = 1; mayDefer && span <= MAX_DEFERRED_SPAN && next + span < size && !over; span++) {
      if (!deferrable(next, next + span)) break;
      const g = next + span;
      if (!place(s, g)) continue;
      const marked: number[] = [];
      for (let r = Math.floor(next / ncols); r <= Math.floor((g - 1) / ncols); r++) {
        rowDeferred[r] = 1;
        marked.push(r);
      }
      for (let k = next; k < g; k++) queue.push(k);
      walk(s + 1, g + 1);
      queue.length -= span;
      for (const r of marked) rowDeferred[r] = 0;
      unplace(s, g);
    }
  };
  walk(0, 0);
  if (over) return null;
  const kept = keptDivisions(readings, (d) => divisionFit(d, cellAt, relations, blankAsZero));
  if (kept.length === 0) return null;
  return { repair: 'number-stream', readings: kept.map((d) => ({ order: 'rows-moved', rows: d })) };
};
