/**
 * OCR boxes as the glyphs they hold. A text detector's boxes are taller and wider than their
 * glyphs (PP-OCR's DB detector grows each region by a margin, its "unclip"): a box of 9-point text
 * at 150 dpi is about 27 px tall for glyphs about 18 px tall. The layout reader measures everything
 * in font sizes (two items are one line when their baselines are within about half a font size),
 * so a box's height taken as its font size lets the pieces of a wrapped group label, which sit about
 * half a line above and below the row they name, join that row's line.
 *
 * Two steps, both from the boxes alone (any engine, pure and linear apart from one sort a page):
 *
 * - {@link pageMargin}: the margin around the glyphs, from the boxes that hold only Chinese
 *   characters (square glyphs, each one font size wide): a box of `n` of them is `n·em + 2m` wide
 *   and `em + 2m` tall, so `em = (w − h) / (n − 1)` and `m = (h − em) / 2`. The median over the
 *   page; 0 for boxes tight around their glyphs (Tesseract's) or when too few boxes tell.
 * - {@link snapLines}: the boxes of one printed line have centres a pixel or two apart (detection
 *   jitter, a skew left after deskewing); they are put on one centre line (the median of a run of
 *   centres each within {@link LINE_JITTER} of a font size of the one before), so the line reader
 *   takes all of a row or none of it, never part of a row with a label piece above it.
 */
import type { OcrBox } from './types.js';

/** A box of two or more Chinese characters and nothing else: its glyphs are square, one font size each. */
const SQUARE_GLYPHS = /^[\u3400-\u4dbf\u4e00-\u9fff]{2,}$/u;
/** Fewer boxes of square glyphs than this on a page: no margin is estimated (0). */
const MIN_MARGIN_SAMPLES = 3;
/** The margin is at most this share of the median box height (a box is never shrunk to nothing). */
const MAX_MARGIN_SHARE = 0.3;
/** A box keeps at least this share of its width and height when shrunk (a margin never eats a narrow box). */
const MIN_GLYPH_SHARE = 0.2;
/**
 * Centres of one printed line: each within this share of the font size of the one before (measured
 * on our scans: a row's boxes spread over 1–4 px for 18 px glyphs; the pieces of a wrapped label sit
 * 8–15 px from the row they name).
 */
export const LINE_JITTER = 0.2;
/** A run of centres snapped to one line spans at most this share of the font size (the layout's own same-line tolerance). */
const LINE_SPAN = 0.45;

/** A box in glyph geometry: left edge, width, vertical centre and font size (all in image pixels). */
export interface GlyphBox {
  x: number;
  width: number;
  centre: number;
  size: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[s.length >> 1] as number);
}

/** The margin (pixels) a page's boxes have around their glyphs; 0 when the boxes are tight or nothing tells. */
export function pageMargin(boxes: readonly OcrBox[]): number {
  const margins: number[] = [];
  const heights: number[] = [];
  for (const b of boxes) {
    const text = typeof b.text === 'string' ? b.text.trim() : '';
    if (!SQUARE_GLYPHS.test(text)) continue;
    const n = [...text].length;
    const w = Math.abs(b.x1 - b.x0);
    const h = Math.abs(b.y1 - b.y0);
    if (!(w > 0 && h > 0)) continue;
    const em = (w - h) / (n - 1);
    margins.push((h - em) / 2);
    heights.push(h);
  }
  if (margins.length < MIN_MARGIN_SAMPLES) return 0;
  const m = median(margins);
  if (!Number.isFinite(m) || m <= 0) return 0;
  return Math.min(m, MAX_MARGIN_SHARE * median(heights));
}

/** A box shrunk by the page's margin to its glyphs (keeping at least {@link MIN_GLYPH_SHARE} of its size either way). */
export function glyphBox(box: OcrBox, margin: number): GlyphBox {
  const x0 = Math.min(box.x0, box.x1);
  const w = Math.abs(box.x1 - box.x0);
  const y0 = Math.min(box.y0, box.y1);
  const h = Math.abs(box.y1 - box.y0);
  const most = (1 - MIN_GLYPH_SHARE) / 2;
  const mx = Math.min(margin, most * w);
  const my = Math.min(margin, most * h);
  return { x: x0 + mx, width: w - 2 * mx, centre: y0 + h / 2, size: Math.max(1, h - 2 * my) };
}

/**
 * Puts the boxes of each printed line on one centre line: boxes sorted by centre, a run continues
 * while each centre is within {@link LINE_JITTER} of a font size of the previous one and the run
 * spans at most {@link LINE_SPAN} of a font size; every box of a run gets the run's median centre.
 * Mutates `centre`.
 */
export function snapLines(boxes: GlyphBox[]): void {
  const order = [...boxes].sort((a, b) => a.centre - b.centre);
  let run: GlyphBox[] = [];
  const close = (): void => {
    if (run.length > 1) {
      const c = median(run.map((b) => b.centre));
      for (const b of run) b.centre = c;
    }
    run = [];
  };
  for (const b of order) {
    const prev = run[run.length - 1];
    const first = run[0];
    if (prev && first) {
      const size = Math.min(prev.size, b.size);
      if (b.centre - prev.centre > LINE_JITTER * size || b.centre - first.centre > LINE_SPAN * size) close();
    }
    run.push(b);
  }
  close();
}
