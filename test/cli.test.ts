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

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const built = existsSync(CLI) || (process.env.CI === 'true' ? (() => { throw new Error('dist/cli.js missing: run npm run build'); })() : false);

function run(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe.runIf(built)('zfxxgk CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zfxxgk-'));
    const good = createReport({ cells: consistentCells(9), meta: { agency: '示例县示例局', year: 2023, title: '示例县示例局2023年政府信息公开工作年度报告' } });
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
    expect(r.stderr).toContain('200 value');
  });

  it('parse: NDJSON for a folder of mixed formats; a corrupt file is reported and the batch goes on', () => {
    const r = run(['parse', join(dir, 'batch')]);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; encoding: string; report: unknown });
    expect(lines.map((l) => l.file.slice(dir.length + 7))).toEqual(['a.md', 'c.txt', 'sub/b.html']);
    expect(lines.find((l) => l.file.endsWith('c.txt'))?.encoding).toBe('gb18030');
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
    expect(row?.split(',').slice(1, 7)).toEqual(['示例县示例局', '2023', 't3', 't3.results.granted.commercialEnterprise', '三、本年度办理结果 / （一）予以公开', '法人或其他组织 / 商业企业']);
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
    expect(r.stdout).toMatch(/\[error\] T3\.ROWSUM .*应为 6，报告为 9.*@行 \d+/);
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
    expect(run(['parse']).code).toBe(2);
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
    expect(r.stderr).toContain('200 value');
  });
});
