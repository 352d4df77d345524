import { describe, expect, it } from 'vitest';
import { listCells, parseReport, validateReport } from 'zfxxgk-report';
import { lexLines } from '../src/grammar/lines.js';
import { namesRemarksColumn } from '../src/tables/remarks-column.js';
import { readFixture } from './helpers/probe-fixtures.js';

/**
 * Probe seed 620 (ours): table 三 with a `备注` column after 总计, some remarks written `/` or `—`.
 * Before the rule the text layouts read the remark's mark as the row's blank total (a zero dropped,
 * or every number a column to the left): the totals stated blank, nothing naming them.
 */
const CASES = [
  ['probe-620-p02-chromium-layout.txt', 'probe-620-p02.t3-truth.json', ['petitionOrComplaint', 'duplicate']],
  ['probe-620-p01-clipboard.txt', 'probe-620-p01.t3-truth.json', []],
  ['probe-620-p05-glued.txt', 'probe-620-p05.t3-truth.json', ['duplicate']],
] as const;

describe("a remarks column after table 三's total (issue 12)", () => {
  for (const [text, truthFile, rows] of CASES)
    it(`${text}: no cell of table 三 stated otherwise than the report says without a failing rule naming it`, () => {
      const truth = JSON.parse(readFixture(truthFile)) as Record<string, number | null>;
      const parsed = parseReport(readFixture(text));
      const cells = listCells(parsed.report!).filter((c) => c.address.startsWith('t3.'));
      const wrong = cells.filter((c) => (c.status === 'value' || c.status === 'blank') && c.value !== truth[c.address]);
      const shown = new Set(
        validateReport(parsed.report!)
          .issues.filter((i) => i.status === 'fail' && i.severity !== 'info')
          .flatMap((i) => i.addresses),
      );
      expect(wrong.map((c) => c.address).filter((a) => !shown.has(a))).toEqual([]);
      for (const r of rows) expect(cells.find((c) => c.address === `t3.results.notProcessed.${r}.total`)?.status).toBe('missing');
      if (rows.length > 0) expect(parsed.diagnostics.map((d) => d.code)).toContain('cells-missing');
    });

  it('the header word names the column; a note’s `备注：` does not', () => {
    const range = (t: string): boolean => {
      const lines = lexLines(t);
      return namesRemarksColumn(lines, { from: 0, to: lines.length });
    };
    expect(range('自然人  商业企业  总计  备注')).toBe(true);
    expect(range('总计备注')).toBe(true);
    expect(range('备注：本表数据截至12月31日。')).toBe(false);
    expect(range('自然人  商业企业  总计')).toBe(false);
  });
});
