/**
 * A row whose label took no numbers beside a found row, with a whole row of unclaimed cells on the
 * found row's far side, blank markers among them (issue 12). In the text our layout makes of our
 * own LibreOffice PDF (probe seed 129, p02, 2019 template), `3.要求提` / `（五） — 0 46 21 0 — 67` /
 * `供公开出版物` lost its join (the group's `（五）` stands on the numbers' line), `供公开出版物`
 * took the next row's numbers (`11 — — 0 — 0 11`), `4.无正当理由大量反复申请` took none, and its
 * own numbers stayed unclaimed before it. Five numbers and two `—` are a whole row, but only the
 * numbers were counted: seven cells were stated wrong, silently.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

const TRUTH: Record<string, (number | null)[]> = {
  publication: [null, 0, 46, 21, 0, null, 67],
  massRepeated: [11, null, null, 0, null, 0, 11],
};

describe('unclaimed cells with blank markers on the far side of a row beside an empty one', () => {
  it('our LibreOffice PDF (probe seed 129): no cell of 要求提供公开出版物 or 无正当理由大量反复申请 stated wrong', () => {
    const text = readFixture('probe-129-p02-lo-pdf.txt');
    for (const [row, truth] of Object.entries(TRUTH)) {
      const got = cellsUnder(text, `t3.results.notProcessed.${row}.`);
      expect(got).toHaveLength(7);
      expect(statedWrong(got, truth)).toEqual([]);
      // (a blank stated where the truth holds a number is wrong too)
      expect(got.filter((c, j) => c.status === 'blank' && truth[j] !== null).map((c) => c.address)).toEqual([]);
    }
  });
});
