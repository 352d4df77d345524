/**
 * Table 三 of our own Word-width reports through Chromium and `pdftotext -layout` (probe seed 260 p02,
 * and p08 with the browser's header and footer): most cells blank (Word's empty paragraphs print
 * nothing), two rows printed as their wrapped labels alone (保护第三方合法权益 and
 * 没有现成信息需要另行制作 in p02), and the rows' numbers on grids of their own, unlike the two
 * complete rows (新收 and 总计) whose spacing the rows were placed by. The table search kept
 * nothing: the rows that lost blanks count only where every equation through them is known and
 * holds, and the rows that printed nothing left every column equation unknown; the retry with every
 * placement was stopped the same way. The whole table was ambiguous (147 of 175 cells in p02).
 *
 * Now the rows that printed nothing join that retry with their one reading, every cell blank, where
 * every number of the table is held by a row (`readDigitRuns` in `src/tables/table3.ts`). The column
 * equations then place the non-zero numbers; zeros (which no equation places) and the blanks of rows
 * that lost them stay flagged. The rows' positions are not read: with the spacing of the complete
 * rows they placed a row of three zeros of p08 (`4.无正当理由大量反复申请`) one column off, which the
 * first form of this change (the empty rows in the first search, the positions kept) stated silently.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, shownUnder as shown, statedOtherwise } from './helpers/probe-fixtures.js';

/** The rows of table 三 as the generated truth has them (null: left blank), in the template's column order. */
const P02: Record<string, (number | null)[]> = {
  't3.results.granted.': [null, null, null, 2, 0, null, 2],
  't3.results.partiallyGranted.': [0, 0, null, null, 0, null, null],
  't3.results.denied.stateSecret.': [null, null, null, 46, null, null, 46],
  't3.results.denied.prohibitedByLaw.': [0, null, null, 22, null, 0, 22],
  't3.results.denied.securityStability.': [null, 0, 8, null, 0, null, 8],
  't3.results.denied.thirdPartyRights.': [null, null, null, null, null, null, null],
  't3.results.denied.internalAffairs.': [null, null, 19, null, null, null, 19],
  't3.results.denied.processInformation.': [0, 0, null, null, 0, 7, 7],
  't3.results.denied.enforcementCaseFile.': [null, null, null, 0, 12, 38, 50],
  't3.results.denied.administrativeQuery.': [null, null, null, 0, null, 8, 8],
  't3.results.unableToProvide.notHeld.': [9, null, 44, 0, null, null, 53],
  't3.results.unableToProvide.needsCreation.': [null, null, null, null, null, null, null],
  't3.results.unableToProvide.stillUnclear.': [0, null, 0, null, 0, 0, 0],
  't3.results.notProcessed.petitionOrComplaint.': [null, 1, null, null, null, null, 1],
  't3.results.notProcessed.duplicate.': [null, null, 0, 0, 0, null, null],
  't3.results.notProcessed.publication.': [0, null, null, null, 0, 0, null],
  't3.results.notProcessed.massRepeated.': [null, null, 36, 10, 0, null, 46],
  't3.results.notProcessed.confirmOrReissue.': [null, 45, null, 0, null, null, 45],
  't3.results.otherHandling.': [null, 0, 0, 52, null, null, 52],
  't3.results.total.': [9, 46, 107, 132, 12, 53, 359],
  't3.carriedForward.': [0, null, null, 0, 55, null, 55],
  't3.carriedOver.': [null, null, null, null, 14, null, 14],
  't3.newReceived.': [9, 46, 107, 132, 53, 53, 400],
};

const P08: Record<string, (number | null)[]> = {
  't3.results.granted.': [null, null, 0, null, 40, null, 40],
  't3.results.partiallyGranted.': [7, 60, null, null, null, 0, 67],
  't3.results.denied.stateSecret.': [null, null, null, null, null, 0, null],
  't3.results.denied.prohibitedByLaw.': [null, null, 0, null, null, null, null],
  't3.results.denied.securityStability.': [null, null, 0, null, null, 0, null],
  't3.results.denied.thirdPartyRights.': [null, null, null, null, null, 0, null],
  't3.results.denied.internalAffairs.': [null, 0, 32, null, null, null, 32],
  't3.results.denied.processInformation.': [null, 4, null, null, 0, null, 4],
  't3.results.denied.enforcementCaseFile.': [null, null, null, null, null, null, null],
  't3.results.denied.administrativeQuery.': [3, null, null, null, null, null, 3],
  't3.results.unableToProvide.notHeld.': [0, null, null, null, null, null, null],
  't3.results.unableToProvide.needsCreation.': [0, 43, null, 0, null, null, 43],
  't3.results.unableToProvide.stillUnclear.': [null, null, null, 0, 15, null, 15],
  't3.results.notProcessed.petitionOrComplaint.': [null, null, null, null, null, 60, 60],
  't3.results.notProcessed.duplicate.': [null, 37, 0, 0, null, null, 37],
  't3.results.notProcessed.publication.': [0, null, null, null, null, null, null],
  't3.results.notProcessed.massRepeated.': [0, null, null, 0, 0, null, null],
  't3.results.notProcessed.confirmOrReissue.': [0, 29, null, 31, null, null, 60],
  't3.results.otherHandling.': [null, 0, null, null, null, null, null],
  't3.results.total.': [10, 173, 32, 31, 55, 60, 361],
  't3.carriedForward.': [null, null, null, null, 0, null, 0],
  't3.carriedOver.': [null, 0, 11, null, 0, null, 11],
  't3.newReceived.': [10, 173, 21, 31, 55, 60, 350],
};

describe('probe 260 p02 (chromium-layout): rows printed blank join the table search', () => {
  const text = readFixture('probe-260-p02-chromium-layout.txt');

  it.each(Object.keys(P02))('%s states no cell otherwise than printed', (row) => {
    expect(cellsUnder(text, row)).toHaveLength(7);
    expect(statedOtherwise(text, row, P02[row] as (number | null)[])).toEqual([]);
  });

  it('reads the two rows that printed nothing blank', () => {
    for (const row of ['t3.results.denied.thirdPartyRights.', 't3.results.unableToProvide.needsCreation.'])
      expect(shown(text, row)).toEqual(new Array(7).fill('blank'));
  });

  it('places the non-zero numbers the column equations decide', () => {
    expect(shown(text, 't3.results.denied.processInformation.').slice(5)).toEqual([7, 7]);
    // (the 12 beside them read since the blank row joins the first search: test/probe-261-empty-row-first-search.test.ts)
    expect(shown(text, 't3.results.denied.enforcementCaseFile.').slice(4)).toEqual([12, 38, 50]);
    expect(shown(text, 't3.results.denied.administrativeQuery.').slice(5)).toEqual([8, 8]);
    // (its second column a blank by the positions kept in the first search: not known, `missing`)
    expect(shown(text, 't3.results.unableToProvide.notHeld.')).toEqual([
      9,
      'missing',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      53,
    ]);
  });

  it('leaves the zeros no equation places flagged', () => {
    expect(shown(text, 't3.results.notProcessed.duplicate.')).toEqual(new Array(7).fill('ambiguous'));
    expect(shown(text, 't3.results.unableToProvide.stillUnclear.')).toEqual(new Array(7).fill('ambiguous'));
  });
});

describe('probe 260 p08 (chromium-hf-layout): the rows’ positions are not read in that search', () => {
  const text = readFixture('probe-260-p08-chromium-hf-layout.txt');

  it.each(Object.keys(P08))('%s states no cell otherwise than printed', (row) => {
    expect(cellsUnder(text, row)).toHaveLength(7);
    expect(statedOtherwise(text, row, P08[row] as (number | null)[])).toEqual([]);
  });

  it('leaves the row of three zeros flagged (no zero in the other-organisations column)', () => {
    expect(shown(text, 't3.results.notProcessed.massRepeated.')).toEqual(new Array(7).fill('ambiguous'));
  });

  it('reads the rows the equations decide', () => {
    expect(shown(text, 't3.results.notProcessed.petitionOrComplaint.')).toEqual(['blank', 'blank', 'blank', 'blank', 'blank', 60, 60]);
    expect(shown(text, 't3.results.denied.administrativeQuery.')).toEqual([3, 'blank', 'blank', 'blank', 'blank', 'blank', 3]);
  });
});
