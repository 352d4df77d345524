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
/** A gap wider than this share of the font size (but no column gap) is one space. */
const WORD_GAP = 0.15;
/** Width of one space, as a share of the font size (CJK glyphs are one size wide, two columns). */
const SPACE_WIDTH = 0.5;
/** Widest indent or gap written, in spaces (an item far to the right of a tiny font stays on a readable line). */
const MAX_SPACES = 400;

interface Item {
  text: string;
  page: number;
  x: number;
  /** y pointing down the page (so ascending y is reading order). */
  down: number;
  y: number;
  w: number;
  size: number;
  confidence?: number;
}

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
  for (const raw of items) {
    if (typeof raw.text !== 'string' || raw.text.trim() === '') continue;
    const page = Number.isFinite(raw.page) && raw.page >= 1 ? Math.floor(raw.page) : 1;
    const size = Number.isFinite(raw.size) && raw.size > 0 ? raw.size : 1;
    const x = finite(raw.x);
    const y = finite(raw.y);
    const item: Item = { text: raw.text, page, x, y, down: down ? y : -y, w: Math.max(0, finite(raw.width)), size };
    if (raw.confidence !== undefined) item.confidence = raw.confidence;
    let list = byPage.get(page);
    if (!list) byPage.set(page, (list = []));
    list.push(item);
    if (page > pages) pages = page;
  }
  const writer = new Writer();
  const order = [...byPage.keys()].sort((a, b) => a - b);
  for (const p of order) {
    writePage(writer, byPage.get(p) as Item[]);
    writer.write('\f\n');
  }
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
    if (item) {
      const span: TextSpan = { start: this.length, end: this.length + s.length, page: item.page, x: item.x, y: item.y };
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

function writePage(writer: Writer, onPage: Item[]): void {
  let left = Infinity;
  for (const it of onPage) if (it.x < left) left = it.x;
  onPage.sort((a, b) => a.down - b.down || a.x - b.x);
  let line: Item[] = [];
  for (const it of onPage) {
    const ref = line[0];
    if (ref && Math.abs(ref.down - it.down) <= SAME_LINE * Math.max(ref.size, it.size)) line.push(it);
    else {
      if (line.length > 0) writeLine(writer, line, left);
      line = [it];
    }
  }
  if (line.length > 0) writeLine(writer, line, left);
}

function writeLine(writer: Writer, line: Item[], left: number): void {
  line.sort((a, b) => a.x - b.x);
  let cursor = left;
  for (let k = 0; k < line.length; k++) {
    const it = line[k] as Item;
    if (k > 0) {
      const gap = it.x - cursor;
      const unit = Math.min(it.size, (line[k - 1] as Item).size);
      if (gap > COLUMN_GAP * unit) writer.write(' '.repeat(Math.min(MAX_SPACES, Math.max(2, Math.round(gap / (unit * SPACE_WIDTH))))));
      else if (gap > WORD_GAP * unit) writer.write(' ');
    } else {
      const indent = Math.min(MAX_SPACES, Math.max(0, Math.round((it.x - left) / (it.size * SPACE_WIDTH))));
      if (indent > 0) writer.write(' '.repeat(indent));
    }
    writer.write(it.text, it);
    cursor = it.x + it.w;
  }
  writer.write('\n');
}
