/**
 * Columns from character positions: in `pdftotext -layout` text the place of a number on its line
 * comes from its place on the page, so the numbers of one table column line up. Where the complete
 * rows (as many numbers as columns) nearest a row show every column at its own, separate span of
 * character columns, a row that lost cells (a blank cell leaves only spaces) is placed by where its
 * numbers stand: each number in the one column whose span it overlaps. Where the complete rows do not
 * line up (a browser print whose cells are narrower than their numbers, so `pdftotext` packs them
 * with one space) there is no grid, and the row is placed as before.
 */
import type { RowItem } from './placement.js';

/** The span of character columns of each table column, left to right. */
export interface PositionGrid {
  /** `[from, to)` per column: from the leftmost start to the rightmost end seen in complete rows. */
  spans: readonly (readonly [number, number])[];
}

/** A grid needs at least this many complete rows that line up. */
export const MIN_GRID_ROWS = 3;
/** A number may stand this many characters outside the span its column showed in complete rows. */
export const GRID_TOLERANCE = 1;

/**
 * The grid of a table from its rows' items (every row with exactly `ncols` items, all on text lines
 * with known columns); null when fewer than {@link MIN_GRID_ROWS} such rows exist or their columns
 * do not form separate spans left to right (with room for the tolerance between them).
 */
export function positionGrid(rows: readonly (readonly RowItem[])[], ncols: number): PositionGrid | null {
  const from = new Array<number>(ncols).fill(Number.POSITIVE_INFINITY);
  const to = new Array<number>(ncols).fill(Number.NEGATIVE_INFINITY);
  let complete = 0;
  for (const items of rows) {
    if (items.length !== ncols || items.some((it) => it.token.column === undefined || it.token.inRow)) continue;
    complete++;
    items.forEach((it, j) => {
      const c = it.token.column as number;
      from[j] = Math.min(from[j] as number, c);
      to[j] = Math.max(to[j] as number, c + (it.token.end - it.token.start));
    });
  }
  if (complete < MIN_GRID_ROWS) return null;
  // Numbers joined by one fixed separator (every gap between neighbours the same) are packed, not
  // placed: a lost cell shifts the rest, so positions say nothing.
  if (packed(rows.filter((items) => items.length === ncols))) return null;
  for (let j = 1; j < ncols; j++) if ((to[j - 1] as number) + 2 * GRID_TOLERANCE > (from[j] as number)) return null;
  return { spans: from.map((f, j) => [f, to[j] as number] as const) };
}

/** The complete rows nearest a row are tried in these numbers (a page break moves the columns: the rows of its own page). */
const NEAR_ROWS = [5, MIN_GRID_ROWS];

/**
 * A grid for each row, from the complete rows nearest it (by line): a page break may move the
 * columns, so the rows of a row's own page speak for it. Returns the grid for the row whose first
 * item is on `line`, or null where the nearest complete rows do not line up.
 */
export function gridsNear(rows: readonly (readonly RowItem[])[], ncols: number): (line: number) => PositionGrid | null {
  const complete = rows.filter((items) => items.length === ncols && items.every((it) => it.token.column !== undefined && !it.token.inRow));
  return (line) => {
    const near = complete
      .map((items) => ({ items, d: Math.abs((items[0] as RowItem).token.line - line) }))
      .sort((a, b) => a.d - b.d)
      .map((x) => x.items);
    for (const n of NEAR_ROWS) {
      if (near.length < n) continue;
      const grid = positionGrid(near.slice(0, n), ncols);
      if (grid) return grid;
    }
    return null;
  };
}

/** Every gap between neighbouring numbers of the rows on one line is the same width. */
function packed(rows: readonly (readonly RowItem[])[]): boolean {
  const gaps = new Set<number>();
  for (const items of rows)
    for (let k = 1; k < items.length; k++) {
      const a = (items[k - 1] as RowItem).token;
      const b = (items[k] as RowItem).token;
      if (a.line === b.line && a.column !== undefined && b.column !== undefined) gaps.add(b.column - (a.column + (a.end - a.start)));
    }
  return gaps.size <= 1;
}

/**
 * The column of each item by its position (strictly left to right), or null when an item stands in
 * no column's span, or two items in one.
 */
export function columnsByPosition(items: readonly RowItem[], grid: PositionGrid): number[] | null {
  const out: number[] = [];
  for (const it of items) {
    const c = it.token.column;
    if (c === undefined) return null;
    const end = c + (it.token.end - it.token.start);
    // The one span the number overlaps (a longer number than the complete rows showed still
    // overlaps its own column only, the spans standing apart).
    const hits = grid.spans.flatMap(([f, t], k) => (c < t + GRID_TOLERANCE && end > f - GRID_TOLERANCE ? [k] : []));
    const j = hits.length === 1 ? (hits[0] as number) : -1;
    if (j < 0 || (out.length > 0 && j <= (out[out.length - 1] as number))) return null;
    out.push(j);
  }
  return out;
}
