/**
 * Blank markers in LibreOffice prints (issue 12, our own items; the shapes of probe seeds 265 p09, 145 p12,
 * 1 p04 and 272 p01 lo-pdf, full-width digits, blank cells printed as nothing):
 * - two cells given as two items, the first ending in a space (`５８ ` and `１２５`): the space is inside
 *   the first item's width, so no gap showed and the two were one run, `５８１２５`, over two columns; the
 *   columns of the block joined there and no row of it got a marker;
 * - with such blocks marked, a row cut by a page break (its numbers wrapped, `２６` over `７`, the lower
 *   pieces at the top of the next page, beside the rest of its label or under it) got markers on its lower
 *   pieces' line, which then read as a row of its own: no markers there where the previous page ends with
 *   a labelled row whose label fills its column (it goes on) and every number of the line is a lower piece
 *   of one of that row's, or where the line's text is a group label's piece alone, left of where the
 *   page's next row label begins. A label that stops short of its column's width is whole: the next page's
 *   first row, with a label of its own, is a row of its own and gets its markers.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, type PositionedText } from 'zfxxgk-report';

/** One text item of 12 pt (full-width characters 12 wide, others 4: a narrow space), or as wide as `width`. */
function item(text: string, x: number, y: number, page = 1, width?: number): PositionedText {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 12 : 4;
  return { text, page, x, y, width: width ?? w, size: 12 };
}

/** Five columns at x 200, 240, 280, 320, 360 (two-digit numbers 24 wide). */
const X = [200, 240, 280, 320, 360];

/** A row: its label at x 40 and its cells (null: printed as nothing). */
function row(label: string, cells: readonly (string | null)[], y: number, page = 1, labelX = 40): PositionedText[] {
  return [item(label, labelX, y, page), ...cells.flatMap((c, k) => (c === null ? [] : [item(c, X[k] as number, y, page)]))];
}

/** The laid-out lines, cells apart by ` | `, page breaks left out. */
const lines = (items: readonly PositionedText[]): string[] =>
  layoutText(items)
    .text.split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== '\f')
    .map((l) => l.split(/\s{2,}/).join(' | '));

describe('layout: two cells of a row with a space between them in the text layer', () => {
  const block = (last: PositionedText[]): PositionedText[] => [
    ...row('甲行', ['１１', '２２', '３３', '４４', '５５'], 700),
    ...row('乙行', ['６６', null, '７７', null, '８８'], 680),
    ...row('丙行', [null, '１２', null, '３４', '４６'], 660),
    ...last,
  ];

  it('reads two items, the first ending in a space, as two cells', () => {
    // (`５８ ` 28 wide from x 320, `１２５` right after it, over the last column)
    const last = [item('丁行', 40, 640), item('９', 200, 640), item('５８ ', 320, 640), item('１２５', 348, 640)];
    expect(lines(block(last))).toEqual([
      '甲行 | １１ | ２２ | ３３ | ４４ | ５５',
      '乙行 | ６６ | — | ７７ | — | ８８',
      '丙行 | — | １２ | — | ３４ | ４６',
      '丁行 | ９ | — | — | ５８ １２５',
    ]);
  });
});

describe('layout: a row cut by a page break, its numbers wrapped', () => {
  /** Page 1: rows, the last one's label `upper` and its numbers; page 2: `top`'s line first, then rows. */
  function pages(upper: string, top: PositionedText[]): PositionedText[] {
    return [
      // (the first label wraps: labels wrap in this column)
      ...row('甲甲甲甲甲', ['１１', '２２', '３３', '４４', '５５'], 700),
      item('行', 40, 686),
      ...row('乙行', ['６６', '７７', '８８', '９９', '１０'], 670),
      ...row(upper, ['２０', '２６', '２１', '８２', '９９'], 650),
      ...top,
      ...row('丙行', ['１２', null, '３４', null, '４６'], 760, 2),
      ...row('丁行', [null, '５６', '７８', null, '９０'], 740, 2),
      ...row('戊行', ['１３', null, null, '２４', '３７'], 720, 2),
    ];
  }

  it('leaves the lower pieces unmarked where the label above fills its column', () => {
    const top = [item('己己行', 40, 780, 2), item('７', 240, 780, 2), item('２', 280, 780, 2), item('７', 320, 780, 2)];
    expect(lines(pages('甲甲甲甲甲丙', top)).slice(4, 6)).toEqual(['己己行 | ７ | ２ | ７', '丙行 | １２ | — | ３４ | — | ４６']);
  });

  it('leaves the lower pieces unmarked beside a group label’s piece alone, left of the next row label', () => {
    // (page 2's row labels start at x 70, right of the group piece `度办` at 40–64; the label above is whole)
    const items = [
      ...row('甲甲甲甲甲', ['１１', '２２', '３３', '４４', '５５'], 700),
      item('行', 40, 686),
      ...row('乙行', ['６６', '７７', '８８', '９９', '１０'], 670),
      ...row('乙丙', ['２０', '２６', '２１', '８２', '９９'], 650),
      item('度办', 40, 780, 2),
      item('７', 240, 780, 2),
      item('２', 280, 780, 2),
      item('７', 320, 780, 2),
      ...row('丙行', ['１２', null, '３４', null, '４６'], 760, 2, 70),
      ...row('丁行', [null, '５６', '７８', null, '９０'], 740, 2, 70),
      ...row('戊行', ['１３', null, null, '２４', '３７'], 720, 2, 70),
    ];
    expect(lines(items).slice(4, 6)).toEqual(['度办 | ７ | ２ | ７', '丙行 | １２ | — | ３４ | — | ４６']);
  });

  it('marks the first row of the page where its label begins with a list number (a row of its own)', () => {
    // (the label above fills its column and the numbers stand under its numbers, but `2.` begins a row:
    // the shape of probe 291 p11 lo-pdf, whose blank rows elsewhere in the table were then read missing)
    const top = [
      item('2.', 40, 780, 2),
      item('己己行', 48, 780, 2),
      item('７', 240, 780, 2),
      item('２', 280, 780, 2),
      item('７', 320, 780, 2),
    ];
    expect(lines(pages('甲甲甲甲甲丙', top)).slice(4, 6)).toEqual(['2.己己行 | — | ７ | ２ | ７ | —', '丙行 | １２ | — | ３４ | — | ４６']);
  });

  it('leaves the lower pieces unmarked where the page ends with a piece of the cut row’s label under its numbers', () => {
    // (the row's label goes on on the line under its numbers, the page's last line, and again beside the
    // lower pieces at the top of the next page: the shape of probe 400 p01 lo-pdf, `（二）部分公` / `开（区分处理`
    // then `的，只计这一 ６ ５ １`; marked, the pieces read as a row of their own and the row was lost)
    const top = [item('己己行', 40, 780, 2), item('７', 240, 780, 2), item('２', 280, 780, 2), item('７', 320, 780, 2)];
    const items = [item('甲甲甲甲甲', 40, 636), ...pages('甲甲甲甲甲丙', top)];
    expect(lines(items).slice(3, 7)).toEqual([
      '甲甲甲甲甲丙 | ２０ | ２６ | ２１ | ８２ | ９９',
      '甲甲甲甲甲',
      '己己行 | ７ | ２ | ７',
      '丙行 | １２ | — | ３４ | — | ４６',
    ]);
  });

  it('marks the first row of the page where the cut row’s label ends on the previous page, short of its column', () => {
    // (`本年新收政府信息公开申` / `请数量`, then `上年结转政府信息公开申 ０ ３９ ０ ３９` at the next page's top,
    // its numbers under that row's: probe 403 p08 lo-pdf, a row of its own)
    const top = [item('己己行', 40, 780, 2), item('７', 240, 780, 2), item('２', 280, 780, 2), item('７', 320, 780, 2)];
    const items = [item('行', 40, 636), ...pages('甲甲甲甲甲丙', top)];
    expect(lines(items).slice(4, 7)).toEqual(['行', '己己行 | — | ７ | ２ | ７ | —', '丙行 | １２ | — | ３４ | — | ４６']);
  });

  it('marks the first row of the page where the label above is whole', () => {
    const top = [item('己己行', 40, 780, 2), item('７', 240, 780, 2), item('２', 280, 780, 2), item('７', 320, 780, 2)];
    expect(lines(pages('乙丙', top)).slice(4, 6)).toEqual(['己己行 | — | ７ | ２ | ７ | —', '丙行 | １２ | — | ３４ | — | ４６']);
  });
});
