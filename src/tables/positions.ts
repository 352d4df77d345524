/**
 * Columns from character positions: in `pdftotext -layout` text the place of a number on its line
 * comes from its place on the page, so the numbers of one table column line up. Where the complete
 * rows (as many numbers as columns) nearest a row show every column at its own, separate span of
 * character columns, a row that lost cells (a blank cell leaves only spaces) is placed by where its
 * numbers stand: each number in the one column whose span it overlaps. Where the complete rows do not
 * line up (a browser print whose cells are narrower than their numbers, so `pdftotext` packs them
 * with one space) there is no grid, and the row is placed as before. Where the complete rows are too
 * few (many blank cells), the centres of the numbers of the rows from a row to the nearest complete
 * row may show the columns instead (see `centreGrid`).
 */
import { onGridOf } from './page-grids.js';
import type { RowItem } from './placement.js';
import type { TableToken } from './tokens.js';

/** The span of character columns of each table column, left to right. */
export interface PositionGrid {
  /**
   * Per column: `[from, to)`, from the leftmost start to the rightmost end seen in complete rows; or,
   * with `centres`, `[least, most]` of the centres of the numbers seen in the column.
   */
  spans: readonly (readonly [number, number])[];
  /** The spans are of number centres (cells whose numbers are centred: starts vary with the width). */
  centres?: true;
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

/** The lines of a region that hold a number. */
export function numberLines(tokens: readonly TableToken[]): Set<number> {
  const out = new Set<number>();
  for (const t of tokens) if (t.kind === 'value') out.add(t.line);
  return out;
}

/** The complete rows nearest a row are tried in these numbers (a page break moves the columns: the rows of its own page). */
const NEAR_ROWS = [5, MIN_GRID_ROWS];

/**
 * A grid for each row, from the complete rows nearest it (by line): a page break may move the
 * columns, so the rows of a row's own page speak for it, unless `oneGrid` (text laid out from
 * measured positions: every page on one grid; see `page-grids.ts`). Returns the grid for the row
 * whose first item is on `line`, or null where the nearest complete rows do not line up (and no
 * grid of centres reads the rows around it; `numberLines`, the lines holding a number, keep rows
 * next to pieces of wrapped numbers out of that).
 */
export function gridsNear(
  rows: readonly (readonly RowItem[])[],
  ncols: number,
  numberLines: ReadonlySet<number> = new Set(),
  oneGrid = false,
): (line: number) => PositionGrid | null {
  const placedRows = rows.filter(
    (items) => items.length > 0 && items.length <= ncols && items.every((it) => it.token.column !== undefined && !it.token.inRow),
  );
  // Rows a grid of centres may read: on one line, and the lines right above and below it hold
  // no numbers but those of another such row (numbers of no row there may be the pieces of
  // numbers wrapped in their cells, and the row's own cells pieces too).
  const oneLine = placedRows.filter((items) => items.every((it) => it.token.line === (items[0] as RowItem).token.line));
  const rowLines = new Set(oneLine.map((items) => (items[0] as RowItem).token.line));
  const lineRows = oneLine.filter((items) => {
    const l = (items[0] as RowItem).token.line;
    return [l - 1, l + 1].every((n) => !numberLines.has(n) || rowLines.has(n));
  });
  const complete = placedRows.filter((items) => items.length === ncols);
  return (line) => {
    const onGrid = onGridOf(
      placedRows.find((items) => (items[0] as RowItem).token.line === line),
      oneGrid,
    );
    const near = complete
      .filter(onGrid)
      .map((items) => ({ items, d: Math.abs((items[0] as RowItem).token.line - line) }))
      .sort((a, b) => a.d - b.d)
      .map((x) => x.items);
    for (const n of NEAR_ROWS) {
      if (near.length < n) continue;
      const grid = positionGrid(near.slice(0, n), ncols);
      if (grid) return grid;
    }
    const pageRows = lineRows.filter(onGrid);
    const at = pageRows.findIndex((items) => (items[0] as RowItem).token.line === line);
    return centreGrid(pageRows, ncols, at < 0 ? undefined : at);
  };
}

/** Rows read for a grid of centres at most (from a row to the nearest complete row). */
const MAX_CENTRE_ROWS = 16;
/** Centres of one column differ by this much at most from the next centre in it (a character of rounding, and a half). */
const CENTRE_SPREAD = 1.5;
/** Neighbouring columns' centres stand at least this far apart (room for the tolerance on both sides and more). */
const CENTRE_GAP = 2 * GRID_TOLERANCE + 1;

/** The centre of a number on its line (character columns). */
function centreOf(it: RowItem): number {
  return (it.token.column as number) + (it.token.end - it.token.start) / 2;
}

/**
 * A grid of centres, for tables whose complete rows are too few or too far apart to show the
 * columns (many blank cells). The rows from a row to the nearest complete row above it, or below
 * it (every row between, and {@link MIN_GRID_ROWS} rows at least), are read: where their numbers'
 * centres gather into exactly as many separate groups as the table has columns, and every row read
 * puts its numbers into distinct groups left to right, each group is a column. Both ways may speak:
 * they must then place the row alike, and so must every run of rows next to it that shows the
 * columns without a complete row ({@link contested}). Null otherwise. `at` is the row's index in `rows`.
 */
function centreGrid(rows: readonly (readonly RowItem[])[], ncols: number, at: number | undefined): PositionGrid | null {
  if (at === undefined) return null;
  const row = rows[at] as readonly RowItem[];
  let found: { grid: PositionGrid; columns: string } | null = null;
  for (const step of [-1, 1]) {
    // From the row to the nearest complete row that way, and on to MIN_GRID_ROWS rows.
    let end = at;
    while (end >= 0 && end < rows.length && Math.abs(end - at) < MAX_CENTRE_ROWS && (rows[end] as readonly RowItem[]).length !== ncols)
      end += step;
    if (end < 0 || end >= rows.length || (rows[end] as readonly RowItem[]).length !== ncols) continue;
    let lo = Math.min(at, end);
    let hi = Math.max(at, end);
    while (hi - lo + 1 < MIN_GRID_ROWS) {
      const canBelow = hi + 1 < rows.length;
      const canAbove = lo > 0;
      if (!canBelow && !canAbove) break;
      // Past the complete row first (the row's side may be another page), else past the row.
      if (step < 0 ? !canAbove : canBelow) hi++;
      else lo--;
    }
    if (hi - lo + 1 < MIN_GRID_ROWS) continue;
    const grid = centreGroups(rows.slice(lo, hi + 1), ncols);
    const columns = grid ? columnsByPosition(row, grid) : null;
    if (!grid || !columns) continue;
    if (found && found.columns !== columns.join()) return null;
    found ??= { grid, columns: columns.join() };
  }
  if (!found || contested(rows, ncols, at, found.columns)) return null;
  return found.grid;
}

/**
 * Whether the rows next to a row, without a complete row among them, read it otherwise: from the
 * row outwards, each run of {@link MIN_GRID_ROWS} rows or more up to the nearest complete row whose
 * centres gather into `ncols` groups is a grid of the row's own lines too (a run stops growing at
 * the first row that splits it: rows past it stand on other lines' columns). `pdftotext -layout`
 * maps x to character columns line by line (a line's CJK label moves its numbers), so a run of
 * lines may stand a whole column pitch off the lines below it, and its sparse rows then fit the
 * columns of the lines below one column off; the rows of their own run show the shift. Two such
 * readings that place the row differently leave it without a grid (ambiguous, never a guess).
 */
function contested(rows: readonly (readonly RowItem[])[], ncols: number, at: number, columns: string): boolean {
  const row = rows[at] as readonly RowItem[];
  for (const step of [-1, 1]) {
    for (let k = MIN_GRID_ROWS - 1; k < MAX_CENTRE_ROWS; k++) {
      const end = at + step * k;
      if (end < 0 || end >= rows.length || (rows[end] as readonly RowItem[]).length === ncols) break;
      const run = rows.slice(Math.min(at, end), Math.max(at, end) + 1);
      const grid = centreGroupsOrWhy(run, ncols);
      // Rows that stand on no one grid: the run has crossed into lines of another offset, and a
      // longer run gathers into columns only by chance.
      if (grid === 'split') break;
      const other = grid === 'few' || !seenTwice(run, grid, ncols) ? null : columnsByPosition(row, grid);
      if (other && other.join() !== columns) return true;
    }
  }
  return false;
}

/**
 * Numbers of a row read for a grid of centres stand at least this many characters apart: a table
 * laid out by position pads its cells; numbers one space apart are packed (plain `pdftotext`, or a
 * browser print with cells narrower than their numbers), and their places say nothing of columns.
 */
const MIN_CENTRE_ROW_GAP = 2;

/**
 * Whether rows' numbers stand as padded cells: every two neighbours at least
 * {@link MIN_CENTRE_ROW_GAP} apart, and not all the same distance apart. Text that separates cells by
 * a fixed run of spaces (or TABs turned to spaces) puts every number the same distance after the one
 * before it, and a lost cell leaves no wider gap: there the numbers' places follow the labels'
 * lengths, not the columns, and rows line up only by chance.
 */
function paddedRows(rows: readonly (readonly RowItem[])[]): boolean {
  let gap = -1;
  let varied = false;
  for (const items of rows) {
    for (let k = 1; k < items.length; k++) {
      const prev = (items[k - 1] as RowItem).token;
      const next = (items[k] as RowItem).token;
      const g = (next.column as number) - ((prev.column as number) + (prev.end - prev.start));
      if (g < MIN_CENTRE_ROW_GAP) return false;
      if (gap >= 0 && g !== gap) varied = true;
      gap = g;
    }
  }
  return varied;
}

/** The groups of centres of some rows' numbers, when they are `ncols` separate groups every row fits (see {@link centreGrid}). */
function centreGroups(rows: readonly (readonly RowItem[])[], ncols: number): PositionGrid | null {
  const found = centreGroupsOrWhy(rows, ncols);
  return typeof found === 'string' ? null : found;
}

/** Whether every column of a grid holds a number of at least two of the rows (a column seen once may be a row standing off). */
function seenTwice(rows: readonly (readonly RowItem[])[], grid: PositionGrid, ncols: number): boolean {
  const seen = new Array<number>(ncols).fill(0);
  for (const items of rows) for (const j of columnsByPosition(items, grid) ?? []) seen[j] = (seen[j] as number) + 1;
  return seen.every((n) => n >= 2);
}

/**
 * {@link centreGroups}, or why there is none: `few` (fewer groups than columns, or rows not padded:
 * more rows may still show the columns), `split` (centres between two groups' reach, more groups
 * than columns, or a row that fits no group: the rows do not stand on one grid).
 */
function centreGroupsOrWhy(rows: readonly (readonly RowItem[])[], ncols: number): PositionGrid | 'few' | 'split' {
  if (!paddedRows(rows)) return 'few';
  const centres: number[] = [];
  for (const items of rows) for (const it of items) centres.push(centreOf(it));
  centres.sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (const c of centres) {
    const last = spans[spans.length - 1];
    if (last && c - last[1] <= CENTRE_SPREAD) last[1] = c;
    else if (last && c - last[1] < CENTRE_GAP) return 'split';
    else spans.push([c, c]);
  }
  if (spans.length !== ncols) return spans.length < ncols ? 'few' : 'split';
  const grid: PositionGrid = { spans, centres: true };
  return rows.every((items) => columnsByPosition(items, grid) !== null) ? grid : 'split';
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
    const centre = (c + end) / 2;
    // The one span the number overlaps (a longer number than the complete rows showed still
    // overlaps its own column only, the spans standing apart), or whose centres it stands among.
    const hits = grid.spans.flatMap(([f, t], k) =>
      (grid.centres ? centre <= t + GRID_TOLERANCE && centre >= f - GRID_TOLERANCE : c < t + GRID_TOLERANCE && end > f - GRID_TOLERANCE)
        ? [k]
        : [],
    );
    const j = hits.length === 1 ? (hits[0] as number) : -1;
    if (j < 0 || (out.length > 0 && j <= (out[out.length - 1] as number))) return null;
    out.push(j);
  }
  return out;
}
