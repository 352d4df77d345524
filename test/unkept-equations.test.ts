/**
 * An equation with an ambiguous cell escapes validation, and so do the cells it states. Where no
 * choice of the ambiguous cells' candidates keeps it, the stated cells are named by an
 * `equation-unkept` warning (issue 12: probe seed 215 p08, a row whose count of seven numbers came
 * from a wrapped piece on the line below, read one column off with its last two cells ambiguous).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from 'zfxxgk-report';
import { unkeptEquations, type EquationCell } from '../src/repairs/unkept-equations.js';
import { blankCountsAsZero, TABLE4_RELATIONS } from '../src/template/relations.js';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';

const REVIEW = ['upheld', 'corrected', 'otherResult', 'pending', 'total'].map((c) => `t4.review.${c}`);

/** Table 四's 行政复议 group as `cells` (the other groups missing). */
function review(cells: readonly EquationCell[]): (address: string) => EquationCell {
  return (a) => cells[REVIEW.indexOf(a)] ?? { status: 'missing' };
}

describe('unkeptEquations', () => {
  it('names the stated cells of an equation no candidate keeps', () => {
    const v = (value: number): EquationCell => ({ status: 'value', value });
    const cells: EquationCell[] = [v(3), { status: 'blank' }, v(4), { status: 'ambiguous', candidates: [1, 2] }, v(20)];
    expect(unkeptEquations(TABLE4_RELATIONS, review(cells), blankCountsAsZero)).toMatchObject([
      {
        relation: { rule: 'T4.REVIEW' },
        addresses: ['t4.review.total', 't4.review.upheld', 't4.review.corrected', 't4.review.otherResult'],
      },
    ]);
  });

  it('leaves an equation some candidate keeps, one an ambiguous part keeps as blank, and one with a missing cell', () => {
    const v = (value: number): EquationCell => ({ status: 'value', value });
    const amb = (...candidates: number[]): EquationCell => ({ status: 'ambiguous', candidates });
    expect(unkeptEquations(TABLE4_RELATIONS, review([v(3), v(0), v(4), amb(1, 13), v(20)]), blankCountsAsZero)).toEqual([]);
    // (a part in doubt may be a blank that vanished: 3 + 0 + 4 + blank = 7)
    expect(unkeptEquations(TABLE4_RELATIONS, review([v(3), v(0), v(4), amb(5), v(7)]), blankCountsAsZero)).toEqual([]);
    expect(unkeptEquations(TABLE4_RELATIONS, review([v(3), { status: 'missing' }, v(4), amb(5), v(70)]), blankCountsAsZero)).toEqual([]);
    // (no ambiguous cell: validation checks it)
    expect(unkeptEquations(TABLE4_RELATIONS, review([v(3), v(0), v(4), v(5), v(70)]), blankCountsAsZero)).toEqual([]);
  });
});

describe('probe seed 215 p08 (2019, full-width digits, blanks written as nothing): rows read from a wrapped piece on another line', () => {
  /** The addresses an `equation-unkept` warning of `text` names. */
  const named = (text: string): string[] =>
    parseReport(text).diagnostics.flatMap((d) => (d.code === 'equation-unkept' ? (d.addresses ?? []) : []));

  it('Chromium -layout: 4.保护第三方合法权益 read one column off (`… ５６ １２` over `３` for 123) is named (was 0 16 0 51 56, silently)', () => {
    const text = readFixture('probe-215-p08-chromium-layout.txt');
    const row = 't3.results.denied.thirdPartyRights.';
    const got = cellsUnder(text, row);
    expect(got.map((c) => (c.status === 'value' ? c.value : c.status))).toEqual([0, 16, 0, 51, 56, 'ambiguous', 'ambiguous']);
    expect(named(text)).toEqual(expect.arrayContaining(got.filter((c) => c.status === 'value').map((c) => c.address)));
  });

  it('LibreOffice -layout: （一）予以公开 whose total is `１０` above the row and `０` below it is named (was 0, silently)', () => {
    const text = readFixture('probe-215-p08-lo-layout.txt');
    const got = cellsUnder(text, 't3.results.granted.');
    expect(got.filter((c) => c.status === 'value').map((c) => [c.address, c.value])).toEqual([
      ['t3.results.granted.commercialEnterprise', 37],
      ['t3.results.granted.total', 0],
    ]);
    expect(named(text)).toEqual(expect.arrayContaining(['t3.results.granted.total', 't3.results.granted.commercialEnterprise']));
  });
});
