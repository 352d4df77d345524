/**
 * Rows laid over two column grids (`pdftotext -layout`): where the rows above a row and the rows
 * below it stand on different grids (a page laid out in two ways, the upper rows' right-hand columns
 * far from the lower rows'), a row between them may mix the two, its numbers printed in an order that
 * is not its columns' (`0 0 0 0 0 53 … 53`: the fifth cell printed last, at the upper grid's fifth
 * column). Such a row is found only where each of its numbers stands at one column of the grid above
 * or of the grid below (and where both grids place it, the same one), every column once, and the
 * columns so found are not in printed order: then its cells are in doubt between the printed order
 * and the columns' order (the caller keeps what the row's arithmetic allows). Ordinary drift of a
 * row's numbers within one grid places them in printed order and is left alone.
 */
import type { RowItem } from './placement.js';

/** Complete rows read on each side of a row for its grid (the nearest, by line). */
export const GRID_ROWS = 5;
/** A side's grid needs this many complete rows at least. */
const MIN_SIDE_ROWS = 3;
/** A number stands at a column when its centre is this many characters from the column's centre at most. */
const AT_COLUMN = 1.5;
/** Neighbouring columns' centres of one grid stand at least this far apart (else the grid says nothing). */
const MIN_COLUMN_GAP = 2;

/** The centre of a number on its line (character columns). */
export function centreOf(it: RowItem): number {
  return (it.token.column as number) + (it.token.end - it.token.start) / 2;
}

/** The median of `xs[0..n)` (sorted in place, by insertion: a scratch array of at most {@link GRID_ROWS}). */
function median(xs: Float64Array, n: number): number {
  for (let i = 1; i < n; i++) {
    const x = xs[i] as number;
    let k = i - 1;
    for (; k >= 0 && (xs[k] as number) > x; k--) xs[k + 1] = xs[k] as number;
    xs[k + 1] = x;
  }
  const m = n >> 1;
  return n % 2 === 1 ? (xs[m] as number) : ((xs[m - 1] as number) + (xs[m] as number)) / 2;
}

/** Whether a row's items are all numbers on one line with known character columns (a -layout row). */
export function lineRow(items: readonly RowItem[]): boolean {
  const first = items[0];
  return (
    first !== undefined &&
    items.every(
      (i) =>
        i.token.kind === 'value' && !i.token.glued && !i.token.inRow && i.token.column !== undefined && i.token.line === first.token.line,
    )
  );
}

/**
 * The complete rows of `rows` (as many items as columns, on one line), by index, and each one's
 * item centres, read once: a row is on the sides of up to 2 × {@link GRID_ROWS} rows.
 */
export function completeRowCentres(
  rows: readonly (readonly RowItem[])[],
  ncols: number,
): { complete: number[]; centresOf: Float64Array[] } {
  const complete: number[] = [];
  rows.forEach((items, k) => {
    if (items.length === ncols && lineRow(items)) complete.push(k);
  });
  const centresOf = complete.map((k) => {
    const items = rows[k] as readonly RowItem[];
    const c = new Float64Array(ncols);
    for (let j = 0; j < ncols; j++) c[j] = centreOf(items[j] as RowItem);
    return c;
  });
  return { complete, centresOf };
}

/** Per column, the median centre of the rows' numbers; null when the columns do not stand apart left to right. */
export function sideGrid(
  centresOf: readonly Float64Array[],
  from: number,
  to: number,
  ncols: number,
  scratch: Float64Array,
): number[] | null {
  const n = to - from;
  if (n < MIN_SIDE_ROWS) return null;
  const centres: number[] = [];
  for (let j = 0; j < ncols; j++) {
    for (let r = 0; r < n; r++) scratch[r] = (centresOf[from + r] as Float64Array)[j] as number;
    centres.push(median(scratch, n));
  }
  for (let j = 1; j < ncols; j++) if ((centres[j] as number) - (centres[j - 1] as number) < MIN_COLUMN_GAP) return null;
  return centres;
}

/** The column of a grid nearest a number's centre, when within {@link AT_COLUMN} and nearer than every other; else -1. */
function columnAt(grid: readonly number[], c: number): number {
  let best = -1;
  let tie = false;
  for (let j = 0; j < grid.length; j++) {
    const d = Math.abs((grid[j] as number) - c);
    if (d > AT_COLUMN) continue;
    const bd = best >= 0 ? Math.abs((grid[best] as number) - c) : Number.POSITIVE_INFINITY;
    if (d < bd) {
      best = j;
      tie = false;
    } else if (d === bd) tie = true;
  }
  return tie ? -1 : best;
}

/** A column moved between the two grids when its centres stand this many characters apart or more. */
const MOVED = 4;

/**
 * For each row (by index) of `rows` that mixes the grids above and below it (see the module), the
 * column of each of its items in the columns' order (a permutation of `0..ncols-1`, not in order).
 * Only the numbers one grid places at a column that moved between the grids (the other grid placing
 * them nowhere) are placed by position, and every moved column must hold one of them; the row's other
 * numbers fill the columns both grids keep, in printed order. Rows are each row's items in table order; only whole rows on one line are read.
 */
export function mixedGridRows(rows: readonly (readonly RowItem[])[], ncols: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const { complete, centresOf } = completeRowCentres(rows, ncols);
  const scratch = new Float64Array(GRID_ROWS);
  for (let n = 0; n < complete.length; n++) {
    const k = complete[n] as number;
    const up = sideGrid(centresOf, Math.max(0, n - GRID_ROWS), n, ncols, scratch);
    const down = up && sideGrid(centresOf, n + 1, Math.min(complete.length, n + 1 + GRID_ROWS), ncols, scratch);
    if (!up || !down) continue;
    const items = rows[k] as readonly RowItem[];
    // (-1: the number's column is left to the printed order)
    const placed = items.map((it) => {
      const c = centreOf(it);
      const a = columnAt(up, c);
      const b = columnAt(down, c);
      if (a >= 0 === b >= 0) return -1;
      const j = a >= 0 ? a : b;
      return Math.abs((up[j] as number) - (down[j] as number)) >= MOVED ? j : -1;
    });
    const known = placed.filter((j) => j >= 0);
    if (new Set(known).size !== known.length) continue;
    // Every column that moved between the grids is placed by position, and no other: the row's other
    // numbers stand where both grids keep their columns.
    const moved = up.flatMap((c, j) => (Math.abs(c - (down[j] as number)) >= MOVED ? [j] : []));
    if (moved.length !== known.length || moved.some((j) => !known.includes(j))) continue;
    // Out of order: a number placed by position printed after one placed in a later column.
    if (known.every((j, i) => i === 0 || j > (known[i - 1] as number))) continue;
    const free = Array.from({ length: ncols }, (_, j) => j).filter((j) => !known.includes(j));
    let f = 0;
    out.set(
      k,
      placed.map((j) => (j >= 0 ? j : (free[f++] as number))),
    );
  }
  return out;
}
