/**
 * Probe seed 420 p03 (our own 2021 report, one-line text): every row of table 三 but the totals lost
 * blank cells, and no blank is marked (a blank prints nothing). Each row's readings are the places of
 * its blanks; the column equations decide among them. The first search over the rows as read found
 * no combination within twelve times the table's budget, decided nothing, and 102 cells of the table
 * stayed flagged (`search-budget-exhausted`). It finds its first at about twice that (its search may
 * spend 48 times, `FIRST_COMBINATION_WORK_FACTOR` in `src/tables/table3.ts`), and the supports then
 * read every cell but a 0 whose column the equations cannot tell (a 0 adds nothing to any sum).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { readFixture, valuesOf } from './helpers/probe-fixtures.js';

const TEXT = 'probe-420-p03-one-line.txt';
const A = 'ambiguous';
const ROWS: [string, (number | string | null)[]][] = [
  ['t3.newReceived.', [125723, 48845, 334788, 235464, 145869, 266040, 1156729]],
  ['t3.carriedOver.', [8412, 75195, 4981, 705, 3, 17, 89313]],
  ['t3.results.granted.', [64, null, 504, 7522, 8, 3, 8101]],
  ['t3.results.partiallyGranted.', [34258, 68857, 430, 3729, 283, null, 107557]],
  ['t3.results.denied.stateSecret.', [null, 212, 8752, 2, 4, 9, 8979]],
  ['t3.results.denied.prohibitedByLaw.', [36635, 8, 71936, 567, 260, 965, 110371]],
  ['t3.results.denied.securityStability.', [553, 948, 42507, 51772, 39, 7, 95826]],
  ['t3.results.denied.thirdPartyRights.', [0, 561, null, 18, 676, 95527, 96782]],
  ['t3.results.denied.internalAffairs.', [null, 6, 50859, 34884, 1, 87, 85837]],
  ['t3.results.denied.processInformation.', [null, 47, 2, 8, 1, 57864, 57922]],
  ['t3.results.denied.enforcementCaseFile.', [7, 9, 4479, 35, 0, 2003, 6533]],
  // (printed `1 0 9066 …`: the 0 is the second or the third cell, either keeps every equation)
  ['t3.results.denied.administrativeQuery.', [1, A, A, 9066, 49880, 30678, 89625]],
  ['t3.results.unableToProvide.notHeld.', [951, 839, 53797, 302, 844, 52, 56785]],
  ['t3.results.unableToProvide.needsCreation.', [405, 915, 17347, 46594, 33149, 3, 98413]],
  ['t3.results.unableToProvide.stillUnclear.', [75, 48, 50, 3511, 50526, 684, 54894]],
  ['t3.results.notProcessed.petitionOrComplaint.', [463, 323, null, 52, 82, null, 920]],
  ['t3.results.notProcessed.duplicate.', [null, null, null, 3, null, 2, 5]],
  ['t3.results.notProcessed.publication.', [null, null, 9597, 1988, 7937, 7367, 26889]],
  ['t3.results.notProcessed.massRepeated.', [331, 251, 72, 4, 534, 70651, 71843]],
  ['t3.results.notProcessed.confirmOrReissue.', [2, 7, null, 69, 167, 77, 322]],
  ['t3.results.otherHandling.overdueCorrection.', [30, null, 437, 49058, 344, null, 49869]],
  ['t3.results.otherHandling.unpaidFee.', [9, 4786, 0, 34, 372, 71, 5272]],
  ['t3.results.otherHandling.other.', [60342, 41578, 19, 735, 285, null, 102959]],
  ['t3.results.total.', [134126, 119395, 260788, 209953, 145392, 266050, 1135704]],
  ['t3.carriedForward.', [9, 4645, 78981, 26216, 480, 7, 110338]],
];

describe('probe 420 p03 (one-line): table 三 whose rows all lost blanks, read by its first combination search', () => {
  const { report, diagnostics } = parseReport(readFixture(TEXT), { format: 'text' });
  const cells = listCells(report!);
  it('reads every cell the equations decide (was 102 cells flagged, the search out of budget)', () => {
    for (const [prefix, want] of ROWS) {
      expect(valuesOf(cells, prefix), prefix).toEqual(want);
    }
  });
  it('says no search ran out', () => {
    expect(diagnostics.filter((d) => d.code === 'search-budget-exhausted')).toEqual([]);
  });
});
