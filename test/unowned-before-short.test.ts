/**
 * Unclaimed numbers before a row label that make a row short of a blank or two (blanks print nothing):
 * read in the ordinary order, the label takes the next row's numbers and the row sums still hold, so the
 * shift is silent unless the short run contests the row (`src/repairs/unowned-before.ts`). Our own report
 * (test/helpers/fixtures.ts) printed with some rows' numbers before their labels and over several lines.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { consistentReport } from './helpers/fixtures.js';
import { asContinuedLines } from './helpers/continued-lines.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { APPLICANTS } from './helpers/block-stream.js';

describe('unowned numbers before a label, a row short of its blanks', () => {
  it('contests the row after them instead of stating the next row’s numbers (was 5 cells silently wrong)', () => {
    const truth = consistentReport(145, '2019', { blanks: [5, 2], scale: 46 });
    const { report, diagnostics } = parseReport(asContinuedLines(truth, 145, { before: 0.5, wrap: 0.3 }), { format: 'text' });
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
    const row = listCells(report!).filter((c) => c.address.startsWith('t3.results.denied.stateSecret.'));
    expect(row.filter((c) => c.status === 'ambiguous').map((c) => c.address.split('.').pop())).toEqual(APPLICANTS);
    expect(diagnostics.some((d) => d.code === 'ownership-undecided' && d.path === 't3.results.denied.stateSecret')).toBe(true);
  });

  it('over 300 generated reports with half the rows’ numbers before their labels: no cell silently wrong', () => {
    for (let seed = 1; seed <= 150; seed++)
      for (const v of ['2019', '2021'] as const) {
        const truth = consistentReport(seed, v, { blanks: [seed % 7, seed % 11], scale: 1 + (seed % 50) });
        const { report, diagnostics } = parseReport(asContinuedLines(truth, seed, { before: 0.5, wrap: 0.3 }), { format: 'text' });
        expect(scoreCells(truth, report, diagnostics).wrongAddresses, `${v} ${seed}`).toEqual([]);
      }
  }, 60_000);
});
