/**
 * One-line text whose blank cells are written `无`: normalisation removes the single space between two
 * Han characters, so `总计 无 1 无 0` reads `总计无 1 无 0` and `无 无 注：…` reads `无无注：…`. Table 四's
 * row was cut at its first `无` from the header (the header kept it), the run-on cut ended the row at
 * the first `无` after two numbers (text resuming), and markers glued to a note after the table took
 * the note's figures into the row (`table-missing`, `cells-missing`, cells `ambiguous`). Found on the
 * Word-width probe seeds (one-line, 14 reports, every table-四 cell flagged). Table 二 likewise: a
 * one-cell row left blank, `行政许可 无 第二十条…`, read `行政许可无`, the marker taken for label text
 * (`cells-missing`).
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport } from 'zfxxgk-report';

import { consistentCells } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';

const T4 = [
  'review.upheld',
  'review.corrected',
  'review.otherResult',
  'review.pending',
  'review.total',
  'litigationDirect.upheld',
  'litigationDirect.corrected',
  'litigationDirect.otherResult',
  'litigationDirect.pending',
  'litigationDirect.total',
  'litigationAfterReview.upheld',
  'litigationAfterReview.corrected',
  'litigationAfterReview.otherResult',
  'litigationAfterReview.pending',
  'litigationAfterReview.total',
];

/** Our report in one-line text, blanks written `无`, table 四's cells `t4`, a note after table 四 or none. */
function reportText(t4: (number | null)[], note: string | null): string {
  const cells: Record<string, number | null> = consistentCells(11, { table2: '2021', table3: '2021' });
  T4.forEach((k, i) => (cells[`t4.${k}`] = t4[i] as number | null));
  const report = createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2022 } });
  const line = oneLine(renderReport(report, { to: 'text' }), false, '无');
  return note === null ? line : line.replace(' 五、存在的主要问题', ` ${note} 五、存在的主要问题`);
}

function table4(text: string): (number | null | string)[] {
  const cells = listCells(parseReport(text).report!);
  return T4.map((k) => {
    const c = cells.find((x) => x.address === `t4.${k}`)!;
    return c.status === 'value' || c.status === 'blank' ? c.value : c.status;
  });
}

const NOTE = '注：统计时间截至2022年12月31日，共2类情况。';
const _ = null;

describe('one-line table 四 with blanks written 无', () => {
  const mixed = [_, 1, _, 0, 1, 4, 0, _, 2, 6, _, _, _, _, _];
  it('reads a row opening with 无 (glued to the header) and ending with markers, a note after it', () => {
    const text = reportText(mixed, NOTE);
    expect(text).toContain('总计 无 1 无 0 1 4 0 无 2 6 无 无 无 无 无 注：');
    expect(table4(text)).toEqual(mixed);
  });

  it('reads the same row with no note after it', () => {
    expect(table4(reportText(mixed, null))).toEqual(mixed);
  });

  it('reads a row of fifteen markers before a note as blank cells', () => {
    const blank = T4.map(() => null);
    expect(table4(reportText(blank, NOTE))).toEqual(blank);
  });

  it('reads markers between numbers, the last cell a number before the note', () => {
    const row = [3, _, 0, _, 3, _, _, _, _, _, _, 0, 2, _, 2];
    expect(table4(reportText(row, NOTE))).toEqual(row);
  });
});

describe('one-line table 二 with a blank row written 无', () => {
  function table2(blankRows: readonly string[], marker: string | null): Record<string, { status: string; value: number | null }> {
    const cells: Record<string, number | null> = consistentCells(11, { table2: '2021', table3: '2021' });
    for (const r of blankRows) cells[r] = null;
    const report = createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2022 } });
    const text = oneLine(renderReport(report, { to: 'text' }), false, marker);
    const out: Record<string, { status: string; value: number | null }> = {};
    for (const c of listCells(parseReport(text).report!))
      if (c.address.startsWith('t2.')) out[c.address] = { status: c.status, value: c.value };
    return out;
  }
  const licensing = 't2.art20_5.administrativeLicensing.decisionCount';
  const penalty = 't2.art20_6.administrativePenalty.decisionCount';
  const compulsion = 't2.art20_6.administrativeCompulsion.decisionCount';

  it('reads a one-cell row whose 无 ran into its label as blank', () => {
    const cells = table2([licensing, penalty, compulsion], '无');
    for (const a of [licensing, penalty, compulsion]) expect(cells[a]).toEqual({ status: 'blank', value: null });
    expect(cells['t2.art20_1.regulations.issued']).toEqual({
      status: 'value',
      value: consistentCells(11, { table2: '2021', table3: '2021' })['t2.art20_1.regulations.issued'],
    });
  });

  it('reads the row after a blank one as printed', () => {
    const cells = table2([penalty], '无');
    const want = consistentCells(11, { table2: '2021', table3: '2021' });
    expect(cells[penalty]).toEqual({ status: 'blank', value: null });
    expect(cells[compulsion]).toEqual({ status: 'value', value: want[compulsion] });
    expect(cells[licensing]).toEqual({ status: 'value', value: want[licensing] });
  });
});

describe('one-line table 二: a row that printed nothing before the next sub-table caption', () => {
  const want = consistentCells(11, { table2: '2021', table3: '2021' });
  function table2(blankRows: readonly string[]): Record<string, { status: string; value: number | null }> {
    const cells: Record<string, number | null> = { ...want };
    for (const r of blankRows) cells[r] = null;
    const report = createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2022 } });
    const text = oneLine(renderReport(report, { to: 'text' }), false);
    const out: Record<string, { status: string; value: number | null }> = {};
    for (const c of listCells(parseReport(text).report!))
      if (c.address.startsWith('t2.')) out[c.address] = { status: c.status, value: c.value };
    return out;
  }
  const documents = ['issued', 'repealed', 'currentlyValid'].map((k) => `t2.art20_1.normativeDocuments.${k}`);
  const licensing = 't2.art20_5.administrativeLicensing.decisionCount';
  const compulsion = 't2.art20_6.administrativeCompulsion.decisionCount';

  it("reads a sub-table's last row followed directly by the next caption as blank", () => {
    const cells = table2([...documents, licensing, compulsion]);
    for (const a of [...documents, licensing, compulsion]) expect(cells[a]).toEqual({ status: 'blank', value: null });
    expect(cells['t2.art20_1.regulations.issued']).toEqual({ status: 'value', value: want['t2.art20_1.regulations.issued'] });
    expect(cells['t2.art20_6.administrativePenalty.decisionCount']).toEqual({
      status: 'value',
      value: want['t2.art20_6.administrativePenalty.decisionCount'],
    });
  });
});

describe("glued text: a note glued to table 四's last cell", () => {
  function gluedText(t4: (number | null)[], blank: string | null): string {
    const cells: Record<string, number | null> = consistentCells(11, { table2: '2021', table3: '2021' });
    T4.forEach((k, i) => (cells[`t4.${k}`] = t4[i] as number | null));
    const report = createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2022 } });
    return oneLine(renderReport(report, { to: 'text' }), true, blank).replace('五、存在的主要问题', `${NOTE}五、存在的主要问题`);
  }

  it('ends the row at the note: its date is no cell', () => {
    const row = [2, 1, 0, 3, 6, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1];
    const text = gluedText(row, null);
    expect(text).toContain('0001注：统计时间截至');
    expect(table4(text)).toEqual(row);
  });

  it('ends a row of blank markers at the note', () => {
    const row = [_, _, _, _, _, 0, _, 0, _, 0, _, _, _, _, _];
    const text = gluedText(row, '/');
    expect(text).toContain('/注：统计时间截至');
    expect(table4(text)).toEqual(row);
  });
});
