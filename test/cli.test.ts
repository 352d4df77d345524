/** The built command line (dist/cli.js). `npm test` builds first; under CI the binary must exist. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from './helpers/gb18030.js';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const built = existsSync(CLI) || (process.env.CI === 'true' ? (() => { throw new Error('dist/cli.js missing: run npm run build'); })() : false);

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe.runIf(built)('zfxxgk CLI', () => {
  it('parses the bundled example: JSON on stdout, a summary on stderr', () => {
    const r = run(['parse', 'examples/sample-report-2023.md']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { report: { meta: { agency: string } }; diagnostics: unknown[] };
    expect(out.report.meta.agency).toBe('示例市交通运输局');
    expect(r.stderr).toContain('200 value');
  });

  it('exits 1 for a text that is no report, 2 for usage and I/O errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-'));
    const f = join(dir, 'note.txt');
    writeFileSync(f, '今天天气很好。');
    expect(run(['parse', f]).code).toBe(1);
    expect(run(['parse', join(dir, 'absent.txt')]).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    expect(run([]).code).toBe(2);
  });

  it('reads a GB18030 file and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-'));
    const f = join(dir, 'gbk.txt');
    const text = readFileSync(join(ROOT, 'examples', 'sample-report-2023.md'), 'utf8');
    writeFileSync(f, encodeGb18030(text));
    const r = run(['parse', f]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('gb18030');
    expect(r.stderr).toContain('200 value');
  });

  it('prints help', () => {
    const out = execFileSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    expect(out).toContain('zfxxgk parse FILE');
  });
});
