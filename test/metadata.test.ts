/**
 * Metadata by evidence rank, with sources and `metadata-inferred` for weak evidence. Written
 * fixtures (ours); the corpus documents are checked in place at the end.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, renderReport, type ParseResult } from 'zfxxgk-report';
import { parseDocx } from '../src/docx/index.js';
import { parsePdf } from '../src/pdf/index.js';
import { corpusAvailable, documentPath, expectedFiles, readDocument, type Expected } from './helpers/corpus.js';
import { consistentReport, pipeReport } from './helpers/fixtures.js';

const BODY = pipeReport().split('\n').slice(1).join('\n');
const parse = (text: string, format: 'text' | 'html' = 'text'): ParseResult => parseReport(text, { format });
const inferred = (r: ParseResult): string[] => r.diagnostics.filter((d) => d.code === 'metadata-inferred').map((d) => d.path ?? '');

describe('metadata evidence', () => {
  it('a crawler header outranks the title line, and the field says so with its location', () => {
    const text = `标题: 示例县统计局2023年政府信息公开工作年度报告\n发布日期: 2024-01-20\n\n示例县统计局2023年度政府信息公开工作年度报告\n${BODY}`;
    const r = parse(text);
    const m = r.report!.meta;
    expect(m).toMatchObject({
      title: '示例县统计局2023年政府信息公开工作年度报告',
      agency: '示例县统计局',
      year: 2023,
      publishDate: '2024-01-20',
    });
    expect(m.sources?.title).toMatchObject({ evidence: 'page-header', location: { line: 1 } });
    expect(m.sources?.publishDate).toMatchObject({ evidence: 'page-header', location: { line: 2 } });
    expect(inferred(r)).toEqual([]);
  });

  it('reads a title split over two lines', () => {
    const r = parse(`正文\n2024 年示例市科委政府信息公开工作\n年度报告\n${BODY}`);
    expect(r.report!.meta).toMatchObject({ title: '2024年示例市科委政府信息公开工作年度报告', agency: '示例市科委', year: 2024 });
    expect(r.report!.meta.sources?.title).toMatchObject({ evidence: 'title-line', location: { line: 2 } });
  });

  it('a cover letter or a cited notice is no title, and a verb is no agency', () => {
    const letter = `示例市交通运输管理局关于报送2021年政府信息公开工作年度报告的函\n根据《关于印发中华人民共和国政府信息公开工作年度报告格式的通知》要求，关于编制公布2021年度政府信息公开工作年度报告。\n${BODY}`;
    const m = parse(letter).report!.meta;
    expect(m.title).toBeNull();
    expect(m.agency).toBeNull();
  });

  it('takes the agency and date from the signature block, before the contact sentence', () => {
    const text = `一、总体情况\n2023年，我局认真贯彻落实政务公开工作要求。如有疑问请联系示例县林业局党政办公室，电话12345678。\n${BODY}\n\n示例县林业局\n2024年1月18日\n`;
    const r = parse(text);
    expect(r.report!.meta).toMatchObject({ agency: '示例县林业局', publishDate: '2024-01-18' });
    expect(r.report!.meta.sources?.agency?.evidence).toBe('signature');
    expect(r.report!.meta.sources?.publishDate?.evidence).toBe('signature');
    expect(inferred(r)).not.toContain('meta.agency');
  });

  it('an agency from the contact sentence alone is flagged as inferred from weak evidence', () => {
    const text = `一、总体情况\n2023年，我局认真贯彻落实政务公开工作要求。如有疑问请联系示例县林业局，电话12345678。\n${BODY}`;
    const r = parse(text);
    expect(r.report!.meta.agency).toBe('示例县林业局');
    expect(r.report!.meta.sources?.agency?.evidence).toBe('contact');
    const d = r.diagnostics.find((x) => x.code === 'metadata-inferred' && x.path === 'meta.agency');
    expect(d).toMatchObject({ severity: 'warning', actual: '示例县林业局' });
    expect(d?.location?.line).toBe(2);
  });

  it('the contact sentence names an office: the agency is the part before it', () => {
    const r = parse(
      `一、总体情况\n2023年，我局认真贯彻落实政务公开工作要求。如有疑问请联系示例县林业局党政办公室，电话12345678。\n${BODY}`,
    );
    expect(r.report!.meta.agency).toBe('示例县林业局');
    expect(r.report!.meta.sources?.agency?.evidence).toBe('contact');
  });

  it('HTML: the head title (site name cut) and PubDate; no location for what is not in the text', () => {
    const report = consistentReport(4, '2021');
    const html = renderReport(
      { ...report, meta: { ...report.meta, title: '示例县示例局2023年政府信息公开工作年度报告' } },
      { to: 'html' },
    ).replace(
      /<title>[^<]*<\/title>/,
      '<title>示例县示例局2023年政府信息公开工作年度报告-示例县人民政府网</title><meta name="PubDate" content="2024-01-25 10:00">',
    );
    const r = parse(html, 'html');
    expect(r.report!.meta).toMatchObject({
      title: '示例县示例局2023年政府信息公开工作年度报告',
      agency: '示例县示例局',
      year: 2023,
      publishDate: '2024-01-25',
    });
    expect(r.report!.meta.sources?.title).toEqual({ evidence: 'html-head' });
  });

  it('a year from the first year in the text is flagged', () => {
    const r = parse(`一、总体情况\n2022年，本镇持续推进政务公开。\n${BODY}`);
    expect(r.report!.meta.year).toBe(2022);
    expect(inferred(r)).toContain('meta.year');
  });
});

const available = corpusAvailable();

async function parseDocument(e: Expected): Promise<ParseResult> {
  if (e.format === 'pdf') return parsePdf(readFileSync(documentPath(e)));
  if (e.format === 'docx') return parseDocx(readFileSync(documentPath(e)));
  return parseReport(readDocument(e), { format: e.format });
}

describe.runIf(available)('corpus: metadata of every full document', () => {
  for (const e of available ? expectedFiles().filter((x) => !x.rejected && x.meta) : []) {
    it(
      e.id,
      async () => {
        const r = await parseDocument(e);
        const m = r.report!.meta;
        expect({ title: m.title, agency: m.agency, year: m.year }).toEqual({
          title: e.meta!.title,
          agency: e.meta!.agency,
          year: e.meta!.year,
        });
        for (const f of ['title', 'agency', 'year'] as const) if (m[f] !== null) expect(m.sources?.[f], f).toBeDefined();
      },
      60_000,
    );
  }
});
