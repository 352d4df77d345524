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
import { undoConfusions } from './confusions.js';
import type { OcrPage } from './types.js';

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
 * Parses a report from pages of OCR boxes. Each box is placed at its vertical centre with its
 * height as its size, so boxes whose heights overlap by more than about half join one line.
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

/** OCR boxes as positioned text: vertical centre as `y` (y down), height as size, confusions undone. */
export function toPositioned(pages: readonly OcrPage[]): PositionedText[] {
  const items: PositionedText[] = [];
  pages.forEach((page, k) => {
    for (const box of page.boxes) {
      if (typeof box.text !== 'string') continue;
      const { text } = undoConfusions(box.text);
      const x0 = Math.min(box.x0, box.x1);
      const y0 = Math.min(box.y0, box.y1);
      const height = Math.abs(box.y1 - box.y0);
      const item: PositionedText = {
        text,
        page: k + 1,
        x: x0,
        y: y0 + height / 2,
        width: Math.abs(box.x1 - box.x0),
        size: Math.max(1, height),
      };
      if (typeof box.confidence === 'number' && Number.isFinite(box.confidence)) item.confidence = box.confidence;
      items.push(item);
    }
  });
  return items;
}
