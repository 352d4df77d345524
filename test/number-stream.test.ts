/**
 * Table 三's row labels printed first and its numbers after them as one stream (plain pdftotext of
 * a Chromium print): read by the template's rows and the table's equations
 * (`src/repairs/number-stream.ts`), row by row or column by column, every cell named by
 * `values-after-labels`. Our own reports (test/helpers/fixtures.ts) written so.
 */
import { describe, expect, it } from 'vitest';
import { listCells, type Report } from '../src/index.js';
import { decideNumberStream, placeStream, type NumberStreamDecision, type StreamCell } from '../src/repairs/number-stream.js';
import type { TableRelation } from '../src/template/relations.js';
import { consistentReport, VERSIONS } from './helpers/fixtures.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { streamText } from './helpers/stream-text.js';
import { streamCell } from './helpers/stream-cells.js';
import { readStream } from './helpers/stream-reads.js';

function t3Of(report: Report): Map<string, unknown> {
  return new Map(
    listCells(report)
      .filter((c) => c.address.startsWith('t3.'))
      .map((c) => [c.address, c.status === 'blank' ? null : c.value]),
  );
}

describe('table 三 printed as labels, then a stream of numbers (number-stream)', () => {
  for (const v of VERSIONS)
    for (const order of ['rows', 'columns'] as const)
      it(`${v}, ${order}: every cell read, every cell named by values-after-labels (${order})`, () => {
        const truth = consistentReport(11, v, { scale: 40, blanks: [30, 61] });
        const { report, diagnostics, stream } = readStream(streamText(truth, order));
        expect(t3Of(report)).toEqual(t3Of(truth));
        expect(stream.map((d) => [d.severity, d.path, d.actual, d.addresses?.length])).toEqual([
          ['warning', 't3', order, t3Of(truth).size],
        ]);
        expect(scoreCells(truth, report, diagnostics).silentWrong).toBe(0);
      });

  it('rows after the stack printed by their labels (the stacked-rows repair reads it so): read right, the stream not needed', () => {
    const truth = consistentReport(12, '2021', { scale: 40 });
    const { report, stream } = readStream(streamText(truth, 'rows', 3));
    expect(t3Of(report)).toEqual(t3Of(truth));
    expect(stream).toHaveLength(0);
  });

  it('a number lost (a blank vanished): the count differs, nothing read from the stream, nothing stated wrong', () => {
    const truth = consistentReport(13, '2021', { scale: 40 });
    const text = streamText(truth, 'rows', 0, (cells) => {
      (cells[4] as string[]).splice(2, 1, '');
    });
    const { report, diagnostics, stream } = readStream(text.replace(/ {2,}/g, ' '));
    expect(stream).toHaveLength(0);
    expect(scoreCells(truth, report, diagnostics).silentWrong).toBe(0);
  });

  it('two rows swapped in the stream so that their row sums break: no division fits, nothing read from it', () => {
    const truth = consistentReport(14, '2021', { scale: 40 });
    const text = streamText(truth, 'rows', 0, (cells) => {
      // (the first cells of two rows exchanged: both row sums fail unless the two are equal)
      const [a, b] = [cells[0] as string[], cells[1] as string[]];
      expect(a[0]).not.toBe(b[0]);
      [a[0], b[0]] = [b[0] as string, a[0] as string];
    });
    const { report, diagnostics, stream } = readStream(text);
    expect(stream).toHaveLength(0);
    expect(scoreCells(truth, report, diagnostics).silentWrong).toBe(0);
  });
});

describe('decideNumberStream and placeStream', () => {
  // A table of two rows (a, b, total) and one column equation (the first column's cells equal).
  const stream = (values: (number | null)[]): StreamCell[] => values.map((v, i) => streamCell(v, i));
  const relations: TableRelation[] = [
    { rule: 'T3.ROWSUM', row: 'r0', left: ['t.r0.2'], right: ['t.r0.0', 't.r0.1'] },
    { rule: 'T3.ROWSUM', row: 'r1', left: ['t.r1.2'], right: ['t.r1.0', 't.r1.1'] },
    { rule: 'T3.RESULTS', column: 'naturalPerson', left: ['t.r0.0'], right: ['t.r1.0'] },
  ];
  const cellAt = (address: string) => {
    const m = /^t\.r(\d)\.(\d)$/.exec(address);
    return m ? { row: Number(m[1]), column: Number(m[2]) } : null;
  };
  const decide = (values: (number | null)[]) => decideNumberStream(stream(values), 2, 3, cellAt, relations, (a) => !a.endsWith('.2'));
  const values = (d: NumberStreamDecision | null) =>
    d?.readings.map((r) => [r.order, r.rows.map((row) => row.map((t) => (t.kind === 'value' ? t.content.value : null)))]);

  it('row by row only', () => {
    expect(values(decide([1, 2, 3, 1, 4, 5]))).toEqual([
      [
        'rows',
        [
          [1, 2, 3],
          [1, 4, 5],
        ],
      ],
    ]);
  });

  it('column by column only', () => {
    // (columns 1 1 | 2 4 | 3 5)
    expect(values(decide([1, 1, 2, 4, 3, 5]))).toEqual([
      [
        'columns',
        [
          [1, 2, 3],
          [1, 4, 5],
        ],
      ],
    ]);
  });

  it('no division fits, or the count differs: null', () => {
    expect(decide([1, 2, 4, 1, 4, 5])).toBeNull();
    expect(decide([1, 2, 3, 1, 4])).toBeNull();
  });

  it('both divisions fit: the cells they disagree on are ambiguous with both numbers', () => {
    // (a table of zeros: the same cells both ways, stated)
    const same = placeStream(decide([0, 0, 0, 0, 0, 0]) as NumberStreamDecision, () => null);
    expect(same?.orders).toEqual(['rows', 'columns']);
    expect(same?.rows.flat().map((p) => p.status)).toEqual(['value', 'value', 'value', 'value', 'value', 'value']);
    // (two divisions that give the rows' numbers the other way round)
    const d: NumberStreamDecision = {
      repair: 'number-stream',
      readings: [
        { order: 'rows', rows: [stream([0, 1, 1]), stream([0, 2, 2])] },
        { order: 'columns', rows: [stream([0, 2, 2]), stream([0, 1, 1])] },
      ],
    };
    const both = placeStream(d, () => null);
    expect(both?.rows.map((row) => row.map((p) => (p.status === 'ambiguous' ? p.candidates : p.status)))).toEqual([
      ['value', [1, 2], [1, 2]],
      ['value', [2, 1], [2, 1]],
    ]);
    // a cell read by its label keeps only the division that agrees with it
    const kept = placeStream(d, (row, column) => (row === 0 && column === 1 ? 2 : null));
    expect(kept?.orders).toEqual(['columns']);
    expect(placeStream(d, (row, column) => (row === 0 && column === 1 ? 7 : null))).toBeNull();
  });
});
