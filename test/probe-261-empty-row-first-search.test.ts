/**
 * Table 三 of our own Word-width report through Chromium and `pdftotext -layout` (probe seed 261 p03):
 * every row found, most cells blank, the rows' numbers placed by the spacing of the complete rows of
 * their page (新收 and 总计), and one row printed as its wrapped label alone (5.属于三类内部事务信息).
 * With that row's cells not known, every column equation through it was unknown, so the rows that
 * lost blanks (which count only where each of their equations is known and holds) kept no
 * combination; the retry with every placement ran out of its budget (22 rows of 7 to 35 readings),
 * and the whole table was flagged (161 of 175 cells).
 *
 * Now the rows that printed nothing join the first search with their one reading, every cell blank,
 * where every number of the table is held by a row (`readDigitRuns` in `src/tables/table3.ts`): the
 * search then keeps the places the rows' positions give (the places the first search reads anyway),
 * and every cell of the table is read. A row of zeros only is placed by every placement there, not by
 * its positions (no equation places a zero: probe 260 p08's row of three zeros stays flagged,
 * `test/probe-260-empty-rows-search.test.ts`). Where the equations do not hold so, nothing is read.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { readFixture, valuesUnder as shown } from './helpers/probe-fixtures.js';

/** The rows of table 三 as the generated truth has them (null: left blank), in the template's column order. */
const TRUTH: Record<string, (number | null)[]> = {
  't3.results.granted.': [null, null, null, 54, null, null, 54],
  't3.results.partiallyGranted.': [null, 13, 0, 47, null, null, 60],
  't3.results.denied.stateSecret.': [47, null, null, 0, 48, 0, 95],
  't3.results.denied.prohibitedByLaw.': [31, 45, null, 4, 3, 3, 86],
  't3.results.denied.securityStability.': [0, null, null, 8, null, 3, 11],
  't3.results.denied.thirdPartyRights.': [18, null, 0, 0, null, 15, 33],
  't3.results.denied.internalAffairs.': [null, null, null, null, null, null, null],
  't3.results.denied.processInformation.': [null, 0, 14, null, null, 60, 74],
  't3.results.denied.enforcementCaseFile.': [13, 49, 0, 0, null, 53, 115],
  't3.results.denied.administrativeQuery.': [2, null, 0, null, null, null, 2],
  't3.results.unableToProvide.notHeld.': [0, null, 0, null, 4, 35, 39],
  't3.results.unableToProvide.needsCreation.': [null, 0, null, null, 0, 16, 16],
  't3.results.unableToProvide.stillUnclear.': [0, null, 30, null, 8, null, 38],
  't3.results.notProcessed.petitionOrComplaint.': [null, null, null, null, 59, 4, 63],
  't3.results.notProcessed.duplicate.': [null, null, 55, 10, null, null, 65],
  't3.results.notProcessed.publication.': [40, null, null, null, 50, 25, 115],
  't3.results.notProcessed.massRepeated.': [null, null, null, 0, 40, null, 40],
  't3.results.notProcessed.confirmOrReissue.': [48, 6, 54, 24, null, null, 132],
  't3.results.otherHandling.overdueCorrection.': [41, null, 34, null, 12, null, 87],
  't3.results.otherHandling.unpaidFee.': [0, 47, null, null, 0, null, 47],
  't3.results.otherHandling.other.': [17, null, null, null, null, null, 17],
  't3.results.total.': [257, 160, 187, 147, 224, 214, 1189],
  't3.carriedForward.': [61, null, null, 0, 41, null, 102],
  't3.carriedOver.': [0, 0, null, 12, 38, 0, 50],
  't3.newReceived.': [318, 160, 187, 135, 227, 214, 1241],
};

describe('probe 261 p03 (chromium-layout): a row printed blank joins the first table search', () => {
  const text = readFixture('probe-261-p03-chromium-layout.txt');

  it.each(Object.keys(TRUTH))('%s reads every cell as printed', (row) => {
    expect(shown(text, row)).toEqual(TRUTH[row]);
  });

  it('says the blank row was read blank by the equations', () => {
    const codes = parseReport(text)
      .diagnostics.filter((d) => d.path === 't3.results.denied.internalAffairs')
      .map((d) => d.code);
    expect(codes).toContain('blank-placed');
  });

  it('reads nothing so where the equations do not hold (one number changed)', () => {
    // (予以公开's 54 and its total made 55: the results column no longer adds up with any placement)
    const broken = text.replace('54               54', '55               55');
    expect(broken).not.toBe(text);
    const cells = listCells(parseReport(broken).report!).filter((c) => c.address.startsWith('t3.results.denied.'));
    expect(cells.filter((c) => c.status === 'value' || c.status === 'blank').map((c) => c.address)).toEqual([]);
  });
});
