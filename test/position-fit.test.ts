/**
 * Columns of `pdftotext -layout` text that drift across rows (issue 12): the tool lays out each block
 * of lines on a grid of its own, so a row stands a few characters left or right of the rows around
 * it. A row that lost blank cells is placed where the spacing of its numbers fits a complete row
 * near it (up to a shift of the whole row), and the table's arithmetic decides among the places
 * that fit. Our own reports, printed by `test/helpers/layout-text.ts`.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, type Report } from 'zfxxgk-report';
import { consistentCells, consistentReport } from './helpers/fixtures.js';
import { renderInLayout } from './helpers/layouts.js';
import { renderLayoutText, rowItemAt } from './helpers/layout-text.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { FIT_MAX_SHIFT, placesFitting } from '../src/tables/position-fit.js';

const itemAt = rowItemAt;
const row = (line: number, ...cols: [number, string][]) => cols.map(([c, r]) => itemAt(line, c, r));

describe('places that fit the spacing of a complete row near a row', () => {
  // A complete row (centres 10.5, 21, 30.5, 40.5) and, two characters to its right, a row that
  // lost two cells: its numbers 20 apart fit columns 0 and 2 (columns 1 and 3 only by a shift of a
  // whole column, more than rows of one block drift).
  const complete = row(0, [10, '1'], [20, '25'], [30, '3'], [40, '4']);
  const rows = [complete, row(2, [12, '5'], [32, '6'])];

  it('keeps the places whose distances a complete row shows, the row shifted two characters at most', () => {
    const fit = placesFitting(rows, 4)(rows[1]!)!;
    expect(fit([0, 2])).toBe(true);
    expect(fit([1, 3])).toBe(false);
    expect(fit([0, 1])).toBe(false);
    expect(fit([0, 3])).toBe(false);
    expect(FIT_MAX_SHIFT).toBe(2);
  });

  it('says nothing for a row no complete row near it fits (another block), nor for a row on two lines', () => {
    expect(placesFitting(rows, 4)(row(2, [13, '5'], [14, '6']))).toBeNull();
    expect(placesFitting(rows, 4)([itemAt(2, 13, '5'), itemAt(3, 33, '6')])).toBeNull();
    expect(placesFitting([rows[1]!], 4)(rows[1]!)).toBeNull();
  });

  it('says nothing where every number of the complete rows stands the same distance after the one before (cells joined by a fixed run of spaces)', () => {
    const joined = [row(0, [10, '1'], [15, '2'], [20, '3'], [25, '4']), row(2, [12, '5'], [22, '6'])];
    expect(placesFitting(joined, 4)(joined[1]!)).toBeNull();
  });

  it('a row of text joined by four spaces that lost a blank cell is not placed by its positions (regression: a zero moved into the blank)', () => {
    const r = consistentReport(9, '2019', { blanks: [19752182], scale: 15 });
    const { report, diagnostics } = parseReport(renderInLayout(r, 'aligned'));
    expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
    const cell = listCells(report!).find((c) => c.address === 't3.results.denied.internalAffairs.legalServiceOrg');
    expect(cell?.status).toBe('ambiguous');
  });
});

/** A 2021 report whose results row `stateSecret` has three blank cells (zeros made blank: the arithmetic holds). */
function reportWithBlanks(): { report: Report; row: string } {
  const row = 'results.denied.stateSecret';
  for (let seed = 1; seed < 2000; seed++) {
    const cells: Record<string, number | null> = consistentCells(seed, { table2: '2021', table3: '2021' }, 3);
    const zeros = Object.keys(cells).filter((a) => a.startsWith(`t3.${row}.`) && !a.endsWith('.total') && cells[a] === 0);
    const nonZero = Object.keys(cells).filter((a) => a.startsWith(`t3.${row}.`) && cells[a] !== 0);
    if (zeros.length < 3 || nonZero.length < 2) continue;
    for (const a of zeros.slice(0, 3)) cells[a] = null;
    return {
      report: createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2023 } }),
      row,
    };
  }
  throw new Error('no seed with three zeros in the row');
}

/** Moves the lines of table 三's rows from the `from`-th on `shift` characters right (a block of its own). */
function drift(text: string, from: number, shift: number): string {
  let rows = 0;
  let inTable = false;
  return text
    .split('\n')
    .map((l) => {
      if (/^三、/.test(l)) inTable = true;
      if (/^四、/.test(l)) inTable = false;
      if (!inTable || !/\d\s*$/.test(l) || !/[\u4e00-\u9fff]/.test(l)) return l;
      rows++;
      return rows >= from ? ' '.repeat(shift) + l : l;
    })
    .join('\n');
}

describe('table 三 in -layout text whose rows drift', () => {
  it('a row that lost three blank cells, in a block shifted half a cell, has its numbers placed by the spacing of the complete rows near it', () => {
    const { report: r, row } = reportWithBlanks();
    const text = drift(renderLayoutText(r, { wrap: 'none', rowGap: true }), 4, 4);
    const { report, diagnostics } = parseReport(text);
    const s = scoreCells(r, report, diagnostics);
    expect(s.wrongAddresses).toEqual([]);
    const want = listCells(r).filter((c) => c.address.startsWith(`t3.${row}.`));
    const got = new Map(report ? listCells(report).map((c) => [c.address, c]) : []);
    // Its numbers in their columns; the columns its positions leave empty held a blank or a number
    // the text moved elsewhere: missing, not blank.
    expect(want.map((c) => [c.address, got.get(c.address)?.status, got.get(c.address)?.value])).toEqual(
      want.map((c) => [c.address, c.status === 'blank' ? 'missing' : c.status, c.value]),
    );
  });
});
