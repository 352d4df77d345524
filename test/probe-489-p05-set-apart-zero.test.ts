/**
 * Table 三 of our own dense report through Chromium (header and footer) and `pdftotext -layout`
 * (probe seed 489 p05): every number wraps in its narrow cell, two digits over one. In the row
 * `3、补正后申请内容仍不明确` (41, 0, 189, 40, 57, 111, 438) the tool laid the lone `０` of the second
 * cell out on its own, after `５７`: the deal read the line's pieces in order and stated 189, 40, 57
 * and 0 one column off (four silent cells). The row sum holds wherever the zero stands, so the
 * zero's moves stand beside the deal (`set-apart-pieces.ts`) and the table's equations choose: since
 * the row `（1）申请人无正当理由…` is read (its `无` label text, `none-in-wrapped-label.ts`) they
 * choose the printed order. Where they cannot (that `无` printed apart, a blank cell: the row is not
 * found), the row's cells the zero may take are `ambiguous`; the total stays read.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedOtherwise } from './helpers/probe-fixtures.js';

/** The rows of table 三 as the generated truth has them, in the template's column order. */
const TRUTH: Record<string, (number | null)[]> = {
  't3.carriedForward.': [276, 63, 0, 119, 189, 32, 679],
  't3.carriedOver.': [71, 166, 293, 0, 0, 171, 701],
  't3.newReceived.': [2235, 2987, 2031, 2365, 2257, 2499, 14374],
  't3.results.denied.administrativeQuery.': [250, 129, 289, 100, 0, 222, 990],
  't3.results.denied.enforcementCaseFile.': [13, 226, 36, 299, 230, 151, 955],
  't3.results.denied.internalAffairs.': [0, 113, 0, 168, 0, 292, 573],
  't3.results.denied.processInformation.': [207, 172, 71, 0, 0, 174, 624],
  't3.results.denied.prohibitedByLaw.': [6, 36, 63, 82, 66, 0, 253],
  't3.results.denied.securityStability.': [82, 261, 73, 274, 210, 0, 900],
  't3.results.denied.stateSecret.': [0, 156, 138, 0, 9, 231, 534],
  't3.results.denied.thirdPartyRights.': [27, 91, 157, 14, 130, 49, 468],
  't3.results.granted.': [248, 269, 0, 276, 121, 0, 914],
  't3.results.notProcessed.confirmOrReissue.': [203, 30, 196, 166, 0, 0, 595],
  't3.results.notProcessed.duplicate.': [36, 57, 0, 151, 111, 125, 480],
  't3.results.notProcessed.massRepeated.': [201, 293, 103, 100, 31, 177, 905],
  't3.results.notProcessed.petitionOrComplaint.': [40, 95, 80, 0, 169, 211, 595],
  't3.results.notProcessed.publication.': [27, 0, 52, 280, 85, 136, 580],
  't3.results.otherHandling.other.': [128, 263, 80, 173, 0, 0, 644],
  't3.results.otherHandling.overdueCorrection.': [0, 283, 92, 28, 256, 0, 659],
  't3.results.otherHandling.unpaidFee.': [12, 269, 298, 95, 182, 222, 1078],
  't3.results.partiallyGranted.': [99, 61, 214, 0, 214, 85, 673],
  't3.results.total.': [2030, 3090, 2324, 2246, 2068, 2638, 14396],
  't3.results.unableToProvide.needsCreation.': [295, 286, 53, 0, 81, 270, 985],
  't3.results.unableToProvide.notHeld.': [115, 0, 140, 0, 116, 182, 553],
  't3.results.unableToProvide.stillUnclear.': [41, 0, 189, 40, 57, 111, 438],
};

describe('probe 489 p05 (chromium-hf-layout): a zero set apart on its line of wrapped pieces', () => {
  const text = readFixture('probe-489-p05-chromium-hf-layout.txt');

  it.each(Object.keys(TRUTH))('%s states no cell otherwise than printed', (row) => {
    expect(statedOtherwise(text, row, TRUTH[row] as (number | null)[])).toEqual([]);
  });

  it('reads the set-apart zero where the table’s equations choose it', () => {
    const cells = cellsUnder(text, 't3.results.unableToProvide.stillUnclear.');
    expect(cells.map((c) => (c.status === 'value' ? c.value : c.status))).toEqual(TRUTH['t3.results.unableToProvide.stillUnclear.']);
  });

  it('flags the cells the set-apart zero may take where the equations cannot choose, each with its true value among the candidates', () => {
    // (the `无` of `申请人无` printed apart: a blank cell of its own, the row `（1）申请人无正当理由…` not found)
    const cells = cellsUnder(text.replace('申请人无 ０', '申请人 无 ０'), 't3.results.unableToProvide.stillUnclear.');
    const truth = TRUTH['t3.results.unableToProvide.stillUnclear.'] as number[];
    expect(cells.map((c) => c.status)).toEqual([...new Array<string>(6).fill('ambiguous'), 'value']);
    cells.slice(0, 6).forEach((c, j) => expect(c.candidates).toContain(truth[j]));
    expect(cells[6]?.value).toBe(438);
  });
});
