/**
 * A row cut by a page break, its wrapped total's lower piece alone at the top of the next page (probe
 * seed 416 p10, our own 2019 report printed by LibreOffice, read from the PDF's items). `（一）予以公开`
 * is the last row of page 2, its total 30 wrapped in the narrow total column: `３` on the row's line,
 * `０` on the first line of page 3 beside a group label's piece (`本年`), two lines above the blank
 * row `（二）部分公开…`'s label. `numbers-line-above.ts` counted the page break as a line between the
 * row's numbers and that line, took the `０` for the numbers of the row below and stated it as its total
 * (its sum kept: blanks and a total of 0), silently. A line at the top of a page after the row's own
 * numbers is no evidence of the row below: it stays with the row above, whose wrapped total reads whole.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parsePositionedText, type PositionedText } from 'zfxxgk-report';
import { readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** The print's text items (the library's own PDF reader), as `[text, page, x, y, width, size]`. */
const ITEMS = 'probe-416-p10-lo-pdf.items.json';

function cells(prefix: string): { address: string; status: string; value: unknown }[] {
  const rows = JSON.parse(readFixture(ITEMS)) as [string, number, number, number, number, number][];
  const items = rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
  return listCells(parsePositionedText(items, { pages: 5 }).report!)
    .filter((c) => c.address.startsWith(`${prefix}.`))
    .map((c) => ({ address: c.address, status: c.status, value: c.value }));
}

describe('probe 416 p10 (lo-pdf items): a wrapped total’s lower piece at the top of the next page', () => {
  it('the row below, printed blank, states no number', () => {
    const partial = cells('t3.results.partiallyGranted');
    expect(partial).toHaveLength(7);
    expect(statedWrong(partial as never, Array(7).fill(null))).toEqual([]);
    expect(partial.filter((c) => c.status === 'value')).toEqual([]);
  });
  it('the cut row reads its total whole (the piece joined)', () => {
    expect(cells('t3.results.granted').map((c) => c.value)).toEqual([null, 30, null, null, null, 0, 30]);
  });
});
