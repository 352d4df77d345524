/**
 * Table 三 of our own sparse report through LibreOffice and `pdftotext -layout` (probe seed 345 p03):
 * most cells blank, one row printed as its wrapped label alone (保护第三方合法权益), and a dozen rows
 * of zeros only (`0        0     0         0`) standing under the columns of the complete row above them
 * (新收, its total wrapped in its cell: `17` over `8`), whose gaps differ (the columns shown by room).
 * The table search kept nothing until the row printed blank joined it; in that retry every row of
 * zeros only took every placement (no equation places a zero: `test/probe-260-empty-rows-search.test.ts`),
 * and those rows were `ambiguous` in every cell (111 of 175 cells flagged).
 *
 * Now a row of zeros only keeps the one placement its positions leave it where the complete rows near
 * it on its page show their columns by room (`roomyCompleteRowsNear`, `src/tables/position-fit.ts`);
 * packed complete rows (one run apart, 260 p08) still give such a row every placement.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, shownUnder as shown, statedOtherwise } from './helpers/probe-fixtures.js';

/** The rows of table 三 as the generated truth has them (null: left blank), in the template's column order. */
const TRUTH: Record<string, (number | null)[]> = {
  't3.carriedForward.': [0, null, null, null, null, 0, null],
  't3.carriedOver.': [null, 0, null, 0, 0, null, 0],
  't3.newReceived.': [16, 14, 8, 45, 79, 16, 178],
  't3.results.denied.administrativeQuery.': [null, null, 0, null, 0, 3, 3],
  't3.results.denied.enforcementCaseFile.': [null, 0, 0, 0, null, null, null],
  't3.results.denied.internalAffairs.': [null, 0, null, null, null, null, 0],
  't3.results.denied.processInformation.': [8, null, null, null, null, 0, 8],
  't3.results.denied.prohibitedByLaw.': [null, null, null, 0, 0, null, null],
  't3.results.denied.securityStability.': [0, 14, null, 0, 45, null, 59],
  't3.results.denied.stateSecret.': [0, null, null, null, null, null, 0],
  't3.results.denied.thirdPartyRights.': [null, null, null, null, null, null, null],
  't3.results.granted.': [0, null, 0, 0, null, null, null],
  't3.results.notProcessed.confirmOrReissue.': [null, null, null, 2, null, null, 2],
  't3.results.notProcessed.duplicate.': [null, null, null, 0, null, null, 0],
  't3.results.notProcessed.massRepeated.': [null, null, null, null, 34, null, 34],
  't3.results.notProcessed.petitionOrComplaint.': [null, null, null, null, null, null, 0],
  't3.results.notProcessed.publication.': [0, null, 8, null, null, null, 8],
  't3.results.otherHandling.other.': [8, null, null, null, null, 0, 8],
  't3.results.otherHandling.overdueCorrection.': [null, null, 0, null, null, 0, 0],
  't3.results.otherHandling.unpaidFee.': [0, null, null, null, null, 13, 13],
  't3.results.partiallyGranted.': [null, 0, null, null, null, 0, null],
  't3.results.total.': [16, 14, 8, 45, 79, 16, 178],
  't3.results.unableToProvide.needsCreation.': [null, null, 0, null, null, null, null],
  't3.results.unableToProvide.notHeld.': [null, null, null, 43, null, 0, 43],
  't3.results.unableToProvide.stillUnclear.': [0, null, null, 0, null, null, null],
};

describe('probe 345 p03 (lo-layout): rows of zeros only placed by roomy complete rows', () => {
  const text = readFixture('probe-345-p03-lo-layout.txt');

  it.each(Object.keys(TRUTH))('%s states no cell otherwise than printed', (row) => {
    expect(cellsUnder(text, row)).toHaveLength(7);
    expect(statedOtherwise(text, row, TRUTH[row] as (number | null)[])).toEqual([]);
  });

  it('reads the rows of zeros only where their positions put them', () => {
    expect(shown(text, 't3.carriedOver.')).toEqual(['blank', 0, 'blank', 0, 0, 'blank', 0]);
    expect(shown(text, 't3.results.granted.')).toEqual([0, 'blank', 0, 0, 'blank', 'blank', 'blank']);
    expect(shown(text, 't3.results.partiallyGranted.')).toEqual(['blank', 0, 'blank', 'blank', 'blank', 0, 'blank']);
    expect(shown(text, 't3.results.denied.stateSecret.')).toEqual([0, 'blank', 'blank', 'blank', 'blank', 'blank', 0]);
    expect(shown(text, 't3.results.denied.prohibitedByLaw.')).toEqual(['blank', 'blank', 'blank', 0, 0, 'blank', 'blank']);
    expect(shown(text, 't3.results.denied.internalAffairs.')).toEqual(['blank', 0, 'blank', 'blank', 'blank', 'blank', 0]);
    expect(shown(text, 't3.carriedForward.')).toEqual([0, 'blank', 'blank', 'blank', 'blank', 0, 'blank']);
  });

  it('leaves a row of zeros flagged where its positions leave it more than one placement', () => {
    expect(shown(text, 't3.results.unableToProvide.stillUnclear.')).toEqual(new Array(7).fill('ambiguous'));
  });
});
