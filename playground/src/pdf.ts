/**
 * PDF files, loaded only when one is opened: the library's PDF entry (pdfjs-dist's text layer,
 * rebuilt as aligned lines) with pdfjs's worker bundled as a separate file.
 */
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { parsePdf, type PdfParseResult } from 'zfxxgk-report/pdf';

interface WorkerOptions {
  GlobalWorkerOptions: { workerSrc: string };
}

/** Parses a PDF file. */
export async function readPdf(bytes: Uint8Array): Promise<PdfParseResult> {
  // The library imports the same pdfjs module (one lazy chunk): the worker set here is the one it uses.
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as WorkerOptions;
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return parsePdf(bytes);
}
