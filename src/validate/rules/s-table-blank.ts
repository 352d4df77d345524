/** S.TABLE_BLANK: a table printed with every cell blank or `/` (the report left its statistics out). */
import { TABLE_NAMES } from '../../template/table-names.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

/** The rule. */
export const rule: ReportRule<'S.TABLE_BLANK'> = {
  id: 'S.TABLE_BLANK',
  title: { zh: '统计表未填写数字', en: 'A table is printed with no number' },
  severity: 'warning',
  kind: 'structure',
  versions: ALL_VERSIONS,
  check(ctx) {
    for (const t of ['t2', 't3', 't4'] as const) {
      const cov = ctx.coverage[t];
      if (cov.status === 'absent') ctx.add('not-assessable', [t]);
      else {
        ctx.add(cov.status === 'blank' ? 'fail' : 'pass', [t], {
          zh: `${TABLE_NAMES[t]}印有表格但没有填写任何数字（${cov.blank}个单元格为空或“/”）`,
          en: `table ${t} is printed with no number (${cov.blank} cells empty or "/")`,
        });
      }
    }
  },
};

/** What the rule checks (docs). */
export const description =
  'A table printed with no number at all, at least half of its cells blank, `/` or `—` and none holding a value: the report left its statistics out (a finding about the report; a blank is not 0). Distinct from S.TABLE_EMPTY, a table we failed to read.';
