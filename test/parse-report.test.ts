import { describe, expect, it } from 'vitest';
import { listCells, parseReport, DIAGNOSTIC_CODES } from 'zfxxgk-report';

import { pipeReport } from './helpers/fixtures.js';

describe('parseReport on hand-written reports', () => {
  it('reads a complete 2021 report in row-per-line pipe layout', () => {
    const { report, diagnostics } = parseReport(pipeReport());
    expect(report?.templateVersions).toEqual({ table2: '2021', table3: '2021' });
    const cells = listCells(report!);
    expect(cells).toHaveLength(200);
    expect(cells.filter((c) => c.status !== 'value')).toEqual([]);
    const get = (a: string): number | null | undefined => cells.find((c) => c.address === a)?.value;
    expect(get('t2.art20_1.normativeDocuments.currentlyValid')).toBe(15);
    expect(get('t2.art20_8.administrativeFees.feeAmount')).toBe(12.5);
    expect(get('t3.results.granted.commercialEnterprise')).toBe(1);
    expect(get('t3.results.unableToProvide.notHeld.total')).toBe(1);
    expect(report?.meta).toMatchObject({ agency: '测试县测试局', year: 2022, title: '测试县测试局2022年政府信息公开工作年度报告' });
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('keeps an empty pipe cell blank, never 0', () => {
    const { report } = parseReport(pipeReport({ '2.重复申请': '1 |  | 0 | 0 | 0 | 0 | 1' }));
    const cell = listCells(report!).find((c) => c.address === 't3.results.notProcessed.duplicate.commercialEnterprise');
    expect(cell).toMatchObject({ status: 'blank', value: null });
  });

  it('flags a row that lost a cell instead of shifting its values', () => {
    const { report, diagnostics } = parseReport(pipeReport({ '2.重复申请': '1 | 0 | 0 | 0 | 0 | 1' }));
    const row = listCells(report!).filter((c) => c.address.startsWith('t3.results.notProcessed.duplicate.'));
    expect(row.every((c) => c.status !== 'value')).toBe(true);
    expect(diagnostics.some((d) => d.code === 'cell-ambiguous' && d.path?.startsWith('t3.results.notProcessed.duplicate.'))).toBe(true);
  });

  it('lists every number of a stray annotated cell as unplaced, none dropped quietly (regression)', () => {
    // A converter lifted two multi-line cells ('2' over '(其中修订 1 件)') above the table and the
    // row kept two of its three values. Two floating cells for one short row: nothing is paired.
    // Each annotation line joins its number (3 and 4 are counts inside the notes, not cells).
    const text = pipeReport()
      .replace('第二十条第(一)项 | | | |', '第二十条第(一)项\n7\n(其中修订 3 件)\n8\n(含自然失效 4 件)')
      .replace('行政规范性文件 | 2 | 1 | 15 |', '行政规范性文件 | 2 | 15 |');
    const { report, diagnostics } = parseReport(text);
    const unplaced = diagnostics.filter((d) => d.code === 'values-unplaced' && d.path === 't2').map((d) => d.actual);
    expect(unplaced.join(', ')).toBe('7(其中修订 3 件), 8(含自然失效 4 件)');
    const row = listCells(report!).filter((c) => c.address.startsWith('t2.art20_1.normativeDocuments.'));
    expect(row.every((c) => c.status !== 'value')).toBe(true);
  });

  it('ties values to labels, not to order: rows printed out of order land in their own rows', () => {
    const text = pipeReport()
      .split('\n')
      .map((l) =>
        l.startsWith('2.重复申请')
          ? '4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'
          : l.startsWith('4.无正当理由')
            ? '2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'
            : l,
      )
      .join('\n');
    const { report } = parseReport(text);
    expect(listCells(report!).filter((c) => c.status !== 'value')).toEqual([]);
  });

  it('locates each cell in the original input', () => {
    const input = pipeReport();
    const { report } = parseReport(input);
    const cell = listCells(report!).find((c) => c.address === 't2.art20_6.administrativePenalty.decisionCount');
    expect(cell?.location && input.slice(cell.location.start, cell.location.end)).toBe('27');
    expect(cell?.location?.line).toBe(input.split('\n').findIndex((l) => l.startsWith('行政处罚')) + 1);
  });

  it('reads a damaged label by similarity and says so', () => {
    const text = pipeReport().replace('2.其他法律行政法规禁止公开', '2.其他法律行政止公开');
    const { report, diagnostics } = parseReport(text);
    expect(listCells(report!).find((c) => c.address === 't3.results.denied.prohibitedByLaw.total')?.status).toBe('value');
    expect(diagnostics.find((d) => d.code === 'label-fuzzy-match')).toMatchObject({ actual: '2.其他法律行政止公开' });
  });

  it('reads the same report converted to traditional characters', () => {
    const trad = pipeReport()
      .replace(/公开/g, '公開')
      .replace(/数量/g, '數量')
      .replace(/处理/g, '處理')
      .replace(/总计/g, '總計')
      .replace(/结转/g, '結轉');
    const { report } = parseReport(trad);
    expect(listCells(report!).filter((c) => c.status !== 'value')).toEqual([]);
    expect(report?.source.convertedToSimplified).toBe(true);
  });
});

describe('parseReport on bad input', () => {
  it('returns not-a-report for an empty string', () => {
    const r = parseReport('');
    expect(r.report).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['not-a-report']);
  });

  it('returns not-a-report for an unrelated article', () => {
    const r = parseReport('今天天气晴朗，气温适宜。\n市民纷纷走出家门，到公园散步。\n下午有小雨。');
    expect(r.report).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toContain('not-a-report');
  });

  it('refuses a pre-2019 report and names the markers found', () => {
    const old = [
      '某市2017年政府信息公开工作年度报告',
      '一、概述',
      '二、主动公开政府信息情况',
      '三、依申请公开政府信息情况',
      '统计指标 | 单位 | 统计数',
      '收到申请数 | 件 | 3',
      '申请办结数 | 件 | 3',
    ].join('\n');
    const r = parseReport(old);
    expect(r.report).toBeNull();
    const d = r.diagnostics.find((x) => x.code === 'pre-2019-template');
    expect(d?.severity).toBe('error');
    expect(d?.message).toContain('收到申请数');
  });

  it('returns a partial report for a truncated table, with the rest missing', () => {
    const text = pipeReport().split('\n').slice(0, 30).join('\n');
    const { report, diagnostics } = parseReport(text);
    expect(report).not.toBeNull();
    const cells = listCells(report!);
    expect(cells.find((c) => c.address === 't3.newReceived.total')?.value).toBe(6);
    expect(cells.find((c) => c.address === 't3.carriedForward.total')?.status).toBe('missing');
    expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['row-missing', 'table-missing']));
  });

  it('reports tables that are absent as missing, not as zeros', () => {
    const { report, diagnostics } = parseReport(
      '某镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n略。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n',
    );
    expect(report?.tables).toEqual({ t2: null, t3: null, t4: null });
    expect(listCells(report!).every((c) => c.status === 'missing')).toBe(true);
    expect(diagnostics.filter((d) => d.code === 'table-missing')).toHaveLength(3);
  });

  it('never throws on binary junk, control characters or huge single lines', () => {
    const junk = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536));
    expect(() => parseReport(junk)).not.toThrow();
    expect(() => parseReport('第二十条第(一)项\u0000\u0001|||'.repeat(100))).not.toThrow();
    expect(() => parseReport('0 '.repeat(50_000))).not.toThrow();
  });
});

describe('API misuse', () => {
  it('throws a TypeError for a non-string input', () => {
    expect(() => parseReport(42 as unknown as string)).toThrow(TypeError);
    expect(() => parseReport(null as unknown as string)).toThrow(/must be a string/);
  });

  it('throws a TypeError for a bad format option', () => {
    expect(() => parseReport('x', { format: 'pdf' as 'text' })).toThrow(TypeError);
  });

  it('listCells rejects something that is not a report', () => {
    expect(() => listCells({} as never)).toThrow(TypeError);
  });
});

describe('diagnostic catalogue', () => {
  it('has unique codes with a severity and description', () => {
    const codes = DIAGNOSTIC_CODES.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of DIAGNOSTIC_CODES) {
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(d.description.length).toBeGreaterThan(10);
    }
  });
});
