/**
 * PDF input (`zfxxgk-report/pdf`): reads the text layer with our own extractor (`src/pdf-text/`,
 * which skips glyph programs) or, for a document it does not read with certainty, with pdfjs-dist
 * (an optional peer dependency, loaded only then), and hands the positioned items to the core
 * (`parsePositionedText`), which rebuilds the pages as space-aligned text and reads the tables
 * as on `pdftotext -layout` output. Every cell and diagnostic location carries the page and the
 * item's coordinates.
 *
 * @packageDocumentation
 */
import { createDiagnostic } from '../diagnostics/diagnostic.js';
import { fileTooLarge } from '../limits/check.js';
import { resolveLimits, type Limits } from '../limits/limits.js';
import { parsePositionedText, type PositionedParseResult } from '../parse/parse-positioned.js';
import { extractPdfText, type RawInflate } from '../pdf-text/extract.js';
import type { TextLayer } from './pdfjs-reader.js';

export { InputReadError, type ReadErrorCode } from '../errors/read-error.js';

/** Options of {@link parsePdf}. */
export interface PdfOptions {
  /** Password of an encrypted PDF. */
  password?: string;
  /** Limits on what is read (defaults: `DEFAULT_LIMITS`): file size, pages, text items, text length, diagnostics. */
  limits?: Partial<Limits>;
  /** Read every report of a file holding several (`reports` of the result); by default only the first is read. */
  split?: boolean;
  /**
   * A PDF without a text layer (a scan) is read by OCR (`zfxxgk-report/ocr`, its optional
   * packages): `true` throws `dependency-missing` when they are not installed; `'auto'` then keeps
   * `pdf-no-text` and adds `ocr-unavailable`. Default: no OCR.
   */
  ocr?: boolean | 'auto';
  /**
   * In a browser: the URL of pdfjs-dist's worker script (`pdf.worker.mjs`), set on pdfjs when it is
   * loaded for a PDF the built-in reader leaves to it (unless a worker is set already). Lets a page
   * load pdfjs only for such files. Ignored on Node.
   */
  pdfjsWorkerSrc?: string;
}

/** Which reader read a PDF's text layer ({@link PdfParseResult.textLayer}). */
export interface PdfTextLayer {
  /** `'fast'`: the library's own reader (no pdfjs); `'pdfjs'`: pdfjs-dist, for a file the own reader leaves to it. */
  reader: 'fast' | 'pdfjs';
  /** With `'pdfjs'`: why the own reader left the file (`encrypted`, `font:no-unicode`, `filter:LZWDecode`...). */
  reason?: string;
}

/** Result of {@link parsePdf}: the parse result and the text rebuilt from the PDF (locations' offsets point into it). */
export interface PdfParseResult extends PositionedParseResult {
  /** Which reader read the text layer. Absent when none was (a file over the size limit, an OCR reading). */
  textLayer?: PdfTextLayer;
}

interface NodeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
}

/**
 * Node's zlib as the fast path's inflater (several times faster than fflate on the hundreds of tiny
 * glyph streams of Chromium's Type 3 fonts), found without an import so that this entry also loads
 * in a browser (the playground), where the extractor keeps fflate.
 */
function nodeInflate(): RawInflate | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = typeof proc?.getBuiltinModule === 'function' ? (proc.getBuiltinModule('node:zlib') as NodeZlib | undefined) : undefined;
  return zlib ? (data, maxBytes) => zlib.inflateRawSync(data, { maxOutputLength: maxBytes }) : undefined;
}

/**
 * Parses a PDF report from its text layer. A PDF without text (a scan) gives the `pdf-no-text`
 * diagnostic, or, with the `ocr` option, is read by OCR. A file over a limit gives `input-too-large` or, past the page
 * and text-item limits, the pages before the limit with `pdf-truncated`; never a crash.
 *
 * @throws TypeError when `bytes` is not a Uint8Array or the options are malformed;
 * {@link InputReadError} when pdfjs-dist is missing (`dependency-missing`), the file is no
 * readable PDF (`pdf-unreadable`) or its password is missing or wrong (`pdf-password`), with
 * pdfjs's error as `cause`.
 */
export async function parsePdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfParseResult> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('parsePdf(bytes): bytes must be a Uint8Array (or Buffer)');
  if (typeof options !== 'object' || options === null) throw new TypeError('parsePdf(bytes, options): options must be an object');
  const limits = resolveLimits(options.limits, 'parsePdf(bytes, options)');
  const tooLarge = fileTooLarge(bytes.byteLength, limits);
  if (tooLarge) return { report: null, diagnostics: [tooLarge], text: '', pages: 0 };
  const fast = extractPdfText(bytes, limits, nodeInflate());
  let layer: TextLayer;
  let textLayer: PdfTextLayer;
  if (fast.kind === 'items') {
    layer = fast;
    textLayer = { reader: 'fast' };
  } else {
    // pdfjs only for what the fast path does not read with certainty (and its worker and fonts only then).
    const { readTextItems } = await import('./pdfjs-reader.js');
    layer = await readTextItems(bytes, options.password, limits, options.pdfjsWorkerSrc);
    textLayer = { reader: 'pdfjs', reason: fast.reason };
  }
  const { items, pages, read, stopped } = layer;
  // Nothing read at all (the first page alone passes the item limit): no report, an error.
  const diagnostics =
    stopped === null
      ? []
      : [
          createDiagnostic('pdf-truncated', {
            detail: stopped,
            count: read,
            actual: pages,
            ...(read === 0 ? { severity: 'error' as const } : {}),
          }),
        ];
  if (items.length === 0 && diagnostics.length > 0) return { report: null, diagnostics, text: '', pages, textLayer };
  const result = parsePositionedText(items, { pages, limits, diagnostics, ...(options.split === true ? { split: true } : {}) });
  if (options.ocr && result.report === null && result.diagnostics.some((d) => d.code === 'pdf-no-text')) {
    const { ocrFallback } = await import('../ocr/node/pdf-fallback.js');
    return ocrFallback(bytes, options.ocr, result, limits, pages);
  }
  return { ...result, textLayer };
}
