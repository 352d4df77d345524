/**
 * Glued text (a crawler dropped every space) whose blank cells were printed as hyphens: a row's total
 * glued to the next row's list number after a hyphen (`…0-485.属于三类内部事务信息`: total 48, label
 * 5), and a table-二 hyphen glued before a number (`其他对外管理服务事项-27`: a blank and 2 7, or −2
 * 7). Both were read silently wrong (485; −2) on probe seed 103. Fixtures are our own renderings.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport, type Report } from 'zfxxgk-report';
import { APPLICANTS } from './helpers/block-stream.js';
import { consistentCells } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';
import { lexLines } from '../src/grammar/lines.js';
import { detectLayout, tokenize, unsignedCounts } from '../src/tables/tokens.js';

const read = (line: string): unknown[] => {
  const l = lexLines(line);
  return unsignedCounts(tokenize(l, detectLayout(l)))
    .filter((t) => t.kind !== 'break')
    .map((t) => (t.kind === 'value' ? t.content.value : t.kind === 'label' ? t.text : t.kind));
};

describe('glued text: a list number after a hyphen-led digit run starts the next label', () => {
  it('cuts the list number off a run with a hyphen before it (`0-485.属于…`: 48, label 5)', () => {
    expect(read('4.保护第三方合法权益480--0-485.属于三类内部事务信息')).toEqual([
      '4.保护第三方合法权益',
      480,
      'blank',
      'blank',
      0,
      'blank',
      48,
      '5.属于三类内部事务信息',
    ]);
  });

  it('reads a hyphen before a lone list number as a blank cell (`0-5.属于…`)', () => {
    expect(read('4.保护第三方合法权益480--0-5.属于三类内部事务信息')).toEqual([
      '4.保护第三方合法权益',
      480,
      'blank',
      'blank',
      0,
      'blank',
      '5.属于三类内部事务信息',
    ]);
  });

  it('reads the row totals of a glued table 三 with hyphen blanks right or flagged, never with the next list number', () => {
    const row = 't3.results.denied.thirdPartyRights.';
    for (const seed of [1, 2, 3]) {
      const cells: Record<string, number | null> = consistentCells(seed, { table2: '2019', table3: '2019' });
      for (const k of Object.keys(cells)) if (k.startsWith(row)) cells[k] = null;
      cells[`${row}naturalPerson`] = 48;
      cells[`${row}commercialEnterprise`] = 0;
      cells[`${row}publicInterestOrg`] = 0;
      cells[`${row}total`] = 48;
      const report = createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
      const text = oneLine(renderReport(report, { to: 'text' }), true, '-');
      expect(text).toContain('-48');
      const got = parseReport(text, { format: 'text' }).report as Report;
      const c = listCells(got).find((x) => x.address === `${row}total`);
      expect([seed, c?.status === 'value' ? c.value : c?.status]).not.toEqual([seed, 485]);
      if (c?.status === 'value') expect([seed, c.value]).toEqual([seed, 48]);
    }
  });
});

describe('glued text: a hyphen before a table-二 number is a sign or a blank cell', () => {
  it('reads it as the sign where the document writes no blank as a hyphen elsewhere', () => {
    const row = 't2.art20_5.otherExternalManagementServices.';
    const cells: Record<string, number | null> = consistentCells(1, { table2: '2019', table3: '2019' });
    for (const k of Object.keys(cells)) if (cells[k] === null) cells[k] = 0;
    cells[`${row}previousYearCount`] = 5;
    cells[`${row}yearChange`] = -2;
    cells[`${row}decisionCount`] = 7;
    const report = createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
    const text = oneLine(renderReport(report, { to: 'text' }), true, '-');
    expect(text).toContain('其他对外管理服务事项5-27');
    const got = parseReport(text, { format: 'text' }).report as Report;
    const c = listCells(got).find((x) => x.address === `${row}yearChange`);
    expect([c?.status, c?.status === 'value' ? c.value : null]).toEqual(['value', -2]);
  });

  it('keeps both readings of `其他对外管理服务事项-27` (a blank, 2, 7 or a blank, −2, 7): never −2 stated', () => {
    const row = 't2.art20_5.otherExternalManagementServices.';
    for (const seed of [1, 2, 3]) {
      const cells: Record<string, number | null> = consistentCells(seed, { table2: '2019', table3: '2019' });
      cells[`${row}previousYearCount`] = null;
      cells[`${row}yearChange`] = 2;
      cells[`${row}decisionCount`] = 7;
      // The document writes blank cells as hyphens elsewhere too (table 三: a count is never negative).
      cells['t3.results.denied.thirdPartyRights.researchInstitution'] = null;
      const report = createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
      const text = oneLine(renderReport(report, { to: 'text' }), true, '-');
      expect(text).toContain('其他对外管理服务事项-27');
      const got = parseReport(text, { format: 'text' }).report as Report;
      const c = listCells(got).find((x) => x.address === `${row}yearChange`);
      expect([seed, c?.status === 'value' ? c.value : c?.status]).not.toEqual([seed, -2]);
      if (c?.status === 'value') expect([seed, c.value]).toEqual([seed, 2]);
      if (c?.status === 'ambiguous') expect(c.candidates).toEqual(expect.arrayContaining([2, -2]));
    }
  });
});

describe('glued text: a blank marker, one digit and a list number (`---06.属于…`)', () => {
  it('reads the digit as the row’s last cell and the list number as the next label’s (`-0`, `6.`)', () => {
    const got = read('5.属于三类内部事务信息-00---06.属于四类过程性信息');
    expect(got[got.length - 1]).toBe('6.属于四类过程性信息');
    expect(got.filter((t) => typeof t === 'string' && t !== 'blank')).toEqual(['5.属于三类内部事务信息', '6.属于四类过程性信息']);
    expect(got.filter((t) => typeof t === 'number').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a hyphen and a lone list number a blank cell and the label (`-6.属于…`)', () => {
    expect(read('5.属于三类内部事务信息-00---6.属于四类过程性信息').slice(-2)).toEqual(['blank', '6.属于四类过程性信息']);
  });

  it('reads table 三 of such a glued report, the row before the label included', () => {
    const row = 't3.results.denied.internalAffairs.';
    const next = 't3.results.denied.processInformation.';
    for (const version of ['2019', '2021'] as const) {
      const cells: Record<string, number | null> = consistentCells(1, { table2: version, table3: version });
      const report = createReport({
        versions: { table2: version, table3: version },
        cells: withRowOfZeros(cells, row, next),
        meta: { agency: '示例县示例局', year: version === '2019' ? 2020 : 2023 },
      });
      const text = oneLine(renderReport(report, { to: 'text' }), true, '-');
      expect(text).toContain('---06.属于四类过程性信息');
      const result = parseReport(text, { format: 'text' });
      expect(result.diagnostics.map((d) => d.code)).not.toContain('digit-runs-unsplit');
      const want = new Map(listCells(report).map((c) => [c.address, c.status === 'value' ? c.value : null]));
      const got = new Map(listCells(result.report as Report).map((c) => [c.address, c]));
      for (const k of ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'total']) {
        const c = got.get(`${row}${k}`);
        expect([version, k, c?.status === 'value' ? c.value : c?.status]).toEqual([version, k, want.get(`${row}${k}`) ?? 'blank']);
      }
    }
  });
});

/**
 * The cells with table 三's row `row` read `-, 0, 0, -, -, -, 0` (the last a 0 right before the next
 * row's list number) and the arithmetic kept: the row's counts (all 0) moved to the row `next`.
 */
function withRowOfZeros(cells: Record<string, number | null>, row: string, next: string): Record<string, number | null> {
  const out = { ...cells };
  for (const k of APPLICANTS) {
    const v = out[`${row}${k}`] ?? 0;
    out[`${next}${k}`] = ((out[`${next}${k}`] as number | null) ?? 0) + v;
    out[`${row}${k}`] = null;
  }
  out[`${row}commercialEnterprise`] = 0;
  out[`${row}researchInstitution`] = 0;
  out[`${row}total`] = 0;
  return out;
}
