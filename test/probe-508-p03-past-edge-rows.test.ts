/**
 * Table 三 of our own sparse report (probe seed 508 p03, 2021 template, full-width digits) printed
 * by Chromium with header and footer, then `pdftotext -layout`. A page break cuts the table; on the
 * second page the tool laid the `法律服务机构` column of the upper rows out as a block of its own and
 * set it far right of the table (`危及“三安全一稳定” ０ ０ ０ ０   ０ ２４        ２４`, truth
 * `0 0 0 0 24 0 24`), while the lower rows of the same page keep every column inside the table
 * (`其他 ０ ０ ０ ０ ０ ５２ ５２`). Read in printed order the row kept its sum and stated 0 under
 * 法律服务机构 silently (so did `要求行政机关确认或重新出具已获取信息`, truth 21).
 */
import { describe, expect, it } from 'vitest';
import type { RowItem } from '../src/tables/placement.js';
import { pastEdgeRows } from '../src/tables/past-edge-rows.js';
import { cellsUnder, readFixture, shownUnder as shown, statedOtherwise } from './helpers/probe-fixtures.js';

/** The rows of table 三 as the generated truth has them, in the template's column order. */
const TRUTH: Record<string, number[]> = {
  't3.newReceived.': [50, 31, 32, 58, 80, 86, 337],
  't3.carriedOver.': [0, 0, 0, 0, 0, 0, 0],
  't3.results.granted.': [0, 0, 0, 2, 0, 0, 2],
  't3.results.partiallyGranted.': [0, 0, 0, 0, 19, 0, 19],
  't3.results.denied.stateSecret.': [0, 0, 0, 0, 0, 0, 0],
  't3.results.denied.prohibitedByLaw.': [0, 0, 0, 0, 0, 0, 0],
  't3.results.denied.securityStability.': [0, 0, 0, 0, 24, 0, 24],
  't3.results.denied.thirdPartyRights.': [0, 0, 0, 0, 0, 0, 0],
  't3.results.denied.internalAffairs.': [40, 0, 0, 0, 0, 0, 40],
  't3.results.denied.processInformation.': [0, 0, 0, 0, 0, 0, 0],
  't3.results.denied.enforcementCaseFile.': [0, 0, 0, 0, 0, 0, 0],
  't3.results.denied.administrativeQuery.': [0, 0, 0, 5, 0, 0, 5],
  't3.results.unableToProvide.notHeld.': [0, 31, 0, 0, 0, 0, 31],
  't3.results.unableToProvide.needsCreation.': [0, 0, 0, 0, 8, 0, 8],
  't3.results.unableToProvide.stillUnclear.': [10, 0, 0, 0, 0, 0, 10],
  't3.results.notProcessed.petitionOrComplaint.': [0, 0, 0, 0, 0, 0, 0],
  't3.results.notProcessed.duplicate.': [0, 0, 0, 44, 0, 0, 44],
  't3.results.notProcessed.publication.': [0, 0, 0, 0, 8, 0, 8],
  't3.results.notProcessed.massRepeated.': [0, 0, 0, 0, 0, 0, 0],
  't3.results.notProcessed.confirmOrReissue.': [0, 0, 0, 0, 21, 0, 21],
  't3.results.otherHandling.overdueCorrection.': [0, 0, 0, 0, 0, 8, 8],
  't3.results.otherHandling.unpaidFee.': [0, 0, 32, 0, 0, 26, 58],
  't3.results.otherHandling.other.': [0, 0, 0, 0, 0, 52, 52],
  't3.results.total.': [50, 31, 32, 51, 80, 86, 330],
  't3.carriedForward.': [0, 0, 0, 7, 0, 0, 7],
};

/** A row of one-character numbers on line `line` of page `page` at the given character columns. */
function row(line: number, columns: readonly number[], page?: number): RowItem[] {
  return columns.map((column, i) => ({
    token: {
      kind: 'value',
      raw: String(i),
      content: { kind: 'count', value: i },
      start: line * 100 + column,
      end: line * 100 + column + 1,
      line,
      column,
      gapBefore: 0,
      lineStart: false,
      ...(page === undefined ? {} : { page }),
    },
    collapsedBefore: 0,
    run: 0,
  })) as unknown as RowItem[];
}

describe('probe 508 p03 (chromium-hf-layout): a row’s last number printed past the table’s edge', () => {
  const text = readFixture('probe-508-p03-chromium-hf-layout.txt');

  it.each(Object.keys(TRUTH))('%s states no cell otherwise than printed', (prefix) => {
    expect(cellsUnder(text, prefix)).toHaveLength(7);
    expect(statedOtherwise(text, prefix, TRUTH[prefix] as number[])).toEqual([]);
  });

  it('leaves the cells of the rows whose number stands past the edge ambiguous where the row sum does not tell', () => {
    expect(shown(text, 't3.results.denied.securityStability.')).toEqual([
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      24,
    ]);
    expect(shown(text, 't3.results.notProcessed.confirmOrReissue.')).toEqual([
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      21,
    ]);
    const legal = cellsUnder(text, 't3.results.denied.securityStability.legalServiceOrg');
    expect(legal[0]?.candidates).toEqual(expect.arrayContaining([0, 24]));
    // the rows of the page that keep every column inside the table are read as printed
    expect(shown(text, 't3.results.otherHandling.other.')).toEqual([0, 0, 0, 0, 0, 52, 52]);
  });
});

describe('pastEdgeRows', () => {
  const inside = [10, 12, 14, 16, 18, 20, 22];
  const moved = [10, 12, 14, 16, 20, 22, 50];

  it('reads a row whose last number stands past a row of its page that keeps every column inside the table', () => {
    const out = pastEdgeRows([row(1, moved), row(2, moved), row(3, inside)], 7);
    expect([...out.keys()]).toEqual([0, 1]);
    const readings = out.get(0) as number[][];
    expect(readings).toHaveLength(7);
    expect(readings[0]).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(readings).toContainEqual([0, 1, 2, 3, 6, 4, 5]);
    expect(readings).toContainEqual([6, 0, 1, 2, 3, 4, 5]);
  });

  it('reads blank marks printed in a row as cells standing where they are printed', () => {
    // `０ ０ ０ ——   —— ——        ０`: a blank mark before the number past the edge, and another in the row inside
    const marked = row(1, [10, 12, 14, 16, 21, 23, 50]).map((it, i) =>
      i >= 3 && i <= 5 ? ({ ...it, token: { ...it.token, kind: 'blank', raw: '——' } } as unknown as RowItem) : it,
    );
    const insideMarked = row(2, inside).map((it, i) =>
      i === 2 ? ({ ...it, token: { ...it.token, kind: 'blank', raw: '——' } } as unknown as RowItem) : it,
    );
    const out = pastEdgeRows([marked, insideMarked], 7);
    expect([...out.keys()]).toEqual([0]);
    expect(out.get(0)).toHaveLength(7);
  });

  it('leaves rows alone where no row of their page keeps the columns inside the table', () => {
    // every complete row of the page set so: nothing shows where the table ends
    expect(pastEdgeRows([row(1, moved), row(2, moved), row(3, moved)], 7).size).toBe(0);
    // the row inside the table is on another page (its own character grid)
    expect(pastEdgeRows([row(1, moved, 1), row(2, inside)], 7).size).toBe(0);
  });

  it('leaves alone a row drifting right and a row shifted right as a whole', () => {
    // its last numbers past the other row's last column, but no wider gap than the row is wide
    expect(pastEdgeRows([row(1, [10, 12, 14, 19, 24, 29, 32]), row(2, inside)], 7).size).toBe(0);
    // every number past the edge (the off-grid rows' shape, `off-grid-rows.ts`)
    expect(pastEdgeRows([row(1, [32, 34, 36, 38, 40, 42, 70]), row(2, inside)], 7).size).toBe(0);
  });
});
