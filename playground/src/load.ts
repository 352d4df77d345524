/** Turns what the visitor gives (pasted text or a file) into a parse result and the source its locations point into. */
import { parseReport, sniffContent, type Diagnostic, type ParseResult } from 'zfxxgk-report';
import { decodeText } from './decode.js';

/** What was read, and how. */
export interface Loaded {
  /** File name (the CSV's `file` column), or a name for pasted text. */
  name: string;
  /** How the input was read. */
  kind: 'text' | 'docx' | 'pdf';
  /** The string every location's offsets point into (the text; the HTML mammoth made; the text rebuilt from the PDF). */
  source: string;
  /** The parse. */
  result: ParseResult;
  /** Text encoding of a text file. */
  encoding?: string;
  /** Pages of a PDF. */
  pages?: number;
  /** mammoth's messages about a .docx. */
  messages?: string[];
}

/** Parses pasted text (text, Markdown or HTML, detected). */
export function loadText(text: string, name: string, encoding?: string): Loaded {
  return { name, kind: 'text', source: text, result: parseReport(text), ...(encoding ? { encoding } : {}) };
}

/** The kind of a file from its bytes, as the library decides it (`sniffContent`: content, never the name). */
export function fileKind(bytes: Uint8Array): Loaded['kind'] {
  const { kind } = sniffContent(bytes);
  return kind === 'pdf' ? 'pdf' : kind === 'zip' ? 'docx' : 'text';
}

/** PNG, JPEG, GIF and WebP signatures: an image (a scan, a screenshot of a table). */
function imageFormat(bytes: Uint8Array): string | null {
  const starts = (sig: readonly number[], at = 0): boolean => sig.every((b, k) => bytes[at + k] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47])) return 'PNG';
  if (starts([0xff, 0xd8, 0xff])) return 'JPEG';
  if (starts([0x47, 0x49, 0x46, 0x38])) return 'GIF';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'WebP';
  return null;
}

/**
 * An image is not read here: OCR in the browser would download about 18 MB (onnxruntime-web's
 * WebAssembly and the PP-OCR models, gzip) and take 15 s or more a page (measured for issue 20,
 * see the README); the command line reads it (`zfxxgk parse --ocr`).
 */
function imageResult(name: string, format: string): Loaded {
  const diagnostic: Diagnostic = {
    code: 'image-needs-ocr',
    severity: 'error',
    message: `文件是图片（${format}），没有文字。网页版不做 OCR 文字识别，请用命令行：zfxxgk parse --ocr 文件名。`,
    messageEn: `The file is an image (${format}) with no text. The playground does not run OCR; use the command line: zfxxgk parse --ocr FILE.`,
  };
  return { name, kind: 'text', source: '', result: { report: null, diagnostics: [diagnostic] } };
}

/** Reads a file; the PDF and Word readers are loaded on first use. */
export async function loadFile(name: string, bytes: Uint8Array): Promise<Loaded> {
  const image = imageFormat(bytes);
  if (image) return imageResult(name, image);
  const kind = fileKind(bytes);
  if (kind === 'pdf') {
    const { readPdf } = await import('./pdf.js');
    const r = await readPdf(bytes);
    return { name, kind, source: r.text, result: { report: r.report, diagnostics: r.diagnostics }, pages: r.pages };
  }
  if (kind === 'docx') {
    const { readDocx } = await import('./docx.js');
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const r = await readDocx(buffer);
    return { name, kind, source: r.html, result: r.result, messages: r.messages };
  }
  const { text, encoding } = decodeText(bytes);
  return loadText(text, name, encoding);
}
