/**
 * Table 三 of our own Word-width reports through Chromium and `pdftotext -layout` (probe seed 276 p02,
 * 2019 template, most cells blank; seed 262 p03, 2021 template). Before, the whole table was flagged
 * (176 and 190 of 175 and 182 cells): in 276 p02 the row 1.属于国家秘密 was not found (its piece
 * `家秘密` printed after the group cells `理结 不予公`, one space apart, which normalisation took out),
 * its number unclaimed; no row was printed complete (the 新收 and 总计 rows each lost a blank), so no
 * row's spacing placed the sparse rows and the search kept nothing; the blank row
 * 4.无正当理由大量反复申请 printed its label alone over three lines. In 262 p03 the row
 * 1.申请人无正当理由逾期不补正… ran into the group label 其他处理 (`其他处 当理由逾期` / `理 不补正、行`).
 *
 * Now the row labels are found by the columns as printed and the group label's words, the blank rows'
 * labels are joined, and in a table laid out by position with no complete row the short rows are
 * placed by the table's equations alone (as rows no complete row fits), the rows that printed nothing
 * joining that search blank (`readDigitRuns` in `src/tables/table3.ts`). Zeros no equation places stay
 * flagged; no cell is stated otherwise than printed.
 *
 * Seed 273 p12 (2019, chromium-layout): complete rows, but Chromium packed every row's numbers with one
 * space, so no complete row's spacing fits a short row, and the rows that lost three blanks or more were
 * searched by no reading: the search kept nothing (71 cells flagged more than now). Where it keeps
 * nothing in such a table, it is tried again with those rows placed by the equations alone.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, shownUnder as shown, statedOtherwise } from './helpers/probe-fixtures.js';

/** The rows of table 三 as the generated truth has them (null: left blank). */
const P276: Record<string, (number | null)[]> = {
  't3.newReceived.': [66, 14, 64, 99, null, 137, 380],
  't3.carriedOver.': [null, 0, null, null, null, null, null],
  't3.results.granted.': [0, null, null, null, null, null, null],
  't3.results.partiallyGranted.': [0, null, null, null, null, null, null],
  't3.results.denied.stateSecret.': [null, null, null, null, null, 0, null],
  't3.results.denied.prohibitedByLaw.': [0, null, null, null, null, 21, 21],
  't3.results.denied.securityStability.': [null, null, 0, 0, null, 34, 34],
  't3.results.denied.thirdPartyRights.': [null, null, 7, 0, null, 0, 7],
  't3.results.denied.internalAffairs.': [49, null, null, 37, 0, 26, 112],
  't3.results.denied.processInformation.': [0, null, null, 28, 0, null, 28],
  't3.results.denied.enforcementCaseFile.': [null, null, 0, null, null, 0, null],
  't3.results.denied.administrativeQuery.': [null, null, 0, null, 0, 44, 44],
  't3.results.unableToProvide.notHeld.': [null, 0, 0, null, 0, null, null],
  't3.results.unableToProvide.needsCreation.': [0, 0, null, null, null, null, 0],
  't3.results.unableToProvide.stillUnclear.': [null, 14, 0, null, null, null, 14],
  't3.results.notProcessed.petitionOrComplaint.': [0, null, 0, 34, null, 1, 35],
  't3.results.notProcessed.duplicate.': [17, null, null, null, null, null, 17],
  't3.results.notProcessed.publication.': [null, null, null, 0, null, 0, 0],
  't3.results.notProcessed.massRepeated.': [null, null, null, null, null, null, null],
  't3.results.notProcessed.confirmOrReissue.': [null, null, 57, null, null, 11, 68],
  't3.results.otherHandling.': [null, null, null, 0, null, null, null],
  't3.results.total.': [66, 14, 64, 99, null, 137, 380],
  't3.carriedForward.': [0, null, null, null, 0, 0, null],
};

describe('probe 276 p02 (chromium-layout): rows found by the columns as printed, placed by the equations', () => {
  const text = readFixture('probe-276-p02-chromium-layout.txt');

  it.each(Object.keys(P276))('%s states no cell otherwise than printed', (row) => {
    expect(cellsUnder(text, row)).toHaveLength(7);
    expect(statedOtherwise(text, row, P276[row] as (number | null)[])).toEqual([]);
  });

  it('reads the rows the equations decide', () => {
    expect(shown(text, 't3.newReceived.')).toEqual([66, 14, 64, 99, 'blank', 137, 380]);
    expect(shown(text, 't3.results.total.')).toEqual([66, 14, 64, 99, 'blank', 137, 380]);
    expect(shown(text, 't3.results.denied.internalAffairs.')).toEqual([49, 'blank', 'blank', 37, 0, 26, 112]);
    expect(shown(text, 't3.results.notProcessed.duplicate.')).toEqual([17, 'blank', 'blank', 'blank', 'blank', 'blank', 17]);
    expect(shown(text, 't3.results.notProcessed.confirmOrReissue.')).toEqual(['blank', 'blank', 57, 'blank', 'blank', 11, 68]);
  });

  it('reads the blank row whose label was printed alone over three lines blank', () => {
    expect(shown(text, 't3.results.notProcessed.massRepeated.')).toEqual(new Array(7).fill('blank'));
  });

  it('leaves the zeros no equation places flagged', () => {
    expect(shown(text, 't3.results.denied.stateSecret.')).toEqual(new Array(7).fill('ambiguous'));
    expect(shown(text, 't3.results.denied.prohibitedByLaw.')).toEqual([
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      21,
      21,
    ]);
  });
});

describe('probe 262 p03 (chromium-layout): a row label run into the group label 其他处理', () => {
  const text = readFixture('probe-262-p03-chromium-layout.txt');

  it('finds the row (its cells open to the equations, no longer missing)', () => {
    expect(shown(text, 't3.results.otherHandling.overdueCorrection.')).toEqual(new Array(7).fill('ambiguous'));
    expect(shown(text, 't3.results.otherHandling.unpaidFee.')).toEqual([
      10,
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      49,
    ]);
  });

  it('reads the blank rows printed as their labels alone blank', () => {
    for (const row of ['t3.results.denied.securityStability.', 't3.results.notProcessed.publication.', 't3.results.otherHandling.other.'])
      expect(shown(text, row)).toEqual(new Array(7).fill('blank'));
  });

  it('states no total otherwise than printed', () => {
    expect(shown(text, 't3.results.total.')).toEqual([56, 142, 39, 192, 66, 'blank', 495]);
    expect(shown(text, 't3.newReceived.')).toEqual([56, 135, 39, 192, 66, 'blank', 488]);
  });
});

/** The rows of 273 p12's table 三 as the generated truth has them (null: left blank). */
const P273: Record<string, (number | null)[]> = {
  't3.newReceived.': [299, 227, 235, 207, 221, 287, 1476],
  't3.carriedOver.': [null, null, 30, 0, 16, null, 46],
  't3.results.granted.': [49, 0, 0, null, null, 0, 49],
  't3.results.denied.stateSecret.': [null, 0, 0, 0, 7, 0, 7],
  't3.results.denied.securityStability.': [null, null, 21, 45, null, 52, 118],
  't3.results.unableToProvide.stillUnclear.': [0, 0, 27, null, null, null, 27],
  't3.results.notProcessed.petitionOrComplaint.': [0, 8, 47, null, null, 30, 85],
  't3.results.notProcessed.publication.': [0, 57, null, 22, null, null, 79],
  't3.results.notProcessed.massRepeated.': [null, 28, 5, 0, 0, 0, 33],
  't3.results.otherHandling.': [0, null, 24, 7, 28, 15, 74],
  't3.results.total.': [299, 227, 265, 207, 237, 280, 1515],
  't3.carriedForward.': [0, null, 0, null, 0, 7, 7],
};

describe('probe 273 p12 (chromium-layout): no row fits a complete row’s spacing, the rows that lost many blanks placed by the equations', () => {
  const text = readFixture('probe-273-p12-chromium-layout.txt');

  it.each(Object.keys(P273))('%s states no cell otherwise than printed', (row) => {
    expect(cellsUnder(text, row)).toHaveLength(7);
    expect(statedOtherwise(text, row, P273[row] as (number | null)[])).toEqual([]);
  });

  it('reads the rows that lost three blanks', () => {
    expect(shown(text, 't3.carriedOver.')).toEqual(['blank', 'blank', 30, 0, 16, 'blank', 46]);
    expect(shown(text, 't3.results.denied.securityStability.')).toEqual(['blank', 'blank', 21, 45, 'blank', 52, 118]);
    expect(shown(text, 't3.results.notProcessed.publication.')).toEqual([0, 57, 'blank', 22, 'blank', 'blank', 79]);
  });

  it('leaves the zeros no equation places flagged', () => {
    expect(shown(text, 't3.results.granted.')).toEqual([49, 'ambiguous', 'ambiguous', 'ambiguous', 'ambiguous', 'ambiguous', 49]);
  });
});
