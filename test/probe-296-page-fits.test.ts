/**
 * Table 三 of our own Word-width report through Chromium (with its print header and footer) and
 * `pdftotext -layout` (probe seed 296 p04): the group label's text run into the pieces of the row
 * 1.本机关不掌握相关政府信息 (`无法提关不掌握`, `供相关政府`) kept the row from being found, its numbers
 * unclaimed and the whole table ambiguous; read from the row label's column on, the row is found
 * (`columnCutJoin`, `src/repairs/wrapped-labels.ts`). The table search then completes, and the row
 * 3.危及“三安全一稳定” (`0` and `0` on the second page) was placed by the spacing of the 新收 row on the
 * first page: its zeros fitted that row's last two columns, and its total was stated 0 (truth: 0, 0 in
 * the 社会公益组织 and 法律服务机构 columns, the total blank), silently. `pdftotext -layout` lays out each
 * page on a grid of its own: a complete row of another page no longer speaks for a row's places
 * (`placesFitting`, `src/tables/position-fit.ts`, pages from the form feeds of the text).
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, shownUnder, statedOtherwise } from './helpers/probe-fixtures.js';

const TRUTH: Record<string, (number | null)[]> = {
  't3.results.granted.': [null, null, null, 23, 61, null, 84],
  't3.results.partiallyGranted.': [null, 0, 49, null, null, 0, 49],
  't3.results.denied.stateSecret.': [null, 0, null, null, null, null, 0],
  't3.results.denied.prohibitedByLaw.': [8, 47, null, 47, 0, 17, 119],
  't3.results.denied.securityStability.': [null, null, null, 0, 0, null, null],
  't3.results.denied.thirdPartyRights.': [23, 0, null, null, 0, 0, 23],
  't3.results.denied.internalAffairs.': [8, null, null, 0, 0, null, 8],
  't3.results.denied.processInformation.': [null, null, null, null, 30, null, 30],
  't3.results.denied.enforcementCaseFile.': [null, 0, 0, 14, null, 14, 28],
  't3.results.denied.administrativeQuery.': [null, 4, null, null, 0, 2, 6],
  't3.results.unableToProvide.notHeld.': [null, null, 0, 7, null, null, 7],
  't3.results.unableToProvide.needsCreation.': [null, 8, 0, 30, null, 0, 38],
  't3.results.unableToProvide.stillUnclear.': [null, null, 0, null, null, null, null],
  't3.results.notProcessed.petitionOrComplaint.': [null, null, null, 0, null, 0, 0],
  't3.results.notProcessed.duplicate.': [0, null, null, null, null, 6, 6],
  't3.results.notProcessed.publication.': [null, null, 16, null, null, null, 16],
  't3.results.notProcessed.massRepeated.': [0, 0, null, null, 0, 0, 0],
  't3.results.notProcessed.confirmOrReissue.': [null, 0, null, null, 0, null, null],
  't3.results.otherHandling.': [null, null, null, null, null, 0, null],
  't3.results.total.': [39, 59, 65, 121, 91, 39, 414],
  't3.carriedForward.': [null, 0, null, null, null, null, null],
  't3.carriedOver.': [null, 0, 0, null, 0, null, 0],
  't3.newReceived.': [39, 59, 65, 121, 91, 39, 414],
};

const text = readFixture('probe-296-p04-chromium-hf-layout.txt');

/** Each cell of `row` as read: its number, or its status. */
const shown = (row: string): (number | string)[] => shownUnder(text, row);

describe('probe 296 p04 (chromium-hf-layout): a group label run into the row label, complete rows of another page', () => {
  it.each(Object.keys(TRUTH))('%s states no cell otherwise than printed', (row) => {
    expect(cellsUnder(text, row)).toHaveLength(7);
    expect(statedOtherwise(text, row, TRUTH[row] as (number | null)[])).toEqual([]);
  });

  it('finds the row 1.本机关不掌握相关政府信息 and places its 7', () => {
    expect(shown('t3.results.unableToProvide.notHeld.')).toEqual(['ambiguous', 'ambiguous', 'ambiguous', 7, 'missing', 'missing', 7]);
  });

  it('states no zero of 3.危及“三安全一稳定” by the spacing of the first page', () => {
    expect(shown('t3.results.denied.securityStability.')).toEqual(new Array(7).fill('ambiguous'));
  });

  it('reads the rows the equations decide', () => {
    expect(shown('t3.results.granted.')).toEqual(['blank', 'blank', 'blank', 23, 61, 'blank', 84]);
    expect(shown('t3.results.denied.prohibitedByLaw.')).toEqual([8, 47, 'blank', 47, 0, 17, 119]);
    expect(shown('t3.results.notProcessed.publication.')).toEqual(['blank', 'blank', 16, 'blank', 'blank', 'blank', 16]);
  });
});
