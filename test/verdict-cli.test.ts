/** `zfxxgk validate` and `parse` exit codes for incomplete reports and non-reports (dist/cli.js; `npm test` builds first). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from 'zfxxgk-report';
import { consistentReport } from './helpers/fixtures.js';
import { CLI, built } from './helpers/built-cli.js';

const ROOT = join(__dirname, '..');

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe.runIf(built)('zfxxgk: the verdict in exit codes', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zfxxgk-verdict-'));
    const report = consistentReport(13, '2021');
    const md = renderReport(
      { ...report, meta: { ...report.meta, title: '示例县示例局2023年政府信息公开工作年度报告' } },
      { to: 'markdown' },
    );
    writeFileSync(join(dir, 'good.md'), md);
    writeFileSync(
      join(dir, 'no-tables.md'),
      md
        .split('\n')
        .filter((l) => !l.startsWith('|'))
        .join('\n'),
    );
    writeFileSync(
      join(dir, 'images.html'),
      renderReport(report, { to: 'html' }).replace(/<table[\s\S]*?<\/table>/g, '<p><img src="t.png"></p>'),
    );
    writeFileSync(join(dir, 'note.txt'), '今天天气很好。\n');
  });

  it('a complete consistent report exits 0', () => {
    expect(run(['validate', join(dir, 'good.md')]).code).toBe(0);
  });

  it('a report that omits its tables exits 1 and says the report omits them (S.TABLES)', () => {
    const r = run(['validate', join(dir, 'no-tables.md')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[错误] S.TABLES');
    expect(r.stdout).not.toContain('S.TABLE_EMPTY');
  });

  it('tables we could not read exit 1 and say so (S.TABLE_EMPTY), with the verdict and coverage in JSON', () => {
    const r = run(['validate', join(dir, 'images.html')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[错误] S.TABLE_EMPTY');
    const j = JSON.parse(run(['validate', join(dir, 'images.html'), '--format', 'json']).stdout) as {
      ok: boolean;
      verdict: string;
      coverage: Record<string, { status: string }>;
    };
    expect(j).toMatchObject({ ok: false, verdict: 'incomplete' });
    expect(j.coverage.t3?.status).toBe('unread');
  });

  it('a text that is no report exits 1 in parse and in validate', () => {
    expect(run(['parse', join(dir, 'note.txt')]).code).toBe(1);
    expect(run(['validate', join(dir, 'note.txt')]).code).toBe(1);
  });
});
