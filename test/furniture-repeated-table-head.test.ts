/**
 * A table's header rows printed again at the top of each page the table runs over (issue 12,
 * variety1): a browser prints a `<thead>` so, Word a repeated header row. The same text at the same
 * height at the top of two pages looked like a running header, and the layout left it out as page
 * furniture: table 三 lost its header on every page and was not found (probe seed 604 p05, Chromium's
 * PDF: 175 cells `missing`). A line naming a column of table 三 or 四, and the page's top lines under
 * it, are the table's own. Our own positioned text; nothing is copied from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, type PositionedText } from 'zfxxgk-report';
import { item, textLines } from './helpers/positioned-items.js';

/** A page opening with table 三's header rows (as a browser repeats them), then one row of numbers. */
function page(p: number, label: string, runningHeader: boolean): PositionedText[] {
  return [
    ...(runningHeader ? [item('12/7/26, 6:00 PM', 20, 820, p), item('示例县示例局年度报告', 300, 820, p)] : []),
    item('（本列数据的勾稽关系为', 20, 800, p),
    item('申请人情况', 300, 800, p),
    item('自然人', 200, 780, p),
    item('法人或其他组织', 300, 780, p),
    item('总计', 500, 780, p),
    item(label, 20, 700, p),
    ...['1', '2', '3'].map((v, k) => item(v, 200 + 150 * k, 700, p)),
    item('file:///tmp/report.html', 20, 20, p),
    item(`${p}/2`, 540, 20, p),
  ];
}

describe('a table header repeated at the top of each page', () => {
  it('is kept on every page; the running header and footer are still left out', () => {
    const out = textLines(layoutText([...page(1, '甲行', false), ...page(2, '乙行', false)]).text);
    expect(out.filter((l) => l.includes('申请人情况'))).toHaveLength(2);
    expect(out.filter((l) => l.includes('法人或其他组织'))).toHaveLength(2);
    expect(out.some((l) => l.includes('file:///'))).toBe(false);
  });

  it('is kept under a browser running header, which is left out', () => {
    const out = textLines(layoutText([...page(1, '甲行', true), ...page(2, '乙行', true)]).text);
    expect(out.filter((l) => l.includes('申请人情况'))).toHaveLength(2);
    expect(out.filter((l) => l.includes('法人或其他组织'))).toHaveLength(2);
    expect(out.some((l) => l.includes('PM') || l.includes('示例县示例局年度报告'))).toBe(false);
  });
});
