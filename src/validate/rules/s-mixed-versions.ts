/** S.MIXED_VERSIONS: tables 二 and 三 follow one template version. */
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

/** The rule. */
export const rule: ReportRule<'S.MIXED_VERSIONS'> = {
  id: 'S.MIXED_VERSIONS',
  title: { zh: '各表格式版本一致', en: 'Tables use one template version' },
  severity: 'warning',
  kind: 'structure',
  versions: ALL_VERSIONS,
  check(ctx) {
    const { table2, table3 } = ctx.report.templateVersions;
    if (!table2 || !table3) return;
    ctx.add(table2 === table3 ? 'pass' : 'fail', ['t2', 't3'], {
      expected: table2,
      actual: table3,
      zh: `表二为${table2}年版，表三为${table3}年版`,
      en: `table 二 follows ${table2}, table 三 ${table3}`,
    });
  },
};

/** What the rule checks (docs). */
export const description = 'Tables 二 and 三 follow the same template version.';
