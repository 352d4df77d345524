/**
 * Table 三's stream of numbers in the template's order but for several short runs of rows' cells
 * printed later, together (plain `pdftotext` of a LibreOffice print over a page of rows with tall
 * wrapped labels: a row's last two cells after the rows below, the first cells of two rows after
 * their other cells), read by `src/repairs/deferred-runs.ts`: every reading of such runs is walked,
 * kept by the lines, the sums and every equation of the table. Our own reports
 * (test/helpers/fixtures.ts) written so.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, type Report } from '../src/index.js';
import { decideDeferredRuns } from '../src/repairs/deferred-runs.js';
import type { NumberStreamDecision } from '../src/repairs/number-stream.js';
import { blankCountsAsZero } from '../src/template/relations.js';
import { consistentReport, prng } from './helpers/fixtures.js';
import { statedDiffering } from './helpers/probe-fixtures.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { streamText } from './helpers/stream-text.js';
import { smallTable } from './helpers/small-table.js';
import { randomTruth, SMALL_ROWS, SMALL_VALUES } from './helpers/stream-cells.js';
import { cellsOnLines, readStream, readingValues, table3Values } from './helpers/stream-reads.js';

/** A run deferred: `length` cells at template index `from` (row × 7 + column), printed just before template index `before`. */
interface Deferred {
  from: number;
  length: number;
  before: number;
}

/**
 * `truth` written as its labels and then its stream of cells (`streamText`, row by row), a cell to a
 * line as LibreOffice's plain text prints them, with each run of `runs` taken out and printed before
 * the cell of template index `before` (runs printed before one cell come together, in the
 * template's order).
 */
function deferredText(truth: Report, runs: readonly Deferred[]): string {
  const text = streamText(truth, 'rows', 0, (rows) => {
    const flat = rows.flat();
    const moved = new Set<number>();
    for (const r of runs) for (let k = 0; k < r.length; k++) moved.add(r.from + k);
    const out: string[] = [];
    flat.forEach((cell, i) => {
      for (const r of runs) if (r.before === i) for (let k = 0; k < r.length; k++) out.push(flat[r.from + k] as string);
      if (!moved.has(i)) out.push(cell);
    });
    rows.forEach((r, i) => r.splice(0, r.length, ...out.slice(i * 7, i * 7 + 7)));
  });
  return text
    .split('\n')
    .flatMap((l) => (/^[\d,\- ]+$/.test(l) ? l.split(' ') : [l]))
    .join('\n');
}

describe('table 三 in template order but for several short runs printed later (deferred-runs)', () => {
  it("the first row's last two cells after the thirteenth row, the total row's last two after the last row's first five (2021)", () => {
    const truth = consistentReport(61, '2021', { scale: 40 });
    const text = deferredText(truth, [
      { from: 5, length: 2, before: 13 * 7 },
      { from: 23 * 7 + 5, length: 2, before: 24 * 7 + 5 },
    ]);
    const { report, diagnostics, stream } = readStream(text);
    expect(table3Values(report)).toEqual(table3Values(truth));
    expect(stream.map((d) => [d.severity, d.path, d.actual])).toEqual([['warning', 't3', 'rows-moved']]);
    expect(stream[0]?.addresses).toHaveLength(175);
    expect(scoreCells(truth, report, diagnostics).silentWrong).toBe(0);
  });

  it('the first two cells of two rows printed together after the next row began, and a total printed later (2019)', () => {
    const truth = consistentReport(62, '2019', { scale: 40 });
    const text = deferredText(truth, [
      { from: 5 * 7, length: 2, before: 7 * 7 + 2 },
      { from: 6 * 7, length: 2, before: 7 * 7 + 2 },
      { from: 12 * 7 + 6, length: 1, before: 14 * 7 },
    ]);
    const { report, diagnostics, stream } = readStream(text);
    expect(table3Values(report)).toEqual(table3Values(truth));
    expect(stream.map((d) => d.actual)).toEqual(['rows-moved']);
    expect(scoreCells(truth, report, diagnostics).silentWrong).toBe(0);
  });

  it('a blank that vanished (a cell fewer than the table has): nothing read from the stream, nothing stated wrong', () => {
    const truth = consistentReport(63, '2021', { scale: 40, blanks: [7] });
    const text = deferredText(truth, [
      { from: 5, length: 2, before: 13 * 7 },
      { from: 9 * 7, length: 1, before: 11 * 7 },
    ]).replace(/(^|\s)-(\s|$)/m, '$1$2');
    const { report, diagnostics, stream } = readStream(text);
    expect(stream.map((d) => d.actual)).not.toContain('rows-moved');
    expect(scoreCells(truth, report, diagnostics).silentWrong).toBe(0);
  });
});

describe('random short runs deferred (our reports, small numbers, zeros and blanks)', () => {
  it('no cell stated wrong over 30 streams of two to four runs each', () => {
    const rnd = prng(61);
    for (let k = 0; k < 30; k++) {
      const { truth, rows } = randomTruth(rnd, 6100 + k);
      const runs: Deferred[] = [];
      let r = Math.floor(rnd() * 4);
      while (runs.length < 4 && r < rows - 2) {
        const length = rnd() < 0.5 ? 1 : 2;
        const from = r * 7 + Math.floor(rnd() * (8 - length));
        const before = Math.min(rows * 7 - 1, (r + 1 + Math.floor(rnd() * 3)) * 7 + Math.floor(rnd() * 7));
        runs.push({ from, length, before });
        r = Math.floor(before / 7) + 1 + Math.floor(rnd() * 3);
      }
      const { report } = parseReport(deferredText(truth, runs), { format: 'text' });
      expect(statedDiffering(listCells(report!), truth), `case ${k}`).toEqual([]);
    }
  }, 600_000);
});

/** A small table: rows a to d and their total t, columns x, y, z and the row total s. */
const { relations: RELATIONS, cellAt } = smallTable(SMALL_ROWS);
// (a cell to a line, as LibreOffice's plain text prints them)
const decide = (values: number[]): NumberStreamDecision | null =>
  decideDeferredRuns(cellsOnLines(values.map((v) => [v])), 5, 4, cellAt, RELATIONS, blankCountsAsZero);

describe('decideDeferredRuns', () => {
  it("reads b's and c's totals printed together after d's first cell", () => {
    expect(readingValues(decide([1, 2, 3, 6, 4, 5, 6, 7, 8, 9, 2, 15, 24, 3, 4, 9, 14, 18, 22, 54]))).toEqual([
      ['rows-moved', SMALL_VALUES],
    ]);
  });

  it("reads a's first cell printed after b's first two, and c's last two after d's row", () => {
    expect(readingValues(decide([2, 3, 6, 4, 5, 1, 6, 15, 7, 8, 2, 3, 4, 9, 9, 24, 14, 18, 22, 54]))).toEqual([
      ['rows-moved', SMALL_VALUES],
    ]);
  });

  it("decides nothing for a row's own cells in another order (only the column equations could tell), or another count", () => {
    // (b's first cell after its own others: b's sum holds either way)
    expect(decide([1, 2, 3, 6, 5, 6, 15, 4, 7, 8, 9, 24, 2, 3, 4, 9, 14, 18, 22, 54])).toBeNull();
    expect(decide([1, 2, 3, 6, 4, 5, 6, 7, 8, 9, 2, 15, 24, 3, 4, 9, 14, 18, 22])).toBeNull();
  });

  it('decides nothing for three cells of one row printed later (a longer run reads as rows in another order)', () => {
    expect(decide([1, 4, 5, 6, 15, 2, 3, 6, 7, 8, 9, 24, 2, 3, 4, 9, 14, 18, 22, 54])).toBeNull();
  });
});
