/**
 * Table 三 printed in rectangular blocks, each beginning at the first cell not yet printed (plain
 * `pdftotext` of a Chromium print whose labels wrap a character a line or whose columns the page sets
 * apart: a row whole on its line, the first cells of several rows one under the other, then the next
 * column of those rows, then their last cells a row to a line); read by
 * `src/repairs/block-fill-stream.ts` from the stream of cells, kept by the lines, the sums and every
 * equation of the table. Our own reports (test/helpers/fixtures.ts) written so.
 */
import { describe, expect, it } from 'vitest';
import { listCells } from '../src/index.js';
import { decideBlockFillStream } from '../src/repairs/block-fill-stream.js';
import { keepsReadCandidates, placeStream } from '../src/repairs/number-stream.js';
import { blankCountsAsZero } from '../src/template/relations.js';
import { blockText, type Block } from './helpers/block-text.js';
import { consistentReport, prng } from './helpers/fixtures.js';
import { statedDiffering } from './helpers/probe-fixtures.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { smallTable } from './helpers/small-table.js';
import { cellsOnLines, readStream, readingValues, table3Values } from './helpers/stream-reads.js';

describe('table 三 printed in blocks from the first open cell (block-fill-stream)', () => {
  it('a row whole, two column pieces of the next rows, their rests a row to a line, a band, pieces again (2021 template): every cell read', () => {
    const truth = consistentReport(41, '2021', { scale: 40 });
    const text = blockText(truth, [
      { kind: 'rest' },
      { kind: 'piece', rows: 4 },
      { kind: 'piece', rows: 4 },
      { kind: 'rest' },
      { kind: 'rest' },
      { kind: 'rest' },
      { kind: 'rest' },
      { kind: 'band', rows: 6, width: 3 },
      { kind: 'rest', cut: 2 },
      { kind: 'piece', rows: 5 },
      { kind: 'piece', rows: 3 },
    ]);
    const { report, diagnostics, stream } = readStream(text);
    expect(table3Values(report)).toEqual(table3Values(truth));
    expect(stream.map((d) => [d.severity, d.path, d.actual])).toEqual([['warning', 't3', 'blocks']]);
    expect(stream[0]?.addresses).toHaveLength(175);
    expect(scoreCells(truth, report, diagnostics).silentWrong).toBe(0);
  });

  it('bands of three columns and column pieces mixed (2019 template, zeros among the counts)', () => {
    const truth = consistentReport(42, '2019', { scale: 3 });
    const text = blockText(truth, [
      { kind: 'rest' },
      { kind: 'band', rows: 9, width: 3 },
      { kind: 'piece', rows: 9 },
      { kind: 'band', rows: 9, width: 2 },
      { kind: 'rest', cut: 3 },
      { kind: 'piece', rows: 6 },
      { kind: 'piece', rows: 6 },
    ]);
    const { report, diagnostics, stream } = readStream(text);
    expect(scoreCells(truth, report, diagnostics).silentWrong).toBe(0);
    expect(statedDiffering(listCells(report), truth)).toEqual([]);
    expect(stream.map((d) => d.actual)).toEqual(['blocks']);
  });

  it('a blank that vanished (a cell fewer than the table has): no reading by blocks, nothing stated wrong', () => {
    const truth = consistentReport(43, '2021', { scale: 40, blanks: [5] });
    const text = blockText(truth, [{ kind: 'rest' }, { kind: 'piece', rows: 13 }, { kind: 'piece', rows: 12 }]).replace(/^——$/m, '');
    const { report, diagnostics, stream } = readStream(text);
    expect(stream.map((d) => d.actual)).not.toContain('blocks');
    expect(scoreCells(truth, report, diagnostics).silentWrong).toBe(0);
  });
});

describe('random block fills of our reports (small numbers, zeros and blanks)', () => {
  it('no cell stated wrong where the blocks are read, over 24 texts (most of them read so)', () => {
    const rnd = prng(23);
    let read_ = 0;
    for (let k = 0; k < 24; k++) {
      const v = rnd() < 0.5 ? '2019' : '2021';
      const scale = [1, 3, 40][Math.floor(rnd() * 3)] as number;
      const truth = consistentReport(3000 + k, v, { scale, blanks: rnd() < 0.3 ? [Math.floor(rnd() * 1e9), 10] : [] });
      const blocks: Block[] = [];
      for (let b = 0; b < 12; b++) {
        const x = rnd();
        const rows = 2 + Math.floor(rnd() * 12);
        blocks.push(
          x < 0.3
            ? { kind: 'rest', cut: Math.floor(rnd() * 4) }
            : x < 0.7
              ? { kind: 'piece', rows }
              : { kind: 'band', rows, width: 2 + Math.floor(rnd() * 3) },
        );
      }
      const { report, stream } = readStream(blockText(truth, blocks));
      if (!stream.some((d) => d.actual === 'blocks')) continue;
      read_++;
      expect(statedDiffering(listCells(report), truth), `case ${k}`).toEqual([]);
    }
    expect(read_).toBeGreaterThanOrEqual(8);
  });
});

/** A small table: rows a to d and their total t, columns x, y, z and the row total s. */
const ROWS = ['a', 'b', 'c', 'd', 't'];
const { relations: RELATIONS, cellAt } = smallTable(ROWS);
const decide = (lines: readonly (readonly (number | null)[])[]) =>
  decideBlockFillStream(cellsOnLines(lines), 5, 4, cellAt, RELATIONS, blankCountsAsZero);

describe('decideBlockFillStream', () => {
  it('reads a row whole, a column piece of three rows, their other cells a row to a line, the total row', () => {
    // a 1 2 3 6 / b 4 5 6 15 / c 7 8 9 24 / d 2 3 4 9 / t 14 18 22 54
    const d = decide([[1, 2, 3, 6], [4], [7], [2], [5, 6, 15], [8, 9, 24], [3, 4, 9], [14, 18, 22, 54]]);
    expect(readingValues(d)).toEqual([
      [
        'blocks',
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

  it('decides nothing where two rows stand on one line, the count differs, or the lines show no row', () => {
    // (b's first cell and c's on one line: no block puts two rows' cells on a line)
    expect(decide([[1, 2, 3, 6], [4, 7], [2], [5, 6, 15], [8, 9, 24], [3, 4, 9], [14, 18, 22, 54]])).toBeNull();
    expect(decide([[1, 2, 3, 6], [4], [7], [2], [5, 6, 15], [8, 9, 24], [3, 4, 9], [14, 18, 22]])).toBeNull();
    // (a cell to a line: the lines leave the blocks unchecked)
    expect(decide([1, 2, 3, 6, 4, 7, 2, 5, 6, 15, 8, 9, 24, 3, 4, 9, 14, 18, 22, 54].map((v) => [v]))).toBeNull();
  });

  it('fills that give every cell the same (rows of zeros, their blocks cut anywhere) are one reading', () => {
    const d = decide([[1, 0, 0, 1], [0], [0], [0], [0, 0, 0], [0, 0, 0], [0, 0, 0], [1, 0, 0, 1]]);
    expect(readingValues(d)).toEqual([
      [
        'blocks',
        [
          [1, 0, 0, 1],
          [0, 0, 0, 0],
          [0, 0, 0, 0],
          [0, 0, 0, 0],
          [1, 0, 0, 1],
        ],
      ],
    ]);
  });
});

describe('keepsReadCandidates (the two-way readings other repairs left)', () => {
  // a 1 2 3 6 / b 4 5 6 15 / c 7 8 9 24 / d 2 3 4 9 / t 14 18 22 54, read by blocks
  const placed = placeStream(decide([[1, 2, 3, 6], [4], [7], [2], [5, 6, 15], [8, 9, 24], [3, 4, 9], [14, 18, 22, 54]])!, () => null)!;
  it('keeps a placement where no cell was left between two numbers, or where one was left with a single candidate', () => {
    expect(keepsReadCandidates(placed, () => null)).toBe(true);
    expect(keepsReadCandidates(placed, (row, column) => (row === 1 && column === 0 ? [9] : null))).toBe(true);
  });
  it('refuses a placement stating one of two numbers a cell was left between (or another number)', () => {
    // (b's first cell read as 4 or 7 by another repair: the blocks state 4)
    expect(keepsReadCandidates(placed, (row, column) => (row === 1 && column === 0 ? [4, 7] : null))).toBe(false);
    expect(keepsReadCandidates(placed, (row, column) => (row === 1 && column === 0 ? [5, 7] : null))).toBe(false);
  });
  it('keeps a placement leaving that cell ambiguous with both numbers among its candidates', () => {
    const two = {
      orders: placed.orders,
      rows: placed.rows.map((row, i) =>
        row.map((p, j) => (i === 1 && j === 0 ? { status: 'ambiguous' as const, candidates: [7, 4], tokens: [] } : p)),
      ),
    };
    expect(keepsReadCandidates(two, (row, column) => (row === 1 && column === 0 ? [4, 7] : null))).toBe(true);
  });
});
