/**
 * The silent cells of the silent hunt on probe seeds 304–311 and seed 302's last one (issue 12): our
 * own reports pushed through the real tools, kept under test/fixtures/ (docs/gauntlet.md, "Silent hunt
 * on seeds 304–311").
 *
 * - Seed 302 p01, LibreOffice print, plain pdftotext: `1.信访举报投诉类申请` printed with its group's
 *   cell after every number of the table; its numbers, after `3.补正后申请内容仍不明确`'s label, were
 *   stated as that row's, the total silently (`repairs/label-out-of-order.ts`).
 * - Seed 305 p06, LibreOffice print, plain pdftotext: 第二十条第（六）项's header printed one column name
 *   of three; 行政处罚's one number (its 本年增/减) was stated in that column (`tables/table2.ts`).
 * - Seed 307 p07, Chromium print, `pdftotext -layout`: `（7）` and its numbers, the row found by `执法`
 *   below them took `（8）`'s (`repairs/numbered-piece.ts`).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** Our reports' truth for the rows that went wrong (null: blank). */
const TRUTH: Record<string, Record<string, (number | null)[]>> = {
  'probe-302-p01-lo-plain.txt': {
    't3.results.unableToProvide.stillUnclear': [0, 0, 0, 0, 0, 0, 0],
    't3.results.notProcessed.petitionOrComplaint': [0, 0, 0, 59, 0, 0, 59],
  },
  'probe-305-p06-lo-plain.txt': {
    't2.art20_6.administrativePenalty': [null, 4, null],
    't2.art20_6.administrativeCompulsion': [4, -4, null],
  },
  'probe-307-p07-chromium-layout.txt': {
    't3.results.denied.enforcementCaseFile': [220, 247, 171, 0, 93, 213, 944],
    't3.results.denied.administrativeQuery': [111, 217, 0, 140, 9, 109, 586],
  },
};

describe('probe seeds 302, 305, 307: the rows that were silently wrong', () => {
  for (const [name, rows] of Object.entries(TRUTH))
    it(`${name}: states no cell of them wrong`, () => {
      const text = readFixture(name);
      for (const [row, truth] of Object.entries(rows)) {
        const got = cellsUnder(text, `${row}.`);
        expect(got).toHaveLength(truth.length);
        expect(statedWrong(got, truth)).toEqual([]);
        // (a blank stated where the truth has a number, or a number where it is blank, is wrong too)
        expect(got.filter((c, j) => c.status === 'blank' && truth[j] !== null).map((c) => c.address)).toEqual([]);
      }
    });

  it('probe-302-p01-lo-plain.txt: names the row above’s total as contested', () => {
    const { diagnostics } = parseReport(readFixture('probe-302-p01-lo-plain.txt'));
    const named = diagnostics.filter((d) => d.code === 'ownership-undecided').flatMap((d) => d.addresses ?? []);
    expect(named).toContain('t3.results.unableToProvide.stillUnclear.total');
  });
});
