/**
 * Blank markers and the lower lines of numbers wrapped in their cells (issue 12, probe seed 295 p04,
 * our own 2019 report with Word's column widths, printed by Chromium and by LibreOffice and read from
 * the PDFs' items). An Office print aligns cells at their top: in the row `（一）予以公开`, whose only
 * numbers are 41 (其他) and 41 (总计), each wrapped a digit a line, the label and the `４`s stand on
 * the row's line and the `１`s one line pitch under them, beside a piece of the group label (`本年`,
 * or LibreOffice's `、`). The pieces are not joined (no one-line number and no text at the stack's
 * middle), and blank markers made both lines whole rows: the row took its first line, 4 and 4 (the
 * row sum holds), 2 cells silently wrong per print. A line one pitch under a row's line whose text
 * is all left of that row's label and whose numbers all stand under that line's numbers
 * (`blank-cells.ts`, `wrappedTails`) now gets no markers: the reader then joins the pieces (41 and
 * 41) or flags them.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, listCells, parsePositionedText, type PositionedText } from 'zfxxgk-report';
import { item, PARAGRAPH_LINES, textLines } from './helpers/positioned-items.js';
import { readFixture } from './helpers/probe-fixtures.js';

/**
 * The baseline of the whole row above the wrapped row (at 679): 33 under it, more than a row step
 * (`wrapped-numbers.ts` `rowBand` reads a band a row step under a row of numbers as one row and joins
 * its stacks on its first line; these fixtures are of the markers, where nothing joins them).
 */
const ABOVE = 712;

/** The table's lines (after the paragraph that gives the line pitch, 18), split at their gaps. */
const cells = (items: readonly PositionedText[]): string[][] =>
  textLines(layoutText(items).text)
    .slice(3)
    .map((l) => l.split(/ +/));

/**
 * A table of three columns: a whole row, the row `予以公开` (column 1 blank, 41 and 41 wrapped a digit
 * a line, aligned at the cell's top), a line `tailAt` below it with a group label's piece and the
 * `１`s, and another whole row.
 */
function table(
  tailAt: number,
  tail: readonly PositionedText[] = [item('１', 240, 679 - tailAt), item('１', 280, 679 - tailAt)],
): PositionedText[] {
  return [
    ...PARAGRAPH_LINES,
    item('甲行', 40, ABOVE),
    item('１', 200, ABOVE),
    item('２', 240, ABOVE),
    item('３', 280, ABOVE),
    item('予以公开', 40, 679),
    item('４', 240, 679),
    item('４', 280, 679),
    item('本年', 4, 679 - tailAt),
    ...tail,
    item('丙行', 40, 630),
    item('５', 200, 630),
    item('６', 240, 630),
    item('７', 280, 630),
  ];
}

describe('layout: no blank markers on the lower line of numbers wrapped in their cells', () => {
  it('one line pitch under the row, every number under one of the row’s: no markers there (the row’s line keeps its own)', () => {
    expect(cells(table(18))).toEqual([
      ['甲行', '１', '２', '３'],
      ['予以公开', '—', '４', '４'],
      ['本年', '１', '１'],
      ['丙行', '５', '６', '７'],
    ]);
  });

  it('a row step under it (two rows of a table, a rule and padding apart): a row of its own, marked', () => {
    expect(cells(table(21))).toEqual([
      ['甲行', '１', '２', '３'],
      ['予以公开', '—', '４', '４'],
      ['本年', '—', '１', '１'],
      ['丙行', '５', '６', '７'],
    ]);
  });

  it('text of the line in the row labels’ column (a row of its own, or a piece of the row’s label): marked as before', () => {
    // (a compact table's next row one pitch down, its own label where the row labels stand)
    const own = table(18).map((it) => (it.text === '本年' ? { ...it, text: '乙行', x: 40 } : it));
    expect(cells(own)[2]).toEqual(['乙行', '—', '１', '１']);
  });

  it('a number of the line under no number of the row’s line, or under a 0: marked as before', () => {
    // (a number in the column the row leaves blank is no piece of the row's numbers)
    expect(cells(table(18, [item('１', 200, 661), item('１', 280, 661)]))[2]).toEqual(['本年', '１', '—', '１']);
    // (a count has no leading zero: `０` over `１` is no wrapped number)
    const zero = table(18).map((it) => (it.y === 679 && it.x === 240 ? { ...it, text: '０' } : it));
    expect(cells(zero)[2]).toEqual(['本年', '—', '１', '１']);
  });
});

describe('layout: a row label wrapping past its lines of wrapped numbers (issue 12, pdf7)', () => {
  // Our own top-aligned row: its label wraps over four lines of its cell, its numbers 41 and 41 a digit
  // a line beside the label's first two lines, column 1 blank. The second line holds a piece of the row's
  // label (where row labels stand), so it looked like a compact table's next row and got markers: the
  // row then read as two rows, 4 and 4 over 1 and 1 (each sum holds).
  const wrapped = (...next: PositionedText[]): PositionedText[] => [
    ...PARAGRAPH_LINES,
    item('甲行', 40, ABOVE),
    item('１', 200, ABOVE),
    item('２', 240, ABOVE),
    item('３', 280, ABOVE),
    item('丁行第一', 40, 679),
    item('４', 240, 679),
    item('４', 280, 679),
    item('丁行第二', 40, 661),
    item('１', 240, 661),
    item('１', 280, 661),
    ...next,
    item('丙行', 40, 600),
    item('５', 200, 600),
    item('６', 240, 600),
    item('７', 280, 600),
  ];

  it('the label goes on one line pitch under the second line: no markers there (the first line keeps its own)', () => {
    expect(cells(wrapped(item('丁行第三', 40, 643)))).toEqual([
      ['甲行', '１', '２', '３'],
      ['丁行第一', '—', '４', '４'],
      ['丁行第二', '１', '１'],
      ['丁行第三'],
      ['丙行', '５', '６', '７'],
    ]);
  });

  it('the text under it a row step away, or holding numbers of its own: marked as before', () => {
    expect(cells(wrapped(item('丁行第三', 40, 640)))[2]).toEqual(['丁行第二', '—', '１', '１']);
    expect(cells(wrapped(item('丁行第三', 40, 643), item('８', 200, 643)))[2]).toEqual(['丁行第二', '—', '１', '１']);
  });
});

describe('layout: the label rule holds for a row’s second line only, measured by the row’s own baselines (issue 12, pdf8)', () => {
  // Our own top-aligned row whose numbers wrap over three lines (49 and 120, a digit a line; column 1
  // blank), its label over four: the middle line keeps its markers (the next line holds a number), so
  // the third, under it, is no row's second line. Left unmarked it read as a short row of its own
  // (`丁行第三 ０`: a row found by that piece took 0 for a total of 120, the row sum kept).
  const threeLines = (): PositionedText[] => [
    ...PARAGRAPH_LINES,
    item('甲行', 40, ABOVE),
    item('１', 200, ABOVE),
    item('２', 240, ABOVE),
    item('３', 280, ABOVE),
    item('丁行第一', 40, 679),
    item('４', 240, 679),
    item('１', 280, 679),
    item('丁行第二', 40, 661),
    item('９', 240, 661),
    item('２', 280, 661),
    item('丁行第三', 40, 643),
    item('０', 280, 643),
    item('丁行第四', 40, 625),
    item('丙行', 40, 600),
    item('５', 200, 600),
    item('６', 240, 600),
    item('７', 280, 600),
  ];

  it('the third line of a row’s pieces, its label going on under it: marked (its line above is the row’s second, marked)', () => {
    expect(cells(threeLines())).toEqual([
      ['甲行', '１', '２', '３'],
      ['丁行第一', '—', '４', '１'],
      ['丁行第二', '—', '９', '２'],
      ['丁行第三', '—', '—', '０'],
      ['丁行第四'],
      ['丙行', '５', '６', '７'],
    ]);
  });

  // A compact table's next row a row step (18.75) under the row above, its label going on, with a
  // group label's pieces first on its lines standing on the group cell's own baselines, 0.75 higher:
  // by the line's first item the row stood one pitch (18) under the row above, its number `２６` under
  // `４４` looked like a lower piece, and the row lost its markers (26 read in no known column).
  const compact = (groupAt: number): PositionedText[] => [
    ...PARAGRAPH_LINES,
    item('甲行', 40, 700),
    item('１', 200, 700),
    item('２', 240, 700),
    item('３', 280, 700),
    item('予以公开', 40, 679),
    item('４４', 240, 679),
    item('４４', 280, 679),
    item('本年', 4, groupAt),
    item('乙行', 40, 660.25),
    item('２６', 240, 660.25),
    item('２６', 280, 660.25),
    item('度办', 4, groupAt - 18),
    item('乙行续', 40, 642.25),
    item('丙行', 40, 610),
    item('５', 200, 610),
    item('６', 240, 610),
    item('７', 280, 610),
  ];

  it('a row step under the row above by its own items, a group piece’s baseline a pitch under it: marked', () => {
    expect(cells(compact(661))[2]).toEqual(['本年', '乙行', '—', '２６', '２６']);
  });
});

/** Table 三's row 予以公开 read from a print's items (`[text, page, x, y, width, size]` per item). */
function granted(fixture: string, pages: number): (number | string | null)[] {
  const rows = JSON.parse(readFixture(fixture)) as [string, number, number, number, number, number][];
  const items = rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
  const { report } = parsePositionedText(items, { pages });
  return listCells(report!)
    .filter((c) => c.address.startsWith('t3.results.granted.'))
    .map((c) => (c.status === 'value' ? c.value : c.status === 'blank' ? null : c.status));
}

describe('probe 295 p04: 予以公开 with 41 and 41 wrapped a digit a line (were 4 and 4, silently)', () => {
  it('Chromium’s print reads 41 and 41', () => {
    expect(granted('probe-295-p04-chromium-pdf.items.json', 4)).toEqual([null, null, null, null, null, 41, 41]);
  });

  it('LibreOffice’s print reads 41 and 41', () => {
    expect(granted('probe-295-p04-lo-pdf.items.json', 5)).toEqual([null, null, null, null, null, 41, 41]);
  });
});
