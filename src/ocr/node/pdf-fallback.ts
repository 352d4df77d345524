/**
 * The OCR fallback of `parsePdf(bytes, { ocr })`: a PDF without a text layer is rendered and
 * read by OCR, the boxes parsed by `parseOcr`. Loaded only when a scan meets the option.
 */
import { createDiagnostic } from '../../diagnostics/diagnostic.js';
import { InputReadError } from '../../errors/read-error.js';
import type { Limits } from '../../limits/limits.js';
import type { PositionedParseResult } from '../../parse/parse-positioned.js';
import { parseOcr } from '../parse-ocr.js';
import { createOcr, OCR_PACKAGES, type OcrEngine } from './engine.js';

let shared: Promise<OcrEngine> | null = null;

/**
 * OCR of a scanned PDF (every page within `maxPdfPages`). With `mode` `'auto'`, missing OCR
 * packages give the text-layer result with `ocr-unavailable` added; with `true` they throw.
 */
export async function ocrFallback(
  bytes: Uint8Array,
  mode: true | 'auto',
  textResult: PositionedParseResult,
  limits: Limits,
  pages: number,
): Promise<PositionedParseResult> {
  let engine: OcrEngine;
  try {
    shared ??= createOcr();
    engine = await shared;
  } catch (e) {
    shared = null;
    if (mode === 'auto' && e instanceof InputReadError && e.code === 'dependency-missing') {
      return {
        ...textResult,
        diagnostics: [...textResult.diagnostics, createDiagnostic('ocr-unavailable', { detail: OCR_PACKAGES.join(', ') })],
      };
    }
    throw e;
  }
  const wanted = Array.from({ length: Math.min(pages, limits.maxPdfPages) }, (_, k) => k + 1);
  const diagnostics = textResult.diagnostics.filter((d) => d.code === 'pdf-truncated');
  return parseOcr(await engine.ocrPdf(bytes, { pages: wanted }), { limits, diagnostics });
}
