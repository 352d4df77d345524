import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertReport, createReport, isReport, parseReport, reportJsonSchema, reportSchemaError } from 'zfxxgk-report';
import { consistentCells, pipeReport } from './helpers/fixtures.js';
import { SHARED, corpusAvailable } from './helpers/corpus.js';

describe('report JSON Schema and guards', () => {
  it('accepts parsed reports after a JSON round trip', () => {
    const texts = [pipeReport(), readFileSync(join(__dirname, '..', 'examples', 'sample-report-2023.md'), 'utf8')];
    if (corpusAvailable()) texts.push(readFileSync(join(SHARED, 'seeds', '003_d5391b758a43ca59.txt'), 'utf8'));
    for (const t of texts) {
      const json: unknown = JSON.parse(JSON.stringify(parseReport(t).report));
      expect(reportSchemaError(json)).toBeNull();
      expect(isReport(json)).toBe(true);
    }
  });

  it('accepts reports of both versions built from data, with absent tables', () => {
    for (const v of ['2019', '2021'] as const) {
      const r = createReport({
        versions: { table2: v, table3: v },
        cells: consistentCells(5, { table2: v, table3: v }),
        omitTables: ['t4'],
      });
      expect(isReport(JSON.parse(JSON.stringify(r)))).toBe(true);
    }
  });

  it('names the first mismatch', () => {
    const r = JSON.parse(JSON.stringify(createReport({ cells: consistentCells(1) }))) as {
      tables: { t3: { newReceived: { total: unknown } } };
    };
    r.tables.t3.newReceived.total = { status: 'value', value: '5' };
    expect(isReport(r)).toBe(false);
    expect(() => assertReport(r)).toThrow(/t3/);
    expect(reportSchemaError({})).toMatch(/missing/);
    expect(isReport(null)).toBe(false);
  });

  it('is a draft 2020-12 schema with the cell union and both table versions', () => {
    const s = reportJsonSchema();
    expect(s.$schema).toContain('2020-12');
    expect(Object.keys(s.$defs ?? {})).toEqual(
      expect.arrayContaining(['cell', 'table2_2019', 'table2_2021', 'table3_2019', 'table3_2021', 'table4']),
    );
  });
});
