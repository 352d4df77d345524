/**
 * Page furniture: the running header and footer a printer puts on every page (a browser's print
 * date and title at the top, the page's address and `n/N` at the bottom). Inside a table that
 * crosses a page they stand between two rows, or between a wrapped label and its numbers. A line
 * is furniture when the same text, numbers aside, stands at the same height at the top or the
 * bottom of several pages: a report's own lines never repeat that way.
 */
import type { Line } from './geometry.js';

/** How many lines at the top and at the bottom of a page may be furniture. */
const EDGE_LINES = 2;
/** Furniture repeats on at least this many pages. */
const MIN_PAGES = 2;
/** Repeated lines stand at the same height within this share of their font size. */
const SAME_HEIGHT = 0.5;
/** A line needs this many characters other than digits, spaces and punctuation of numbers to be recognised (a row of numbers is never furniture). */
const MIN_LETTERS = 2;

/** The text of a line with every run of digits as `#` and no spaces: page numbers and dates aside, the same on every page. */
function furnitureKey(line: Line): string | null {
  let text = '';
  for (const it of line.items) text += it.text;
  const key = text.replace(/\s+/g, '').replace(/\d+/g, '#');
  const letters = key.replace(/[#.,:/\-+%()（）]/g, '').length;
  return letters >= MIN_LETTERS ? key : null;
}

/**
 * The lines (of all pages, each page's lines in reading order) that are page furniture. Linear in
 * the number of lines (a map of candidate keys).
 */
export function findFurniture(pages: readonly (readonly Line[])[]): Set<Line> {
  const out = new Set<Line>();
  if (pages.length < MIN_PAGES) return out;
  const byKey = new Map<string, Line[]>();
  for (const lines of pages) {
    const n = lines.length;
    for (let k = 0; k < n; k++) {
      if (k >= EDGE_LINES && k < n - EDGE_LINES) continue;
      const line = lines[k] as Line;
      const key = furnitureKey(line);
      if (key === null) continue;
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(line);
    }
  }
  for (const list of byKey.values()) {
    if (list.length < MIN_PAGES) continue;
    // Lines of the key at one height (the first occurrence's) on distinct pages.
    const ref = list[0] as Line;
    const same = list.filter((l) => Math.abs(l.down - ref.down) <= SAME_HEIGHT * Math.max(l.size, ref.size));
    if (new Set(same.map((l) => l.page)).size < MIN_PAGES) continue;
    for (const l of same) out.add(l);
  }
  return out;
}
