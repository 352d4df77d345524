/**
 * Hostile and broken input (issue 19): every case builds its own input, finishes within a time
 * and memory ceiling, and ends in a stable code, never a crash. The heavy cases run in a child
 * process with a fixed heap (`--max-old-space-size`) and a time limit, and report their peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createReport,
  DEFAULT_LIMITS,
  InputReadError,
  layoutText,
  LIMIT_OPTIONS,
  listCells,
  normalize,
  parsePositionedText,
  parseReport,
  parseReports,
  renderReport,
  resolveLimits,
  type PositionedText,
} from 'zfxxgk-report';
import { parseDocx } from '../src/docx/index.js';
import { parsePdf } from '../src/pdf/index.js';
import { consistentCells, consistentReport, pipeReport } from './helpers/fixtures.js';
import { makePdf, pdfOfObjects, reportTextToPages, reportTextToPdf } from './helpers/pdf-writer.js';
import { deflated, DOC_HEAD, DOC_TAIL, docxWith, simpleDocx } from './helpers/zip-writer.js';

const HAN = /\p{Script=Han}/u;

const ROOT = join(__dirname, '..');
const CHILD = join(ROOT, 'node_modules', '.cache', 'zfxxgk-hostile', 'child.mjs');

/** Runs one case of test/helpers/hostile-child.ts with a fixed heap and time limit. */
/** How much longer than its CPU-time ceiling a case may take by the wall clock (other processes share the cores). */
const WALL_FACTOR = 2;

function runChild(name: string, heapMB: number, timeoutMs: number): Record<string, unknown> {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMB}`, CHILD, name], { encoding: 'utf8', timeout: timeoutMs });
  expect(r.error, `${name}: ${String(r.error)}`).toBeUndefined();
  expect(r.status, `${name} exited ${r.status}: ${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as Record<string, unknown>;
}

describe('hostile input in a child process: fixed heap, time and peak RSS ceilings', () => {
  beforeAll(async () => {
    await build({
      entryPoints: [join(ROOT, 'test', 'helpers', 'hostile-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: CHILD,
      packages: 'external',
      alias: { 'zfxxgk-report': join(ROOT, 'src', 'index.ts') },
      logLevel: 'error',
    });
  }, 60_000);

  // [case, expected codes or error code, heap MB, CPU-time ceiling ms, RSS ceiling MB]. The ceiling is
  // on CPU time (a loaded machine stretches wall time, not work); the wall-clock limit is looser.
  const cases: [string, { codes?: string[]; error?: string }, number, number, number][] = [
    ['docx-bomb', { codes: ['docx-too-large'] }, 256, 15_000, 400],
    ['docx-run', { codes: ['docx-too-large'] }, 256, 15_000, 400],
    ['docx-entries', { codes: ['docx-too-large'] }, 256, 30_000, 600],
    ['docx-xxe', { error: 'docx-unsafe' }, 256, 15_000, 400],
    ['docx-laughs', { error: 'docx-unsafe' }, 256, 15_000, 400],
    ['huge-string', { codes: ['input-too-large'] }, 256, 15_000, 400],
    ['huge-bytes', { codes: ['input-too-large'] }, 256, 15_000, 400],
    ['layout-million', { codes: [] }, 1024, 60_000, 1200],
    ['diagnostics-flood', { codes: ['label-unrecognized', 'diagnostics-truncated'] }, 768, 90_000, 1000],
    ['pdf-million', { codes: ['not-a-report'] }, 1024, 120_000, 1000],
    ['pdf-items-limited', { codes: ['pdf-truncated'] }, 512, 60_000, 500],
    ['pdf-million-fast', { codes: ['not-a-report'] }, 1024, 120_000, 1000],
    ['pdf-items-limited-fast', { codes: ['pdf-truncated'] }, 512, 60_000, 500],
    ['nuls', { codes: ['control-characters'] }, 256, 15_000, 300],
    ['invalid-byte', { codes: ['invalid-bytes-replaced'] }, 256, 15_000, 300],
    ['doubled', { codes: ['multiple-reports'] }, 256, 15_000, 300],
  ];
  for (const [name, expected, heap, ms, rss] of cases) {
    it(
      `${name}: ${expected.error ?? (expected.codes?.join(', ') || 'no diagnostic')} within ${ms / 1000} CPU s and ${rss} MB`,
      () => {
        const out = runChild(name, heap, WALL_FACTOR * ms + 10_000);
        if (expected.error) {
          expect(out.error).toBe(expected.error);
          expect(out.cause).toBe(true);
        } else expect(out.codes).toEqual(expected.codes);
        expect(out.cpuMs as number).toBeLessThan(ms);
        expect(out.rssMB as number).toBeLessThan(rss);
        if (name === 'docx-bomb' || name === 'docx-run') expect(out.bytes as number).toBeLessThan(1.5 * 1024 * 1024);
        if (name === 'layout-million') expect(out.spans).toBe(1_000_000);
        if (name === 'diagnostics-flood') expect(out.count).toBe(DEFAULT_LIMITS.maxDiagnostics + 1);
        // A page of a million items goes through pdfjs, the line rebuilding and the parse (no stack overflow).
        if (name.startsWith('pdf-million')) expect(out.length as number).toBeGreaterThan(1_000_000);
        // A standard font without widths goes to pdfjs; the CJK font of our PDF writer is read by the library's own reader.
        if (name.startsWith('pdf-')) expect(out.reader).toBe(name.endsWith('-fast') ? 'fast' : 'pdfjs');
        // Read as without the NULs; UTF-8 despite the invalid byte: the same cells as the clean input.
        if (name === 'nuls' || name === 'invalid-byte') {
          expect(out.values as string).toMatch(/=/);
          expect(out.values).toBe(out.cleanValues);
        }
        if (name === 'invalid-byte') expect(out.length).toBe('utf-8');
        if (name === 'doubled') expect([out.length, out.values]).toEqual([2, '甲县甲局,乙县乙局']);
      },
      WALL_FACTOR * ms + 20_000,
    );
  }
});

describe('limits', () => {
  it('exports every limit with a flag, unit and default', () => {
    expect(LIMIT_OPTIONS.map((o) => o.name).sort()).toEqual(Object.keys(DEFAULT_LIMITS).sort());
    for (const o of LIMIT_OPTIONS) {
      expect(o.flag).toMatch(/^--max-[a-z-]+$/);
      expect(o.default).toBe(DEFAULT_LIMITS[o.name]);
    }
    expect(LIMIT_OPTIONS.find((o) => o.name === 'maxDocxUncompressedBytes')?.flag).toBe('--max-docx-uncompressed-bytes');
  });

  it('docs/limits.md lists every limit with its flag and default', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'limits.md'), 'utf8');
    for (const o of LIMIT_OPTIONS) expect(doc).toContain(`| \`${o.name}\` | \`${o.flag}\` | ${o.default.toLocaleString('en-US')}`);
  });

  it('rejects unknown limits and values that are not positive numbers (API misuse)', () => {
    expect(resolveLimits({ maxPdfPages: Infinity }).maxPdfPages).toBe(Infinity);
    expect(() => resolveLimits({ maxPages: 3 } as never)).toThrow(TypeError);
    expect(() => resolveLimits({ maxPdfPages: 0 })).toThrow(TypeError);
    expect(() => parseReport('x', { limits: { maxInputLength: '10' as never } })).toThrow(TypeError);
  });

  it('an input over maxInputLength is not parsed: input-too-large, report null', () => {
    const text = pipeReport();
    const r = parseReport(text, { limits: { maxInputLength: 100 } });
    expect(r.report).toBeNull();
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.actual, d.expected])).toEqual([['input-too-large', 'error', text.length, 100]]);
    expect(parseReport(text, { limits: { maxInputLength: text.length } }).report).not.toBeNull();
  });

  it('maxDiagnostics keeps the first diagnostics and counts the rest in one', () => {
    const text = pipeReport().replace('规章 | 0 | 0 | 0 |', Array.from({ length: 20 }, (_, i) => `规章 | 甲${i} | 乙 | 丙 |`).join('\n'));
    const all = parseReport(text).diagnostics;
    expect(all.length).toBeGreaterThan(12);
    const capped = parseReport(text, { limits: { maxDiagnostics: 10 } }).diagnostics;
    expect(capped.slice(0, 10)).toEqual(all.slice(0, 10));
    expect(capped).toHaveLength(11);
    expect(capped[10]).toMatchObject({ code: 'diagnostics-truncated', expected: 10 });
    expect(capped[10]?.message).toContain(String(all.length - 10));
  });

  it('a .docx over maxFileBytes, maxDocxEntries or maxDocxUncompressedBytes gives a diagnostic', async () => {
    const docx = simpleDocx(['测试县测试局2023年政府信息公开工作年度报告', '一、总体情况']);
    expect((await parseDocx(docx, { limits: { maxFileBytes: 100 } })).diagnostics.map((d) => d.code)).toEqual(['input-too-large']);
    expect((await parseDocx(docx, { limits: { maxDocxEntries: 2 } })).diagnostics.map((d) => d.code)).toEqual(['docx-too-large']);
    expect((await parseDocx(docx, { limits: { maxDocxUncompressedBytes: 300 } })).diagnostics.map((d) => d.code)).toEqual([
      'docx-too-large',
    ]);
    for (const limits of [{}, { maxDocxUncompressedBytes: Infinity, maxDocxEntries: Infinity, maxFileBytes: Infinity }]) {
      expect((await parseDocx(docx, { limits })).html).toContain('总体情况');
    }
  });

  it('a PDF over maxPdfPages or maxPdfTextItems is read up to the limit, with pdf-truncated', async () => {
    const example = readFileSync(join(ROOT, 'examples', 'sample-report-2023.md'), 'utf8');
    const pdf = reportTextToPdf(renderReport(parseReport(example).report!, { to: 'text' }));
    const all = await parsePdf(pdf);
    expect(all.pages).toBeGreaterThan(1);
    const one = await parsePdf(pdf, { limits: { maxPdfPages: 1 } });
    expect(one.pages).toBe(all.pages);
    expect(one.text.split('\f')).toHaveLength(2);
    expect(one.diagnostics[0]).toMatchObject({ code: 'pdf-truncated', severity: 'warning', actual: all.pages });
    const none = await parsePdf(pdf, { limits: { maxPdfTextItems: 5 } });
    expect(none.report).toBeNull();
    expect(none.diagnostics.map((d) => [d.code, d.severity])).toEqual([['pdf-truncated', 'error']]);
  }, 30_000);
});

describe('errors of mammoth, jszip, xmldom and pdfjs are ours, with the cause kept', () => {
  it('bytes that are no PDF: pdf-unreadable', async () => {
    const e = await parsePdf(new Uint8Array([1, 2, 3])).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputReadError);
    expect((e as InputReadError).code).toBe('pdf-unreadable');
    expect((e as InputReadError).cause).toBeDefined();
    expect((e as InputReadError).messageZh).toMatch(/PDF/);
  });

  it('bytes that are no .docx, and a zip without a Word document: docx-unreadable', async () => {
    for (const bytes of [new Uint8Array(Buffer.from('PK\u0003\u0004 not really a zip')), simpleDocx([]).slice(0, 40)]) {
      const e = await parseDocx(bytes).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(InputReadError);
      expect((e as InputReadError).code).toBe('docx-unreadable');
      expect((e as InputReadError).cause).toBeDefined();
    }
  });

  it('a .docx whose XML is malformed (xmldom inside mammoth): docx-unreadable, the parser error as cause', async () => {
    for (const doc of [`${DOC_HEAD}<w:p><w:r><w:t>x</w:t></w:r>`, 'not xml <<<>>>', `${DOC_HEAD}<w:p><w:t a="x></w:p>${DOC_TAIL}`]) {
      const e = await parseDocx(docxWith(deflated('word/document.xml', doc))).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(InputReadError);
      expect((e as InputReadError).code).toBe('docx-unreadable');
      expect((e as InputReadError).cause).toBeInstanceOf(Error);
      expect((e as InputReadError).messageZh).toMatch(HAN);
    }
  });

  it('a PDF that opens but whose page cannot be read (pdfjs fails later): pdf-unreadable, the pdfjs error as cause', async () => {
    const e = await parsePdf(pdfOfObjects(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [7 0 R] /Count 1 >>'])).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(InputReadError);
    expect((e as InputReadError).code).toBe('pdf-unreadable');
    expect((e as InputReadError).cause).toBeInstanceOf(Error);
  });

  const PDF_DIST = join(ROOT, 'dist', 'pdf.js');
  it.runIf(existsSync(PDF_DIST))(
    'parsePdf under node -e finds pdfjs-dist (the ES build under a global __filename of "[eval]")',
    () => {
      const cwd = mkdtempSync(join(tmpdir(), 'zfxxgk-eval-'));
      const script = `import(${JSON.stringify(PDF_DIST)}).then((m) => m.parsePdf(new Uint8Array([1, 2, 3]))).catch((e) => console.log(e.code))`;
      const r = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8', timeout: 30_000 });
      expect(r.stdout.trim()).toBe('pdf-unreadable');
    },
    40_000,
  );
});

describe('control characters', () => {
  const clean = renderReport(consistentReport(3, '2021'), { to: 'text' });
  const cells = (text: string): unknown[] => listCells(parseReport(text).report!).map((c) => [c.address, c.status, c.value]);

  it('a NUL before every newline (UTF-16 misread) reads as without them, offsets into the input', () => {
    const damaged = clean.replace(/\n/g, '\u0000\n');
    const r = parseReport(damaged);
    expect(cells(damaged)).toEqual(cells(clean));
    const d = r.diagnostics.find((x) => x.code === 'control-characters');
    expect(d?.severity).toBe('info');
    expect(d?.message).toContain(String(clean.split('\n').length - 1));
    for (const c of listCells(r.report!)
      .filter((x) => x.status === 'value')
      .slice(0, 30)) {
      expect(damaged.slice(c.location!.start, c.location!.end)).toBe(c.raw);
    }
  });

  it('a NUL after every character and stray controls read as without them', () => {
    const damaged = clean.replace(/[^\n]/g, (ch) => `${ch}\u0000`).replace(/总体情况/, '总体\u0001\u0002情况');
    expect(cells(damaged)).toEqual(cells(clean));
  });

  it('a vertical tab is a line break, separator controls a TAB; TAB, LF, CR and FF stay', () => {
    const n = normalize('a\u000bb\u001fc\td\re\ff\u0000g');
    expect(n.text).toBe('a\nb\tc\td\ne\ffg');
    expect(n.controlCharacters).toBe(3);
    expect(n.toOriginal(6, 7)).toEqual([6, 7]);
    expect(n.toOriginal(n.text.length - 1, n.text.length)).toEqual([12, 13]);
  });
});

describe('two reports in one input', () => {
  const title = (agency: string): { agency: string; year: number; title: string } => ({
    agency,
    year: 2023,
    title: `${agency}2023年政府信息公开工作年度报告`,
  });
  const a = renderReport(createReport({ cells: consistentCells(11), meta: title('甲县甲局') }), { to: 'text' });
  const b = renderReport(createReport({ cells: consistentCells(12), meta: title('乙县乙局') }), { to: 'text' });
  const doubled = `${a}\n\n${b}`;
  const cells = (r: { report: unknown }): unknown[] => listCells(r.report as never).map((c) => [c.address, c.status, c.value]);
  const bStart = doubled.indexOf('乙县乙局2023年');
  const bLine = doubled.slice(0, bStart).split('\n').length;

  it('is detected; the first is read, the diagnostic names where each starts', () => {
    const r = parseReport(doubled);
    expect(cells(r)).toEqual(cells(parseReport(a)));
    expect(r.report?.meta.agency).toBe('甲县甲局');
    const d = r.diagnostics.find((x) => x.code === 'multiple-reports');
    expect(d).toMatchObject({ severity: 'warning', actual: 'first', location: { line: bLine } });
    expect(d?.message).toContain(`1, ${bLine}`);
  });

  it('parseReports reads each, locations into the whole input', () => {
    const rs = parseReports(doubled);
    expect(rs).toHaveLength(2);
    expect(cells(rs[0]!)).toEqual(cells(parseReport(a)));
    expect(cells(rs[1]!)).toEqual(cells(parseReport(b)));
    expect(rs[1]?.report?.meta.agency).toBe('乙县乙局');
    for (const c of listCells(rs[1]!.report!).filter((x) => x.status === 'value')) {
      expect(c.location!.start).toBeGreaterThan(bStart);
      expect(doubled.slice(c.location!.start, c.location!.end)).toBe(c.raw);
    }
    expect(rs.every((r) => r.diagnostics.some((d) => d.code === 'multiple-reports' && d.actual === 'split'))).toBe(true);
  });

  it('one report gives one result and no diagnostic; a report with a repeated heading later is one report', () => {
    expect(parseReports(a)).toHaveLength(1);
    const appendix = `${a}\n附件\n一、总体情况\n补充说明。`;
    const r = parseReport(appendix);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('multiple-reports');
  });

  it('in a PDF too (split option)', async () => {
    const pdf = reportTextToPdf(doubled);
    const r = await parsePdf(pdf, { split: true });
    expect(r.reports).toHaveLength(2);
    expect(r.reports?.map((x) => x.report?.meta.agency)).toEqual(['甲县甲局', '乙县乙局']);
  }, 30_000);
});

describe('the core line rebuilding (layout/)', () => {
  it('rebuilds lines and column gaps from positioned items, y up (PDF) or down (OCR), with confidences', () => {
    const items: PositionedText[] = [
      { text: '行政许可', page: 1, x: 40, y: 700, width: 36, size: 9 },
      { text: '310', page: 1, x: 200, y: 699, width: 15, size: 10, confidence: 0.9 },
      { text: '行政处罚', page: 1, x: 40, y: 686, width: 36, size: 9 },
      { text: '27', page: 2, x: 200, y: 700, width: 10, size: 9 },
    ];
    const up = layoutText(items);
    expect(up.text.split('\f\n')[0]?.split('\n')[0]).toMatch(/^行政许可 {2,}310$/);
    expect(up.text.split('\f\n')[0]?.split('\n')[1]).toBe('行政处罚');
    expect(up.pages).toBe(2);
    const span = up.spans.find((s) => up.text.slice(s.start, s.end) === '310');
    expect(span).toMatchObject({ page: 1, x: 200, y: 699, confidence: 0.9 });
    const down = layoutText(
      items.map((i) => ({ ...i, y: 842 - i.y })),
      { yAxis: 'down' },
    );
    expect(down.text).toBe(up.text);
  });

  it('parsePositionedText reads a report from items alone (what the playground and an OCR reader call)', async () => {
    const example = readFileSync(join(ROOT, 'examples', 'sample-report-2023.md'), 'utf8');
    const original = parseReport(example).report!;
    const pages = reportTextToPages(renderReport(original, { to: 'text' }));
    // Boxes as an OCR reader gives them: y down from the top, a width from the characters, a confidence.
    const width = (t: string, size: number): number => [...t].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? size : size / 2), 0);
    const boxes: PositionedText[] = pages.flatMap((texts, i) =>
      texts.map((t) => ({ text: t.text, page: i + 1, x: t.x, y: 842 - t.y, width: width(t.text, t.size), size: t.size, confidence: 0.99 })),
    );
    const r = parsePositionedText(boxes, { yAxis: 'down' });
    expect(listCells(r.report!).map((c) => [c.address, c.status, c.value])).toEqual(
      listCells(original).map((c) => [c.address, c.status, c.value]),
    );
    const cell = listCells(r.report!).find((c) => c.status === 'value');
    expect(cell?.location).toMatchObject({ page: expect.any(Number), x: expect.any(Number), y: expect.any(Number) });
    const scan = parsePositionedText([{ text: 'x', page: 1, x: 0, y: 0, width: 1, size: 9 }], { pages: 3 });
    expect(scan.diagnostics.map((d) => d.code)).toEqual(['pdf-no-text']);
  });

  it('a blank page of a scan gives pdf-no-text', async () => {
    expect((await parsePdf(makePdf([[]]))).diagnostics.map((d) => d.code)).toEqual(['pdf-no-text']);
  });
});

describe('no argument spreading over arrays in src/', () => {
  const SRC = join(ROOT, 'src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
  /** Calls whose arguments spread an array: each spread element is an argument on the stack. */
  const CALL = /(?:Math\.(?:min|max)|\.push|\.unshift|\.splice|\.apply|String\.fromCharCode|String\.fromCodePoint|\.concat)\(/g;

  /** Whether the argument list starting at `open` (after the parenthesis) spreads at its own depth. */
  function spreadsAtTopLevel(s: string, open: number): boolean {
    let depth = 0;
    for (let i = open; i < s.length; i++) {
      const c = s[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) return false;
        depth--;
      } else if (depth === 0 && s.startsWith('...', i)) return true;
    }
    return false;
  }

  it('finds none (Math.min(...a), push(...a), String.fromCharCode(...a) overflow the stack on large inputs)', () => {
    const offenders: string[] = [];
    for (const f of files(SRC)) {
      const s = readFileSync(f, 'utf8');
      for (const m of s.matchAll(CALL)) {
        if (spreadsAtTopLevel(s, (m.index as number) + m[0].length)) {
          offenders.push(`${relative(SRC, f)}:${s.slice(0, m.index).split('\n').length}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the check itself finds a spread', () => {
    const s = 'Math.min(...xs.map((x) => x))';
    expect(spreadsAtTopLevel(s, 'Math.min('.length)).toBe(true);
    expect(spreadsAtTopLevel('out.push([...a, b])', 'out.push('.length)).toBe(false);
  });
});
