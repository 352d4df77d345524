/**
 * `zfxxgk-report/node`: files are told apart by content before extension, and text encodings are
 * decided by a declared charset first, then by the evidence of the whole file, tolerating a few
 * invalid sequences.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, parseBytes, sniffContent } from '../src/node/index.js';
import { encodeGb18030 } from './helpers/gb18030.js';
import { reportTextToPdf } from './helpers/pdf-writer.js';
import { prng } from './helpers/fixtures.js';

const EXAMPLE = readFileSync(join(__dirname, '..', 'examples', 'sample-report-2023.md'), 'utf8');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
function randomBytes(n: number, seed: number): Uint8Array {
  const r = prng(seed);
  return Uint8Array.from({ length: n }, () => Math.floor(r() * 256));
}

describe('sniffContent', () => {
  it('PDF, ZIP, images and known binaries by their signatures', () => {
    expect(sniffContent(utf8('%PDF-1.7\n…'))).toEqual({ kind: 'pdf', format: 'pdf' });
    expect(sniffContent(concat(utf8('junk before\n'), utf8('%PDF-1.4')))).toMatchObject({ kind: 'pdf' });
    expect(sniffContent(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatchObject({ kind: 'zip' });
    expect(sniffContent(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toEqual({ kind: 'image', format: 'png' });
    expect(sniffContent(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ kind: 'image', format: 'jpeg' });
    expect(sniffContent(Uint8Array.from([0x49, 0x49, 0x2a, 0x00, 8]))).toEqual({ kind: 'image', format: 'tiff' });
    expect(sniffContent(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1]))).toEqual({ kind: 'binary', format: 'elf' });
    expect(sniffContent(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ kind: 'binary', format: 'doc' });
  });

  it('random bytes are binary, whatever their length (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 512, max: 20_000 }), fc.integer(), (n, seed) => {
        expect(sniffContent(randomBytes(n, seed)).kind).not.toBe('text');
      }),
      { numRuns: 50 },
    );
  });

  it('text in any of our encodings is text, stray NULs included', () => {
    expect(sniffContent(utf8(EXAMPLE)).kind).toBe('text');
    expect(sniffContent(encodeGb18030(EXAMPLE)).kind).toBe('text');
    expect(sniffContent(utf8(EXAMPLE.replace(/\n/g, '\0\n'))).kind).toBe('text');
    expect(sniffContent(new Uint8Array(Buffer.from('第一行 12 | 3\n'.repeat(20), 'utf16le'))).kind).toBe('text');
  });
});

describe('decodeText', () => {
  it('a byte-order mark decides', () => {
    expect(decodeText(concat(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8('年度')))).toMatchObject({
      text: '年度',
      encoding: 'utf-8',
      evidence: 'bom',
    });
    expect(decodeText(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('年度', 'utf16le')])))).toMatchObject({
      text: '年度',
      encoding: 'utf-16le',
    });
  });

  it('UTF-16 without a byte-order mark', () => {
    const text = '第一行 12 | 3\n'.repeat(20);
    expect(decodeText(new Uint8Array(Buffer.from(text, 'utf16le')))).toMatchObject({ text, encoding: 'utf-16le' });
  });

  it('a few invalid bytes in a UTF-8 file are replaced and counted; the file is not read as GB18030', () => {
    const bytes = concat(utf8(EXAMPLE.slice(0, 500)), Uint8Array.from([0xff]), utf8(EXAMPLE.slice(500)));
    const d = decodeText(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.replaced).toBe(1);
    expect(d.text.indexOf('\ufffd')).toBe(d.firstReplacement);
    expect(d.text.replace('\ufffd', '')).toBe(EXAMPLE);
  });

  it('GB18030 files are GB18030 (every multi-byte sequence invalid as UTF-8)', () => {
    const d = decodeText(encodeGb18030(EXAMPLE));
    expect(d).toMatchObject({ encoding: 'gb18030', evidence: 'content', replaced: 0 });
    expect(d.text).toBe(EXAMPLE);
  });

  it('a declared charset comes first: <meta charset>, http-equiv and the XML declaration', () => {
    const html = (charset: string, body: string): string =>
      `<html><head><meta charset="${charset}"><title>t</title></head><body>${body}</body></html>`;
    const gbkDeclared = decodeText(encodeGb18030(html('gbk', '年度报告')));
    expect(gbkDeclared).toMatchObject({ encoding: 'gb18030', evidence: 'declared', replaced: 0 });
    const equiv = encodeGb18030(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312"></head><body>年度</body></html>',
    );
    expect(decodeText(equiv)).toMatchObject({ encoding: 'gb18030', evidence: 'declared' });
    const xml = encodeGb18030('<?xml version="1.0" encoding="GBK"?><html><body>年度</body></html>');
    expect(decodeText(xml)).toMatchObject({ encoding: 'gb18030', evidence: 'declared' });
    // UTF-8 declared with one invalid byte: UTF-8 with one replacement, never GB18030.
    const bad = concat(utf8(html('utf-8', '年度报告')), Uint8Array.from([0xc3]), utf8('<p>结束</p>'));
    expect(decodeText(bad)).toMatchObject({ encoding: 'utf-8', evidence: 'declared', replaced: 1 });
  });

  it('a declaration its bytes contradict is overridden, and said so', () => {
    const d = decodeText(utf8('<html><head><meta charset="gb2312"></head><body>政府信息公开工作年度报告</body></html>'));
    // UTF-8 Chinese read as GB18030 decodes without errors only by chance; here it does not, so content wins.
    if (d.encoding === 'utf-8') expect(d.declaredIgnored).toBe('gb2312');
    else expect(d.evidence).toBe('declared');
  });
});

describe('parseBytes', () => {
  it('reads the example the same from UTF-8 and GB18030 bytes', async () => {
    const a = await parseBytes(utf8(EXAMPLE), { fileName: 'x.md' });
    const b = await parseBytes(encodeGb18030(EXAMPLE), { fileName: 'x.md' });
    expect(a).toMatchObject({ kind: 'markdown', encoding: 'utf-8' });
    expect(b).toMatchObject({ kind: 'markdown', encoding: 'gb18030' });
    expect(b.report).toEqual(a.report);
  });

  it('an image needs OCR, binary data is not text: never decoded, whatever the name', async () => {
    const png = await parseBytes(concat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(300, 1)), {
      fileName: 'report.txt',
    });
    expect(png).toMatchObject({ report: null, kind: 'image', encoding: null });
    expect(png.diagnostics.map((d) => d.code)).toEqual(['image-needs-ocr']);
    const junk = await parseBytes(randomBytes(5000, 2), { fileName: 'report.txt' });
    expect(junk).toMatchObject({ report: null, kind: 'binary', encoding: null });
    expect(junk.diagnostics.map((d) => d.code)).toEqual(['not-text']);
    expect(junk.diagnostics.some((d) => d.code === 'traditional-converted')).toBe(false);
  });

  it('an invalid byte gives invalid-bytes-replaced at its line, and the report still reads', async () => {
    const at = EXAMPLE.indexOf('\n', 200) + 1;
    const bytes = concat(utf8(EXAMPLE.slice(0, at)), Uint8Array.from([0xfe]), utf8(EXAMPLE.slice(at)));
    const r = await parseBytes(bytes, { fileName: 'x.md' });
    const d = r.diagnostics.find((x) => x.code === 'invalid-bytes-replaced');
    expect(d?.location?.line).toBe(EXAMPLE.slice(0, at).split('\n').length);
    expect(r.report?.meta.year).toBe(2023);
  });

  it('a PDF named .txt is read as a PDF', async () => {
    const r = await parseBytes(reportTextToPdf('示例县示例局2023年政府信息公开工作年度报告\n一、总体情况\n'), { fileName: 'report.txt' });
    expect(r.kind).toBe('pdf');
  });
});
