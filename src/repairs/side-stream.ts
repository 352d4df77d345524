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
import { evaluateRelation, type Operand } from '../template/arithmetic.js';
import { rowRelationsOf, streamDivisionFits, type StreamCell, type StreamDecider } from './number-stream.js';

/** The most first cells of one row that may stand apart from it (the label's flow holds one or two). */
export const MAX_SIDE_CELLS = 2;

/** The steps (a cell placed) the search may take over one table. */
export const MAX_SIDE_STEPS = 200_000;

/** The most readings kept: more means the order is not determined and nothing is decided. */
export const MAX_SIDE_READINGS = 4;

/**
 * Decides the repair for a stream `cells` of exactly the table's `rows` × `ncols` cells read as a
 * main sequence and a later side sequence of rows' first cells (`cellAt`, `relations`,
 * `blankAsZero` as in `decideNumberStream`). Null when the count differs, no reading fits, the
 * readings are too many, or the budget runs out.
 */
export const decideSideStream: StreamDecider = (cells, rows, ncols, cellAt, relations, blankAsZero) => {
  if (rows < 2 || ncols <= MAX_SIDE_CELLS + 1 || cells.length !== rows * ncols) return null;
  const rowRelations = rowRelationsOf(rows, cellAt, relations);
  const grid: (StreamCell | null)[][] = Array.from({ length: rows }, () => new Array<StreamCell | null>(ncols).fill(null));
  const side: number[] = new Array<number>(rows).fill(-1);
  const readings: StreamCell[][][] = [];
  let steps = 0;
  let overflow = false;
  const lookupIn =
    (r: number) =>
    (address: string): Operand => {
      const at = cellAt(address);
      const t = at && at.row === r ? grid[r]?.[at.column] : null;
      if (!t) return null;
      return t.kind === 'blank' ? 'blank' : t.content.value;
    };
  // a row's equations: none fails once the row is whole; before, no known part exceeds a known total
  const rowKeeps = (r: number, whole: boolean): boolean => {
    const lookup = lookupIn(r);
    for (const rel of rowRelations[r] ?? []) {
      if (whole) {
        if (evaluateRelation(rel, lookup, blankAsZero).status === 'fails') return false;
        continue;
      }
      const total = evaluateRelation({ left: rel.left, right: [] }, lookup, blankAsZero);
      if (total.status === 'unknown') continue;
      const known = rel.right.filter((a) => lookup(a) !== null);
      const parts = evaluateRelation({ left: [], right: known }, lookup, blankAsZero);
      if (parts.status !== 'unknown' && parts.right > total.left) return false;
    }
    return true;
  };
  const place = (r: number, c: number, t: StreamCell, whole: boolean): boolean => {
    (grid[r] as (StreamCell | null)[])[c] = t;
    return rowKeeps(r, whole);
  };
  const unplace = (r: number, c: number): void => {
    (grid[r] as (StreamCell | null)[])[c] = null;
  };
  // i: next cell; a, u: the main sequence's row and column (-1: the row not begun); b, w: the side's
  const walk = (i: number, a: number, u: number, b: number, w: number): void => {
    while (b < a && w >= (side[b] as number)) {
      b++;
      w = 0;
    }
    if (overflow) return;
    if (++steps > MAX_SIDE_STEPS) {
      overflow = true;
      return;
    }
    const t = cells[i];
    if (!t) {
      if (a === rows && b === rows && streamDivisionFits(grid as StreamCell[][], cellAt, relations, blankAsZero)) {
        readings.push(grid.map((row) => [...(row as StreamCell[])]));
        if (readings.length > MAX_SIDE_READINGS) overflow = true;
      }
      return;
    }
    if (a < rows) {
      const first = u < 0 ? 0 : u;
      const last = u < 0 ? MAX_SIDE_CELLS : u;
      for (let c = first; c <= last; c++) {
        if (u < 0) side[a] = c;
        const ends = c === ncols - 1;
        if (place(a, c, t, ends && side[a] === 0)) walk(i + 1, ends ? a + 1 : a, ends ? -1 : c + 1, b, w);
        unplace(a, c);
      }
      if (u < 0) side[a] = -1;
    }
    if (b < a && w < (side[b] as number)) {
      if (place(b, w, t, w + 1 === side[b])) walk(i + 1, a, u, b, w + 1);
      unplace(b, w);
    }
  };
  walk(0, 0, -1, 0, 0);
  if (overflow || readings.length === 0) return null;
  return { repair: 'number-stream', readings: readings.map((d) => ({ order: 'rows-apart', rows: d })) };
};
