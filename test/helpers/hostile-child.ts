/**
 * One hostile input per run, in a child process with a fixed heap (spawned by
 * test/hostile.test.ts): builds the input itself, parses it, and prints one JSON line with the
 * diagnostic codes (or the error code), the time taken and the peak RSS.
 */
import { performance } from 'node:perf_hooks';
import { parseDocx } from '../../src/docx/index.js';
import { parsePdf } from '../../src/pdf/index.js';
import { parseReport, parseReports } from '../../src/parse/parse-report.js';
import { parseBytes } from '../../src/node/index.js';
import { createReport } from '../../src/model/create-report.js';
import { renderReport } from '../../src/render/render-report.js';
import { listCells } from '../../src/parse/list-cells.js';
import type { Report } from '../../src/model/report.js';
import { layoutText, type PositionedText } from '../../src/layout/layout.js';
import { consistentCells, consistentReport, pipeReport } from './fixtures.js';
import { pdfOfObjects } from './pdf-writer.js';
import { DOC_HEAD, DOC_TAIL, deflated, docxWith, repeatedDeflate, writeZip } from './zip-writer.js';

const MB = 1024 * 1024;
const PARAGRAPH = '<w:p><w:r><w:t>政府信息公开工作年度报告 本年新收政府信息公开申请数量 12</w:t></w:r></w:p>';

function paragraphs(bytes: number): string {
  return PARAGRAPH.repeat(Math.ceil(bytes / Buffer.byteLength(PARAGRAPH)));
}

/** A one-page PDF of `count` short text items (Helvetica, 19 a line on 60 lines, drawn over each other), written as one string. */
/**
 * One page of `count` number items. `helvetica` (a standard font without widths: the library's own
 * reader leaves it to pdfjs) or `cjk` (STSong-Light with UniGB-UCS2-H, as pdf-writer.ts writes: read
 * by the library's own reader).
 */
function itemsPdf(count: number, font: 'helvetica' | 'cjk' = 'helvetica'): Uint8Array {
  // 30 pt apart, so that pdfjs keeps each as an item of its own (closer ones it joins with a space).
  const perLine = 19;
  const show = (n: number): string =>
    font === 'cjk' ? `<${[...String(n)].map((d) => d.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>` : `(${n})`;
  const parts: string[] = [];
  for (let i = 0; i < count; i++)
    parts.push(`1 0 0 1 ${(i % perLine) * 30} ${800 - (Math.floor(i / perLine) % 60) * 12} Tm ${show(i % 97)} Tj\n`);
  const ops = `BT /F1 9 Tf\n${parts.join('')}ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    font === 'cjk'
      ? '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 >>] >>'
      : '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`,
  ];
  return pdfOfObjects(objects);
}

/** Cells with a value, as `address=value` (to compare two readings). */
function valueCells(report: Report | null): string {
  return report === null
    ? ''
    : listCells(report)
        .filter((c) => c.status === 'value')
        .map((c) => `${c.address}=${c.value}`)
        .join(' ');
}

const cases: Record<string, () => Promise<Record<string, unknown>>> = {
  /** 0.9 MB that inflates to 300 MB of paragraphs. */
  'docx-bomb': async () => {
    const bomb = docxWith({ name: 'word/document.xml', data: repeatedDeflate(DOC_HEAD, paragraphs(MB), 300, DOC_TAIL), size: 300 * MB });
    return { bytes: bomb.length, ...(await parseDocx(bomb)) };
  },
  /** About 1 MB that inflates to one text run of 1 GiB. */
  'docx-run': async () => {
    const data = repeatedDeflate(`${DOC_HEAD}<w:p><w:r><w:t>`, 'A'.repeat(MB), 1024, `</w:t></w:r></w:p>${DOC_TAIL}`);
    const bomb = docxWith({ name: 'word/document.xml', data, size: 1024 * MB });
    return { bytes: bomb.length, ...(await parseDocx(bomb)) };
  },
  /** A zip directory of 100,000 entries. */
  'docx-entries': async () => {
    const empty = new Uint8Array(0);
    const entries = Array.from({ length: 100_000 }, (_, i) => ({ name: `word/media/x${i}.xml`, data: empty, method: 0 as const }));
    return { ...(await parseDocx(writeZip(entries))) };
  },
  /** An external entity (XXE). */
  'docx-xxe': async () => {
    const doc = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${DOC_HEAD.replace(/^<\?xml[^>]*>/, '')}<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>${DOC_TAIL}`;
    return { ...(await parseDocx(docxWith(deflated('word/document.xml', doc)))) };
  },
  /** Entity expansion ("billion laughs"). */
  'docx-laughs': async () => {
    let dtd = '<!ENTITY l0 "ha">';
    for (let i = 1; i < 10; i++) dtd += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
    const doc = `<?xml version="1.0"?><!DOCTYPE w:document [${dtd}]>${DOC_HEAD.replace(/^<\?xml[^>]*>/, '')}<w:p><w:r><w:t>&l9;</w:t></w:r></w:p>${DOC_TAIL}`;
    return { ...(await parseDocx(docxWith(deflated('word/document.xml', doc)))) };
  },
  /** 64 M characters of report-like lines (an endless stream, cut). */
  'huge-string': async () => {
    const line = '| 本年新收政府信息公开申请数量 | 12 | 3 | 4 | 5 | 6 | 7 | 37 |\n';
    return { ...parseReport(line.repeat(Math.ceil((64 * MB) / line.length))) };
  },
  /** 80 MB of zero bytes given as a .docx and as a .pdf. */
  'huge-bytes': async () => {
    const zeros = new Uint8Array(80 * MB);
    const docx = await parseDocx(zeros);
    const pdf = await parsePdf(zeros);
    return { diagnostics: [...docx.diagnostics, ...pdf.diagnostics] };
  },
  /** A million text items on one page, through the core line rebuilding. */
  'layout-million': async () => {
    const items: PositionedText[] = [];
    for (let i = 0; i < 1_000_000; i++)
      items.push({ text: String(i % 97), page: 1, x: (i % 40) * 14, y: 800 - Math.floor(i / 40) * 0.01, width: 10, size: 9 });
    const laid = layoutText(items);
    return { diagnostics: [], length: laid.text.length, spans: laid.spans.length };
  },
  /** One PDF page of 1,000,000 text items (about 30 MB), read whole: pdfjs, the line rebuilding and the parse. */
  'pdf-million': async () => {
    const pdf = itemsPdf(1_000_000);
    const r = await parsePdf(pdf, { limits: { maxPdfTextItems: Infinity } });
    return { ...r, bytes: pdf.length, length: r.text.length };
  },
  /** 300,000 items on the first page under a limit of 50,000: reading stops at the limit. */
  'pdf-items-limited': async () => ({ ...(await parsePdf(itemsPdf(300_000), { limits: { maxPdfTextItems: 50_000 } })) }),
  /** The same million items in a font the library's own reader reads (no pdfjs). */
  'pdf-million-fast': async () => {
    const pdf = itemsPdf(1_000_000, 'cjk');
    const r = await parsePdf(pdf, { limits: { maxPdfTextItems: Infinity } });
    return { ...r, bytes: pdf.length, length: r.text.length };
  },
  /** 300,000 items under a limit of 50,000, read by the library's own reader. */
  'pdf-items-limited-fast': async () => ({ ...(await parsePdf(itemsPdf(300_000, 'cjk'), { limits: { maxPdfTextItems: 50_000 } })) }),
  /** A report with a NUL before every line feed (UTF-16 read as 8-bit): read as without them. */
  nuls: async () => {
    const clean = renderReport(consistentReport(3, '2021'), { to: 'text' });
    const r = parseReport(clean.replace(/\n/g, '\u0000\n'));
    return { ...r, values: valueCells(r.report), cleanValues: valueCells(parseReport(clean).report) };
  },
  /** One invalid byte (before the last tag) in a UTF-8 HTML page that declares its charset: UTF-8 with one replacement, not GB18030. */
  'invalid-byte': async () => {
    const html = renderReport(consistentReport(4, '2021'), { to: 'html' }).replace('<head>', '<head><meta charset="utf-8">');
    const bytes = Buffer.from(html, 'utf8');
    const at = bytes.lastIndexOf(Buffer.from('<', 'utf8'));
    const damaged = new Uint8Array(Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
    const r = await parseBytes(damaged, { fileName: 'x.html' });
    return { ...r, values: valueCells(r.report), cleanValues: valueCells(parseReport(html).report), length: r.encoding };
  },
  /** The report twice with different numbers: detected, each read with parseReports. */
  doubled: async () => {
    const text = (seed: number, agency: string): string =>
      renderReport(
        createReport({ cells: consistentCells(seed), meta: { agency, year: 2023, title: `${agency}2023年政府信息公开工作年度报告` } }),
        {
          to: 'text',
        },
      );
    const rs = parseReports(`${text(11, '甲县甲局')}\n\n${text(12, '乙县乙局')}`);
    return { diagnostics: rs.flatMap((r) => r.diagnostics), length: rs.length, values: rs.map((r) => r.report?.meta.agency).join(',') };
  },
  /** A report whose table 二 holds 100,000 rows of damaged cells: a diagnostic each, capped. */
  'diagnostics-flood': async () => {
    const damaged = Array.from({ length: 100_000 }, (_, i) => `规章 | 甲${i} | 乙 | 丙 |`).join('\n');
    return { ...parseReport(pipeReport().replace('规章 | 0 | 0 | 0 |', damaged)) };
  },
};

const name = process.argv[2] as string;
const run = cases[name];
if (!run) throw new Error(`unknown case ${name}`);
const start = performance.now();
const cpuStart = process.cpuUsage();
let out: Record<string, unknown>;
try {
  const r = await run();
  const diagnostics = (r.diagnostics as { code: string }[] | undefined) ?? [];
  out = {
    codes: [...new Set(diagnostics.map((d) => d.code))],
    count: diagnostics.length,
    length: r.length,
    spans: r.spans,
    bytes: r.bytes,
    values: r.values,
    cleanValues: r.cleanValues,
    reader: (r.textLayer as { reader?: string } | undefined)?.reader,
  };
} catch (e) {
  const err = e as { code?: string; message: string; cause?: unknown };
  out = { error: err.code ?? 'none', message: err.message, cause: err.cause !== undefined };
}
out.ms = Math.round(performance.now() - start);
// CPU time of the process (all its threads): the work the input cost, apart from how loaded the machine is.
const cpu = process.cpuUsage(cpuStart);
out.cpuMs = Math.round((cpu.user + cpu.system) / 1000);
out.rssMB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify(out)}\n`);
