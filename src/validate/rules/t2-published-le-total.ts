/** T2.PUBLISHED_LE_TOTAL (2019): 本年新公开数量 ≤ 对外公开总数量. */
import { comparison } from '../check-helpers.js';
import type { ReportRule } from '../rule.js';

/** The rule. */
export const rule: ReportRule<'T2.PUBLISHED_LE_TOTAL'> = {
  id: 'T2.PUBLISHED_LE_TOTAL',
  title: { zh: '本年新公开数量不超过对外公开总数量', en: 'Newly published ≤ total published' },
  severity: 'warning',
  kind: 'table',
  versions: ['2019'],
  table: 't2',
  check(ctx) {
    for (const row of ['regulations', 'normativeDocuments']) {
      comparison(ctx, ctx.reader, `t2.art20_1.${row}.newlyPublished`, `t2.art20_1.${row}.totalPublished`, (a, b) => a <= b, row);
    }
  },
};

/** What the rule checks (docs). */
export const description = '2019 第二十条第（一）项, per row: 本年新公开数量 ≤ 对外公开总数量.';
