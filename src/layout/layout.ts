/**
 * Positioned text → space-aligned lines. Pure and isomorphic: the PDF entry feeds it pdfjs text
 * items, the browser playground can feed it pdf.js items too, and an OCR reader can feed it
 * recognised boxes (with confidences). The result reads like `pdftotext -layout` output: items
 * are grouped into lines by their baseline, ordered by x, and separated by two or more spaces
 * where a column gap is (the lexer's cell separator), pages separated by a form feed. Each
 * stretch of the text keeps the page and position of the item it came from.
 *
 * Linear in the number of items apart from the sort of each page (no recursion, no argument
 * spreading: a page of a million items is fine).
 */

import { isValueRow, placeBlankCells, type CarriedColumns } from './blank-cells.js';
import { findFurniture } from './furniture.js';
import { joinGroupPieces } from './group-labels.js';
import { joinLabelCells } from './label-cells.js';
import { apartNumbers, CJK_CLASS, isCjk, WORD_GAP, type Item, type Line } from './geometry.js';
import { joinRaisedMarks } from './raised-marks.js';
import { joinWrappedMarks } from './wrapped-marks.js';
import { joinWrappedNumbers, linePitches } from './wrapped-numbers.js';

/** A positioned piece of text: a PDF text item or an OCR box. */
export interface PositionedText {
  /** The text. Items that are empty or white space are skipped. */
  text: string;
  /** 1-based page. */
  page: number;
  /** Left edge, in page units (PDF points). */
  x: number;
  /** Baseline (or bottom edge of an OCR box), in page units. See {@link LayoutOptions.yAxis}. */
  y: number;
  /** Width of the text, in page units. */
  width: number;
  /** Font size (or box height), in page units. */
  size: number;
  /** Recognition confidence in [0, 1] (OCR boxes); kept on the span. */
  confidence?: number;
}

/** Where a stretch of the laid-out text came from. */
export interface TextSpan {
  /** Offset of the first character in the laid-out text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** 1-based page. */
  page: number;
  /** x of the item. */
  x: number;
  /** y of the item. */
  y: number;
  /** The item's confidence, when it had one. */
  confidence?: number;
}

/** Options of {@link layoutText}. */
export interface LayoutOptions {
  /**
   * Direction of `y`: `'up'` (default; PDF user space, origin at the bottom left, larger y higher
   * on the page) or `'down'` (images and most OCR output, origin at the top left).
   */
  yAxis?: 'up' | 'down';
  /**
   * Keep running headers and footers (default `false`: a line repeated at the same height at the top
   * or bottom of several pages, numbers aside, is left out; see `furniture.ts`).
   */
  keepFurniture?: boolean;
  /**
   * Write a blank marker (`—`) where a table row leaves empty a column that the rows around it (or,
   * for a lone row, its column headers) show (default `true`; see `blank-cells.ts`).
   */
  blankCells?: boolean;
}

/** The text rebuilt from positioned items. */
export interface LaidOutText {
  /** Space-aligned lines; each page ends with `\f\n`. */
  text: string;
  /** One span per item written, in text order (sorted by `start`). */
  spans: TextSpan[];
  /** Number of pages (the highest page number seen, or 0). */
  pages: number;
}

/** Baselines within this share of the larger font size are one line (numbers printed larger than their labels sit a little lower). */
const SAME_LINE = 0.45;
/** A gap wider than this share of the font size is a column gap: two or more spaces. */
const COLUMN_GAP = 0.8;
/** Width of one space, as a share of the font size (CJK glyphs are one size wide, two columns). */
const SPACE_WIDTH = 0.5;
/** A line wider than this many font sizes is prose, not a wrapped label piece. */
const PROSE_WIDTH = 12;
/** Widest indent or gap written, in spaces (an item far to the right of a tiny font stays on a readable line). */
const MAX_SPACES = 400;
/** Fewest spaces written for a gap between cells: one space is a gap between words, two or more a cell boundary to the line grammar. */
const MIN_CELL_SPACES = 2;

/**
 * Rebuilds space-aligned lines from positioned items, page by page.
 *
 * @throws TypeError when `items` is not an array.
 */
export function layoutText(items: readonly PositionedText[], options: LayoutOptions = {}): LaidOutText {
  if (!Array.isArray(items)) throw new TypeError('layoutText(items): items must be an array');
  const down = options.yAxis === 'down';
  const byPage = new Map<number, Item[]>();
  let pages = 0;
  let ocrBoxes = false;
  for (const raw of items) {
    if (typeof raw.text !== 'string' || raw.text.trim() === '') continue;
    const page = Number.isFinite(raw.page) && raw.page >= 1 ? Math.floor(raw.page) : 1;
    const size = Number.isFinite(raw.size) && raw.size > 0 ? raw.size : 1;
    const x = finite(raw.x);
    const y = finite(raw.y);
    const item: Item = { text: raw.text, page, x, y, down: down ? y : -y, w: Math.max(0, finite(raw.width)), size };
    if (raw.confidence !== undefined) {
      item.confidence = raw.confidence;
      ocrBoxes = true;
    }
    let list = byPage.get(page);
    if (!list) byPage.set(page, (list = []));
    list.push(item);
    if (page > pages) pages = page;
  }
  const order = [...byPage.keys()].sort((a, b) => a - b);
  // OCR boxes (with confidences) are no PDF text: their heights and steps give no line pitch to trust.
  const pitches = ocrBoxes ? new Map<number, readonly number[]>() : linePitches([...byPage.values()].flat());
  const linesOfPages = order.map((p) => {
    const lines = pageLines(joinWrappedNumbers(joinWrappedMarks(joinRaisedMarks(byPage.get(p) as Item[]), pitches), pitches));
    joinGroupPieces(lines, pitches);
    joinLabelCells(lines, pitches);
    return lines;
  });
  const furniture = options.keepFurniture === true ? new Set<Line>() : findFurniture(linesOfPages);
  const kept = linesOfPages.map((lines, p) =>
    furniture.size > 0 && !rowCutAtTop(linesOfPages, p, furniture) ? lines.filter((l) => !furniture.has(l)) : lines,
  );
  // One left edge for the whole document: the same x is the same column on every page (a table crossing a page).
  let left = Infinity;
  for (const lines of kept) left = Math.min(left, pageLeft(lines));
  const writer = new Writer();
  let carried: CarriedColumns = null;
  kept.forEach((lines, p) => {
    // The previous page as the blank cells see it (a header above a row cut off by the page break):
    // its furniture, kept where a row's label runs on over the break, is no header and no row.
    const previous = kept[p - 1]?.filter((l) => !furniture.has(l));
    // (and so is this page's: a running header kept above the rest of a cut row stands between the
    // previous page's rows and this page's, which continue them)
    const own = furniture.size > 0 ? lines.filter((l) => !furniture.has(l)) : lines;
    if (options.blankCells !== false) carried = placeBlankCells(own, previous, carried, pitches);
    for (const line of lines) if (line.items.length > 0) writeLine(writer, line.items, left);
    writer.write('\f\n');
  });
  return { text: writer.text(), spans: writer.spans, pages };
}

/**
 * The span holding an offset of the laid-out text (the last span starting at or before it), or
 * `null` before the first span. Binary search.
 */
export function spanAt(spans: readonly TextSpan[], offset: number): TextSpan | null {
  let lo = 0;
  let hi = spans.length - 1;
  if (hi < 0 || (spans[0] as TextSpan).start > offset) return spans[0] ?? null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid] as TextSpan).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo] ?? null;
}

function finite(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

class Writer {
  readonly spans: TextSpan[] = [];
  private readonly parts: string[] = [];
  private length = 0;

  write(s: string, item?: Item): void {
    if (item && item.synthetic !== true) {
      const span: TextSpan = { start: this.length, end: this.length + s.length, page: item.page, x: item.srcX ?? item.x, y: item.y };
      if (item.confidence !== undefined) span.confidence = item.confidence;
      this.spans.push(span);
    }
    this.parts.push(s);
    this.length += s.length;
  }

  text(): string {
    return this.parts.join('');
  }
}

/** The items of one page grouped into lines (by baseline), top to bottom, each line left to right. */
function pageLines(onPage: Item[]): Line[] {
  onPage.sort((a, b) => a.down - b.down || a.x - b.x);
  const lines: Line[] = [];
  let line: Line | null = null;
  for (const it of onPage) {
    const ref = line?.items[0];
    if (line && ref && Math.abs(ref.down - it.down) <= SAME_LINE * Math.max(ref.size, it.size)) {
      line.items.push(it);
      if (it.size > line.size) line.size = it.size;
    } else {
      line = { page: it.page, down: it.down, size: it.size, items: [it] };
      lines.push(line);
    }
  }
  lines.forEach((l, k) => {
    const next = lines[k + 1];
    if (next) moveNumbersToNearerLine(l, next);
  });
  for (const l of lines) l.items.sort((a, b) => a.x - b.x);
  return lines;
}

/** A table value alone in its item (digits, maybe a fraction or a sign; no item numbering such as `3.`). */
const NUMBER_ITEM = /^[+\-\u2212]?[0-9\uff10-\uff19](?:[0-9\uff10-\uff19,.\uff0c\uff0e]*[0-9\uff10-\uff19])?$/u;

/**
 * Numbers grouped on a line whose baseline lies nearer the next line's start (a row label's first
 * piece) than any text left on their own line move to that next line. LibreOffice sets cells at the
 * top of their row: a row's numbers stand a few points above its label's first line, and a wrapped
 * group label's last piece in the column to the left can sit a little higher still, within one line's
 * reach of both; the first item seen took them (the numbers then read as the row above's). Only when
 * the numbers are strictly nearer the next line, within its reach, every word left on their line stands
 * above them, and the next line holds no numbers.
 */
function moveNumbersToNearerLine(line: Line, next: Line): void {
  if (next.page !== line.page || next.items.some(isNumberItem)) return;
  // The lowest text left on the line: every word must stand above a number that moves (linear).
  let lowestWord = -Infinity;
  let numbers = 0;
  for (const it of line.items) {
    if (isNumberItem(it)) numbers++;
    else if (it.down > lowestWord) lowestWord = it.down;
  }
  if (numbers === 0 || lowestWord === -Infinity) return;
  const moves = (it: Item): boolean => {
    const toNext = Math.abs(next.down - it.down);
    return isNumberItem(it) && it.down > lowestWord && toNext <= SAME_LINE * Math.max(next.size, it.size) && toNext < it.down - lowestWord;
  };
  const kept: Item[] = [];
  for (const it of line.items) {
    if (!moves(it)) kept.push(it);
    else {
      next.items.push(it);
      if (it.size > next.size) next.size = it.size;
    }
  }
  line.items = kept;
}

function isNumberItem(it: Item): boolean {
  return NUMBER_ITEM.test(it.text.trim());
}

/** Two words of two or more Chinese characters with one space between them, inside one item. */
const CELLS_IN_ITEM = new RegExp(`(${CJK_CLASS}{2}) (?=${CJK_CLASS}{2})`, 'gu');

/**
 * An item holding several cells (LibreOffice writes a row of header cells as one text item with
 * single spaces): Chinese does not put spaces between words, so a space between two Chinese words
 * is a cell boundary, written as a column gap. Single characters spaced out (`信 息 内 容`, a header
 * letter-spaced to fill its cell) stay as they are.
 */
function splitCells(text: string): string {
  return text.includes(' ') ? text.replace(CELLS_IN_ITEM, '$1  ') : text;
}

/**
 * Whether a page begins inside a table row cut by the page break: the previous page ends with a
 * table row (and perhaps pieces of its label) and this page begins with a label piece, no row and no
 * prose (the rest of that row's wrapped label). The page's furniture is then kept: it marks the cut, and without it the label's rest would
 * read as the start of the next row.
 */
function rowCutAtTop(pages: readonly (readonly Line[])[], p: number, furniture: ReadonlySet<Line>): boolean {
  const before = pages[p - 1]?.filter((l) => !furniture.has(l)) ?? [];
  const first = pages[p]?.find((l) => !furniture.has(l));
  if (first === undefined || isValueRow(first) || isProse(first)) return false;
  // The previous page ends with a row and perhaps the first pieces of its wrapped label.
  for (let k = before.length - 1; k >= 0; k--) {
    const line = before[k] as Line;
    if (isValueRow(line)) return true;
    if (isProse(line)) return false;
  }
  return false;
}

/** A line that runs wider than a table's label column: prose or a heading, no piece of a wrapped label. */
function isProse(line: Line): boolean {
  const first = line.items[0];
  const last = line.items[line.items.length - 1];
  return first !== undefined && last !== undefined && last.x + last.w - first.x > PROSE_WIDTH * line.size;
}

/** The left edge of a page's text (the indent of every line is measured from it). */
function pageLeft(lines: readonly Line[]): number {
  let left = Infinity;
  for (const l of lines) for (const it of l.items) if (it.x < left) left = it.x;
  return left;
}

function writeLine(writer: Writer, line: readonly Item[], left: number): void {
  let cursor = left;
  // Characters written on the line so far.
  let written = 0;
  const put = (s: string, item?: Item): void => {
    writer.write(s, item);
    written += s.length;
  };
  for (let k = 0; k < line.length; k++) {
    const it = line[k] as Item;
    if (k > 0) {
      const prev = line[k - 1] as Item;
      const gap = it.x - cursor;
      const unit = Math.min(it.size, prev.size);
      // Chinese has no spaces between words: a visible gap between two Chinese items is a cell boundary
      // (header words centred in tight cells stand a few points apart).
      const cjkGap = gap > WORD_GAP * unit && isCjk(prev.text.trimEnd().slice(-1)) && isCjk(it.text.trimStart()[0]);
      // A blank marker the layout placed is a cell of its own: a column gap on both sides.
      if (gap > COLUMN_GAP * unit || cjkGap || it.synthetic === true || prev.synthetic === true) {
        // A cell stands at the column of its x on the page, whatever the line holds before it: the
        // characters written are fewer than the columns they cover where they are wide (a CJK glyph
        // or a full-width digit is one character over two columns), and spacing each gap on its own
        // would move a cell left by that many columns (the rows of one table would disagree).
        const spaces = Math.max(Math.round(gap / (unit * SPACE_WIDTH)), columnAt(it, left) - written);
        put(' '.repeat(Math.min(MAX_SPACES, Math.max(MIN_CELL_SPACES, spaces))));
      } else if (gap > WORD_GAP * unit || apartNumbers(prev.text, cursor, it, unit)) put(' ');
    } else {
      const indent = Math.min(MAX_SPACES, columnAt(it, left));
      if (indent > 0) put(' '.repeat(indent));
    }
    put(it.synthetic ? it.text : splitCells(it.text), it);
    cursor = it.x + it.w;
  }
  writer.write('\n');
}

/** The character column of an item's left edge on the page (one column is {@link SPACE_WIDTH} of its font size). */
function columnAt(it: Item, left: number): number {
  return Math.max(0, Math.round((it.x - left) / (it.size * SPACE_WIDTH)));
}
