/**
 * A block of table rows holding pieces of a wrapped number (our own LibreOffice-like print, issue 12;
 * the shape of probe seed 144 p03 lo-pdf: `２４` over `２` in a narrow cell, blank cells printed as
 * nothing). The whole block got no blank marker: its pieces' lines are no rows, and a row beside them
 * shows no empty column. Its rows that stand clear of every other line of numbers (none closer than
 * two font sizes) hold their numbers whole on their line: they are read by their own columns now,
 * their blanks marked; the row with the pieces, the pieces' line and the row right under them stay
 * as they were.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, type PositionedText } from 'zfxxgk-report';
import { gridRows, item, textLines, type GridRow } from './helpers/positioned-items.js';

const COLUMNS = [200, 230, 260, 290, 320, 350, 380];

const ROWS: GridRow[] = [
  ['一、甲', ['24', '3', null, '14', '5', '6', '52']],
  ['二、乙', [null, '1', '1', null, '2', null, '4']],
  ['三、丙', ['1', null, '2', '3', null, '4', '10']],
  ['四、丁', [null, '5', '6', null, '7', '8', '26']],
  ['五、戊', ['9', '1', null, '2', '3', null, '15']],
];

/** The rows 30 pt apart from y 730 down; `pieces`: the lower pieces of row 一's 24 and 14, 14 pt under it. */
function document(pieces: boolean): PositionedText[] {
  return [
    item('第一页正文第一页正文第一页正文第一页正文', 40, 790),
    ...gridRows(COLUMNS, ROWS, 730, 1),
    ...(pieces ? [item('2', 200, 716), item('2', 290, 716)] : []),
    item('注：表中空白表示无此项数据。', 40, 560),
  ];
}

/** The laid-out lines, cells apart by ` | `. */
const tableLines = (items: readonly PositionedText[]): string[] =>
  textLines(layoutText(items).text).map((l) => l.split(/\s{2,}/).join(' | '));

describe('layout: rows clear of a wrapped number’s pieces in their block', () => {
  it('marks the blanks of the rows standing clear of every other line of numbers', () => {
    expect(tableLines(document(true))).toEqual([
      '第一页正文第一页正文第一页正文第一页正文',
      '一、甲 | 24 | 3 | 14 | 5 | 6 | 52',
      '2 | 2',
      '二、乙 | 1 | 1 | 2 | 4',
      '三、丙 | 1 | — | 2 | 3 | — | 4 | 10',
      '四、丁 | — | 5 | 6 | — | 7 | 8 | 26',
      '五、戊 | 9 | 1 | — | 2 | 3 | — | 15',
      '注：表中空白表示无此项数据。',
    ]);
  });

  it('marks every row of the block without the pieces, as before', () => {
    expect(tableLines(document(false)).slice(1, 3)).toEqual([
      '一、甲 | 24 | 3 | — | 14 | 5 | 6 | 52',
      '二、乙 | — | 1 | 1 | — | 2 | — | 4',
    ]);
  });
});
