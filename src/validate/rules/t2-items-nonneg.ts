/** T2.ITEMS_NONNEG (2019): 上一年项目数量 + 本年增/减 ≥ 0. */
import { table2Definition } from '../../template/table2.js';
import { valueAt } from '../check-helpers.js';
import type { ReportRule } from '../rule.js';

/** The rule. */
export const rule: ReportRule<'T2.ITEMS_NONNEG'> = {
  id: 'T2.ITEMS_NONNEG',
  title: { zh: '上一年项目数量加本年增减不为负', en: 'Previous item count + change is not negative' },
  severity: 'warning',
  kind: 'table',
  versions: ['2019'],
  table: 't2',
  check(ctx) {
    // The sub-tables of the table's own version that have 本年增/减 (2019's （五）（六）（八）).
    if (ctx.version === null) return;
    const def = table2Definition(ctx.version);
    for (const s of def.subTables.filter((x) => x.columns.some((col) => col.key === 'yearChange'))) {
      for (const r of s.rows) {
        const prev = `t2.${s.key}.${r.key}.previousYearCount`;
        const change = `t2.${s.key}.${r.key}.yearChange`;
        const p = valueAt(ctx.reader, prev);
        const ch = valueAt(ctx.reader, change);
        if (p === null || ch === null) ctx.add('uncertain', [prev, change], { zh: r.label, en: r.key });
        else ctx.add(p + ch >= 0 ? 'pass' : 'fail', [prev, change], { expected: '≥ 0', actual: p + ch, zh: r.label, en: r.key });
      }
    }
  },
};

/** What the rule checks (docs). */
export const description = '2019 第二十条第（五）（六）（八）项, per row: 上一年项目数量 + 本年增/减 ≥ 0.';
