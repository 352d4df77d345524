/**
 * The contract every input adapter fulfils. An adapter knows one input format: how to recognise
 * it (from the content first, then a file name or a MIME type) and how to turn it into the text
 * the line grammar reads, with a map back into the input, the metadata the format carries and,
 * where the format has them, page positions.
 *
 * Two kinds:
 * - a **text adapter** (isomorphic, in this folder) reads a string synchronously: plain text,
 *   Markdown, HTML; `parseReport` and `parseFile` find it through the registry
 *   (`adapters/registry.ts`);
 * - a **document adapter** (Node only, beside its entry: `docx/adapter.ts`, `pdf/adapter.ts`)
 *   reads a file's bytes and parses them through its entry (which renders with the core: the
 *   HTML adapter for Word, `layout/` for the PDF text layer, every location with its page and
 *   position); `parseFile` and the CLI find it through the Node registry (`node/adapters.ts`).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { InputFormat, ParseResult, SourceFormat } from '../model/report.js';
import type { Limits } from '../limits/limits.js';
import type { PageMeta } from './html.js';

/** What names a format besides its content (which each adapter's `detect` reads and which decides first). */
export interface AdapterProbe {
  /** A file name or path (its extension). */
  name?: string;
  /** A MIME type (`text/html` …; parameters such as `; charset=` are ignored). */
  mime?: string;
}

/** Page and position of a place in the input (formats with pages: PDF, OCR). */
export interface PagePlace {
  /** Page number, from 1. */
  page: number;
  /** Horizontal position on the page. */
  x: number;
  /** Vertical position on the page. */
  y: number;
}

/** An input rendered as text for the grammar. */
export interface AdapterRendering {
  /** The text the grammar reads. */
  text: string;
  /** Maps a range of `text` back to the adapter's input (identity when absent). */
  toInput?: (start: number, end: number) => [number, number];
  /** Page and position of an offset of the input (formats with pages). */
  place?: (offset: number) => PagePlace | null;
  /** Metadata the format carries (an HTML page's `<title>`, `<meta>` tags, first `<h1>`). */
  meta?: PageMeta;
  /** Data tables and images the adapter found, when it can tell (a report whose tables are pictures: `html-no-tables`). */
  tables?: { count: number; images: number };
  /** Diagnostics the adapter found before parsing. */
  diagnostics?: Diagnostic[];
}

/** What every adapter declares. */
export interface AdapterBase {
  /** The format recorded in `report.source.format`. */
  readonly format: SourceFormat;
  /** File extensions of the format, lower case with the dot (`.html`). */
  readonly extensions: readonly string[];
  /** MIME types of the format. */
  readonly mimeTypes: readonly string[];
}

/** An isomorphic adapter reading a string. */
export interface TextAdapter extends AdapterBase {
  /** Discriminant. */
  readonly kind: 'text';
  /** The `format` option of `parseReport` that forces this adapter. */
  readonly format: InputFormat;
  /** True when the content is of this format. Asked in registry order; plain text answers last. */
  detect(text: string): boolean;
  /** Renders the input as text with a map back. */
  render(input: string): AdapterRendering;
}

/** Options a document adapter passes on to its entry. */
export interface DocumentReadOptions {
  /** Limits of the read and the parse. */
  limits?: Partial<Limits>;
  /** Read every report of a file holding several. */
  split?: boolean;
  /** Read pages without a text layer by OCR (`zfxxgk-report/ocr`; formats without pictures of text ignore it). */
  ocr?: boolean | 'auto';
}

/** What a document adapter read: the first report, and with `split` every report of the file. */
export interface DocumentReadResult extends ParseResult {
  /** Every report of a file holding several (only with `split`). */
  reports?: ParseResult[];
}

/** A Node-only adapter reading a file's bytes through its entry (`zfxxgk-report/docx`, `zfxxgk-report/pdf`). */
export interface DocumentAdapter extends AdapterBase {
  /** Discriminant. */
  readonly kind: 'document';
  /** True when the bytes are of this format (content only: a PDF named `.txt` is a PDF). */
  detect(bytes: Uint8Array): boolean;
  /**
   * Parses the bytes (loading the entry and its optional peer dependency on first use).
   *
   * @throws the entry's `InputReadError` when its dependency is missing or the file is unreadable.
   */
  read(bytes: Uint8Array, options?: DocumentReadOptions): Promise<DocumentReadResult>;
}

/** Any input adapter. */
export type InputAdapter = TextAdapter | DocumentAdapter;

/** The extension of a file name or path, lower case with the dot; `''` when it has none. */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}
