/**
 * A row equation whose total was read blank checks nothing (a blank total is "not reported"), so a
 * row read with a blank total rests on the order of its numbers alone. Where the parts read add up to
 * more than 0, the blank is no 0 either: the total and the row's stated cells are named by
 * `blank-total-unchecked` (issue 12: probe seed 347 p01, Chromium `-layout` text with the print's
 * header and footer, where `pdftotext` wrote the second page's last two columns before the others:
 * `37 88  0 —— 0 51 ——` for 0, blank, 0, 51, blank, 37, 88; the blank 其他 read as the total, silently).
 * Since the row's numbers stand beside pieces of the table's wrapped numbers and the row breaks its
 * sum, they are candidates only (`repairs/wrapped-pieces.ts`): the warning no longer has stated parts
 * to name there, and the fixture checks that nothing of the row is stated wrong unnamed.
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
  const row = 't3.results.denied.securityStability.';
  const shown = (text: string) =>
    cellsUnder(text, row).map((c) => (c.status === 'value' ? c.value : c.status === 'ambiguous' ? c.candidates : c.status));
  const unkept = (text: string) =>
    parseReport(text)
      .diagnostics.filter((d) => d.code === 'equation-unkept' && d.path === row.slice(0, -1))
      .map((d) => d.addresses);

  it('states none of 3.危及“三安全一稳定” read with the blank 其他 as its total (was blank, silently; truth 88)', () => {
    const text = readFixture('probe-347-p01-chromium-hf-layout.txt');
    // (as read: the page's last two columns written first; the row breaks its sum and the pieces of
    // the table's wrapped numbers stand beside it, so its numbers are candidates (repairs/wrapped-pieces.ts)
    // and the blanks it still states are named by the row sum)
    expect(shown(text)).toEqual([[37, 370], [88, 880], [0, 530], 'blank', [0, 530], [51, 510], 'blank']);
    expect(unkept(text)).toEqual([[`${row}publicInterestOrg`, `${row}total`]]);
    expect(parseReport(text).diagnostics.filter((d) => d.code === 'blank-total-unchecked')).toEqual([]);
  });

  it('names no row of a table whose blank totals stand over blank or zero parts', () => {
    const text = readFixture('probe-347-p01-chromium-hf-layout.txt').replace(/３７ ８８( +)０ —— ０ ５１( +)——/, '—— ——$1０ —— ０ ——$2——');
    expect(shown(text)).toEqual(['blank', 'blank', [0, 530], 'blank', [0, 530], 'blank', 'blank']);
    expect(parseReport(text).diagnostics.filter((d) => d.code === 'blank-total-unchecked')).toEqual([]);
  });
});
