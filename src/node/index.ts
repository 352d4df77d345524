/**
 * Node-only helpers: reading report files from disk. The core (`zfxxgk-report`) has no I/O;
 * this entry (`zfxxgk-report/node`) adds file decoding and format detection by extension.
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseReport, type ParseOptions } from '../parse/parse-report.js';
import type { InputFormat, ParseResult } from '../model/report.js';
import { decodeText, type TextEncodingName } from './decode.js';

export { decodeText, type DecodedText, type TextEncodingName } from './decode.js';

/** Result of {@link parseFile}: the parse result plus what was read. */
export interface FileParseResult extends ParseResult {
  /** The file path as given. */
  file: string;
  /** The text encoding the file was decoded with. */
  encoding: TextEncodingName;
}

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
};

/** The input format implied by a file name's extension, or `'auto'`. */
export function formatForFile(path: string): InputFormat | 'auto' {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? 'auto';
}

/**
 * Reads a report file (text, Markdown or HTML, any common encoding) and parses it.
 * I/O errors (missing file, permissions) reject the promise; parsing never does.
 */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<FileParseResult> {
  if (typeof path !== 'string') throw new TypeError('parseFile(path): path must be a string');
  const bytes = await readFile(path);
  const { text, encoding } = decodeText(bytes);
  const format = options.format ?? formatForFile(path);
  return { ...parseReport(text, { ...options, format }), file: path, encoding };
}
