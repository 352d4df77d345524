/**
 * PDF pages rendered to canvases with pdfjs-dist's legacy build, which draws on @napi-rs/canvas
 * on Node (its own optional dependency, one of OCR's peers). One page at a time, so memory holds
 * one page image.
 */
import { createRequire } from 'node:module';
import { InputReadError } from '../../errors/read-error.js';

interface Viewport {
  width: number;
  height: number;
}
interface PdfPage {
  getViewport(o: { scale: number }): Viewport;
  render(o: Record<string, unknown>): { promise: Promise<void> };
  cleanup(): void;
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface CanvasLib {
  createCanvas(w: number, h: number): { width: number; height: number; getContext(kind: '2d'): unknown };
}

/** PDF points per inch. */
const POINTS_PER_INCH = 72;

function here(): string {
  const meta = import.meta as { url?: string };
  return meta.url ?? (typeof __filename === 'string' ? __filename : `${process.cwd()}/`);
}

/** Renders the pages (all, or those listed) at `dpi` on white and hands each canvas to `each`. */
export async function renderPdfPages(
  bytes: Uint8Array,
  canvas: CanvasLib,
  dpi: number,
  pages: readonly number[] | undefined,
  each: (page: unknown, n: number) => Promise<void>,
): Promise<void> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('ocrPdf(bytes): bytes must be a Uint8Array (or Buffer)');
  let lib: { getDocument(src: Record<string, unknown>): { promise: Promise<PdfDoc> } };
  let base: string;
  try {
    lib = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as typeof lib;
    base = createRequire(here())
      .resolve('pdfjs-dist/package.json')
      .replace(/package\.json$/, '');
  } catch (e) {
    throw new InputReadError('dependency-missing', { detail: 'pdfjs-dist', cause: e });
  }
  let doc: PdfDoc;
  try {
    doc = await lib.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: `${base}cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${base}standard_fonts/`,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    throw new InputReadError((e as { name?: string }).name === 'PasswordException' ? 'pdf-password' : 'pdf-unreadable', { cause: e });
  }
  try {
    const list = pages ?? Array.from({ length: doc.numPages }, (_, k) => k + 1);
    for (const n of list) {
      if (!Number.isInteger(n) || n < 1 || n > doc.numPages) continue;
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: dpi / POINTS_PER_INCH });
      const c = canvas.createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const ctx = c.getContext('2d') as { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void };
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, c.width, c.height);
      await page.render({ canvasContext: ctx, canvas: c, viewport }).promise;
      page.cleanup();
      await each(c, n);
    }
  } finally {
    await doc.destroy();
  }
}
