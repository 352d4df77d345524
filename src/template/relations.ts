/**
 * The arithmetic of tables 三 and 四 as data: every equation `Σ left = Σ right` between cell
 * addresses. The validator checks them (T3.*, T4.* rules); the table readers use them to recover
 * a value a converter moved out of its cell. One definition, so both read the same arithmetic.
 */
import { TABLE3_APPLICANT_COLUMNS, TABLE3_COLUMNS, table3DataRowKeys, type Table3ColumnKey } from './table3.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS, type Table4GroupKey } from './table4.js';
import type { TemplateVersion } from './version.js';

/** One equation between cells: the sum of `left` equals the sum of `right`. */
export interface TableRelation {
  /** The validation rule the equation belongs to. */
  readonly rule: 'T3.BALANCE' | 'T3.ROWSUM' | 'T3.RESULTS' | 'T4.REVIEW' | 'T4.DIRECT' | 'T4.AFTER';
  /** The total side (one address, or two for the balance). */
  readonly left: readonly string[];
  /** The parts. */
  readonly right: readonly string[];
  /** The table-三 column of a column equation (BALANCE, RESULTS). */
  readonly column?: Table3ColumnKey;
  /** The row of a row equation (ROWSUM) or the table-四 group. */
  readonly row?: string;
}

/**
 * How a blank cell counts in an equation: a blank part (an applicant column, a table-四 result)
 * counts as 0; a blank total is "not reported" and leaves the equation unusable. Every total of
 * tables 三 and 四 is a `.total` address.
 */
export function blankCountsAsZero(address: string): boolean {
  return !address.endsWith('.total');
}

const T4_RULES: Record<Table4GroupKey, TableRelation['rule']> = {
  review: 'T4.REVIEW',
  litigationDirect: 'T4.DIRECT',
  litigationAfterReview: 'T4.AFTER',
};

/**
 * Table 三's row sum of the data row `row` (`results.granted`): its total is the sum of its six
 * applicant cells. Every data row of every version has this one equation (`T3.ROWSUM`).
 */
export function table3RowSum(row: string): TableRelation {
  return { rule: 'T3.ROWSUM', row, left: [`t3.${row}.total`], right: TABLE3_APPLICANT_COLUMNS.map((k) => `t3.${row}.${k}`) };
}

/**
 * Whether an equation is a row's (a table-三 row sum, a table-四 group total: `row` set, its total
 * the one address of its left side), not a column's.
 */
export function isRowRelation(rel: TableRelation): boolean {
  return rel.row !== undefined;
}

/**
 * The equations touching each cell: every address of `relations` to the equations it is a cell of
 * (each equation once per address, in the order of `relations`).
 */
export function relationsByAddress(relations: readonly TableRelation[]): Map<string, TableRelation[]> {
  const out = new Map<string, TableRelation[]>();
  for (const rel of relations) {
    for (const a of rel.left.concat(rel.right)) {
      let list = out.get(a);
      if (!list) out.set(a, (list = []));
      list.push(rel);
    }
  }
  return out;
}

const rowSumCache = new Map<TemplateVersion, readonly TableRelation[]>();

/** The row equations of table 三 of a version (`T3.ROWSUM`, one per data row, in the rows' order). */
export function table3RowSums(version: TemplateVersion): readonly TableRelation[] {
  const cached = rowSumCache.get(version);
  if (cached) return cached;
  const out = table3Relations(version).filter((r) => r.rule === 'T3.ROWSUM');
  rowSumCache.set(version, out);
  return out;
}

/**
 * The column of a table-三 address among {@link TABLE3_COLUMNS} (`t3.newReceived.total` → 6), -1
 * where its last part names no column: a row's cells in column order are the vector the readers
 * test a row sum on.
 */
export function table3ColumnIndex(address: string): number {
  const key = address.slice(address.lastIndexOf('.') + 1);
  return TABLE3_COLUMNS.findIndex((c) => c.key === key);
}

const t3Cache = new Map<TemplateVersion, readonly TableRelation[]>();

/** The equations of table 三: the per-column balance, every row sum, and the results total per column. */
export function table3Relations(version: TemplateVersion): readonly TableRelation[] {
  const cached = t3Cache.get(version);
  if (cached) return cached;
  const rows = table3DataRowKeys(version);
  const resultRows = rows.filter((r) => r.startsWith('results.') && r !== 'results.total');
  const out: TableRelation[] = [];
  for (const { key: k } of TABLE3_COLUMNS) {
    out.push({
      rule: 'T3.BALANCE',
      column: k,
      left: [`t3.newReceived.${k}`, `t3.carriedOver.${k}`],
      right: [`t3.results.total.${k}`, `t3.carriedForward.${k}`],
    });
  }
  for (const r of rows) out.push(table3RowSum(r));
  for (const { key: k } of TABLE3_COLUMNS) {
    out.push({ rule: 'T3.RESULTS', column: k, left: [`t3.results.total.${k}`], right: resultRows.map((r) => `t3.${r}.${k}`) });
  }
  t3Cache.set(version, out);
  return out;
}

/** The equations of table 四: each group's total is the sum of its four results. */
export const TABLE4_RELATIONS: readonly TableRelation[] = TABLE4_GROUPS.map((g) => ({
  rule: T4_RULES[g.key],
  row: g.key,
  left: [`t4.${g.key}.total`],
  right: TABLE4_COLUMNS.filter((x) => x.key !== 'total').map((x) => `t4.${g.key}.${x.key}`),
}));
