/**
 * PDF as a document adapter: `%PDF-` near the start of the bytes, read by `parsePdf` (the text
 * layer through our own reader, `src/pdf-text/`, or pdfjs for what it leaves; laid out by the
 * core's `layout/`; every location carries its page and position). The entry is loaded on first
 * use, so the Node registry can list this adapter without loading it.
 */
import type { DocumentAdapter } from '../adapters/adapter.js';
import { sniffContent } from '../adapters/sniff.js';

/** The PDF adapter (`zfxxgk-report/pdf`). */
export const pdfAdapter: DocumentAdapter = {
  kind: 'document',
  format: 'pdf',
  extensions: ['.pdf'],
  mimeTypes: ['application/pdf'],
  detect: (bytes) => sniffContent(bytes).kind === 'pdf',
  read: async (bytes, options = {}) => {
    const { parsePdf } = await import('./index.js');
    const r = await parsePdf(bytes, options);
    return { report: r.report, diagnostics: r.diagnostics, ...(r.reports ? { reports: r.reports } : {}) };
  },
};
