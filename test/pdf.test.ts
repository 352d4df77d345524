import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport, validateReport } from 'zfxxgk-report';
import { parsePdf } from '../src/pdf/index.js';
import { CORPUS, corpusAvailable, expectedFiles, score } from './helpers/corpus.js';
import { makePdf, reportTextToPdf } from './helpers/pdf-writer.js';

const available = corpusAvailable();

describe.runIf(available)('real PDFs of the corpus', () => {
  const pdfs = available ? expectedFiles().filter((e) => e.format === 'pdf') : [];
  it('has the three PDFs', () => expect(pdfs).toHaveLength(3));
  for (const e of pdfs) {
    it(`${e.id}: every expected cell, the template versions, the source errors`, async () => {
      const r = await parsePdf(readFileSync(join(CORPUS, e.file)));
      expect(r.report?.source.format).toBe('pdf');
      expect(r.report?.templateVersions).toEqual(e.templateVersion);
      expect(r.report?.meta).toMatchObject({ title: e.meta?.title, agency: e.meta?.agency, year: e.meta?.year });
      const s = score(listCells(r.report!), e);
      expect(s.wrong).toEqual([]);
      expect(s.right + s.blankRight).toBe(s.expected);
      const failing = [
        ...new Set(
          validateReport(r.report!)
            .checks.filter((c) => c.status === 'fail' && /^T[234]\./.test(c.rule))
            .map((c) => c.rule),
        ),
      ].sort();
      expect(failing).toEqual([...new Set((e.sourceErrors ?? []).map((x) => x.rule))].sort());
    }, 30_000);
  }

  it('locates cells by page and position', async () => {
    const r = await parsePdf(readFileSync(join(CORPUS, '05-huaian-municipal-gov-2024-pdf.pdf')));
    const cell = listCells(r.report!).find((c) => c.address === 't2.art20_8.administrativeFees.feeAmount');
    expect(cell?.value).toBe(96171.6);
    expect(cell?.location).toMatchObject({ page: expect.any(Number), x: expect.any(Number), y: expect.any(Number) });
    expect(r.text.slice(cell!.location!.start, cell!.location!.end)).toBe('96171.6');
  }, 30_000);
});

describe('PDFs we generate', () => {
  it('our example report, written to a PDF, parses back to the same values', async () => {
    const example = readFileSync(join(__dirname, '..', 'examples', 'sample-report-2023.md'), 'utf8');
    const original = parseReport(example).report!;
    const pdf = reportTextToPdf(renderReport(original, { to: 'text' }));
    const r = await parsePdf(pdf);
    expect(r.report?.templateVersions).toEqual({ table2: '2021', table3: '2021' });
    expect(listCells(r.report!).map((c) => [c.address, c.status, c.value])).toEqual(
      listCells(original).map((c) => [c.address, c.status, c.value]),
    );
  }, 30_000);

  it('a PDF with no text layer (a scan) says OCR is needed', async () => {
    const r = await parsePdf(makePdf([[], []]));
    expect(r.report).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['pdf-no-text']);
  });

  it('rejects input that is not bytes, and bytes that are not a PDF', async () => {
    await expect(parsePdf('x' as never)).rejects.toThrow(TypeError);
    await expect(parsePdf(new Uint8Array([1, 2, 3]))).rejects.toThrow();
  });
});
