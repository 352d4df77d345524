/**
 * A PDF file's objects (ISO 32000-1 §7.5): the cross-reference sections (classic tables and xref
 * streams, followed through `/Prev` for incremental updates), objects in object streams, and
 * decoded streams. Encrypted files and anything broken are {@link Unsupported} (pdfjs reads them,
 * with its repairs). Every chain followed is bounded and guarded against cycles.
 */
import { decodeStream, fflateInflate, type RawInflate } from './filters.js';
import {
  isDict,
  isName,
  isRef,
  isStream,
  latin1,
  Parser,
  Unsupported,
  type PdfDict,
  type PdfOperator,
  type PdfStream,
  type PdfValue,
} from './objects.js';

/** Most cross-reference sections followed through `/Prev` (a real file has one per save). */
export const MAX_XREF_SECTIONS = 1000;
/** Bytes searched backwards from the end for `startxref`. */
const STARTXREF_TAIL = 1024;
/** Longest chain of references to references resolved. */
const MAX_REF_CHAIN = 32;

type Entry = { kind: 'offset'; offset: number; gen: number } | { kind: 'compressed'; stream: number; index: number } | { kind: 'free' };

/** The objects of a PDF file. */
export class PdfDocument {
  private readonly entries = new Map<number, Entry>();
  private readonly cache = new Map<number, PdfValue>();
  private readonly loading = new Set<number>();
  private readonly objectStreams = new Map<number, { offsets: number[]; data: Uint8Array; first: number }>();
  private readonly decoded = new WeakMap<PdfStream, Uint8Array>();
  /** The trailer dictionary of the newest section. */
  readonly trailer: PdfDict;

  constructor(
    readonly buf: Uint8Array,
    private readonly rawInflate: RawInflate = fflateInflate,
  ) {
    const tailStart = Math.max(0, buf.length - STARTXREF_TAIL);
    const tail = latin1(buf, tailStart, buf.length);
    const at = tail.lastIndexOf('startxref');
    if (at < 0) throw new Unsupported('xref:no-startxref');
    const p = new Parser(buf, tailStart + at + 'startxref'.length);
    const offset = p.value();
    if (typeof offset !== 'number') throw new Unsupported('xref:startxref');
    let trailer: PdfDict | null = null;
    const seen = new Set<number>();
    let next: number | null = offset;
    while (next !== null) {
      if (seen.has(next) || seen.size >= MAX_XREF_SECTIONS) throw new Unsupported('xref:cycle');
      seen.add(next);
      const section = this.readSection(next);
      trailer ??= section;
      // A hybrid file's classic trailer points at an xref stream too (`/XRefStm`): its entries come after the table's.
      const stm = section.get('XRefStm');
      if (typeof stm === 'number' && !seen.has(stm)) {
        seen.add(stm);
        this.readSection(stm);
      }
      const prev = section.get('Prev');
      next = typeof prev === 'number' ? prev : null;
    }
    if (!trailer) throw new Unsupported('xref:none');
    if (trailer.has('Encrypt')) throw new Unsupported('encrypted');
    this.trailer = trailer;
  }

  /** Reads one section at `offset` (table or stream); entries already known (from a newer section) win. */
  private readSection(offset: number): PdfDict {
    if (!Number.isInteger(offset) || offset < 0 || offset >= this.buf.length) throw new Unsupported('xref:offset');
    const p = new Parser(this.buf, offset);
    if (p.peekWord() === 'xref') {
      p.word();
      for (;;) {
        const w = p.peekWord();
        if (w === 'trailer') {
          p.word();
          const t = p.value();
          if (!isDict(t)) throw new Unsupported('xref:trailer');
          return t;
        }
        const start = Number(p.word());
        const count = Number(p.word());
        if (!Number.isInteger(start) || !Number.isInteger(count) || count < 0) throw new Unsupported('xref:subsection');
        for (let i = 0; i < count; i++) {
          const off = Number(p.word());
          const gen = Number(p.word());
          const type = p.word();
          if (!Number.isFinite(off) || !Number.isFinite(gen) || (type !== 'n' && type !== 'f')) throw new Unsupported('xref:entry');
          const num = start + i;
          if (this.entries.has(num)) continue;
          this.entries.set(num, type === 'n' ? { kind: 'offset', offset: off, gen } : { kind: 'free' });
        }
      }
    }
    // An xref stream: `n g obj << /Type /XRef ... >> stream`.
    const obj = this.objectAt(offset);
    if (!isStream(obj) || !isName(obj.dict.get('Type'), 'XRef')) throw new Unsupported('xref:not-found');
    const dict = obj.dict;
    const w = dict.get('W');
    const size = dict.get('Size');
    if (!Array.isArray(w) || w.length < 3 || !w.every((x) => typeof x === 'number') || typeof size !== 'number')
      throw new Unsupported('xref:stream-fields');
    const [w0, w1, w2] = w as number[];
    const index = dict.get('Index');
    const ranges = Array.isArray(index) ? (index as number[]) : [0, size];
    const data = decodeStream(obj.bytes, dict, (v) => v, this.rawInflate);
    const width = (w0 as number) + (w1 as number) + (w2 as number);
    let pos = 0;
    const field = (n: number, def: number): number => {
      if (n === 0) return def;
      let v = 0;
      for (let k = 0; k < n; k++) v = v * 256 + (data[pos++] as number);
      return v;
    };
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      const start = ranges[r] as number;
      const count = ranges[r + 1] as number;
      for (let i = 0; i < count; i++) {
        if (pos + width > data.length) throw new Unsupported('xref:stream-short');
        const type = field(w0 as number, 1);
        const a = field(w1 as number, 0);
        const b = field(w2 as number, 0);
        const num = start + i;
        if (this.entries.has(num)) continue;
        if (type === 0) this.entries.set(num, { kind: 'free' });
        else if (type === 1) this.entries.set(num, { kind: 'offset', offset: a, gen: b });
        else if (type === 2) this.entries.set(num, { kind: 'compressed', stream: a, index: b });
      }
    }
    return dict;
  }

  /** The object written at a byte offset (`n g obj ... endobj`), streams with their raw bytes. */
  private objectAt(offset: number, expect?: number): PdfValue {
    const p = new Parser(this.buf, offset);
    const num = Number(p.word());
    const gen = Number(p.word());
    if (!Number.isInteger(num) || !Number.isInteger(gen) || p.word() !== 'obj') throw new Unsupported('xref:bad-offset');
    if (expect !== undefined && num !== expect) throw new Unsupported('xref:wrong-object');
    const v = p.value();
    if (isDict(v) && p.peekWord() === 'stream') {
      p.word();
      // The data starts after CRLF or LF.
      let start = p.pos;
      if (this.buf[start] === 0x0d) start++;
      if (this.buf[start] === 0x0a) start++;
      let length = this.resolve(v.get('Length'));
      if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || start + length > this.buf.length)
        throw new Unsupported('stream:length');
      // The length must be followed by `endstream` (a wrong length is a broken file: pdfjs repairs it).
      const after = new Parser(this.buf, start + length);
      if (after.peekWord() !== 'endstream') throw new Unsupported('stream:length');
      length = Math.max(0, length);
      return { dict: v, bytes: this.buf.subarray(start, start + length) };
    }
    return v;
  }

  /** The object of a number (`null` when free or missing). */
  get(num: number): PdfValue {
    const cached = this.cache.get(num);
    if (cached !== undefined) return cached;
    if (this.loading.has(num)) throw new Unsupported('ref:cycle');
    this.loading.add(num);
    const e = this.entries.get(num);
    let v: PdfValue = null;
    if (e?.kind === 'offset') v = this.objectAt(e.offset, num);
    else if (e?.kind === 'compressed') v = this.fromObjectStream(e.stream, e.index, num);
    this.loading.delete(num);
    this.cache.set(num, v);
    return v;
  }

  private fromObjectStream(streamNum: number, index: number, num: number): PdfValue {
    let os = this.objectStreams.get(streamNum);
    if (!os) {
      // An object stream is never itself inside one (§7.5.7).
      const e = this.entries.get(streamNum);
      if (e?.kind !== 'offset') throw new Unsupported('objstm:missing');
      const s = this.objectAt(e.offset, streamNum);
      if (!isStream(s)) throw new Unsupported('objstm:not-stream');
      const n = this.resolve(s.dict.get('N'));
      const first = this.resolve(s.dict.get('First'));
      if (typeof n !== 'number' || typeof first !== 'number') throw new Unsupported('objstm:fields');
      const data = this.streamData(s);
      const p = new Parser(data);
      const offsets: number[] = [];
      for (let i = 0; i < n; i++) {
        const objNum = p.value();
        const off = p.value();
        if (typeof objNum !== 'number' || typeof off !== 'number') throw new Unsupported('objstm:header');
        offsets.push(off);
      }
      os = { offsets, data, first };
      this.objectStreams.set(streamNum, os);
    }
    const off = os.offsets[index];
    if (off === undefined) throw new Unsupported('objstm:index');
    void num;
    return new Parser(os.data, os.first + off).value();
  }

  /** Follows references to the value (a missing object is `null`, as the spec says). */
  resolve(v: PdfValue | undefined): PdfValue | undefined {
    for (let i = 0; isRef(v); i++) {
      if (i >= MAX_REF_CHAIN) throw new Unsupported('ref:chain');
      v = this.get(v.num);
    }
    return v;
  }

  /** A dictionary entry, resolved. */
  lookup(d: PdfDict, key: string): PdfValue | undefined {
    return this.resolve(d.get(key));
  }

  /** A stream's decoded bytes (decoded once). */
  streamData(s: PdfStream): Uint8Array {
    let d = this.decoded.get(s);
    if (!d) {
      d = decodeStream(s.bytes, s.dict, (v) => this.resolve(v), this.rawInflate);
      this.decoded.set(s, d);
    }
    return d;
  }
}

/** Whether a value is an operator token (content streams only). */
export function isOperator(v: PdfValue): v is PdfOperator {
  return typeof v === 'object' && v !== null && 'op' in v;
}
