/**
 * Glued text (a crawler dropped every space) whose blank cells were printed as hyphens: `…申请-------
 * 申请人逾期…`. A run of hyphens inside a word is blank cells, one per hyphen; read as label text, the
 * blank rows ran into one label with the next row's and took its numbers, silently (found on a
 * held-out probe seed, issue 12). Fixtures are our own renderings.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport, type Report } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';
import { lexLines } from '../src/grammar/lines.js';
import { detectLayout, tokenize, unsignedCounts } from '../src/tables/tokens.js';

const BLANK_ROWS = ['t3.results.otherHandling.overdueCorrection.', 't3.results.otherHandling.unpaidFee.'];

describe('glued text: hyphen runs are blank cells', () => {
  const seeds: number[] = [];
  for (let s = 1; seeds.length < 3 && s < 300; s++) {
    const c = consistentCells(s, { table2: '2021', table3: '2021' });
    if (BLANK_ROWS.every((r) => c[`${r}total`] === 0) && (c['t3.results.otherHandling.other.total'] as number) > 0) seeds.push(s);
  }

  it('reads two blank rows before 3.其他 as blank, never with its numbers', () => {
    expect(seeds.length).toBe(3);
    for (const seed of seeds) {
      const cells: Record<string, number | null> = consistentCells(seed, { table2: '2021', table3: '2021' });
      for (const k of Object.keys(cells)) if (BLANK_ROWS.some((r) => k.startsWith(r))) cells[k] = null;
      const report = createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2023 } });
      const text = oneLine(renderReport(report, { to: 'text' }), true, '-');
      expect(text).toContain('-------');
      const got = parseReport(text, { format: 'text' }).report as Report;
      const want = new Map(listCells(report).map((c) => [c.address, c.status === 'value' ? c.value : null]));
      for (const c of listCells(got)) {
        if (!c.address.startsWith('t3.results.otherHandling.')) continue;
        if (c.status === 'value') expect([c.address, c.value]).toEqual([c.address, want.get(c.address)]);
        if (BLANK_ROWS.some((r) => c.address.startsWith(r))) expect([c.address, c.status]).toEqual([c.address, 'blank']);
      }
    }
  });
});

describe('glued text: a hyphen before a number in tables 三 and 四 is a blank cell, not a sign', () => {
  const read = (line: string) => {
    const l = lexLines(line);
    return unsignedCounts(tokenize(l, detectLayout(l)))
      .filter((t) => t.kind !== 'break')
      .map((t) => (t.kind === 'value' ? t.content.value : t.kind === 'label' ? t.text : t.kind));
  };

  it('cuts `-600060` into a blank and 600060 (the digit-run split cuts the rest)', () => {
    expect(read('上年结转政府信息公开申请数量00-600060')).toEqual(['上年结转政府信息公开申请数量', 0, 'blank', 600060]);
  });

  it('keeps spaced signed numbers and numbers without a hyphen as they are', () => {
    expect(read('上年结转政府信息公开申请数量 0 -6 3')).toEqual(['上年结转政府信息公开申请数量', 0, -6, 3]);
    expect(read('上年结转政府信息公开申请数量0060')).toEqual(['上年结转政府信息公开申请数量', 60]);
  });
});

describe('glued text: a table-二 row that lost more than one blank cell', () => {
  it('keeps every cut and every place of the vanished blanks (`规范性文件60` may be blank blank 60)', () => {
    for (const seed of [1, 2, 3]) {
      const cells: Record<string, number | null> = consistentCells(seed, { table2: '2019', table3: '2019' });
      const row = 't2.art20_1.normativeDocuments.';
      cells[`${row}newlyMade`] = null;
      cells[`${row}newlyPublished`] = null;
      cells[`${row}totalPublished`] = 60;
      const report = createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
      const text = oneLine(renderReport(report, { to: 'text' }), true);
      expect(text).toContain('规范性文件60');
      const got = parseReport(text, { format: 'text' }).report as Report;
      const read = new Map(listCells(got).map((c) => [c.address, c]));
      for (const k of ['newlyMade', 'newlyPublished', 'totalPublished']) {
        const c = read.get(`${row}${k}`);
        // Right (blank, or 60) or flagged; never 6 or 0.
        const ok =
          c?.status === 'ambiguous' ||
          c?.status === 'missing' ||
          (k === 'totalPublished' ? c?.status === 'value' && c.value === 60 : c?.status === 'blank');
        expect([k, c?.status, c?.status === 'value' ? c.value : null, ok]).toEqual([
          k,
          c?.status,
          c?.status === 'value' ? c.value : null,
          true,
        ]);
      }
    }
  });
});
