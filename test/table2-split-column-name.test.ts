/**
 * Table 二's column name split in two header words (`本年  处理决定数量`: a gap inside the name's cell
 * in a PDF's text): the two words are joined where neither is a column name of the sub-table and the
 * two together are one. Before, `本年` took the column by prefix and `处理决定数量`, the 2019 template's
 * name, was read as a column the 2021 template does not have: `column-not-in-template`, and the
 * row's number dropped. Our own report (test/helpers/fixtures.ts), printed as layout text.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';

const VERSIONS = { table2: '2021', table3: '2021' } as const;
const report = createReport({ versions: VERSIONS, cells: consistentCells(11, VERSIONS, 20), meta: { agency: '示例县示例局', year: 2023 } });
const t2 = (text: string): [string, string, number | null][] =>
  listCells(parseReport(text).report!)
    .filter((c) => c.address.startsWith('t2.'))
    .map((c) => [c.address, c.status, c.value]);

describe('table 二: a column name split in two header words', () => {
  it('reads 本年 / 处理决定数量 as the one column 本年处理决定数量', () => {
    const whole = renderLayoutText(report, { wrap: 'none' });
    expect(whole.match(/本年处理决定数量/g)).toHaveLength(2);
    const split = whole.replace(/本年处理决定数量/g, '本年  处理决定数量');
    const { diagnostics } = parseReport(split);
    expect(diagnostics.map((d) => d.code)).not.toContain('column-not-in-template');
    expect(t2(split)).toEqual(
      listCells(report)
        .filter((c) => c.address.startsWith('t2.'))
        .map((c) => [c.address, c.status, c.value]),
    );
  });

  it('keeps two words that are each a column name apart', () => {
    // (本年新制作数量 / 本年新公开数量 side by side: two columns, not one)
    const whole = renderLayoutText(report, { wrap: 'none' });
    const { diagnostics } = parseReport(whole);
    expect(diagnostics.map((d) => d.code)).not.toContain('column-not-in-template');
    expect(t2(whole).filter(([, s]) => s !== 'value' && s !== 'blank')).toEqual([]);
  });
});
