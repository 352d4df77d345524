/** toCsv: the CLI's tidy CSV from the core (quoting, BOM, header, integers), equal to `zfxxgk parse --format csv`. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvField, parseReport, renderReport, toCsv, toRows, type TidyRow } from 'zfxxgk-report';
import { consistentReport } from './helpers/fixtures.js';
import { CLI, built } from './helpers/built-cli.js';

/** Splits one RFC 4180 line (no embedded line breaks) into fields. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let s = '';
      i++;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else s += line[i++];
      }
      out.push(s);
    } else {
      const end = line.indexOf(',', i);
      out.push(line.slice(i, end < 0 ? undefined : end));
      i = end < 0 ? line.length : end;
    }
    if (i >= line.length) return out;
    i++; // comma
  }
}

describe('toCsv', () => {
  it('writes the header, one line per cell, integers without decimals (amounts keep theirs), null as empty', () => {
    const r = consistentReport(7, '2021', { blanks: [0] });
    const csv = toCsv(r, { file: 'a.txt' });
    const lines = csv.split('\n');
    expect(csv.startsWith(CSV_HEADER)).toBe(true);
    expect(csv.endsWith('\n')).toBe(true);
    expect(lines.length).toBe(toRows(r).length + 2);
    const rows = toRows(r);
    rows.forEach((row, k) => {
      const f = splitCsvLine(lines[k + 1] as string);
      expect(f).toEqual([
        'a.txt',
        row.agency ?? '',
        row.year === null ? '' : String(row.year),
        row.table,
        row.address,
        row.rowLabel,
        row.columnLabel,
        row.value === null ? '' : String(row.value),
        row.status,
      ]);
      if (row.value !== null) expect(f[7]).toMatch(/^\d+(\.\d+)?$/);
      if (row.value !== null && Number.isInteger(row.value)) expect(f[7]).toMatch(/^\d+$/);
    });
    expect(lines.some((l) => /,,(blank|missing)$/.test(l))).toBe(true);
  });

  it('BOM only with the header; header: false gives the lines alone', () => {
    const r = consistentReport(3, '2019');
    expect(toCsv(r, { bom: true }).startsWith(`\ufeff${CSV_HEADER}`)).toBe(true);
    const body = toCsv(r, { bom: true, header: false });
    expect(body.startsWith('\ufeff')).toBe(false);
    expect(toCsv(r)).toBe(CSV_HEADER + body);
    expect(toCsv(toRows(r), { file: 'x' })).toBe(toCsv(r, { file: 'x' }));
  });

  it('rows without any give the header only', () => {
    expect(toCsv([] as TidyRow[], { bom: true })).toBe(`\ufeff${CSV_HEADER}`);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180), property', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
    fc.assert(
      fc.property(
        fc.array(
          fc.string().filter((s) => !/[\r\n]/.test(s)),
          { minLength: 1, maxLength: 9 },
        ),
        (fields) => {
          expect(splitCsvLine(fields.map(csvField).join(','))).toEqual(fields);
        },
      ),
    );
  });

  it('the file name is quoted when it needs to be', () => {
    const line = toCsv(consistentReport(1, '2021'), { file: 'a, "b".txt', header: false }).split('\n')[0] as string;
    expect(line.startsWith('"a, ""b"".txt",')).toBe(true);
  });

  it.runIf(built)('is byte for byte the CLI’s `parse --format csv` (with and without --bom)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-csv-'));
    const r = consistentReport(11, '2021', { blanks: [2, 5] });
    const name = 'report, "quoted".md';
    writeFileSync(join(dir, name), renderReport(r, { to: 'markdown' }));
    const parsed = parseReport(readFileSync(join(dir, name), 'utf8')).report;
    expect(parsed).not.toBeNull();
    for (const bom of [false, true]) {
      const cli = spawnSync(process.execPath, [CLI, 'parse', name, '--format', 'csv', ...(bom ? ['--bom'] : [])], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(cli.status).toBe(0);
      expect(toCsv(parsed!, { file: name, bom })).toBe(cli.stdout);
    }
  });
});
