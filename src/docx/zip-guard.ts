/**
 * A .docx (zip) reader for the Word converter that keeps hostile files bounded: the entry count
 * is checked on opening, each part is inflated only when the converter asks for it and against
 * one budget of decompressed bytes, and DTDs and entity declarations (XXE, entity expansion),
 * which Word never writes, are refused. Images are never asked for: the converter is told to
 * skip them.
 */
import { constants as bufferConstants } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';

/** Limits of the reader. */
export interface ZipLimits {
  /** Most entries. */
  readonly maxEntries: number;
  /** Most decompressed bytes of all parts read together. */
  readonly maxUncompressedBytes: number;
}

/** Why a .docx could not be read within its limits. */
export class ZipGuardError extends Error {
  /**
   * @param kind - `unreadable` (not a zip we can read), `too-large` (over a limit), `unsafe` (a DTD or entity declaration).
   * @param limit - the limit passed, for `too-large`.
   * @param value - the value found (entries) or the limit (bytes), for `too-large`.
   */
  constructor(
    readonly kind: 'unreadable' | 'too-large' | 'unsafe',
    message: string,
    readonly limit?: 'maxDocxEntries' | 'maxDocxUncompressedBytes',
    readonly value?: number,
  ) {
    super(message);
    this.name = 'ZipGuardError';
  }
}

/** The zip-file interface mammoth reads a .docx through (its `file` input). */
export interface GuardedZip {
  /** Whether an entry exists. */
  exists(name: string): boolean;
  /** An entry's content: decoded text when `encoding` is given, bytes otherwise. */
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
/** End-of-directory record size without its comment, and the longest comment. */
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;
const DTD_MARKERS = /<!(DOCTYPE|ENTITY)/i;

interface Entry {
  readonly method: number;
  readonly compressed: number;
  readonly local: number;
}

/**
 * Opens a .docx file's zip directory within the entry limit and returns a reader that inflates
 * each part on demand against one shared budget of decompressed bytes: zlib stops as soon as the
 * output passes what is left, so a zip bomb costs at most the budget in memory and a moment in
 * time. Text parts holding a DTD or entity declaration (XXE, entity expansion; Word never writes
 * them) are refused.
 *
 * @throws ZipGuardError when the directory is unreadable or holds too many entries; the reader's
 * `read` rejects with it when a part is over the budget, damaged or unsafe.
 */
export function openGuardedZip(bytes: Uint8Array, limits: ZipLimits): GuardedZip {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) throw new ZipGuardError('unreadable', 'no zip end-of-directory record');
  let count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR_SIG) {
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD_SIG)
      throw new ZipGuardError('unreadable', 'damaged zip64 record');
    count = Number(view.getBigUint64(record + 32, true));
    at = Number(view.getBigUint64(record + 48, true));
  }
  if (count > limits.maxEntries) throw new ZipGuardError('too-large', `${count} entries`, 'maxDocxEntries', count);
  const entries = new Map<string, Entry>();
  const names = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_SIG)
      throw new ZipGuardError('unreadable', 'damaged central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const wide = readZip64Extra(
      view,
      at + 46 + nameLength,
      extraLength,
      view.getUint32(at + 24, true),
      view.getUint32(at + 20, true),
      view.getUint32(at + 42, true),
    );
    if (!entries.has(name)) entries.set(name, { method: view.getUint16(at + 10, true), ...wide });
    at += 46 + nameLength + extraLength + commentLength;
  }
  let budget = limits.maxUncompressedBytes;
  const inflate = (name: string, entry: Entry): Uint8Array => {
    const local = entry.local;
    if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL_SIG)
      throw new ZipGuardError('unreadable', `damaged local header of ${name}`);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + entry.compressed > view.byteLength) throw new ZipGuardError('unreadable', `truncated entry ${name}`);
    const data = bytes.subarray(dataStart, dataStart + entry.compressed);
    const over = (): ZipGuardError =>
      new ZipGuardError('too-large', `${name} passes the decompressed size limit`, 'maxDocxUncompressedBytes', limits.maxUncompressedBytes);
    let out: Uint8Array;
    if (entry.method === STORED) out = data;
    else if (entry.method === DEFLATED) {
      try {
        // zlib stops and throws as soon as the output passes the budget left.
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(budget, bufferConstants.MAX_LENGTH)) });
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw over();
        throw new ZipGuardError('unreadable', `cannot inflate ${name}: ${(e as Error).message}`);
      }
    } else throw new ZipGuardError('unreadable', `unsupported compression method ${entry.method} in ${name}`);
    if (out.byteLength > budget) throw over();
    budget -= out.byteLength;
    return out;
  };
  return {
    exists: (name) => entries.has(name),
    read: async (name, encoding) => {
      const entry = entries.get(name);
      if (!entry) throw new ZipGuardError('unreadable', `no entry ${name}`);
      const data = inflate(name, entry);
      if (!encoding) return data;
      const text = new TextDecoder(encoding).decode(data);
      if (DTD_MARKERS.test(text)) throw new ZipGuardError('unsafe', `${name} declares a DTD or entities`);
      return text;
    },
  };
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let i = view.byteLength - EOCD_SIZE; i >= lowest; i--) {
    if (view.getUint32(i, true) === EOCD_SIG) return i;
  }
  return -1;
}

/** Sizes and offset from the zip64 extra field where the 32-bit fields are saturated. */
function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  uncompressed: number,
  compressed: number,
  local: number,
): { compressed: number; local: number } {
  const SATURATED = 0xffffffff;
  if (compressed !== SATURATED && local !== SATURATED && uncompressed !== SATURATED) return { compressed, local };
  let at = start;
  const end = Math.min(start + length, view.byteLength);
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        const v = field + 8 <= end ? Number(view.getBigUint64(field, true)) : Infinity;
        field += 8;
        return v;
      };
      if (uncompressed === SATURATED) next();
      const c = compressed === SATURATED ? next() : compressed;
      const l = local === SATURATED ? next() : local;
      return { compressed: c, local: l };
    }
    at += 4 + size;
  }
  return { compressed, local };
}
