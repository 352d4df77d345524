/**
 * Reading a report from positioned text (PDF text items, OCR boxes): the items are laid out as
 * space-aligned lines (`layout/layout.ts`) and the text pipeline reads them, every location
 * carrying the page and position of its item. Pure and isomorphic: the PDF entry calls it after
 * pdfjs, a browser can call it with pdf.js items of its own, an OCR reader with its boxes.
 */
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { layoutText, spanAt, type LayoutOptions, type PositionedText } from '../layout/layout.js';
import { resolveLimits, type Limits } from '../limits/limits.js';
import type { ParseResult } from '../model/report.js';
import { parseRenderedReports } from './parse-report.js';

/** Options of {@link parsePositionedText}. */
export interface PositionedTextOptions extends LayoutOptions {
  /** Number of pages of the document (pages without items count too); default: the highest page of an item. */
  pages?: number;
  /** Limits of the parse (defaults: `DEFAULT_LIMITS`). */
  limits?: Partial<Limits>;
  /** Read every report of a document holding several (`reports` of the result). */
  split?: boolean;
  /** Diagnostics found before (e.g. `pdf-truncated`), put first. */
  diagnostics?: Diagnostic[];
}

/** Result of {@link parsePositionedText}: the parse result and the text laid out from the items (locations' offsets point into it). */
export interface PositionedParseResult extends ParseResult {
  /** The text rebuilt from the items, pages separated by form feeds. */
  text: string;
  /** Number of pages. */
  pages: number;
  /** With `split: true`, one result per report (the first is this result's own); otherwise absent. */
  reports?: ParseResult[];
}

/** Fewer characters than this per page (on average, over a quarter of the pages) is a document without text: a scan. */
const MIN_CHARS_PER_PAGE = 20;

/**
 * Parses a report from positioned text items. A document with (almost) no text gives
 * `pdf-no-text`: it needs OCR first.
 *
 * @throws TypeError when `items` is not an array or the options are malformed.
 */
export function parsePositionedText(items: readonly PositionedText[], options: PositionedTextOptions = {}): PositionedParseResult {
  if (!Array.isArray(items)) throw new TypeError('parsePositionedText(items): items must be an array');
  if (typeof options !== 'object' || options === null)
    throw new TypeError('parsePositionedText(items, options): options must be an object');
  const limits = resolveLimits(options.limits, 'parsePositionedText(items, options)');
  const before = options.diagnostics ?? [];
  const laid = layoutText(items, options);
  const pages = Math.max(options.pages ?? 0, laid.pages);
  let chars = 0;
  for (const s of laid.spans) chars += s.end - s.start;
  if (chars < (MIN_CHARS_PER_PAGE * Math.max(1, pages)) / 4) {
    return { report: null, diagnostics: [...before, createDiagnostic('pdf-no-text', { count: pages })], text: '', pages };
  }
  const { text, spans } = laid;
  const place = (offset: number): { page: number; x: number; y: number } | null => {
    const s = spanAt(spans, offset);
    return s ? { page: s.page, x: Math.round(s.x * 10) / 10, y: Math.round(s.y * 10) / 10 } : null;
  };
  // (every page on one grid: the same x the same column; not boxes a recogniser read off scanned
  // pages, with confidences, which stand where each scan put them)
  const pagesOnOneGrid = !items.some((it) => it.confidence !== undefined);
  const results = parseRenderedReports(
    { input: text, text, format: 'pdf', place, limits, diagnostics: before, measuredLines: true, pagesOnOneGrid },
    options.split === true,
  );
  const first = results[0] as ParseResult;
  return { ...first, text, pages, ...(options.split === true ? { reports: results } : {}) };
}
