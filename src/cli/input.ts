/**
 * Reading one input (a file, or standard input as bytes handed over by the main thread) and
 * parsing it through `zfxxgk-report/node` (content sniffing, encodings, .docx, PDF). Failures
 * become a {@link FileError}: a stable code, the one-line message of that code, and the cause.
 */
import { parseBytes, type BytesParseResult } from '../node/index.js';
import { FILE_REGISTRY } from '../node/adapters.js';
import type { ParseOptions } from '../parse/parse-report.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fileTooLarge } from '../limits/check.js';
import { LIMIT_OPTIONS, resolveLimits, type LimitName, type Limits } from '../limits/limits.js';
import { FILE_ERRORS, type FileErrorCode, type Lang } from './i18n.js';
import { readFileBounded, type BoundedRead } from './read-bounded.js';

/** Why an input could not be read. Plain data (crosses worker threads). */
export interface FileError {
  /** Stable code: one of {@link FileErrorCode}, or a code the document readers give (`docx-*`, `pdf-*`). */
  code: string;
  /** One-line message in the chosen language. */
  message: string;
  /** The underlying error's message (from Node, mammoth, jszip or pdfjs), for tools and bug reports. */
  cause?: string;
}

/** A thrown error's own code and bilingual messages, when a reader of ours attached them. */
interface CodedError {
  code?: unknown;
  message?: unknown;
  messageZh?: unknown;
  messageEn?: unknown;
  cause?: unknown;
}

const NODE_CODES: Record<string, FileErrorCode> = {
  ENOENT: 'file-not-found',
  ENOTDIR: 'file-not-found',
  EISDIR: 'is-directory',
  EACCES: 'file-unreadable',
  EPERM: 'file-unreadable',
  EIO: 'file-unreadable',
};

function causeText(e: CodedError): string | undefined {
  const c = e.cause as CodedError | undefined;
  if (c && typeof c.message === 'string') return c.message;
  return typeof e.message === 'string' ? e.message : undefined;
}

/** Turns anything thrown while reading or converting an input into a {@link FileError}. */
export function toFileError(e: unknown, lang: Lang, stage: 'read' | 'docx' | 'pdf'): FileError {
  const err = (typeof e === 'object' && e !== null ? e : { message: String(e) }) as CodedError;
  const code = typeof err.code === 'string' ? err.code : undefined;
  const cause = causeText(err);
  const withCause = (f: FileError): FileError => (cause === undefined || cause === f.message ? f : { ...f, cause });
  if (code !== undefined && NODE_CODES[code]) {
    const c = NODE_CODES[code] as FileErrorCode;
    return withCause({ code: c, message: FILE_ERRORS[c][lang] });
  }
  if (code !== undefined && !/^E[A-Z]+$/.test(code) && !/^ERR_/.test(code)) {
    // zfxxgk-report's InputReadError (docx/pdf entries): its code, its messages, the reader's error as cause.
    // A code of ours (the document readers wrap mammoth, jszip, xmldom and pdfjs errors).
    const own = lang === 'en' ? (err.messageEn ?? err.message) : err.messageZh;
    const known = (FILE_ERRORS as Record<string, { zh: string; en: string } | undefined>)[code];
    const message = typeof own === 'string' ? own : known ? known[lang] : `${FILE_ERRORS['read-failed'][lang]} (${code})`;
    const inner = err.cause as CodedError | undefined;
    return inner && typeof inner.message === 'string' ? { code, message, cause: inner.message } : { code, message };
  }
  const text = typeof err.message === 'string' ? err.message : '';
  if (stage === 'docx' && /mammoth/.test(text)) return withCause({ code: 'needs-mammoth', message: FILE_ERRORS['needs-mammoth'][lang] });
  if (stage === 'pdf' && /pdfjs-dist/.test(text) && /needs the optional/.test(text)) {
    return withCause({ code: 'needs-pdfjs', message: FILE_ERRORS['needs-pdfjs'][lang] });
  }
  const c: FileErrorCode =
    stage === 'docx' ? 'docx-unreadable' : stage === 'pdf' ? 'pdf-unreadable' : code ? 'file-unreadable' : 'read-failed';
  return withCause({ code: c, message: FILE_ERRORS[c][lang] });
}

/** A parsed input, or why it could not be read. */
export type ReadOutcome = { ok: true; result: BytesParseResult } | { ok: false; error: FileError };

/** How to read an input: its text format, the message language, the limits and whether to read each report (`--split`). */
export interface ReadOptions {
  /** Text format (`auto` by default). */
  format?: ParseOptions['format'];
  /** Message language. */
  lang: Lang;
  /** Limits given on the command line (the rest keep their defaults). */
  limits?: Partial<Limits>;
  /** Read every report of an input holding several. */
  split?: boolean;
  /** Read images and PDFs without a text layer by OCR (`--ocr`). */
  ocr?: boolean;
}

/** Diagnostics that mean an input was not read because it is over a limit. */
const LIMIT_CODES: ReadonlySet<string> = new Set(['input-too-large', 'docx-too-large', 'pdf-truncated']);

/** Limits each over-limit code can stand for. */
const LIMITS_OF_CODE: Readonly<Record<string, readonly LimitName[]>> = {
  'input-too-large': ['maxFileBytes', 'maxInputLength'],
  'docx-too-large': ['maxDocxUncompressedBytes', 'maxDocxEntries'],
  'pdf-truncated': ['maxPdfTextItems', 'maxPdfPages'],
};

/** The flag that raises the limit a diagnostic names: the limit of its code whose value is the diagnostic's `expected`. */
function flagOf(d: Diagnostic, limits: Limits): string | undefined {
  const names = LIMITS_OF_CODE[d.code] ?? [];
  const name = names.find((n) => limits[n] === d.expected) ?? names[0];
  return LIMIT_OPTIONS.find((o) => o.name === name)?.flag;
}

/** The error of an input over a limit: the diagnostic's code and message, and the flag that raises it. */
export function limitError(d: Diagnostic, lang: Lang, limits: Limits): FileError {
  const flag = flagOf(d, limits);
  const message = lang === 'en' ? d.messageEn : d.message;
  if (flag === undefined) return { code: d.code, message };
  return { code: d.code, message: `${message}${lang === 'en' ? ` Raise it with ${flag}.` : `可用 ${flag} 调高。`}` };
}

/** Reads and parses one input: a path, or bytes already read (standard input). Never throws. */
export async function readInput(source: { file: string; bytes?: Uint8Array }, options: ReadOptions): Promise<ReadOutcome> {
  const { lang, format, split, ocr } = options;
  const limits = resolveLimits(options.limits);
  let bytes: Uint8Array;
  if (source.bytes) bytes = source.bytes;
  else {
    let read: BoundedRead;
    try {
      read = await readFileBounded(source.file, limits.maxFileBytes);
    } catch (e) {
      return { ok: false, error: toFileError(e, lang, 'read') };
    }
    if ('tooLarge' in read) return { ok: false, error: limitError(fileTooLarge(read.tooLarge, limits) as Diagnostic, lang, limits) };
    bytes = read.bytes;
  }
  const stage = stageOf(bytes);
  let result: BytesParseResult;
  try {
    const base = {
      format: format ?? 'auto',
      limits: options.limits ?? {},
      ...(split === true ? { split } : {}),
      ...(ocr === true ? { ocr } : {}),
    };
    result = await parseBytes(bytes, source.bytes ? base : { ...base, fileName: source.file });
  } catch (e) {
    return { ok: false, error: toFileError(e, lang, stage) };
  }
  const overLimit = result.report === null ? result.diagnostics.find((d) => d.severity === 'error' && LIMIT_CODES.has(d.code)) : undefined;
  return overLimit ? { ok: false, error: limitError(overLimit, lang, limits) } : { ok: true, result };
}

/** The reading stage an error belongs to: the document adapter that claims the bytes (node/adapters.ts), else reading. */
function stageOf(bytes: Uint8Array): 'read' | 'docx' | 'pdf' {
  const format = FILE_REGISTRY.detectDocument(bytes)?.format;
  return format === 'docx' || format === 'pdf' ? format : 'read';
}
