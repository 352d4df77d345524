import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport, toRows, type TemplateVersion } from 'zfxxgk-report';
import { consistentReport } from './helpers/fixtures.js';

const report = (seed: number, v: TemplateVersion, blanks: number[] = []) => consistentReport(seed, v, { blanks });

describe('renderReport', () => {
  for (const to of ['markdown', 'html', 'text'] as const) {
    for (const v of ['2019', '2021'] as const) {
      it(`renders the ${v} tables as ${to} (snapshot)`, () => {
        expect(renderReport(report(42, v), { to, tablesOnly: true })).toMatchSnapshot();
      });
    }
  }

  it('draws the template spans in HTML', () => {
    const html = renderReport(report(1, '2021'), { to: 'html' });
    expect(html).toContain('<td colspan="3" rowspan="3">（本列数据的勾稽关系为');
    expect(html).toContain('<td colspan="10">行政诉讼</td>');
    expect(html).toMatch(/<td rowspan="\d+">三、本年度办理结果<\/td>/);
  });

  it('throws a TypeError on misuse', () => {
    expect(() => renderReport(report(1, '2021'), { to: 'pdf' as 'html' })).toThrow(TypeError);
  });
});

describe('round trip: parseReport(renderReport(r)) gives back the same cells', () => {
  it('for random consistent reports of both versions, every format, with blank cells', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom<TemplateVersion>('2019', '2021'),
        fc.constantFrom('markdown', 'html', 'text' as const),
        fc.array(fc.nat(), { maxLength: 12 }),
        (seed, v, to, blanks) => {
          const r = report(seed, v, blanks);
          const back = parseReport(renderReport(r, { to }), { format: to === 'html' ? 'html' : 'auto' }).report;
          expect(back?.templateVersions).toEqual({ table2: v, table3: v });
          const a = listCells(r);
          const b = listCells(back!);
          expect(b.map((c) => [c.address, c.status, c.value])).toEqual(a.map((c) => [c.address, c.status, c.value]));
        },
      ),
      { numRuns: Number(process.env.PROP_RUNS ?? 120) },
    );
  });
});

describe('toRows', () => {
  it('gives one tidy row per cell with template labels', () => {
    const rows = toRows(report(3, '2021'));
    expect(rows).toHaveLength(200);
    const r = rows.find((x) => x.address === 't3.results.denied.stateSecret.commercialEnterprise');
    expect(r).toMatchObject({
      agency: '示例县示例局',
      year: 2023,
      table: 't3',
      rowLabel: '三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密',
      columnLabel: '法人或其他组织 / 商业企业',
      status: 'value',
    });
    expect(rows.find((x) => x.address === 't4.litigationAfterReview.total')?.columnLabel).toBe('行政诉讼 / 复议后起诉 / 总计');
  });
});
