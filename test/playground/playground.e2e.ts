/**
 * The playground in a real browser: the built site (`npm run build:playground`) served from
 * 127.0.0.1 and driven by playwright-core in the system Chromium. Reports, PDFs and Word files
 * are generated here from our own fixtures; every page result is compared with the library
 * run on Node on the same input.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport, validateReport, type ParseResult, type Report } from 'zfxxgk-report';
import { collectFindings } from '../../playground/src/findings.js';
import { cellText, codesByAddress } from '../../playground/src/grid.js';
import { launch, serve } from '../../playground/scripts/serve.mjs';
import { parseDocx } from '../../src/docx/index.js';
import { parsePdf } from '../../src/pdf/index.js';
import { consistentReport } from '../helpers/fixtures.js';
import { encodeGb18030 } from '../helpers/gb18030.js';
import { renderInLayout } from '../helpers/layouts.js';
import { makePdf, reportTextToPdf } from '../helpers/pdf-writer.js';
import { htmlReportToDocx } from './docx-writer.js';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'sample-report-2023.md'), 'utf8');

let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await serve();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(options: { width?: number; height?: number; query?: string } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(`${server.url}${options.query ?? ''}`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

const errorsOf = (page: Page): string[] => (page as Page & { errors: string[] }).errors;

/** Every data cell on the page: address, status (from its class), the text it shows. */
async function pageCells(page: Page): Promise<[string, string, string][]> {
  return page.$$eval('td.cell', (tds) =>
    tds.map((td) => {
      const status = [...td.classList].find((c) => c.startsWith('s-'))?.slice(2) ?? '';
      const text = [...td.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join('');
      return [(td as HTMLElement).dataset.address ?? '', status, text] as [string, string, string];
    }),
  );
}

/** What the page should show for a parse: the cells of the tables found, as the library lists them. */
function expectedCells(result: ParseResult): [string, string, string][] {
  const report = result.report as Report;
  return listCells(report)
    .filter((c) => report.tables[c.table] !== null)
    .map((c) => [c.address, c.status, cellText(c)]);
}

async function paste(page: Page, text: string): Promise<void> {
  await page.fill('#input', text);
  await page.click('#parse');
  await page.waitForFunction(
    () =>
      document.querySelector('#status')?.textContent?.includes('粘贴') ||
      document.querySelector('#status')?.textContent?.includes('pasted'),
  );
}

async function dropFile(page: Page, name: string, bytes: Uint8Array, type: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ b64, name, type }) => {
      const bin = atob(b64);
      const u = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) u[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([u], name, { type }));
      return dt;
    },
    { b64: Buffer.from(bytes).toString('base64'), name, type },
  );
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await waitForFile(page, name);
}

async function waitForFile(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (n) => !document.body.classList.contains('busy') && (document.querySelector('#status')?.textContent ?? '').startsWith(`来源: ${n}`),
    name,
    { timeout: 30_000 },
  );
}

/** Sets a cell of a report by address (for fixtures with a missing cell or a wrong total). */
function setCell(report: Report, address: string, cell: object): void {
  const parts = address.split('.');
  let o = report.tables as unknown as Record<string, Record<string, unknown>>;
  for (const k of parts.slice(0, -1)) o = o[k] as Record<string, Record<string, unknown>>;
  o[parts[parts.length - 1] as string] = cell as Record<string, unknown>;
}

/** The verdict and the coverage the page shows: status, then per table its coverage status. */
async function pageVerdict(page: Page): Promise<{ status: string | undefined; tables: [string, string][] }> {
  return page.$eval('#verdict', (el) => ({
    status: el.querySelector<HTMLElement>('p[data-status]')?.dataset.status,
    tables: [...el.querySelectorAll<HTMLElement>('.coverage li')].map(
      (li) => [li.dataset.table ?? '', li.dataset.coverage ?? ''] as [string, string],
    ),
  }));
}

function expectedVerdict(v: ReturnType<typeof validateReport>): { status: string; tables: [string, string][] } {
  return { status: v.status, tables: (['t2', 't3', 't4'] as const).map((t) => [t, v.coverage[t].status]) };
}

describe('the playground in Chromium', () => {
  it('opens with our example report parsed, in Chinese, and loads no PDF or Word code', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('#status')).toContain('sample-report-2023.md');
    expect(await pageCells(page)).toEqual(expectedCells(parseReport(EXAMPLE)));
    expect(await page.textContent('#summary-body')).toContain('示例市交通运输局');
    expect(requests.filter((p) => /pdf|docx|cmaps/.test(p))).toEqual([]);
    await context.close();
  });

  it('a pasted report: cell values and statuses (value, blank, missing) as the library reads them', async () => {
    const report = consistentReport(11, '2021', { blanks: [3, 40, 120] });
    setCell(report, 't3.newReceived.researchInstitution', { status: 'missing', value: null });
    const markdown = renderReport(report, { to: 'markdown' });
    const page = await open();
    await paste(page, markdown);
    const cells = await pageCells(page);
    expect(cells).toEqual(expectedCells(parseReport(markdown)));
    const byAddress = new Map(cells.map(([a, s, t]) => [a, { s, t }]));
    // Against the generated report itself: every value, every blank, the missing cell.
    const source = listCells(report);
    expect(source.filter((c) => c.status === 'blank').length).toBeGreaterThan(0);
    for (const c of source) {
      const got = byAddress.get(c.address);
      if (c.status === 'value') expect(got, c.address).toEqual({ s: 'value', t: String(c.value) });
      else expect(got?.s, c.address).toBe(c.status);
    }
    expect(byAddress.get('t3.newReceived.researchInstitution')).toEqual({ s: 'missing', t: '?' });
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('the verdict and the coverage per table: ok and every table read for a complete report', async () => {
    const page = await open();
    const result = parseReport(EXAMPLE);
    const v = validateReport(result.report as Report, { diagnostics: result.diagnostics });
    expect(v.status).toBe('ok');
    expect(await pageVerdict(page)).toEqual(expectedVerdict(v));
    expect(await page.textContent('#verdict')).toContain('通过');
    expect(await page.textContent('#verdict .coverage li[data-table="t3"]')).toMatch(
      /表三 已读取 有值 \d+ · 空白 \d+ · 缺失 0 · 存疑 0 \/ \d+/,
    );
    expect(errorsOf(page)).toEqual([]);
  });

  it('the verdict and the coverage per table: incomplete, tables unread (with the parse evidence) for HTML whose tables are images', async () => {
    const page = await open();
    const html = renderReport(consistentReport(5, '2021'), { to: 'html' }).replace(
      /<table[\s\S]*?<\/table>/g,
      '<p><img src="table.png" alt=""></p>',
    );
    await paste(page, html);
    const result = parseReport(html, { format: 'html' });
    const v = validateReport(result.report as Report, { diagnostics: result.diagnostics });
    expect(v.status).toBe('incomplete');
    expect(Object.values(v.coverage).map((c) => c.status)).toEqual(['unread', 'unread', 'unread']);
    expect(await pageVerdict(page)).toEqual(expectedVerdict(v));
    expect(await page.textContent('#verdict p[data-status]')).toContain('不完整');
    expect(await page.textContent('#verdict .coverage li[data-table="t2"]')).toContain('未能读取');
    expect(await page.textContent('#verdict .coverage')).toContain('html-no-tables');
    await page.click('#lang');
    expect(await page.textContent('#verdict p[data-status]')).toContain('Incomplete');
    expect(await page.textContent('#verdict .coverage li[data-table="t4"]')).toContain('not read');
    // the same text without the diagnostics would say "absent": the page passes them
    expect(validateReport(result.report as Report).coverage.t2.status).toBe('absent');
    expect(errorsOf(page)).toEqual([]);
  });

  it('ambiguous cells show their candidates; cells stated through a repair show the repair’s code', async () => {
    const page = await open();
    const aligned = renderInLayout(consistentReport(1, '2021', { blanks: [5, 33, 70] }), 'aligned');
    await paste(page, aligned);
    const cells = await pageCells(page);
    expect(cells).toEqual(expectedCells(parseReport(aligned)));
    const ambiguous = listCells(parseReport(aligned).report as Report).filter((c) => c.status === 'ambiguous');
    expect(ambiguous.length).toBeGreaterThan(0);
    for (const c of ambiguous)
      expect(cells.find(([a]) => a === c.address)).toEqual([c.address, 'ambiguous', `${c.candidates?.join(' / ')}?`]);

    const converted = renderInLayout(consistentReport(1, '2021', { blanks: [5, 33, 70] }), 'converter');
    await paste(page, converted);
    const result = parseReport(converted);
    expect(await pageCells(page)).toEqual(expectedCells(result));
    const codes = codesByAddress(result.diagnostics);
    const shown = await page.$$eval('td.cell.repaired', (tds) =>
      tds.map((td): [string, string] => [(td as HTMLElement).dataset.address ?? '', td.querySelector('.code')?.textContent ?? '']),
    );
    const onPage = new Set(expectedCells(result).map(([a]) => a));
    const expected = [...codes].filter(([a]) => onPage.has(a)).map(([a, list]): [string, string] => [a, list.join(' ')]);
    expect(expected.flatMap(([, c]) => c.split(' '))).toContain('value-displaced');
    expect(new Map(shown)).toEqual(new Map(expected));
    await page.context().close();
  });

  it('clicking a failing rule highlights the source text of its cells', async () => {
    const report = consistentReport(5, '2021');
    setCell(report, 't3.newReceived.total', { status: 'value', value: 987654 });
    const text = renderReport(report, { to: 'text' });
    const page = await open();
    await paste(page, text);
    const result = parseReport(text);
    const findings = collectFindings(result.diagnostics, validateReport(result.report as Report));
    const index = findings.findIndex((f) => f.kind === 'rule' && f.status === 'fail' && f.addresses.includes('t3.newReceived.total'));
    expect(index).toBeGreaterThanOrEqual(0);
    const finding = findings[index]!;
    await page.click(`button[data-finding="${index}"]`);
    const marks = await page.$$eval('#source-text mark', (ms) => ms.map((m) => m.textContent));
    const expected = finding.locations
      .slice()
      .sort((a, b) => a.start - b.start)
      .map((l) => text.slice(l.start, l.end));
    expect(marks).toEqual(expected);
    expect(marks).toContain('987654');
    expect(await page.getAttribute('td[data-address="t3.newReceived.total"]', 'class')).toContain('involved');
    expect(await page.textContent('#detail')).toContain(String(finding.expected));
    // The severity filter hides it, and shows it again.
    await page.uncheck(`input[name="severity"][value="${finding.severity}"]`);
    expect(await page.$(`button[data-finding="${index}"]`)).toBeNull();
    await page.check(`input[name="severity"][value="${finding.severity}"]`);
    expect(await page.$(`button[data-finding="${index}"]`)).not.toBeNull();
    await page.context().close();
  });

  it('a PDF dropped on the page is read by the library’s own reader (no pdfjs fetched), located by page and position', async () => {
    const pdf = reportTextToPdf(renderReport(parseReport(EXAMPLE).report as Report, { to: 'text' }));
    const node = await parsePdf(pdf);
    expect(node.textLayer).toEqual({ reader: 'fast' });
    const page = await open();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await dropFile(page, 'example.pdf', pdf, 'application/pdf');
    expect(await pageCells(page)).toEqual(expectedCells(node));
    // pdfjs (its module, its worker, its character maps) is not fetched for a PDF the fast path reads.
    expect(requests.filter((p) => /pdfjs-reader|pdf\.worker|cmaps/.test(p))).toEqual([]);
    const cell = listCells(node.report as Report).find((c) => c.address === 't2.art20_5.administrativeLicensing.decisionCount');
    expect(cell?.location?.page).toBe(1);
    await page.click('td[data-address="t2.art20_5.administrativeLicensing.decisionCount"]');
    expect(await page.$$eval('#source-text mark', (ms) => ms.map((m) => m.textContent))).toEqual([String(cell?.value)]);
    expect(await page.textContent('#detail')).toContain(`第 ${cell?.location?.page} 页 (x ${cell?.location?.x}, y ${cell?.location?.y})`);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('a PDF the library’s reader leaves to pdfjs is read with pdfjs and its bundled worker, loaded then', async () => {
    // U+2026 is outside the codes the fast path reads from UniGB-UCS2-H with certainty: the document goes to pdfjs.
    const text = renderReport(parseReport(EXAMPLE).report as Report, { to: 'text' }).replace('\n', '\u2026\n');
    const pdf = reportTextToPdf(text);
    const node = await parsePdf(pdf);
    expect(node.textLayer).toEqual({ reader: 'pdfjs', reason: 'font:ucs2-code' });
    const page = await open();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await dropFile(page, 'fallback.pdf', pdf, 'application/pdf');
    expect(await pageCells(page)).toEqual(expectedCells(node));
    expect(requests.some((p) => /pdf\.worker/.test(p))).toBe(true);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('a Word file opened with the file button is read with mammoth in the browser', async () => {
    const report = consistentReport(21, '2019', { blanks: [7] });
    const docx = await htmlReportToDocx(renderReport(report, { to: 'html' }));
    const node = await parseDocx(docx);
    const page = await open();
    await page.setInputFiles('#file', {
      name: 'report.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(docx),
    });
    await waitForFile(page, 'report.docx');
    expect(await pageCells(page)).toEqual(expectedCells(node));
    expect((await pageCells(page)).filter(([, s]) => s === 'value').length).toBeGreaterThan(150);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('a GB18030 text file: the CSV export is the CLI’s CSV for the same file', async () => {
    const cli = join(ROOT, 'dist', 'cli.js');
    if (!existsSync(cli)) throw new Error('dist/cli.js not found: run npm run build first (the CSV is compared with the CLI’s)');
    const text = renderReport(consistentReport(8, '2021', { blanks: [1, 60] }), { to: 'text' });
    const bytes = encodeGb18030(text);
    const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-playground-'));
    const name = 'report-gb18030.txt';
    writeFileSync(join(dir, name), bytes);
    const page = await open();
    await page.setInputFiles('#file', { name, mimeType: 'text/plain', buffer: Buffer.from(bytes) });
    await waitForFile(page, name);
    expect(await page.textContent('#status')).toContain('gb18030');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="csv"]')]);
    expect(download.suggestedFilename()).toBe('report-gb18030.csv');
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const expected = execFileSync(process.execPath, [cli, 'parse', name, '--format', 'csv', '--bom'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(csv.split('\n').length).toBeGreaterThan(200);
    expect(csv).toBe(expected);
    const report = parseReport(text).report as Report;
    for (const [kind, to] of [
      ['markdown', 'markdown'],
      ['html', 'html'],
    ] as const) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export="${kind}"]`)]);
      expect(readFileSync((await file.path()) as string, 'utf8')).toBe(renderReport(report, { to, tablesOnly: true }));
    }
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="json"]')]);
    const exported = JSON.parse(readFileSync((await json.path()) as string, 'utf8')) as { file: string; report: Report };
    expect(exported.file).toBe(name);
    expect(listCells(exported.report)).toEqual(listCells(report));
    await page.context().close();
  });

  it('text that is no report, a scan without text, an image, a broken file: a message, never a crash', async () => {
    const page = await open();
    await paste(page, '今天天气很好。');
    expect(await page.textContent('#status')).toContain(
      parseReport('今天天气很好。').diagnostics.find((d) => d.severity === 'error')?.message,
    );
    expect(await page.$$eval('td.cell', (x) => x.length)).toBe(0);
    expect(await page.textContent('#diagnostic-list')).toContain('not-a-report');

    await dropFile(page, 'scan.pdf', makePdf([[]]), 'application/pdf');
    expect(await page.textContent('#diagnostic-list')).toContain('pdf-no-text');

    // An image (a scan, a table screenshot): no OCR in the browser, the message points to the CLI.
    await dropFile(page, 'scan.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'image/png');
    expect(await page.textContent('#diagnostic-list')).toContain('image-needs-ocr');
    expect(await page.textContent('#status')).toContain('--ocr');

    await page.setInputFiles('#file', { name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 not really') });
    await page.waitForFunction(() => (document.querySelector('#status')?.textContent ?? '').startsWith('无法读取文件 broken.pdf'), null, {
      timeout: 30_000,
    });
    expect(errorsOf(page).filter((e) => !/PDF|pdf/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('switches to English and back; the choice is remembered', async () => {
    const page = await open();
    const result = parseReport(EXAMPLE);
    const findings = collectFindings(result.diagnostics, validateReport(result.report as Report));
    await page.click('#lang');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#findings-heading')).toBe('Findings');
    expect(await page.textContent('#table-t3 h3')).toContain('Table 3');
    await page.check('input[name="severity"][value="info"]');
    expect(findings.length).toBeGreaterThan(0);
    expect(await page.textContent('button[data-finding="0"] .message')).toBe(findings[0]!.messageEn);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('#lang');
    expect(await page.textContent('#findings-heading')).toBe('问题');
    await page.context().close();
  });

  it('is keyboard-accessible: arrow keys move between cells, Enter shows the source', async () => {
    const page = await open();
    const addresses = (await pageCells(page)).map(([a]) => a).filter((a) => a.startsWith('t3.'));
    await page.focus('#table-t3 td.cell[tabindex="0"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await page.textContent('#detail')).toContain(addresses[1]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.textContent('#detail')).toContain(addresses[8]);
    expect(await page.$$eval('#table-t3 td.cell[tabindex="0"]', (x) => x.length)).toBe(1);
    await page.context().close();
  });

  it('fits a phone: no horizontal scrolling of the page', async () => {
    const page = await open({ width: 375, height: 812 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.context().close();
  });
});
