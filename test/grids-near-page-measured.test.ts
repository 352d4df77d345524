/**
 * Table 三 of a PDF's own text items over a page break (issue 12): the library lays out every page
 * from measured positions on one grid (`layoutText`: one left edge for the whole document, a
 * character column per half font size of x), so a page break moves no column, and the complete rows
 * of another page show a row its columns. `pdftotext -layout` sets each page apart (probe seed 470
 * p01, `grids-near-page.test.ts`): there the rows of the row's own page only. Probe seed 476 p03
 * (our own 2021 report printed by LibreOffice, read from the PDF's items): page 2 of table 三 holds
 * rows of six numbers, none complete (自然人 blank in all), its numbers at the very character columns
 * of page 3's complete rows; read by their own page alone, they had no grid and 60 right cells were
 * left candidates.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parsePositionedText, type PositionedText } from 'zfxxgk-report';
import { gridsNear } from '../src/tables/positions.js';
import { rowItemAt } from './helpers/layout-text.js';
import { readFixture, statedWrong } from './helpers/probe-fixtures.js';

const row = (line: number, ...cols: [number, string][]) => cols.map(([c, r]) => rowItemAt(line, c, r));
const onPage = (items: ReturnType<typeof row>, page: number) => items.map((it) => ({ ...it, token: { ...it.token, page } }));

describe('gridsNear on one grid for every page', () => {
  const complete = (line: number) => row(line, [10, '1'], [20, '25'], [30, '3'], [40, '4']);
  const short = onPage(row(12, [20, '5'], [40, '6']), 1);
  const rows = [complete(0), complete(2), complete(4), complete(6), complete(8), short];

  it('reads a row of a page without a complete row by the complete rows of another page', () => {
    expect(gridsNear(rows, 4, new Set(), true)(12)?.spans).toEqual([
      [10, 11],
      [20, 22],
      [30, 31],
      [40, 41],
    ]);
  });

  it('reads it by its own page only where each page has a grid of its own', () => {
    expect(gridsNear(rows, 4)(12)).toBeNull();
  });
});

/** The print's text items (the library's own PDF reader), as `[text, page, x, y, width, size]`. */
const ITEMS = 'probe-476-p03-lo-pdf.items.json';

function cells(prefix: string): { address: string; status: string; value: number | null }[] {
  const rows = JSON.parse(readFixture(ITEMS)) as [string, number, number, number, number, number][];
  const items = rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
  return listCells(parsePositionedText(items, { pages: 6 }).report!)
    .filter((c) => c.address.startsWith(`${prefix}.`))
    .map((c) => ({ address: c.address, status: c.status, value: c.value }));
}

/** Each cell as read: its number, null for a blank, or how it is flagged. */
const read = (prefix: string) => cells(prefix).map((c) => (c.status === 'value' ? c.value : c.status === 'blank' ? null : c.status));

describe('probe 476 p03 (lo-pdf items): page 2 of table 三, no complete row of its own', () => {
  it('reads its rows by page 3’s columns (自然人, shown on no line of the page, stays missing)', () => {
    expect(read('t3.carriedOver')).toEqual(['missing', 0, 32, null, null, null, 32]);
    expect(read('t3.results.granted')).toEqual(['missing', 0, 0, 39, null, null, 39]);
    expect(read('t3.results.partiallyGranted')).toEqual(['missing', 0, null, null, null, 5, 5]);
    expect(read('t3.results.denied.securityStability')).toEqual(['missing', 44, null, 0, null, null, 44]);
  });

  it('states no number otherwise than printed in the rows of page 2', () => {
    for (const [prefix, truth] of [
      ['t3.results.denied.stateSecret', [null, null, null, 0, 0, null, 0]],
      ['t3.results.denied.prohibitedByLaw', [null, 0, null, null, null, 0, null]],
      ['t3.results.denied.administrativeQuery', [null, null, null, null, null, 0, null]],
    ] as const)
      expect(statedWrong(cells(prefix) as never, truth)).toEqual([]);
  });
});
