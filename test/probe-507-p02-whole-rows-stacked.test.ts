/**
 * Table 三 of our own dense 2019 report through LibreOffice and `pdftotext -layout` (probe seed 507
 * p02): the `予以公开` row and the `部分公开（区分处理的，只计这一情形，不计其他情形）` row print their
 * numbers on lines with no blank line between them, the second row's wrapped label on the lines in
 * between (`结果` of the group label, then the label's first line). Every number of the first row
 * stands over one of the second, each no wider (`254` over `132`, `17` over `73`, `34` over `0` …): the
 * shape of one row whose every number wraps. The stacks were joined into one row (`254132`, `1773`,
 * …), stated in `部分公开` (seven cells wrong, shown only by its failing row sum), and `予以公开`
 * was missing. Each line keeps the row sum on its own (254 + 17 + 34 + 199 + 275 + 251 = 1030;
 * 132 + 73 + 0 + 2 + 37 + 0 = 244): two whole rows of the grid, read as two rows.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, shownUnder as shown, statedOtherwise } from './helpers/probe-fixtures.js';

/** The rows of table 三 as the generated truth has them, in the template's column order. */
const TRUTH: Record<string, (number | null)[]> = {
  't3.carriedForward.': [89, 39, 232, 0, 123, 0, 483],
  't3.carriedOver.': [87, 85, 286, 0, 271, 277, 1006],
  't3.newReceived.': [2688, 1978, 1522, 1946, 2451, 1696, 12281],
  't3.results.denied.administrativeQuery.': [211, 59, 72, 133, 255, 269, 999],
  't3.results.denied.enforcementCaseFile.': [0, 203, 7, 227, 182, 23, 642],
  't3.results.denied.internalAffairs.': [0, 125, 25, 133, 211, 266, 760],
  't3.results.denied.processInformation.': [67, 60, 114, 0, 219, 53, 513],
  't3.results.denied.prohibitedByLaw.': [205, 197, 144, 0, 0, 3, 549],
  't3.results.denied.securityStability.': [41, 158, 160, 166, 129, 0, 654],
  't3.results.denied.stateSecret.': [215, 0, 37, 0, 0, 110, 362],
  't3.results.denied.thirdPartyRights.': [268, 277, 0, 86, 235, 74, 940],
  't3.results.granted.': [254, 17, 34, 199, 275, 251, 1030],
  't3.results.notProcessed.confirmOrReissue.': [0, 17, 165, 76, 57, 275, 590],
  't3.results.notProcessed.duplicate.': [278, 90, 36, 149, 102, 165, 820],
  't3.results.notProcessed.massRepeated.': [12, 146, 0, 149, 82, 196, 585],
  't3.results.notProcessed.petitionOrComplaint.': [79, 161, 135, 172, 0, 69, 616],
  't3.results.notProcessed.publication.': [187, 0, 188, 201, 228, 72, 876],
  't3.results.otherHandling.': [105, 137, 69, 59, 122, 0, 492],
  't3.results.partiallyGranted.': [132, 73, 0, 2, 37, 0, 244],
  't3.results.total.': [2686, 2024, 1576, 1946, 2599, 1973, 12804],
  't3.results.unableToProvide.needsCreation.': [68, 6, 111, 152, 151, 0, 488],
  't3.results.unableToProvide.notHeld.': [301, 19, 72, 3, 279, 113, 787],
  't3.results.unableToProvide.stillUnclear.': [263, 279, 207, 39, 35, 34, 857],
};

describe('probe 507 p02 (lo-layout): two whole rows over each other are not one row of wrapped numbers', () => {
  const text = readFixture('probe-507-p02-lo-layout.txt');

  it.each(Object.keys(TRUTH))('%s states no cell otherwise than printed', (row) => {
    expect(cellsUnder(text, row)).toHaveLength(7);
    expect(statedOtherwise(text, row, TRUTH[row] as (number | null)[])).toEqual([]);
  });

  it('reads 予以公开 and 部分公开 each from its own line', () => {
    expect(shown(text, 't3.results.granted.')).toEqual([254, 17, 34, 199, 275, 251, 1030]);
    expect(shown(text, 't3.results.partiallyGranted.')).toEqual([132, 73, 0, 2, 37, 0, 244]);
  });
});
