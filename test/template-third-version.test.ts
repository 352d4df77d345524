/**
 * A third template version registered the way a real one would be (one data module, one entry in
 * `TEMPLATE_DATA`): here a copy of 2021 whose table 三 has one row renamed (key and label). Every
 * stage must then support it (read, validate, render, schema, cell lists) — and never treat it
 * as 2021, nor a 2021 report as it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  createReport,
  isReport,
  listCells,
  parseReport,
  renderReport,
  table3Addresses,
  toRows,
  validateReport,
  type Report,
  type TemplateVersion,
} from '../src/index.js';
import { LATEST_TEMPLATE_VERSION, REGISTERED_VERSIONS, versionForYear } from '../src/template/registry.js';
import { reportJsonSchema } from '../src/schema/report-schema.js';
import { consistentCells, consistentReport } from './helpers/fixtures.js';

/** The row the fake version renames: 2021's `2.重复申请` under （五）不予处理. */
const OLD_ROW = 'results.notProcessed.duplicate';
const NEW_ROW = 'results.notProcessed.repeated';
const NEW_LABEL = '2.重复提出的申请';

vi.mock('../src/template/versions/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/template/versions/index.js')>();
  const base = original.TEMPLATE_DATA['2021'];
  const rows = base.table3.rows.map((r) =>
    r.key === 'results.notProcessed.duplicate'
      ? { ...r, key: 'results.notProcessed.repeated', label: '2.重复提出的申请', keywords: ['重复提出'] }
      : r,
  );
  const fake = {
    ...base,
    version: '2026',
    document: '（测试用的第三版）',
    firstYear: 2026,
    table2: { ...base.table2, version: '2026' },
    table3: { ...base.table3, version: '2026', rows },
  };
  return { ...original, TEMPLATE_DATA: { ...original.TEMPLATE_DATA, '2026': fake } };
});

const FAKE = '2026' as TemplateVersion;

/** A consistent report whose tables 二 and 三 are in the fake version. */
function fakeReport(seed: number): Report {
  const cells = consistentCells(seed, { table2: '2021', table3: FAKE });
  return createReport({ versions: { table2: FAKE, table3: FAKE }, cells, meta: { agency: '示例县示例局', year: 2026 } });
}

describe('a third template version, registered', () => {
  it('is in the registry, newest, and the version of its years', () => {
    expect(REGISTERED_VERSIONS).toEqual(['2019', '2021', '2026']);
    expect(LATEST_TEMPLATE_VERSION).toBe('2026');
    expect([2020, 2025, 2026, 2030].map(versionForYear)).toEqual(['2019', '2021', '2026', '2026']);
  });

  it('has its own addresses: the renamed row, not the old one', () => {
    const addresses = table3Addresses(FAKE);
    expect(addresses).toContain(`t3.${NEW_ROW}.total`);
    expect(addresses).not.toContain(`t3.${OLD_ROW}.total`);
    expect(table3Addresses('2021')).toContain(`t3.${OLD_ROW}.total`);
  });

  it('builds, lists, exports and renders its cells under its own labels', () => {
    const r = fakeReport(3);
    expect(r.tables.t3?.version).toBe(FAKE);
    expect(listCells(r).map((c) => c.address)).toContain(`t3.${NEW_ROW}.total`);
    const rows = toRows(r).filter((x) => x.address.startsWith(`t3.${NEW_ROW}.`));
    expect(rows).toHaveLength(7);
    expect(rows[0]?.rowLabel).toContain(NEW_LABEL);
    const md = renderReport(r, { to: 'markdown' });
    expect(md).toContain(NEW_LABEL);
    expect(md).not.toContain('2.重复申请');
  });

  it('the schema has a definition for it, and the guards check its cells', () => {
    const schema = reportJsonSchema();
    expect(Object.keys(schema.$defs ?? {})).toEqual(expect.arrayContaining(['table2_2026', 'table3_2026']));
    const r = fakeReport(4);
    expect(isReport(r)).toBe(true);
    // A table 三 labelled 2026 but holding 2021's row instead of the renamed one is no 2026 table.
    const wrong = structuredClone(r) as unknown as { tables: { t3: { results: { notProcessed: Record<string, unknown> } } } };
    const np = wrong.tables.t3.results.notProcessed;
    np['duplicate'] = np['repeated'];
    delete np['repeated'];
    expect(isReport(wrong)).toBe(false);
  });

  it('validates it with the rules that hold in every version, the renamed row included', () => {
    const r = fakeReport(5);
    const result = validateReport(r);
    expect(result.status).toBe('ok');
    const rowsum = result.checks.filter((c) => c.rule === 'T3.ROWSUM');
    expect(rowsum.some((c) => c.addresses.includes(`t3.${NEW_ROW}.total`))).toBe(true);
    expect(result.checks.some((c) => c.rule === 'T3.BALANCE')).toBe(true);
    // A rule that names 2021's cells does not claim to hold in 2026.
    expect(result.checks.some((c) => c.rule === 'T2.ISSUED_LE')).toBe(false);
  });

  it('reads a report printed in it as that version, every cell in place', () => {
    const r = fakeReport(6);
    const parsed = parseReport(renderReport(r, { to: 'markdown' })).report;
    expect(parsed?.templateVersions).toEqual({ table2: FAKE, table3: FAKE });
    const want = new Map(listCells(r).map((c) => [c.address, c.value]));
    const got = listCells(parsed as Report);
    expect(got.map((c) => c.address)).toEqual([...want.keys()]);
    for (const c of got) expect([c.address, c.value]).toEqual([c.address, want.get(c.address)]);
  });

  it('still reads a 2021 report as 2021', () => {
    const r = consistentReport(7, '2021');
    const parsed = parseReport(renderReport(r, { to: 'markdown' })).report;
    expect(parsed?.templateVersions).toEqual({ table2: '2021', table3: '2021' });
    const want = new Map(listCells(r).map((c) => [c.address, c.value]));
    const got = listCells(parsed as Report);
    expect(got.map((c) => c.address)).toEqual([...want.keys()]);
    for (const c of got) expect([c.address, c.value]).toEqual([c.address, want.get(c.address)]);
  });
});

describe('the version modules are data only', () => {
  // The registry, the table definitions and the model all import them: a version module that
  // imported any of those would bring the import cycle back.
  const dir = join(__dirname, '..', 'src', 'template', 'versions');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
    it(`${f} imports only other modules of versions/`, () => {
      const specifiers = [...readFileSync(join(dir, f), 'utf8').matchAll(/^import[^;]*?from '([^']+)'/gms)].map((m) => m[1]);
      for (const s of specifiers) expect(s, f).toMatch(/^\.\/[\w-]+\.js$/);
    });
  }
});
