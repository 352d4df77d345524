/** T2.INTEGER: counts in table 二 are integers; only amounts may have decimals. */
import { table2Addresses } from '../../template/addresses.js';
import { table2Definition } from '../../template/table2.js';
import { listDetail, valueAt } from '../check-helpers.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

/** The rule. */
export const rule: ReportRule<'T2.INTEGER'> = {
  id: 'T2.INTEGER',
  title: { zh: '表二件数、项数为整数', en: 'Table 二 counts are integers' },
  severity: 'error',
  kind: 'table',
  versions: ALL_VERSIONS,
  table: 't2',
  check(ctx) {
    const t2 = ctx.report.tables.t2;
    if (!t2) return;
    const def = table2Definition(t2.version);
    const addresses = table2Addresses(t2.version);
    const decimal = new Set(def.subTables.flatMap((s) => s.columns.filter((x) => x.decimal).map((x) => x.key)));
    const fractional = addresses.filter((a) => {
      const v = valueAt(ctx.reader, a);
      return !decimal.has(a.slice(a.lastIndexOf('.') + 1)) && v !== null && !Number.isInteger(v);
    });
    ctx.add(
      fractional.length === 0 ? 'pass' : 'fail',
      fractional.length === 0 ? addresses : fractional,
      listDetail(fractional, ctx.reader),
    );
  },
};

/** What the rule checks (docs). */
export const description =
  'Counts of documents, items and decisions are integers; only amounts (采购总金额, 本年收费金额) may have decimals.';
