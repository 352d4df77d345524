/** The built command line (dist/cli.js) on temporary folders. `npm test` builds first; under CI the binary must exist. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReport, renderReport } from 'zfxxgk-report';
import { consistentCells, consistentReport, pipeReport } from './helpers/fixtures.js';
import { renderInLayout } from './helpers/layouts.js';
import { encodeGb18030 } from './helpers/gb18030.js';
import { reportTextToPdf } from './helpers/pdf-writer.js';
import { CLI, built } from './helpers/built-cli.js';

const ROOT = join(__dirname, '..');

function run(args: string[], cwd = ROOT, input?: string | Buffer): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', ...(input === undefined ? {} : { input }) });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const EXAMPLE = join(ROOT, 'examples', 'sample-report-2023.md');
/** Han characters: a message in English mode holds none but the template's own labels (表二, row labels) and file names. */
const HAN = /\p{Script=Han}/u;

describe.runIf(built)('zfxxgk CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zfxxgk-'));
    const good = createReport({
      cells: consistentCells(9),
      meta: { agency: '示例县示例局', year: 2023, title: '示例县示例局2023年政府信息公开工作年度报告' },
    });
    mkdirSync(join(dir, 'batch', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'batch', 'a.md'), renderReport(good, { to: 'markdown' }));
    writeFileSync(join(dir, 'batch', 'sub', 'b.html'), renderReport(good, { to: 'html' }));
    writeFileSync(join(dir, 'batch', 'c.txt'), encodeGb18030(pipeReport()));
    writeFileSync(join(dir, 'batch', 'd.docx'), Buffer.from('PK\u0003\u0004 not really a zip'));
    writeFileSync(join(dir, 'note.txt'), '今天天气很好。');
    writeFileSync(join(dir, 'broken.txt'), pipeReport({ '(七)总计': '5 | 1 | 0 | 0 | 0 | 0 | 9' }));
    writeFileSync(join(dir, 'converter.md'), renderInLayout(consistentReport(3, '2021', { scale: 15 }), 'converter'));
  });

  it('parse and validate name the warnings of a repaired report, so cells stated through a repair are seen', () => {
    const p = run(['parse', join(dir, 'converter.md')]);
    expect(p.code).toBe(0);
    expect(p.stderr).toMatch(/警告与错误: .*row-label-floating ×\d+/);
    const v = run(['validate', join(dir, 'converter.md'), '--lang', 'en']);
    expect(v.stdout).toMatch(/parse warnings .*: .*row-label-floating ×\d+/);
    const clean = run(['validate', 'examples/sample-report-2023.md', '--lang', 'en']);
    expect(clean.stdout).not.toContain('parse warnings');
  });

  it('validate: says when only informational checks failed instead of "all rules pass"', () => {
    const v = run(['validate', 'examples/sample-report-2023.md', '--lang', 'en']);
    const failed = Number(/(\d+) failed/.exec(v.stdout)?.[1]);
    expect(v.stdout).toContain(failed > 0 ? 'only informational checks failed' : 'all rules pass');
  });

  it('parse: JSON for the bundled example, summary on stderr', () => {
    const r = run(['parse', 'examples/sample-report-2023.md']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { file: string; encoding: string; report: { meta: { agency: string } } };
    expect(out.report.meta.agency).toBe('示例市交通运输局');
    expect(out.encoding).toBe('utf-8');
    expect(r.stderr).toContain('200 有值');
  });

  it('parse: NDJSON for a folder of mixed formats; a corrupt file is reported and the batch goes on', () => {
    const r = run(['parse', join(dir, 'batch')]);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; encoding: string; report: unknown; error?: { code: string } });
    expect(lines.map((l) => l.file.slice(dir.length + 7))).toEqual(['a.md', 'c.txt', 'd.docx', 'sub/b.html']);
    expect(lines.find((l) => l.file.endsWith('c.txt'))?.encoding).toBe('gb18030');
    expect(lines.find((l) => l.file.endsWith('d.docx'))?.error?.code).toMatch(/^docx-/);
    expect(r.stderr).toContain('d.docx');
    expect(r.code).toBe(2);
  });

  it('parse: tidy CSV with a BOM for Excel', () => {
    const r = run(['parse', join(dir, 'batch', 'a.md'), join(dir, 'batch', 'sub', 'b.html'), '--format', 'csv', '--bom']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines[0]).toBe('\ufefffile,agency,year,table,address,row_label,column_label,value,status');
    expect(lines).toHaveLength(1 + 2 * 200);
    const row = lines.find((l) => l.includes('t3.results.granted.commercialEnterprise'));
    expect(row?.split(',').slice(1, 7)).toEqual([
      '示例县示例局',
      '2023',
      't3',
      't3.results.granted.commercialEnterprise',
      '三、本年度办理结果 / （一）予以公开',
      '法人或其他组织 / 商业企业',
    ]);
  });

  it('parse: the same output with --jobs 2, in input order', () => {
    const one = run(['parse', join(dir, 'batch'), '--quiet']);
    const two = run(['parse', join(dir, 'batch'), '--quiet', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
  });

  it('parse: globs without a shell', () => {
    const r = run(['parse', `${dir}/batch/**/*.html`, '--quiet']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { file: string }).file).toContain('b.html');
  });

  it('validate: exit 0 when all pass, 1 when a rule fails, with the rule and the place', () => {
    expect(run(['validate', join(dir, 'batch', 'a.md')]).code).toBe(0);
    const r = run(['validate', join(dir, 'broken.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\[错误\] T3\.ROWSUM .*应为 6，报告为 9.*@第 \d+ 行/);
    const en = run(['validate', join(dir, 'broken.txt'), '--lang', 'en']);
    expect(en.stdout).toContain('expected 6, report says 9');
  });

  it('validate: JSON output and --fail-on warning', () => {
    const r = run(['validate', join(dir, 'batch', 'a.md'), '--format', 'json']);
    const out = JSON.parse(r.stdout) as { ok: boolean; issues: { rule: string }[] };
    expect(out.ok).toBe(true);
    // The rendered report has no section text: S.SECTIONS warns, which fails only with --fail-on warning.
    expect(run(['validate', join(dir, 'c.txt'.replace('c.txt', 'batch/c.txt'))]).code).toBe(0);
    expect(run(['validate', join(dir, 'batch', 'a.md'), '--fail-on', 'warning']).code).toBe(1);
  });

  it('exit 1 for a text that is no report, 2 for usage and I/O errors', () => {
    expect(run(['parse', join(dir, 'note.txt')]).code).toBe(1);
    expect(run(['parse', join(dir, 'absent.txt')]).code).toBe(2);
    expect(run(['frobnicate', 'x']).code).toBe(2);
    expect(run([]).code).toBe(2);
    expect(run(['parse', 'x', '--format', 'xml']).code).toBe(2);
  });

  it('render: the standard tables of a report', () => {
    const r = run(['render', join(dir, 'batch', 'c.txt'), '--to', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| 第二十条第（一）项 |');
    expect(r.stdout).toContain('| 行政许可 | 310 |');
  });

  it('--help for every command, with examples, in both languages', () => {
    for (const cmd of [[], ['parse'], ['validate'], ['render']]) {
      const r = run([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/zfxxgk|用法/);
    }
    expect(run(['parse', '--help']).stdout).toContain('示例');
    expect(run(['parse', '--help', '--lang', 'en']).stdout).toContain('Examples');
  });

  it('reads a GB18030 file and says so', () => {
    const f = join(dir, 'gbk.txt');
    writeFileSync(f, encodeGb18030(readFileSync(join(ROOT, 'examples', 'sample-report-2023.md'), 'utf8')));
    const r = run(['parse', f]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('gb18030');
    expect(r.stderr).toContain('200 有值');
  });

  it('reads standard input for - and for no path; a terminal stdin is a usage error', () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    for (const args of [['parse', '-'], ['parse']]) {
      const r = run(args, ROOT, text);
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { report: { meta: { year: number } } }).report.meta.year).toBe(2023);
    }
    expect(run(['validate', '-'], ROOT, text).code).toBe(0);
    expect(run(['show'], ROOT, text).stdout).toContain('200');
  });

  it('no arguments: the help on stderr and exit 2', () => {
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('zfxxgk parse');
  });

  it("usage errors: one line in the chosen language, then the sub-command's help, exit 2", () => {
    const zh = run(['validate', 'x', '--fail-on', 'sometimes']);
    expect(zh.code).toBe(2);
    expect(zh.stderr.split('\n')[0]).toBe('zfxxgk: --fail-on 只能是 error、warning');
    expect(zh.stderr).toContain('用法: zfxxgk validate');
    const en = run(['parse', '--bogus', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr.split('\n')[0]).toBe('zfxxgk: unknown option: --bogus');
    expect(en.stderr).toContain('Usage: zfxxgk parse');
    expect(en.stderr).not.toMatch(HAN);
    const unknown = run(['frobnicate', '--lang', 'en']);
    expect(unknown.stderr.split('\n')[0]).toBe('zfxxgk: unknown command: frobnicate');
  });

  it('render takes a file: a folder is a usage error, as its help says', () => {
    const r = run(['render', join(dir, 'batch')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toContain('文件夹');
  });

  it('an empty folder and a glob matching nothing say so (one line each, exit 2)', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    const r = run(['parse', empty, '--format', 'ndjson', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as { error: { code: string } }).error.code).toBe('no-files');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const g = run(['validate', `${dir}/nothing/**/*.pdf`, '--lang', 'en']);
    expect(g.code).toBe(2);
    expect(g.stderr).toMatch(/no such file, or nothing matches \(file-not-found\)/);
  });

  it('a closed stdout ends quietly with status 0 (head)', () => {
    const r = spawnSync(
      'bash',
      [
        '-c',
        `node "${CLI}" parse "${join(dir, 'batch')}" "${EXAMPLE}" "${EXAMPLE}" --format json | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}"`,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stdout.trim()).toBe('status=0');
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
  });

  it('batch: one NDJSON record per input (failures with error.code), a CSV row per input, a totals line, --quiet silent', () => {
    const inputs = [join(dir, 'batch'), join(dir, 'note.txt'), join(dir, 'absent.txt')];
    const r = run(['parse', ...inputs]);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; report?: unknown; error?: { code: string } });
    expect(records).toHaveLength(6);
    expect(records.filter((x) => x.error).map((x) => x.error?.code)).toEqual([expect.stringMatching(/^docx-/), 'file-not-found']);
    expect(records.filter((x) => x.report === null)).toHaveLength(1);
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^合计: 6 个文件, 3 份报告, 1 份非报告, 2 个无法读取; 单元格: 600 有值/);
    expect(r.code).toBe(2);
    const c = run(['parse', ...inputs, '--format', 'csv', '--quiet']);
    expect(c.stderr).toBe('');
    const rows = c.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const files = new Set(rows.map((x) => x[0]));
    expect(files.size).toBe(6);
    expect(rows.find((x) => x[0]?.endsWith('note.txt'))?.[8]).toBe('not-a-report');
    expect(rows.find((x) => x[0]?.endsWith('absent.txt'))?.[8]).toBe('file-not-found');
    for (const x of rows) {
      expect(x[2]).toMatch(/^(\d+)?$/); // year: integers, no decimals
      if (x[4] !== 't2.art20_8.administrativeFees.feeAmount') expect(x[7]).toMatch(/^(\d+)?$/);
    }
    const v = run(['validate', ...inputs, '--format', 'ndjson', '--quiet']);
    expect(v.stderr).toBe('');
    expect(v.stdout.trim().split('\n')).toHaveLength(6);
  });

  it('reads by content before extension: an image says it needs OCR, binary data is not text', () => {
    const png = join(dir, 'scan.txt');
    writeFileSync(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]));
    const elf = join(dir, 'program.md');
    writeFileSync(
      elf,
      Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))]),
    );
    const r = run(['parse', png, elf, '--lang', 'en']);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; encoding: string | null; diagnostics: { code: string }[] });
    expect(records.map((x) => [x.kind, x.encoding, x.diagnostics[0]?.code])).toEqual([
      ['image', null, 'image-needs-ocr'],
      ['binary', null, 'not-text'],
    ]);
    expect(r.stderr).toMatch(/image \(PNG\).*OCR/);
    expect(r.code).toBe(1);
  });

  it('show: the tables, the cells by status, the verdict and where the JSON is, on one screen, in either language', () => {
    for (const lang of ['zh', 'en']) {
      const r = run(['show', EXAMPLE, '--lang', lang]);
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines.length).toBeLessThanOrEqual(52);
      expect(r.stdout).toContain('三、收到和处理政府信息公开申请情况');
      expect(r.stdout).toMatch(lang === 'en' ? /cells: 200 value · 0 blank · 0 missing · 0 ambiguous/ : /单元格: 200 有值/);
      expect(r.stdout).toMatch(lang === 'en' ? /validation: passed — \d+ checks/ : /校验: 通过/);
      expect(r.stdout).toContain('--json');
    }
    const j = JSON.parse(run(['show', EXAMPLE, '--json']).stdout) as { report: unknown; validation: { ok: boolean } };
    expect(j.validation.ok).toBe(true);
  });

  it('messages: English output holds no Chinese of ours, Chinese output no English words of ours, and no internal keys', () => {
    const broken = join(dir, 'broken.txt');
    const en = run(['validate', broken, EXAMPLE, '--lang', 'en', '--verbose']);
    const zh = run(['validate', broken, EXAMPLE, '--verbose']);
    const internalKey = /\b[a-z]+[A-Z][A-Za-z]*\b|\b(?:t[234]|results|review|litigation\w*)\.[a-z]/;
    for (const out of [en.stdout, zh.stdout, en.stderr, zh.stderr]) expect(out.split(dir).join('')).not.toMatch(internalKey);
    const parseEn = run(['parse', join(dir, 'note.txt'), EXAMPLE, '--lang', 'en', '--format', 'csv']);
    expect(
      parseEn.stderr
        .split(dir)
        .join('')
        .replace(/(?:示例|测试)[^ ]*|表[二三]/gu, ''),
    ).not.toMatch(HAN);
  });

  it('validate: a PDF source (named .txt: content decides) gives the page and position of a finding', () => {
    const cells = consistentCells(9);
    cells['t3.results.granted.total'] = (cells['t3.results.granted.total'] ?? 0) + 5;
    const bad = createReport({ cells, meta: { agency: '示例县示例局', year: 2023, title: '示例县示例局2023年政府信息公开工作年度报告' } });
    const f = join(dir, 'from-pdf.txt');
    writeFileSync(f, reportTextToPdf(renderReport(bad, { to: 'text' })));
    const zh = run(['validate', f]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('(pdf)');
    expect(zh.stdout).toMatch(/T3\.ROWSUM .* @第 \d+ 页 \(x \d+, y \d+\)/);
    expect(run(['validate', f, '--lang', 'en']).stdout).toMatch(/T3\.ROWSUM .* @page \d+ \(x \d+, y \d+\)/);
  });

  it('the README starts with the two commands of a fresh clone: install and run the bundled example, run the tests', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const first = /```sh\n([\s\S]*?)```/.exec(readme);
    expect(first?.index).toBeLessThan(readme.indexOf('\n## '));
    const commands = (first?.[1] ?? '')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean);
    expect(commands).toEqual(['npm ci && npm run example', 'npm test']);
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const example = /show (\S+)/.exec(scripts.example ?? '')?.[1] ?? '';
    expect(existsSync(join(ROOT, example))).toBe(true);
  });

  it("the README's first output is what show prints for the bundled example", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /```text\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const out = run(['show', 'examples/sample-report-2023.md', '--lang', 'en']).stdout.split('\n');
    const shown = block.split('\n').filter((l) => l.trim() !== '…');
    expect(shown.length).toBeGreaterThan(15);
    for (const line of shown) expect(out).toContain(line);
  });
});
