/**
 * Reading one input (a file, or standard input as bytes handed over by the main thread) and
 * parsing it through `zfxxgk-report/node` (content sniffing, encodings, .docx, PDF). Failures
 * become a {@link FileError}: a stable code, the one-line message of that code, and the cause.
 */
import { readFile } from 'node:fs/promises';
import { parseBytes, type BytesParseResult } from '../node/index.js';
import { FILE_REGISTRY } from '../node/adapters.js';
import type { ParseOptions } from '../parse/parse-report.js';
import { FILE_ERRORS, type FileErrorCode, type Lang } from './i18n.js';

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

/** Reads and parses one input: a path, or bytes already read (standard input); `ocr`: images and scanned PDFs by OCR. Never throws. */
export async function readInput(
  source: { file: string; bytes?: Uint8Array },
  format: ParseOptions['format'],
  lang: Lang,
  ocr = false,
): Promise<ReadOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = source.bytes ?? (await readFile(source.file));
  } catch (e) {
    return { ok: false, error: toFileError(e, lang, 'read') };
  }
  const stage = stageOf(bytes);
  try {
    const options = source.bytes ? { format: format ?? 'auto' } : { format: format ?? 'auto', fileName: source.file };
    return { ok: true, result: await parseBytes(bytes, ocr ? { ...options, ocr } : options) };
  } catch (e) {
    return { ok: false, error: toFileError(e, lang, stage) };
  }
}

/** The reading stage an error belongs to: the document adapter that claims the bytes (node/adapters.ts), else reading. */
function stageOf(bytes: Uint8Array): 'read' | 'docx' | 'pdf' {
  const format = FILE_REGISTRY.detectDocument(bytes)?.format;
  return format === 'docx' || format === 'pdf' ? format : 'read';
}
