/** T4.REVIEW: in table 四, the four results of review add up to its total. */
import { blankCountsAsZero, TABLE4_RELATIONS } from '../../template/relations.js';
import { TABLE4_GROUPS } from '../../template/table4.js';
import { equation } from '../check-helpers.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';
/** The rule. */
export const rule: ReportRule<'T4.REVIEW'> = {
  id: 'T4.REVIEW',
  title: { zh: '表四行政复议四项结果之和等于总计', en: 'Table 四 review results add up to the total' },
  severity: 'error',
  kind: 'table',
  versions: ALL_VERSIONS,
  table: 't4',
  check(ctx) {
    const label = TABLE4_GROUPS.find((g) => g.key === 'review')?.label ?? '';
    for (const rel of TABLE4_RELATIONS) {
      if (rel.rule === 'T4.REVIEW') equation(ctx, ctx.reader, rel.left, rel.right, blankCountsAsZero, label, rel.row ?? '', true);
    }
  },
};

/** What the rule checks (docs). */
export const description = '行政复议: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计.';
