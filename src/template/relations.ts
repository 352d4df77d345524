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
  for (const r of rows)
    out.push({ rule: 'T3.ROWSUM', row: r, left: [`t3.${r}.total`], right: TABLE3_APPLICANT_COLUMNS.map((k) => `t3.${r}.${k}`) });
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
