/**
 * Template labels of every cell address: the row label and column header as printed in the
 * template, for tidy exports and rendering.
 */
import { table2Definition } from './table2.js';
import { TABLE3_COLUMNS, table3Definition } from './table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from './table4.js';
import { REGISTERED_VERSIONS } from './registry.js';
import type { TemplateVersion } from './version.js';

/** Labels of one cell. */
export interface CellLabels {
  /** Table: `t2`, `t3` or `t4`. */
  table: 't2' | 't3' | 't4';
  /** Row label path as printed (`第二十条第（一）项 / 规章`, `三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密`). */
  rowLabel: string;
  /** Column header path as printed (`本年制发件数`, `法人或其他组织 / 商业企业`, `行政诉讼 / 复议后起诉 / 总计`). */
  columnLabel: string;
}

const cache = new Map<string, Map<string, CellLabels>>();

/** Labels of every cell of the given versions, by address. */
export function cellLabelMap(versions: { table2: TemplateVersion; table3: TemplateVersion }): Map<string, CellLabels> {
  const key = `${versions.table2}/${versions.table3}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const m = new Map<string, CellLabels>();
  for (const s of table2Definition(versions.table2).subTables) {
    for (const r of s.rows) {
      for (const c of s.columns)
        m.set(`t2.${s.key}.${r.key}.${c.key}`, { table: 't2', rowLabel: `${s.caption} / ${r.label}`, columnLabel: c.label });
    }
  }
  const def = table3Definition(versions.table3);
  const byKey = new Map(def.rows.map((r) => [r.key, r]));
  for (const r of def.rows.filter((x) => x.type === 'data')) {
    const parts = r.key.split('.');
    const path: string[] = [];
    for (let i = 1; i < parts.length; i++) {
      const g = byKey.get(parts.slice(0, i).join('.'));
      if (g) path.push(g.label);
    }
    path.push(r.label);
    for (const c of TABLE3_COLUMNS) {
      m.set(`t3.${r.key}.${c.key}`, {
        table: 't3',
        rowLabel: path.join(' / '),
        columnLabel: c.group ? `${c.group} / ${c.label}` : c.label,
      });
    }
  }
  for (const g of TABLE4_GROUPS) {
    for (const c of TABLE4_COLUMNS) {
      m.set(`t4.${g.key}.${c.key}`, {
        table: 't4',
        rowLabel: '',
        columnLabel: [g.supergroup, g.label, c.label].filter(Boolean).join(' / '),
      });
    }
  }
  cache.set(key, m);
  return m;
}

const TABLE_NAME: Record<CellLabels['table'], string> = { t2: '表二', t3: '表三', t4: '表四' };
/** The versions whose labels an address is looked up in, newest first (from the registry). */
const versionPairs = (): { table2: TemplateVersion; table3: TemplateVersion }[] =>
  [...REGISTERED_VERSIONS].reverse().map((v) => ({ table2: v, table3: v }));

/**
 * How the template prints a cell or row address, for messages: `t3.results.total.naturalPerson`
 * → `表三 三、本年度办理结果 / （七）总计 × 自然人`, a row address (`t3.results.total`, or
 * `results.total` within table 三) → its row label, a table key (`t2`) → `表二`. Unknown
 * addresses are returned as given.
 */
export function addressLabel(address: string, table: CellLabels['table'] = 't3'): string {
  if (address === 't2' || address === 't3' || address === 't4') return TABLE_NAME[address];
  const full = /^t[234]\./.test(address) ? address : `${table}.${address}`;
  // The template is fixed once loaded: each address is looked up once (a row address is a scan of the labels).
  let label = addressLabels.get(full);
  if (label === undefined) {
    label = lookUpAddress(full);
    if (addressLabels.size >= MAX_CACHED_ADDRESSES) addressLabels.clear();
    addressLabels.set(full, label);
  }
  return label ?? address;
}

/** Addresses looked up so far, by full address (null: not the template's; the template's cells and rows are a few thousand). */
const addressLabels = new Map<string, string | null>();

/** At most this many addresses are kept by {@link addressLabel} (more than the template has: only a caller's unknown addresses could pass it). */
const MAX_CACHED_ADDRESSES = 10_000;

/** {@link addressLabel} of a full address (with its table), uncached; null when the template has no such cell or row. */
function lookUpAddress(full: string): string | null {
  for (const versions of versionPairs()) {
    const m = cellLabelMap(versions);
    const cell = m.get(full);
    if (cell) return `${TABLE_NAME[cell.table]} ${[cell.rowLabel, cell.columnLabel].filter(Boolean).join(' × ')}`;
    for (const [a, l] of m) {
      if (!a.startsWith(`${full}.`)) continue;
      if (l.rowLabel) return `${TABLE_NAME[l.table]} ${l.rowLabel}`;
      const column = l.columnLabel.split(' / ');
      return `${TABLE_NAME[l.table]} ${column.slice(0, -1).join(' / ')}`;
    }
  }
  return null;
}

/** Keys a check may name alone (a table-三 column, a table-四 group or column, a table-二 row): how the template prints them. */
let keyWords: Map<string, string> | null = null;
function keyWordMap(): Map<string, string> {
  if (keyWords) return keyWords;
  const m = new Map<string, string>();
  for (const c of TABLE3_COLUMNS) m.set(c.key, c.label);
  for (const g of TABLE4_GROUPS) m.set(g.key, [g.supergroup, g.label].filter(Boolean).join(' / '));
  for (const c of TABLE4_COLUMNS) if (!m.has(c.key)) m.set(c.key, c.label);
  for (const versions of versionPairs()) {
    for (const s of table2Definition(versions.table2).subTables) for (const r of s.rows) if (!m.has(r.key)) m.set(r.key, r.label);
    for (const r of table3Definition(versions.table3).rows) if (!r.key.includes('.') && !m.has(r.key)) m.set(r.key, r.label);
  }
  return (keyWords = m);
}

/**
 * A message detail with internal keys replaced by what the template prints: cell and row
 * addresses (`t3.results.total.naturalPerson`, `results.total`), camelCase keys
 * (`litigationAfterReview`, `naturalPerson`), table keys (`t2` → `表二`) and a detail that is a key
 * alone (`regulations`).
 * Plain words are left alone, so English text is not touched.
 */
export function withTemplateLabels(text: string): string {
  const words = keyWordMap();
  const whole = words.get(text);
  if (whole !== undefined) return whole;
  return text.replace(/\b[a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+\b|\b[a-z]+[A-Z][A-Za-z0-9]*\b|\bt[234]\b/g, (token) => {
    if (token === 't2' || token === 't3' || token === 't4') return TABLE_NAME[token];
    if (token.includes('.')) {
      const label = addressLabel(token, /^t[234]\./.test(token) ? 't3' : token.startsWith('art20') ? 't2' : 't3');
      if (label !== token) return label;
      const t4 = addressLabel(token, 't4');
      return t4 !== token ? t4 : token;
    }
    return words.get(token) ?? token;
  });
}
