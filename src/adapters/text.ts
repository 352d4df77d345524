/**
 * Plain text and Markdown: read as they are (the line grammar reads pipe tables, TAB rows and
 * space-aligned text alike), so the rendering is the input itself. Markdown differs only in what
 * `report.source.format` records.
 */
import type { TextAdapter } from './adapter.js';

const MD_SEPARATOR = /^[ \t]{0,8}\|?[ \t]{0,8}:?-{3,}:?[ \t]{0,8}\|/m;
const MD_HEADING = /^#{1,6}\s+\S/m;

/** Markdown: a pipe table's separator row or an ATX heading anywhere in the input. */
export const markdownAdapter: TextAdapter = {
  kind: 'text',
  format: 'markdown',
  extensions: ['.md', '.markdown'],
  mimeTypes: ['text/markdown', 'text/x-markdown'],
  // (each pattern needs its literal: `---` or `#`; a text without it is not scanned line by line)
  detect: (text) => (text.includes('---') && MD_SEPARATOR.test(text)) || (text.includes('#') && MD_HEADING.test(text)),
  render: (input) => ({ text: input }),
};

/** Plain text: what no other text adapter claims. */
export const plainTextAdapter: TextAdapter = {
  kind: 'text',
  format: 'text',
  extensions: ['.txt', '.text'],
  mimeTypes: ['text/plain'],
  detect: () => true,
  render: (input) => ({ text: input }),
};
