/**
 * Table 三 printed in column blocks, a band of rows at a time (plain `pdftotext` of a Chromium print
 * whose page sets the right-hand columns apart): each row's first cells beside its label, then the
 * band's other columns a row to a line; read by `src/repairs/banded-stream.ts` from the stream of
 * cells, kept by the lines, the row sums and every equation of the table. Our own reports
 * (test/helpers/fixtures.ts) written so.
 */
import { describe, expect, it } from 'vitest';
import { listCells, type Report } from '../src/index.js';
import { decideBandedStream } from '../src/repairs/banded-stream.js';
import { blankCountsAsZero } from '../src/template/relations.js';
import { rewriteTable3 } from './helpers/continued-lines.js';
import { consistentReport, prng } from './helpers/fixtures.js';
import { statedDiffering } from './helpers/probe-fixtures.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { smallTable } from './helpers/small-table.js';
import { cellsOnLines, readStream, readingValues, table3Values } from './helpers/stream-reads.js';

/** A band of rows `[from, to)` whose first `split` cells stand beside their labels. */
type BandSpec = [from: number, to: number, split: number];

/** How a piece of a row (its first cells, its other cells) is cut into lines: at most two. */
type Wrap = (row: number, piece: 'head' | 'tail', cells: string[]) => string[][];

const unwrapped: Wrap = (_row, _piece, cells) => [cells];

/**
 * `report`'s text with table 三 printed band by band: for each band, every row's label with its first
 * `split` cells on the line under it, then every row's other cells (a blank as `——`); `wrap` cuts a
 * piece over lines.
 */
function bandedText(report: Report, bands: readonly BandSpec[], wrap: Wrap = unwrapped): string {
  const rows: { labels: string[]; cells: string[] }[] = [];
  rewriteTable3(report, (labels, _numbers, _out, cells) => rows.push({ labels, cells: cells.slice(-7).map((c) => c || '——') }));
  const lines: string[] = [];
  for (const [from, to, split] of bands) {
    for (let r = from; r < to; r++) {
      const row = rows[r] as { labels: string[]; cells: string[] };
      lines.push(row.labels.join(' '));
      for (const l of wrap(r, 'head', row.cells.slice(0, split))) lines.push(l.join(' '));
    }
    for (let r = from; r < to && split < 7; r++)
      for (const l of wrap(r, 'tail', (rows[r] as { cells: string[] }).cells.slice(split))) lines.push(l.join(' '));
  }
  let placed = false;
  return rewriteTable3(report, (_labels, _numbers, out) => {
    if (!placed) for (const x of lines) out.push(x);
    placed = true;
  }).join('\n');
}

describe('table 三 printed in column blocks, a band of rows at a time (banded-stream)', () => {
  it('two bands parted after the fourth column (2021 template): every cell read, named by values-after-labels', () => {
    const truth = consistentReport(31, '2021', { scale: 40 });
    const { report, diagnostics, stream } = readStream(
      bandedText(truth, [
        [0, 23, 4],
        [23, 25, 4],
      ]),
    );
    expect(table3Values(report)).toEqual(table3Values(truth));
    expect(stream.map((d) => [d.severity, d.path, d.actual])).toEqual([['warning', 't3', 'column-blocks']]);
    expect(stream[0]?.addresses).toHaveLength(175);
    expect(scoreCells(truth, report, diagnostics).silentWrong).toBe(0);
  });

  it('three bands parted after different columns, pieces wrapped over two lines (2019 template)', () => {
    const truth = consistentReport(32, '2019', { scale: 40 });
    const wrap: Wrap = (row, _piece, cells) => (row % 3 === 0 && cells.length > 1 ? [cells.slice(0, -1), cells.slice(-1)] : [cells]);
    const rows = t3Rows(truth);
    const text = bandedText(
      truth,
      [
        [0, 9, 3],
        [9, 10, 7],
        [10, 18, 5],
        [18, rows, 2],
      ],
      wrap,
    );
    const { report, stream } = readStream(text);
    expect(table3Values(report)).toEqual(table3Values(truth));
    expect(stream.map((d) => d.actual)).toEqual(['column-blocks']);
  });

  it('a blank that vanished (one cell fewer than the table has): no reading by bands, nothing stated wrong', () => {
    const truth = consistentReport(33, '2021', { scale: 40 });
    const text = bandedText(
      truth,
      [
        [0, 23, 4],
        [23, 25, 4],
      ],
      (row, piece, cells) => (row === 5 && piece === 'tail' ? [cells.slice(1)] : [cells]),
    );
    const { report, diagnostics, stream } = readStream(text);
    expect(stream.map((d) => d.actual)).not.toContain('column-blocks');
    expect(scoreCells(truth, report, diagnostics).silentWrong).toBe(0);
  });
});

/** The data rows of table 三 in `report` (as the text writes them). */
function t3Rows(report: Report): number {
  let n = 0;
  rewriteTable3(report, () => n++);
  return n;
}

describe('random bandings of our reports (small numbers, zeros and blanks)', () => {
  it('no cell stated wrong where the bands are read, over 60 texts (most of them read so)', () => {
    const rnd = prng(17);
    let banded = 0;
    for (let k = 0; k < 60; k++) {
      const v = rnd() < 0.5 ? '2019' : '2021';
      const scale = [1, 3, 40][Math.floor(rnd() * 3)] as number;
      const truth = consistentReport(2000 + k, v, { scale, blanks: rnd() < 0.3 ? [Math.floor(rnd() * 1e9), 10] : [] });
      const rows = t3Rows(truth);
      const bands: BandSpec[] = [];
      for (let from = 0; from < rows;) {
        const to = Math.min(rows, from + 1 + Math.floor(rnd() * rows));
        bands.push([from, to, to - from === 1 ? 7 : 1 + Math.floor(rnd() * 6)]);
        from = to;
      }
      const wrap: Wrap = (_row, _piece, cells) => (cells.length > 1 && rnd() < 0.2 ? [cells.slice(0, 1), cells.slice(1)] : [cells]);
      const { report, stream } = readStream(bandedText(truth, bands, wrap));
      if (!stream.some((d) => d.actual === 'column-blocks')) continue;
      banded++;
      expect(statedDiffering(listCells(report), truth), `case ${k}`).toEqual([]);
    }
    expect(banded).toBeGreaterThanOrEqual(30);
  });
});

/** A small table: rows a to d and their total t, columns x, y, z and the row total s. */
const ROWS = ['a', 'b', 'c', 'd', 't'];
const { relations: RELATIONS, cellAt } = smallTable(ROWS);
const decide = (lines: readonly (readonly (number | null)[])[]) =>
  decideBandedStream(cellsOnLines(lines), 5, 4, cellAt, RELATIONS, blankCountsAsZero);

describe('decideBandedStream', () => {
  it('reads a band of four rows parted after the first column, the total row alone', () => {
    // a 1 2 3 6 / b 4 5 6 15 / c 7 8 9 24 / d 2 3 4 9 / t 14 18 22 54
    const d = decide([[1], [4], [7], [2], [2, 3, 6], [5, 6, 15], [8, 9, 24], [3, 4, 9], [14, 18, 22, 54]]);
    expect(readingValues(d)).toEqual([
      [
        'column-blocks',
        [
          [1, 2, 3, 6],
          [4, 5, 6, 15],
          [7, 8, 9, 24],
          [2, 3, 4, 9],
          [14, 18, 22, 54],
        ],
      ],
    ]);
  });

  it('decides nothing where a line holds two pieces, or the count differs', () => {
    // (a's first cell and b's on one line: the blocks are no band's)
    expect(decide([[1, 4], [7], [2], [2, 3, 6], [5, 6, 15], [8, 9, 24], [3, 4, 9], [14, 18, 22, 54]])).toBeNull();
    expect(decide([[1], [4], [7], [2], [2, 3, 6], [5, 6, 15], [8, 9, 24], [3, 4, 9], [14, 18, 22]])).toBeNull();
  });

  it('two bandings keep every equation: both kept, the cells they disagree on ambiguous by the reader', () => {
    // a 0 2 2 4 / b 0 2 2 4 / c 0 2 0 2 / d 2 0 1 3 / t 2 6 5 13: parted after the second column, or
    // after the first, the rows' sums and the columns' hold alike
    const d = decide([
      [0, 2],
      [0, 2],
      [0, 2],
      [2, 0],
      [2, 4],
      [2, 4],
      [0, 2],
      [1, 3],
      [2, 6, 5, 13],
    ]);
    expect(readingValues(d)).toEqual([
      [
        'column-blocks',
        [
          [0, 2, 0, 2],
          [0, 2, 2, 4],
          [2, 0, 2, 4],
          [0, 2, 1, 3],
          [2, 6, 5, 13],
        ],
      ],
      [
        'column-blocks',
        [
          [0, 2, 2, 4],
          [0, 2, 2, 4],
          [0, 2, 0, 2],
          [2, 0, 1, 3],
          [2, 6, 5, 13],
        ],
      ],
    ]);
  });
});
