/**
 * Glued text (a crawler dropped every space) of a table 四 whose blank cells print a mark: its row of
 * fifteen is several digit runs between the marks (`196/2913035510312919329454…`). Each run was cut
 * on its own first, every cut of a long run listed before any group sum was checked, and the
 * search ran out (probe 426 p06 glued): the whole table was flagged. The row is now cut cell by
 * cell across its runs, each group checked as soon as its total is cut. Fixtures are our own renderings.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport, type Report } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';

const GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'];
const KEYS = ['upheld', 'corrected', 'otherResult', 'pending', 'total'];
// One blank cell, the rest large counts: a run of 33 digits after the mark.
const ROW = [196, null, 29, 130, 355, 103, 129, 193, 29, 454, 18, 23, 229, 301, 571];

describe('glued text: table 四 runs between blank marks', () => {
  it('reads the row of fifteen by its group sums across the runs, not out of budget', () => {
    for (const version of ['2019', '2021'] as const) {
      const cells: Record<string, number | null> = consistentCells(1, { table2: version, table3: version });
      GROUPS.forEach((g, i) => KEYS.forEach((k, j) => (cells[`t4.${g}.${k}`] = ROW[i * 5 + j] ?? null)));
      const report = createReport({
        versions: { table2: version, table3: version },
        cells,
        meta: { agency: '示例县示例局', year: version === '2019' ? 2020 : 2023 },
      });
      const text = oneLine(renderReport(report, { to: 'text' }), true, '/');
      expect(text).toContain('196/29130355103129193294541823229301571');
      const result = parseReport(text, { format: 'text' });
      expect(result.diagnostics.filter((d) => d.path === 't4').map((d) => d.code)).not.toContain('search-budget-exhausted');
      const got = new Map(listCells(result.report as Report).map((c) => [c.address, c]));
      GROUPS.forEach((g, i) =>
        KEYS.forEach((k, j) => {
          const c = got.get(`t4.${g}.${k}`);
          const want = ROW[i * 5 + j] ?? null;
          expect([version, g, k, c?.status, c?.status === 'value' ? c.value : null]).toEqual([
            version,
            g,
            k,
            want === null ? 'blank' : 'value',
            want,
          ]);
        }),
      );
    }
  });
});
