/**
 * Decoding report files: UTF-8 (with or without BOM), UTF-16, GB18030/GBK (which many government
 * sites still serve) and Big5. A declared charset decides first (byte-order mark, `<meta charset>`
 * or `http-equiv` Content-Type, XML declaration); without one, the evidence of the whole file
 * decides. A few invalid sequences do not switch a file to another encoding: they are replaced
 * (U+FFFD) and counted, so the caller can say so.
 */

/** Encodings {@link decodeText} can report. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** How the encoding was decided. */
export type EncodingEvidence = 'bom' | 'declared' | 'content';

/** Decoded text and the encoding it was read as. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  /** The encoding used. */
  encoding: TextEncodingName;
  /** What decided the encoding: a byte-order mark, a charset declared in the file, or the bytes themselves. */
  evidence: EncodingEvidence;
  /** Invalid byte sequences replaced by U+FFFD (0 for a clean file). */
  replaced: number;
  /** Offset in `text` of the first replacement character, when `replaced > 0`. */
  firstReplacement?: number;
  /** A charset the file declared but that its bytes contradict (the encoding used is then `encoding`). */
  declaredIgnored?: string;
}

/**
 * Invalid UTF-8 sequences tolerated per thousand valid multi-byte characters before the bytes
 * count as evidence of another encoding (plus {@link UTF8_INVALID_FLOOR} in any file).
 */
const UTF8_INVALID_PER_MILLE = 10;
/** Invalid UTF-8 sequences always tolerated, however short the file. */
const UTF8_INVALID_FLOOR = 3;
/** Bytes at the start of a file searched for a charset declaration. */
const DECLARATION_WINDOW = 4096;

const LABELS: Record<string, TextEncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
};

/** The charset a file declares in its first bytes (`<meta charset>`, `http-equiv` Content-Type, `<?xml encoding>`), as written. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, DECLARATION_WINDOW));
  // Tags are cut out with indexOf, then the attribute is read inside one tag (bounded, linear).
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<meta'); at !== -1; at = lower.indexOf('<meta', at + 5)) {
    const end = lower.indexOf('>', at);
    const tag = head.slice(at, end === -1 ? head.length : end);
    const m = /\bcharset\s*=\s*["']?([A-Za-z0-9_:.-]+)/i.exec(tag);
    if (m) return m[1];
    if (end === -1) break;
  }
  const start = lower.search(/\S/);
  if (start === -1 || !lower.startsWith('<?xml', start)) return undefined;
  const end = lower.indexOf('?>', start);
  const decl = head.slice(start, end === -1 ? head.length : end);
  return /\bencoding\s*=\s*["']([A-Za-z0-9_:.-]+)["']/i.exec(decl)?.[1];
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i] as number);
  return s;
}

/** Valid multi-byte characters and invalid sequences of a UTF-8 reading of the whole file. */
export function utf8Evidence(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else {
      invalid++;
      i++;
      continue;
    }
    let cp = b & (0xff >> (need + 2));
    let ok = i + need < n;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName, evidence: EncodingEvidence, skip = 0): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes.subarray(skip));
  const first = text.indexOf('\ufffd');
  const source = first === -1 ? 0 : countOriginalReplacements(bytes, skip, encoding);
  const replaced = first === -1 ? 0 : countChar(text, '\ufffd') - source;
  const out: DecodedText = { text, encoding, evidence, replaced };
  if (replaced > 0) out.firstReplacement = first;
  return out;
}

/** U+FFFD characters the file itself holds (encoded, not produced by decoding): they are not errors. */
function countOriginalReplacements(bytes: Uint8Array, skip: number, encoding: TextEncodingName): number {
  if (encoding !== 'utf-8') return 0;
  let n = 0;
  for (let i = skip; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Decides between UTF-8 and GB18030 on the evidence of every byte: a few invalid UTF-8 sequences among many valid ones stay UTF-8. */
function byContent(bytes: Uint8Array): DecodedText {
  const { multibyte, invalid } = utf8Evidence(bytes);
  if (invalid === 0) return decodeAs(bytes, 'utf-8', 'content');
  const tolerated = UTF8_INVALID_FLOOR + Math.floor((multibyte * UTF8_INVALID_PER_MILLE) / 1000);
  const utf8 = invalid <= tolerated ? decodeAs(bytes, 'utf-8', 'content') : undefined;
  if (utf8 && utf8.replaced <= tolerated) return utf8;
  const gb = decodeAs(bytes, 'gb18030', 'content');
  return utf8 && utf8.replaced < gb.replaced ? utf8 : gb;
}

/** Share of NULs on one side marking BOM-less UTF-16 (ASCII-range characters have a zero high byte). */
const UTF16_NUL_SHARE = 0.3;

/** `utf-16le` / `utf-16be` when the first bytes look like UTF-16 without a byte-order mark. */
function utf16Order(bytes: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(bytes.length, DECLARATION_WINDOW) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = n / 2;
  if (odd > half * UTF16_NUL_SHARE && even < odd / 4) return 'utf-16le';
  if (even > half * UTF16_NUL_SHARE && odd < even / 4) return 'utf-16be';
  return undefined;
}

/**
 * Decodes bytes. A byte-order mark decides; then a charset the file declares, unless its bytes
 * contradict it (they decode with errors under the declared charset but cleanly otherwise);
 * otherwise the whole file's evidence: UTF-8 when its multi-byte sequences are valid, tolerating a
 * few invalid ones (replaced, counted in `replaced`), GB18030 when they are not.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes, 'utf-8', 'bom', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le', 'bom', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be', 'bom', 2);
  const order = utf16Order(bytes);
  if (order) return decodeAs(bytes, order, 'content');
  const declared = declaredCharset(bytes);
  const named = declared === undefined ? undefined : LABELS[declared.toLowerCase()];
  const content = byContent(bytes);
  if (declared === undefined || named === undefined) {
    return declared === undefined ? content : { ...content, declaredIgnored: declared };
  }
  const asDeclared = decodeAs(bytes, named, 'declared');
  if (asDeclared.replaced === 0 || content.encoding === named || content.replaced >= asDeclared.replaced) return asDeclared;
  return { ...content, declaredIgnored: declared };
}
