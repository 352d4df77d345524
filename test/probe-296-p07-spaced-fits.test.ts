/**
 * Table 三 of our own report printed by Chromium and read back with `pdftotext -layout` (probe seed
 * 296 p07): the only complete rows (本年新收 and 总计) hold three-digit numbers, each as wide as its
 * narrow cell, so every gap between their numbers is one space, as in text that joins cells by a
 * fixed run of spaces. The spacing of the complete rows was therefore taken for no evidence of
 * columns (`placesFitting`, `src/tables/position-fit.ts`), every row that lost blank cells took
 * every placement the arithmetic allowed, and the whole table was `ambiguous` (161 cells). Its short
 * rows show the lost cells as room (`14         38`): gaps wider than the complete rows' gap and a
 * column pitch together. Read by position, the rows are placed where their spacing fits a complete
 * row and the column sums hold.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, shownUnder, statedOtherwise } from './helpers/probe-fixtures.js';

const TRUTH: Record<string, (number | null)[]> = {
  't3.results.granted.': [14, null, 38, null, 0, 0, 52],
  't3.results.partiallyGranted.': [33, 38, null, null, null, null, 71],
  't3.results.denied.stateSecret.': [null, null, null, 44, 0, null, 44],
  't3.results.denied.prohibitedByLaw.': [null, null, 54, 0, 30, null, 84],
  't3.results.denied.securityStability.': [null, 13, null, 5, null, null, 18],
  't3.results.denied.thirdPartyRights.': [12, 16, 49, null, 0, null, 77],
  't3.results.denied.internalAffairs.': [41, 10, null, 54, 60, null, 165],
  't3.results.denied.processInformation.': [12, null, null, null, null, null, 12],
  't3.results.denied.enforcementCaseFile.': [8, null, 3, 38, null, null, 49],
  't3.results.denied.administrativeQuery.': [60, 42, null, null, null, 33, 135],
  't3.results.unableToProvide.notHeld.': [null, 0, null, null, null, 31, 31],
  't3.results.unableToProvide.needsCreation.': [null, 27, 0, 43, null, null, 70],
  't3.results.unableToProvide.stillUnclear.': [58, 36, 0, 37, null, null, 131],
  't3.results.notProcessed.petitionOrComplaint.': [null, null, null, null, 7, 0, 7],
  't3.results.notProcessed.duplicate.': [null, null, null, null, 0, null, null],
  't3.results.notProcessed.publication.': [25, 52, null, 16, null, null, 93],
  't3.results.notProcessed.massRepeated.': [2, null, null, 0, null, 0, 2],
  't3.results.notProcessed.confirmOrReissue.': [null, null, null, null, 60, null, 60],
  't3.results.otherHandling.overdueCorrection.': [22, null, null, null, null, 45, 67],
  't3.results.otherHandling.unpaidFee.': [null, null, null, 0, 32, null, 32],
  't3.results.otherHandling.other.': [null, null, 46, 60, null, 40, 146],
  't3.results.total.': [287, 234, 190, 297, 189, 149, 1346],
  't3.carriedForward.': [null, 27, null, 21, 38, null, 86],
  't3.carriedOver.': [0, 0, 41, null, null, 9, 50],
  't3.newReceived.': [287, 261, 149, 318, 227, 140, 1382],
};

const text = readFixture('probe-296-p07-chromium-layout.txt');

/** Each cell of `row` as read: its number, or its status. */
const shown = (row: string): (number | string)[] => shownUnder(text, row);

describe('probe 296 p07 (chromium-layout): complete rows one space apart, short rows laid out by position', () => {
  it.each(Object.keys(TRUTH))('%s states no cell otherwise than printed', (row) => {
    expect(cellsUnder(text, row)).toHaveLength(7);
    expect(statedOtherwise(text, row, TRUTH[row] as (number | null)[])).toEqual([]);
  });

  it('places the rows that lost blank cells by their positions', () => {
    expect(shown('t3.carriedOver.')).toEqual([0, 0, 41, 'blank', 'blank', 9, 50]);
    expect(shown('t3.results.denied.stateSecret.')).toEqual(['blank', 'blank', 'blank', 44, 0, 'blank', 44]);
    expect(shown('t3.results.denied.thirdPartyRights.')).toEqual([12, 16, 49, 'blank', 0, 'blank', 77]);
    expect(shown('t3.results.unableToProvide.stillUnclear.')).toEqual([58, 36, 0, 37, 'blank', 'blank', 131]);
    expect(shown('t3.carriedForward.')).toEqual(['blank', 27, 'blank', 21, 38, 'blank', 86]);
  });

  it('leaves ambiguous the cells whose positions fit two columns', () => {
    expect(shown('t3.results.granted.')).toEqual([14, 'ambiguous', 'ambiguous', 'ambiguous', 'ambiguous', 'ambiguous', 52]);
  });
});
