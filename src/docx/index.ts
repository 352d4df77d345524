/**
 * DOCX input (`zfxxgk-report/docx`, Node only): mammoth turns the Word file into HTML, merged
 * cells into `colspan`/`rowspan`, and the HTML path does the rest. mammoth is an optional peer
 * dependency: install it to use this entry.
 *
 * mammoth reads the file through our zip reader (`zip-guard.ts`): the entry count is checked on
 * opening and every part is inflated against one budget of decompressed bytes, so a zip bomb
 * ends in `docx-too-large` at once and in bounded memory; DTDs and entity declarations are
 * refused (`docx-unsafe`); images are never decompressed.
 *
 * @packageDocumentation
 */
import { createDiagnostic } from '../diagnostics/diagnostic.js';
import { InputReadError } from '../errors/read-error.js';
import { fileTooLarge } from '../limits/check.js';
import { resolveLimits, type Limits } from '../limits/limits.js';
import { parseRenderedReports } from '../parse/parse-report.js';
import { htmlAdapter } from '../adapters/html-adapter.js';
import type { ParseResult } from '../model/report.js';
import { openGuardedZip, ZipGuardError, type GuardedZip } from './zip-guard.js';
import { withRaisedRunsAsScript } from './raised-runs.js';

export { InputReadError, type ReadErrorCode } from '../errors/read-error.js';

/** Options of {@link parseDocx}. */
export interface DocxOptions {
  /** Limits on what is read (defaults: `DEFAULT_LIMITS`): file size, entries, decompressed size, text length, diagnostics. */
  limits?: Partial<Limits>;
  /** Read every report of a file holding several (`reports` of the result); by default only the first is read. */
  split?: boolean;
}

/** Result of {@link parseDocx}: the parse result and the HTML it was read from (locations point into it). */
export interface DocxParseResult extends ParseResult {
  /** The HTML mammoth produced; diagnostic and cell locations are offsets into this string (empty when the file was not converted). */
  html: string;
  /** mammoth's own messages (unsupported Word features and the like). */
  conversionMessages: string[];
  /** With `split: true`, one result per report of the file (the first is this result's own); otherwise absent. */
  reports?: ParseResult[];
}

interface Mammoth {
  convertToHtml(
    input: { file: GuardedZip },
    options: { convertImage: unknown },
  ): Promise<{ value: string; messages: { message: string }[] }>;
  images: { imgElement(f: (image: unknown) => Promise<{ src: string }>): unknown };
}

async function loadMammoth(): Promise<Mammoth> {
  let m: Mammoth & { default?: Mammoth };
  try {
    m = (await import('mammoth')) as unknown as Mammoth & { default?: Mammoth };
  } catch (e) {
    throw new InputReadError('dependency-missing', { detail: 'mammoth', cause: e });
  }
  return m.default ?? m;
}

/**
 * Parses a Word (.docx) report. A file over a limit gives `input-too-large` or `docx-too-large`
 * (report `null`), never a crash.
 *
 * @throws TypeError when `bytes` is not a Uint8Array or the options are malformed;
 * {@link InputReadError} when mammoth is not installed (`dependency-missing`), the file is no
 * readable .docx (`docx-unreadable`, with mammoth's, jszip's or xmldom's error as `cause`), or it
 * declares a DTD or entities (`docx-unsafe`).
 */
export async function parseDocx(bytes: Uint8Array, options: DocxOptions = {}): Promise<DocxParseResult> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('parseDocx(bytes): bytes must be a Uint8Array (or Buffer)');
  if (typeof options !== 'object' || options === null) throw new TypeError('parseDocx(bytes, options): options must be an object');
  const limits = resolveLimits(options.limits, 'parseDocx(bytes, options)');
  const notRead = (result: ParseResult): DocxParseResult => ({ ...result, html: '', conversionMessages: [] });
  const tooLarge = fileTooLarge(bytes.byteLength, limits);
  if (tooLarge) return notRead({ report: null, diagnostics: [tooLarge] });
  const mammoth = await loadMammoth();
  let converted: { value: string; messages: { message: string }[] };
  try {
    const file = openGuardedZip(bytes, { maxEntries: limits.maxDocxEntries, maxUncompressedBytes: limits.maxDocxUncompressedBytes });
    // Images are never decompressed: an empty source keeps the <img> (counted for html-no-tables).
    const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
    // (a run LibreOffice raised off the baseline, a footnote mark, read as Word's superscript)
    converted = await mammoth.convertToHtml({ file: withRaisedRunsAsScript(file) }, { convertImage });
  } catch (e) {
    if (e instanceof ZipGuardError && e.kind === 'too-large') {
      const d = createDiagnostic('docx-too-large', {
        detail: e.limit === 'maxDocxEntries' ? `${e.limit}: ${e.value}` : (e.limit ?? ''),
        expected: e.limit === 'maxDocxEntries' ? limits.maxDocxEntries : limits.maxDocxUncompressedBytes,
      });
      return notRead({ report: null, diagnostics: [d] });
    }
    if (e instanceof ZipGuardError && e.kind === 'unsafe') throw new InputReadError('docx-unsafe', { cause: e });
    throw new InputReadError('docx-unreadable', { cause: e });
  }
  const { value, messages } = converted;
  // mammoth's HTML is read by the core's HTML adapter; locations point into that HTML.
  const results = parseRenderedReports({ input: value, format: 'docx', limits, ...htmlAdapter.render(value) }, options.split === true);
  const first = results[0] as ParseResult;
  return {
    ...first,
    html: value,
    conversionMessages: messages.map((m) => m.message),
    ...(options.split === true ? { reports: results } : {}),
  };
}
