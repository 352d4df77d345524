/**
 * Which rows of a table stand on a row's column grid, page by page. `pdftotext -layout` lays out
 * each page on a character grid of its own: a page whose lines leave the left margin empty (no
 * group label there) moves every column left, so only the rows of a row's own page show its
 * columns (probe seed 470 p01, lo-layout). Text laid out from measured positions (`layoutText`, the
 * text items of a PDF: one left edge for the whole document, a character column per half font size
 * of x) keeps one grid on every page: the same x is the same column, and a page holding no complete
 * row of its own is read by the complete rows of the next (probe seed 476 p03, lo-pdf).
 */
import type { RowItem } from './placement.js';

/** The page of a row's first item (0: the region's first page, or text without page breaks). */
export function pageOfRow(items: readonly RowItem[]): number {
  return items[0]?.token.page ?? 0;
}

/**
 * The test of whether another row stands on the column grid of `row`: where `oneGrid` (every page of
 * the text on one grid) or `row` is unknown, every row does; otherwise the rows of its own page.
 */
export function onGridOf(row: readonly RowItem[] | undefined, oneGrid: boolean): (other: readonly RowItem[]) => boolean {
  if (oneGrid || row === undefined) return () => true;
  const page = pageOfRow(row);
  return (other) => pageOfRow(other) === page;
}
