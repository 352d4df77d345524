/**
 * Rows clear of a wrapped number's pieces, measured by the document's own evidence (our own
 * LibreOffice-like prints, issue 12). A row of a block holding pieces of wrapped numbers is read by
 * its own columns (its blanks marked) only where it holds its numbers whole on its line. Three rows
 * that looked clear and were not (the shapes of probe reports 335 p04, 339 p12, 314 p08 and 320 p05
 * lo-pdf): a row whose lower line of numbers stands one line pitch of the document's wrapped text
 * under it, more than two font sizes down (a wide line spacing); a row whose other numbers stand on
 * the line right under it given as one item of numbers one space apart; the first row of a page
 * whose label is the last piece of the previous page's last row, its number a lower piece of that
 * row's. None of them gets markers now; the rows clear of everything still do, and so does a page's
 * first row whose numbers are no lower pieces of the previous page's last row (322 p03, 333 p02 lo-pdf).
 */
import { describe, expect, it } from 'vitest';
import { layoutText, type PositionedText } from 'zfxxgk-report';
import { item, textLines, type GridRow } from './helpers/positioned-items.js';

const COLUMNS = [200, 230, 260, 290, 320, 350, 380];

/** A grid row's items on one line at `y` (label at x 40, a blank cell printed as nothing). */
function row([label, cells]: GridRow, y: number, page = 1): PositionedText[] {
  return [item(label, 40, y, page), ...cells.flatMap((v, k) => (v === null ? [] : [item(v, COLUMNS[k] as number, y, page)]))];
}

/** Rows 50 pt apart from `top` down. */
const rows = (list: readonly GridRow[], top: number, page = 1): PositionedText[] => list.flatMap((r, k) => row(r, top - 50 * k, page));

const CLEAR: GridRow[] = [
  ['三、丙', ['1', null, '2', '3', null, '4', '10']],
  ['四、丁', [null, '5', '6', null, '7', '8', '26']],
  ['五、戊', ['9', '1', null, '2', '3', null, '15']],
];

/** The laid-out lines, cells apart by ` | `. */
const tableLines = (items: readonly PositionedText[]): string[] =>
  textLines(layoutText(items).text).map((l) => l.split(/\s{2,}/).join(' | '));

/** A paragraph wrapped over four lines `pitch` apart (the document's line pitch of wrapped text). */
const paragraph = (pitch: number): PositionedText[] => [0, 1, 2, 3].map((k) => item('段落的一行文字', 40, 790 - pitch * k));

describe('layout: rows clear of wrapped pieces by the document’s own evidence', () => {
  // (pieces under a 0, which the reader does not join: no count has a leading zero)
  it('a row whose pieces stand one line pitch under it (26 pt, over two font sizes) gets no markers', () => {
    const items = [
      ...paragraph(26),
      ...row(['一、甲', ['0', '3', null, '0', '5', '6', '52']], 650),
      item('5', 200, 624),
      item('7', 290, 624),
      ...rows(CLEAR, 580),
    ];
    expect(tableLines(items).slice(4)).toEqual([
      '一、甲 | 0 | 3 | 0 | 5 | 6 | 52',
      '5 | 7',
      '三、丙 | 1 | — | 2 | 3 | — | 4 | 10',
      '四、丁 | — | 5 | 6 | — | 7 | 8 | 26',
      '五、戊 | 9 | 1 | — | 2 | 3 | — | 15',
    ]);
  });

  it('a row whose other numbers stand right under it as one item of spaced numbers gets no markers', () => {
    const items = [
      ...row(['一、甲', ['24', '3', null, '14', '5', '6', '52']], 700),
      item('2', 200, 686),
      item('2', 290, 686),
      ...row(['二、乙', [null, null, '7', null, '5', null, '22']], 650),
      item('4 6', 200, 641),
      ...rows(CLEAR, 600),
    ];
    expect(tableLines(items)).toEqual([
      '一、甲 | 24 | 3 | 14 | 5 | 6 | 52',
      '2 | 2',
      '二、乙 | 7 | 5 | 22',
      '4 6',
      '三、丙 | 1 | — | 2 | 3 | — | 4 | 10',
      '四、丁 | — | 5 | 6 | — | 7 | 8 | 26',
      '五、戊 | 9 | 1 | — | 2 | 3 | — | 15',
    ]);
  });

  it('the first row of a page, the rest of the previous page’s last row, gets no markers', () => {
    const items = [
      item('第一页正文第一页正文', 40, 790),
      ...row(['一、甲', ['1', '2', '3', '4', '5', '6', '21']], 120),
      ...row(['二、本年新收', ['3', '2', '1', '5', '4', '7', '2']], 70),
      ...row(['申请数量', [null, null, null, null, null, null, '2']], 790, 2),
      ...row(['三、丙', ['24', '3', null, '14', '5', '6', '52']], 740, 2),
      item('2', 200, 726, 2),
      item('2', 290, 726, 2),
      ...rows(CLEAR, 690, 2),
    ];
    expect(tableLines(items).slice(3)).toEqual([
      '申请数量 | 2',
      '三、丙 | 24 | 3 | 14 | 5 | 6 | 52',
      '2 | 2',
      '三、丙 | 1 | — | 2 | 3 | — | 4 | 10',
      '四、丁 | — | 5 | 6 | — | 7 | 8 | 26',
      '五、戊 | 9 | 1 | — | 2 | 3 | — | 15',
    ]);
  });

  it('the first row of a page with its own numbers (wider than the previous row’s) keeps its markers', () => {
    const items = [
      item('第一页正文第一页正文', 40, 790),
      ...row(['一、甲', ['1', '2', '3', '4', '5', '6', '21']], 120),
      ...row(['二、本年新收', ['3', '2', '1', '5', '4', '7', '2']], 70),
      ...row(['信访举报', ['12', null, '34', null, '5', null, '51']], 790, 2),
      ...row(['三、丙', ['24', '3', null, '14', '5', '6', '52']], 740, 2),
      item('2', 200, 726, 2),
      item('2', 290, 726, 2),
      ...rows(CLEAR, 690, 2),
    ];
    expect(tableLines(items).slice(3, 4)).toEqual(['信访举报 | 12 | — | 34 | — | 5 | — | 51']);
  });
});
