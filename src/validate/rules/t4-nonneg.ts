/** T4.NONNEG: table-四 values are non-negative integers. */
import { table4Addresses } from '../../template/addresses.js';
import { nonNegative } from '../check-helpers.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';
/** The rule. */
export const rule: ReportRule<'T4.NONNEG'> = {
  id: 'T4.NONNEG',
  title: { zh: '表四数值为非负整数', en: 'Table 四 values are non-negative integers' },
  severity: 'error',
  kind: 'table',
  versions: ALL_VERSIONS,
  table: 't4',
  check(ctx) {
    nonNegative(ctx, ctx.reader, table4Addresses());
  },
};

/** What the rule checks (docs). */
export const description = 'Every stated table-四 value is an integer ≥ 0.';
