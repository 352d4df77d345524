/**
 * Probe seed 504 p03 (our own 2021 report, one-line text): six- and seven-digit counts, and most rows
 * of table 三 lost one or two blank cells (a blank prints nothing). Each column's equation is then a
 * sum of one of two or three values a row over two dozen rows, and the values are distinct: nearly
 * every choice reaches a sum of its own. The support search's first step (each equation alone) listed
 * those sums, a list that doubles with each row, and spent the table's whole budget before the search
 * over the rows began: `search-budget-exhausted`, 112 cells flagged. An equation whose sums outgrow
 * `MAX_ALONE_SUMS` (`src/tables/support-search.ts`) is now left to the search, which narrows it as its
 * choices fix rows: every cell read but two rows' 5, which either row's first two columns can hold.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { readFixture, valuesOf } from './helpers/probe-fixtures.js';

const TEXT = 'probe-504-p03-one-line.txt';
const A = 'ambiguous';
const ROWS: [string, (number | string | null)[]][] = [
  ['t3.newReceived.', [160808, 261860, 303122, 229095, 291142, 30517, 1276544]],
  ['t3.carriedOver.', [3539, null, 11945, 19, 3153, 71385, 90041]],
  ['t3.results.granted.', [4946, null, 3421, 2891, 7, 1, 11266]],
  ['t3.results.partiallyGranted.', [8381, 2156, 21372, 449, 554, 9566, 42478]],
  ['t3.results.denied.stateSecret.', [7572, null, 43374, 893, null, null, 51839]],
  // (printed `5 67 …` here and `5 62 …` below: each 5 is the first or the second cell, the two trade)
  ['t3.results.denied.prohibitedByLaw.', [A, A, 67, 6, 1, 9, 88]],
  ['t3.results.denied.securityStability.', [110, 74, 120, 9945, null, 93, 10342]],
  ['t3.results.denied.thirdPartyRights.', [66, 44780, 9, 8, 898, 5, 45766]],
  ['t3.results.denied.internalAffairs.', [6, 187, 3540, 47, 2374, 3021, 9175]],
  ['t3.results.denied.processInformation.', [null, 5848, 6528, 20413, 66, 231, 33086]],
  ['t3.results.denied.enforcementCaseFile.', [8844, 57112, 9, 90, 54413, 0, 120468]],
  ['t3.results.denied.administrativeQuery.', [39, 26, 48194, 62, 434, null, 48755]],
  ['t3.results.unableToProvide.notHeld.', [56306, 2419, 45, 77252, 58, null, 136080]],
  ['t3.results.unableToProvide.needsCreation.', [7158, 106, 83, null, 5, 1, 7353]],
  ['t3.results.unableToProvide.stillUnclear.', [7, 8584, null, 91, 121, 62560, 71363]],
  ['t3.results.notProcessed.petitionOrComplaint.', [null, 91934, 1, 0, 18381, 4726, 115042]],
  ['t3.results.notProcessed.duplicate.', [40276, 38806, 98193, null, 76343, 941, 254559]],
  ['t3.results.notProcessed.publication.', [589, 282, 72031, 6, 37072, 7504, 117484]],
  ['t3.results.notProcessed.massRepeated.', [7, null, 7923, 597, 9461, 2847, 20835]],
  ['t3.results.notProcessed.confirmOrReissue.', [A, A, 62, 44705, 71, 3, 44846]],
  ['t3.results.otherHandling.overdueCorrection.', [null, 8999, 8, 2, 266, 9622, 18897]],
  ['t3.results.otherHandling.unpaidFee.', [97, null, 9708, null, 6813, 759, 17377]],
  ['t3.results.otherHandling.other.', [2, 2, 9, 6146, 78275, 12, 84446]],
  ['t3.results.total.', [134411, 261320, 314697, 163603, 285613, 101901, 1261545]],
  ['t3.carriedForward.', [29936, 540, 370, 65511, 8682, 1, 105040]],
];

describe('probe 504 p03 (one-line): wide counts whose column sums are too many to list', () => {
  const { report, diagnostics } = parseReport(readFixture(TEXT), { format: 'text' });
  const cells = listCells(report!);
  it('reads every cell the equations decide (was 112 cells flagged, the search out of budget)', () => {
    for (const [prefix, want] of ROWS) {
      expect(valuesOf(cells, prefix), prefix).toEqual(want);
    }
  });
  it('keeps both places of each traded 5 as candidates', () => {
    for (const a of ['t3.results.denied.prohibitedByLaw.naturalPerson', 't3.results.notProcessed.confirmOrReissue.commercialEnterprise'])
      expect(cells.find((c) => c.address === a)?.candidates, a).toEqual([5]);
  });
  it('says no search ran out', () => {
    expect(diagnostics.filter((d) => d.code === 'search-budget-exhausted')).toEqual([]);
  });
});
