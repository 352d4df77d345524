/**
 * Table 三 in `pdftotext -layout` text whose rows' numbers drifted off the columns (a browser's print
 * of a table with blank cells printed as nothing; issue 12, probe 417 p11 chromium-layout, traced by
 * hunt21). One row's positions fix its one placement, one column off; another row, its numbers
 * fitting no column, is placed by the table's equations, which then hold on the wrong columns: the
 * first row's number in the second column, the second row's in the first. Before, the second row was
 * stated so under `blank-placed` (info), silently wrong. A row whose placement the equations chose
 * where another row of the search was fixed by its positions alone rests on those positions too:
 * named by `blank-by-position`, as the first.
 * Our own report (test/helpers/fixtures.ts consistentCells), printed by test/helpers/layout-text.ts
 * and damaged here.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, type Report } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { APPLICANTS } from './helpers/block-stream.js';
import { renderLayoutText } from './helpers/layout-text.js';

const VERSIONS = { table2: '2021', table3: '2021' } as const;
/** The number both rows print, each in another column. */
const SHARED = 31;
/** Another number for the second row: the equations then tell the two rows' columns apart. */
const OTHER = 29;

/**
 * Seed 7's consistent report with 予以公开 = [31, blank, …] and 部分公开 = [blank, `second`, …]:
 * with `second` 31 the equations hold as well with the two first cells swapped between the rows.
 */
function report(second = SHARED): Report {
  const cells: Record<string, number | null> = consistentCells(7, VERSIONS, 20);
  const [c0, c1] = APPLICANTS as readonly string[];
  const set = (row: string, col: string, v: number | null): void => {
    const before = (cells[`t3.${row}.${col}`] as number | null) ?? 0;
    const delta = (v ?? 0) - before;
    cells[`t3.${row}.${col}`] = v;
    cells[`t3.${row}.total`] = (cells[`t3.${row}.total`] as number) + delta;
    cells[`t3.results.total.${col}`] = (cells[`t3.results.total.${col}`] as number) + delta;
    cells['t3.results.total.total'] = (cells['t3.results.total.total'] as number) + delta;
    cells[`t3.newReceived.${col}`] = (cells[`t3.newReceived.${col}`] as number) + delta;
    cells['t3.newReceived.total'] = (cells['t3.newReceived.total'] as number) + delta;
  };
  set('results.granted', c0 as string, SHARED);
  set('results.granted', c1 as string, null);
  set('results.partiallyGranted', c0 as string, null);
  set('results.partiallyGranted', c1 as string, second);
  return createReport({ versions: VERSIONS, cells, meta: { agency: '示例县示例局', year: 2023 } });
}

/** The numbers of a layout line after its label, with where each starts. */
function numbersOf(line: string): { at: number; raw: string }[] {
  return [...line.matchAll(/(?<= )\d+(?= |$)/g)].map((m) => ({ at: m.index, raw: m[0] }));
}

/** A layout line with its numbers packed one space apart after its label (no column fits them). */
function packed(line: string): string {
  const nums = numbersOf(line);
  return `${line.slice(0, nums[0]?.at).trimEnd()}   ${nums.map((n) => n.raw).join(' ')}`;
}

/**
 * `text` read: `cell(row, column)` gives table 三's cell as its value or its status, `codes` the
 * table's diagnostics as `code path`.
 */
function readTable3(text: string): { cell: (row: string, col: string) => unknown; codes: string[] } {
  const { report: read, diagnostics } = parseReport(text);
  const got = new Map(listCells(read!).map((c) => [c.address, c]));
  const codes = diagnostics.filter((d) => d.path?.startsWith('t3')).map((d) => `${d.code} ${d.path}`);
  const cell = (row: string, col: string): unknown => {
    const c = got.get(`t3.${row}.${col}`);
    return c?.status === 'value' ? c.value : c?.status;
  };
  return { cell, codes };
}

describe('table 三 in -layout text: rows placed by the equations beside a row fixed by its positions', () => {
  it('names the rows the search placed where a row of it stood only on its positions', () => {
    const truth = report();
    const lines = renderLayoutText(truth, { wrap: 'none' }).split('\n');
    const a = lines.findIndex((l) => l.includes('（一）予以公开'));
    const b = lines.findIndex((l) => l.includes('（二）部分公开'));
    expect(b).toBeGreaterThan(a);
    // 予以公开: its first number moved one column right (into the blank column).
    const first = lines[a] as string;
    const [x] = numbersOf(first);
    expect(x?.raw).toBe(String(SHARED));
    const whole = numbersOf(lines.find((l) => l.includes('一、本年新收')) as string);
    const width = (whole[1]?.at ?? 0) - (whole[0]?.at ?? 0);
    const at = (x?.at ?? 0) + width;
    const from = x?.at ?? 0;
    lines[a] = `${first.slice(0, from)}  ${first.slice(from + 2, at)}${SHARED}${first.slice(at + 2)}`;
    expect(lines[a]?.slice(at, at + 2)).toBe(String(SHARED));
    // 部分公开: its numbers packed one space apart after the label (no column fits them).
    lines[b] = packed(lines[b] as string);
    const { cell, codes } = readTable3(lines.join('\n'));
    const [c0, c1] = APPLICANTS as readonly string[];
    expect([cell('results.granted', c0 as string), cell('results.granted', c1 as string)]).toEqual(['blank', SHARED]);
    expect(codes).toContain('blank-by-position t3.results.granted');
    // the second row read by the equations, its number in the column the first row's drift emptied
    // (its zeros may stand in any of three columns: ambiguous there)
    expect([cell('results.partiallyGranted', c0 as string), cell('results.partiallyGranted', c1 as string)]).toEqual([SHARED, 'ambiguous']);
    expect(codes).toContain('blank-by-position t3.results.partiallyGranted');
    expect(codes).not.toContain('blank-placed t3.results.partiallyGranted');
  });

  it('a row the equations place alike without the positions is not named (the first row placed right, the numbers apart)', () => {
    // (予以公开 as printed, 31 in its column; 部分公开 packed, its 29 in the second column: the
    // equations put 29 there whichever of the first two columns 予以公开's 31 stands in)
    const truth = report(OTHER);
    const lines = renderLayoutText(truth, { wrap: 'none' }).split('\n');
    const b = lines.findIndex((l) => l.includes('（二）部分公开'));
    lines[b] = packed(lines[b] as string);
    const { cell, codes } = readTable3(lines.join('\n'));
    const [c0, c1] = APPLICANTS as readonly string[];
    expect([cell('results.granted', c0 as string), cell('results.granted', c1 as string)]).toEqual([SHARED, 'blank']);
    expect([cell('results.partiallyGranted', c0 as string), cell('results.partiallyGranted', c1 as string)]).toEqual(['blank', OTHER]);
    expect(codes).not.toContain('blank-by-position t3.results.partiallyGranted');
  });
});
