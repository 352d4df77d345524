/**
 * The template registry (src/template/registry.ts): one definition per version, and every API that
 * depends on the version either supports a version or says clearly that it does not.
 */
import { describe, expect, it } from 'vitest';
import {
  cellLabelMap,
  createReport,
  expectedVersionForYear,
  isReport,
  listCells,
  renderReport,
  table2Addresses,
  table3Addresses,
  TEMPLATE_VERSIONS,
  toRows,
  validateReport,
  type Report,
  type TemplateVersion,
} from '../src/index.js';
import { versionOfAddresses } from '../src/template/addresses.js';
import {
  isTemplateVersion,
  LATEST_TEMPLATE_VERSION,
  REGISTERED_VERSIONS,
  templateDefinition,
  TEMPLATES,
  versionForYear,
} from '../src/template/registry.js';
import { table2Definition } from '../src/template/table2.js';
import { table3Definition } from '../src/template/table3.js';
import { consistentReport } from './helpers/fixtures.js';

/** A third national template the library does not know (yet). */
const FAKE = '2026' as TemplateVersion;
const UNSUPPORTED = /"2026".*not supported/;

/** A report as if a newer library (or a hand-edited JSON) had written table 三 in the fake version. */
function reportWithFakeTable3(): Report {
  const r = structuredClone(consistentReport(1, '2021'));
  (r.tables.t3 as { version: string }).version = FAKE;
  r.templateVersions.table3 = FAKE;
  return r;
}

describe('template registry', () => {
  it('registers each version once, oldest first, under its own key', () => {
    expect(REGISTERED_VERSIONS).toEqual(['2019', '2021']);
    expect(TEMPLATE_VERSIONS).toEqual(REGISTERED_VERSIONS);
    expect(LATEST_TEMPLATE_VERSION).toBe('2021');
    for (const v of REGISTERED_VERSIONS) {
      const def = templateDefinition(v);
      expect(def.version).toBe(v);
      expect(def.table2).toBe(table2Definition(v));
      expect(def.table3).toBe(table3Definition(v));
      expect(def.table2.version).toBe(v);
      expect(def.table3.version).toBe(v);
      expect(def.table2Signatures.length).toBeGreaterThan(0);
    }
    expect(Object.keys(TEMPLATES).sort()).toEqual([...REGISTERED_VERSIONS].sort());
  });

  it('decides the version of a year from the first years (unchanged: 2019–2020 → 2019, 2021 on → 2021)', () => {
    expect([2018, 2019, 2020, 2021, 2025, 2040].map(versionForYear)).toEqual([null, '2019', '2019', '2021', '2021', '2021']);
    expect([2018, 2019, 2020, 2021].map(expectedVersionForYear)).toEqual([null, '2019', '2019', '2021']);
  });

  it('finds the version of a table from its cell addresses', () => {
    for (const v of REGISTERED_VERSIONS) {
      expect(versionOfAddresses('t2', table2Addresses(v))).toBe(v);
      expect(versionOfAddresses('t3', table3Addresses(v))).toBe(v);
    }
  });

  describe('a third version it does not know', () => {
    it('is not a template version', () => {
      expect(isTemplateVersion(FAKE)).toBe(false);
      expect(() => templateDefinition(FAKE)).toThrow(TypeError);
      expect(() => templateDefinition(FAKE)).toThrow(/supported: 2019, 2021/);
    });

    it('template data, addresses and labels say they do not support it', () => {
      expect(() => table2Definition(FAKE)).toThrow(UNSUPPORTED);
      expect(() => table3Definition(FAKE)).toThrow(UNSUPPORTED);
      expect(() => table2Addresses(FAKE)).toThrow(UNSUPPORTED);
      expect(() => table3Addresses(FAKE)).toThrow(UNSUPPORTED);
      expect(() => cellLabelMap({ table2: FAKE, table3: '2021' })).toThrow(UNSUPPORTED);
    });

    it('createReport refuses it with a TypeError naming the version', () => {
      expect(() => createReport({ cells: {}, versions: { table3: FAKE } })).toThrow(TypeError);
      expect(() => createReport({ cells: {}, versions: { table3: FAKE } })).toThrow(/createReport.*"2026".*not supported/);
    });

    it('the schema and guards reject a report in it', () => {
      expect(isReport(reportWithFakeTable3())).toBe(false);
    });

    it('validation, rendering and cell listing say they do not support it', () => {
      const r = reportWithFakeTable3();
      expect(() => validateReport(r)).toThrow(/validateReport.*"2026".*not supported/);
      expect(() => renderReport(r, { to: 'markdown' })).toThrow(/renderReport.*"2026".*not supported/);
      expect(() => listCells(r)).toThrow(UNSUPPORTED);
      expect(() => toRows(r)).toThrow(UNSUPPORTED);
    });
  });
});
