/**
 * Page furniture: the running header and footer a printer puts on every page (a browser's print
 * date and title at the top, the page's address and `n/N` at the bottom). Inside a table that
 * crosses a page they stand between two rows, or between a wrapped label and its numbers. A line
 * is furniture when the same text, numbers aside, stands at the same height at the top or the
 * bottom of several pages: a report's own lines never repeat that way — but for a table's header
 * rows, which a browser (`<thead>`) or Word (a repeated header row) prints again at the top of every
 * page the table runs over: from a line naming a column of table 三 or 四 down, a page's top lines
 * are the table's own and never furniture.
 */
import type { Line } from './geometry.js';
import { TABLE3_COLUMNS } from '../template/versions/common.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../template/table4.js';

/** How many lines at the top and at the bottom of a page may be furniture. */
const EDGE_LINES = 2;
/** Furniture repeats on at least this many pages. */
const MIN_PAGES = 2;
/** Repeated lines stand at the same height within this share of their font size. */
const SAME_HEIGHT = 0.5;
/** A header word needs this many characters to name a table's header (`其他`, `总计` name other things too). */
const MIN_HEAD_WORD = 3;
/** A line needs this many characters other than digits, spaces and punctuation of numbers to be recognised (a row of numbers is never furniture). */
const MIN_LETTERS = 2;

/**
 * Words of the header rows of tables 三 and 四 (template data) as a line holds them once spaces are
 * out: a running header or footer (a title, a date, an address, a page number) names none.
 */
const TABLE_HEAD_WORDS: readonly string[] = [
  ...new Set([
    '勾稽关系',
    '申请人情况',
    ...TABLE3_COLUMNS.flatMap((c) => ('group' in c ? [c.label, c.group] : [c.label])).filter((w) => w.length >= MIN_HEAD_WORD),
    ...TABLE4_GROUPS.flatMap((g) => [g.label, g.supergroup ?? '']).filter((w) => w.length >= MIN_HEAD_WORD),
    ...TABLE4_COLUMNS.map((c) => c.label).filter((w) => w.length >= MIN_HEAD_WORD && w !== '总计'),
  ]),
];

/** Whether a line's text (spaces out, compatibility forms such as the Kangxi radicals a PDF's font maps folded) names a table header's word. */
function namesTableHead(line: Line): boolean {
  let text = '';
  for (const it of line.items) text += it.text;
  const folded = text.replace(/\s+/g, '').normalize('NFKC');
  return TABLE_HEAD_WORDS.some((w) => folded.includes(w));
}

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
    // (a table's header printed again at the page's top: that line and the top lines under it are the table's)
    let tableHead = false;
    for (let k = 0; k < n; k++) {
      if (k >= EDGE_LINES && k < n - EDGE_LINES) continue;
      const line = lines[k] as Line;
      if (k < EDGE_LINES && (tableHead || namesTableHead(line))) {
        tableHead = true;
        continue;
      }
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
