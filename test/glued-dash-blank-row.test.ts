/**
 * Glued text (a crawler dropped every space) whose blank cells are dashes (`—`): a blank row between
 * two labels (`…政府信息公开申请———————申请人逾期未按…`) is one dash per cell. Read as label
 * text, the dashes ran the two labels together, the first row took the second row's numbers and
 * the second row went missing (probe seed 107, glued: 7 cells silently wrong). Fixtures are our own
 * renderings.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport } from '../src/index.js';
import { consistentCells } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';

describe('glued text: a run of dashes between two labels', () => {
  it('is a blank row, not label text joining the labels', () => {
    for (const seed of [2, 7, 11]) {
      const cells: Record<string, number | null> = consistentCells(seed, { table2: '2021', table3: '2021' }, 50);
      const blankRow = 't3.results.otherHandling.overdueCorrection.';
      const next = 't3.results.otherHandling.unpaidFee.';
      for (const k of Object.keys(cells))
        if (k.startsWith(blankRow)) {
          const c = k.slice(blankRow.length);
          cells[`${next}${c}`] = (cells[`${next}${c}`] as number) + (cells[k] as number);
          cells[k] = null;
        }
      const report = createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2023 } });
      const text = oneLine(renderReport(report, { to: 'text' }), true, '—');
      expect(text).toContain('———————');
      const got = new Map(listCells(parseReport(text, { format: 'text' }).report!).map((c) => [c.address, c]));
      for (const k of Object.keys(cells).filter((a) => a.startsWith(blankRow))) expect(got.get(k)?.status, k).toBe('blank');
      for (const k of Object.keys(cells).filter((a) => a.startsWith(next))) {
        const c = got.get(k);
        // right, or flagged; never another value
        if (c?.status === 'value') expect(c.value, k).toBe(cells[k]);
        else expect(['missing', 'ambiguous'], k).toContain(c?.status);
      }
      expect(got.get(`${next}total`)?.value).toBe(cells[`${next}total`]);
    }
  });
});
