/**
 * Table 三 of our own 2019 report of blanks through Chromium and `pdftotext -layout` (probe seeds 329
 * p04 and 297 p02, chromium-layout): the group cell `（三）不予公开`, its text centred between the rows,
 * pulled pdftotext's lines apart, so `4.保护第三方合法权益` stands alone on its line, its numbers on the
 * next line beside `5.属于三类内部事务信息`'s label, and row 5's numbers on a line of their own under
 * it. Both rows were `missing`, their numbers unplaced, and with two rows unknown no equation through
 * them counted: the whole table (blanks printed as nothing, placed by the equations) was flagged.
 *
 * Now both rows read either line (`src/repairs/numbers-line-down.ts`): which is whose neither the
 * text nor the arithmetic tells, so their cells stay `ambiguous` (both candidates), but every number
 * of the table is held by a row, and the search places the other rows. A line that no complete
 * row's spacing places keeps the rows out of the search (probe 297 p02: such a line's blanks could
 * stand anywhere and made up for a row placed one column off by its positions, a silent cell).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from 'zfxxgk-report';
import { cellsUnder, readFixture, statedWrong, valuesUnder as shown } from './helpers/probe-fixtures.js';

/** The rows of table 三 as the generated truth has them (null: left blank), in the template's column order. */
const TRUTH_329: Record<string, (number | null)[]> = {
  't3.results.granted.': [0, 54, null, 0, null, 9, 63],
  't3.results.partiallyGranted.': [null, 2, 0, 0, 0, null, 2],
  't3.results.denied.stateSecret.': [31, 15, 50, 43, 0, null, 139],
  't3.results.denied.prohibitedByLaw.': [null, 0, 0, 0, 0, 0, 0],
  't3.results.denied.securityStability.': [0, null, 59, null, 0, 14, 73],
  't3.results.denied.thirdPartyRights.': [null, 0, 15, 0, 0, 50, 65],
  't3.results.denied.internalAffairs.': [36, 26, 55, null, 0, null, 117],
  't3.results.denied.processInformation.': [0, 17, null, 0, null, null, 17],
  't3.results.denied.enforcementCaseFile.': [0, 0, null, null, 16, null, 16],
  't3.results.denied.administrativeQuery.': [51, 0, 0, 26, 0, 15, 92],
  't3.results.unableToProvide.notHeld.': [null, 0, 0, 0, 26, 0, 26],
  't3.results.unableToProvide.needsCreation.': [null, 52, null, 60, 0, null, 112],
  't3.results.unableToProvide.stillUnclear.': [0, 0, 38, 0, 42, 42, 122],
  't3.results.notProcessed.petitionOrComplaint.': [null, 0, 44, 0, null, 0, 44],
  't3.results.notProcessed.duplicate.': [null, null, 57, 15, 0, 18, 90],
  't3.results.notProcessed.publication.': [null, 46, 0, 0, 0, null, 46],
  't3.results.notProcessed.massRepeated.': [0, 14, null, 0, 0, 0, 14],
  't3.results.notProcessed.confirmOrReissue.': [0, 0, null, 52, null, 0, 52],
  't3.results.otherHandling.': [25, 61, 0, 47, null, 0, 133],
  't3.results.total.': [143, 287, 318, 243, 84, 148, 1223],
  't3.carriedForward.': [0, 0, 52, null, 38, 1, 91],
  't3.carriedOver.': [9, 0, 0, 25, 2, 31, 67],
  't3.newReceived.': [134, 287, 370, 218, 120, 118, 1247],
};

const TRUTH_297: Record<string, (number | null)[]> = {
  't3.results.granted.': [null, 59, 0, 5, 35, null, 99],
  't3.results.partiallyGranted.': [9, 59, 0, null, 0, null, 68],
  't3.results.denied.stateSecret.': [16, 0, null, 0, null, 0, 16],
  't3.results.denied.prohibitedByLaw.': [52, 41, 0, null, 20, 1, 114],
  't3.results.denied.securityStability.': [38, null, 41, 0, null, 19, 98],
  't3.results.denied.thirdPartyRights.': [0, 47, null, 58, 0, 0, 105],
  't3.results.denied.internalAffairs.': [0, 0, null, 3, 34, 0, 37],
  't3.results.denied.processInformation.': [0, 10, 7, 46, 0, 46, 109],
  't3.results.denied.enforcementCaseFile.': [null, 0, 0, null, null, 0, 0],
  't3.results.denied.administrativeQuery.': [13, 0, 58, null, 48, 0, 119],
  't3.results.unableToProvide.notHeld.': [2, 0, 0, 4, 0, 13, 19],
  't3.results.unableToProvide.needsCreation.': [23, 0, null, 27, 0, 40, 90],
  't3.results.unableToProvide.stillUnclear.': [42, 0, 0, null, 0, null, 42],
  't3.results.notProcessed.petitionOrComplaint.': [6, null, 0, null, 0, 0, 6],
  't3.results.notProcessed.duplicate.': [null, null, 49, 0, 0, 7, 56],
  't3.results.notProcessed.publication.': [0, 0, 27, null, 37, 51, 115],
  't3.results.notProcessed.massRepeated.': [6, 0, null, 51, null, 0, 57],
  't3.results.notProcessed.confirmOrReissue.': [27, 0, 38, 12, 41, null, 118],
  't3.results.otherHandling.': [0, 0, 5, null, 0, null, 5],
  't3.results.total.': [234, 216, 225, 206, 215, 177, 1273],
  't3.carriedForward.': [0, 0, 3, 53, 0, null, 56],
  't3.carriedOver.': [27, 17, 0, null, null, null, 44],
  't3.newReceived.': [207, 199, 228, 259, 215, 177, 1285],
};

/** The candidate values of a flagged cell, sorted. */
function candidates(text: string, address: string): number[] {
  const cell = cellsUnder(text, address)[0];
  return (cell?.candidates ?? []).slice().sort((a, b) => a - b);
}

const PAIR = ['t3.results.denied.thirdPartyRights.', 't3.results.denied.internalAffairs.'];

describe('probe 329 p04 (chromium-layout): two rows whose numbers came out one line down', () => {
  const text = readFixture('probe-329-p04-chromium-layout.txt');
  const settled = Object.keys(TRUTH_329).filter((r) => !PAIR.includes(r) && r !== 't3.results.denied.securityStability.');

  it.each(settled)('%s reads every cell as printed', (row) => {
    expect(shown(text, row)).toEqual(TRUTH_329[row]);
  });

  it('leaves the two rows ambiguous between the two lines, each total with both candidates', () => {
    expect(shown(text, PAIR[0] as string)).toEqual(['ambiguous', 'ambiguous', 'ambiguous', 'ambiguous', 0, 'ambiguous', 'ambiguous']);
    expect(shown(text, PAIR[1] as string)).toEqual(['ambiguous', 'ambiguous', 'ambiguous', 'ambiguous', 0, 'ambiguous', 'ambiguous']);
    expect(candidates(text, `${PAIR[0]}total`)).toEqual([65, 117]);
    expect(candidates(text, `${PAIR[1]}total`)).toEqual([65, 117]);
  });

  it('states no cell of the table wrong, and leaves no number unplaced', () => {
    for (const [row, truth] of Object.entries(TRUTH_329)) expect(statedWrong(cellsUnder(text, row), truth)).toEqual([]);
    expect(parseReport(text).diagnostics.filter((d) => d.path === 't3' && d.code === 'values-unplaced')).toEqual([]);
  });

  it('states nothing of the two rows where the line under them does not add up (one number changed)', () => {
    const broken = text.replace(/( 0 {10})117\n/, '$1118\n');
    expect(broken).not.toBe(text);
    for (const row of PAIR) expect(cellsUnder(broken, row).filter((c) => c.status === 'value' || c.status === 'blank')).toEqual([]);
    for (const [row, truth] of Object.entries(TRUTH_329)) expect(statedWrong(cellsUnder(broken, row), truth)).toEqual([]);
  });
});

describe('probe 297 p02 (chromium-layout): a line no complete row places keeps the two rows out of the search', () => {
  const text = readFixture('probe-297-p02-chromium-layout.txt');

  it('states no cell of the table wrong (行政查询事项 not one column off)', () => {
    for (const [row, truth] of Object.entries(TRUTH_297)) expect(statedWrong(cellsUnder(text, row), truth)).toEqual([]);
    const query = cellsUnder(text, 't3.results.denied.administrativeQuery.publicInterestOrg')[0];
    expect(query?.status).not.toBe('value');
  });

  it('leaves the two rows ambiguous', () => {
    for (const row of PAIR) expect(shown(text, row).filter((s) => s === 'ambiguous').length).toBe(7);
  });
});

const TRUTH_279: Record<string, (number | null)[]> = {
  't3.results.granted.': [0, 0, 0, null, 0, 0, null],
  't3.results.partiallyGranted.': [null, null, 47, 29, 53, null, 129],
  't3.results.denied.stateSecret.': [53, 0, null, 17, 0, null, 70],
  't3.results.denied.prohibitedByLaw.': [28, 0, 0, 33, 40, 0, 101],
  't3.results.denied.securityStability.': [21, 0, null, 0, 46, 45, 112],
  't3.results.denied.thirdPartyRights.': [6, null, 0, 24, null, 42, 72],
  't3.results.denied.internalAffairs.': [5, 61, null, null, 61, 28, 155],
  't3.results.denied.processInformation.': [19, 60, 0, null, 0, 52, 131],
  't3.results.denied.enforcementCaseFile.': [0, null, 4, null, 0, 0, 4],
  't3.results.denied.administrativeQuery.': [null, null, null, 0, 57, 0, 57],
  't3.results.unableToProvide.notHeld.': [0, 0, 0, 0, 61, 0, 61],
  't3.results.unableToProvide.needsCreation.': [39, 0, null, 38, 19, 0, 96],
  't3.results.unableToProvide.stillUnclear.': [0, 0, null, null, 29, 5, 34],
  't3.results.notProcessed.petitionOrComplaint.': [0, 0, 27, null, 0, 7, 34],
  't3.results.notProcessed.duplicate.': [null, 28, 16, 32, 15, 0, 91],
  't3.results.notProcessed.publication.': [0, 0, 49, 37, 4, 48, 138],
  't3.results.notProcessed.massRepeated.': [null, null, null, 19, null, 0, 19],
  't3.results.notProcessed.confirmOrReissue.': [0, 13, 0, 0, 0, 52, 65],
  't3.results.otherHandling.overdueCorrection.': [20, 0, 47, 54, 22, null, 143],
  't3.results.otherHandling.unpaidFee.': [48, 0, 30, 0, null, 0, 78],
  't3.results.otherHandling.other.': [42, 6, null, null, null, 0, 48],
  't3.results.total.': [281, 168, 220, 283, 407, 279, 1638],
  't3.carriedForward.': [3, 0, null, 20, 32, 23, 78],
  't3.carriedOver.': [0, null, 33, 0, 55, 39, 127],
  't3.newReceived.': [284, 168, 187, 303, 384, 263, 1589],
};

describe('probe 279 p07 (chromium-layout): two pairs, a group label piece beside the line under them', () => {
  const text = readFixture('probe-279-p07-chromium-layout.txt');
  const pairs = [
    't3.results.unableToProvide.notHeld.',
    't3.results.unableToProvide.needsCreation.',
    't3.results.notProcessed.duplicate.',
    't3.results.notProcessed.publication.',
  ];
  const settled = [
    't3.newReceived.',
    't3.carriedOver.',
    't3.results.partiallyGranted.',
    't3.results.denied.stateSecret.',
    't3.results.denied.prohibitedByLaw.',
    't3.results.denied.securityStability.',
    't3.results.denied.thirdPartyRights.',
    't3.results.denied.internalAffairs.',
    't3.results.denied.processInformation.',
    't3.results.denied.administrativeQuery.',
    't3.results.unableToProvide.stillUnclear.',
    't3.results.notProcessed.petitionOrComplaint.',
    't3.results.notProcessed.massRepeated.',
    't3.results.notProcessed.confirmOrReissue.',
    't3.results.otherHandling.overdueCorrection.',
    't3.results.otherHandling.other.',
    't3.results.total.',
    't3.carriedForward.',
  ];

  it.each(settled)('%s reads every cell as printed', (row) => {
    expect(shown(text, row)).toEqual(TRUTH_279[row]);
  });

  it('leaves each pair ambiguous between its two lines, states no cell wrong', () => {
    expect(candidates(text, `${pairs[0]}total`)).toEqual([61, 96]);
    expect(candidates(text, `${pairs[1]}total`)).toEqual([61, 96]);
    expect(candidates(text, `${pairs[2]}total`)).toEqual([91, 138]);
    expect(candidates(text, `${pairs[3]}total`)).toEqual([91, 138]);
    for (const [row, truth] of Object.entries(TRUTH_279)) expect(statedWrong(cellsUnder(text, row), truth)).toEqual([]);
  });
});
