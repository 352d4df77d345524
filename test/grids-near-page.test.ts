/**
 * Table 三 of `pdftotext -layout` text over a page break (issue 12): the tool lays out each page on a
 * character grid of its own, and a page whose lines leave the left margin empty (no group label
 * there) moves every column left. Probe seed 470 p01 (our own 2021 report printed by LibreOffice):
 * page 2 of table 三 holds no complete row, its columns five characters left of page 1's; the row
 * `属于行政查询事项` (`0` under 科研机构, `0` under 总计 on page 2) was placed by page 1's complete rows,
 * its zeros stated under 商业企业 and 其他 (truth blank), every sum kept (zeros). A grid is read from
 * the complete rows of the row's own page only (as `position-fit.ts` already does).
 */
import { describe, expect, it } from 'vitest';
import { gridsNear } from '../src/tables/positions.js';
import { rowItemAt } from './helpers/layout-text.js';
import { readFixture, statedOtherwise } from './helpers/probe-fixtures.js';

const row = (line: number, ...cols: [number, string][]) => cols.map(([c, r]) => rowItemAt(line, c, r));
const onPage = (items: ReturnType<typeof row>, page: number) => items.map((it) => ({ ...it, token: { ...it.token, page } }));

describe('gridsNear: complete rows of another page', () => {
  const complete = (line: number) => row(line, [10, '1'], [20, '25'], [30, '3'], [40, '4']);
  const short = row(12, [15, '5'], [35, '6']);

  it('give no grid to a row of a page without a complete row', () => {
    const rows = [complete(0), complete(2), complete(4), complete(6), complete(8), onPage(short, 1)];
    expect(gridsNear(rows, 4)(12)).toBeNull();
    // (on one page, the same rows give it one)
    expect(gridsNear([complete(0), complete(2), complete(4), complete(6), complete(8), short], 4)(12)).not.toBeNull();
  });

  it('give a grid from the complete rows of its own page', () => {
    const rows = [complete(0), complete(2), onPage(complete(10), 1), onPage(complete(11), 1), onPage(complete(13), 1), onPage(short, 1)];
    expect(gridsNear(rows, 4)(12)).not.toBeNull();
  });
});

describe('probe 470 p01 (lo-layout): a row of page 2 placed by page 1’s columns', () => {
  it('states no zero of 属于行政查询事项 in a blank cell', () => {
    const text = readFixture('probe-470-p01-lo-layout.txt');
    expect(statedOtherwise(text, 't3.results.denied.administrativeQuery.', [null, null, 0, null, null, null, 0])).toEqual([]);
  });
});
