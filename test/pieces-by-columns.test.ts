/**
 * Plain `pdftotext` of a browser print whose narrow columns wrap three-digit counts: the first two
 * digits of some cells stand on lines above the row's label (`１７` / `１２ １１５`), their last digit
 * on the row's line with its other numbers (`９ ２０６ … ２ ２`). One-digit tails exchanged between
 * two-digit heads keep the row sum (179 + 122 = 172 + 129), so `wrapped-pieces.ts` left those cells
 * `ambiguous`; the table's column equations (本年新收 + 上年结转 = 总计 + 结转下年度) keep one way
 * only, and the cells are read so (`repairs/pieces-by-columns.ts`). Where a column equation cannot be
 * judged (a row it needs not stated whole), the cells stay contested. A line's pieces keep their
 * order left to right whatever order a run's lines take (issue 12, plain18).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, type Report } from 'zfxxgk-report';
import { decideWrappedPieces, sameLineAsBefore, trailWaysCounter, type PieceRow } from '../src/repairs/wrapped-pieces.js';
import type { Placement } from '../src/tables/placement.js';
import type { ValueToken } from '../src/tables/tokens.js';
import { consistentReport } from './helpers/fixtures.js';
import { rowItemAt } from './helpers/layout-text.js';
import { rewriteTable3 } from './helpers/continued-lines.js';

/** Columns of a row whose numbers are three digits, the first two of which print above the label. */
function wrappedColumns(numbers: readonly string[]): number[] {
  return numbers.flatMap((n, j) => (j < 6 && /^[1-9]\d\d$/.test(n) ? [j] : []));
}

/**
 * Our report's plain text, the row whose label holds `rowWord` written with its three-digit
 * applicant counts wrapped: the first head on a line, the others on the next, the label, then the
 * row's numbers with those cells' last digits. `blankTotalOf`: a row whose total prints `—`.
 */
function headsAbove(report: Report, rowWord: string, blankTotalOf?: string): string {
  return rewriteTable3(report, (labels, numbers, out) => {
    const label = labels.join(' ');
    if (blankTotalOf !== undefined && label.includes(blankTotalOf)) {
      out.push(label, [...numbers.slice(0, -1), '—'].join(' '));
      return;
    }
    const wrapped = label.includes(rowWord) ? wrappedColumns(numbers) : [];
    if (wrapped.length < 2) {
      out.push(label, numbers.join(' '));
      return;
    }
    const heads = wrapped.map((j) => (numbers[j] as string).slice(0, 2));
    out.push(heads[0] as string, heads.slice(1).join(' '), label);
    out.push(numbers.map((n, j) => (wrapped.includes(j) ? n.slice(2) : n)).join(' '));
  }).join('\n');
}

/** The first of our reports whose 本年新收 has two three-digit applicant counts with different last digits. */
function fittingReport(): Report {
  for (let seed = 1; seed < 200; seed++) {
    const report = consistentReport(seed, '2021', { blanks: [], scale: 300 });
    const got = new Map(listCells(report).map((c) => [c.address, c.value]));
    const row = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg'].map(
      (c) => String(got.get(`t3.newReceived.${c}`) ?? ''),
    );
    const wrapped = wrappedColumns(row);
    if (wrapped.length >= 2 && new Set(wrapped.map((j) => (row[j] as string).slice(2))).size === wrapped.length) return report;
  }
  throw new Error('no fitting report');
}

describe('heads above the label, one-digit tails on the row: the column equations choose', () => {
  const truth = fittingReport();
  const want = new Map(listCells(truth).map((c) => [c.address, c.value]));

  it('reads every cell of the wrapped row as the page prints it', () => {
    const read = parseReport(headsAbove(truth, '本年新收'), { format: 'text' }).report as Report;
    const got = listCells(read).filter((c) => c.address.startsWith('t3.'));
    for (const c of got) {
      expect(c.status === 'value' || c.status === 'blank', c.address).toBe(true);
      expect(c.value, c.address).toBe(want.get(c.address));
    }
  });

  it('leaves the exchanged cells contested where a row the column equation needs is not whole', () => {
    // (上年结转's total printed as a blank: its row sum unknown, the balance of every column too)
    const read = parseReport(headsAbove(truth, '本年新收', '上年结转'), { format: 'text' }).report as Report;
    const got = new Map(listCells(read).map((c) => [c.address, c]));
    const ambiguous = [...got.values()].filter((c) => c.address.startsWith('t3.newReceived.') && c.status === 'ambiguous');
    expect(ambiguous.length).toBeGreaterThanOrEqual(2);
    // (never a number but the page's stated)
    for (const c of got.values())
      if (c.address.startsWith('t3.newReceived.') && c.status === 'value') expect(c.value).toBe(want.get(c.address));
  });
});

describe("a line's pieces in their order", () => {
  it('marks the pieces standing on the line of the piece before them', () => {
    const side = [rowItemAt(3, 0, '17'), rowItemAt(4, 0, '12'), rowItemAt(4, 3, '115')].map((i) => i.token as ValueToken);
    expect([...sameLineAsBefore(side)]).toEqual([0, 0, 1]);
  });

  it('counts the ways of a run whose second line holds two pieces in order', () => {
    const statedAt = [0, 1, 2, 3, 4, 5, 6];
    const fits = new Uint8Array(7 * 16).fill(1);
    // (three pieces over seven cells: 7 × 6 × 5 in any order; the last right of the second: 7 × 15)
    expect(trailWaysCounter(3, statedAt, fits, false)(0, 0, 0)).toBe(210);
    expect(trailWaysCounter(3, statedAt, fits, false, Uint8Array.from([0, 0, 1]))(0, 0, 0)).toBe(105);
  });

  it('gives a line of two pieces to two cells left to right, the run of lines in either order', () => {
    // (heads 17 / 12 115 over tails 9 … 2 2: 179 … 122 1152 and 129 … 172 1152 keep the sum; 12 after 115 never)
    const raws = ['9', '206', '200', '251', '194', '2', '2'];
    let at = 0;
    const columns: Placement[] = raws.map((raw) => {
      const token = rowItemAt(10, at, raw).token as ValueToken;
      at += raw.length + 1;
      return { status: 'value', token };
    });
    const row: PieceRow = {
      row: 'newReceived',
      labelLines: [9, 9],
      columns,
      holds: (v) => v.slice(0, 6).reduce<number>((a, x) => a + (x ?? 0), 0) === v[6],
    };
    const [d] = decideWrappedPieces([row], [rowItemAt(7, 0, '17'), rowItemAt(8, 0, '12'), rowItemAt(8, 3, '115')], new Set([9, 10]));
    expect(d?.ways?.map((w) => w.values.join(' ')).sort()).toEqual(['129 206 200 251 194 172 1152', '179 206 200 251 194 122 1152']);
  });
});
