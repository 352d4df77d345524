/**
 * The command line under hostile input (issue 19): a flag for every limit (generated from
 * LIMIT_OPTIONS), `--split`, and the cases that end in the process itself — an endless stream through
 * a pipe, a closed stdout, an invalid byte, NULs, a doubled report — each run of the built CLI bounded
 * in time (measured around the run) and peak RSS (written by test/helpers/rss-preload.mjs on exit).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReport, CSV_HEADER_SPLIT, LIMIT_OPTIONS, renderReport } from 'zfxxgk-report';
import { consistentCells, consistentReport } from './helpers/fixtures.js';
import { deflated, docxWith, simpleDocx } from './helpers/zip-writer.js';
import { CLI, built } from './helpers/built-cli.js';

const ROOT = join(__dirname, '..');
const PRELOAD = pathToFileURL(join(ROOT, 'test', 'helpers', 'rss-preload.mjs')).href;

const HAN = /\p{Script=Han}/u;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  rssMB: number;
}

let dir = '';

/** Runs a shell line in which `CLI` stands for the command line with the RSS probe; `code` is the CLI's status (PIPESTATUS). */
function shell(line: string, timeoutMs: number): Run {
  const rssFile = join(dir, `rss-${Math.random().toString(36).slice(2)}`);
  const cli = `"${process.execPath}" --import "${PRELOAD}" "${CLI}"`;
  const script = `${line.replace(/\bCLI\b/g, cli)}; echo "status=\${PIPESTATUS[@]}" >&2`;
  const start = performance.now();
  const r = spawnSync('bash', ['-c', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ZFXXGK_RSS_FILE: rssFile },
  });
  const ms = performance.now() - start;
  expect(r.error, String(r.error)).toBeUndefined();
  const statuses = /status=([\d ]+)\n?$/.exec(r.stderr)?.[1]?.trim().split(' ').map(Number) ?? [];
  // The CLI's status: the stage of the pipeline that runs it.
  const stage = line.split('|').findIndex((s) => /\bCLI\b/.test(s));
  const rssMB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : Number.NaN;
  return { code: statuses[stage] ?? -1, stdout: r.stdout, stderr: r.stderr.replace(/status=[\d ]+\n?$/, ''), ms, rssMB };
}

/** The CLI with arguments (quoted), bounded like every run here. */
function cli(args: string[], timeoutMs = 60_000): Run {
  return shell(`CLI ${args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')}`, timeoutMs);
}

/** Asserts a run's ceilings. */
function within(r: Run, ms: number, rssMB: number): void {
  expect(r.ms).toBeLessThan(ms);
  expect(r.rssMB).toBeGreaterThan(0);
  expect(r.rssMB).toBeLessThan(rssMB);
}

const reportText = (seed: number, agency: string): string =>
  renderReport(
    createReport({ cells: consistentCells(seed), meta: { agency, year: 2023, title: `${agency}2023年政府信息公开工作年度报告` } }),
    { to: 'text' },
  );

describe.runIf(built)('zfxxgk: limit flags', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zfxxgk-limits-'));
    writeFileSync(join(dir, 'report.txt'), reportText(5, '甲县甲局'));
    writeFileSync(join(dir, 'small.docx'), simpleDocx(['测试县测试局2023年政府信息公开工作年度报告', '一、总体情况']));
  });

  it('every limit has a flag in every help, with its default, in both languages', () => {
    for (const lang of ['zh', 'en']) {
      const helps = [
        cli(['--help', '--lang', lang]).stdout,
        ...['show', 'parse', 'validate', 'render', 'compare', 'review'].map((c) => cli([c, '--help', '--lang', lang]).stdout),
      ];
      for (const help of helps) {
        for (const o of LIMIT_OPTIONS) expect(help).toMatch(new RegExp(`${o.flag} N +.*${o.default}`));
        if (lang === 'en') expect(help.slice(help.indexOf('Reading options'))).not.toMatch(HAN);
      }
      expect(helps[2]).toContain('--split');
    }
  }, 60_000);

  it('README and docs/limits.md name every flag', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const doc = readFileSync(join(ROOT, 'docs', 'limits.md'), 'utf8');
    for (const o of LIMIT_OPTIONS) {
      expect(doc).toContain(o.flag);
      expect(readme).toContain(o.flag);
    }
    expect(doc).toContain('--split');
  });

  it('a malformed value is one line in the chosen language, then the help, exit 2', () => {
    const cases = [...LIMIT_OPTIONS.map((o) => [o.flag, 'abc']), ...['0', '-1', '1.5', '', '12T'].map((v) => ['--max-pdf-pages', v])];
    for (const [flag, bad] of cases as [string, string][]) {
      {
        const en = cli(['parse', join(dir, 'report.txt'), `${flag}=${bad}`, '--lang', 'en']);
        expect(en.code).toBe(2);
        const first = en.stderr.split('\n')[0] as string;
        expect(first).toContain(flag);
        expect(first).not.toMatch(HAN);
        expect(en.stdout).toBe('');
      }
    }
    const zh = cli(['validate', join(dir, 'report.txt'), '--max-pdf-pages', 'lots']);
    expect(zh.code).toBe(2);
    expect(zh.stderr.split('\n')[0]).toMatch(/^zfxxgk: --max-pdf-pages .*\p{Script=Han}/u);
    const compare = cli(['compare', join(dir, 'report.txt'), join(dir, 'report.txt'), '--max-file-bytes', 'x', '--lang', 'en']);
    expect(compare.code).toBe(2);
    expect(compare.stderr.split('\n')[0]).toContain('--max-file-bytes');
  }, 120_000);

  it('a value takes effect: the input over it is an error record with its code, a line naming the flag, exit 2', () => {
    const r = cli(['parse', join(dir, 'report.txt'), '--max-input-length', '1K', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as { error: { code: string } }).error.code).toBe('input-too-large');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--max-input-length');
    expect(cli(['parse', join(dir, 'report.txt'), '--max-input-length', '64k']).code).toBe(0);
    expect(cli(['parse', join(dir, 'report.txt'), '--max-input-length', 'none']).code).toBe(0);
    const docx = cli(['parse', join(dir, 'small.docx'), '--max-docx-entries', '2', '--format', 'csv']);
    expect(docx.code).toBe(2);
    expect(docx.stdout.trim().split('\n')[1]).toMatch(/,docx-too-large$/);
    expect(docx.stderr).toContain('--max-docx-entries');
    const capped = cli(['parse', join(dir, 'report.txt'), '--max-diagnostics', '1', '--max-file-bytes', '1M']);
    const codes = (JSON.parse(capped.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    expect(codes.length).toBeLessThanOrEqual(2);
  }, 60_000);
});

describe.runIf(built)('zfxxgk: --split', () => {
  const a = reportText(11, '甲县甲局');
  const b = reportText(12, '乙县乙局');
  const secondLine = `${a}\n\n`.split('\n').length;
  let doubled = '';
  beforeAll(() => {
    dir ||= mkdtempSync(join(tmpdir(), 'zfxxgk-limits-'));
    doubled = join(dir, 'doubled.txt');
    writeFileSync(doubled, `${a}\n\n${b}`);
  });

  it('without it the first report is read and a line says where each starts', () => {
    const r = cli(['parse', doubled, '--lang', 'en']);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout) as {
      report: { meta: { agency: string } };
      diagnostics: { code: string; location: { line: number } }[];
    };
    expect(record.report.meta.agency).toBe('甲县甲局');
    expect(record.diagnostics.find((d) => d.code === 'multiple-reports')?.location.line).toBe(secondLine);
    expect(r.stderr).toContain(`1, ${secondLine}`);
    expect(r.stderr).toContain('--split');
  });

  it('JSON: an array of records with their part; NDJSON: a line each', () => {
    const json = JSON.parse(cli(['parse', doubled, '--split']).stdout) as { part: unknown; report: { meta: { agency: string } } }[];
    expect(json.map((x) => [x.part, x.report.meta.agency])).toEqual([
      [{ index: 1, count: 2, line: 1 }, '甲县甲局'],
      [{ index: 2, count: 2, line: secondLine }, '乙县乙局'],
    ]);
    const lines = cli(['parse', doubled, '--split', '--format', 'ndjson']).stdout.trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { part: { index: number } }).part.index)).toEqual([1, 2]);
    const one = JSON.parse(cli(['parse', join(dir, 'report.txt'), '--split']).stdout) as { part: unknown }[];
    expect(one.map((x) => x.part)).toEqual([{ index: 1, count: 1, line: 1 }]);
  });

  it('CSV: the report and its start line after the file; validate and show per report', () => {
    const csv = cli(['parse', doubled, '--split', '--format', 'csv']).stdout;
    expect(csv.startsWith(CSV_HEADER_SPLIT)).toBe(true);
    const rows = csv.trim().split('\n').slice(1);
    expect(new Set(rows.map((r) => r.split(',').slice(1, 4).join(',')))).toEqual(new Set([`1,1,甲县甲局`, `2,${secondLine},乙县乙局`]));
    const v = JSON.parse(cli(['validate', doubled, '--split', '--format', 'json']).stdout) as { part: { index: number } }[];
    expect(v.map((x) => x.part.index)).toEqual([1, 2]);
    const show = cli(['show', doubled, '--split', '--lang', 'en']).stdout;
    expect(show).toContain('[report 1/2, line 1]');
    expect(show).toContain(`[report 2/2, line ${secondLine}]`);
  }, 60_000);
});

describe.runIf(built)('zfxxgk under hostile input: time and peak RSS ceilings', () => {
  beforeAll(() => {
    dir ||= mkdtempSync(join(tmpdir(), 'zfxxgk-limits-'));
    const good = renderReport(consistentReport(3, '2021'), { to: 'text' });
    writeFileSync(join(dir, 'nuls.txt'), good.replace(/\n/g, '\u0000\n'));
    writeFileSync(join(dir, 'clean.txt'), good);
    const html = Buffer.from(renderReport(consistentReport(4, '2021'), { to: 'html' }).replace('<head>', '<head><meta charset="utf-8">'));
    const at = html.lastIndexOf('<');
    writeFileSync(join(dir, 'invalid.html'), Buffer.concat([html.subarray(0, at), Buffer.from([0xff]), html.subarray(at)]));
    mkdirSync(join(dir, 'many'), { recursive: true });
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, 'many', `r${i}.txt`), good);
  });

  it('an endless stream through a pipe stops at --max-file-bytes: one line, exit 2, bounded memory', () => {
    const r = shell('cat /dev/zero | CLI parse --lang en', 60_000);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as { error: { code: string } }).error.code).toBe('input-too-large');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--max-file-bytes');
    // The default limit is 64 MiB: the bytes read, joined once, and the runtime.
    within(r, 45_000, 400);
    const small = shell('cat /dev/zero | CLI parse --max-file-bytes 1M --format csv', 30_000);
    expect(small.code).toBe(2);
    expect(small.stdout.trim().split('\n')[1]).toMatch(/,input-too-large$/);
    within(small, 20_000, 200);
  }, 120_000);

  it('an endless device given as a path stops at the limit too', () => {
    const r = cli(['validate', '/dev/zero', '--max-file-bytes', '2M', '--format', 'json'], 30_000);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as { error: { code: string } }).error.code).toBe('input-too-large');
    within(r, 20_000, 200);
  }, 40_000);

  it('a closed stdout (| head -c 10) ends quietly with status 0', () => {
    const r = shell(`CLI parse "${join(dir, 'many')}" --jobs 1 --format json | head -c 10 >/dev/null`, 90_000);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    within(r, 60_000, 400);
  }, 100_000);

  it('an invalid byte in a UTF-8 page declaring its charset: UTF-8, one replacement, the report read', () => {
    const r = cli(['parse', join(dir, 'invalid.html')]);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout) as { encoding: string; diagnostics: { code: string }[]; report: unknown };
    expect(record.encoding).toBe('utf-8');
    expect(record.diagnostics.map((d) => d.code)).toContain('invalid-bytes-replaced');
    within(r, 20_000, 300);
  });

  it('NULs before every newline: the same cells as without them', () => {
    const r = cli(['parse', join(dir, 'nuls.txt'), '--format', 'csv']);
    expect(r.code).toBe(0);
    const clean = cli(['parse', join(dir, 'clean.txt'), '--format', 'csv']);
    const values = (csv: string): string[] => csv.split('\n').map((l) => l.split(',').slice(4).join(','));
    expect(values(r.stdout)).toEqual(values(clean.stdout));
    within(r, 20_000, 300);
  });

  it("a reader's failure is our code with the reader's error as cause (a .docx of malformed XML)", () => {
    writeFileSync(join(dir, 'malformed.docx'), docxWith(deflated('word/document.xml', 'not xml <<<>>>')));
    const r = cli(['parse', join(dir, 'malformed.docx'), '--lang', 'en']);
    expect(r.code).toBe(2);
    const error = (JSON.parse(r.stdout) as { error: { code: string; message: string; cause?: string } }).error;
    expect(error.code).toBe('docx-unreadable');
    expect(error.message).not.toMatch(HAN);
    expect(error.cause).toMatch(/\S/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('cleans up', () => {
    rmSync(dir, { recursive: true, force: true });
  });
});
