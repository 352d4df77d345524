/**
 * Table 二 in plain `pdftotext` text of an Office-printed PDF (issue 12): every cell a line of its
 * own, the numbers after their labels in one sub-table and before them in another (a one-row
 * sub-table whose label cell is taller than its number cell prints the number first, sometimes with
 * the column header between them). The whole table's order is undecided; each sub-table (caption to
 * caption) is decided by its own evidence (`repairs/subtable-ownership.ts`): the only row of its
 * sub-table owns its numbers wherever they stand there, and a sub-table whose rows all take numbers
 * in one order and not in the other is read in that order. Where a sub-table shows neither, its cells
 * stay as the two readings leave them (ambiguous where they disagree).
 * Reports of our own (test/helpers/fixtures.ts); nothing is copied from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, type Report } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { withTable2Lines } from './helpers/layout-text.js';

const CELLS: Record<string, number> = {
  ...consistentCells(11),
  't2.art20_1.regulations.issued': 0,
  't2.art20_1.regulations.repealed': 2,
  't2.art20_1.regulations.currentlyValid': 7,
  't2.art20_1.normativeDocuments.issued': 4,
  't2.art20_1.normativeDocuments.repealed': 0,
  't2.art20_1.normativeDocuments.currentlyValid': 31,
  't2.art20_5.administrativeLicensing.decisionCount': 812,
  't2.art20_6.administrativePenalty.decisionCount': 2604,
  't2.art20_6.administrativeCompulsion.decisionCount': 57,
  't2.art20_8.administrativeFees.feeAmount': 463.25,
};

function report(): Report {
  return createReport({ versions: { table2: '2021', table3: '2021' }, cells: CELLS, meta: { agency: '示例区示例局', year: 2023 } });
}

/** The report's text with table 二 replaced by `table2` (its lines, caption to caption). */
function withTable2(table2: readonly string[]): string {
  return withTable2Lines(report(), table2);
}

const SUB_1 = [
  '第二十条第（一）项',
  '信息内容',
  '本年制发件数',
  '本年废止件数',
  '现行有效件数',
  '规章',
  '0',
  '2',
  '7',
  '行政规范性文件',
  '4',
  '0',
  '31',
];
const SUB_6 = ['第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '2604', '行政强制', '57'];

/** Sub-tables 五 and 八 with their one number before their row label, 一 and 六 after. */
function mixedTable2(): string[] {
  return [
    ...SUB_1,
    '第二十条第（五）项',
    '信息内容',
    '本年处理决定数量',
    '812',
    '行政许可',
    ...SUB_6,
    '第二十条第（八）项',
    '信息内容',
    '本年收费金额（单位：万元）',
    '463.25',
    '行政事业性收费',
    '',
  ];
}

function t2Cells(text: string): Record<string, unknown> {
  const { report: r } = parseReport(text);
  if (!r) throw new Error('no report');
  const out: Record<string, unknown> = {};
  for (const c of listCells(r)) if (c.address.startsWith('t2.')) out[c.address] = c.status === 'value' ? c.value : c.status;
  return out;
}

const TRUTH = Object.fromEntries(Object.entries(CELLS).filter(([k]) => k.startsWith('t2.')));

describe('table 二: numbers after their labels in some sub-tables, before them in others', () => {
  it('reads every sub-table by its own evidence (was: 10 cells ambiguous, the whole table undecided)', () => {
    const text = withTable2(mixedTable2());
    expect(t2Cells(text)).toEqual(TRUTH);
    const { diagnostics } = parseReport(text);
    const codes = diagnostics.filter((d) => d.path === 't2').map((d) => [d.code, d.severity]);
    expect(codes).toContainEqual(['ownership-by-subtable', 'warning']);
    expect(codes.map(([c]) => c)).not.toContain('ownership-undecided');
    expect(codes.map(([c]) => c)).not.toContain('values-unplaced');
  });

  it('gives a one-row sub-table its number with the row label before the column header and the number after it', () => {
    const lines = mixedTable2();
    const at = lines.indexOf('第二十条第（五）项');
    lines.splice(at, 5, '第二十条第（五）项', '信息内容', '行政许可', '本年处理决定数量', '812');
    expect(t2Cells(withTable2(lines))).toEqual(TRUTH);
  });

  it('leaves a two-row sub-table ambiguous where neither order gives every row a number (one of its rows blank)', () => {
    const lines = mixedTable2();
    const at = lines.indexOf('第二十条第（六）项');
    // 行政处罚 2604, 行政强制 blank (printed after) — or 行政处罚 blank, 行政强制 2604 (printed before): the text is the same.
    lines.splice(at, SUB_6.length, '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '2604', '行政强制');
    const cells = t2Cells(withTable2(lines));
    expect(cells['t2.art20_6.administrativePenalty.decisionCount']).toBe('ambiguous');
    expect(['ambiguous', 'missing']).toContain(cells['t2.art20_6.administrativeCompulsion.decisionCount']);
    // The sub-tables that show their order still read.
    expect(cells['t2.art20_5.administrativeLicensing.decisionCount']).toBe(812);
    expect(cells['t2.art20_8.administrativeFees.feeAmount']).toBe(463.25);
    expect(cells['t2.art20_1.normativeDocuments.currentlyValid']).toBe(31);
  });

  it('does not give a one-row sub-table a number when another label stands in it (a row label it cannot name)', () => {
    const lines = mixedTable2();
    const at = lines.indexOf('812');
    lines.splice(at, 0, '其他未列明事项');
    const cells = t2Cells(withTable2(lines));
    expect(cells['t2.art20_5.administrativeLicensing.decisionCount']).not.toBe(812);
  });

  it('does not give a one-row sub-table a number after a header word of a column it does not have (another sub-table’s)', () => {
    // (probe 422 p02 lo-plain: 第（六）项's last header cell and its number printed under 第（八）项's header,
    // the fee row blank; the only-row reading gave it that number, its sum unchecked: silently wrong)
    const lines = mixedTable2();
    const at = lines.indexOf('第二十条第（六）项');
    lines.splice(at, SUB_6.length, '第二十条第（六）项', '信息内容', '行政处罚', '2604', '行政强制');
    const fee = lines.indexOf('463.25');
    lines.splice(fee, 1, '本年处理决定数量', '57');
    const cells = t2Cells(withTable2(lines));
    expect(['ambiguous', 'missing']).toContain(cells['t2.art20_8.administrativeFees.feeAmount']);
    // (the sub-tables that show their order still read)
    expect(cells['t2.art20_5.administrativeLicensing.decisionCount']).toBe(812);
    expect(cells['t2.art20_1.normativeDocuments.currentlyValid']).toBe(31);
  });

  it('does not give a one-row sub-table more numbers than its row has cells', () => {
    const lines = mixedTable2();
    const at = lines.indexOf('812');
    lines.splice(at, 1, '812', '9');
    const cells = t2Cells(withTable2(lines));
    expect(cells['t2.art20_5.administrativeLicensing.decisionCount']).not.toBe(812);
    expect(cells['t2.art20_5.administrativeLicensing.decisionCount']).not.toBe(9);
  });
});
