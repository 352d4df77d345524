/**
 * Repair: a table's stream of numbers (`number-stream.ts`) printed in rectangular blocks of cells,
 * each block beginning at the first cell not yet printed. Plain `pdftotext` of a Chromium print
 * writes a table whose labels wrap a character a line, or whose columns the page sets apart, as
 * text blocks it orders top to bottom and left to right: a row beside its label whole, the first
 * cells of several rows one under the other (a column piece: `15` / `271` / `182` …, each beside or
 * under its row's label), then the next column of those rows, then the rows' last cells a row to a
 * line (`0 606` / `4 543` …). Read row by row (or in `banded-stream.ts`'s bands) nothing fits.
 *
 * The evidence is the count, the lines and the arithmetic. The stream holds exactly the table's
 * cells (no blank vanished). A reading fills the table block by block, every block beginning at the
 * first cell not yet filled (the top row not yet complete, at its first open column) and covering
 * only rows open at that column, of three kinds:
 * - the rest of that row (a row's cells in order);
 * - a column piece: that column of two or more consecutive rows, top to bottom;
 * - a band: two or more consecutive rows' cells over two or more columns (not to the row's end), a
 *   row at a time.
 * (Every other rectangle is a sequence of these; each reading is one sequence.) A reading is walked
 * only where:
 * - two cells of the stream on one text line are cells of one row, side by side, in column order
 *   (a line of the page holds one row's cells);
 * - every equation of the table whose cells are all filled holds, and where one side of an equation
 *   is filled, the filled cells of its other side do not sum past it (counts are not negative);
 * - the whole reading keeps the table's equations as `number-stream.ts` requires (none fails, at
 *   least one row and one column equation hold), judged by `divisionFit` and `keptDivisions`.
 * The lines must show rows: at least {@link MIN_SHARED_LINE_SHARE} of the stream's cells stand on a
 * line beside another cell. Every such reading is found, exhaustively within
 * {@link MAX_BLOCK_FILL_STEPS} blocks placed; one
 * reading: its cells are read; several (at most {@link MAX_BLOCK_FILL_READINGS}): the cells they
 * disagree on stay `ambiguous` with every candidate; more, or the bound reached: nothing is decided.
 * Readings that give every cell the same are one reading.
 *
 * The repair decides; the reader applies the decision and names every cell it states by a warning
 * (`values-after-labels`, division `blocks`).
 */
import { gridRelations } from './grid-equations.js';
import { divisionFit, keptDivisions, type StreamCell, type StreamDecider } from './number-stream.js';
import { addReading, StreamGrid } from './stream-grid.js';
import type { ReadingFit } from '../template/arithmetic.js';

/** The most blocks placed over one table's search (each block checked against the lines and the equations). */
export const MAX_BLOCK_FILL_STEPS = 120_000;

/**
 * The least share of the stream's cells that stand on a text line beside another cell: where fewer do
 * (LibreOffice's plain text, a cell to a line), the lines show no row and leave the blocks unchecked
 * but by the sums, and nothing is read.
 */
export const MIN_SHARED_LINE_SHARE = 1 / 3;

/** The most distinct readings kept: more means the blocks do not show which cell is whose, and nothing is decided. */
export const MAX_BLOCK_FILL_READINGS = 4;

/**
 * Decides the repair for a stream `cells` of exactly the table's `rows` × `ncols` cells printed in
 * blocks (`cellAt`, `relations`, `blankAsZero` as in `decideNumberStream`). Null when the count
 * differs, a value is negative, no reading fits, the readings are too many, or the bound is reached.
 */
export const decideBlockFillStream: StreamDecider = (cells, rows, ncols, cellAt, relations, blankAsZero) => {
  if (rows < 2 || ncols < 3 || cells.length !== rows * ncols) return null;
  // (the sums' bound holds for counts only)
  if (cells.some((t) => t.kind === 'value' && t.content.value < 0)) return null;
  let shared = 0;
  cells.forEach((t, i) => {
    if (cells[i - 1]?.line === t.line || cells[i + 1]?.line === t.line) shared++;
  });
  if (shared < cells.length * MIN_SHARED_LINE_SHARE) return null;
  const rels = gridRelations(relations, ncols, cellAt, blankAsZero);
  // (the table's grid as filled, the grid cell each stream cell went to, to check two cells on one line)
  const grid = new StreamGrid(cells, ncols, rows * ncols, rels);
  const filled = new Array<number>(rows).fill(0);
  const readings: StreamCell[][][] = [];
  let steps = 0;
  let over = false;
  const fit = (d: StreamCell[][]): ReadingFit => divisionFit(d, cellAt, relations, blankAsZero);
  // (the cells filled and their values, hashed twice, and the last cell's place: fills that reach the
  // same cells with the same values, the last cell in the same place, have the same readings ahead,
  // and are walked once)
  const seen = new Set<string>();

  /** Places the block's grid cells `targets` from stream position `p`; false (nothing placed) where a line or an equation refutes it. */
  const place = (p: number, targets: readonly number[]): boolean => {
    for (let k = 0; k < targets.length; k++) {
      const g = targets[k] as number;
      if (!grid.keepsLine(p + k, g)) {
        for (let q = 0; q < k; q++) grid.empty(p + q, targets[q] as number);
        return false;
      }
      grid.fill(p + k, g);
    }
    for (const g of targets)
      if (grid.refutes(g)) {
        for (let q = 0; q < targets.length; q++) grid.empty(p + q, targets[q] as number);
        return false;
      }
    return true;
  };

  const walk = (p: number): void => {
    if (over) return;
    if (p === cells.length) {
      if (addReading(readings, grid, cells, rows, ncols, fit, MAX_BLOCK_FILL_READINGS)) over = true;
      return;
    }
    // (the last cell's place too: the next block's first cell is checked against it on a shared line)
    const key = `${grid.hash.a}:${grid.hash.b}:${p > 0 ? (grid.placedAt[p - 1] as number) : -1}`;
    if (seen.has(key)) return;
    seen.add(key);
    let r = 0;
    while ((filled[r] as number) >= ncols) r++;
    const c = filled[r] as number;
    // (the rows open at column c from row r down: a block covers only those)
    let open = 1;
    while (r + open < rows && filled[r + open] === c) open++;
    const tryBlock = (targets: number[], blockRows: number, width: number): void => {
      if (over) return;
      if (++steps > MAX_BLOCK_FILL_STEPS) {
        over = true;
        return;
      }
      if (!place(p, targets)) return;
      for (let q = 0; q < blockRows; q++) filled[r + q] = c + width;
      walk(p + targets.length);
      for (let q = 0; q < blockRows; q++) filled[r + q] = c;
      targets.forEach((g, k) => grid.empty(p + k, g));
    };
    // the rest of the row
    const rest: number[] = [];
    for (let j = c; j < ncols; j++) rest.push(r * ncols + j);
    tryBlock(rest, 1, ncols - c);
    // a column piece of h rows
    for (let h = 2; h <= open && !over; h++) {
      const piece: number[] = [];
      for (let q = 0; q < h; q++) piece.push((r + q) * ncols + c);
      tryBlock(piece, h, 1);
    }
    // a band of h rows over w columns, a row at a time
    for (let h = 2; h <= open && !over; h++)
      for (let w = 2; w < ncols - c && !over; w++) {
        const band: number[] = [];
        for (let q = 0; q < h; q++) for (let j = 0; j < w; j++) band.push((r + q) * ncols + c + j);
        tryBlock(band, h, w);
      }
  };
  walk(0);
  if (over) return null;
  const kept = keptDivisions(readings, fit);
  if (kept.length === 0) return null;
  return { repair: 'number-stream', readings: kept.map((d) => ({ order: 'blocks', rows: d })) };
};
