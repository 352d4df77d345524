/**
 * Repair: a table's stream of numbers (`number-stream.ts`) in the template's order but for one run
 * of a row's cells printed later. Plain `pdftotext` of a LibreOffice print writes a cell whose text
 * box stands a little off its row (a total beside a wrapped label, the last cells of a row after
 * the rows below, one cell of the last row after the others) where its box falls in the page's
 * flow: the stream holds exactly the table's cells, but read row by row every row from the moved
 * run's to where it was printed is off by the run's length, and no equation holds there.
 *
 * The evidence is the count and the arithmetic. The stream is read as the template's order with
 * one run of consecutive cells of one row taken out and put back later, where it stands in the
 * text; every such reading that keeps every equation of the table (as `number-stream.ts` requires)
 * is found, exhaustively within {@link MAX_MOVED_RUN_CANDIDATES} readings tried. It is tried after
 * the other stream readings found nothing (the stream read as printed does not fit). Only runs over
 * the rows whose row equations fail as printed are tried (rows before the run and after its place
 * read as printed in every reading); where none fails (a row's cells in another order, a column
 * equation failing, a run moved through rows of zeros), every run and place. One reading: its cells are
 * read. Several (at most {@link MAX_MOVED_RUN_READINGS}, kept by `readingsKept`): the cells they
 * disagree on stay `ambiguous` with every candidate. A budget run out, or more readings, decides
 * nothing.
 *
 * A run of zeros or blanks is tried like any other: it moves without changing a sum, so where it
 * fits, other readings usually fit too and the cells they disagree on stay ambiguous (leaving such
 * runs out left the true reading untried, and a wrong one alone). And a run is short
 * ({@link MAX_MOVED_RUN_CELLS}): a whole row printed later, or most of one, reads as rows in another
 * order, which the column equations (sums over the rows) cannot see.
 */
import { relationStatus, type Operand } from '../template/arithmetic.js';
import { divisionFit, keptDivisions, rowRelationsOf, sameDivision, type StreamCell, type StreamDecider } from './number-stream.js';

/**
 * The most cells of a moved run (LibreOffice moves a total, or a row's last two cells). A longer
 * run reads the stream as rows in another order too often: a row printed one cell early is the
 * rest of the row printed later, and with the cell left in place the run completes another row,
 * which the column equations (sums over the rows) cannot tell from the truth.
 */
export const MAX_MOVED_RUN_CELLS = 2;

/** The most readings tried over one table (a reading: a run, its length, and where it stands). */
export const MAX_MOVED_RUN_CANDIDATES = 60_000;

/** The most readings kept: more means the stream does not show where the run belongs, and nothing is decided. */
export const MAX_MOVED_RUN_READINGS = 4;

/**
 * The cell of template index `k` in a stream read with the template's cells `[from, from + length)`
 * printed at `at` (at > from): the cells before the run, the cells between, the run, the rest.
 */
function movedCell(cells: readonly StreamCell[], from: number, length: number, at: number, k: number): StreamCell {
  if (k < from || k >= at + length) return cells[k] as StreamCell;
  return (k < from + length ? cells[at + k - from] : cells[k - length]) as StreamCell;
}

/**
 * Decides the repair for a stream `cells` of exactly the table's `rows` × `ncols` cells read in the
 * template's order with one run of a row's cells printed later (`cellAt`, `relations`,
 * `blankAsZero` as in `decideNumberStream`). Null when the count differs, no reading fits, the
 * readings are too many, or the budget runs out.
 */
export const decideMovedRun: StreamDecider = (cells, rows, ncols, cellAt, relations, blankAsZero) => {
  if (rows < 2 || ncols < 2 || cells.length !== rows * ncols) return null;
  const rowRels = rowRelationsOf(rows, cellAt, relations);
  // whether row r's equations fail with the cells `cellOf` gives each template index
  const rowFails = (cellOf: (k: number) => StreamCell, r: number): boolean => {
    const lookup = (address: string): Operand => {
      const at = cellAt(address);
      if (!at) return null;
      const t = cellOf(at.row * ncols + at.column);
      return t.kind === 'blank' ? 'blank' : t.content.value;
    };
    return (rowRels[r] ?? []).some((rel) => relationStatus(rel, lookup, blankAsZero) === 'fails');
  };
  // the rows whose equations fail read as printed: the run starts in or before the first, and is
  // printed in or after the last (the rows outside read as printed by every reading)
  let firstOff = -1;
  let lastOff = -1;
  for (let r = 0; r < rows; r++)
    if (rowFails((k) => cells[k] as StreamCell, r)) {
      if (firstOff < 0) firstOff = r;
      lastOff = r;
    }
  // where every row keeps its sums as printed (a row's cells in another order, rows of zeros a run
  // passed through, a column equation failing), every run and place is tried
  const readings: StreamCell[][][] = [];
  // (a row wholly between the run's place and where it is printed reads the cells `length` before
  // its own, whatever the run and its place: its equations are judged once per length)
  const shifted: boolean[] = [];
  const shiftedFails = (length: number, r: number): boolean =>
    (shifted[length * rows + r] ??= rowFails((k) => cells[k - length] as StreamCell, r));
  let tried = 0;
  for (let from = 0; from < (firstOff < 0 ? rows : firstOff + 1) * ncols; from++) {
    const row = Math.floor(from / ncols);
    const end = cells.length;
    for (let length = 1; from + length <= (row + 1) * ncols && length <= MAX_MOVED_RUN_CELLS; length++) {
      for (let at = Math.max(from + 1, lastOff * ncols - length + 1); at + length <= end; at++) {
        if (++tried > MAX_MOVED_RUN_CANDIDATES) return null;
        const cellOf = (k: number): StreamCell => movedCell(cells, from, length, at, k);
        // the rows the reading changes keep their equations (cheap first)
        let off = false;
        for (let r = row; r <= Math.floor((at + length - 1) / ncols) && !off; r++)
          off = r * ncols >= from + length && (r + 1) * ncols <= at + length ? shiftedFails(length, r) : rowFails(cellOf, r);
        if (off) continue;
        const division = Array.from({ length: rows }, (_, r) => Array.from({ length: ncols }, (_, c) => cellOf(r * ncols + c)));
        if (divisionFit(division, cellAt, relations, blankAsZero) === 'refuted') continue;
        if (readings.some((d) => sameDivision(d, division))) continue;
        readings.push(division);
        if (readings.length > MAX_MOVED_RUN_READINGS) return null;
      }
    }
  }
  const kept = keptDivisions(readings, (d) => divisionFit(d, cellAt, relations, blankAsZero));
  if (kept.length === 0) return null;
  return { repair: 'number-stream', readings: kept.map((d) => ({ order: 'rows-moved', rows: d })) };
};
