import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport, table2Addresses, table3Addresses, table4Addresses } from 'zfxxgk-report';
import { parseDocx } from '../src/docx/index.js';
import { CORPUS, corpusAvailable } from './helpers/corpus.js';
import { consistentCells } from './helpers/fixtures.js';
import { HTML_STYLES, styleHtml } from './helpers/html-styles.js';

const available = corpusAvailable();

describe('HTML input in the styles real sites produce', () => {
  for (const v of ['2019', '2021'] as const) {
    const cells: Record<string, number | null> = consistentCells(77, { table2: v, table3: v });
    cells['t3.newReceived.researchInstitution'] = null;
    cells['t3.results.total.researchInstitution'] = null;
    const report = createReport({
      versions: { table2: v, table3: v },
      cells,
      meta: { agency: '示例县示例局', year: v === '2019' ? 2020 : 2023 },
    });
    const html = renderReport(report, { to: 'html' });
    const want = listCells(report).map((c) => [c.address, c.status, c.value]);

    for (const style of HTML_STYLES) {
      it(`${v}: ${style}`, () => {
        const input = styleHtml(html, style);
        const parsed = parseReport(input);
        expect(parsed.report?.source.format).toBe('html');
        expect(parsed.report?.templateVersions).toEqual({ table2: v, table3: v });
        expect(listCells(parsed.report!).map((c) => [c.address, c.status, c.value])).toEqual(want);
      });
    }
  }

  it('points cell locations into the original markup', () => {
    const report = createReport({ cells: { 't2.art20_5.administrativeLicensing.decisionCount': 4321 } });
    const html = styleHtml(renderReport(report, { to: 'html' }), 'word');
    const cell = listCells(parseReport(html).report!).find((c) => c.address === 't2.art20_5.administrativeLicensing.decisionCount');
    expect(cell?.status).toBe('value');
    expect(html.slice(cell!.location!.start, cell!.location!.end)).toBe('4321');
  });

  it('says so when a page has no data table (tables as images)', () => {
    const page =
      '<html><body><h1>某局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>略。</p><p>二、主动公开政府信息情况</p><img src="t2.png"><p>三、收到和处理政府信息公开申请情况</p><img src="t3.png"></body></html>';
    const r = parseReport(page);
    expect(r.report).not.toBeNull();
    expect(r.diagnostics.find((d) => d.code === 'html-no-tables')?.messageEn).toContain('2 images');
  });

  it('takes the title and date from the page when the body has none', () => {
    const page =
      '<html><head><title>示例局2022年政府信息公开工作年度报告-示例县人民政府</title><meta name="PubDate" content="2023-01-20 10:00"></head><body><p>一、总体情况</p><p>略。</p><p>二、主动公开政府信息情况</p></body></html>';
    const meta = parseReport(page).report?.meta;
    expect(meta).toMatchObject({ title: '示例局2022年政府信息公开工作年度报告', agency: '示例局', year: 2022, publishDate: '2023-01-20' });
  });
});

describe.runIf(available)('DOCX input', () => {
  const template = available ? readFileSync(join(CORPUS, '13-official-template-2021-blank-docx.docx')) : Buffer.alloc(0);

  it('reads the blank official 2021 template as the 2021 template with every cell blank', async () => {
    const r = await parseDocx(template);
    expect(r.report?.templateVersions).toEqual({ table2: '2021', table3: '2021' });
    const cells = listCells(r.report!);
    expect(cells).toHaveLength(200);
    expect(cells.every((c) => c.status === 'blank')).toBe(true);
  });

  it('reads the template filled with known numbers', async () => {
    const values = consistentCells(2024);
    const order = [...table2Addresses('2021'), ...table3Addresses('2021'), ...table4Addresses()];
    const zip = await JSZip.loadAsync(template);
    const xml = await zip.file('word/document.xml')!.async('string');
    let i = 0;
    // Every empty table cell of the template is a value cell, in template order.
    const filled = xml.replace(/<w:tc>([\s\S]*?)<\/w:tc>/g, (tc: string) => {
      const text = [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      // Skip filled cells and the continuation cells of vertical merges (rowspans).
      if (text.replace(/[\s\u3000]/g, '') !== '' || /<w:vMerge(?: w:val="continue")?\/>/.test(tc)) return tc;
      const address = order[i++] as string;
      const run = `<w:r><w:t>${values[address]}</w:t></w:r>`;
      return tc.includes('</w:p>') ? tc.replace(/<\/w:p>/, `${run}</w:p>`) : tc.replace('</w:tc>', `<w:p>${run}</w:p></w:tc>`);
    });
    expect(i).toBe(200);
    zip.file('word/document.xml', filled);
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const r = await parseDocx(bytes);
    const got = Object.fromEntries(listCells(r.report!).map((c) => [c.address, c.value]));
    for (const a of order) expect(got[a], a).toBe(values[a]);
  });

  it('rejects input that is not bytes', async () => {
    await expect(parseDocx('x' as never)).rejects.toThrow(TypeError);
  });
});
