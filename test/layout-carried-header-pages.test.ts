/**
 * A table crossing two page breaks, blank cells printed as nothing (our own LibreOffice-like print,
 * issue 12; the shape of probe seed 322 p06 lo-pdf). Page 1's rows leave a column empty that the
 * header words show: they are read by the header's columns, carried to page 2. Page 2's rows, with
 * page 1's, fill every column twice: they are read by their own columns (the same ones). Page 3's rows
 * fill the sixth column once and page 2's not at all: with page 2's rows alone that column has one
 * number, so the rows' own columns lack it and no row of page 3 got a marker (every blank cell
 * `missing`). The header's columns now go on to page 3 when page 2's rows all stand in them.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, type PositionedText } from 'zfxxgk-report';
import { gridRows, item, textLines, type GridRow } from './helpers/positioned-items.js';

const COLUMNS = [200, 230, 260, 290, 320, 350, 380];
const HEADS = ['自', '商', '科', '社', '法', '其', '合'];

const PAGE1_ROWS: GridRow[] = [
  ['一、甲', [null, '3', null, '1', null, '2', '6']],
  ['二、乙', ['2', null, '5', null, '1', null, '8']],
  ['三、丙', [null, '1', null, null, null, '2', '3']],
];

const PAGE2_ROWS: GridRow[] = [
  ['四、丁', ['7', null, '1', null, null, null, '8']],
  ['五、戊', [null, null, '2', '6', null, null, '8']],
  ['六、己', [null, '4', null, null, '3', null, '7']],
];

const PAGE3_ROWS: GridRow[] = [
  ['七、庚', [null, null, null, '5', null, '2', '7']],
  ['八、辛', ['9', null, null, null, '4', null, '13']],
  ['九、壬', [null, '6', null, null, null, null, '6']],
];

const rows = (list: readonly GridRow[], top: number, page: number): PositionedText[] => gridRows(COLUMNS, list, top, page);

function document(): PositionedText[] {
  return [
    item('第一页正文第一页正文第一页正文第一页正文', 40, 790, 1),
    ...COLUMNS.map((x, k) => item(HEADS[k] as string, x, 760, 1)),
    ...rows(PAGE1_ROWS, 730, 1),
    ...rows(PAGE2_ROWS, 790, 2),
    ...rows(PAGE3_ROWS, 790, 3),
    item('注：表中空白表示无此项数据。', 40, 600, 3),
  ];
}

/** The laid-out lines, cells apart by ` | `. */
const tableLines = (items: readonly PositionedText[]): string[] =>
  textLines(layoutText(items).text).map((l) => l.split(/\s{2,}/).join(' | '));

describe('layout: header columns carried over a page read by its rows own columns', () => {
  it('marks the blank cells of the third page by the header columns', () => {
    expect(tableLines(document())).toEqual([
      '第一页正文第一页正文第一页正文第一页正文',
      '自 | 商 | 科 | 社 | 法 | 其 | 合',
      '一、甲 | — | 3 | — | 1 | — | 2 | 6',
      '二、乙 | 2 | — | 5 | — | 1 | — | 8',
      '三、丙 | — | 1 | — | — | — | 2 | 3',
      '四、丁 | 7 | — | 1 | — | — | — | 8',
      '五、戊 | — | — | 2 | 6 | — | — | 8',
      '六、己 | — | 4 | — | — | 3 | — | 7',
      '七、庚 | — | — | — | 5 | — | 2 | 7',
      '八、辛 | 9 | — | — | — | 4 | — | 13',
      '九、壬 | — | 6 | — | — | — | — | 6',
      '注：表中空白表示无此项数据。',
    ]);
  });

  it('carries no header columns a row of the middle page stands outside of', () => {
    // (page 2's third row has a number between two header columns: the header does not hold there)
    const items = document().map((it) => (it.page === 2 && it.text === '3' && it.x === 320 ? { ...it, x: 306 } : it));
    const lines = tableLines(items);
    expect(lines.slice(8, 11)).toEqual(['七、庚 | 5 | 2 | 7', '八、辛 | 9 | 4 | 13', '九、壬 | 6 | 6']);
  });
});
