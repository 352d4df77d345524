import { describe, expect, it } from 'vitest';
import { layoutText, type PositionedText } from 'zfxxgk-report';
import { gridRows, item, type GridRow } from './helpers/positioned-items.js';

// A browser print with its running header and footer (our own Chromium print, issue 12, probe seed
// 300 p07): table 三 crosses a page break inside a row whose label wraps (`5.要求行政机关` / `确认`
// at the end of page 2, `或重新出具已获取信息` at the top of page 3), blank cells print nothing. The
// page's running header is kept, as it marks the cut. The rows at the top of page 3 continue the
// previous page's rows, whose header columns place their blank cells; but the kept running header
// stood between them and read as a line of the page's own, so those rows were not seen to continue
// the table: no markers, each empty cell `missing`. The kept furniture is no line of the table now.

const COLUMNS = [200, 230, 260, 290, 320, 350, 380];
const HEADS = ['自', '商', '科', '社', '法', '其', '合'];

function furniture(p: number): PositionedText[] {
  return [
    item('12/6/26, 12:40 AM', 20, 820, p),
    item('示例县示例局年度报告', 300, 820, p),
    item('file:///tmp/probe/report.html', 20, 20, p),
    item(`${p}/3`, 540, 20, p),
  ];
}

const PAGE2_ROWS: GridRow[] = [
  ['1.信访举报', ['0', null, null, '0', null, null, '0']],
  ['2.重复申请', [null, '0', null, null, '0', null, '0']],
  ['3.要求提供', [null, null, '0', null, null, '0', '0']],
  ['5.要求行政机关', [null, null, null, null, '0', null, '0']],
];

const PAGE3_ROWS: GridRow[] = [
  ['1.申请人无正当', [null, null, null, null, '0', null, null]],
  ['2.申请人逾期未', [null, '0', null, '0', null, '0', null]],
  ['3.其他', ['0', null, null, null, null, null, null]],
];

const rows = (list: readonly GridRow[], top: number, page: number): PositionedText[] => gridRows(COLUMNS, list, top, page);

function document(): PositionedText[] {
  return [
    ...furniture(1),
    item('第一页正文第一页正文第一页正文第一页正文', 40, 600, 1),
    ...furniture(2),
    ...COLUMNS.map((x, k) => item(HEADS[k] as string, x, 760, 2)),
    ...rows(PAGE2_ROWS, 730, 2),
    item('确认', 40, 626, 2),
    ...furniture(3),
    item('或重新出具已获取信息', 40, 790, 3),
    ...rows(PAGE3_ROWS, 760, 3),
    item('注：表中空白表示无此项数据。', 40, 600, 3),
  ];
}

describe('blank cells of rows continued under a running header kept for a cut row', () => {
  it('the rows at the top of the next page get their markers from the columns of the rows before the break', () => {
    const text = layoutText(document()).text;
    // The kept running header stays in the text, as furniture kept for the cut row.
    expect(text).toContain('12/6/26, 12:40 AM');
    const lines = text.split('\n').map((l) => l.trim());
    for (const [label, cells] of [...PAGE2_ROWS, ...PAGE3_ROWS]) {
      const line = lines.find((l) => l.startsWith(label));
      expect(line?.slice(label.length).trim().split(/ +/)).toEqual(cells.map((v) => v ?? '—'));
    }
  });
});
