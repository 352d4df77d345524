/**
 * Table 二 in plain `pdftotext` text of a LibreOffice print: each cell a line, in an order set by the
 * cells' heights, so some rows' numbers come before their labels and others after (issue 12).
 *
 * - Probe seed 446 p02: the first row's one number stands before its label and the last sub-table's
 *   before its one row, so the whole table reads as numbers before their labels; 第（六）项 prints its
 *   numbers after its labels (`行政处罚` / `３` / `-３` / `行政强制` / `０`) and that reading gave 行政处罚's
 *   numbers to 行政强制, stated. A sub-table whose own evidence fits only numbers after their labels
 *   shows the order is mixed: the table is undecided, each sub-table decided by its own evidence.
 * - Probe seed 451 p12: the row above short by one cell (`行政许可` / `３` / `－３`), the next row's label
 *   wrapped around three numbers (`其他对外` / `０` / `+２` / `０` / `管理服务事项`), the last `０` the row
 *   above's third cell. A wrapped label owns only the first number between its pieces.
 */
import { describe, expect, it } from 'vitest';
import { createReport, parseReport } from 'zfxxgk-report';
import { unsettle } from '../src/repairs/overfull-rows.js';
import type { RowPlacement } from '../src/tables/placement.js';
import type { LabelToken, ValueToken } from '../src/tables/tokens.js';
import { consistentCells } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';
import { readFixture, statedOtherwise, valuesUnder } from './helpers/probe-fixtures.js';

/** Our 2019 report with table 二's sub-tables replaced by `block` (a cell a block: a line and a blank line, as LibreOffice's prints come out). */
function text(block: readonly string[]): string {
  const report = createReport({
    versions: { table2: '2019', table3: '2019' },
    cells: consistentCells(7, { table2: '2019', table3: '2019' }, 30),
    meta: { agency: '示例县示例局', year: 2020 },
  });
  const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const a = lines.findIndex((l) => l.includes('第二十条第（一）项'));
  const b = lines.findIndex((l, i) => i > a && /^\s*三、/.test(l));
  return [...lines.slice(0, a), ...block.flatMap((cell) => [cell, '']), ...lines.slice(b)].join('\n');
}

/** The codes of the diagnostics on table 二. */
function codes(t: string): string[] {
  return parseReport(t)
    .diagnostics.filter((d) => d.path?.startsWith('t2'))
    .map((d) => d.code);
}

/** 第（一）项's first number and 第（九）项's amount before their labels, 第（六）项's numbers after theirs. */
const MIXED = [
  '第二十条第（一）项',
  '信息内容',
  '本年新制作数量',
  '本年新公开数量',
  '12',
  '规章',
  '规范性文件',
  '对外公开总数量',
  '5',
  '8',
  '8',
  '第二十条第（五）项',
  '信息内容',
  '上一年项目数量',
  '本年增/减',
  '处理决定数量',
  '行政许可',
  '6',
  '2',
  '9',
  '其他对外管理服务事项',
  '1',
  '第二十条第（六）项',
  '信息内容',
  '上一年项目数量',
  '本年增/减',
  '行政处罚',
  '7',
  '-2',
  '行政强制',
  '4',
  '第二十条第（八）项',
  '处理决定数量',
  '信息内容',
  '上一年项目数量',
  '本年增/减',
  '行政事业性收费',
  '15',
  '+3',
  '第二十条第（九）项',
  '信息内容',
  '采购项目数量',
  '采购总金额',
  '2580.5',
  '政府集中采购',
];

describe('table 二: numbers before their labels read from the whole table, a sub-table showing the other order', () => {
  it('hand-made: each sub-table read by its own order (read before their labels: 行政许可 took 第（一）项’s 5 8 8, 其他对外管理服务事项 行政许可’s 6 2 9)', () => {
    const t = text(MIXED);
    expect(statedOtherwise(t, 't2.art20_5.', [6, 2, 9, 1, null, null])).toEqual([]);
    expect(statedOtherwise(t, 't2.art20_6.', [7, -2, null, 4, null, null])).toEqual([]);
    expect(valuesUnder(t, 't2.art20_5.administrativeLicensing.')).toEqual([6, 2, 9]);
    expect(valuesUnder(t, 't2.art20_6.administrativePenalty.').slice(0, 2)).toEqual([7, -2]);
    expect(codes(t)).toContain('ownership-undecided');
    expect(codes(t)).not.toContain('numbers-before-labels');
  });

  it('hand-made: the same table printing every sub-table’s numbers before its labels stays read that way', () => {
    const before = [...MIXED];
    const move = (label: string, count: number, numbers: readonly string[], rest: readonly string[]): void => {
      const at = before.indexOf(label);
      before.splice(at, count, ...numbers, ...rest);
    };
    move('规范性文件', 5, ['对外公开总数量', '5', '8', '8'], ['规范性文件']);
    move('行政许可', 6, ['6', '2', '9', '行政许可', '1'], ['其他对外管理服务事项']);
    move('行政处罚', 5, ['7', '-2', '行政处罚', '4'], ['行政强制']);
    move('行政事业性收费', 3, ['15', '+3'], ['行政事业性收费']);
    const t = text(before);
    expect(codes(t)).toContain('numbers-before-labels');
    expect(codes(t)).not.toContain('ownership-undecided');
    expect(
      statedOtherwise(t, 't2.', [null, null, 12, 5, 8, 8, 6, 2, 9, 1, null, null, 7, -2, null, 4, null, null, 15, 3, null, 2580.5]),
    ).toEqual([]);
    expect(valuesUnder(t, 't2.art20_8.administrativeFees.')).toEqual([15, 3]);
  });

  it('probe 446 p02: 行政强制’s previous-year count and change are not stated as 行政处罚’s 3 and −3', () => {
    const t = readFixture('probe-446-p02-lo-plain.txt');
    expect(
      statedOtherwise(t, 't2.', [null, null, 40, 0, 50, 50, 0, 3, null, 0, 3, null, 3, -3, null, 0, null, null, 27, -1, null, 10343.58]),
    ).toEqual([]);
    expect(valuesUnder(t, 't2.art20_6.administrativePenalty.').slice(0, 2)).toEqual([3, -3]);
  });
});

describe('table 二: a wrapped label around several numbers, the row above short', () => {
  it('probe 451 p12: the last number inside 其他对外管理服务事项 is not stated in its blank decision count', () => {
    const t = readFixture('probe-451-p12-lo-plain.txt');
    expect(statedOtherwise(t, 't2.art20_5.', [3, -3, 0, 0, 2, null])).toEqual([]);
    expect(valuesUnder(t, 't2.art20_5.otherExternalManagementServices.')[0]).toBe(0);
  });

  it('hand-made: 行政许可 short by its last cell, the next label wrapped around three numbers (was 5 stated in a blank cell)', () => {
    const block = [...MIXED];
    const from = block.indexOf('行政许可');
    block.splice(from, 6, '行政许可', '6', '2', '其他对外', '1', '+4', '5', '管理服务事项');
    const t = text(block);
    expect(statedOtherwise(t, 't2.art20_5.', [6, 2, 5, 1, 4, null])).toEqual([]);
  });

  it('unsettle keeps the first cell between the label’s pieces only where cells stand as blocks of their own', () => {
    const label = {
      kind: 'label',
      text: '其他对外管理服务事项',
      start: 100,
      end: 140,
      line: 5,
      gapBefore: 0,
      lineStart: true,
    } as LabelToken;
    const value = (v: number, line: number, start: number): ValueToken =>
      ({ kind: 'value', raw: String(v), content: { value: v }, start, end: start + 2, line, gapBefore: 0, lineStart: true }) as ValueToken;
    const placement: RowPlacement = {
      columns: [
        { status: 'value', token: value(0, 7, 110) },
        { status: 'value', token: value(2, 9, 115) },
        { status: 'value', token: value(0, 11, 120) },
      ],
      surplus: 0,
      deficit: 0,
    };
    const copy = (): RowPlacement => ({ ...placement, columns: [...placement.columns] });
    const apart = copy();
    unsettle(apart, label, true);
    expect(apart.columns.map((p) => p.status)).toEqual(['value', 'ambiguous', 'ambiguous']);
    expect(apart.columns[2]).toMatchObject({ candidates: [0] });
    // (cells printed a line after the other, Chromium's print: in the row's order, the label's own)
    const together = copy();
    unsettle(together, label);
    expect(together.columns.map((p) => p.status)).toEqual(['value', 'value', 'value']);
  });
});
