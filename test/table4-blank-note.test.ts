/**
 * Table 四 left blank in plain `pdftotext` text (issue 12): a blank cell prints nothing, so the table
 * is its caption and header words only; where nothing follows them in the region and no number stands
 * after the tables, its cells are blank. A note under the table (`注：数据截至…`, a line no table cell
 * opens so, left out of the region's cells) no longer hides that: before, its figures counted as
 * something printed after the header, and all fifteen cells read `missing`. A report of our own
 * (test/helpers/fixtures.ts); nothing is copied from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, type Report } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';

function report(): Report {
  const cells: Record<string, number | null> = consistentCells(11);
  for (const k of Object.keys(cells)) if (k.startsWith('t4.')) cells[k] = null;
  return createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2022 } });
}

/** The report's text with table 四 printed as plain pdftotext prints it blank: its header words, then `after`. */
function withBlankTable4(after: readonly string[]): string {
  const lines = renderLayoutText(report(), { wrap: 'none' }).split('\n');
  const a = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  const b = lines.findIndex((l) => l.startsWith('五、'));
  if (a < 0 || b < 0) throw new Error('no table 四');
  return [
    ...lines.slice(0, a + 1),
    '本年度行政复议、行政诉讼情况统计如下：',
    '行政复议',
    '行政诉讼（未经复议直接起诉） 行政诉讼（复议后起诉）',
    '结果维 结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总',
    '持 正 果 结 计 持 正 果 结 计 持 正 果 结 计',
    ...after,
    ...lines.slice(b),
  ].join('\n');
}

function t4Statuses(text: string): string[] {
  const { report: r } = parseReport(text);
  if (!r) throw new Error('no report');
  return [
    ...new Set(
      listCells(r)
        .filter((c) => c.address.startsWith('t4.'))
        .map((c) => c.status),
    ),
  ];
}

describe('table 四 left blank, plain pdftotext', () => {
  it('reads every cell blank with a note under the table (was 15 cells missing)', () => {
    expect(t4Statuses(withBlankTable4(['注：数据截至2022年12月31日，共3类情形。']))).toEqual(['blank']);
  });

  it('reads every cell blank with nothing under the table (as before)', () => {
    expect(t4Statuses(withBlankTable4([]))).toEqual(['blank']);
  });

  it('does not read the cells blank where a line under the header is no note', () => {
    expect(t4Statuses(withBlankTable4(['本机关涉及部门 2022 个 12']))).not.toEqual(['blank']);
  });
});
