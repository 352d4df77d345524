/**
 * Column places that fit a row's positions, tolerant to drift. In `pdftotext -layout` text of a
 * browser's or an office suite's print, the numbers of one table column do not keep one character
 * column down the whole table: the tool lays out each block of lines on a grid of its own, so a row
 * may stand a few characters left or right of the rows around it. What a block keeps is the spacing
 * of a row's numbers: the distances between the columns a row's numbers stand in are the distances
 * between the same columns of a complete row (as many numbers as columns) near it, up to a shift of
 * the whole row. A row that lost blank cells therefore fits only the places of its numbers whose
 * spacing a complete row near it shows ({@link placesFitting}); the table's arithmetic then decides
 * among the places that fit, and where several remain the cells stay ambiguous. The arithmetic never
 * tells a 0 from a blank, so a zero's column is decided by its position alone: a placement that
 * moves only zeros of one that fits, and fits within {@link FIT_ZERO_MARGIN} as well, is read too
 * (the zero's cells then stay ambiguous rather than a 0 stated in a blank's column). For that
 * margin every complete row near the row counts, also one that fits no placement closely (of a
 * block drifted otherwise): where it shows a zero's other column at the zero's place, the complete
 * rows disagree on the zero's column, and its position does not decide it.
 */
import { onGridOf } from './page-grids.js';
import type { RowItem } from './placement.js';

/** A complete row's numbers' centres stand this far (character columns) at most from a row's, once shifted. */
export const FIT_TOLERANCE = 1.5;
/** Complete rows read on each side of a row (above it and below it): the nearest, of its own block most likely. */
export const FIT_NEAR_ROWS = 2;
/**
 * A row stands this many characters at most left or right of the complete row it fits: rows of one
 * block drift by a character or two; a wider shift would let a row's numbers (or the first line of
 * numbers split over a wrapped label's lines) slide whole columns over.
 */
export const FIT_MAX_SHIFT = 2;
/**
 * A placement that differs from one that fits only in the columns of zeros is read too when its
 * numbers stand at most this much (character columns) further from the complete row's columns. The
 * table's arithmetic never tells a 0 from a blank (a blank counts as 0), so such a zero's column is
 * decided by its position alone; within this margin of the best fit, the positions do not decide it
 * and the cells stay ambiguous. (Measured on seed 25's chromium-layout text: the 0 stood 1.0
 * character nearer the wrong column; per-column offsets of 1- and 3-digit numbers differ by up to 2.)
 */
export const FIT_ZERO_MARGIN = 1;

/** How near a row's numbers must stand to a complete row's columns for {@link placesFitting}. */
export interface FitReach {
  /** Characters at most between a number's centre and its column's, once the row is shifted. */
  readonly tolerance: number;
  /** Characters at most the whole row is shifted left or right. */
  readonly maxShift: number;
}

/** The fit read first: {@link FIT_TOLERANCE} and {@link FIT_MAX_SHIFT}. */
export const TIGHT_FIT: FitReach = { tolerance: FIT_TOLERANCE, maxShift: FIT_MAX_SHIFT };

/**
 * Looser fits, read only where the search over every placement of the rows the tight fit placed
 * runs out or leaves rows several readings (`table3.ts`), the nearer first (a wider one only where
 * the nearer keeps no combination): a row may stand a whole column (Chromium's narrow cells: four or
 * five characters) left or right of the complete row, its numbers two characters (then two and a
 * half) from their columns' spacing. Chromium's `-layout` text sets a row whose label line holds
 * fewer wide characters to the right of the complete rows, a column's width on a table of
 * three-digit counts packed one space apart (probe seed 411 p10: rows led by `3、危及"三安` placed
 * one column right by the tight fit; its sparse rows stand up to 2.5 characters off the packed
 * rows' spacing).
 */
export const LOOSE_FITS: readonly FitReach[] = [
  { tolerance: 2, maxShift: 5 },
  { tolerance: 2.5, maxShift: 6 },
];

/** The centre of an item on its line (character columns), or null without a known column. */
function centreOf(it: RowItem): number | null {
  const c = it.token.column;
  return c === undefined ? null : c + (it.token.end - it.token.start) / 2;
}

/** The line of a row's items when they are all on one line with known columns; null otherwise. */
function oneLine(items: readonly RowItem[]): number | null {
  const first = items[0];
  if (!first) return null;
  for (const it of items) if (it.token.line !== first.token.line || it.token.column === undefined || it.token.inRow) return null;
  return first.token.line;
}

/** A complete row of a table on one line: its line, its items and their centres. */
interface CompleteRow {
  readonly line: number;
  readonly items: readonly RowItem[];
  readonly centres: readonly number[];
}

/**
 * For each row of a table on one line of `pdftotext -layout` text, the test of a placement of its
 * numbers (`places[i]`: the column of the row's i-th item): whether some complete row among the
 * {@link FIT_NEAR_ROWS} nearest above and below it shows those columns at the same distances apart
 * as the row's numbers ({@link FIT_TOLERANCE} each way, after one shift of the row). Returns null
 * for a row with no such evidence (not on one line, or no complete row near it that fits any
 * placement): its placements are then all open. Complete rows of the row's own page only, unless
 * `oneGrid` (every page of the text on one grid: `page-grids.ts`).
 */
export function placesFitting(
  rows: readonly (readonly RowItem[])[],
  ncols: number,
  reach: FitReach = TIGHT_FIT,
  oneGrid = false,
): (items: readonly RowItem[]) => ((places: readonly number[]) => boolean) | null {
  const complete: CompleteRow[] = [];
  for (const items of rows) {
    const line = oneLine(items);
    if (line === null || items.length !== ncols || items.some((it) => it.token.kind !== 'value')) continue;
    complete.push({ line, items, centres: items.map((it) => centreOf(it) as number) });
  }
  complete.sort((a, b) => a.line - b.line);
  // Text that joins cells by one fixed run of spaces puts every number the same distance after the
  // one before it: its places follow the labels' lengths, not the columns, and say nothing. Unless
  // a short row shows a lost cell as room (`roomShown`): complete rows of numbers as wide as their
  // cells stand one space apart in text laid out by position too.
  const evenly = evenlyJoined(rows, ncols);
  if (evenly && !roomShown(rows, ncols)) return () => null;
  return (items) => {
    const line = oneLine(items);
    if (line === null || items.length === 0 || items.length >= ncols) return null;
    // (complete rows read for their columns only by the room of other rows: a row of zeros, which
    // no equation checks, is not placed by them alone; probe seed 365 p11, chromium-layout, a block of
    // rows on a wider pitch than the complete rows')
    if (evenly && items.every((it) => it.token.kind === 'value' && it.token.content.value === 0)) return null;
    const xs = items.map((it) => centreOf(it) as number);
    // (the complete rows are sorted by line: the first at or below the row by halving)
    let lo = 0;
    let hi = complete.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((complete[mid] as { line: number }).line < line) lo = mid + 1;
      else hi = mid;
    }
    // (a complete row of another page stands on that page's grid: `pdftotext -layout` lays out
    // each page on its own, and a row's numbers may fit its spacing by chance)
    const onGrid = onGridOf(items, oneGrid);
    const refs: CompleteRow[] = [];
    for (let k = Math.max(0, lo - FIT_NEAR_ROWS); k < lo; k++)
      if (onGrid((complete[k] as CompleteRow).items)) refs.push(complete[k] as CompleteRow);
    let below = 0;
    for (let k = lo; k < complete.length && below < FIT_NEAR_ROWS; k++)
      if ((complete[k] as CompleteRow).line > line) {
        if (onGrid((complete[k] as CompleteRow).items)) refs.push(complete[k] as CompleteRow);
        below++;
      }
    const fits = (ref: readonly number[], places: readonly number[]): boolean =>
      deviation(ref, xs, places, reach.maxShift) <= reach.tolerance;
    // Only complete rows that fit some placement speak (a row of another block may fit none).
    const speaking = refs.filter((r) => fitsAny(xs.length, ncols, (p) => fits(r.centres, p)));
    if (speaking.length === 0) return null;
    const scoreAmong =
      (among: readonly CompleteRow[]) =>
      (places: readonly number[]): number =>
        among.reduce((m, r) => Math.min(m, deviation(r.centres, xs, places, reach.maxShift)), Number.POSITIVE_INFINITY);
    const score = scoreAmong(speaking);
    // (every complete row near, speaking or not: a zero's other column where one of them shows it)
    const scoreAll = scoreAmong(refs);
    const zero = items.map((it) => it.token.kind === 'value' && it.token.content.value === 0);
    return (places) => {
      if (places.length !== xs.length) return false;
      const own = score(places);
      if (own <= reach.tolerance) return true;
      // A placement that moves only zeros of one that fits, and fits nearly as well: the positions
      // alone tell a zero's column from a blank's, and they barely do.
      // (the best of the placements that keep its non-zero numbers' columns)
      let best = Number.POSITIVE_INFINITY;
      fitsAny(
        xs.length,
        ncols,
        (q) => (best = Math.min(best, score(q))) < 0,
        (i) => (zero[i] ? null : (places[i] as number)),
      );
      return best <= reach.tolerance && scoreAll(places) <= best + FIT_ZERO_MARGIN;
    };
  };
}

/**
 * Whether a complete row's numbers stand one run apart: every gap between neighbours the narrowest
 * (`every`), or more than half of them (a row packed but for one wide gap: probe seed 421 p01,
 * chromium-hf-layout, a `总计` row `124 21` … `132 100 73 53 503` that shows no grid).
 */
function packedRow(r: readonly RowItem[], every: boolean): boolean {
  const gaps: number[] = [];
  for (let k = 1; k < r.length; k++) {
    const a = (r[k - 1] as RowItem).token;
    gaps.push(((r[k] as RowItem).token.column as number) - ((a.column as number) + (a.end - a.start)));
  }
  let least = Number.POSITIVE_INFINITY;
  for (const g of gaps) least = Math.min(least, g);
  const narrowest = gaps.filter((g) => g === least).length;
  return every ? narrowest === gaps.length : 2 * narrowest > gaps.length;
}

/**
 * Whether the complete rows read (every one of the table, or only those on the row's grid: its page,
 * every page with `oneGrid`) are none of them packed ({@link packedRow}: every gap the narrowest for
 * the table's, most gaps for the grid's), and some complete row stands on the row's grid on another
 * line.
 */
function roomyRows(
  rows: readonly (readonly RowItem[])[],
  ncols: number,
  items: readonly RowItem[],
  pageOnly: boolean,
  oneGrid: boolean,
): boolean {
  const line = oneLine(items);
  if (line === null) return false;
  const onGrid = onGridOf(items, oneGrid);
  let near = 0;
  for (const r of rows) {
    const at = oneLine(r);
    if (at === null || r.length !== ncols || r.some((it) => it.token.kind !== 'value')) continue;
    if (pageOnly && !onGrid(r)) continue;
    if (packedRow(r, !pageOnly)) return false;
    if (onGrid(r) && at !== line) near++;
  }
  return near > 0;
}

/**
 * Whether the complete rows of a table show their columns by room, for a row on one line: every
 * complete row of the table (on one line) has some gap between two of its numbers wider than
 * another, and some stands on the row's grid (its page, or any page with `oneGrid`: the rows
 * {@link placesFitting} reads it by). A complete row whose numbers all stand one run apart is packed (Chromium's narrow cells, three-digit counts): its places follow its numbers'
 * widths as much as the columns, and such a table's rows drift from block to block; a row of zeros
 * only, which no equation checks, is not placed by its positions there (probe seed 260 p08,
 * chromium-hf-layout: `0 0 0` fitted one column off under a `总计` row one space apart; 342 p09,
 * chromium-layout: `0 0` one column off under a roomy `总计` 38 lines down, the table's `新收` packed).
 *
 * Or, where a packed row stands on another page only: every complete row of the row's own page shows
 * most of its gaps wider than its narrowest, and some stands on it. `pdftotext -layout` sets each
 * page's character columns apart (as {@link placesFitting} and `gridsNear` read them), so a packed row
 * of another page says nothing of this page's grid (probe seed 462 p08, chromium-layout: `新收`'s long
 * label line packs its numbers on the first page; the second page's rows, `总计` too, stand five
 * characters apart, and its rows of zeros were all `ambiguous`). The page's rows must show room in most
 * gaps, not one: a `总计` row packed but for one wide gap shows no grid (421 p01, chromium-hf-layout).
 */
export function roomyCompleteRowsNear(
  rows: readonly (readonly RowItem[])[],
  ncols: number,
  items: readonly RowItem[],
  oneGrid = false,
): boolean {
  return roomyRows(rows, ncols, items, false, oneGrid) || roomyRows(rows, ncols, items, true, oneGrid);
}

/**
 * How far (character columns) a row's numbers stand at most from a complete row's columns
 * `places`, once the row is shifted by at most `maxShift` ({@link FIT_MAX_SHIFT} first) the best way.
 */
function deviation(ref: readonly number[], xs: readonly number[], places: readonly number[], maxShift: number): number {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < xs.length; i++) {
    const d = (ref[places[i] as number] as number) - (xs[i] as number);
    lo = Math.min(lo, d);
    hi = Math.max(hi, d);
  }
  const s = Math.max(-maxShift, Math.min(maxShift, (lo + hi) / 2));
  return Math.max(hi - s, s - lo);
}

/**
 * Whether some increasing placement of `k` items into `ncols` columns passes `test` (at most
 * C(ncols, k): 35 for a row of table 三); `pin`, when given, fixes an item's column.
 */
function fitsAny(k: number, ncols: number, test: (places: readonly number[]) => boolean, pin?: (i: number) => number | null): boolean {
  const places: number[] = [];
  const rec = (from: number): boolean => {
    if (places.length === k) return test(places);
    const at = pin?.(places.length) ?? null;
    for (let c = from; c <= ncols - (k - places.length); c++) {
      if (at !== null && c !== at) continue;
      places.push(c);
      const ok = rec(c + 1);
      places.pop();
      if (ok) return true;
    }
    return false;
  };
  return rec(0);
}

/**
 * Whether a row short of cells, on one line, shows a lost cell as room: a gap between two of its
 * numbers wider than the complete rows' gap (the same in every complete row: see
 * {@link evenlyJoined}) and their narrowest column pitch together. Complete rows of numbers as wide as
 * their cells (three digits in Chromium's narrow cells) stand one space apart however the text was
 * made; such room shows the text laid out by position (probe seed 296 p07, chromium-layout). Text
 * joining cells by a fixed run of spaces shows an empty cell as one run more, narrower than a number
 * and a run (`2g < g + w + g`).
 */
function roomShown(rows: readonly (readonly RowItem[])[], ncols: number): boolean {
  let gap: number | null = null;
  let pitch = Number.POSITIVE_INFINITY;
  for (const items of rows) {
    if (items.length !== ncols || oneLine(items) === null) continue;
    for (let k = 1; k < items.length; k++) {
      const a = (items[k - 1] as RowItem).token;
      gap = ((items[k] as RowItem).token.column as number) - ((a.column as number) + (a.end - a.start));
      pitch = Math.min(pitch, (centreOf(items[k] as RowItem) as number) - (centreOf(items[k - 1] as RowItem) as number));
    }
  }
  if (gap === null || !Number.isFinite(pitch)) return false;
  const room = gap + pitch;
  for (const items of rows) {
    if (items.length >= ncols || items.length < 2 || oneLine(items) === null) continue;
    for (let k = 1; k < items.length; k++) {
      const a = (items[k - 1] as RowItem).token;
      if (((items[k] as RowItem).token.column as number) - ((a.column as number) + (a.end - a.start)) > room) return true;
    }
  }
  return false;
}

/** Whether every gap between neighbouring numbers of the complete rows on one line is the same width. */
function evenlyJoined(rows: readonly (readonly RowItem[])[], ncols: number): boolean {
  let gap: number | null = null;
  for (const items of rows) {
    if (items.length !== ncols || oneLine(items) === null) continue;
    for (let k = 1; k < items.length; k++) {
      const a = (items[k - 1] as RowItem).token;
      const g = ((items[k] as RowItem).token.column as number) - ((a.column as number) + (a.end - a.start));
      if (gap !== null && g !== gap) return false;
      gap = g;
    }
  }
  return true;
}
