/**
 * A minimal zip writer for hostile-input tests: entries given as raw deflate data (or stored),
 * with any declared sizes, so a test can build a zip bomb from a few kilobytes without
 * compressing hundreds of megabytes.
 */
import { deflateRawSync, constants } from 'node:zlib';

/** One entry of the zip. */
export interface ZipEntry {
  /** Name in the zip. */
  name: string;
  /** The compressed data (method 8) or the content (method 0). */
  data: Uint8Array;
  /** 8 (deflate, default) or 0 (stored). */
  method?: 0 | 8;
  /** Declared uncompressed size (default: the length of `data`; a lie is fine for a bomb). */
  size?: number;
}

/** Deflates text normally (small entries). */
export function deflated(name: string, text: string): ZipEntry {
  const raw = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(raw), size: raw.length };
}

/**
 * Raw deflate data that inflates to `chunk` repeated `times` times (then `tail`): the chunk is
 * compressed once with a sync flush (byte-aligned, no reference outside itself), repeated, and
 * closed by a final empty block. A 1 MB chunk costs about a kilobyte per repetition.
 */
export function repeatedDeflate(head: string, chunk: string, times: number, tail: string): Uint8Array {
  const sync = { finishFlush: constants.Z_SYNC_FLUSH };
  const h = deflateRawSync(Buffer.from(head, 'utf8'), sync);
  const c = deflateRawSync(Buffer.from(chunk, 'utf8'), sync);
  const t = deflateRawSync(Buffer.from(tail, 'utf8'));
  const out = Buffer.alloc(h.length + c.length * times + t.length);
  h.copy(out, 0);
  for (let i = 0; i < times; i++) c.copy(out, h.length + i * c.length);
  t.copy(out, h.length + c.length * times);
  return out;
}

/** Writes a zip file (no CRCs: our reader does not check them, and neither does jszip by default). */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.method ?? 8;
    const size = Math.min(e.size ?? e.data.length, 0xfffffffe);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
/** Start and end of a document.xml body. */
export const DOC_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
export const DOC_TAIL = '</w:body></w:document>';

/** A .docx with the given document.xml entry (and the two parts Word needs around it). */
export function docxWith(document: ZipEntry): Uint8Array {
  return writeZip([deflated('[Content_Types].xml', CONTENT_TYPES), deflated('_rels/.rels', RELS), document]);
}

/** A .docx whose body holds these paragraphs. */
export function simpleDocx(paragraphs: string[]): Uint8Array {
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`)
    .join('');
  return docxWith(deflated('word/document.xml', DOC_HEAD + body + DOC_TAIL));
}
