/** T3.NONNEG: table-三 values are non-negative integers. */
import { table3Addresses } from '../../template/addresses.js';
import { nonNegative } from '../check-helpers.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';
/** The rule. */
export const rule: ReportRule<'T3.NONNEG'> = {
  id: 'T3.NONNEG',
  title: { zh: '表三数值为非负整数', en: 'Table 三 values are non-negative integers' },
  severity: 'error',
  kind: 'table',
  versions: ALL_VERSIONS,
  table: 't3',
  check(ctx) {
    const t3 = ctx.report.tables.t3;
    if (t3) nonNegative(ctx, ctx.reader, table3Addresses(t3.version));
  },
};

/** What the rule checks (docs). */
export const description = 'Every stated table-三 value is an integer ≥ 0.';
