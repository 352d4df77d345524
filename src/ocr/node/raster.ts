/**
 * Pure pixel work of the OCR pipeline (no canvas, no model): grey levels, the skew of a page,
 * text regions from the detector's probability map, CTC decoding of the recogniser's output.
 * Every function is linear in its input (the skew search: in dark pixels × angles tried).
 */

/** Grey level of each pixel of RGBA data (ITU-R BT.601 luma). */
export function toGray(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    out[i] = ((rgba[j] as number) * 299 + (rgba[j + 1] as number) * 587 + (rgba[j + 2] as number) * 114) / 1000;
  }
  return out;
}

/** Pixels darker than this grey level are ink for the skew estimate. */
const INK = 128;
/** Widest skew searched, in degrees either way (scans are rarely more crooked). */
const MAX_SKEW = 3;
/** Coarse step of the skew search, then the fine step around the best coarse angle (degrees). */
const COARSE_STEP = 0.1;
const FINE_STEP = 0.02;
/** Ink pixels sampled at most (evenly) for the estimate. */
const MAX_INK_SAMPLES = 200_000;

/**
 * The skew of a page in degrees (positive: lines fall to the right, i.e. the content is turned
 * clockwise), found as the angle whose horizontal projection of the ink is sharpest (text lines
 * and table rules give the sharpest profile when level). 0 for a blank page.
 */
export function estimateSkew(gray: Uint8Array, width: number, height: number): number {
  let inkCount = 0;
  for (let i = 0; i < gray.length; i++) if ((gray[i] as number) < INK) inkCount++;
  if (inkCount < 100) return 0;
  const stride = Math.max(1, Math.ceil(inkCount / MAX_INK_SAMPLES));
  const xs = new Float64Array(Math.ceil(inkCount / stride));
  const ys = new Float64Array(xs.length);
  let n = 0;
  let seen = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((gray[y * width + x] as number) >= INK) continue;
      if (seen++ % stride === 0 && n < xs.length) {
        xs[n] = x - width / 2;
        ys[n] = y;
        n++;
      }
    }
  }
  const bins = new Float64Array(height + width + 2);
  const sharpness = (deg: number): number => {
    const t = Math.tan((deg * Math.PI) / 180);
    bins.fill(0);
    const offset = width / 2 + 1;
    for (let i = 0; i < n; i++) bins[Math.round((ys[i] as number) - (xs[i] as number) * t + offset)]! += 1;
    let s = 0;
    for (let i = 1; i < bins.length; i++) {
      const d = (bins[i] as number) - (bins[i - 1] as number);
      s += d * d;
    }
    return s;
  };
  const search = (from: number, to: number, step: number): number => {
    let best = 0;
    let bestScore = -1;
    for (let k = 0; from + k * step <= to + 1e-9; k++) {
      const a = from + k * step;
      const s = sharpness(a);
      if (s > bestScore) {
        bestScore = s;
        best = a;
      }
    }
    return best;
  };
  const coarse = search(-MAX_SKEW, MAX_SKEW, COARSE_STEP);
  return search(coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP);
}

/** A text region found by the detector, in the detector's input pixels. */
export interface Region {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Mean probability inside the region. */
  score: number;
}

/** Probability above which a pixel is text (PaddleOCR's DB default). */
export const DB_THRESHOLD = 0.3;
/** Regions whose mean probability is below this are dropped (PaddleOCR's default). */
export const DB_BOX_THRESHOLD = 0.6;
/** The detector shrinks text regions; they are grown back by area × ratio / perimeter (PaddleOCR's default). */
export const DB_UNCLIP_RATIO = 1.5;
/** Regions smaller than this (pixels, either side, before growing) are noise. */
const MIN_REGION_SIDE = 3;

/**
 * The text regions of a DB probability map: 4-connected components of the pixels above
 * {@link DB_THRESHOLD}, as axis-aligned rectangles (the page is deskewed first) grown back by the
 * unclip distance, with their mean probability.
 */
export function regionsFromMap(prob: Float32Array, width: number, height: number): Region[] {
  const label = new Int32Array(width * height);
  const queue = new Int32Array(width * height);
  const out: Region[] = [];
  let next = 0;
  for (let start = 0; start < prob.length; start++) {
    if (label[start] !== 0 || (prob[start] as number) <= DB_THRESHOLD) continue;
    next++;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    label[start] = next;
    let x0 = width;
    let y0 = height;
    let x1 = 0;
    let y1 = 0;
    let sum = 0;
    while (head < tail) {
      const p = queue[head++] as number;
      const x = p % width;
      const y = (p - x) / width;
      sum += prob[p] as number;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      if (x > 0 && label[p - 1] === 0 && (prob[p - 1] as number) > DB_THRESHOLD) {
        label[p - 1] = next;
        queue[tail++] = p - 1;
      }
      if (x < width - 1 && label[p + 1] === 0 && (prob[p + 1] as number) > DB_THRESHOLD) {
        label[p + 1] = next;
        queue[tail++] = p + 1;
      }
      if (y > 0 && label[p - width] === 0 && (prob[p - width] as number) > DB_THRESHOLD) {
        label[p - width] = next;
        queue[tail++] = p - width;
      }
      if (y < height - 1 && label[p + width] === 0 && (prob[p + width] as number) > DB_THRESHOLD) {
        label[p + width] = next;
        queue[tail++] = p + width;
      }
    }
    const w = x1 - x0 + 1;
    const h = y1 - y0 + 1;
    const score = sum / tail;
    if (w < MIN_REGION_SIDE || h < MIN_REGION_SIDE || score < DB_BOX_THRESHOLD) continue;
    const d = (w * h * DB_UNCLIP_RATIO) / (2 * (w + h));
    out.push({
      x0: Math.max(0, x0 - d),
      y0: Math.max(0, y0 - d),
      x1: Math.min(width, x1 + 1 + d),
      y1: Math.min(height, y1 + 1 + d),
      score,
    });
  }
  return out;
}

/** What CTC decoding of one line gives. */
export interface Decoded {
  text: string;
  /** The probability of each character kept. */
  probs: number[];
}

/**
 * The recogniser's classes folded into the characters the core reads alike: NFKC (full-width
 * `９` is `9`) and the glyphs of zero (`0`, `o`, `O`, `〇`, `○`). The model often splits its
 * certainty between such classes; summed, it is the certainty of what the core will read.
 */
export interface ClassGroups {
  /** Group of each class (class 0, the CTC blank, is group 0). */
  groupOf: Int32Array;
  /** The character of each group, by group id. */
  chars: string[];
}

/** The folded character of a recogniser class. */
export function foldChar(ch: string): string {
  const n = ch.normalize('NFKC');
  return /^[oO〇○]$/.test(n) ? '0' : n;
}

/** Folds a dictionary (`dict[k]` is the character of class `k + 1`). */
export function classGroups(dict: readonly string[]): ClassGroups {
  const groupOf = new Int32Array(dict.length + 1);
  const chars: string[] = [''];
  const seen = new Map<string, number>();
  dict.forEach((ch, k) => {
    const key = foldChar(ch);
    let g = seen.get(key);
    if (g === undefined) {
      g = chars.length;
      chars.push(key);
      seen.set(key, g);
    }
    groupOf[k + 1] = g;
  });
  return { groupOf, chars };
}

/**
 * Greedy CTC decoding of one line over folded classes: at each time step the group with the
 * largest summed probability, repeats collapsed, blanks (group 0) dropped.
 */
export function ctcDecode(data: Float32Array, offset: number, steps: number, classes: number, groups: ClassGroups): Decoded {
  let text = '';
  const probs: number[] = [];
  const sums = new Float64Array(groups.chars.length);
  const limit = Math.min(classes, groups.groupOf.length);
  let prev = -1;
  for (let t = 0; t < steps; t++) {
    const base = offset + t * classes;
    sums.fill(0);
    for (let c = 0; c < limit; c++) sums[groups.groupOf[c] as number]! += data[base + c] as number;
    let best = 0;
    let bestP = -1;
    for (let g = 0; g < sums.length; g++) {
      if ((sums[g] as number) > bestP) {
        bestP = sums[g] as number;
        best = g;
      }
    }
    if (best !== 0 && best !== prev) {
      text += groups.chars[best] ?? '';
      probs.push(Math.min(1, bestP));
    }
    prev = best;
  }
  return { text, probs };
}

/**
 * A short text read three times side by side (see the engine): the text when the three readings
 * agree (spaces between them ignored), each character with the larger probability of its
 * second and third reading (the first has no left context); `null` otherwise.
 */
export function tripleReading(d: Decoded): Decoded | null {
  const chars: string[] = [];
  const probs: number[] = [];
  [...d.text].forEach((ch, k) => {
    if (ch.trim() === '') return;
    chars.push(ch);
    probs.push(d.probs[k] ?? 0);
  });
  const n = chars.length / 3;
  if (n < 1 || !Number.isInteger(n)) return null;
  const first = chars.slice(0, n).join('');
  if (chars.slice(n, 2 * n).join('') !== first || chars.slice(2 * n).join('') !== first) return null;
  return { text: first, probs: probs.slice(n, 2 * n).map((p, k) => Math.max(p, probs[2 * n + k] ?? 0)) };
}

/**
 * The confidence of a recognised box: the least certain digit's probability when the text has
 * digits (one doubtful digit makes the number doubtful), otherwise the mean character probability.
 */
export function boxConfidence({ text, probs }: Decoded): number {
  const chars = [...text];
  let lowestDigit = 2;
  let sum = 0;
  chars.forEach((ch, k) => {
    const p = probs[k] ?? 0;
    sum += p;
    if (/[0-9]/.test(ch) && p < lowestDigit) lowestDigit = p;
  });
  if (lowestDigit <= 1) return lowestDigit;
  return chars.length > 0 ? sum / chars.length : 0;
}
