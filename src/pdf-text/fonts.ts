/**
 * What the text extractor needs of a font, read from its dictionaries alone (never its glyph
 * program): how bytes split into codes, each code's Unicode text and advance width, whether the
 * font writes vertically, its font matrix. Supported: Type0 with Identity-H/V (or UniGB-UCS2-H,
 * whose codes are Unicode) over CIDFontType0/2, simple TrueType/Type1 fonts, Type3. A code whose
 * Unicode is not certain (no ToUnicode entry and no standard name for it) is {@link Unsupported}
 * when it is met: the document then goes to pdfjs.
 */
import { isOperator, type PdfDocument } from './document.js';
import { isDict, isName, isStream, Parser, Unsupported, type PdfDict, type PdfValue } from './objects.js';
import { parseToUnicode, type UnicodeMap } from './to-unicode.js';

/** One code of a string shown with a font. */
export interface Glyph {
  /** The character code. */
  code: number;
  /** Its Unicode text. */
  unicode: string;
  /** Advance in glyph space (before the font matrix; vertical fonts: the vertical advance). */
  width: number;
}

/** A font as the extractor reads it. */
export interface TextFont {
  /** The name pdfjs compares to decide whether a font change starts a new item. */
  name: string;
  /** Vertical writing (`Identity-V`). */
  vertical: boolean;
  /** The font matrix (glyph space → text space). */
  matrix: number[];
  /** A Type 3 font's bounding box (normalised), for pdfjs's item height of small font sizes. */
  type3Box: number[] | null;
  /** The glyphs of a shown string (Latin-1 bytes). */
  glyphs(bytes: string): Glyph[];
}

/** Identity font matrix of every font but Type 3 (1000 units per em). */
const FONT_MATRIX = [0.001, 0, 0, 0.001, 0, 0];
/** Default vertical advance of a CID font without `/DW2` (§9.7.4.3). */
const DEFAULT_VERTICAL_ADVANCE = -1000;
/** Largest span of CIDs one `/W` range entry may cover. */
const MAX_WIDTH_RANGE = 1 << 16;
/** Bytes of a Type 3 glyph procedure read for its `d0`/`d1` operator (six numbers and the operator). */
const GLYPH_HEAD_BYTES = 256;
/** Type 3 glyph boxes this many times larger than the font box make pdfjs use the glyph boxes (its `isCharBBox`). */
const CHAR_BBOX_RATIO = 10;

/** Names of the printable ASCII glyphs (0x20–0x7E, WinAnsi and the glyph list agree on them). */
const ASCII_NAMES =
  'space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright asterisk plus comma hyphen period slash zero one two three four five six seven eight nine colon semicolon less equal greater question at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde'.split(
    ' ',
  );
const NAME_TO_UNICODE = new Map<string, string>(ASCII_NAMES.map((n, i) => [n, String.fromCharCode(0x20 + i)]));
NAME_TO_UNICODE.set('quoteright', '\u2019');
NAME_TO_UNICODE.set('quoteleft', '\u2018');

/** Unicode of a glyph name, when certain: the ASCII names above, `uniXXXX` and `uXXXX[XX]`. */
function glyphNameUnicode(name: string): string | null {
  const known = NAME_TO_UNICODE.get(name);
  if (known !== undefined) return known;
  let m = /^uni([0-9A-F]{4})$/.exec(name);
  if (m) return String.fromCharCode(parseInt(m[1] as string, 16));
  m = /^u([0-9A-F]{4,6})$/.exec(name);
  if (m) {
    const cp = parseInt(m[1] as string, 16);
    if (cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)) return String.fromCodePoint(cp);
  }
  return null;
}

/** The glyph name of a code under a standard encoding, for the printable ASCII codes only (where WinAnsi, Standard and MacRoman name the same glyphs but two). */
function baseEncodingName(encoding: string, code: number): string | null {
  if (code < 0x20 || code > 0x7e) return null;
  if (encoding === 'StandardEncoding' || encoding === 'MacRomanEncoding') {
    if (code === 0x27) return 'quoteright';
    if (code === 0x60) return 'quoteleft';
  }
  if (encoding === 'MacRomanEncoding' && (code === 0x27 || code === 0x60)) return null;
  return ASCII_NAMES[code - 0x20] as string;
}

/**
 * The UCS-2 codes of `UniGB-UCS2-H` that certainly come back as themselves through Adobe-GB1: pdfjs
 * maps code → CID (the predefined CMap) → Unicode (Adobe-GB1-UCS2), and for these ranges the round
 * trip was checked against pdfjs (test/pdf-text-differential.test.ts writes every one into a PDF).
 * ASCII, Latin-1 letters and signs, general punctuation, arrows, circled numbers, CJK punctuation,
 * the CJK Unified Ideographs of GBK, full-width forms. Any other code goes to pdfjs.
 */
export const UCS2_ROUND_TRIP: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa1, 0xac],
  [0xae, 0xb4],
  [0xb6, 0xff],
  [0x2010, 0x2025],
  [0x2027, 0x2027],
  [0x2030, 0x2030],
  [0x2190, 0x2193],
  [0x2460, 0x2473],
  [0x3001, 0x3028],
  [0x302e, 0x303f],
  [0x4e00, 0x9fa5],
  [0xff01, 0xffef],
];

/** Whether a code of `UniGB-UCS2-H` is in {@link UCS2_ROUND_TRIP}. */
function ucs2RoundTrips(code: number): boolean {
  for (const [lo, hi] of UCS2_ROUND_TRIP) if (code >= lo && code <= hi) return true;
  return false;
}

/** Reads a font dictionary. */
export function loadFont(doc: PdfDocument, dict: PdfDict): TextFont {
  const subtype = doc.lookup(dict, 'Subtype');
  if (!isName(subtype)) throw new Unsupported('font:subtype');
  const toUnicode = readToUnicode(doc, dict);
  if (subtype.name === 'Type0') return compositeFont(doc, dict, toUnicode);
  if (subtype.name === 'Type1' || subtype.name === 'TrueType' || subtype.name === 'MMType1' || subtype.name === 'Type3')
    return simpleFont(doc, dict, subtype.name, toUnicode);
  throw new Unsupported(`font:${subtype.name}`);
}

function readToUnicode(doc: PdfDocument, dict: PdfDict): UnicodeMap | null {
  const t = doc.lookup(dict, 'ToUnicode');
  if (t === undefined || t === null) return null;
  if (!isStream(t)) throw new Unsupported('font:tounicode-name');
  return parseToUnicode(doc.streamData(t));
}

function fontName(doc: PdfDocument, dict: PdfDict, descriptor: PdfDict | null, type3: boolean): string {
  const fn = descriptor ? doc.lookup(descriptor, 'FontName') : undefined;
  const bf = doc.lookup(dict, 'BaseFont');
  const fnStr = isName(fn) ? fn.name : typeof fn === 'string' ? fn : undefined;
  const bfStr = isName(bf) ? bf.name : typeof bf === 'string' ? bf : undefined;
  if (type3) return fnStr ?? 'Type3';
  // pdfjs's choice (translateFont): the descriptor's name, the BaseFont when the descriptor has none
  // or the BaseFont extends it; other differing pairs depend on its list of known font names: not
  // reproduced (the name decides whether a font change splits an item).
  if (fnStr === undefined || fnStr === bfStr) return bfStr ?? fnStr ?? '';
  if (bfStr === undefined) return fnStr;
  if (bfStr.startsWith(fnStr)) return bfStr;
  throw new Unsupported('font:name');
}

function compositeFont(doc: PdfDocument, dict: PdfDict, toUnicode: UnicodeMap | null): TextFont {
  const enc = doc.lookup(dict, 'Encoding');
  if (!isName(enc)) throw new Unsupported('font:cmap-stream');
  const identity = enc.name === 'Identity-H' || enc.name === 'Identity-V';
  const ucs2 = enc.name === 'UniGB-UCS2-H';
  if (!identity && !ucs2) throw new Unsupported(`font:cmap:${enc.name}`);
  const vertical = enc.name === 'Identity-V';
  const kids = doc.lookup(dict, 'DescendantFonts');
  const cid = Array.isArray(kids) ? doc.resolve(kids[0]) : undefined;
  if (!isDict(cid)) throw new Unsupported('font:descendant');
  const cidType = doc.lookup(cid, 'Subtype');
  if (!isName(cidType, 'CIDFontType0') && !isName(cidType, 'CIDFontType2')) throw new Unsupported('font:cid-subtype');
  const dw = doc.lookup(cid, 'DW');
  const defaultWidth = typeof dw === 'number' ? dw : 1000;
  const widths = readCidWidths(doc, doc.lookup(cid, 'W'));
  // With UniGB-UCS2-H the CID is not the code: only a font without per-CID widths has certain widths.
  if (ucs2 && widths.size > 0) throw new Unsupported('font:ucs2-widths');
  if (ucs2 && toUnicode) throw new Unsupported('font:ucs2-tounicode');
  if (identity && !toUnicode) throw new Unsupported('font:no-unicode');
  let verticalAdvance: ((cid: number) => number) | null = null;
  if (vertical) {
    const dw2 = doc.lookup(cid, 'DW2');
    const defaultV =
      Array.isArray(dw2) && typeof doc.resolve(dw2[1]) === 'number' ? (doc.resolve(dw2[1]) as number) : DEFAULT_VERTICAL_ADVANCE;
    const w2 = readCidVerticals(doc, doc.lookup(cid, 'W2'));
    verticalAdvance = (c) => w2.get(c) ?? defaultV;
  }
  const descriptor = doc.lookup(cid, 'FontDescriptor');
  const name = fontName(doc, cid, isDict(descriptor) ? descriptor : null, false) || fontName(doc, dict, null, false);
  const cache = new Map<string, Glyph[]>();
  return {
    name,
    vertical,
    matrix: FONT_MATRIX,
    type3Box: null,
    glyphs(bytes) {
      let out = cache.get(bytes);
      if (out) return out;
      out = [];
      // Two-byte codes; an odd last byte is read as pdfjs's Identity CMap reads it (one byte code) — not with certainty.
      if (bytes.length % 2 !== 0) throw new Unsupported('font:odd-code');
      for (let i = 0; i < bytes.length; i += 2) {
        const code = (bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1);
        let unicode: string | undefined;
        if (ucs2) {
          if (!ucs2RoundTrips(code)) throw new Unsupported('font:ucs2-code');
          unicode = String.fromCharCode(code);
        } else unicode = toUnicode?.get(code);
        if (unicode === undefined || unicode === '') throw new Unsupported('font:no-unicode');
        const width = verticalAdvance ? verticalAdvance(code) : (widths.get(code) ?? defaultWidth);
        out.push({ code, unicode, width });
      }
      cache.set(bytes, out);
      return out;
    },
  };
}

/** `/W`: `c [w1 w2 ...]` and `cfirst clast w`. */
function readCidWidths(doc: PdfDocument, w: PdfValue | undefined): Map<number, number> {
  const out = new Map<number, number>();
  if (!Array.isArray(w)) return out;
  for (let i = 0; i < w.length;) {
    const first = doc.resolve(w[i]);
    const next = doc.resolve(w[i + 1]);
    if (typeof first !== 'number') throw new Unsupported('font:w');
    if (Array.isArray(next)) {
      next.forEach((x, k) => {
        const v = doc.resolve(x);
        if (typeof v === 'number') out.set(first + k, v);
      });
      i += 2;
    } else {
      const last = next;
      const v = doc.resolve(w[i + 2]);
      if (typeof last !== 'number' || typeof v !== 'number' || last - first > MAX_WIDTH_RANGE) throw new Unsupported('font:w');
      for (let c = first; c <= last; c++) out.set(c, v);
      i += 3;
    }
  }
  return out;
}

/** `/W2`: `c [w1y vx vy ...]` and `cfirst clast w1y vx vy` → the vertical advance w1y. */
function readCidVerticals(doc: PdfDocument, w: PdfValue | undefined): Map<number, number> {
  const out = new Map<number, number>();
  if (!Array.isArray(w)) return out;
  for (let i = 0; i < w.length;) {
    const first = doc.resolve(w[i]);
    const next = doc.resolve(w[i + 1]);
    if (typeof first !== 'number') throw new Unsupported('font:w2');
    if (Array.isArray(next)) {
      for (let k = 0; k + 2 < next.length; k += 3) {
        const v = doc.resolve(next[k]);
        if (typeof v === 'number') out.set(first + k / 3, v);
      }
      i += 2;
    } else {
      const last = next;
      const v = doc.resolve(w[i + 2]);
      if (typeof last !== 'number' || typeof v !== 'number' || last - first > MAX_WIDTH_RANGE) throw new Unsupported('font:w2');
      for (let c = first; c <= last; c++) out.set(c, v);
      i += 5;
    }
  }
  return out;
}

function simpleFont(doc: PdfDocument, dict: PdfDict, subtype: string, toUnicode: UnicodeMap | null): TextFont {
  const type3 = subtype === 'Type3';
  const descriptorValue = doc.lookup(dict, 'FontDescriptor');
  const descriptor = isDict(descriptorValue) ? descriptorValue : null;
  if (!type3 && !descriptor) throw new Unsupported('font:standard-14');
  // A font program that is not embedded is replaced by pdfjs with rules of its own (spaces for unnamed glyphs...).
  if (!type3 && !['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.has(k))) throw new Unsupported('font:not-embedded');
  const firstChar = doc.lookup(dict, 'FirstChar');
  const widthsValue = doc.lookup(dict, 'Widths');
  if (typeof firstChar !== 'number' || !Array.isArray(widthsValue)) throw new Unsupported('font:no-widths');
  const widths: (number | undefined)[] = [];
  widthsValue.forEach((w, i) => {
    const v = doc.resolve(w);
    if (typeof v === 'number') widths[firstChar + i] = v;
  });
  const missing = descriptor ? doc.lookup(descriptor, 'MissingWidth') : undefined;
  const defaultWidth = typeof missing === 'number' ? missing : 0;
  // The encoding, for codes the ToUnicode map leaves out.
  const enc = doc.lookup(dict, 'Encoding');
  let base: string | null = null;
  const differences = new Map<number, string>();
  if (isName(enc)) base = enc.name;
  else if (isDict(enc)) {
    const b = doc.lookup(enc, 'BaseEncoding');
    if (isName(b)) base = b.name;
    const diffs = doc.lookup(enc, 'Differences');
    if (Array.isArray(diffs)) {
      let code = 0;
      for (const d of diffs) {
        const v = doc.resolve(d);
        if (typeof v === 'number') code = v;
        else if (isName(v)) differences.set(code++, v.name);
      }
    }
  }
  // A font without an encoding uses its program's built-in one, which is not read here.
  const hasEncoding = enc !== undefined && enc !== null;
  let matrix = FONT_MATRIX;
  let type3Box: number[] | null = null;
  if (type3) {
    const m = doc.lookup(dict, 'FontMatrix');
    const nums = Array.isArray(m) ? m.map((x) => doc.resolve(x)) : [];
    if (nums.length !== 6 || !nums.every((x) => typeof x === 'number' && Number.isFinite(x))) throw new Unsupported('font:type3-matrix');
    matrix = nums as number[];
    type3Box = type3BoundingBox(doc, dict, descriptor);
  }
  const name = fontName(doc, dict, descriptor, type3);
  const unicodeOf = (code: number): string => {
    const u = toUnicode?.get(code);
    if (u !== undefined && u !== '') return u;
    if (hasEncoding) {
      const glyph = differences.get(code) ?? (base !== null ? baseEncodingName(base, code) : null);
      const fromName = glyph !== null ? glyphNameUnicode(glyph) : null;
      if (fromName !== null) return fromName;
    }
    throw new Unsupported('font:no-unicode');
  };
  const byCode: (Glyph | undefined)[] = [];
  return {
    name,
    vertical: false,
    matrix,
    type3Box,
    glyphs(bytes) {
      const out: Glyph[] = [];
      for (let i = 0; i < bytes.length; i++) {
        const code = bytes.charCodeAt(i);
        let g = byCode[code];
        if (!g) byCode[code] = g = { code, unicode: unicodeOf(code), width: widths[code] ?? defaultWidth };
        out.push(g);
      }
      return out;
    },
  };
}

/**
 * A Type 3 font's box as pdfjs uses it for item heights: the normalised `/FontBBox`, or the union of
 * the glyph boxes (`d1`) when those are ten times larger or the font box is empty. A glyph drawn
 * without a box (`d0`) in a font without one would need its outlines measured: not supported.
 */
function type3BoundingBox(doc: PdfDocument, dict: PdfDict, descriptor: PdfDict | null): number[] {
  const raw = doc.lookup(descriptor ?? dict, 'FontBBox') ?? doc.lookup(dict, 'FontBBox');
  let box = [0, 0, 0, 0];
  if (Array.isArray(raw) && raw.length === 4) {
    const [a, b, c, d] = raw.map((x) => doc.resolve(x));
    if ([a, b, c, d].every((x) => typeof x === 'number'))
      box = [
        Math.min(a as number, c as number),
        Math.min(b as number, d as number),
        Math.max(a as number, c as number),
        Math.max(b as number, d as number),
      ];
  }
  const fontSize = Math.hypot((box[2] as number) - (box[0] as number), (box[3] as number) - (box[1] as number));
  const procs = doc.lookup(dict, 'CharProcs');
  if (!isDict(procs)) throw new Unsupported('font:type3-procs');
  let union: number[] | null = null;
  for (const key of procs.keys()) {
    const s = doc.lookup(procs, key);
    if (!isStream(s)) continue;
    const head = firstOperator(doc.streamData(s));
    if (head === null) continue;
    if (head.op === 'd1' && head.args.length === 6) {
      const [, , x0, y0, x1, y1] = head.args as [number, number, number, number, number, number];
      const w = Math.abs(x1 - x0);
      const h = Math.abs(y1 - y0);
      if (w === 0 || h === 0) continue;
      if (fontSize === 0 || Math.round(Math.hypot(w, h) / fontSize) >= CHAR_BBOX_RATIO) {
        union ??= [Infinity, Infinity, -Infinity, -Infinity];
        union = [
          Math.min(union[0] as number, x0, x1),
          Math.min(union[1] as number, y0, y1),
          Math.max(union[2] as number, x0, x1),
          Math.max(union[3] as number, y0, y1),
        ];
      }
    } else if (head.op === 'd0' && fontSize === 0) throw new Unsupported('font:type3-no-box');
  }
  return union ?? box;
}

/** The first operator of a glyph procedure with its numeric operands (only `d0`/`d1` matter; anything else is no box). */
function firstOperator(data: Uint8Array): { op: string; args: number[] } | null {
  const args: number[] = [];
  // The operator is within the first few dozen bytes; the numbers are plain.
  const p = new Parser(data, 0, Math.min(data.length, GLYPH_HEAD_BYTES), false);
  try {
    for (;;) {
      p.skip();
      if (p.pos >= p.end) return null;
      const v = p.value();
      if (typeof v === 'number') args.push(v);
      else if (isOperator(v)) return { op: v.op, args };
      else return null;
    }
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
