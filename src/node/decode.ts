/**
 * Decoding report files: UTF-8 (with or without BOM), UTF-16 with BOM, and GB18030/GBK, which
 * many government sites still serve. The result says which encoding was used.
 */

/** Encodings {@link decodeText} can report. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Decoded text and the encoding it was read as. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  /** The encoding used. */
  encoding: TextEncodingName;
}

/**
 * Decodes bytes: a BOM decides; otherwise strict UTF-8 is tried, and GB18030 is used when the
 * bytes are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
