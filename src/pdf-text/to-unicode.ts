/**
 * A font's `/ToUnicode` CMap (ISO 32000-1 §9.10.3): `bfchar` and `bfrange` mappings from character
 * codes to UTF-16BE strings, read as pdfjs reads them (a range's destination increments its last
 * byte). A mapping to a glyph name or anything unexpected is {@link Unsupported}.
 */
import { isOperator } from './document.js';
import { Parser, Unsupported, type PdfValue } from './objects.js';

/** Most codes one ToUnicode CMap maps (a CJK subset maps a few thousand; a hostile range could map millions). */
export const MAX_TO_UNICODE_CODES = 1 << 17;

/** Code → Unicode string. */
export type UnicodeMap = Map<number, string>;

/** Reads a ToUnicode CMap's decoded bytes. */
export function parseToUnicode(data: Uint8Array): UnicodeMap {
  const map: UnicodeMap = new Map();
  const p = new Parser(data);
  const operands: PdfValue[] = [];
  let mode: 'bfchar' | 'bfrange' | null = null;
  for (;;) {
    p.skip();
    if (p.pos >= p.end) break;
    const v = p.value();
    if (isOperator(v)) {
      if (v.op === 'beginbfchar') mode = 'bfchar';
      else if (v.op === 'beginbfrange') mode = 'bfrange';
      else if (v.op === 'endbfchar' || v.op === 'endbfrange') mode = null;
      operands.length = 0;
      continue;
    }
    if (mode === null) continue;
    operands.push(v);
    if (mode === 'bfchar' && operands.length === 2) {
      const [src, dst] = operands;
      set(map, code(src), utf16(dst));
      operands.length = 0;
    } else if (mode === 'bfrange' && operands.length === 3) {
      const [lo, hi, dst] = operands;
      const low = code(lo);
      const high = code(hi);
      if (high < low || map.size + (high - low) > MAX_TO_UNICODE_CODES) throw new Unsupported('tounicode:range');
      if (Array.isArray(dst)) {
        for (let c = low; c <= high; c++) {
          const d = dst[c - low];
          if (d !== undefined) set(map, c, utf16(d));
        }
      } else {
        if (typeof dst !== 'string' || dst.length === 0) throw new Unsupported('tounicode:destination');
        let bytes = dst;
        const last = bytes.length - 1;
        for (let c = low; c <= high; c++) {
          set(map, c, utf16(bytes));
          const next = bytes.charCodeAt(last) + 1;
          bytes =
            next > 0xff
              ? `${bytes.substring(0, last - 1)}${String.fromCharCode(bytes.charCodeAt(last - 1) + 1)}\u0000`
              : `${bytes.substring(0, last)}${String.fromCharCode(next)}`;
        }
      }
      operands.length = 0;
    }
  }
  return map;
}

function set(map: UnicodeMap, c: number, s: string): void {
  if (map.size >= MAX_TO_UNICODE_CODES) throw new Unsupported('tounicode:size');
  map.set(c, s);
}

function code(v: PdfValue | undefined): number {
  if (typeof v !== 'string' || v.length === 0 || v.length > 4) throw new Unsupported('tounicode:code');
  let c = 0;
  for (let i = 0; i < v.length; i++) c = c * 256 + v.charCodeAt(i);
  return c;
}

/** UTF-16BE bytes → string, as pdfjs decodes a ToUnicode destination (surrogate pairs joined). */
function utf16(v: PdfValue | undefined): string {
  if (typeof v !== 'string') throw new Unsupported('tounicode:destination');
  const token = v.length % 2 !== 0 ? `\u0000${v}` : v;
  let out = '';
  for (let k = 0; k < token.length; k += 2) {
    const w1 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
    if ((w1 & 0xf800) !== 0xd800) {
      out += String.fromCharCode(w1);
      continue;
    }
    k += 2;
    const w2 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
    out += String.fromCodePoint(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
  }
  return out;
}
