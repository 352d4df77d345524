/**
 * Table 二 in plain `pdftotext` text of an office print (issue 12, probe seed 305 p06): a block
 * stream, where the cells of a sub-table's header come out as blocks like any other. The header of
 * 第二十条第（六）项 printed only its first column's name (`上一年项目数量`) under the caption, the
 * other two names a block higher up, after the sub-table above's numbers; 行政处罚's one number (its
 * 本年增/减, the other cells blank) stood under that name. Read as a header of one column, the
 * number was stated in 上一年项目数量, silently. A header naming only some of the template's columns
 * in a block stream is read in part: a short row's numbers are then only candidates.
 * Our own report (createReport), the table written as such text; nothing is copied from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { withTable2Lines } from './helpers/layout-text.js';

const VERSIONS = { table2: '2019', table3: '2019' } as const;

/** Each line followed by a blank one (plain pdftotext's blocks; adjacent cells may share one). */
const blocks = (lines: readonly string[]): string[] => lines.flatMap((l) => [l, '']);

/** Table 二 (2019) as an office print's plain text: 六's header names one column, the other two printed above. */
function table2(inPlace: boolean): string[] {
  const header5 = ['上一年项目数量', '本年增/减', '处理决定数量'];
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
    ...header5,
    '行政许可',
    '7',
    '2',
    '30',
    ...(inPlace ? [] : ['本年增/减', '处理决定数量']),
    '其他对外管理服务事项',
    '第二十条第（六）项',
    '信息内容',
    ...(inPlace ? header5 : ['上一年项目数量']),
    '6',
    '行政处罚',
    '行政强制',
    '8',
    '-1',
    '第二十条第（八）项',
    '信息内容',
    '上一年项目数量',
    '本年增/减',
    '行政事业性收费',
    '0',
    '第二十条第（九）项',
    '信息内容',
    '采购项目数量',
    '采购总金额',
    '政府集中采购',
    '12',
    '340.5',
  ]);
}

function cellsOf(text: string, prefix: string): (number | string | number[])[] {
  const { report } = parseReport(text);
  return listCells(report!)
    .filter((c) => c.address.startsWith(prefix))
    .map((c) => (c.status === 'value' ? (c.value as number) : c.status === 'ambiguous' ? (c.candidates ?? []) : c.status));
}

describe('table 二 in a block stream: a sub-table header naming only some of its columns', () => {
  const report = createReport({ versions: VERSIONS, cells: consistentCells(5, VERSIONS), meta: { agency: '示例县示例局', year: 2020 } });

  it('states no cell of a short row under it (行政处罚’s one number was stated in 上一年项目数量)', () => {
    const text = withTable2Lines(report, table2(false));
    expect(text).toContain('\n上一年项目数量\n\n6\n\n行政处罚\n\n行政强制\n\n8\n\n-1\n');
    // Its number may stand in any of its columns; none is stated.
    expect(cellsOf(text, 't2.art20_6.administrativePenalty.')).toEqual([[6], [6], [6]]);
    for (const cell of cellsOf(text, 't2.art20_6.administrativeCompulsion.')) expect(typeof cell).not.toBe('number');
  });
});
