/** T2.NONNEG: table-二 values are non-negative, except the signed 2019 本年增/减 column. */
import { table2Addresses } from '../../template/addresses.js';
import { table2Definition } from '../../template/table2.js';
import { listDetail, valueAt } from '../check-helpers.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

/** The rule. */
export const rule: ReportRule<'T2.NONNEG'> = {
  id: 'T2.NONNEG',
  title: { zh: '表二数值非负（本年增/减除外）', en: 'Table 二 values are non-negative (except 本年增/减)' },
  severity: 'error',
  kind: 'table',
  versions: ALL_VERSIONS,
  table: 't2',
  check(ctx) {
    const t2 = ctx.report.tables.t2;
    if (!t2) return;
    const def = table2Definition(t2.version);
    const addresses = table2Addresses(t2.version);
    const signed = new Set(def.subTables.flatMap((s) => s.columns.filter((x) => x.signed).map((x) => x.key)));
    const negative = addresses.filter((a) => {
      const v = valueAt(ctx.reader, a);
      return !signed.has(a.slice(a.lastIndexOf('.') + 1)) && v !== null && v < 0;
    });
    ctx.add(negative.length === 0 ? 'pass' : 'fail', negative.length === 0 ? addresses : negative, listDetail(negative, ctx.reader));
  },
};

/** What the rule checks (docs). */
export const description = 'Every stated table-二 value is ≥ 0, except the signed 2019 本年增/减 column.';
