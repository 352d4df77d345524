/**
 * The header check before an image reaches the decoder (src/ocr/node/image-check.ts): the
 * decoder crashes the process on some damaged headers, so only whole ones pass. Made-up bytes.
 */
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { imageHeaderWhole, MAX_IMAGE_PIXELS } from '../src/ocr/node/image-check.js';

function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}
function chunk(type: string, data: number[]): number[] {
  const body = [...Buffer.from(type, 'latin1'), ...data];
  return [...u32(data.length), ...body, ...u32(crc32(Buffer.from(body)))];
}
function png(width = 2, height = 2, depth = 8, colour = 2): Uint8Array {
  return new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', [...u32(width), ...u32(height), depth, colour, 0, 0, 0]),
    ...chunk('IDAT', [0x78, 0x9c, 1, 2, 3, 4]),
    ...chunk('IEND', []),
  ]);
}
function jpeg(width = 2, height = 2): number[] {
  const app0 = [0xff, 0xe0, 0, 16, ...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [0xff, 0xc0, 0, 11, 8, (height >> 8) & 0xff, height & 0xff, (width >> 8) & 0xff, width & 0xff, 1, 1, 0x11, 0];
  const sos = [0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0];
  return [0xff, 0xd8, ...app0, ...sof0, ...sos, 0x12, 0x34, 0xff, 0xd9];
}

describe('imageHeaderWhole', () => {
  it('whole PNG and JPEG headers pass', () => {
    expect(imageHeaderWhole(png())).toBe(true);
    expect(imageHeaderWhole(new Uint8Array(jpeg()))).toBe(true);
  });

  it('a PNG signature before garbage, a bad IHDR or no image data is refused', () => {
    expect(imageHeaderWhole(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]))).toBe(false);
    expect(imageHeaderWhole(png(0, 2))).toBe(false);
    expect(imageHeaderWhole(png(MAX_IMAGE_PIXELS, 2))).toBe(false);
    expect(imageHeaderWhole(png(2, 2, 3))).toBe(false);
    expect(imageHeaderWhole(png(2, 2, 8, 5))).toBe(false);
    const badCrc = png();
    badCrc[29] = (badCrc[29] as number) ^ 0xff;
    expect(imageHeaderWhole(badCrc)).toBe(false);
    expect(imageHeaderWhole(png().subarray(0, 8 + 25))).toBe(false);
  });

  it('a JPEG cut inside its header, with a stray marker or a frame of size 0 is refused', () => {
    const whole = jpeg();
    for (const n of [2, 4, 10, 20, 25, 30]) expect(imageHeaderWhole(new Uint8Array(whole.slice(0, n)))).toBe(false);
    const stray = [...whole];
    stray[3] = 0x1f;
    expect(imageHeaderWhole(new Uint8Array(stray))).toBe(false);
    expect(imageHeaderWhole(new Uint8Array(jpeg(0, 2)))).toBe(false);
  });

  it('other bytes are refused', () => {
    expect(imageHeaderWhole(new Uint8Array([]))).toBe(false);
    expect(imageHeaderWhole(new Uint8Array([1, 2, 3]))).toBe(false);
    expect(imageHeaderWhole(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toBe(false);
  });
});
