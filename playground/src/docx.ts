/**
 * Word files, loaded only when one is opened: mammoth (its browser build) turns the .docx into
 * HTML, merged cells into colspan/rowspan, and the library's HTML path reads it, the same way
 * `zfxxgk-report/docx` does on Node. Locations are offsets into that HTML.
 */
import mammoth from 'mammoth';
import { parseReport, type ParseResult } from 'zfxxgk-report';

interface Mammoth {
  convertToHtml(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string; messages: { message: string }[] }>;
}

/** Parses a .docx file. */
export async function readDocx(bytes: ArrayBuffer): Promise<{ html: string; result: ParseResult; messages: string[] }> {
  const { value, messages } = await (mammoth as unknown as Mammoth).convertToHtml({ arrayBuffer: bytes });
  return { html: value, result: parseReport(value, { format: 'html' }), messages: messages.map((m) => m.message) };
}
