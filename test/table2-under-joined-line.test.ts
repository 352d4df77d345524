/**
 * Table 二 in plain `pdftotext` text of an office print (probe seed 323 p02 lo-plain): a row printed
 * two of its cells joined on one line (`2718 0` / `6387`: one block spanning two columns), and the
 * next row's cells, each a block of its own, came out in an order of pdftotext's own (`0` / `6` /
 * `354` for `0 354 6`: the middle cell, under the joined line, last). Every row holds exactly its
 * cells and table 二 has no equation, so nothing showed it. Such a row's order is now checked as a
 * block stream's is (`src/repairs/under-joined-line.ts`): a `block-order-unconfirmed` warning names
 * every cell another order would change; the values read stay. Our own report (test/helpers).
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, type Report } from 'zfxxgk-report';
import { underJoinedLine } from '../src/repairs/under-joined-line.js';
import type { RowItem } from '../src/tables/placement.js';
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

/** Table 二 as LibreOffice's plain text prints it, every block set off by a blank line; sub-table 一's rows as given. */
function plainTable2(rows: readonly string[]): string[] {
  return [
    '第二十条第（一）项',
    '信息内容',
    '本年制发件数本年废止件数现行有效件数',
    '',
    ...rows.flatMap((r) => [r, '']),
    '第二十条第（五）项',
    '信息内容',
    '本年处理决定数量',
    '',
    '行政许可',
    '',
    '12',
    '',
    '第二十条第（六）项',
    '信息内容',
    '本年处理决定数量',
    '',
    '行政处罚',
    '',
    '99',
    '',
    '行政强制',
    '',
    '0',
    '',
    '第二十条第（八）项',
    '信息内容',
    '本年收费金额（单位：万元）',
    '',
    '行政事业性收费',
    '',
    '17.5',
    '',
  ];
}

function read(rows: readonly string[]): { cells: Record<string, unknown>; named: Set<string> } {
  const { report: r, diagnostics } = parseReport(withTable2Lines(report(), plainTable2(rows)));
  if (!r) throw new Error('no report');
  const cells: Record<string, unknown> = {};
  for (const c of listCells(r))
    if (c.address.startsWith(NORMATIVE)) cells[c.address.slice(NORMATIVE.length + 1)] = c.status === 'value' ? c.value : c.status;
  const named = new Set(
    diagnostics
      .filter((d) => d.code === 'block-order-unconfirmed')
      .flatMap((d) => (d.addresses ?? []).filter((a) => a.startsWith(NORMATIVE)).map((a) => a.slice(NORMATIVE.length + 1))),
  );
  return { cells, named };
}

const NORMATIVE = 't2.art20_1.normativeDocuments';

describe('table 二: a row of blocks right under a row with cells joined on one line', () => {
  it('its values stay as printed, and every cell another order would change is named', () => {
    // The truth: 0 354 6; printed 0 / 6 / 354.
    const { cells, named } = read(['规章', '2718 0', '6387', '行政规范性文件', '0', '6', '354']);
    expect(cells).toEqual({ issued: 0, repealed: 6, currentlyValid: 354 });
    expect([...named].sort()).toEqual(['currentlyValid', 'issued', 'repealed']);
  });

  it('under a row whose cells are each a block of their own, nothing is named', () => {
    const { cells, named } = read(['规章', '2718', '0', '6387', '行政规范性文件', '0', '354', '6']);
    expect(cells).toEqual({ issued: 0, repealed: 354, currentlyValid: 6 });
    expect([...named]).toEqual([]);
  });

  it('the check: the row before holds a line of two or more of its numbers and a number on another line', () => {
    const item = (line: number, gapBefore: number): RowItem => ({ token: { kind: 'value', line, gapBefore } }) as unknown as RowItem;
    const joined = [item(1, 1), item(1, 0), item(3, 1)];
    const blocks = [item(5, 1), item(7, 1), item(9, 1)];
    const oneLine = [item(1, 1), item(1, 0), item(1, 0)];
    expect(underJoinedLine([joined, blocks])).toEqual([false, true]);
    expect(underJoinedLine([oneLine, blocks])).toEqual([false, false]);
    expect(underJoinedLine([blocks, blocks])).toEqual([false, false]);
    expect(underJoinedLine([null, blocks])).toEqual([false, false]);
    expect(underJoinedLine([joined, [item(5, 1), item(5, 0), item(5, 0)]])).toEqual([false, false]);
  });
});
