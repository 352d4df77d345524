/** Turns what the visitor gives (pasted text or a file) into a parse result and the source its locations point into. */
import { parseReport, sniffContent, type ParseResult } from 'zfxxgk-report';
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

/** Reads a file; the PDF and Word readers are loaded on first use. */
export async function loadFile(name: string, bytes: Uint8Array): Promise<Loaded> {
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
