/**
 * Repair: a table's stream of numbers (`number-stream.ts`) printed in column blocks, a band of rows
 * at a time. Plain `pdftotext` of a Chromium print writes a table whose right-hand columns the page
 * sets apart (a column break of its text flow) as blocks: for a band of consecutive rows, each
 * row's first cells beside its label (`（二）部分公开 3 0 0` / `0`, a row's first cells wrapped over
 * two lines), then the band's other columns, one row's at a time (`179 392 1,417` / `—— —— ——` /
 * `2 22 47` …, a row's block wrapped over lines too: `49` / `0 133`); the next band likewise. Read
 * row by row, every row from the first band's second on is off, and no equation holds.
 *
 * The evidence is the count, the lines and the arithmetic. The stream holds exactly the table's
 * cells (no blank vanished). A reading cuts the rows into bands of consecutive rows and gives each
 * band of several rows one column where its blocks part (the same for its rows: the page's column
 * break); a band of one row is the row in order. A reading is tried only where:
 * - each row's piece (its first cells, its other cells; a band of one row: the row) begins a text
 *   line of the stream (no line holds two pieces: the page's blocks are separate lines);
 * - every row keeps its row equations (a band's rows are checked as soon as the band is cut, which
 *   bounds the search);
 * - the whole division keeps the table's equations as `number-stream.ts` requires (none fails, at
 *   least one row and one column equation hold), judged by `divisionFit` and `keptDivisions`.
 * Every such reading is found, exhaustively within {@link MAX_BANDED_CANDIDATES} readings tried; one
 * reading: its cells are read; several (at most {@link MAX_BANDED_READINGS}): the cells they disagree
 * on stay `ambiguous` with every candidate; more, or the bound reached: nothing is decided. Readings
 * that give every cell the same (bands of rows of zeros, parted anywhere) are one reading.
 *
 * The repair decides; the reader applies the decision and names every cell it states by a warning
 * (`values-after-labels`, division `column-blocks`).
 */
import { relationStatus, type Operand } from '../template/arithmetic.js';
import { divisionFit, keptDivisions, rowRelationsOf, sameDivision, type StreamCell, type StreamDecider } from './number-stream.js';

/** The most bandings tried over one table (each a cut of the rows into bands and a parting column for each). */
export const MAX_BANDED_CANDIDATES = 4096;

/** The most distinct readings kept: more means the blocks do not show which row is whose, and nothing is decided. */
export const MAX_BANDED_READINGS = 4;

/** A band of rows `[from, to)` parted after column `split` (the band's rows' first cells: `split` each). */
interface Band {
  from: number;
  to: number;
  split: number;
}

/** The stream index of each cell of a band's rows, row by row in column order. */
function bandIndices(band: Band, ncols: number): number[][] {
  const { from, to, split } = band;
  const n = to - from;
  const base = from * ncols;
  const out: number[][] = [];
  for (let r = 0; r < n; r++) {
    const row: number[] = [];
    for (let c = 0; c < ncols; c++) row.push(c < split ? base + r * split + c : base + n * split + r * (ncols - split) + c - split);
    out.push(row);
  }
  return out;
}

/**
 * Decides the repair for a stream `cells` of exactly the table's `rows` × `ncols` cells printed in
 * column blocks, a band of rows at a time (`cellAt`, `relations`, `blankAsZero` as in
 * `decideNumberStream`). Null when the count differs, no banding has a band of several rows that
 * fits, the readings are too many, or the bound is reached.
 */
export const decideBandedStream: StreamDecider = (cells, rows, ncols, cellAt, relations, blankAsZero) => {
  if (rows < 2 || ncols < 2 || cells.length !== rows * ncols) return null;
  // (a cell begins a line of the stream where the cell before it stands on another line)
  const beginsLine = cells.map((t, i) => i === 0 || (cells[i - 1] as StreamCell).line !== t.line);
  const rowRels = rowRelationsOf(rows, cellAt, relations);
  const rowKeeps = (r: number, indices: readonly number[]): boolean => {
    const lookup = (address: string): Operand => {
      const at = cellAt(address);
      if (!at || at.row !== r) return null;
      const t = cells[indices[at.column] as number] as StreamCell;
      return t.kind === 'blank' ? 'blank' : t.content.value;
    };
    return (rowRels[r] ?? []).every((rel) => relationStatus(rel, lookup, blankAsZero) !== 'fails');
  };
  // Every band that may start at each row: its pieces begin lines, its rows keep their equations.
  const bandsFrom: { band: Band; indices: number[][] }[][] = Array.from({ length: rows }, () => []);
  for (let from = 0; from < rows; from++) {
    if (!beginsLine[from * ncols]) continue;
    for (let to = from + 1; to <= rows; to++) {
      for (let split = to - from === 1 ? ncols : 1; split <= ncols; split++) {
        if (to - from > 1 && split === ncols) continue;
        const band = { from, to, split };
        const indices = bandIndices(band, ncols);
        const piecesBegin = indices.every(
          (row) => beginsLine[row[0] as number] === true && (split === ncols || beginsLine[row[split] as number] === true),
        );
        if (piecesBegin && indices.every((row, j) => rowKeeps(from + j, row))) bandsFrom[from]?.push({ band, indices });
      }
    }
  }
  // (the rows from which a cut into such bands reaches the table's end: no walk runs into a dead end)
  const reaches: boolean[] = [];
  reaches[rows] = true;
  for (let from = rows - 1; from >= 0; from--) reaches[from] = (bandsFrom[from] ?? []).some(({ band }) => reaches[band.to] === true);
  if (reaches[0] !== true) return null;
  // Every cut of the rows into such bands with a band of several rows (within the bound).
  const readings: StreamCell[][][] = [];
  const rowsOf: number[][] = [];
  let tried = 0;
  let over = false;
  const walk = (row: number, banded: boolean): void => {
    if (over) return;
    if (row === rows) {
      if (!banded) return;
      if (++tried > MAX_BANDED_CANDIDATES) {
        over = true;
        return;
      }
      const division = rowsOf.map((idx) => idx.map((k) => cells[k] as StreamCell));
      if (readings.some((d) => sameDivision(d, division))) return;
      if (divisionFit(division, cellAt, relations, blankAsZero) === 'refuted') return;
      readings.push(division);
      if (readings.length > MAX_BANDED_READINGS) over = true;
      return;
    }
    for (const { band, indices } of bandsFrom[row] ?? []) {
      if (reaches[band.to] !== true) continue;
      for (const idx of indices) rowsOf.push(idx);
      walk(band.to, banded || band.to - band.from > 1);
      rowsOf.length -= indices.length;
      if (over) return;
    }
  };
  walk(0, false);
  if (over) return null;
  const kept = keptDivisions(readings, (d) => divisionFit(d, cellAt, relations, blankAsZero));
  if (kept.length === 0) return null;
  return { repair: 'number-stream', readings: kept.map((d) => ({ order: 'column-blocks', rows: d })) };
};
