/**
 * A row label the reader cannot name (a variant wording with none of the template's words:
 * `1.申请人逾期`) still starts a row: the numbers after it are not the row before it. Found on a
 * held-out probe seed (issue 12): the blank row before such a label took its numbers, silently.
 * Fixtures are our own renderings.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport, type Report, type TemplateVersion } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { oneLine, toLayout } from './helpers/layouts.js';

const BLANK_ROW = 't3.results.notProcessed.confirmOrReissue.';
const UNNAMED_ROW = 't3.results.otherHandling.overdueCorrection.';
const UNNAMED_LABEL = '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请';

/** A 2021 report whose confirm-or-reissue row is blank and whose overdue-correction row has numbers. */
function report(seed: number, v: TemplateVersion): Report {
  const cells: Record<string, number | null> = consistentCells(seed, { table2: v, table3: v });
  for (const k of Object.keys(cells)) if (k.startsWith(BLANK_ROW)) cells[k] = null;
  return createReport({ versions: { table2: v, table3: v }, cells, meta: { agency: '示例县示例局', year: 2023 } });
}

describe('an unrecognised numbered row label ends the row before it', () => {
  const seeds: number[] = [];
  for (let s = 1; seeds.length < 3 && s < 300; s++) {
    const c = consistentCells(s, { table2: '2021', table3: '2021' });
    if (c[`${BLANK_ROW}total`] === 0 && (c[`${UNNAMED_ROW}total`] as number) > 0) seeds.push(s);
  }
  const layouts: [string, (text: string) => string][] = [
    ['one line', (t) => oneLine(t, false)],
    ['blank lines', (t) => toLayout(t, 'blank-lines')],
  ];
  for (const [name, layout] of layouts) {
    it(`never gives the unnamed row's numbers to the blank row before it (${name})`, () => {
      expect(seeds.length).toBe(3);
      for (const seed of seeds) {
        const r = report(seed, '2021');
        const text = layout(renderReport(r, { to: 'text' })).replace(UNNAMED_LABEL, '1.申请人逾期');
        expect(text).toContain('1.申请人逾期');
        const got = parseReport(text, { format: 'text' }).report as Report;
        const want = new Map(listCells(r).map((c) => [c.address, c.status === 'value' ? c.value : null]));
        for (const c of listCells(got)) {
          if (!c.address.startsWith(BLANK_ROW) && !c.address.startsWith(UNNAMED_ROW)) continue;
          if (c.status === 'value') expect([c.address, c.value]).toEqual([c.address, want.get(c.address)]);
        }
        for (const c of listCells(got))
          if (c.address.startsWith(BLANK_ROW)) expect([c.address, c.status]).not.toEqual([c.address, 'value']);
      }
    });
  }

  it('keeps the numbers of a wrapped, shortened label away from the row recognised after them (-layout)', () => {
    // `5.要求确认或 <numbers>` / `重新出具信息` / `1.申请人逾期 <numbers>` / `不补正`: only the second piece
    // of the first label is recognised (by its words), and the numbers after it stand on the line of
    // the next, unnamed row.
    for (const seed of [1, 2, 3, 4]) {
      const r = createReport({
        versions: { table2: '2021', table3: '2021' },
        cells: consistentCells(seed, { table2: '2021', table3: '2021' }),
        meta: { agency: '示例县示例局', year: 2023 },
      });
      const text = toLayout(renderReport(r, { to: 'text' }), 'aligned')
        .replace(/5\.要求行政机关确认或重新出具已获取信息( +[\d ]+)\n/, '5.要求确认或$1\n重新出具信息\n')
        .replace(
          /（六）其他处理 +1\.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请( +[\d ]+)\n2\./,
          '1.申请人逾期$1\n不补正\n（六）其他处理 2.',
        );
      expect(text).toContain('\n重新出具信息\n');
      expect(text).toContain('\n不补正\n');
      const got = parseReport(text, { format: 'text' }).report as Report;
      const want = new Map(listCells(r).map((c) => [c.address, c.status === 'value' ? c.value : null]));
      for (const c of listCells(got)) {
        if (c.status === 'value' && (c.address.startsWith(BLANK_ROW) || c.address.startsWith(UNNAMED_ROW)))
          expect([c.address, c.value]).toEqual([c.address, want.get(c.address)]);
      }
    }
  });
});
