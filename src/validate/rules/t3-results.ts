/** T3.RESULTS: the results of table 三 add up to （七）总计, per column. */
import { TABLE3_COLUMNS } from '../../template/table3.js';
import { blankCountsAsZero, table3Relations } from '../../template/relations.js';
import { equation } from '../check-helpers.js';

const COLUMN_ZH: Record<string, string> = Object.fromEntries(TABLE3_COLUMNS.map((c) => [c.key, c.label]));
import { ALL_VERSIONS, type ReportRule } from '../rule.js';
/** The rule. */
export const rule: ReportRule<'T3.RESULTS'> = {
  id: 'T3.RESULTS',
  title: { zh: '表三办理结果之和等于（七）总计', en: 'Table 三 results add up to （七）总计' },
  severity: 'error',
  kind: 'table',
  versions: ALL_VERSIONS,
  table: 't3',
  check(ctx) {
    const t3 = ctx.report.tables.t3;
    if (!t3) return;
    for (const rel of table3Relations(t3.version)) {
      if (rel.rule !== 'T3.RESULTS') continue;
      const k = rel.column ?? 'total';
      equation(
        ctx,
        ctx.reader,
        rel.left,
        rel.right,
        blankCountsAsZero,
        `“${COLUMN_ZH[k]}”列：（七）总计与各项办理结果之和`,
        `column ${k}: （七）总计 vs the sum of the results`,
        true,
      );
    }
  },
};

/** What the rule checks (docs). */
export const description =
  'Per column: （七）总计 = 予以公开 + 部分公开 + the 8 不予公开 rows + the 3 无法提供 rows + the 5 不予处理 rows + 其他处理 (one row in 2019, three in 2021).';
