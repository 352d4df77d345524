/**
 * PDF files, loaded only when one is opened: the library's PDF entry (its own text reader, rebuilt
 * as aligned lines). pdfjs and its worker (bundled as separate files) are fetched only for a PDF
 * the library's reader leaves to pdfjs (`textLayer.reader === 'pdfjs'`).
 */
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { parsePdf, type PdfParseResult } from 'zfxxgk-report/pdf';

/** Parses a PDF file. */
export async function readPdf(bytes: Uint8Array): Promise<PdfParseResult> {
  return parsePdf(bytes, { pdfjsWorkerSrc: workerUrl });
}
