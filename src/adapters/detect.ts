import type { InputFormat } from '../model/report.js';

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)/i;
const HTML_TAG = /<\/?(?:p|div|td|tr|th|table|tbody|span|br|font|strong)\b[^<>]{0,400}>/gi;
const MD_SEPARATOR = /^[ \t]{0,8}\|?[ \t]{0,8}:?-{3,}:?[ \t]{0,8}\|/m;
const MD_HEADING = /^#{1,6}\s+\S/m;
/** How much of the input's start is looked at for HTML tags. */
const SNIFF_CHARS = 4096;
/** Common HTML tags in that start that make an input HTML without a doctype or root tag. */
const MIN_HTML_TAGS = 5;

/** Guesses the format of an input string: HTML markup, Markdown, or plain text. */
export function detectFormat(input: string): InputFormat {
  const head = input.slice(0, SNIFF_CHARS);
  if (HTML_START.test(head)) return 'html';
  const tags = head.match(HTML_TAG);
  if (tags && tags.length >= MIN_HTML_TAGS) return 'html';
  if (MD_SEPARATOR.test(input) || MD_HEADING.test(input)) return 'markdown';
  return 'text';
}
