/** S.VERSION_YEAR: the template version of tables 二 and 三 matches the report year. */
import { TABLE_NAMES } from '../../template/table-names.js';
import { expectedVersionForYear } from '../../template/version.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

/** The rule. */
export const rule: ReportRule<'S.VERSION_YEAR'> = {
  id: 'S.VERSION_YEAR',
  title: { zh: '格式版本与报告年度相符', en: 'Template version matches the report year' },
  severity: 'warning',
  kind: 'structure',
  versions: ALL_VERSIONS,
  check(ctx) {
    const year = ctx.report.meta.year;
    const expected = year !== null ? expectedVersionForYear(year) : null;
    const { table2, table3 } = ctx.report.templateVersions;
    for (const [key, v] of [
      ['t2', table2],
      ['t3', table3],
    ] as const) {
      if (!v) continue;
      if (!expected) ctx.add('not-assessable', [key]);
      else {
        ctx.add(v === expected ? 'pass' : 'fail', [key], {
          expected,
          actual: v,
          zh: `${year}年度报告的${TABLE_NAMES[key]}`,
          en: `table ${key} of a ${year} report`,
        });
      }
    }
  },
};

/** What the rule checks (docs). */
export const description =
  'Reports for 2019–2020 use the 2019 template, later ones the 2021 template; a mismatch (a 2023 report on the 2019 table 三) is a warning, not an error.';
