/**
 * HTML as an adapter: recognised by a doctype or root tag at the start, or by common tags in the
 * start of the input; rendered by `html.ts` (text with a map back into the markup, the page's
 * metadata, the number of data tables and images).
 */
import type { TextAdapter } from './adapter.js';
import { renderHtml } from './html.js';

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)/i;
const HTML_TAG = /<\/?(?:p|div|td|tr|th|table|tbody|span|br|font|strong)\b[^<>]{0,400}>/gi;
/** How much of the input's start is looked at for HTML tags. */
const SNIFF_CHARS = 4096;
/** Common HTML tags in that start that make an input HTML without a doctype or root tag. */
const MIN_HTML_TAGS = 5;

/** True when the start of `text` is HTML markup. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  // (both patterns need a '<': text without one is read without them)
  if (!head.includes('<')) return false;
  if (HTML_START.test(head)) return true;
  const tags = head.match(HTML_TAG);
  return tags !== null && tags.length >= MIN_HTML_TAGS;
}

/** HTML pages (saved government web pages, Word exports, CMS markup). */
export const htmlAdapter: TextAdapter = {
  kind: 'text',
  format: 'html',
  extensions: ['.html', '.htm', '.shtml', '.xhtml'],
  mimeTypes: ['text/html', 'application/xhtml+xml'],
  detect: looksLikeHtml,
  render: (input) => {
    const page = renderHtml(input);
    return { text: page.text, toInput: page.toInput, meta: page.meta, tables: { count: page.tables, images: page.images } };
  },
};
