/**
 * Geometry of a page's table of numbers, from the boxes already read (pure, no pixels):
 *
 * - {@link gridGaps}: where a column of numbers has no box in a row that has numbers in other
 *   columns. The detector misses lone small glyphs (a `0` alone in its cell), and a row with a
 *   value missing is a row the reader cannot place; each gap is cropped and read again, and
 *   only a number read there becomes a box.
 * - {@link unreadInk}: whether a box read as a number holds ink its reading does not account
 *   for: a dash left of the digits the recogniser dropped (`-1` read as `1`), or more digit-tall
 *   marks than digits read. Such a reading is doubtful whatever the recogniser's certainty.
 *
 * Both are linear in the boxes (or pixels) they look at.
 */
import type { OcrBox } from '../types.js';

/** A number as the recogniser gives it (sign, digits, separators). */
const NUMBER = /^[-+−]?\d[\d,.]*$/;
/** Columns: box centres closer than this many box heights are one column. */
const COLUMN_TOLERANCE = 0.75;
/** A column of numbers has at least this many boxes. */
const MIN_COLUMN_BOXES = 3;
/** A row of a table of numbers has at least this many numbers read. */
const MIN_ROW_NUMBERS = 2;
/** Rows: box centres closer than this many box heights are one row. */
const ROW_TOLERANCE = 0.5;
/** A column reaches this many box heights above its first and below its last box (a last row whose cells were all missed there). */
const COLUMN_REACH = 2;
/** Horizontal margin of a gap's crop beyond its column, in box heights. */
const GAP_MARGIN = 0.3;
/** Most gaps read again on one page (a budget: a page has a few hundred cells at most). */
export const MAX_GAPS = 400;

/** A place to read again, in page pixels. */
export interface Gap {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1] as number;
}

const centreX = (b: OcrBox): number => (b.x0 + b.x1) / 2;
const centreY = (b: OcrBox): number => (b.y0 + b.y1) / 2;

/**
 * The gaps of a page's tables of numbers: for each row with at least two numbers, each column of
 * numbers (boxes whose centres line up, at least three) that spans the row vertically and has no
 * box overlapping it in that row. At most {@link MAX_GAPS}.
 */
export function gridGaps(boxes: readonly OcrBox[]): Gap[] {
  const numbers = boxes.filter((b) => NUMBER.test(b.text.trim()));
  if (numbers.length < MIN_COLUMN_BOXES) return [];
  const height = median(numbers.map((b) => b.y1 - b.y0));
  if (!(height > 0)) return [];
  // Columns: numbers sorted by centre, split where the centre moves more than the tolerance.
  const byX = [...numbers].sort((a, b) => centreX(a) - centreX(b));
  const columns: { x0: number; x1: number; top: number; bottom: number; count: number; sum: number }[] = [];
  for (const b of byX) {
    const last = columns[columns.length - 1];
    if (last && Math.abs(centreX(b) - last.sum / last.count) <= COLUMN_TOLERANCE * height) {
      last.x0 = Math.min(last.x0, b.x0);
      last.x1 = Math.max(last.x1, b.x1);
      last.top = Math.min(last.top, centreY(b));
      last.bottom = Math.max(last.bottom, centreY(b));
      last.count++;
      last.sum += centreX(b);
    } else columns.push({ x0: b.x0, x1: b.x1, top: centreY(b), bottom: centreY(b), count: 1, sum: centreX(b) });
  }
  const kept = columns.filter((c) => c.count >= MIN_COLUMN_BOXES);
  if (kept.length === 0) return [];
  // Rows: every box, by vertical centre.
  const byY = [...boxes].sort((a, b) => centreY(a) - centreY(b));
  const rows: OcrBox[][] = [];
  let start = -Infinity;
  for (const b of byY) {
    if (centreY(b) - start > ROW_TOLERANCE * height) {
      rows.push([]);
      start = centreY(b);
    }
    (rows[rows.length - 1] as OcrBox[]).push(b);
  }
  const gaps: Gap[] = [];
  for (let i = 0; i < rows.length; i++) {
    const inRow = (rows[i] as OcrBox[]).filter((b) => NUMBER.test(b.text.trim()));
    if (inRow.length < MIN_ROW_NUMBERS) continue;
    const cy = median(inRow.map(centreY));
    const h = median(inRow.map((b) => b.y1 - b.y0));
    // Every box of this and the neighbouring row groups that reaches the row's height (a row whose
    // boxes sit a little apart can fall into two groups: a cell there is no gap).
    const row = [...(rows[i - 1] ?? []), ...(rows[i] as OcrBox[]), ...(rows[i + 1] ?? [])].filter(
      (b) => b.y1 > cy - h / 2 && b.y0 < cy + h / 2,
    );
    for (const c of kept) {
      if (cy < c.top - COLUMN_REACH * h || cy > c.bottom + COLUMN_REACH * h) continue;
      let x0 = c.x0 - GAP_MARGIN * height;
      let x1 = c.x1 + GAP_MARGIN * height;
      if (row.some((b) => b.x1 > c.x0 && b.x0 < c.x1)) continue;
      // Not into the neighbouring boxes of the row.
      for (const b of row) {
        if (b.x1 <= c.x0 && b.x1 > x0) x0 = b.x1;
        if (b.x0 >= c.x1 && b.x0 < x1) x1 = b.x0;
      }
      gaps.push({ x0, y0: cy - h / 2, x1, y1: cy + h / 2 });
      if (gaps.length >= MAX_GAPS) return gaps;
    }
  }
  return gaps;
}

/**
 * Ink: a pixel whose brightest channel (so a red seal is not ink) is darker than the paper by at
 * least this share of the contrast between the paper (the box's 90th percentile) and its darkest
 * pixel. Relative, so the faint dash of a blurred JPEG is ink and grey paper is not.
 */
const INK_SHARE = 0.35;
/** Less contrast than this (grey levels) between paper and darkest pixel: no ink at all. */
const MIN_CONTRAST = 60;
/** Marks smaller than this share of the tallest mark's height, both ways, are specks (noise, commas, points). */
const SPECK = 0.25;
/** A mark at least this share of the tallest mark's height is a digit. */
const DIGIT_TALL = 0.6;
/** A mark at most this share of the tallest's height and at least {@link DASH_WIDE} wide is a dash. */
const DASH_FLAT = 0.35;
const DASH_WIDE = 0.3;
/** Digits fill at least this share of their box's height (less: the marks are not the text read). */
const MIN_GLYPH = 0.3;

/** The dark marks (8-connected components of ink) of a box's pixels, as rectangles. */
export function inkMarks(
  rgba: Uint8ClampedArray | Uint8Array,
  width: number,
  height: number,
): { x0: number; y0: number; x1: number; y1: number }[] {
  const n = width * height;
  const level = new Uint8Array(n);
  const histogram = new Uint32Array(256);
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    const v = Math.max(rgba[j] as number, rgba[j + 1] as number, rgba[j + 2] as number);
    level[i] = v;
    histogram[v] = (histogram[v] as number) + 1;
  }
  let darkest = 0;
  while (darkest < 255 && histogram[darkest] === 0) darkest++;
  let paper = 255;
  for (let seen = 0, v = 255; v >= 0; v--) {
    seen += histogram[v] as number;
    if (seen >= 0.1 * n) {
      paper = v;
      break;
    }
  }
  if (paper - darkest < MIN_CONTRAST) return [];
  const cut = paper - INK_SHARE * (paper - darkest);
  const ink = new Uint8Array(n);
  for (let i = 0; i < n; i++) if ((level[i] as number) < cut) ink[i] = 1;
  const queue = new Int32Array(n);
  const marks: { x0: number; y0: number; x1: number; y1: number }[] = [];
  for (let s = 0; s < n; s++) {
    if (ink[s] !== 1) continue;
    ink[s] = 2;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    const m = { x0: width, y0: height, x1: 0, y1: 0 };
    while (head < tail) {
      const p = queue[head++] as number;
      const x = p % width;
      const y = (p - x) / width;
      if (x < m.x0) m.x0 = x;
      if (x > m.x1) m.x1 = x;
      if (y < m.y0) m.y0 = y;
      if (y > m.y1) m.y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const q = yy * width + xx;
          if (ink[q] === 1) {
            ink[q] = 2;
            queue[tail++] = q;
          }
        }
      }
    }
    marks.push(m);
  }
  return marks;
}

/**
 * Whether the marks of a box read as the number `text` hold ink the reading leaves out: a dash
 * left of the first digit when no minus sign was read, or more digit-tall marks than digits read
 * (touching digits make fewer marks, never more).
 */
export function unreadInk(text: string, marks: readonly { x0: number; y0: number; x1: number; y1: number }[], boxHeight: number): boolean {
  const t = text.trim();
  if (!NUMBER.test(t)) return false;
  let tallest = 0;
  for (const m of marks) tallest = Math.max(tallest, m.y1 - m.y0 + 1);
  if (tallest < MIN_GLYPH * boxHeight) return false;
  const real = marks.filter((m) => Math.max(m.x1 - m.x0 + 1, m.y1 - m.y0 + 1) >= SPECK * tallest);
  const digits = real.filter((m) => m.y1 - m.y0 + 1 >= DIGIT_TALL * tallest);
  if (digits.length === 0) return false;
  const read = (t.match(/\d/g) ?? []).length;
  if (digits.length > read) return true;
  if (/^[-−]/.test(t)) return false;
  const firstDigit = digits.reduce((v, m) => Math.min(v, m.x0), Infinity);
  const top = digits.reduce((v, m) => Math.min(v, m.y0), Infinity);
  const bottom = digits.reduce((v, m) => Math.max(v, m.y1), -Infinity);
  return real.some((m) => {
    const h = m.y1 - m.y0 + 1;
    const w = m.x1 - m.x0 + 1;
    const mid = (m.y0 + m.y1) / 2;
    return (
      m.x1 < firstDigit &&
      h <= DASH_FLAT * tallest &&
      w >= DASH_WIDE * tallest &&
      mid > top + 0.25 * (bottom - top) &&
      mid < bottom - 0.25 * (bottom - top)
    );
  });
}
