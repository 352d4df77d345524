/**
 * Table 三's last columns printed after the next section's heading (plain pdftotext of a browser
 * print: the heading stands in the flow of the label cells, the columns' blocks after it). Read
 * with the table only where a repair reads every one of those numbers (count and arithmetic), and
 * never stated wrong. Our own reports (test/helpers/fixtures.ts), written in that layout here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, type Report, type TemplateVersion } from '../src/index.js';
import { decideUniformTable } from '../src/repairs/uniform-table.js';
import type { TableToken } from '../src/tables/tokens.js';
import { consistentReport, VERSIONS } from './helpers/fixtures.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { rewriteTable3 } from './helpers/continued-lines.js';

const HEADING = '四、政府信息公开行政复议、行政诉讼情况';

/**
 * Table 三 of `report` in plain pdftotext's lines: each row's label, then its numbers on one line;
 * the last `tailRows` rows print only their first `head` numbers (the rows `headless` none), and their other columns follow the
 * next heading, one block per column (one number a line, the rows top to bottom), then a line of prose.
 */
function withTailAfterHeading(report: Report, tailRows: number, head: number, headless: readonly number[] = [], lineARow = false): string {
  const rows: { label: string; numbers: string[] }[] = [];
  const out = rewriteTable3(report, (labels, numbers) => rows.push({ label: labels.join(' '), numbers }));
  const at = out.indexOf(HEADING);
  const table: string[] = [];
  rows.forEach((r, k) => {
    const tail = k >= rows.length - tailRows;
    const own = headless.includes(k) ? 0 : head;
    table.push(r.label, ...(tail ? (own > 0 ? [r.numbers.slice(0, own).join(' ')] : []) : [r.numbers.join(' ')]));
  });
  const blocks: string[] = [];
  const last = rows.slice(rows.length - tailRows);
  const first = rows.length - tailRows;
  // (`lineARow`: one block of every other column, each row's numbers on a line of their own)
  if (lineARow) for (const r of last) blocks.push(r.numbers.slice(head).join(' '));
  else
    for (let c = 0; c < (last[0]?.numbers.length ?? 0); c++)
      last.forEach((r, j) => {
        if (c >= (headless.includes(first + j) ? 0 : head)) blocks.push(r.numbers[c] as string);
      });
  // (prose after them, as the reports print before table 四: numbers right before its header are its own)
  return [...out.slice(0, at), ...table, HEADING, ...blocks, '本年度行政复议、行政诉讼情况统计如下：', ...out.slice(at + 1)].join('\n');
}

describe('table 三: columns after the next heading', () => {
  for (const v of VERSIONS)
    it(`${v}: every row but the first two prints its first five numbers, the other two a line a row after the heading: every cell read`, () => {
      // (a table wider than the page: plain pdftotext of a Chromium print, seed 263 p03; each line of
      // the tail is one row's block, every cut of the rows into bands the same reading, read once)
      const truth = consistentReport(5, v, { scale: 40 });
      let rows = 0;
      rewriteTable3(truth, () => rows++);
      const text = withTailAfterHeading(truth, rows - 2, 5, [], true);
      const { report, diagnostics } = parseReport(text, { format: 'text' });
      expect(scoreCells(truth, report, diagnostics).right).toBe(listCells(truth).length);
      expect(diagnostics.filter((d) => d.code === 'rows-tail-columns').map((d) => d.path)).toEqual(['t3.results.granted']);
      // The tail's last line missing: no reading takes the tail, nothing stated wrong.
      const cutText = text.replace(/\n[\d ]+(\n本年度行政复议)/, '$1');
      expect(cutText.length).toBeLessThan(text.length);
      const cut = parseReport(cutText, { format: 'text' });
      expect(cut.diagnostics.some((d) => d.code === 'rows-tail-columns')).toBe(false);
      expect(scoreCells(truth, cut.report, cut.diagnostics).wrongAddresses).toEqual([]);
    });

  for (const v of VERSIONS)
    it(`${v}: numbers after the heading that no repair reads whole stay out of the table, none stated wrong`, () => {
      const truth = consistentReport(11, v, { scale: 40 });
      const text = withTailAfterHeading(truth, 3, 2);
      // Read whole by the column-tail repair (count, bands of lines, row sums and the table's equations).
      const whole = parseReport(text, { format: 'text' });
      expect(scoreCells(truth, whole.report, whole.diagnostics).right).toBe(listCells(truth).length);
      expect(whole.diagnostics.some((d) => d.code === 'rows-tail-columns')).toBe(true);
      // One number too many after the heading: no reading takes them all, the table reads as its region stands.
      const extra = text.replace(`${HEADING}\n`, `${HEADING}\n7\n`);
      const plain = parseReport(extra.replace(/\n四、政府信息公开行政复议[^]*?\n本年度/, '\n本年度'), { format: 'text' });
      const { report, diagnostics } = parseReport(extra, { format: 'text' });
      expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
      const t3 = (r: typeof report): string[] =>
        listCells(r!)
          .filter((c) => c.address.startsWith('t3.'))
          .map((c) => `${c.address} ${c.status} ${c.value}`);
      expect(t3(report)).toEqual(t3(plain.report));
    });
});

describe('table 三: columns after the next heading, around a page break and a cut label', () => {
  for (const v of VERSIONS)
    it(`${v}: a browser's print footer and header among the numbers after the heading: every cell read`, () => {
      // (plain pdftotext of a Chromium print with header and footer: the page's address, its number
      // and the print date on lines of their own, the first right after the heading)
      const truth = consistentReport(11, v, { scale: 40 });
      const text = withTailAfterHeading(truth, 3, 2);
      const lines = text.split('\n');
      const at = lines.indexOf(HEADING);
      lines.splice(at + 1, 0, 'file:///tmp/report/report.html', '', '1/3', '');
      lines.splice(at + 8, 0, '12/6/26, 12:19 AM');
      const { report, diagnostics } = parseReport(lines.join('\n'), { format: 'text' });
      expect(scoreCells(truth, report, diagnostics).right).toBe(listCells(truth).length);
      expect(diagnostics.some((d) => d.code === 'rows-tail-columns')).toBe(true);
      // A line of the report's own text there ends the numbers after the heading: none read with the table.
      lines[at + 1] = '本年度情况如下：';
      const other = parseReport(lines.join('\n'), { format: 'text' });
      expect(other.diagnostics.some((d) => d.code === 'rows-tail-columns')).toBe(false);
      expect(scoreCells(truth, other.report, other.diagnostics).wrongAddresses).toEqual([]);
    });

  for (const v of VERSIONS)
    it(`${v}: a tail row's label cut in two by the group label's last character: every cell read`, () => {
      // (`（四）无法提 2.没有现成信息需要 0 0` / `供` / `另行制作`: the second piece is the same row's
      // label again, with no number of its own; seed 55 p02 of the probe, Chromium plain)
      const truth = consistentReport(11, v, { scale: 40 });
      let rows = 0;
      rewriteTable3(truth, () => rows++);
      const text = withTailAfterHeading(truth, rows - 2, 2);
      const cut = text
        .replace('（四）无法提供 1.本机关不掌握相关政府信息', '1.本机关不掌握相关政府信息')
        .replace(/2\.没有现成信息需要另行制作\n(\d+ \d+)\n/, '（四）无法提 2.没有现成信息需要 $1\n供\n另行制作\n');
      expect(cut).toContain('\n供\n另行制作\n');
      const { report, diagnostics } = parseReport(cut, { format: 'text' });
      expect(scoreCells(truth, report, diagnostics).right).toBe(listCells(truth).length);
      expect(diagnostics.some((d) => d.code === 'rows-tail-columns')).toBe(true);
      // The second piece holding a number of its own is a row of its own: no tail read, nothing wrong.
      const own = parseReport(cut.replace('\n另行制作\n', '\n另行制作 0\n'), { format: 'text' });
      expect(own.diagnostics.some((d) => d.code === 'rows-tail-columns')).toBe(false);
      expect(scoreCells(truth, own.report, own.diagnostics).wrongAddresses).toEqual([]);
    });
});

/**
 * Table 三 of `report` with every row's first five numbers by its label and its last two a line a row
 * after the next heading (a table wider than the page, Chromium's plain text). `before`: rows whose
 * five numbers stand before their label; `wrapped`: rows whose five wrap after four; `glue`: rows whose
 * two numbers after the heading ran together (`sep`: written with thousands separators).
 */
function fiveThenTwo(report: Report, o: { before?: number[]; wrapped?: number[]; glue?: number[]; sep?: boolean } = {}): string {
  const rows: { label: string; numbers: string[] }[] = [];
  const out = rewriteTable3(report, (labels, numbers) => rows.push({ label: labels.join(' '), numbers }));
  const at = out.indexOf(HEADING);
  const fmt = (n: string): string => (o.sep ? Number(n).toLocaleString('en-US') : n);
  const table: string[] = [];
  rows.forEach((r, k) => {
    const five = r.numbers.slice(0, 5);
    const head = o.wrapped?.includes(k) ? [five.slice(0, 4).join(' '), five[4] as string] : [five.join(' ')];
    if (o.before?.includes(k)) table.push(...head, r.label);
    else table.push(r.label, ...head);
  });
  const tail = rows.map((r, k) => {
    const two = r.numbers.slice(5).map(fmt);
    return o.glue?.includes(k) ? two.join('') : two.join(' ');
  });
  return [...out.slice(0, at), ...table, HEADING, ...tail, '本年度行政复议、行政诉讼情况统计如下：', ...out.slice(at + 1)].join('\n');
}

describe('table 三: columns after the next heading, heads wrapped and words run together', () => {
  for (const v of VERSIONS)
    it(`${v}: two rows' heads wrapped over two lines, beside heads printed before their labels: every cell read`, () => {
      // (probe seed 299 p03, Chromium plain: `266 213 266 0` / `25`; the run of heads is read by its lines)
      const truth = consistentReport(11, v, { scale: 400 });
      const text = fiveThenTwo(truth, { before: [7, 12], wrapped: [14, 18] });
      const { report, diagnostics } = parseReport(text, { format: 'text' });
      expect(scoreCells(truth, report, diagnostics).right).toBe(listCells(truth).length);
      expect(diagnostics.some((d) => d.code === 'rows-tail-columns')).toBe(true);
    });

  for (const v of VERSIONS)
    it(`${v}: the first and the total row's two numbers after the heading run together: cut by the row sums, every cell read`, () => {
      // (`3,19016,307` and `2,91716,224` in probe seed 299 p03; and without separators, `120507`)
      const truth = consistentReport(11, v, { scale: 400 });
      let rows = 0;
      rewriteTable3(truth, () => rows++);
      for (const sep of [true, false]) {
        const text = fiveThenTwo(truth, { before: [7, 12], glue: [0, rows - 2], sep });
        const { report, diagnostics } = parseReport(text, { format: 'text' });
        expect(scoreCells(truth, report, diagnostics).right, `sep ${sep}`).toBe(listCells(truth).length);
        expect(diagnostics.some((d) => d.code === 'rows-tail-columns')).toBe(true);
      }
      // Three words run together: more than the tail reads cut; nothing is read from it, nothing wrong.
      const three = parseReport(fiveThenTwo(truth, { before: [7, 12], glue: [0, 5, rows - 2], sep: true }), { format: 'text' });
      expect(three.diagnostics.some((d) => d.code === 'rows-tail-columns')).toBe(false);
      expect(scoreCells(truth, three.report, three.diagnostics).wrongAddresses).toEqual([]);
    });
});

/** `base` with every cell of table 三 0 (a table of zeros), or blank at `blank`. */
function zerosTable(base: Report, v: TemplateVersion, blank?: string): Report {
  const cells: Record<string, number | null> = {};
  for (const c of listCells(base))
    cells[c.address] = c.address.startsWith('t3.') ? (c.address === blank ? null : 0) : c.status === 'blank' ? null : c.value;
  return createReport({ versions: { table2: v, table3: v }, cells, meta: { agency: '示例县示例局', year: v === '2019' ? 2020 : 2023 } });
}

describe('table 三 of zeros, its numbers away from their rows (uniform-table)', () => {
  for (const v of VERSIONS)
    it(`${v}: as many zeros as cells, every row label there: every cell read 0`, () => {
      const truth = zerosTable(consistentReport(3, v, { scale: 40 }), v);
      // (no row prints a number by its label: nothing deals the numbers to the rows but their count)
      const { report, diagnostics } = parseReport(withTailAfterHeading(truth, 20, 0), { format: 'text' });
      const t3 = listCells(report!).filter((c) => c.address.startsWith('t3.'));
      expect(t3.length).toBeGreaterThan(140);
      for (const c of t3) expect(c, c.address).toMatchObject({ status: 'value', value: 0 });
      expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
    });

  it('a table no order reads (two zeros glued into one word, rows with two numbers by their label): every cell read 0 by the count', () => {
    // Plain pdftotext of a browser print of a report of ours (scripts/gauntlet/probe.mjs, seed 2): every
    // cell of table 三 is 0, printed in full-width digits, two neighbouring cells often run together (`００`).
    const text = readFileSync(join(import.meta.dirname, 'plain-texts', 'uniform-zeros.txt'), 'utf8');
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    const t3 = listCells(report!).filter((c) => c.address.startsWith('t3.'));
    expect(t3.length).toBe(175);
    for (const c of t3) expect(c, c.address).toMatchObject({ status: 'value', value: 0 });
    expect(diagnostics.filter((d) => d.code === 'table-uniform').map((d) => [d.path, d.severity])).toEqual([['t3', 'info']]);
  });

  it('a blank cell (one number fewer than cells): not read so, nothing stated wrong', () => {
    const truth = zerosTable(consistentReport(3, '2021', { scale: 40 }), '2021', 't3.results.total.otherOrg');
    const { report, diagnostics } = parseReport(withTailAfterHeading(truth, 20, 0), { format: 'text' });
    expect(diagnostics.some((d) => d.code === 'table-uniform')).toBe(false);
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
  });

  it('decides nothing for numbers of two values, a blank marker, a missing row; a glued run of zeros is that many', () => {
    let at = 0;
    const label = (text: string): TableToken => ({ kind: 'label', text, start: at++, end: at, line: at, gapBefore: 0, lineStart: true });
    const value = (raw: string, glued = false): TableToken => ({
      kind: 'value',
      raw,
      content: { kind: 'number', value: Number(raw), signed: false, digits: raw },
      start: at++,
      end: at,
      line: at,
      gapBefore: 0,
      lineStart: true,
      ...(glued ? { glued: true } : {}),
    });
    const a = label('甲');
    const b = label('乙');
    const rows = [
      { key: 'a', label: a },
      { key: 'b', label: b },
    ];
    const tokens = [a, value('0'), b, value('00', true), value('0')];
    const d = decideUniformTable(tokens, rows, [['a', 'b']], 2);
    expect(d?.value).toBe(0);
    expect(d?.tokens.map((t) => (t.kind === 'value' ? t.raw : t.kind === 'label' ? t.text : t.kind))).toEqual([
      '甲',
      '0',
      '0',
      'break',
      '乙',
      '0',
      '0',
      'break',
    ]);
    expect(decideUniformTable([a, value('0'), b, value('0'), value('1'), value('0')], rows, [['a', 'b']], 2)).toBeNull();
    const blank: TableToken = { kind: 'blank', raw: '-', start: at++, end: at, line: at, gapBefore: 0, lineStart: true };
    expect(decideUniformTable([a, value('0'), blank, b, value('0'), value('0')], rows, [['a', 'b']], 2)).toBeNull();
    expect(decideUniformTable(tokens, rows.slice(0, 1), [['a', 'b']], 2)).toBeNull();
    expect(
      decideUniformTable(
        tokens,
        rows,
        [
          ['a', 'b'],
          ['b', 'a'],
        ],
        2,
      ),
    ).toBeNull();
  });
});
