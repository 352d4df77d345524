/**
 * Table 二 in plain `pdftotext` text of a browser print (issue 12): every cell a line of its own,
 * a row's first number on its label's line (`行政规范性文件 0` / `354` / `6`). The row reads whole
 * where its numbers up to what follows are exactly its cells (`repairs/table2-row-lines.ts`); lines
 * set off by blank lines are blocks, written in an order of pdftotext's own, so the cells another
 * order would change are named (`block-order-unconfirmed`); where a label with no numbers follows,
 * or the numbers are more than the cells, the row stays flagged as before.
 * Reports of our own (test/helpers/fixtures.ts); nothing is copied from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, type Report } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { withTable2Lines } from './helpers/layout-text.js';

const CELLS: Record<string, number> = {
  ...consistentCells(7),
  't2.art20_1.regulations.issued': 2718,
  't2.art20_1.regulations.repealed': 0,
  't2.art20_1.regulations.currentlyValid': 6387,
  't2.art20_1.normativeDocuments.issued': 0,
  't2.art20_1.normativeDocuments.repealed': 354,
  't2.art20_1.normativeDocuments.currentlyValid': 6,
  't2.art20_5.administrativeLicensing.decisionCount': 12,
  't2.art20_6.administrativePenalty.decisionCount': 99,
  't2.art20_6.administrativeCompulsion.decisionCount': 0,
  't2.art20_8.administrativeFees.feeAmount': 17.5,
};

function report(): Report {
  return createReport({ versions: { table2: '2021', table3: '2021' }, cells: CELLS, meta: { agency: '示例县示例局', year: 2022 } });
}

/** The report's text with table 二 replaced by `table2` (its lines, caption to caption). */
function withTable2(table2: readonly string[]): string {
  return withTable2Lines(report(), table2);
}

/** Sub-table 一 as plain pdftotext prints it, then the other sub-tables a cell a line. */
function plainTable2(normative: readonly string[]): string[] {
  return [
    '第二十条第（一）项',
    '信息内容',
    '本年制发件数本年废止件数现行有效件数',
    '规章',
    '2718',
    '0',
    '6387',
    ...normative,
    '第二十条第（五）项',
    '信息内容',
    '本年处理决定数量',
    '行政许可',
    '12',
    '第二十条第（六）项',
    '信息内容',
    '本年处理决定数量',
    '行政处罚',
    '99',
    '行政强制',
    '0',
    '第二十条第（八）项',
    '信息内容',
    '本年收费金额（单位：万元）',
    '行政事业性收费',
    '17.5',
    '',
  ];
}

function t2Cells(text: string): Record<string, unknown> {
  const { report: r } = parseReport(text);
  if (!r) throw new Error('no report');
  const out: Record<string, unknown> = {};
  for (const c of listCells(r)) if (c.address.startsWith('t2.art20_1.')) out[c.address] = c.status === 'value' ? c.value : c.status;
  return out;
}

const NORMATIVE = 't2.art20_1.normativeDocuments';

describe('table 二: a row whose cells go on a line each after its label’s line', () => {
  it('reads the row whole when its numbers up to the next caption are exactly its cells (was 3 cells ambiguous, 2 numbers unplaced)', () => {
    const text = withTable2(plainTable2(['行政规范性文件 0', '354', '6']));
    expect(t2Cells(text)).toEqual({
      't2.art20_1.regulations.issued': 2718,
      't2.art20_1.regulations.repealed': 0,
      't2.art20_1.regulations.currentlyValid': 6387,
      [`${NORMATIVE}.issued`]: 0,
      [`${NORMATIVE}.repealed`]: 354,
      [`${NORMATIVE}.currentlyValid`]: 6,
    });
    const { diagnostics } = parseReport(text);
    expect(diagnostics.filter((d) => d.code === 'row-lines-joined').map((d) => [d.path, d.severity])).toEqual([[NORMATIVE, 'info']]);
    expect(diagnostics.some((d) => d.code === 'values-unplaced' && d.path === 't2')).toBe(false);
    expect(diagnostics.some((d) => d.code === 'block-order-unconfirmed' && d.path === NORMATIVE)).toBe(false);
  });

  it('reads a first row whose number stands on its label line, the next row having numbers of its own', () => {
    const lines = plainTable2(['行政规范性文件', '0', '354', '6']);
    const at = lines.indexOf('规章');
    lines.splice(at, 2, '规章 2718');
    expect(t2Cells(withTable2(lines))).toMatchObject({
      't2.art20_1.regulations.issued': 2718,
      't2.art20_1.regulations.repealed': 0,
      't2.art20_1.regulations.currentlyValid': 6387,
      [`${NORMATIVE}.repealed`]: 354,
    });
  });

  it('reads lines set off by blank lines in the order printed, every cell another order would change named (blocks: their order is pdftotext’s own)', () => {
    const text = withTable2(plainTable2(['行政规范性文件 0', '', '354', '', '6', '']));
    expect(t2Cells(text)).toMatchObject({ [`${NORMATIVE}.issued`]: 0, [`${NORMATIVE}.repealed`]: 354, [`${NORMATIVE}.currentlyValid`]: 6 });
    const { diagnostics } = parseReport(text);
    const named = diagnostics.filter((d) => d.code === 'block-order-unconfirmed' && d.path === NORMATIVE);
    expect(named.map((d) => d.severity)).toEqual(['warning']);
    expect(named[0]?.addresses).toEqual([`${NORMATIVE}.issued`, `${NORMATIVE}.repealed`, `${NORMATIVE}.currentlyValid`]);
  });

  it('leaves the row flagged when the next row label has no numbers (they may be its, printed before it)', () => {
    const lines = plainTable2(['行政规范性文件']);
    const at = lines.indexOf('规章');
    lines.splice(at, 2, '规章 2718');
    const cells = t2Cells(withTable2(lines));
    expect(['ambiguous', 'missing']).toContain(cells['t2.art20_1.regulations.repealed']);
    expect(['ambiguous', 'missing']).toContain(cells['t2.art20_1.regulations.currentlyValid']);
  });

  it('leaves the row flagged when a number left over stands right before its label (a wrapped number’s head above the label’s line, its tail below)', () => {
    // 354 wrapped: `35` after 规章's three numbers, `4` after the label's line (seed 220 p08 lo-pdf, table 二 (九))
    const cells = t2Cells(withTable2(plainTable2(['35', '行政规范性文件 0', '4', '6'])));
    expect(cells[`${NORMATIVE}.repealed`]).not.toBe(4);
    expect(['ambiguous', 'missing']).toContain(cells[`${NORMATIVE}.repealed`]);
    expect(['ambiguous', 'missing']).toContain(cells[`${NORMATIVE}.currentlyValid`]);
  });

  it('leaves the row flagged when its numbers are more than its cells', () => {
    const cells = t2Cells(withTable2(plainTable2(['行政规范性文件 0', '354', '6', '8'])));
    expect(cells[`${NORMATIVE}.currentlyValid`]).not.toBe(6);
    expect(['ambiguous', 'missing']).toContain(cells[`${NORMATIVE}.repealed`]);
  });
});
