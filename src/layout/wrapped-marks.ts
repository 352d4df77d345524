/**
 * Blank marks wrapped inside their cell. A two-dash blank mark (`——`) in a cell narrower than its
 * two glyphs is broken over two lines of the cell: a LibreOffice print centres the cell's two
 * lines on the row, so one dash stands half a line above the row's line and one half a line below
 * it, and the row's line holds nothing in that column. Laid out line by line, the row reads one
 * cell short, and the dashes read as cells of the lines above and below (probe seed 269 p02: the
 * row's numbers then took the blank's column, silently). Here the two dashes are joined into one
 * mark on the row's line.
 *
 * Evidence, all required: two items of one dash character each, the same character, font size and
 * width, at the same x; at most one line pitch of the document's wrapped text apart (two rows stand
 * at least a line of their labels apart, and further with the cell padding); other text of the page (the row's cells or its
 * label) on the line halfway between them, and nothing on that line over the dashes' column (the
 * cell is empty on its row's line); no third dash of the same kind right above or below the pair.
 * Anything else stays as it is.
 *
 * Linear in the items apart from sorting (each dash looks at a bounded number of items below it).
 */
import { replaceJoined, type Item, PITCH_TOLERANCE, SAME_X } from './geometry.js';

/** One dash of a blank mark: hyphen, figure, en, em dash, horizontal bar, minus, full-width hyphen. */
const DASH = /^[-\u2012-\u2015\u2212\uff0d]$/;
/** Two dashes of one mark have the same width within this many page units. */
const SAME_WIDTH = 0.5;
/** A line and the middle of the two dashes agree within this share of the font size. */
const MIDDLE = 0.2;
/** Items looked at below a dash for its second half (a line of a table holds a few dozen items at most). */
const MAX_LOOKAHEAD = 64;
/** Steps between two lines of one cell are at least this many font sizes… */
const MIN_STEP = 0.9;
/** … and at most this many (the search below a dash stops there). */
const MAX_STEP = 2.2;

const isDash = (it: Item): boolean => DASH.test(it.text.trim());

/**
 * Joins blank marks wrapped over two lines of their cell into one mark on the row's line (see the
 * module comment). `onPage` is the items of one page, `pitches` the document's line pitches per
 * font size (`linePitches`); returns the page's items with each such pair replaced by one item.
 */
export function joinWrappedMarks(onPage: readonly Item[], pitches: ReadonlyMap<number, readonly number[]>): Item[] {
  if (pitches.size === 0) return [...onPage];
  const dashes = onPage.filter(isDash).sort((a, b) => a.down - b.down || a.x - b.x);
  if (dashes.length < 2) return [...onPage];
  // Two rows stand at least a line of their labels' text apart: the line pitch of the dashes' own
  // size where the document shows it, else the smallest it shows (a Latin font's dashes beside
  // Chinese labels: LibreOffice's 12 pt dashes 14.0 apart, its 10.5 pt labels' lines 15.1).
  let rowApart = Infinity;
  for (const list of pitches.values()) rowApart = Math.min(rowApart, list[0] ?? Infinity);
  const own = (size: number): number => pitches.get(size)?.[0] ?? rowApart;
  const below = new Map<Item, Item>();
  const above = new Map<Item, Item>();
  for (let k = 0; k < dashes.length; k++) {
    const a = dashes[k] as Item;
    for (let j = k + 1; j < dashes.length && j <= k + MAX_LOOKAHEAD; j++) {
      const b = dashes[j] as Item;
      const step = b.down - a.down;
      if (step > MAX_STEP * a.size) break;
      if (b.text.trim() !== a.text.trim() || b.size !== a.size || Math.abs(b.x - a.x) > SAME_X || Math.abs(b.w - a.w) > SAME_WIDTH)
        continue;
      if (step < MIN_STEP * a.size || step > own(a.size) + PITCH_TOLERANCE) continue;
      below.set(a, b);
      above.set(b, a);
      break;
    }
  }
  if (below.size === 0) return [...onPage];
  const others = onPage.filter((it) => !isDash(it)).sort((a, b) => a.page - b.page || a.down - b.down);
  const joined = new Map<Item, Item>();
  for (const [top, last] of below) {
    // (a stack of three or more dashes is no mark of two wrapped)
    if (above.has(top) || below.has(last)) continue;
    const near = MIDDLE * top.size;
    const middle = (top.down + last.down) / 2;
    const onRow = onLine(others, top.page, middle, near);
    if (onRow.length === 0) continue;
    const left = Math.min(top.x, last.x);
    const right = Math.max(top.x + top.w, last.x + last.w);
    if (onRow.some((it) => it.x < right && it.x + it.w > left)) continue;
    const mark: Item = {
      text: `${top.text.trim()}${last.text.trim()}`,
      page: top.page,
      x: left,
      down: middle,
      y: (top.y + last.y) / 2,
      w: right - left,
      size: top.size,
    };
    joined.set(top, mark);
    joined.set(last, mark);
  }
  if (joined.size === 0) return [...onPage];
  return replaceJoined(onPage, joined);
}

/** The items of `sorted` (by page, then `down`) on page `page` within `near` of `down` (binary search, then the line's items). */
function onLine(sorted: readonly Item[], page: number, down: number, near: number): Item[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const it = sorted[mid] as Item;
    if (it.page < page || (it.page === page && it.down < down - near)) lo = mid + 1;
    else hi = mid;
  }
  const out: Item[] = [];
  for (let k = lo; k < sorted.length; k++) {
    const it = sorted[k] as Item;
    if (it.page !== page || it.down > down + near) break;
    out.push(it);
  }
  return out;
}
