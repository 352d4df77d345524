/** T3.ROWSUM: each row total of table 三 = the sum of the six applicant columns. */
import { blankCountsAsZero, table3Relations } from '../../template/relations.js';
import { equation } from '../check-helpers.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';
/** The rule. */
export const rule: ReportRule<'T3.ROWSUM'> = {
  id: 'T3.ROWSUM',
  title: { zh: '表三各行总计等于各类申请人之和', en: 'Table 三 row total = sum of the six applicant columns' },
  severity: 'error',
  kind: 'table',
  versions: ALL_VERSIONS,
  table: 't3',
  check(ctx) {
    const t3 = ctx.report.tables.t3;
    if (!t3) return;
    for (const rel of table3Relations(t3.version)) {
      if (rel.rule === 'T3.ROWSUM')
        equation(ctx, ctx.reader, rel.left, rel.right, blankCountsAsZero, `行 ${rel.row ?? ''}`, `row ${rel.row ?? ''}`, true);
    }
  },
};

/** What the rule checks (docs). */
export const description =
  'Per data row: 总计 = 自然人 + the five 法人或其他组织 columns. Blank applicant cells count as 0 (noted); a blank 总计 is "not reported" (uncertain).';
