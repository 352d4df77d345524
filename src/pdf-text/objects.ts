/**
 * The PDF object syntax (ISO 32000-1 §7.3): a lexer and parser over the file's bytes for numbers,
 * strings, names, arrays, dictionaries, references and stream headers. Pure and isomorphic. Anything
 * it cannot read with certainty throws {@link Unsupported}: the extractor then hands the document to
 * pdfjs, which has the error recovery this parser deliberately lacks.
 */

/** The fast path cannot read this document with certainty; `reason` says why (kept in the `pdf-text` info diagnostic). */
export class Unsupported extends Error {
  /** A short stable reason (`encrypted`, `filter:LZWDecode`, `font:no-unicode`...). */
  readonly reason: string;
  constructor(reason: string) {
    super(`pdf-text: ${reason}`);
    this.reason = reason;
  }
}

/** A PDF name (`/Type`). */
export interface PdfName {
  readonly name: string;
}
/** An indirect reference (`12 0 R`). */
export interface PdfRef {
  readonly num: number;
  readonly gen: number;
}
/** A stream: its dictionary and where its raw bytes are in the buffer. */
export interface PdfStream {
  readonly dict: PdfDict;
  readonly bytes: Uint8Array;
}
/** A PDF dictionary. */
export type PdfDict = Map<string, PdfValue>;
/** Any PDF object. Strings are kept as bytes (Latin-1 code units in a JavaScript string). */
export type PdfValue = number | boolean | null | string | PdfName | PdfRef | PdfValue[] | PdfDict | PdfStream | PdfOperator;
/** A content-stream operator (only from the content lexer). */
export interface PdfOperator {
  readonly op: string;
}

/** Deepest nesting of arrays and dictionaries read (a hostile file nests without end; real ones nest a few levels). */
export const MAX_NESTING = 64;

const names = new Map<string, PdfName>();
/** The one PdfName object of a name (so names compare with `===`). */
export function pdfName(name: string): PdfName {
  let n = names.get(name);
  if (!n) names.set(name, (n = { name }));
  return n;
}

/** True for a PdfName. */
export function isName(v: PdfValue | undefined, name?: string): v is PdfName {
  return typeof v === 'object' && v !== null && 'name' in v && (name === undefined || v.name === name);
}
/** True for a PdfRef. */
export function isRef(v: PdfValue | undefined): v is PdfRef {
  return typeof v === 'object' && v !== null && 'num' in v;
}
/** True for a dictionary. */
export function isDict(v: PdfValue | undefined): v is PdfDict {
  return v instanceof Map;
}
/** True for a stream. */
export function isStream(v: PdfValue | undefined): v is PdfStream {
  return typeof v === 'object' && v !== null && 'bytes' in v && 'dict' in v;
}

const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;

/** Whether a byte is PDF white space. */
export function isWhite(c: number): boolean {
  return WHITE[c] === 1;
}

/**
 * A parser over a byte buffer from a position. `keyword` decides what a bare word is: the file
 * parser knows `true false null R obj endobj stream`; the content parser turns the others into
 * operators.
 */
export class Parser {
  pos: number;
  /**
   * @param refs - whether `n g R` is a reference (file objects) or three tokens (content streams,
   * where references cannot occur and the look-ahead would cost a word per number).
   */
  constructor(
    readonly buf: Uint8Array,
    pos = 0,
    readonly end = buf.length,
    readonly refs = true,
  ) {
    this.pos = pos;
  }

  /** A plain number at the position (`12`, `-3.5`, `.5`), read from the bytes; `null` if the word is something else. */
  private number(): number | null {
    const b = this.buf;
    let p = this.pos;
    let sign = 1;
    if (b[p] === 0x2d) {
      sign = -1;
      p++;
    } else if (b[p] === 0x2b) p++;
    // As pdfjs reads numbers: all digits as one integer, divided by a power of ten (the same double to the last bit).
    let v = 0;
    let digits = 0;
    let divideBy = 0;
    while (p < this.end) {
      const ch = b[p] as number;
      if (ch >= 0x30 && ch <= 0x39) {
        if (divideBy !== 0) divideBy *= 10;
        v = v * 10 + (ch - 0x30);
        digits++;
      } else if (ch === 0x2e && divideBy === 0) divideBy = 1;
      else break;
      p++;
    }
    if (divideBy !== 0) v /= divideBy;
    // The word must end here (else it is no plain number: `1.2.3`, `12abc`).
    if (p < this.end && WHITE[b[p] as number] === 0 && DELIM[b[p] as number] === 0) return null;
    // A sign or point alone: pdfjs has rules of its own for it. (Long numbers are accumulated as pdfjs does, to the same double.)
    if (digits === 0) throw new Unsupported('syntax:number');
    this.pos = p;
    return sign * v;
  }

  /** Skips white space and comments. */
  skip(): void {
    const b = this.buf;
    for (;;) {
      while (this.pos < this.end && WHITE[b[this.pos] as number] === 1) this.pos++;
      if (this.pos < this.end && b[this.pos] === 0x25) {
        while (this.pos < this.end && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
        continue;
      }
      return;
    }
  }

  /** The next bare word (regular characters) without consuming it, or ''. */
  peekWord(): string {
    this.skip();
    const b = this.buf;
    let p = this.pos;
    let s = '';
    while (p < this.end && WHITE[b[p] as number] === 0 && DELIM[b[p] as number] === 0) s += String.fromCharCode(b[p++] as number);
    return s;
  }

  /** Reads a bare word. */
  word(): string {
    const w = this.peekWord();
    this.pos += w.length;
    return w;
  }

  /**
   * Reads one object. Bare words other than numbers, `true`, `false`, `null` come back as
   * operators (`R` handled here for `n g R`).
   */
  value(depth = 0): PdfValue {
    if (depth > MAX_NESTING) throw new Unsupported('nesting');
    this.skip();
    if (this.pos >= this.end) throw new Unsupported('syntax:eof');
    const b = this.buf;
    const c = b[this.pos] as number;
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literal();
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) return this.dict(depth);
      return this.hex();
    }
    if (c === 0x5b) {
      this.pos++;
      const arr: PdfValue[] = [];
      for (;;) {
        this.skip();
        if (this.pos >= this.end) throw new Unsupported('syntax:array');
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return arr;
        }
        arr.push(this.value(depth + 1));
      }
    }
    if (c === 0x7b || c === 0x7d || c === 0x29 || c === 0x3e || c === 0x5d) throw new Unsupported('syntax:delimiter');
    const n = (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e ? this.number() : null;
    if (n !== null) {
      if (!this.refs) return n;
      // `n g R`: an indirect reference.
      if (Number.isInteger(n) && n >= 0) {
        const save = this.pos;
        const g = this.peekWord();
        if (/^\d+$/.test(g)) {
          this.pos += g.length;
          if (this.peekWord() === 'R') {
            this.pos += 1;
            return { num: n, gen: Number(g) };
          }
        }
        this.pos = save;
      }
      return n;
    }
    const w = this.word();
    if (w === '') throw new Unsupported('syntax:empty');
    if (w === 'true') return true;
    if (w === 'false') return false;
    if (w === 'null') return null;
    return { op: w };
  }

  private name(): PdfName {
    const b = this.buf;
    let p = ++this.pos;
    let s = '';
    while (p < this.end && WHITE[b[p] as number] === 0 && DELIM[b[p] as number] === 0) {
      const ch = b[p] as number;
      if (ch === 0x23 && p + 2 < this.end) {
        const h = parseInt(latin1(b, p + 1, p + 3), 16);
        if (Number.isNaN(h)) s += '#';
        else {
          s += String.fromCharCode(h);
          p += 2;
        }
      } else s += String.fromCharCode(ch);
      p++;
    }
    this.pos = p;
    return pdfName(s);
  }

  private literal(): string {
    const b = this.buf;
    let p = this.pos + 1;
    let depth = 1;
    const out: number[] = [];
    while (p < this.end) {
      const ch = b[p++] as number;
      if (ch === 0x5c) {
        const e = b[p++] as number;
        if (e === 0x6e) out.push(10);
        else if (e === 0x72) out.push(13);
        else if (e === 0x74) out.push(9);
        else if (e === 0x62) out.push(8);
        else if (e === 0x66) out.push(12);
        else if (e === 0x0d) {
          if (b[p] === 0x0a) p++;
        } else if (e === 0x0a) {
          /* line continuation */
        } else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && (b[p] as number) >= 0x30 && (b[p] as number) <= 0x37; k++) v = v * 8 + ((b[p++] as number) - 0x30);
          out.push(v & 0xff);
        } else out.push(e);
        continue;
      }
      if (ch === 0x28) depth++;
      else if (ch === 0x29 && --depth === 0) {
        this.pos = p;
        return bytesToLatin1(out);
      }
      out.push(ch);
    }
    throw new Unsupported('syntax:string');
  }

  private hex(): string {
    const b = this.buf;
    let p = this.pos + 1;
    const out: number[] = [];
    let hi = -1;
    while (p < this.end && b[p] !== 0x3e) {
      const v = hexValue(b[p++] as number);
      if (v < 0) {
        if (WHITE[b[p - 1] as number] === 1) continue;
        throw new Unsupported('syntax:hex');
      }
      if (hi < 0) hi = v;
      else {
        out.push(hi * 16 + v);
        hi = -1;
      }
    }
    if (p >= this.end) throw new Unsupported('syntax:hex');
    if (hi >= 0) out.push(hi * 16);
    this.pos = p + 1;
    return bytesToLatin1(out);
  }

  private dict(depth: number): PdfDict {
    this.pos += 2;
    const d: PdfDict = new Map();
    const b = this.buf;
    for (;;) {
      this.skip();
      if (this.pos >= this.end) throw new Unsupported('syntax:dict');
      if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return d;
      }
      const key = this.value(depth + 1);
      if (!isName(key)) throw new Unsupported('syntax:dict-key');
      d.set(key.name, this.value(depth + 1));
    }
  }
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Bytes [start, end) as a Latin-1 string. */
export function latin1(b: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i += 8192) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, Math.min(end, i + 8192))));
  return s;
}

function bytesToLatin1(out: number[]): string {
  let s = '';
  for (let i = 0; i < out.length; i += 8192) s += String.fromCharCode.apply(null, out.slice(i, i + 8192));
  return s;
}
