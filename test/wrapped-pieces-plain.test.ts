/**
 * Plain `pdftotext` of a browser print whose narrow total column wraps a four-digit count: the row's
 * line ends with the number's first digits and its last digit stands alone on the next line
 * (`… １２６ １０６` / `２`). The wrapped-pieces check found the one join that keeps the row sum but
 * read it alone only from pieces placed by position (`-layout` text), so the total stayed
 * `ambiguous` between 106 and 1062 in plain text, whose lines of pieces start at the margin. Now a
 * join of pieces at the margin is the cell where the joins alone decide every cell the pieces
 * contest and take every piece of the lines beside the row (none left over for another reading);
 * a piece left over, or a row that keeps its sum as read, stays contested (issue 12, plain15).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, type Report } from 'zfxxgk-report';
import { decideWrappedPieces, type PieceRow } from '../src/repairs/wrapped-pieces.js';
import type { Placement } from '../src/tables/placement.js';
import type { ValueToken } from '../src/tables/tokens.js';
import { consistentReport } from './helpers/fixtures.js';
import { rowItemAt } from './helpers/layout-text.js';
import { rewriteTable3 } from './helpers/continued-lines.js';

const holds = (values: readonly (number | null)[]): boolean => values.slice(0, 6).reduce<number>((a, v) => a + (v ?? 0), 0) === values[6];

/** Our row on line `line`, its numbers one after another from the margin (plain text). */
function plainRow(raws: readonly string[], line = 10, row = 'r'): PieceRow {
  let at = 0;
  const columns: Placement[] = raws.map((raw) => {
    const token = rowItemAt(line, at, raw).token as ValueToken;
    at += raw.length + 1;
    return { status: 'value', token };
  });
  return { row, labelLines: [line - 1, line - 1], columns, holds };
}

describe('the wrapped-pieces decision on plain text (pieces at the margin)', () => {
  // (as read 125 56 185 298 272 126 106 breaks its sum; `2` below makes the total 1062, which keeps it)
  const raws = ['125', '56', '185', '298', '272', '126', '106'];

  it('reads the join alone where it takes every piece beside the row', () => {
    const [d] = decideWrappedPieces([plainRow(raws)], [rowItemAt(11, 0, '2')], new Set([9, 10]));
    expect(d?.columns).toEqual([6]);
    expect(d?.candidates).toEqual([[1062]]);
    expect(d?.joinedFrom?.map((c) => c?.map((t) => t.raw))).toEqual([['106', '2']]);
  });

  it('leaves the cell contested where a line of pieces beside the row is left over', () => {
    // (`2` then `7` on the next line: 1062 keeps the sum, `7` is no piece of this row's ways)
    const [d] = decideWrappedPieces([plainRow(raws)], [rowItemAt(11, 0, '2'), rowItemAt(12, 0, '7')], new Set([9, 10]));
    expect(d?.joinedFrom).toBeUndefined();
    expect(d?.candidates).toEqual([[106, 1062]]);
  });

  it('reads the join where the other side holds numbers no way keeping the sum takes', () => {
    // (`192 729` above the label, another row's numbers: no join with them keeps this row's sum)
    const unplaced = [rowItemAt(8, 0, '192'), rowItemAt(8, 4, '729'), rowItemAt(11, 0, '2')];
    const [d] = decideWrappedPieces([plainRow(raws)], unplaced, new Set([9, 10]));
    expect(d?.candidates).toEqual([[1062]]);
  });

  it('leaves the cells contested where the row keeps its sum as read', () => {
    // (1 2 0 0 0 0 3 keeps its sum; with `6` after the total, 63 does not, and 1 2 … 3 stays as read)
    const [d] = decideWrappedPieces([plainRow(['1', '2', '0', '0', '0', '0', '3'])], [rowItemAt(11, 0, '0')], new Set([9, 10]));
    expect(d?.joinedFrom).toBeUndefined();
  });
});

/**
 * Our report's plain text: each table-三 row's label on a line, its numbers on the next; the rows
 * `wrapped` (by their first label word) print their total's last digit alone on a line after.
 */
function wrappedTotals(report: Report, wrapped: readonly string[], after?: string): string {
  return rewriteTable3(report, (labels, numbers, out) => {
    out.push(labels.join(' '));
    const total = numbers[numbers.length - 1] ?? '';
    if (!wrapped.some((w) => labels.join('').includes(w)) || total.length < 4) {
      out.push(numbers.join(' '));
      return;
    }
    out.push([...numbers.slice(0, -1), total.slice(0, -1)].join(' '), total.slice(-1));
    if (after !== undefined) out.push(after);
  }).join('\n');
}

describe('our plain text: totals wrapped, their last digit on a line of its own', () => {
  const truth = consistentReport(21, '2021', { blanks: [], scale: 2000 });
  const cells = listCells(truth);
  const want = (address: string): number | null => cells.find((c) => c.address === address)?.value ?? null;
  const rows = ['（七）总计', '二、上年结转'];

  it('reads each wrapped total as its join, every cell stated', () => {
    expect((want('t3.results.total.total') ?? 0) >= 1000).toBe(true);
    expect((want('t3.carriedOver.total') ?? 0) >= 1000).toBe(true);
    const read = parseReport(wrappedTotals(truth, rows), { format: 'text' }).report as Report;
    const got = new Map(listCells(read).map((c) => [c.address, c]));
    for (const a of ['t3.results.total.total', 't3.carriedOver.total']) {
      expect(got.get(a)?.status).toBe('value');
      expect(got.get(a)?.value).toBe(want(a));
    }
  });

  it('leaves a wrapped total contested where another lone digit follows its piece', () => {
    const read = parseReport(wrappedTotals(truth, rows, '7'), { format: 'text' });
    const got = new Map(listCells(read.report as Report).map((c) => [c.address, c]));
    const total = got.get('t3.carriedOver.total');
    // (never stated as anything but its number: contested, with the join among the candidates)
    expect(total?.status).not.toBe('value');
  });
});
