/**
 * The fast PDF text reader (`src/pdf-text/`) against pdfjs on every PDF the project has: the
 * converter gauntlet's Chromium (Type 3 fonts) and LibreOffice (TrueType, CFF) prints, the PDFs
 * our tests write (pdf-writer.ts: a predefined CJK CMap, no embedded font), and the corpus's real
 * PDFs (read in place). Each must take the fast path, give pdfjs's items (same text, page and,
 * within a hundredth of a point, position, width and size) and read the same cells.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseReport, renderReport } from 'zfxxgk-report';
import type { PositionedText } from '../src/layout/layout.js';
import { DEFAULT_LIMITS } from '../src/limits/limits.js';
import { parsePositionedText } from '../src/parse/parse-positioned.js';
import { extractPdfText, type RawInflate } from '../src/pdf-text/extract.js';
import { UCS2_ROUND_TRIP } from '../src/pdf-text/fonts.js';
import { readTextItems } from '../src/pdf/pdfjs-reader.js';
import { CORPUS, corpusAvailable } from './helpers/corpus.js';
import { consistentReport, VERSIONS } from './helpers/fixtures.js';
import { makePdf, reportTextToPdf, type PdfText } from './helpers/pdf-writer.js';

/** Largest difference of x, y, width or size allowed between the two readers, in points. */
const POSITION_TOLERANCE = 0.01;

const zlib: RawInflate = (data, max) => inflateRawSync(data, { maxOutputLength: max });

const GAUNTLET = join(import.meta.dirname, 'gauntlet');
const files: [string, () => Uint8Array][] = [];
for (const dir of readdirSync(GAUNTLET).sort()) {
  const d = join(GAUNTLET, dir);
  if (!existsSync(d) || dir.endsWith('.json')) continue;
  for (const f of readdirSync(d).sort())
    if (f.endsWith('.pdf')) files.push([`gauntlet/${dir}/${f}`, () => new Uint8Array(readFileSync(join(d, f)))]);
}
for (const v of VERSIONS)
  files.push([`generated ${v} report`, () => reportTextToPdf(renderReport(consistentReport(7, v, { blanks: [3, 11] }), { to: 'text' }))]);
files.push([
  'generated lines',
  () =>
    makePdf([
      [
        { x: 50, y: 800, size: 12, text: '一、总体情况 ABC 123' },
        { x: 300, y: 800, size: 9, text: '（二）、《条例》：' },
      ],
      [{ x: 40, y: 700, size: 6, text: '1.5  -2' }],
    ]),
]);
if (corpusAvailable())
  for (const f of readdirSync(CORPUS).sort())
    if (f.endsWith('.pdf')) files.push([`corpus ${f.slice(0, 2)}`, () => new Uint8Array(readFileSync(join(CORPUS, f)))]);

function itemDiff(fast: readonly PositionedText[], ref: readonly PositionedText[]): string[] {
  const out: string[] = [];
  const n = Math.max(fast.length, ref.length);
  for (let i = 0; i < n && out.length < 5; i++) {
    const a = fast[i];
    const b = ref[i];
    const near = (x: number, y: number): boolean => Math.abs(x - y) <= POSITION_TOLERANCE;
    if (
      !a ||
      !b ||
      a.text !== b.text ||
      a.page !== b.page ||
      !near(a.x, b.x) ||
      !near(a.y, b.y) ||
      !near(a.width, b.width) ||
      !near(a.size, b.size)
    )
      out.push(`#${i}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  }
  return out;
}

describe('the fast PDF text reader gives pdfjs’s items and cells', () => {
  it('covers every PDF of the project', () => expect(files.length).toBeGreaterThanOrEqual(31));
  for (const [name, bytes] of files) {
    it(
      name,
      async () => {
        const pdf = bytes();
        const fast = extractPdfText(pdf, DEFAULT_LIMITS, zlib);
        // The same again with fflate (the browser's inflater).
        const portable = extractPdfText(pdf, DEFAULT_LIMITS);
        const ref = await readTextItems(pdf, undefined, DEFAULT_LIMITS);
        expect(fast.kind === 'unsupported' ? fast.reason : 'items').toBe('items');
        if (fast.kind !== 'items') return;
        expect(portable).toEqual(fast);
        expect([fast.pages, fast.read, fast.stopped]).toEqual([ref.pages, ref.read, ref.stopped]);
        expect(itemDiff(fast.items, ref.items)).toEqual([]);
        const a = parsePositionedText(fast.items, { pages: fast.pages });
        const b = parsePositionedText(ref.items, { pages: ref.pages });
        expect(a.text).toBe(b.text);
        expect(a.report).toEqual(b.report);
        expect(a.diagnostics).toEqual(b.diagnostics);
      },
      60_000,
    );
  }
});

describe('fast path and fallback inside parsePdf', () => {
  it('parsePdf says which reader read the text layer', async () => {
    const { parsePdf } = await import('../src/pdf/index.js');
    const pdf = reportTextToPdf(
      renderReport(parseReport(renderReport(consistentReport(3, '2021'), { to: 'text' })).report!, { to: 'text' }),
    );
    expect((await parsePdf(pdf)).textLayer).toEqual({ reader: 'fast' });
  });
});

describe('UniGB-UCS2-H (the CMap of the PDFs our tests write)', () => {
  it('every code the fast path reads as itself, pdfjs reads as itself', async () => {
    const codes: number[] = [];
    for (const [lo, hi] of UCS2_ROUND_TRIP) for (let c = lo; c <= hi; c++) if (c !== 0x20) codes.push(c);
    const PER_PAGE = 2000;
    const COLUMNS = 40;
    const place = (k: number): { x: number; y: number } => ({ x: 20 + (k % COLUMNS) * 13, y: 820 - Math.floor(k / COLUMNS) * 16 });
    const pages: PdfText[][] = [];
    for (let i = 0; i < codes.length; i += PER_PAGE)
      pages.push(codes.slice(i, i + PER_PAGE).map((c, k) => ({ ...place(k), size: 8, text: String.fromCharCode(c) })));
    const ref = await readTextItems(makePdf(pages), undefined, DEFAULT_LIMITS);
    const got = new Map(ref.items.map((it) => [`${it.page}:${Math.round(it.x)}:${Math.round(it.y)}`, it.text]));
    const wrong = codes.filter((c, i) => {
      const { x, y } = place(i % PER_PAGE);
      return got.get(`${Math.floor(i / PER_PAGE) + 1}:${x}:${y}`) !== String.fromCharCode(c);
    });
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
  }, 120_000);

  it('a code outside them sends the document to pdfjs', () => {
    const r = extractPdfText(makePdf([[{ x: 50, y: 800, size: 12, text: '甲\u3000乙\u2026' }]]), DEFAULT_LIMITS);
    expect(r).toEqual({ kind: 'unsupported', reason: 'font:ucs2-code' });
  });
});
