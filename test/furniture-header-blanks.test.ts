import { describe, expect, it } from 'vitest';
import { layoutText, type PositionedText } from 'zfxxgk-report';
import { item } from './helpers/positioned-items.js';

// A browser print with its running header and footer (date and title at the top, the page's address
// and `n/N` at the bottom). Page 3 begins with the rest of a row label cut by the page break, so its
// furniture is kept (it marks the cut); it ends with table 四's header, and the table's one row of
// numbers stands at the top of page 4, two of its cells blank (printed as nothing). The blank cells
// of that row are found from the header's columns on the previous page: the kept footer is no header.

const COLUMNS = Array.from({ length: 15 }, (_, k) => 60 + 30 * k);
const HEADS = ['结', '结', '其', '尚', '总'];
const TAILS = ['维', '纠', '他', '未', '计'];

function furniture(p: number): PositionedText[] {
  return [
    item('12/6/26, 12:23 AM', 20, 820, p),
    item('示例县示例局年度报告', 300, 820, p),
    item('file:///tmp/probe/report.html', 20, 20, p),
    item(`${p}/4`, 540, 20, p),
  ];
}

/** The row of table 四: `null` for a blank cell printed as nothing. */
const ROW: (string | null)[] = ['0', '0', null, '15', '25', '0', '0', '4', '0', '0', null, '8', '28', '0', '36'];

function document(): PositionedText[] {
  return [
    ...furniture(1),
    item('第一页正文第一页正文第一页正文第一页正文', 40, 600, 1),
    ...furniture(2),
    item('甲行', 20, 600, 2),
    ...['1', '2', '3'].map((v, k) => item(v, 200 + 40 * k, 600, 2)),
    ...furniture(3),
    item('续行', 20, 790, 3),
    ...COLUMNS.flatMap((x, k) => [item(HEADS[k % 5] as string, x, 700, 3), item(TAILS[k % 5] as string, x, 686, 3)]),
    ...furniture(4),
    ...ROW.flatMap((v, k) => (v === null ? [] : [item(v, COLUMNS[k] as number, 790, 4)])),
    item('五、存在的主要问题及改进情况', 20, 760, 4),
  ];
}

describe('blank cells of a row at the top of a page, under a header that ends a page with kept furniture', () => {
  it('the markers stand in the header columns the row leaves empty, none under the footer', () => {
    const out = layoutText(document());
    const row = out.text.split('\n').find((l) => l.trim().startsWith('0 '));
    expect(row?.trim().split(/ +/)).toEqual(ROW.map((v) => v ?? '—'));
    // The kept footer stays in the text, as furniture kept for the cut row.
    expect(out.text).toContain('file:///tmp/probe/report.html');
  });
});
