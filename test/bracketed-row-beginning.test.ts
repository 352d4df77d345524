/**
 * A row of table 三 whose label begins with a bracketed number, wrapped over many lines, its
 * numbers on the line of that numbered beginning (`（二）部分公  0  59  36  0  95` / `开（区分处理` /
 * …), right after a row label that took none (`予以公开`, a row left blank): probe seed 291 p11, our
 * own 2021 report with Word's column widths printed by LibreOffice, read from the PDF's items. The
 * beginning named no row, so the open row 予以公开 took its numbers and kept its sum, 5 cells
 * silently wrong. A bracketed number beginning a data row's label (`（二）部分公`, of （二）部分公开…)
 * now starts that row as an Arabic one does (`1.申请人`): the numbers on its line are never the open
 * row's before it. A group label's beginning (`（三）不予公`) is no row's and ends nothing.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parsePositionedText, type PositionedText } from 'zfxxgk-report';
import { readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** The print's text items (the library's own PDF reader), as `[text, page, x, y, width, size]`. */
const ITEMS = 'probe-291-p11-lo-pdf.items.json';
const GRANTED = 't3.results.granted';
const PARTIAL = 't3.results.partiallyGranted';

function cells(prefix: string): { status: string; value: unknown }[] {
  const rows = JSON.parse(readFixture(ITEMS)) as [string, number, number, number, number, number][];
  const items = rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
  return listCells(parsePositionedText(items, { pages: 6 }).report!)
    .filter((c) => c.address.startsWith(`${prefix}.`))
    .map((c) => ({ status: c.status, value: c.value }));
}

describe('probe 291 p11 (lo-pdf items): a bracketed numbered beginning ends the open row', () => {
  it('the blank row before it takes none of its numbers', () => {
    const granted = cells(GRANTED);
    expect(granted).toHaveLength(7);
    expect(statedWrong(granted as never, Array(7).fill(null))).toEqual([]);
    // (since the group markers count as group text, layout7: the blank row is read blank by its place,
    // named by `blank-by-position`; before, missing)
    expect(granted.map((c) => c.status)).toEqual(Array(7).fill('blank'));
  });
  it('its own row, its label now joined whole, reads its own numbers in their columns (the columns add up)', () => {
    expect(cells(PARTIAL).map((c) => c.value)).toEqual([null, 0, null, 59, 36, 0, 95]);
  });
});

describe('probe 204 p11 (chromium-pdf items): （六）其他处理’s beginning ends no row', () => {
  // (a group in 2021: its first lines stand beside its sub-rows, whose numbers may share them —
  // `2.申请人逾期未按收费通知缴` / `（六）其他处 9967 5 8673 0 864 0 19509` / `纳费用`)
  it('the sub-row keeps the numbers on the group beginning’s line', () => {
    const rows = JSON.parse(readFixture('probe-204-p11-chromium-pdf.items.json')) as [string, number, number, number, number, number][];
    const items = rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
    const cells = listCells(parsePositionedText(items, { pages: 2 }).report!).filter((c) =>
      c.address.startsWith('t3.results.otherHandling.unpaidFee.'),
    );
    expect(cells.map((c) => [c.status, c.value])).toEqual([9967, 5, 8673, 0, 864, 0, 19509].map((v) => ['value', v]));
  });
});
