/**
 * A wrapped row of Chromium `pdftotext -layout` text (our own report, probe seed 494 p04, 2019,
 * full-width numbers two digits to a line in narrow cells) that prints one or two of its cells as
 * nothing: `９４ １ ３１ ３６ ９５` over `４８ ６ ６ １６` over `３ ６` is blank, blank, 94483, 1, 316,
 * 366, 95166. Its pieces deal into all seven cells in no way that adds up, so the band had no
 * reading at all and every cell stayed `ambiguous` with its pieces unplaced. The deals with one or
 * two cells left blank (`vanishedBlankDeals`, each other cell under its column's place) are then its
 * readings, and the table's equations place its blanks; where the row's own line is placed by a
 * complete row's spacing, only the deals leaving the blanks that placement leaves are tried.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { readFixture } from './helpers/probe-fixtures.js';
import { rowItemAt } from './helpers/layout-text.js';
import { vanishedBlankDeals, wrappedCellReadings } from '../src/tables/wrapped-cells.js';
import { WorkBudget } from '../src/tables/budget.js';
import type { RowItem } from '../src/tables/placement.js';

// (read once: the cells of every row below)
const cells = listCells(parseReport(readFixture('probe-494-p04-chromium-layout.txt')).report!);
/** Each cell under `prefix` as read: its number, null for a blank, or how it is flagged. */
const valuesUnder = (prefix: string): (number | string | null)[] =>
  cells.filter((c) => c.address.startsWith(prefix)).map((c) => (c.status === 'value' ? c.value : c.status === 'blank' ? null : c.status));

/** Rows of table 三 as the generated truth has them (null: left blank). */
const TRUTH: Record<string, (number | null)[]> = {
  carriedOver: [null, null, 94483, 1, 316, 366, 95166],
  'results.notProcessed.duplicate': [null, 647, 81820, 798, 9, 27, 83301],
  'results.partiallyGranted': [482, 14, null, 1920, 877, 96630, 99923],
  'results.denied.securityStability': [79273, 833, 7924, null, 3180, 78, 91288],
  'results.denied.thirdPartyRights': [null, 41, 922, 5, 874, 90, 1932],
  'results.unableToProvide.needsCreation': [null, 44722, 0, 21, 709, 16, 45468],
  'results.unableToProvide.stillUnclear': [54, 49738, null, 20817, null, 292, 70901],
  'results.notProcessed.confirmOrReissue': [9, 44141, 1499, null, 79, 88, 45816],
};

const at = (line: number, ...cols: [number, string][]): RowItem[] => cols.map(([c, r]) => rowItemAt(line, c, r));
const rowSum = (v: (number | null)[]): boolean => v[6] !== null && v.slice(0, 6).reduce<number>((a, b) => a + (b ?? 0), 0) === v[6];
const values = (readings: RowItem[][] | null): (number | null)[][] | null =>
  readings && readings.map((r) => r.map((i) => (i.token.kind === 'value' ? i.token.content.value : null)));
// `二、上年结转`'s band as the print lays it out (the table's complete rows packed: no column has a place).
const band = [
  ...at(0, [22, '94'], [25, '1'], [27, '31'], [30, '36'], [33, '95']),
  ...at(1, [22, '48'], [29, '6'], [31, '6'], [33, '16']),
  ...at(2, [23, '3'], [35, '6']),
];
const noPlaces = new Array<null>(7).fill(null);

describe('probe 494 p04: a wrapped row no full deal reads, its blanks printed as nothing', () => {
  it('deals the band only with cells left blank, within the sets and the budget given', () => {
    expect(wrappedCellReadings(band, 7, rowSum)).toEqual([]);
    expect(values(vanishedBlankDeals(band, 7, rowSum, noPlaces))).toContainEqual(TRUTH.carriedOver);
    // (only the sets of blank cells asked for: every deal leaves the first two cells blank)
    const some = values(vanishedBlankDeals(band, 7, rowSum, noPlaces, { blanks: new Set(['0,1']) }));
    expect(some).toEqual([TRUTH.carriedOver]);
    // (one budget for every set: spent, no deals)
    expect(vanishedBlankDeals(band, 7, rowSum, noPlaces, { budget: new WorkBudget(1) })).toBeNull();
  });

  it('reads the rows whose only deals leave cells blank, the blanks flagged', () => {
    expect(valuesUnder('t3.carriedOver.')).toEqual(['missing', 'missing', 94483, 1, 316, 366, 95166]);
    expect(valuesUnder('t3.results.notProcessed.duplicate.')).toEqual(['missing', 647, 81820, 798, 9, 27, 83301]);
    expect(valuesUnder('t3.results.partiallyGranted.')).toEqual(['ambiguous', 'ambiguous', 'ambiguous', 1920, 877, 96630, 99923]);
  });

  it.each(Object.entries(TRUTH))('states nothing of %s otherwise than printed', (row, truth) => {
    // (a cell stated, a number or a blank, is the truth's; a flagged cell states nothing)
    const stated = valuesUnder(`t3.${row}.`).map((v, j) => (typeof v === 'string' ? truth[j] : v));
    expect(stated).toEqual(truth);
  });
});
