/**
 * A row equation whose total was read blank checks nothing (a blank total is "not reported"), so a
 * row read with a blank total rests on the order of its numbers alone. Where the parts read add up to
 * more than 0, the blank is no 0 either: the total and the row's stated cells are named by
 * `blank-total-unchecked` (issue 12: probe seed 347 p01, Chromium `-layout` text with the print's
 * header and footer, where `pdftotext` wrote the second page's last two columns before the others:
 * `37 88  0 —— 0 51 ——` for 0, blank, 0, 51, blank, 37, 88; the blank 其他 read as the total, silently).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from 'zfxxgk-report';
import { blankTotalsOverCounts } from '../src/repairs/blank-totals.js';
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

describe('blankTotalsOverCounts', () => {
  it('names the blank total and the stated parts of a group whose parts add up to more than 0', () => {
    const got = blankTotalsOverCounts(TABLE4_RELATIONS, review([v(3), blank, { status: 'ambiguous', candidates: [1, 2] }, v(4), blank]));
    expect(got).toEqual([
      {
        relation: TABLE4_RELATIONS[0],
        sum: 7,
        addresses: ['t4.review.total', 't4.review.upheld', 't4.review.corrected', 't4.review.pending'],
      },
    ]);
  });

  it('leaves a blank total over parts of 0 or blank, a stated total, and a missing total', () => {
    expect(blankTotalsOverCounts(TABLE4_RELATIONS, review([v(0), blank, v(0), { status: 'ambiguous', candidates: [5] }, blank]))).toEqual(
      [],
    );
    expect(blankTotalsOverCounts(TABLE4_RELATIONS, review([v(3), blank, v(0), v(4), v(9)]))).toEqual([]);
    expect(blankTotalsOverCounts(TABLE4_RELATIONS, review([v(3), blank, v(0), v(4), { status: 'missing' }]))).toEqual([]);
  });
});

describe('probe seed 347 p01 (2021, blanks written `——`, full-width digits), Chromium -layout with header and footer', () => {
  it('names 3.危及“三安全一稳定” read with the blank 其他 as its total (was blank, silently; truth 88)', () => {
    const text = readFixture('probe-347-p01-chromium-hf-layout.txt');
    const row = 't3.results.denied.securityStability.';
    const got = cellsUnder(text, row);
    // (as read: the page's last two columns written first; the row's numbers taken in that order)
    expect(got.map((c) => (c.status === 'value' ? c.value : c.status))).toEqual([37, 88, 0, 'blank', 0, 51, 'blank']);
    const warned = parseReport(text).diagnostics.filter((d) => d.code === 'blank-total-unchecked');
    expect(warned.map((d) => [d.severity, d.path, d.actual, d.addresses])).toEqual([
      [
        'warning',
        't3.results.denied.securityStability',
        176,
        ['total', 'naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg'].map(
          (k) => row + k,
        ),
      ],
    ]);
  });

  it('names no row of a table whose blank totals stand over blank or zero parts', () => {
    const text = readFixture('probe-347-p01-chromium-hf-layout.txt').replace(/３７ ８８( +)０ —— ０ ５１( +)——/, '—— ——$1０ —— ０ ——$2——');
    const row = 't3.results.denied.securityStability.';
    expect(cellsUnder(text, row).map((c) => (c.status === 'value' ? c.value : c.status))).toEqual([
      'blank',
      'blank',
      0,
      'blank',
      0,
      'blank',
      'blank',
    ]);
    expect(parseReport(text).diagnostics.filter((d) => d.code === 'blank-total-unchecked')).toEqual([]);
  });
});
