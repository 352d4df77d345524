/**
 * Word (.docx) as a document adapter: a ZIP container by its bytes (an Office Open XML file),
 * read by `parseDocx` (mammoth → HTML → the core's HTML adapter). The entry is loaded on first
 * use, so the Node registry can list this adapter without loading mammoth.
 */
import type { DocumentAdapter } from '../adapters/adapter.js';
import { sniffContent } from '../adapters/sniff.js';

/** The Word adapter (`zfxxgk-report/docx`). */
export const docxAdapter: DocumentAdapter = {
  kind: 'document',
  format: 'docx',
  extensions: ['.docx'],
  mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  detect: (bytes) => sniffContent(bytes).kind === 'zip',
  read: async (bytes, options = {}) => {
    const { parseDocx } = await import('./index.js');
    const r = await parseDocx(bytes, options);
    return { report: r.report, diagnostics: r.diagnostics, ...(r.reports ? { reports: r.reports } : {}) };
  },
};
