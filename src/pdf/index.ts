/**
 * PDF input (`zfxxgk-report/pdf`, Node only): reads the text layer with pdfjs-dist (an optional
 * peer dependency; its legacy build runs on Node) and rebuilds the page as space-aligned text:
 * items are grouped into lines by their baseline, ordered by x, and separated by two or more
 * spaces where a column gap is. The table readers then work as on `pdftotext -layout` output
 * (vertical group labels, split headers, numbers beside tall labels, page numbers, tables broken
 * across pages). Every cell and diagnostic location carries the page and the item's coordinates.
 *
 * @packageDocumentation
 */
import { createRequire } from 'node:module';
import { createDiagnostic } from '../diagnostics/diagnostic.js';
import type { ParseResult } from '../model/report.js';
import { parseRendered } from '../parse/parse-report.js';

/** Options of {@link parsePdf}. */
export interface PdfOptions {
  /** Password of an encrypted PDF. */
  password?: string;
}

/** Result of {@link parsePdf}: the parse result and the text rebuilt from the PDF (locations' offsets point into it). */
export interface PdfParseResult extends ParseResult {
  /** The page text rebuilt from the text layer, pages separated by form feeds. */
  text: string;
  /** Number of pages. */
  pages: number;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocument> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
  destroy(): Promise<void>;
}

async function loadPdfJs(): Promise<{ lib: PdfJs; base: string }> {
  try {
    const lib = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    const req = createRequire(typeof __filename !== 'undefined' ? __filename : import.meta.url);
    const base = req.resolve('pdfjs-dist/package.json').replace(/package\.json$/, '');
    return { lib, base };
  } catch {
    throw new Error('parsePdf needs the optional package "pdfjs-dist" (npm install pdfjs-dist)');
  }
}

/** A positioned piece of text. */
interface Item {
  text: string;
  page: number;
  x: number;
  y: number;
  w: number;
  size: number;
}

/** Where each stretch of the rebuilt text came from. */
interface Origin {
  start: number;
  end: number;
  page: number;
  x: number;
  y: number;
}

/**
 * Parses a PDF report from its text layer. A PDF without text (a scan) gives the `pdf-no-text`
 * diagnostic: it needs OCR first.
 *
 * @throws TypeError when `bytes` is not a Uint8Array; Error when pdfjs-dist is not installed or
 * the file is not a readable PDF.
 */
export async function parsePdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfParseResult> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('parsePdf(bytes): bytes must be a Uint8Array (or Buffer)');
  const { lib, base } = await loadPdfJs();
  const doc = await lib.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${base}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${base}standard_fonts/`,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
    ...(options.password !== undefined ? { password: options.password } : {}),
  }).promise;
  const items: Item[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      for (const raw of content.items as TextItem[]) {
        if (typeof raw.str !== 'string' || raw.str.trim() === '') continue;
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = raw.transform;
        const size = Math.max(Math.hypot(a, b), Math.hypot(c, d), 1);
        items.push({ text: raw.str, page: p, x, y, w: raw.width, size });
      }
    }
  } finally {
    await doc.destroy();
  }
  const pages = doc.numPages;
  const chars = items.reduce((n, i) => n + i.text.trim().length, 0);
  if (chars < 20 * Math.max(1, pages) / 4) {
    const d = createDiagnostic('pdf-no-text', { count: pages });
    return { report: null, diagnostics: [d], text: '', pages };
  }
  const { text, origins } = layout(items, pages);
  const place = (offset: number): { page: number; x: number; y: number } | null => {
    let lo = 0;
    let hi = origins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((origins[mid] as Origin).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const o = origins[lo];
    return o ? { page: o.page, x: Math.round(o.x * 10) / 10, y: Math.round(o.y * 10) / 10 } : null;
  };
  const result = parseRendered({ input: text, text, format: 'pdf', place });
  return { ...result, text, pages };
}

/** Rebuilds space-aligned lines from positioned items, page by page. */
function layout(items: Item[], pages: number): { text: string; origins: Origin[] } {
  const out: string[] = [];
  const origins: Origin[] = [];
  let length = 0;
  const write = (s: string, origin?: Omit<Origin, 'start' | 'end'>): void => {
    if (origin) origins.push({ start: length, end: length + s.length, ...origin });
    out.push(s);
    length += s.length;
  };
  for (let p = 1; p <= pages; p++) {
    const onPage = items.filter((i) => i.page === p);
    if (onPage.length === 0) continue;
    const left = Math.min(...onPage.map((i) => i.x));
    // Lines: baselines within about half a line of each other (numbers printed larger than
    // their labels sit a little lower and still join the label's line).
    const sorted = onPage.slice().sort((a, b) => b.y - a.y || a.x - b.x);
    const lines: Item[][] = [];
    for (const it of sorted) {
      const line = lines[lines.length - 1];
      const ref = line?.[0];
      if (line && ref && Math.abs(ref.y - it.y) <= 0.45 * Math.max(ref.size, it.size)) line.push(it);
      else lines.push([it]);
    }
    for (const line of lines) {
      line.sort((a, b) => a.x - b.x);
      let cursor = left;
      let col = 0;
      line.forEach((it, k) => {
        if (k > 0) {
          const gap = it.x - cursor;
          const unit = Math.min(it.size, (line[k - 1] as Item).size);
          // A column gap becomes two or more spaces (the lexer's cell separator), a small gap one.
          if (gap > 0.8 * unit) {
            const n = Math.max(2, Math.round(gap / (unit / 2)));
            write(' '.repeat(n));
            col += n;
          } else if (gap > 0.15 * unit) {
            write(' ');
            col += 1;
          }
        } else {
          const indent = Math.max(0, Math.round((it.x - left) / (it.size / 2)));
          write(' '.repeat(indent));
          col += indent;
        }
        write(it.text, { page: it.page, x: it.x, y: it.y });
        col += it.text.length;
        cursor = it.x + it.w;
      });
      write('\n');
    }
    write('\f\n');
  }
  return { text: out.join(''), origins };
}
