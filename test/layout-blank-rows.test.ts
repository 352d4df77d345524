/**
 * Table 三 in `pdftotext -layout` text of our own Chromium prints with many blank cells (issue 12),
 * probe seeds 39 (p09) and 31 (p05), both 2021 templates. Before, each table was read whole as
 * `ambiguous`, though almost every row placed its numbers by the spacing of a complete row near it:
 * - seed 39: 予以公开's label is split beside its group's, its list marker alone before the numbers
 *   and its text behind the group's piece on the next line (`三、本年 （一）  0 0 0 0 32 32` /
 *   `度办理结 予以公开`); the row was not read, so no equation through it was known, and the table
 *   search (which places a row's blanks only where every equation it takes part in holds) kept
 *   nothing. The marker joins the text after the numbers (`（一）予以公开`), as a wrapped label.
 * - seed 31: 属于行政执法案卷's four numbers stand between two blocks of rows laid out a character
 *   or two apart, and fit the spacing of no complete row near it: the row is placed by the table's
 *   equations alone (every one it takes part in known and holding).
 * A row placed so, whose one placement left holds every equation and where the table has no
 * number no row holds, reads its empty columns as blank, named by `blank-by-position`.
 */
import { describe, expect, it } from 'vitest';
import { parseReport, listCells, type CellRecord } from 'zfxxgk-report';
import { readFixture } from './helpers/probe-fixtures.js';

/** The addresses of table 三's cells stated (a value or a blank) other than the truth. */
function statedOtherwise(cells: readonly CellRecord[], truth: Readonly<Record<string, readonly (number | null)[]>>): string[] {
  return cells
    .filter((c) => {
      if (c.status !== 'value' && c.status !== 'blank') return false;
      const row = c.address.slice(3, c.address.lastIndexOf('.'));
      const j = cells.filter((d) => d.address.startsWith(`t3.${row}.`)).indexOf(c);
      const want = truth[row]?.[j];
      return c.status === 'blank' ? want !== null : c.value !== want;
    })
    .map((c) => c.address);
}

function table3(name: string): { cells: CellRecord[]; codes: string[] } {
  const r = parseReport(readFixture(name));
  const cells = listCells(r.report!).filter((c) => c.address.startsWith('t3.'));
  return { cells, codes: r.diagnostics.map((d) => d.code) };
}

function row(cells: readonly CellRecord[], key: string): (number | null | string)[] {
  return cells
    .filter((c) => c.address.startsWith(`t3.${key}.`))
    .map((c) => (c.status === 'value' ? c.value : c.status === 'blank' ? null : c.status));
}

const TRUTH_39: Record<string, (number | null)[]> = {
  'results.granted': [0, 0, 0, null, 0, 32, 32],
  'results.partiallyGranted': [null, 46, 46, 26, 0, 9, 127],
  'results.denied.stateSecret': [null, null, 23, 0, 0, 6, 29],
  'results.denied.prohibitedByLaw': [null, 0, null, 58, null, 0, 58],
  'results.denied.securityStability': [0, 0, 28, 0, 49, null, 77],
  'results.denied.thirdPartyRights': [0, 0, 0, 0, null, 16, 16],
  'results.denied.internalAffairs': [16, 18, null, 0, 46, 16, 96],
  'results.denied.processInformation': [null, null, 13, 42, 0, 55, 110],
  'results.denied.enforcementCaseFile': [59, 0, 0, 0, 18, null, 77],
  'results.denied.administrativeQuery': [0, 10, 20, 32, 0, 19, 81],
  'results.unableToProvide.notHeld': [null, null, 24, 0, 0, null, 24],
  'results.unableToProvide.needsCreation': [0, 0, null, 0, 0, 0, null],
  'results.unableToProvide.stillUnclear': [47, null, 0, 0, null, 0, 47],
  'results.notProcessed.petitionOrComplaint': [0, 0, 0, null, 55, null, 55],
  'results.notProcessed.duplicate': [0, 0, null, null, 0, 0, 0],
  'results.notProcessed.publication': [54, null, 0, null, null, 8, 62],
  'results.notProcessed.massRepeated': [0, 8, 0, 5, 28, null, 41],
  'results.notProcessed.confirmOrReissue': [32, 0, 0, 0, 37, 0, 69],
  'results.otherHandling.overdueCorrection': [0, 49, null, 59, null, 0, 108],
  'results.otherHandling.unpaidFee': [null, 0, null, 0, 0, null, 0],
  'results.otherHandling.other': [null, null, 36, null, 17, 0, 53],
  'results.total': [208, 131, 190, 222, 250, 161, 1162],
  carriedForward: [null, 0, null, 61, 22, 21, 104],
  carriedOver: [0, 0, null, 0, 0, 0, 0],
  newReceived: [208, 131, 190, 283, 272, 182, 1266],
};

const TRUTH_31: Record<string, (number | null)[]> = {
  'results.granted': [0, null, 0, 0, 0, 54, 54],
  'results.partiallyGranted': [null, null, 0, 28, 55, 0, 83],
  'results.denied.stateSecret': [0, 38, null, 0, 0, 31, 69],
  'results.denied.prohibitedByLaw': [0, 0, 49, 0, null, null, 49],
  'results.denied.securityStability': [0, 0, null, 18, null, 31, 49],
  'results.denied.thirdPartyRights': [null, null, 0, 0, 59, null, 59],
  'results.denied.internalAffairs': [2, 26, 0, 1, null, 0, 29],
  'results.denied.processInformation': [0, 0, 0, null, 39, null, 39],
  'results.denied.enforcementCaseFile': [0, 22, null, 19, null, null, 41],
  'results.denied.administrativeQuery': [null, 36, 0, 9, 0, 24, 69],
  'results.unableToProvide.notHeld': [0, null, null, 55, 53, 6, 114],
  'results.unableToProvide.needsCreation': [0, 16, 5, 39, 0, null, 60],
  'results.unableToProvide.stillUnclear': [0, 0, null, 28, 44, null, 72],
  'results.notProcessed.petitionOrComplaint': [0, 0, 57, null, 0, 41, 98],
  'results.notProcessed.duplicate': [27, 15, 9, 0, 28, 47, 126],
  'results.notProcessed.publication': [39, 0, 46, null, 0, 0, 85],
  'results.notProcessed.massRepeated': [null, 0, null, 0, 42, 0, 42],
  'results.notProcessed.confirmOrReissue': [null, 0, 49, null, 0, 43, 92],
  'results.otherHandling.overdueCorrection': [0, 0, null, 0, 33, 0, 33],
  'results.otherHandling.unpaidFee': [null, 52, null, 0, 35, 0, 87],
  'results.otherHandling.other': [null, null, 33, 0, null, 19, 52],
  'results.total': [68, 205, 248, 197, 388, 296, 1402],
  carriedForward: [20, 0, 19, 28, 46, null, 113],
  carriedOver: [3, 9, 0, 0, 38, 0, 50],
  newReceived: [85, 196, 267, 225, 396, 296, 1465],
};

describe('table 三 in -layout text with many blank cells', () => {
  it('joins a list marker alone before the numbers with the row text after them (seed 39)', () => {
    const { cells, codes } = table3('probe-39-p09-chromium-layout.txt');
    expect(row(cells, 'results.granted')).toEqual([0, 0, 0, null, 0, 32, 32]);
    expect(statedOtherwise(cells, TRUTH_39)).toEqual([]);
    // (the table was all ambiguous: now most of it is read)
    expect(cells.filter((c) => c.status === 'ambiguous' || c.status === 'missing').length).toBeLessThan(30);
    expect(codes).toContain('blank-by-position');
  });

  it('places a row that fits no complete row near it by the equations alone (seed 31)', () => {
    const { cells } = table3('probe-31-p05-chromium-layout.txt');
    expect(row(cells, 'results.denied.enforcementCaseFile')).toEqual([0, 22, null, 19, null, null, 41]);
    expect(row(cells, 'results.granted')).toEqual([0, null, 0, 0, 0, 54, 54]);
    expect(statedOtherwise(cells, TRUTH_31)).toEqual([]);
    expect(cells.filter((c) => c.status === 'ambiguous' || c.status === 'missing').length).toBeLessThan(30);
  });
});
