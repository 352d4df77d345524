/** T4.AFTER: in table 四, the four results of litigationAfterReview add up to its total. */
import { blankCountsAsZero, TABLE4_RELATIONS } from '../../template/relations.js';
import { TABLE4_GROUPS } from '../../template/table4.js';
import { equation } from '../check-helpers.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';
/** The rule. */
export const rule: ReportRule<'T4.AFTER'> = {
  id: 'T4.AFTER',
  title: { zh: '表四复议后起诉四项结果之和等于总计', en: 'Table 四 litigation after review results add up to the total' },
  severity: 'error',
  kind: 'table',
  versions: ALL_VERSIONS,
  table: 't4',
  check(ctx) {
    const label = TABLE4_GROUPS.find((g) => g.key === 'litigationAfterReview')?.label ?? '';
    for (const rel of TABLE4_RELATIONS) {
      if (rel.rule === 'T4.AFTER') equation(ctx, ctx.reader, rel.left, rel.right, blankCountsAsZero, label, rel.row ?? '', true);
    }
  },
};

/** What the rule checks (docs). */
export const description = '行政诉讼 / 复议后起诉: the four results = 总计.';
