/**
 * Table 三's last columns printed after the next heading (plain pdftotext of a browser print), where
 * some tail row's first cells stand before its label (on the line after the row above's: that row
 * holds two lines, its own label none), where the tail is longer than twelve rows, and where the
 * tail holds blank markers (`/`). Read by the count (one line of first cells per row, the tail's
 * numbers exactly the cells left), the bands of lines and the arithmetic. Our own reports
 * (test/helpers/fixtures.ts), written in that layout here.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, type Report, type TemplateVersion } from '../src/index.js';
import { consistentReport, VERSIONS } from './helpers/fixtures.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { rewriteTable3 } from './helpers/continued-lines.js';

const HEADING = '四、政府信息公开行政复议、行政诉讼情况';
const NCOLS = 7;

interface TailLayout {
  /** The last rows whose other columns follow the heading. */
  tailRows: number;
  /** Numbers each tail row prints by its label. */
  head: number;
  /** Tail rows (counted from the first tail row) whose first cells stand before their label. */
  early?: readonly number[];
  /** How a blank cell prints (default: nothing). */
  blank?: string;
  /** Table 四's caption and group header printed between the heading and the blocks. */
  t4Header?: boolean;
}

/**
 * Table 三 of `report` in plain pdftotext's lines: each row's label, then its cells on one line; the
 * last `tailRows` rows print their first `head` cells only, and their other columns follow the next
 * heading, one block per column (one cell a line, the rows top to bottom). An `early` row's first
 * cells are printed on the line before its label.
 */
function tailText(report: Report, { tailRows, head, early = [], blank, t4Header = false }: TailLayout): string {
  const rows: { label: string; cells: string[] }[] = [];
  const out = rewriteTable3(report, (labels, numbers, _out, cells) =>
    rows.push({
      label: labels.join(' '),
      cells: blank === undefined ? numbers : cells.slice(-NCOLS).map((c) => (c === '' ? blank : c)),
    }),
  );
  const at = out.indexOf(HEADING);
  const first = rows.length - tailRows;
  const table: string[] = [];
  rows.forEach((r, k) => {
    const tail = k >= first;
    const own = tail ? r.cells.slice(0, head).join(' ') : r.cells.join(' ');
    if (tail && early.includes(k - first)) table.push(own, r.label);
    else table.push(r.label, own);
  });
  const blocks: string[] = [];
  for (let c = head; c < NCOLS; c++) for (const r of rows.slice(first)) blocks.push(r.cells[c] as string);
  const caption = '本年度行政复议、行政诉讼情况统计如下：';
  const between = t4Header ? [caption, '行政复议', '行政诉讼', '未经复议直接起诉', ...blocks, '复议后起诉'] : [...blocks, caption];
  return [...out.slice(0, at), ...table, HEADING, ...between, ...out.slice(at + 1)].join('\n');
}

/** `report` with the cells `blanks` (table 三 addresses whose value is 0) blank. */
function withBlanks(report: Report, v: TemplateVersion, blanks: readonly string[]): Report {
  const cells: Record<string, number | null> = {};
  for (const c of listCells(report)) cells[c.address] = blanks.includes(c.address) || c.status === 'blank' ? null : c.value;
  return createReport({ versions: { table2: v, table3: v }, cells, meta: { agency: '示例县示例局', year: v === '2019' ? 2020 : 2023 } });
}

/**
 * Reads `text` and checks every cell of `truth` right, nothing wrong, and the tail of `tailRows`
 * rows named by one `rows-tail-columns` warning (none when `tailRows` is 0); returns the cells read.
 */
function expectAllRead(truth: Report, text: string, tailRows: number): ReturnType<typeof listCells> {
  const { report, diagnostics } = parseReport(text, { format: 'text' });
  const score = scoreCells(truth, report, diagnostics);
  expect(score.wrongAddresses).toEqual([]);
  expect(score.right).toBe(listCells(truth).length);
  const named = diagnostics.filter((d) => d.code === 'rows-tail-columns').map((d) => d.addresses?.length);
  expect(named).toEqual(tailRows > 0 ? [tailRows * NCOLS] : []);
  return listCells(report!);
}

describe('table 三: tail rows whose first cells stand before their label', () => {
  for (const v of VERSIONS)
    it(`${v}: one line of first cells per row, counted: every cell read`, () => {
      const truth = consistentReport(11, v, { scale: 40 });
      expectAllRead(truth, tailText(truth, { tailRows: 18, head: 2, early: [5, 9] }), 18);
    });

  it('a line too many among the first cells: not read so, nothing stated wrong', () => {
    const truth = consistentReport(11, '2021', { scale: 40 });
    const text = tailText(truth, { tailRows: 18, head: 2, early: [5] }).replace('\n四、结转', '\n5 5\n四、结转');
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    expect(diagnostics.some((d) => d.code === 'rows-tail-columns')).toBe(false);
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
  });
});

describe('table 三: a long tail, blank markers in it', () => {
  for (const v of VERSIONS)
    it(`${v}: twenty tail rows (more than twelve): every cell read`, () => {
      const truth = consistentReport(5, v, { scale: 40 });
      expectAllRead(truth, tailText(truth, { tailRows: 20, head: 2 }), 20);
    });

  it('blank cells printed `/` in the tail after the heading: read on through them, each blank read blank', () => {
    const base = consistentReport(11, '2021', { scale: 40 });
    // Two cells of 0 in the tail rows' last columns, left blank (the sums are the same).
    const zeros = listCells(base)
      .filter(
        (c) => /^t3\.(results\.(total|otherHandling)|carriedForward)/.test(c.address) && c.value === 0 && !c.address.endsWith('.total'),
      )
      .map((c) => c.address)
      .filter((a) => !a.endsWith('naturalPerson') && !a.endsWith('commercialEnterprise'))
      .slice(0, 2);
    expect(zeros.length).toBe(2);
    const truth = withBlanks(base, '2021', zeros);
    const text = tailText(truth, { tailRows: 5, head: 2, blank: '/' });
    expect(text).toMatch(/\n\/\n/);
    const cells = expectAllRead(truth, text, 5);
    for (const a of zeros) expect(cells.find((c) => c.address === a)?.status).toBe('blank');
  });

  for (const v of VERSIONS)
    it(`${v}: table 四's caption and group header printed before the tail: the tail read with table 三, table 四 read on its own`, () => {
      const truth = consistentReport(7, v, { scale: 40 });
      const text = tailText(truth, { tailRows: 16, head: 2, t4Header: true });
      expect(text).toContain('未经复议直接起诉\n');
      expectAllRead(truth, text, 16);
    });
});
