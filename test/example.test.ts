/** The bundled example report (written for this project) parses completely and adds up. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { APPLICANTS } from './helpers/block-stream.js';

const text = readFileSync(join(__dirname, '..', 'examples', 'sample-report-2023.md'), 'utf8');

describe('examples/sample-report-2023.md', () => {
  const { report, diagnostics } = parseReport(text);

  it('parses every cell with no warning', () => {
    expect(report?.templateVersions).toEqual({ table2: '2021', table3: '2021' });
    const cells = listCells(report!);
    expect(cells.filter((c) => c.status !== 'value')).toEqual([]);
    expect(diagnostics).toEqual([]);
    expect(report?.meta).toMatchObject({ agency: '示例市交通运输局', year: 2023, period: { start: '2023-01-01', end: '2023-12-31' } });
  });

  it('adds up: the stated balance of table 三 and the table-四 totals', () => {
    const v = new Map(listCells(report!).map((c) => [c.address, c.value ?? 0]));
    for (const c of APPLICANTS) {
      expect(v.get(`t3.newReceived.${c}`)! + v.get(`t3.carriedOver.${c}`)!).toBe(
        v.get(`t3.results.total.${c}`)! + v.get(`t3.carriedForward.${c}`)!,
      );
    }
    for (const g of ['review', 'litigationDirect', 'litigationAfterReview']) {
      const parts = ['upheld', 'corrected', 'otherResult', 'pending'].map((c) => v.get(`t4.${g}.${c}`)!);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(v.get(`t4.${g}.total`));
    }
  });
});
