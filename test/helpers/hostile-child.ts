/**
 * One hostile input per run, in a child process with a fixed heap (spawned by
 * test/hostile.test.ts): builds the input itself, parses it, and prints one JSON line with the
 * diagnostic codes (or the error code), the time taken and the peak RSS.
 */
import { performance } from 'node:perf_hooks';
import { parseDocx } from '../../src/docx/index.js';
import { parsePdf } from '../../src/pdf/index.js';
import { parseReport } from '../../src/parse/parse-report.js';
import { layoutText, type PositionedText } from '../../src/layout/layout.js';
import { pipeReport } from './fixtures.js';
import { DOC_HEAD, DOC_TAIL, deflated, docxWith, repeatedDeflate, writeZip } from './zip-writer.js';

const MB = 1024 * 1024;
const PARAGRAPH = '<w:p><w:r><w:t>政府信息公开工作年度报告 本年新收政府信息公开申请数量 12</w:t></w:r></w:p>';

function paragraphs(bytes: number): string {
  return PARAGRAPH.repeat(Math.ceil(bytes / Buffer.byteLength(PARAGRAPH)));
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
  };
} catch (e) {
  const err = e as { code?: string; message: string; cause?: unknown };
  out = { error: err.code ?? 'none', message: err.message, cause: err.cause !== undefined };
}
out.ms = Math.round(performance.now() - start);
out.rssMB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify(out)}\n`);
