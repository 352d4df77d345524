/**
 * Table 二: a row label read by a keyword holds text its template label does not; where a row of the
 * same sub-table was not found, that text may be the lost row's label (damaged, or in a wording the
 * reader does not know) run into the found one, and the numbers after it either row's. Found with
 * our reports in one-line text (blanks vanish there): `规章 <damaged 规范性文件> 0 44 44`, the 规章 row
 * blank, read the three numbers as 规章's, silently.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport } from 'zfxxgk-report';

import { consistentCells } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';

function reportText(damage: string | null): string {
  const cells: Record<string, number | null> = consistentCells(11, { table2: '2019', table3: '2019' });
  for (const k of ['newlyMade', 'newlyPublished', 'totalPublished']) cells[`t2.art20_1.regulations.${k}`] = null;
  cells['t2.art20_1.normativeDocuments.newlyMade'] = 0;
  cells['t2.art20_1.normativeDocuments.newlyPublished'] = 44;
  cells['t2.art20_1.normativeDocuments.totalPublished'] = 44;
  const report = createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
  const line = oneLine(renderReport(report, { to: 'text' }), false);
  return damage === null ? line : line.replace('规范性文件', damage);
}

function cell(text: string, address: string): { status: string; value: number | null } {
  const c = listCells(parseReport(text).report!).find((x) => x.address === address)!;
  return { status: c.status, value: c.value };
}

describe('table 二: a keyword-read label beside a row not found', () => {
  it('reads the rows as printed where both labels are found', () => {
    const text = reportText(null);
    expect(cell(text, 't2.art20_1.regulations.newlyPublished')).toEqual({ status: 'blank', value: null });
    expect(cell(text, 't2.art20_1.normativeDocuments.newlyPublished')).toEqual({ status: 'value', value: 44 });
  });

  for (const damage of ['规范性档案', '规范性文仵', '规范性文档']) {
    it(`keeps the numbers only as candidates where the next label is damaged (${damage})`, () => {
      const text = reportText(damage);
      for (const k of ['newlyMade', 'newlyPublished', 'totalPublished']) {
        expect(cell(text, `t2.art20_1.regulations.${k}`).status).not.toBe('value');
        expect(cell(text, `t2.art20_1.regulations.${k}`).status).not.toBe('blank');
      }
    });
  }
});
