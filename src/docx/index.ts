/**
 * DOCX input (`zfxxgk-report/docx`, Node only): mammoth turns the Word file into HTML, merged
 * cells into `colspan`/`rowspan`, and the HTML path does the rest. mammoth is an optional peer
 * dependency: install it to use this entry.
 *
 * @packageDocumentation
 */
import { parseRendered } from '../parse/parse-report.js';
import { renderHtml } from '../adapters/html.js';
import type { ParseResult } from '../model/report.js';

/** Result of {@link parseDocx}: the parse result and the HTML it was read from (locations point into it). */
export interface DocxParseResult extends ParseResult {
  /** The HTML mammoth produced; diagnostic and cell locations are offsets into this string. */
  html: string;
  /** mammoth's own messages (unsupported Word features and the like). */
  conversionMessages: string[];
}

interface Mammoth {
  convertToHtml(input: { buffer: Buffer } | { arrayBuffer: ArrayBuffer }): Promise<{ value: string; messages: { message: string }[] }>;
}

async function loadMammoth(): Promise<Mammoth> {
  try {
    const m = (await import('mammoth')) as unknown as Mammoth & { default?: Mammoth };
    return m.default ?? m;
  } catch {
    throw new Error('parseDocx needs the optional package "mammoth" (npm install mammoth)');
  }
}

/**
 * Parses a Word (.docx) report.
 * @throws TypeError when `bytes` is not a Uint8Array; Error when mammoth is not installed or the
 * file is not a readable .docx.
 */
export async function parseDocx(bytes: Uint8Array): Promise<DocxParseResult> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('parseDocx(bytes): bytes must be a Uint8Array (or Buffer)');
  const mammoth = await loadMammoth();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { value, messages } = await mammoth.convertToHtml({ buffer });
  const page = renderHtml(value);
  const result = parseRendered({ input: value, text: page.text, format: 'docx', toInput: page.toInput, page });
  return { ...result, html: value, conversionMessages: messages.map((m) => m.message) };
}
