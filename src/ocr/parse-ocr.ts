/**
 * Reading a report from OCR output: pages of positioned text boxes from any engine. The boxes go
 * through the same geometry-aware reader as PDF text (`layout/`, `parsePositionedText`): boxes
 * join a line when their heights overlap, columns come from positions. The usual OCR confusions
 * are undone in the box texts (`confusions.ts`), and every value cell keeps the confidence of its
 * box: a doubtful digit is a candidate, not a value, unless the arithmetic settles it
 * (`confidence.ts`). Pure and isomorphic: no OCR engine needed.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { layoutText, type PositionedText } from '../layout/layout.js';
import type { Limits } from '../limits/limits.js';
import { parsePositionedText, type PositionedParseResult } from '../parse/parse-positioned.js';
import { flagDoubtfulCells, LOW_CONFIDENCE } from './confidence.js';
import { glyphBox, pageMargin, snapLines, type GlyphBox } from './box-geometry.js';
import { undoConfusions } from './confusions.js';
import type { OcrPage } from './types.js';

/** A box of one ideographic full stop: how the recogniser reads a lone `0` (a full stop is never a box of its own in these reports). */
const LONE_FULL_STOP = /^\s*。\s*$/;
/**
 * The confidence of a lone full stop taken as `0`: below {@link LOW_CONFIDENCE}, so it is a
 * candidate unless the table's arithmetic settles it (the engine's gap reading uses the same value).
 */
export const FOLDED_ZERO_CONFIDENCE = 0.7;

/** Options of {@link parseOcr}. */
export interface OcrParseOptions {
  /** Below this confidence a box's digits are doubtful (default {@link LOW_CONFIDENCE}). */
  minConfidence?: number;
  /** Limits of the parse (defaults: `DEFAULT_LIMITS`). */
  limits?: Partial<Limits>;
  /** Diagnostics found before (e.g. from rendering), put first. */
  diagnostics?: Diagnostic[];
}

/** Result of {@link parseOcr}: a parse result, the text laid out from the boxes (locations point into it; `page`, `x`, `y` are image pixels), and the number of pages. */
export type OcrParseResult = PositionedParseResult;

/**
 * Parses a report from pages of OCR boxes. Each box is shrunk to its glyphs (detectors add a
 * margin; estimated per page from the boxes of Chinese text) and placed at the centre line of its
 * printed line, with its glyph height as its size, so it reads as a PDF text item would: pieces
 * of a label wrapped around a row stay lines of their own, a row's boxes stay one line.
 * Cells from boxes recognised below `minConfidence` become `ambiguous` (`ocr-low-confidence`)
 * unless an equation of the table settles them (`ocr-confirmed`).
 *
 * @throws TypeError when `pages` is not an array of pages with a `boxes` array, or the options are malformed.
 */
export function parseOcr(pages: readonly OcrPage[], options: OcrParseOptions = {}): OcrParseResult {
  if (!Array.isArray(pages) || pages.some((p) => typeof p !== 'object' || p === null || !Array.isArray(p.boxes))) {
    throw new TypeError('parseOcr(pages): pages must be an array of { width, height, boxes: [...] }');
  }
  if (typeof options !== 'object' || options === null) throw new TypeError('parseOcr(pages, options): options must be an object');
  const threshold = options.minConfidence ?? LOW_CONFIDENCE;
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1))
    throw new TypeError('parseOcr(pages, options): minConfidence must be a number in [0, 1]');
  const items = toPositioned(pages);
  const result = parsePositionedText(items, {
    yAxis: 'down',
    pages: pages.length,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.diagnostics ? { diagnostics: options.diagnostics } : {}),
  });
  if (result.report) {
    // The same layout as the parse's own (deterministic), for the spans' confidences.
    const { spans } = layoutText(items, { yAxis: 'down' });
    const flagged = flagDoubtfulCells(result.report, spans, threshold);
    if (flagged.length > 0) result.diagnostics = [...result.diagnostics, ...flagged];
  }
  return result;
}

/**
 * OCR boxes as positioned text: each box shrunk to its glyphs (the page's detector margin, see
 * `box-geometry.ts`), the boxes of one printed line on one centre line (`y`, pointing down), the
 * glyph height as size, confusions undone (a lone full stop among the boxes, how a recogniser reads
 * a lone `0`, becomes `0` below `FOLDED_ZERO_CONFIDENCE` (0.7)).
 */
export function toPositioned(pages: readonly OcrPage[]): PositionedText[] {
  const items: PositionedText[] = [];
  pages.forEach((page, k) => {
    const boxes = page.boxes.filter((b) => typeof b.text === 'string');
    const margin = pageMargin(boxes);
    const glyphs = boxes.map((b) => glyphBox(b, margin));
    snapLines(glyphs);
    boxes.forEach((box, i) => {
      const g = glyphs[i] as GlyphBox;
      let { text } = undoConfusions(box.text);
      let confidence = typeof box.confidence === 'number' && Number.isFinite(box.confidence) ? box.confidence : undefined;
      if (LONE_FULL_STOP.test(text)) {
        text = '0';
        confidence = Math.min(confidence ?? 1, FOLDED_ZERO_CONFIDENCE);
      }
      const item: PositionedText = { text, page: k + 1, x: g.x, y: g.centre, width: g.width, size: g.size };
      if (confidence !== undefined) item.confidence = confidence;
      items.push(item);
    });
  });
  return items;
}
