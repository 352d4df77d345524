/**
 * PDF input (`zfxxgk-report/pdf`, Node only): reads the text layer with pdfjs-dist (an optional
 * peer dependency; its legacy build runs on Node) and hands the positioned items to the core
 * (`parsePositionedText`), which rebuilds the pages as space-aligned text and reads the tables
 * as on `pdftotext -layout` output. Every cell and diagnostic location carries the page and the
 * item's coordinates.
 *
 * @packageDocumentation
 */
import { createRequire } from 'node:module';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { InputReadError } from '../errors/read-error.js';
import type { PositionedText } from '../layout/layout.js';
import { fileTooLarge } from '../limits/check.js';
import { resolveLimits, type Limits } from '../limits/limits.js';
import { parsePositionedText, type PositionedParseResult } from '../parse/parse-positioned.js';

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
}

/** Result of {@link parsePdf}: the parse result and the text rebuilt from the PDF (locations' offsets point into it). */
export type PdfParseResult = PositionedParseResult;

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocument> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ streamTextContent(options?: Record<string, unknown>): ReadableStream<{ items: unknown[] }> }>;
  destroy(): Promise<void>;
}

let loaded: Promise<{ lib: PdfJs; base: string }> | null = null;

/** Loads pdfjs-dist once. Its own errors (not only "not installed") are kept as the cause. */
function loadPdfJs(): Promise<{ lib: PdfJs; base: string }> {
  loaded ??= (async () => {
    // The module's own location: import.meta.url in the ES build, __filename in the CommonJS one. (A bare
    // `__filename` check is wrong in the ES build: `node -e` defines a global __filename of "[eval]".)
    const meta = import.meta as { url?: string };
    const here = meta.url ?? (typeof __filename === 'string' ? __filename : `${process.cwd()}/`);
    try {
      const lib = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
      const base = createRequire(here)
        .resolve('pdfjs-dist/package.json')
        .replace(/package\.json$/, '');
      return { lib, base };
    } catch (e) {
      throw new InputReadError('dependency-missing', { detail: 'pdfjs-dist', cause: e });
    }
  })();
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
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
  const { items, pages, diagnostics } = await readTextItems(bytes, options.password, limits);
  if (items.length === 0 && diagnostics.length > 0) return { report: null, diagnostics, text: '', pages };
  const result = parsePositionedText(items, { pages, limits, diagnostics, ...(options.split === true ? { split: true } : {}) });
  if (options.ocr && result.report === null && result.diagnostics.some((d) => d.code === 'pdf-no-text')) {
    const { ocrFallback } = await import('../ocr/node/pdf-fallback.js');
    return ocrFallback(bytes, options.ocr, result, limits, pages);
  }
  return result;
}

/** The text items of the pages within the limits. */
async function readTextItems(
  bytes: Uint8Array,
  password: string | undefined,
  limits: Limits,
): Promise<{ items: PositionedText[]; pages: number; diagnostics: Diagnostic[] }> {
  const { lib, base } = await loadPdfJs();
  let doc: PdfDocument;
  try {
    doc = await lib.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: `${base}cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${base}standard_fonts/`,
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
      ...(password !== undefined ? { password } : {}),
    }).promise;
  } catch (e) {
    throw new InputReadError((e as { name?: string }).name === 'PasswordException' ? 'pdf-password' : 'pdf-unreadable', { cause: e });
  }
  const items: PositionedText[] = [];
  const diagnostics: Diagnostic[] = [];
  const total = doc.numPages;
  const readable = Math.min(total, limits.maxPdfPages);
  try {
    let stopped: string | null = null;
    let read = 0;
    for (let p = 1; p <= readable; p++) {
      const onPage = await pageItems(doc, p, limits.maxPdfTextItems - items.length);
      if (onPage === null) {
        stopped = 'maxPdfTextItems';
        break;
      }
      for (const it of onPage) items.push(it);
      read++;
    }
    if (stopped === null && total > readable) stopped = 'maxPdfPages';
    // Nothing read at all (the first page alone passes the item limit): no report, an error.
    if (stopped !== null)
      diagnostics.push(
        createDiagnostic('pdf-truncated', {
          detail: stopped,
          count: read,
          actual: total,
          ...(read === 0 ? { severity: 'error' as const } : {}),
        }),
      );
  } catch (e) {
    throw new InputReadError('pdf-unreadable', { cause: e });
  } finally {
    await doc.destroy();
  }
  return { items, pages: total, diagnostics };
}

/**
 * The non-blank text items of one page, or `null` as soon as there are more than `budget` (the
 * rest of the page is not read: a page of a million items stops at the limit, in bounded memory).
 */
async function pageItems(doc: PdfDocument, p: number, budget: number): Promise<PositionedText[] | null> {
  const page = await doc.getPage(p);
  // `disableNormalization: true` (pdfjs's NFKC pass off; ours runs later) measured no faster in an ABBA run.
  const reader = page.streamTextContent().getReader();
  const out: PositionedText[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return out;
    for (const raw of value.items as TextItem[]) {
      if (typeof raw.str !== 'string' || raw.str.trim() === '') continue;
      if (out.length >= budget) {
        // pdfjs wants a reason (without one the cancel fails and the document never closes).
        await reader.cancel(new Error('maxPdfTextItems'));
        return null;
      }
      const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = raw.transform;
      const size = Math.max(Math.hypot(a, b), Math.hypot(c, d), 1);
      out.push({ text: raw.str, page: p, x, y, width: raw.width, size });
    }
  }
}
