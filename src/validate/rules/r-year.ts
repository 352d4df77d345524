/** R.YEAR: the year in the title equals the year of the statistics period. */
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

/** The rule. */
export const rule: ReportRule<'R.YEAR'> = {
  id: 'R.YEAR',
  title: { zh: '标题年度、统计期限与正文一致', en: 'Title year, statistics period and body agree' },
  severity: 'warning',
  kind: 'report',
  versions: ALL_VERSIONS,
  check(ctx) {
    const { year, period, title } = ctx.report.meta;
    if (!title || year === null || !period) {
      ctx.add('not-assessable', ['meta.year', 'meta.period']);
      return;
    }
    const py = Number(period.start.slice(0, 4));
    ctx.add(py === year ? 'pass' : 'fail', ['meta.year', 'meta.period'], {
      expected: year,
      actual: py,
      zh: '标题年度与统计期限',
      en: 'title year vs statistics period',
    });
  },
};

/** What the rule checks (docs). */
export const description = 'The year in the title equals the year of the statistics period (统计期限) when both are given.';
