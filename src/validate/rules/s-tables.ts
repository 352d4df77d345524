/** S.TABLES: the report contains tables 二, 三 and 四 (a finding about the report). */
import { TABLE_NAMES } from '../../template/table-names.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

/** The rule. */
export const rule: ReportRule<'S.TABLES'> = {
  id: 'S.TABLES',
  title: { zh: '报告包含三张统计表', en: 'The report contains the three tables' },
  severity: 'error',
  kind: 'structure',
  versions: ALL_VERSIONS,
  check(ctx) {
    for (const t of ['t2', 't3', 't4'] as const) {
      const absent = ctx.coverage[t].status === 'absent';
      ctx.add(absent ? 'fail' : 'pass', [t], {
        zh: `${TABLE_NAMES[t]}${absent ? '缺失：报告中没有这张表' : ''}`,
        en: `table ${t}${absent ? ' is missing: the report does not contain it' : ''}`,
      });
    }
  },
};

/** What the rule checks (docs). */
export const description =
  'Tables 二, 三 and 四 are mandatory. A table the report does not contain (no table, no table title, no sign of a table printed as an image) fails this rule: a finding about the report. A table that is there but could not be read fails S.TABLE_EMPTY instead. Either makes the verdict incomplete (`ok: false`).';
