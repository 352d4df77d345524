/**
 * The last silent cells of the probe seeds (issue 12): our own reports pushed through the real tools
 * (probe seed 263), kept under test/fixtures/.
 *
 * - Seed 263 p01, LibreOffice print, plain pdftotext: `2.没有现` took its row's numbers and those of
 *   the seven rows after it, the labels of six of them printed with no number, then the first row of
 *   六 with the next row's numbers after its label (`0 0 0 0 0 35 35`, its own the eighth row of the
 *   run): read after its label, its total stood at 35 for 80, its row sum holding
 *   (`repairs/surplus-reach.ts`).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** Our report's truth for the rows that went wrong. */
const TRUTH_263: Record<string, (number | null)[]> = {
  'otherHandling.overdueCorrection': [0, 0, 35, 0, 45, 0, 80],
  'otherHandling.unpaidFee': [0, 0, 0, 0, 0, 35, 35],
  'unableToProvide.needsCreation': [41, 0, 0, 0, 0, 0, 41],
};
describe('probe seed 263 p01, LibreOffice print, plain: a surplus of whole rows reaching the next holder', () => {
  it('states no cell of the rows wrong, the first row of 六 ambiguous (4 cells were wrong, the total silently)', () => {
    const text = readFixture('probe-263-p01-lo-plain.txt');
    for (const [row, truth] of Object.entries(TRUTH_263)) {
      const got = cellsUnder(text, `t3.results.${row}.`);
      expect(got).toHaveLength(7);
      expect(statedWrong(got, truth)).toEqual([]);
    }
    const overdue = cellsUnder(text, 't3.results.otherHandling.overdueCorrection.');
    expect(overdue.map((c) => c.status)).toEqual(Array(7).fill('ambiguous'));
    // Its candidates hold its own numbers (the run's eighth row) and those read after its label.
    expect(overdue.map((c) => c.candidates?.includes(TRUTH_263['otherHandling.overdueCorrection']![overdue.indexOf(c)] as number))).toEqual(
      Array(7).fill(true),
    );
    const { diagnostics } = parseReport(text);
    expect(diagnostics.some((d) => d.code === 'ownership-undecided' && d.path === 't3.results.otherHandling.overdueCorrection')).toBe(true);
  });
});
