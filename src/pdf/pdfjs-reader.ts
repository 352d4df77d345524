/**
 * The text layer through pdfjs-dist (an optional peer dependency; its legacy build runs on Node):
 * the reader of every PDF the fast path (`src/pdf-text/`) does not read with certainty. Loaded
 * on first use only.
 */
import { createRequire } from 'node:module';
import { InputReadError } from '../errors/read-error.js';
import type { PositionedText } from '../layout/layout.js';
import type { Limits } from '../limits/limits.js';

/** The text items of a PDF's pages within the limits. */
export interface TextLayer {
  /** The non-blank items, in content order. */
  items: PositionedText[];
  /** Number of pages of the document. */
  pages: number;
  /** Pages read. */
  read: number;
  /** The limit that stopped the reading, if one did. */
  stopped: 'maxPdfPages' | 'maxPdfTextItems' | null;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocument> };
  GlobalWorkerOptions?: { workerSrc: string };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ streamTextContent(options?: Record<string, unknown>): ReadableStream<{ items: unknown[] }> }>;
  destroy(): Promise<void>;
}

let loaded: Promise<{ lib: PdfJs; base: string }> | null = null;

/** Loads pdfjs-dist once. Its own errors (not only "not installed") are kept as the cause. */
function loadPdfJs(): Promise<{ lib: PdfJs; base: string }> {
  loaded ??= (async () => {
    // The module's own location: import.meta.url in the ES build, __filename in the CommonJS one. (A bare
    // `__filename` check is wrong in the ES build: `node -e` defines a global __filename of "[eval]".)
    const meta = import.meta as { url?: string };
    const here = meta.url ?? (typeof __filename === 'string' ? __filename : `${process.cwd()}/`);
    try {
      const lib = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
      const base = createRequire(here)
        .resolve('pdfjs-dist/package.json')
        .replace(/package\.json$/, '');
      return { lib, base };
    } catch (e) {
      throw new InputReadError('dependency-missing', { detail: 'pdfjs-dist', cause: e });
    }
  })();
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
}

/** The text items of the pages within the limits, read by pdfjs. */
export async function readTextItems(
  bytes: Uint8Array,
  password: string | undefined,
  limits: Limits,
  workerSrc?: string,
): Promise<TextLayer> {
  const { lib, base } = await loadPdfJs();
  // In a browser pdfjs runs in a worker whose script the page gives (a bundler's URL of pdf.worker.mjs).
  if (workerSrc !== undefined && lib.GlobalWorkerOptions && !lib.GlobalWorkerOptions.workerSrc)
    lib.GlobalWorkerOptions.workerSrc = workerSrc;
  let doc: PdfDocument;
  try {
    doc = await lib.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: `${base}cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${base}standard_fonts/`,
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
      ...(password !== undefined ? { password } : {}),
    }).promise;
  } catch (e) {
    throw new InputReadError((e as { name?: string }).name === 'PasswordException' ? 'pdf-password' : 'pdf-unreadable', { cause: e });
  }
  const items: PositionedText[] = [];
  const total = doc.numPages;
  const readable = Math.min(total, limits.maxPdfPages);
  let stopped: TextLayer['stopped'] = null;
  let read = 0;
  try {
    for (let p = 1; p <= readable; p++) {
      const onPage = await pageItems(doc, p, limits.maxPdfTextItems - items.length);
      if (onPage === null) {
        stopped = 'maxPdfTextItems';
        break;
      }
      for (const it of onPage) items.push(it);
      read++;
    }
    if (stopped === null && total > readable) stopped = 'maxPdfPages';
  } catch (e) {
    throw new InputReadError('pdf-unreadable', { cause: e });
  } finally {
    await doc.destroy();
  }
  return { items, pages: total, read, stopped };
}

/**
 * The non-blank text items of one page, or `null` as soon as there are more than `budget` (the
 * rest of the page is not read: a page of a million items stops at the limit, in bounded memory).
 */
async function pageItems(doc: PdfDocument, p: number, budget: number): Promise<PositionedText[] | null> {
  const page = await doc.getPage(p);
  // `disableNormalization: true` (pdfjs's NFKC pass off; ours runs later) measured no faster in an ABBA run.
  const reader = page.streamTextContent().getReader();
  const out: PositionedText[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return out;
    for (const raw of value.items as TextItem[]) {
      if (typeof raw.str !== 'string' || raw.str.trim() === '') continue;
      if (out.length >= budget) {
        // pdfjs wants a reason (without one the cancel fails and the document never closes).
        await reader.cancel(new Error('maxPdfTextItems'));
        return null;
      }
      const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = raw.transform;
      const size = Math.max(Math.hypot(a, b), Math.hypot(c, d), 1);
      out.push({ text: raw.str, page: p, x, y, width: raw.width, size });
    }
  }
}
