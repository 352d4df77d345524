/**
 * A row equation whose total was not read, while the last part read is the sum of the parts read
 * before it: the row's numbers may stand in other columns than their own with the total among them,
 * and nothing checks the row (its total is missing). The row's stated cells are named by
 * `total-among-parts` (issue 12: probe seed 324 p03, Chromium `-layout` text, `3.其他` printed
 * `34 48 82` for 34, a blank, 48, three blanks and the total 82 on a packed grid: 82 read under the
 * sixth column, 48 too under the second with the print's header and footer, shown only by the column
 * equations far from the row). Since the line above a wrapped label is read as that row's, the
 * probe's row reads right; the fixture now checks that the warning does not fire on it.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from 'zfxxgk-report';
import { totalAmongParts } from '../src/repairs/blank-totals.js';
import type { EquationCell } from '../src/repairs/unkept-equations.js';
import { TABLE4_RELATIONS } from '../src/template/relations.js';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';

const REVIEW = ['upheld', 'corrected', 'otherResult', 'pending', 'total'].map((c) => `t4.review.${c}`);

/** Table 四's 行政复议 group as `cells` (the other groups missing). */
function review(cells: readonly EquationCell[]): (address: string) => EquationCell {
  return (a) => cells[REVIEW.indexOf(a)] ?? { status: 'missing' };
}

const v = (value: number): EquationCell => ({ status: 'value', value });
const blank: EquationCell = { status: 'blank' };
const missing: EquationCell = { status: 'missing' };

describe('totalAmongParts', () => {
  it('names the stated parts of a row whose total is missing and whose last stated part is the sum of the others', () => {
    expect(totalAmongParts(TABLE4_RELATIONS, review([v(3), blank, v(4), v(7), missing]))).toEqual([
      { relation: TABLE4_RELATIONS[0], sum: 7, addresses: ['t4.review.upheld', 't4.review.otherResult', 't4.review.pending'] },
    ]);
    // (one part before it is enough: 5 and 5 may be a part and its total)
    expect(totalAmongParts(TABLE4_RELATIONS, review([v(5), missing, blank, v(5), missing])).map((r) => r.addresses)).toEqual([
      ['t4.review.upheld', 't4.review.pending'],
    ]);
  });

  it('leaves a stated or blank total, a last part other than the sum, parts of 0, and a lone part', () => {
    expect(totalAmongParts(TABLE4_RELATIONS, review([v(3), blank, v(4), v(7), v(14)]))).toEqual([]);
    expect(totalAmongParts(TABLE4_RELATIONS, review([v(3), blank, v(4), v(7), blank]))).toEqual([]);
    expect(totalAmongParts(TABLE4_RELATIONS, review([v(3), blank, v(4), v(8), missing]))).toEqual([]);
    expect(totalAmongParts(TABLE4_RELATIONS, review([v(0), v(0), missing, v(0), missing]))).toEqual([]);
    expect(totalAmongParts(TABLE4_RELATIONS, review([missing, missing, v(6), missing, missing]))).toEqual([]);
    // (the sum of the others in a middle column: not the last part read)
    expect(totalAmongParts(TABLE4_RELATIONS, review([v(3), v(7), v(4), missing, missing]))).toEqual([]);
  });
});

describe('probe seed 324 p03 (2021, blank rows), Chromium -layout', () => {
  // (since the line of numbers above a wrapped label is read as that row's (repairs/numbers-line-above.ts)
  // the row reads right: 82 under its total, so nothing is left for the warning to name)
  it('reads 3.其他 right, its total 82 under the total, and names none of its cells', () => {
    const text = readFixture('probe-324-p03-chromium-layout.txt');
    const row = 't3.results.otherHandling.other.';
    const got = cellsUnder(text, row);
    expect(got.map((c) => `${c.address.slice(row.length)} ${c.status === 'value' ? c.value : c.status}`)).toEqual([
      'naturalPerson 34',
      'commercialEnterprise blank',
      'researchInstitution 48',
      'publicInterestOrg blank',
      'legalServiceOrg blank',
      'otherOrg blank',
      'total 82',
    ]);
    expect(parseReport(text).diagnostics.filter((d) => d.code === 'total-among-parts')).toEqual([]);
  });
});
