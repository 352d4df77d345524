/**
 * Stream filters the fast path decodes: FlateDecode (fflate, synchronous and isomorphic) with the
 * PNG and TIFF predictors of xref and object streams. Any other filter (or a decode parameter it
 * does not know) is {@link Unsupported}: the document goes to pdfjs.
 */
import { Inflate, inflateSync } from 'fflate';
import { isDict, isName, Unsupported, type PdfDict, type PdfValue } from './objects.js';

/** Largest decoded stream, in bytes (a content stream of a real page is a few hundred KB; a zip bomb is stopped while inflating). */
export const MAX_DECODED_STREAM_BYTES = 64 * 1024 * 1024;
/** Deflate's largest ratio (a run of one byte): 1,032 output bytes per input byte. */
const MAX_DEFLATE_RATIO = 1032;
/** Input pushed to the inflater at a time: the output of one push is at most ~1,000× this, so the cap above is checked often enough. */
const INFLATE_CHUNK = 16 * 1024;
/** Inputs up to this size are inflated in one call (their output cannot pass the cap by much); the streaming inflater costs more per stream. */
const ONE_SHOT_INPUT = Math.floor(MAX_DECODED_STREAM_BYTES / MAX_DEFLATE_RATIO);

/**
 * A raw-deflate decoder: the bytes after the zlib header, at most `maxBytes` of output (more is an
 * error). The default is fflate's; the Node entry passes Node's zlib, several times faster on the
 * hundreds of tiny streams of a Type 3 font.
 */
export type RawInflate = (data: Uint8Array, maxBytes: number) => Uint8Array;

/** Decodes a stream's bytes through its filters. `resolve` turns references in the dictionary into values. */
export function decodeStream(
  raw: Uint8Array,
  dict: PdfDict,
  resolve: (v: PdfValue | undefined) => PdfValue | undefined,
  rawInflate: RawInflate = fflateInflate,
): Uint8Array {
  const filter = resolve(dict.get('Filter'));
  const params = resolve(dict.get('DecodeParms'));
  const filters = filter === undefined || filter === null ? [] : Array.isArray(filter) ? filter : [filter];
  const paramList = Array.isArray(params) ? params : [params];
  let data = raw;
  filters.forEach((f, i) => {
    const name = resolve(f);
    if (!isName(name)) throw new Unsupported('filter:invalid');
    if (name.name !== 'FlateDecode' && name.name !== 'Fl') throw new Unsupported(`filter:${name.name}`);
    data = inflate(data, rawInflate);
    const p = resolve(paramList[i]);
    if (isDict(p)) data = unpredict(data, p, resolve);
  });
  return data;
}

/** zlib (or raw deflate) → bytes, stopping at {@link MAX_DECODED_STREAM_BYTES}. */
function inflate(data: Uint8Array, rawInflate: RawInflate): Uint8Array {
  // A zlib header (CMF 0x?8, FCHECK) is skipped; pdfjs does the same.
  const start =
    data.length >= 2 && ((data[0] as number) & 0x0f) === 8 && (((data[0] as number) << 8) | (data[1] as number)) % 31 === 0 ? 2 : 0;
  let out: Uint8Array;
  try {
    out = rawInflate(data.subarray(start), MAX_DECODED_STREAM_BYTES);
  } catch (e) {
    if (e instanceof Unsupported) throw e;
    throw new Unsupported('filter:corrupt-flate');
  }
  if (out.length > MAX_DECODED_STREAM_BYTES) throw new Unsupported('stream-too-large');
  return out;
}

/** fflate's inflater with the output cap: one call for small inputs, in chunks (checking the cap) for large ones. */
export function fflateInflate(data: Uint8Array, maxBytes: number): Uint8Array {
  if (data.length <= ONE_SHOT_INPUT) return inflateSync(data);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) throw new Unsupported('stream-too-large');
    chunks.push(chunk);
    if (final) ended = true;
  });
  for (let i = 0; i < data.length; i += INFLATE_CHUNK) {
    const end = Math.min(data.length, i + INFLATE_CHUNK);
    inflater.push(data.subarray(i, end), end === data.length);
    if (ended) break;
  }
  if (!ended) throw new Unsupported('filter:truncated-flate');
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Undoes a PNG (10–15) or TIFF (2) predictor. */
function unpredict(data: Uint8Array, p: PdfDict, resolve: (v: PdfValue | undefined) => PdfValue | undefined): Uint8Array {
  const num = (k: string, d: number): number => {
    const v = resolve(p.get(k));
    return typeof v === 'number' ? v : d;
  };
  const predictor = num('Predictor', 1);
  if (predictor === 1) return data;
  const colors = num('Colors', 1);
  const bits = num('BitsPerComponent', 8);
  const columns = num('Columns', 1);
  if (bits !== 8 || colors < 1 || colors > 4 || columns < 1) throw new Unsupported('predictor:params');
  const bpp = colors;
  const rowLength = columns * colors;
  if (predictor === 2) {
    const out = new Uint8Array(data);
    for (let r = 0; r + rowLength <= out.length; r += rowLength)
      for (let i = r + bpp; i < r + rowLength; i++) out[i] = ((out[i] as number) + (out[i - bpp] as number)) & 0xff;
    return out;
  }
  if (predictor < 10 || predictor > 15) throw new Unsupported('predictor:unknown');
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)] as number;
    const src = r * (rowLength + 1) + 1;
    const dst = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i] as number;
      const left = i >= bpp ? (out[dst + i - bpp] as number) : 0;
      const up = r > 0 ? (out[dst - rowLength + i] as number) : 0;
      const upLeft = r > 0 && i >= bpp ? (out[dst - rowLength + i - bpp] as number) : 0;
      let v: number;
      if (type === 0) v = raw;
      else if (type === 1) v = raw + left;
      else if (type === 2) v = raw + up;
      else if (type === 3) v = raw + ((left + up) >> 1);
      else if (type === 4) {
        const pa = Math.abs(up - upLeft);
        const pb = Math.abs(left - upLeft);
        const pc = Math.abs(left + up - 2 * upLeft);
        v = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      } else throw new Unsupported('predictor:row-type');
      out[dst + i] = v & 0xff;
    }
  }
  return out;
}
