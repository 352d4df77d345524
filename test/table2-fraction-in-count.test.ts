/**
 * Table 二 in plain `pdftotext` text of an office print (issue 12, probe seed 315 p10): the amount of
 * 政府集中采购 (采购总金额, two decimals) wrapped in its narrow cell, its last digit on a line of its own
 * after the second piece of the row's label (`政府集` / `１２３４．５` / `中采购` / `６`), the item count
 * blank (nothing printed). Read in order, the item count took the amount's first piece (a fraction,
 * which `T2.INTEGER` showed) and the amount its last digit, silently. A number with a fraction placed
 * in a column of counts shows that the row's numbers do not stand in their cells' order: every cell
 * of the row is then only a candidate.
 * Our own report (createReport), the table written as such text; nothing is copied from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { withTable2Lines } from './helpers/layout-text.js';

const VERSIONS = { table2: '2019', table3: '2019' } as const;

/** Each line followed by a blank one (plain pdftotext's blocks). */
const blocks = (lines: readonly string[]): string[] => lines.flatMap((l) => [l, '']);

/** Table 二 (2019) as such text; `procurement`: the lines of 政府集中采购's row. */
function table2(procurement: readonly string[]): string[] {
  return blocks([
    '第二十条第（一）项',
    '信息内容',
    '本年新制作数量 本年新公开数量 对外公开总数量',
    '规章',
    '0',
    '0 0',
    '规范性文件',
    '3',
    '2 9',
    '第二十条第（五）项',
    '信息内容',
    '上一年项目数量',
    '本年增/减',
    '处理决定数量',
    '行政许可',
    '7',
    '2',
    '30',
    '其他对外管理服务事项',
    '0',
    '0',
    '0',
    '第二十条第（六）项',
    '信息内容',
    '上一年项目数量',
    '本年增/减',
    '处理决定数量',
    '行政处罚',
    '4',
    '1',
    '16',
    '行政强制',
    '8',
    '-1',
    '5',
    '第二十条第（八）项',
    '信息内容',
    '上一年项目数量',
    '本年增/减',
    '行政事业性收费',
    '3',
    '0',
    '第二十条第（九）项',
    '信息内容',
    '采购项目数量',
    '采购总金额',
    ...procurement,
  ]);
}

function cellsOf(text: string, prefix: string): (number | string | number[])[] {
  const { report } = parseReport(text);
  return listCells(report!)
    .filter((c) => c.address.startsWith(prefix))
    .map((c) => (c.status === 'value' ? (c.value as number) : c.status === 'ambiguous' ? (c.candidates ?? []) : c.status));
}

describe('table 二: a number with a fraction read into a column of counts', () => {
  const report = createReport({ versions: VERSIONS, cells: consistentCells(5, VERSIONS), meta: { agency: '示例县示例局', year: 2020 } });
  const row = 't2.art20_9.centralizedProcurement.';

  it('keeps every cell of the row only as a candidate (the amount’s last digit was stated as the amount)', () => {
    const text = withTable2Lines(report, table2(['政府集', '１２３４．５', '中采购', '６']));
    expect(text).toContain('\n政府集\n\n１２３４．５\n\n中采购\n\n６\n');
    expect(cellsOf(text, row)).toEqual([[1234.5], [6]]);
  });

  it('reads the row where the amount stands whole', () => {
    const text = withTable2Lines(report, table2(['政府集中采购', '12', '1234.56']));
    expect(cellsOf(text, row)).toEqual([12, 1234.56]);
  });
});
