/**
 * The last silent cells of the probe seeds (issue 12): our own reports pushed through the real tools
 * (probe seeds 263 and 269), kept under test/fixtures/.
 *
 * - Seed 263 p01, LibreOffice print, plain pdftotext: `2.没有现` took its row's numbers and those of
 *   the seven rows after it, the labels of six of them printed with no number, then the first row of
 *   六 with the next row's numbers after its label (`0 0 0 0 0 35 35`, its own the eighth row of the
 *   run): read after its label, its total stood at 35 for 80, its row sum holding
 *   (`repairs/surplus-reach.ts`).
 * - Seed 269 p09, Chromium print, plain pdftotext: `(8)属于行政查询事项` (a blank row) followed by the
 *   next row's numbers, printed before that row's label on a line begun by the group label's piece
 *   (`(四)无 1、本机关不掌握相关政府信息`), whose own numbers went before the label of the row after
 *   (`法提供 （2）没有现成…`): read after their labels, the blank row stated the next row's numbers
 *   (`repairs/empty-row-before.ts`, the mirror's chain up).
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
const TRUTH_269: Record<string, (number | null)[]> = {
  'denied.enforcementCaseFile': [0, 3, 40, 16, 0, 0, 59],
  'denied.administrativeQuery': [null, null, null, null, null, null, null],
  'unableToProvide.notHeld': [0, 2, 57, 5, 0, 16, 80],
  'unableToProvide.needsCreation': [17, 0, 0, 0, 24, 0, 41],
  'unableToProvide.stillUnclear': [0, 0, 0, 0, 0, 28, 28],
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

describe('probe seed 269 p09, Chromium print, plain: a blank row before rows whose labels follow a group label’s pieces', () => {
  for (const name of ['probe-269-p09-chromium-plain.txt', 'probe-269-p09-chromium-hf-plain.txt'])
    it(`${name}: states no cell of the chain wrong, the blank row ambiguous (3 cells were silently wrong)`, () => {
      const text = readFixture(name);
      for (const [row, truth] of Object.entries(TRUTH_269)) {
        const got = cellsUnder(text, `t3.results.${row}.`);
        expect(got).toHaveLength(7);
        expect(statedWrong(got, truth)).toEqual([]);
      }
      // The blank row: the next row's numbers, or blank.
      const blank = cellsUnder(text, 't3.results.denied.administrativeQuery.');
      expect(blank.map((c) => c.status)).toEqual(Array(7).fill('ambiguous'));
      expect(blank.map((c) => c.candidates)).toEqual([[0], [2], [57], [5], [0], [16], [80]]);
      // The row above it starts its label's line: the chain stops there, its row stated.
      const above = cellsUnder(text, 't3.results.denied.enforcementCaseFile.');
      expect(above.map((c) => c.value)).toEqual(TRUTH_269['denied.enforcementCaseFile']);
      const { diagnostics } = parseReport(text);
      expect(
        diagnostics.find((d) => d.code === 'ownership-undecided' && d.path === 't3.results.denied.administrativeQuery')?.addresses,
      ).toEqual(blank.map((c) => c.address));
    });
});
