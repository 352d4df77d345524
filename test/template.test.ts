/**
 * The template definitions (src/template) against the machine-readable spec
 * (../shared/spec/tables.json): same keys, same labels, same order.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellAddresses, table2Addresses, table3Addresses, table4Addresses, SECTIONS } from 'zfxxgk-report';
import { TABLE2_2019, TABLE2_2021 } from '../src/template/table2.js';
import { TABLE3_2019, TABLE3_2021, TABLE3_COLUMNS } from '../src/template/table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../src/template/table4.js';
import { TABLE2_VERSION_SIGNATURES, TABLE_PRESENCE_SIGNATURES } from '../src/template/signatures.js';
import { SHARED } from './helpers/corpus.js';

const specPath = join(SHARED, 'spec', 'tables.json');
const haveSpec =
  existsSync(specPath) ||
  (process.env.CI === 'true'
    ? (() => {
        throw new Error(`missing ${specPath}`);
      })()
    : false);

interface SpecVersion {
  sections: { key: string; heading: string }[];
  table2: {
    subTables: { key: string; caption: string; columns: { key: string; label: string }[]; rows: { key: string; label: string }[] }[];
  };
  table3: { columns: { key: string; label: string }[]; rows: { key: string; label: string; type: string }[] };
  table4: { columns: { key: string; label: string; group: string }[] };
}

describe.runIf(haveSpec)('template definitions match tables.json', () => {
  const spec = haveSpec ? (JSON.parse(readFileSync(specPath, 'utf8')) as { versions: Record<'2019' | '2021', SpecVersion> }) : null;

  for (const v of ['2019', '2021'] as const) {
    it(`table 二 ${v}: sub-tables, columns, rows`, () => {
      const ours = v === '2019' ? TABLE2_2019 : TABLE2_2021;
      const theirs = spec!.versions[v].table2.subTables;
      expect(ours.subTables.map((s) => s.key)).toEqual(theirs.map((s) => s.key));
      ours.subTables.forEach((s, i) => {
        const t = theirs[i]!;
        expect(s.caption).toBe(t.caption);
        expect(s.columns.map((c) => [c.key, c.label])).toEqual(t.columns.map((c) => [c.key, c.label]));
        expect(s.rows.map((r) => [r.key, r.label])).toEqual(t.rows.map((r) => [r.key, r.label]));
      });
    });

    it(`table 三 ${v}: rows and columns`, () => {
      const ours = v === '2019' ? TABLE3_2019 : TABLE3_2021;
      const theirs = spec!.versions[v].table3;
      expect(TABLE3_COLUMNS.map((c) => [c.key, c.label])).toEqual(theirs.columns.map((c) => [c.key, c.label]));
      expect(ours.rows.map((r) => [r.key, r.label, r.type])).toEqual(theirs.rows.map((r) => [r.key, r.label, r.type]));
    });

    it(`table 四 ${v} and the sections`, () => {
      const keys = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => `${g.key}.${c.key}`));
      expect(keys).toEqual(spec!.versions[v].table4.columns.map((c) => c.key));
      expect(SECTIONS.map((s) => [s.key, s.heading])).toEqual(spec!.versions[v].sections.map((s) => [s.key, s.heading]));
    });
  }
});

describe('cell addresses', () => {
  it('counts 198 (2019/2019), 200 (2021/2021) and 186 (2021 table 二, 2019 table 三)', () => {
    expect(cellAddresses({ table2: '2019', table3: '2019' })).toHaveLength(198);
    expect(cellAddresses({ table2: '2021', table3: '2021' })).toHaveLength(200);
    expect(cellAddresses({ table2: '2021', table3: '2019' })).toHaveLength(186);
    expect(table2Addresses('2019')).toHaveLength(22);
    expect(table3Addresses('2021')).toHaveLength(175);
    expect(table4Addresses()).toContain('t4.litigationAfterReview.pending');
  });

  it('writes signatures in normalised form (NFKC, no spaces)', () => {
    const all = [...Object.values(TABLE2_VERSION_SIGNATURES).flat(), ...Object.values(TABLE_PRESENCE_SIGNATURES).flat()];
    for (const s of all) {
      expect(s).toBe(s.normalize('NFKC'));
      expect(s).not.toMatch(/\s/);
    }
  });

  it('uses discriminating keywords: no keyword of one table-三 row occurs in another row label', () => {
    const rows = [...TABLE3_2019.rows, ...TABLE3_2021.rows.filter((r) => !TABLE3_2019.rows.some((x) => x.key === r.key))];
    for (const r of rows) {
      for (const k of r.keywords) {
        const others = rows.filter((o) => o.key !== r.key && o.label.replace(/[“”（）()，,、.]/g, '').includes(k));
        expect(
          others.map((o) => o.key),
          `${r.key}: ${k}`,
        ).toEqual([]);
      }
    }
  });
});
