/**
 * A structural check of an image's header before the decoder sees it. @napi-rs/canvas 0.1.x
 * crashes the process (a segmentation fault, not an exception) on some damaged files: a PNG or
 * JPEG signature followed by garbage, a JPEG cut inside its header. So the image goes to the
 * decoder only when its header is whole: PNG: the signature, a complete IHDR with a non-zero size,
 * then chunks that fit the file up to an IDAT; JPEG: segments that fit the file up to a frame
 * header (SOF) with a non-zero size and then a scan header (SOS); WebP: a RIFF header and a whole
 * first chunk header. Linear in the header's size (a chunk walk, bounded by the file's length).
 */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

function u32(b: Uint8Array, at: number): number {
  return (((b[at] as number) << 24) | ((b[at + 1] as number) << 16) | ((b[at + 2] as number) << 8) | (b[at + 3] as number)) >>> 0;
}
function u16(b: Uint8Array, at: number): number {
  return ((b[at] as number) << 8) | (b[at + 1] as number);
}
function ascii(b: Uint8Array, at: number, n: number): string {
  let out = '';
  for (let i = at; i < at + n && i < b.length; i++) out += String.fromCharCode(b[i] as number);
  return out;
}

/** Largest image read, in pixels (a 600 dpi A3 page is about 70 million); larger is refused, not decoded. */
export const MAX_IMAGE_PIXELS = 80_000_000;

function sizeOk(width: number, height: number): boolean {
  return width > 0 && height > 0 && width * height <= MAX_IMAGE_PIXELS;
}

let crcTable: Uint32Array | null = null;
/** CRC-32 (the PNG chunk checksum). */
function crc32(b: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const v of b) c = (crcTable[(c ^ v) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngWhole(b: Uint8Array): boolean {
  if (b.length < 8 + 25 || !PNG_SIGNATURE.every((v, k) => b[k] === v)) return false;
  if (u32(b, 8) !== 13 || ascii(b, 12, 4) !== 'IHDR' || !sizeOk(u32(b, 16), u32(b, 20))) return false;
  // Bit depth, colour type, compression, filter, interlace: the values PNG allows; then the header's checksum.
  const [depth, colour, compression, filter, interlace] = [b[24], b[25], b[26], b[27], b[28]] as number[];
  if (![1, 2, 4, 8, 16].includes(depth as number) || ![0, 2, 3, 4, 6].includes(colour as number)) return false;
  if (compression !== 0 || filter !== 0 || (interlace !== 0 && interlace !== 1)) return false;
  if (crc32(b.subarray(12, 29)) !== u32(b, 29)) return false;
  for (let at = 8; at + 12 <= b.length;) {
    const length = u32(b, at);
    const type = ascii(b, at + 4, 4);
    if (!/^[A-Za-z]{4}$/.test(type)) return false;
    if (type === 'IDAT') return length > 0 && at + 8 < b.length;
    at += 12 + length;
  }
  return false;
}

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic): not DHT (C4), JPG (C8), DAC (CC). */
function isFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function jpegWhole(b: Uint8Array): boolean {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return false;
  let frame = false;
  for (let at = 2; at + 4 <= b.length;) {
    if (b[at] !== 0xff) return false;
    const marker = b[at + 1] as number;
    if (marker === 0xff) {
      at++;
      continue;
    }
    // Only segments with a length belong before the scan (not 00–BF, restart markers, SOI, EOI).
    if (marker < 0xc0 || (marker >= 0xd0 && marker <= 0xd9)) return false;
    const length = u16(b, at + 2);
    if (length < 2 || at + 2 + length > b.length) return false;
    if (isFrame(marker)) {
      if (length < 8 || !sizeOk(u16(b, at + 7), u16(b, at + 5))) return false;
      frame = true;
    }
    // An ICC profile (APP2 "ICC_PROFILE") whose declared size disagrees with its segment is refused (a decoder crash).
    if (marker === 0xe2 && ascii(b, at + 4, 12) === 'ICC_PROFILE\0' && b[at + 16] === 1 && b[at + 17] === 1) {
      if (length < 16 + 4 || u32(b, at + 18) !== length - 16) return false;
    }
    if (marker === 0xda) return frame && at + 2 + length < b.length;
    at += 2 + length;
  }
  return false;
}

function webpWhole(b: Uint8Array): boolean {
  if (b.length < 30 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return false;
  return ['VP8 ', 'VP8L', 'VP8X'].includes(ascii(b, 12, 4));
}

/** Whether the bytes are a PNG, JPEG or WebP whose header is whole (safe to hand to the decoder). */
export function imageHeaderWhole(bytes: Uint8Array): boolean {
  if (bytes[0] === 0x89) return pngWhole(bytes);
  if (bytes[0] === 0xff) return jpegWhole(bytes);
  if (bytes[0] === 0x52) return webpWhole(bytes);
  return false;
}
