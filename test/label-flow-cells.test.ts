/**
 * Table 三's stream of numbers in the template's order but for cells printed later one at a time,
 * each between the pieces of its own row's label (plain `pdftotext` of a LibreOffice print: a band
 * of rows with tall wrapped labels has its labels, and the cells beside them, printed after the
 * other rows' numbers), read by `src/repairs/label-flow-cells.ts`. Our own reports
 * (test/helpers/fixtures.ts) written so, a cell to a line.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, type Report } from '../src/index.js';
import { decideLabelFlowCells } from '../src/repairs/label-flow-cells.js';
import type { NumberStreamDecision } from '../src/repairs/number-stream.js';
import { blankCountsAsZero } from '../src/template/relations.js';
import { rewriteTable3 } from './helpers/continued-lines.js';
import { consistentReport, prng } from './helpers/fixtures.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { statedDiffering } from './helpers/probe-fixtures.js';
import { smallTable } from './helpers/small-table.js';
import { randomTruth, SMALL_ROWS, SMALL_VALUES } from './helpers/stream-cells.js';
import { cellsOnLines, readStream, readingValues, table3Values } from './helpers/stream-reads.js';

/** A row whose label is printed late, with `first` of its first cells and `last` of its last cells beside it. */
interface LateRow {
  row: number;
  first: number;
  last?: number;
}

/**
 * `truth`'s table 三 a cell to a line, each row's label before its cells, but for the `late` rows:
 * their other cells stand in their place without a label, and after the table's last row each
 * late row's label is printed in two pieces with the cells beside it between them (first cells,
 * then last cells), in the rows' order.
 */
function labelFlowText(truth: Report, late: readonly LateRow[]): string {
  const rows: { labels: string[]; cells: string[] }[] = [];
  rewriteTable3(truth, (labels, _numbers, _out, cells) => rows.push({ labels, cells: cells.slice(-7).map((c) => c || '-') }));
  const byRow = new Map(late.map((l) => [l.row, l]));
  const lines: string[] = [];
  rows.forEach((r, i) => {
    const l = byRow.get(i);
    if (!l) lines.push(r.labels.join(' '));
    for (const c of r.cells.slice(l?.first ?? 0, 7 - (l?.last ?? 0))) lines.push(c);
  });
  for (const l of late) {
    const r = rows[l.row] as { labels: string[]; cells: string[] };
    const label = r.labels[r.labels.length - 1] as string;
    const cut = Math.ceil(label.length / 2);
    lines.push([...r.labels.slice(0, -1), label.slice(0, cut)].join(' '));
    for (const c of r.cells.slice(0, l.first)) lines.push(c);
    for (const c of r.cells.slice(7 - (l.last ?? 0))) lines.push(c);
    lines.push(label.slice(cut));
  }
  let placed = false;
  const out: string[] = [];
  for (const line of rewriteTable3(truth, (_labels, _numbers, o) => {
    if (!placed) for (const x of lines) o.push(x);
    placed = true;
  }))
    out.push(line);
  return out.join('\n');
}

describe('table 三 with cells printed later beside their own labels (label-flow-cells)', () => {
  it("five rows' first cells after the table's last row, each between its label's pieces (2021)", () => {
    const truth = consistentReport(71, '2021', { scale: 40 });
    const text = labelFlowText(truth, [
      { row: 7, first: 1 },
      { row: 8, first: 1 },
      { row: 13, first: 2 },
      { row: 17, first: 1 },
      { row: 18, first: 1 },
    ]);
    const { report, diagnostics, stream } = readStream(text);
    expect(table3Values(report)).toEqual(table3Values(truth));
    expect(stream.map((d) => [d.severity, d.path, d.actual])).toEqual([['warning', 't3', 'rows-label-flow']]);
    expect(stream[0]?.addresses).toHaveLength(175);
    expect(scoreCells(truth, report, diagnostics).silentWrong).toBe(0);
  });

  it("three rows' first cells and the last row's total between their labels' pieces after the table (2019)", () => {
    const truth = consistentReport(72, '2019', { scale: 40 });
    const text = labelFlowText(truth, [
      { row: 15, first: 1 },
      { row: 16, first: 2 },
      { row: 17, first: 1 },
      { row: 22, first: 0, last: 1 },
    ]);
    const { report, diagnostics, stream } = readStream(text);
    expect(table3Values(report)).toEqual(table3Values(truth));
    expect(stream.map((d) => d.actual)).toEqual(['rows-label-flow']);
    expect(scoreCells(truth, report, diagnostics).silentWrong).toBe(0);
  });
});

describe('random rows printed late beside their labels (our reports, small numbers, zeros and blanks)', () => {
  it('no cell stated wrong over 24 streams of two to six late rows', () => {
    const rnd = prng(71);
    for (let k = 0; k < 24; k++) {
      const { truth, rows } = randomTruth(rnd, 7100 + k);
      const late: LateRow[] = [];
      let r = 2 + Math.floor(rnd() * 4);
      while (late.length < 6 && r < rows) {
        late.push(rnd() < 0.8 ? { row: r, first: rnd() < 0.7 ? 1 : 2 } : { row: r, first: 0, last: 1 });
        r += 1 + Math.floor(rnd() * 4);
      }
      const { report } = parseReport(labelFlowText(truth, late), { format: 'text' });
      expect(statedDiffering(listCells(report!), truth), `case ${k}`).toEqual([]);
    }
  }, 600_000);
});

/** A small table: rows a to d and their total t, columns x, y, z and the row total s. */
const { relations: RELATIONS, cellAt } = smallTable(SMALL_ROWS);
// (a cell to a line, as LibreOffice's plain text prints them; `between`: the stream cells with label
// text right before and after them, `beside`: the cells with label text on one side)
const decide = (values: number[], between: readonly number[], beside: readonly number[] = between): NumberStreamDecision | null =>
  decideLabelFlowCells(
    cellsOnLines(values.map((v) => [v])),
    { between: values.map((_, i) => between.includes(i)), beside: values.map((_, i) => beside.includes(i)) },
    5,
    4,
    cellAt,
    RELATIONS,
    blankCountsAsZero,
  );
/** a's and c's first cells printed after the total row. */
const LATE = [2, 3, 6, 4, 5, 6, 15, 8, 9, 24, 2, 3, 4, 9, 14, 18, 22, 54, 1, 7];

describe('decideLabelFlowCells', () => {
  it("reads a's and c's first cells printed one by one between label text after the total row", () => {
    expect(readingValues(decide(LATE, [18, 19]))).toEqual([['rows-label-flow', SMALL_VALUES]]);
  });

  it("reads b's first cell printed after its other cells, between label text", () => {
    expect(readingValues(decide([1, 2, 3, 6, 5, 6, 15, 4, 7, 8, 9, 24, 2, 3, 4, 9, 14, 18, 22, 54], [7]))).toEqual([
      ['rows-label-flow', SMALL_VALUES],
    ]);
  });

  it('reads a row of zeros whose first cell is late, though read in order from its second it adds up (zeros do from any cell on)', () => {
    // a 1 2 3 6 / b 0 0 0 0 / c 0 8 9 17 / d 7 3 4 14 / t 8 13 16 37: b's and d's first cells after the total
    // row, c's label in place, wrapped around its first cell
    const zeros = [
      [1, 2, 3, 6],
      [0, 0, 0, 0],
      [0, 8, 9, 17],
      [7, 3, 4, 14],
      [8, 13, 16, 37],
    ];
    const stream = [1, 2, 3, 6, 0, 0, 0, 0, 8, 9, 17, 3, 4, 14, 8, 13, 16, 37, 0, 7];
    expect(readingValues(decide(stream, [7, 18, 19], [7, 8, 18, 19]))).toEqual([['rows-label-flow', zeros]]);
  });

  it('decides nothing where the late cells stand between no label text, or a late row has its label in place', () => {
    expect(decide(LATE, [])).toBeNull();
    // (a's cells begin beside a label: its first cell stands with it, none is late)
    expect(decide(LATE, [18, 19], [0, 18, 19])).toBeNull();
  });

  it('decides nothing for another count', () => {
    expect(decide(LATE.slice(0, -1), [18])).toBeNull();
  });
});
