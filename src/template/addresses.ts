/**
 * Cell addresses of the template (`t2.art20_1.regulations.issued`, `t3.results.total.total`,
 * `t4.review.total`), enumerated from the template data so that code and data cannot drift.
 */
import { table2Definition } from './table2.js';
import { TABLE3_COLUMNS, table3DataRowKeys } from './table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from './table4.js';
import { LATEST_TEMPLATE_VERSION, REGISTERED_VERSIONS } from './registry.js';
import type { TemplateVersion } from './version.js';

const cache = new Map<string, readonly string[]>();

function memo(key: string, make: () => string[]): string[] {
  let v = cache.get(key);
  if (!v) {
    v = make();
    cache.set(key, v);
  }
  // A fresh array: callers may keep or change their copy.
  return v.slice();
}

/** Addresses of the table-二 cells of a version, in template order (22 for 2019, 10 for 2021). */
export function table2Addresses(version: TemplateVersion): string[] {
  return memo(`t2/${version}`, () =>
    table2Definition(version).subTables.flatMap((s) => s.rows.flatMap((r) => s.columns.map((c) => `t2.${s.key}.${r.key}.${c.key}`))),
  );
}

/** Addresses of the table-三 cells of a version, row by row (161 for 2019, 175 for 2021). */
export function table3Addresses(version: TemplateVersion): string[] {
  return memo(`t3/${version}`, () => table3DataRowKeys(version).flatMap((r) => TABLE3_COLUMNS.map((c) => `t3.${r}.${c.key}`)));
}

/** Addresses of the 15 table-四 cells. */
export function table4Addresses(): string[] {
  return memo('t4', () => TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => `t4.${g.key}.${c.key}`)));
}

/** Every cell address of a report with the given table versions, in table order. */
export function cellAddresses(versions: { table2: TemplateVersion; table3: TemplateVersion }): string[] {
  return [...table2Addresses(versions.table2), ...table3Addresses(versions.table3), ...table4Addresses()];
}

/**
 * The version whose table 二 or 三 has every one of the given cell addresses: the newest such
 * version (the newest as well when no address is given); the newest version when none has them all.
 */
export function versionOfAddresses(table: 't2' | 't3', addresses: readonly string[]): TemplateVersion {
  for (let i = REGISTERED_VERSIONS.length - 1; i >= 0; i--) {
    const v = REGISTERED_VERSIONS[i] as TemplateVersion;
    const known = new Set(table === 't2' ? table2Addresses(v) : table3Addresses(v));
    if (addresses.every((a) => known.has(a))) return v;
  }
  return LATEST_TEMPLATE_VERSION;
}
