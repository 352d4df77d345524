/**
 * Table 三 of our own sparse report through Chromium and `pdftotext -layout` (probe seed 462 p08):
 * most cells blank and printed as nothing, a dozen rows of zeros only (`0    0              0`), and
 * a page break after the table's first rows. On the first page the `新收` row is packed (its long
 * label line pushes its numbers together, one space apart); on the second page every row, the
 * `总计` row too, stands on a roomy grid of columns five characters apart. A row of zeros only is
 * placed by no equation, so its positions alone place it (`roomyCompleteRowsNear`); the packed row
 * of the first page vetoed them on the second page too, and the second page's rows of zeros were
 * `ambiguous` in every cell (68 table-三 cells flagged).
 *
 * `pdftotext -layout` sets each page's character columns apart (`gridsNear` reads the rows of a
 * row's own page for the same reason): the complete rows of a row's own page say whether its page
 * shows the columns by room. The first page's row of zeros stays flagged (its page's complete row
 * is packed).
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, shownUnder as shown, statedOtherwise } from './helpers/probe-fixtures.js';

/** The rows of table 三 as the generated truth has them (null: left blank), in the template's column order. */
const TRUTH: Record<string, (number | null)[]> = {
  't3.carriedForward.': [0, null, null, null, null, null, 0],
  't3.carriedOver.': [null, null, null, null, null, null, null],
  't3.newReceived.': [64, 56, 81, 77, 19, 32, 329],
  't3.results.denied.administrativeQuery.': [15, 5, null, 38, null, null, 58],
  't3.results.denied.enforcementCaseFile.': [null, null, 25, null, null, null, 25],
  't3.results.denied.internalAffairs.': [null, 0, 26, null, 0, 29, 55],
  't3.results.denied.processInformation.': [null, null, 0, 0, null, null, null],
  't3.results.denied.prohibitedByLaw.': [0, 0, null, 29, null, 0, 29],
  't3.results.denied.securityStability.': [null, null, 30, null, null, null, 30],
  't3.results.denied.stateSecret.': [null, null, null, null, 0, null, null],
  't3.results.denied.thirdPartyRights.': [null, 0, 0, null, null, 0, null],
  't3.results.granted.': [null, null, null, 0, null, null, 0],
  't3.results.notProcessed.confirmOrReissue.': [null, 50, null, 0, 0, null, 50],
  't3.results.notProcessed.duplicate.': [null, null, 0, null, 0, null, 0],
  't3.results.notProcessed.massRepeated.': [null, 1, null, null, 19, null, 20],
  't3.results.notProcessed.petitionOrComplaint.': [null, null, null, null, null, 0, 0],
  't3.results.notProcessed.publication.': [null, null, 0, null, null, null, null],
  't3.results.otherHandling.': [null, null, null, null, null, 0, null],
  't3.results.partiallyGranted.': [null, null, null, null, 0, 3, 3],
  't3.results.total.': [64, 56, 81, 77, 19, 32, 329],
  't3.results.unableToProvide.needsCreation.': [null, null, null, null, null, null, null],
  't3.results.unableToProvide.notHeld.': [49, 0, null, 0, null, null, 49],
  't3.results.unableToProvide.stillUnclear.': [null, 0, 0, 10, 0, null, 10],
};

describe('probe 462 p08 (chromium-layout): rows of zeros only placed by the complete rows of their page', () => {
  const text = readFixture('probe-462-p08-chromium-layout.txt');

  it.each(Object.keys(TRUTH))('%s states no cell otherwise than printed', (row) => {
    expect(cellsUnder(text, row)).toHaveLength(7);
    expect(statedOtherwise(text, row, TRUTH[row] as (number | null)[])).toEqual([]);
  });

  it('reads the second page’s rows of zeros where their positions put them', () => {
    expect(shown(text, 't3.results.denied.thirdPartyRights.')).toEqual(['blank', 0, 0, 'blank', 'blank', 0, 'blank']);
    expect(shown(text, 't3.results.denied.processInformation.')).toEqual(['blank', 'blank', 0, 0, 'blank', 'blank', 'blank']);
    expect(shown(text, 't3.results.notProcessed.duplicate.')).toEqual(['blank', 'blank', 0, 'blank', 0, 'blank', 0]);
    expect(shown(text, 't3.results.notProcessed.publication.')).toEqual(['blank', 'blank', 0, 'blank', 'blank', 'blank', 'blank']);
    expect(shown(text, 't3.results.otherHandling.')).toEqual(['blank', 'blank', 'blank', 'blank', 'blank', 0, 'blank']);
    expect(shown(text, 't3.carriedForward.')).toEqual([0, 'blank', 'blank', 'blank', 'blank', 'blank', 0]);
  });

  it('leaves the first page’s row of zeros flagged (its page’s complete row is packed)', () => {
    expect(shown(text, 't3.results.granted.')).toEqual(new Array(7).fill('ambiguous'));
  });
});
