/** R.BODY_YEAR: years the body gives for the report's own period agree with the report year. */
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

/** Characters after 统计期限 that still belong to the period it states (`统计期限为2022年1月1日至2022年12月31日`). */
const PERIOD_CLAUSE_CHARS = 40;
/** Characters between 本报告 and the year of the same clause (`本报告中所列数据的统计期限自2022年`). */
const REPORT_TO_YEAR_CHARS = 30;
/** Spaces a converter may leave between a year's digits and 年. */
const YEAR_SPACES = 3;
/** Characters of the clause kept after the year (its months and days). */
const AFTER_YEAR_CHARS = 20;

/**
 * Sentences that state the report's own year: the statistics period (`本报告统计期限为2022年…`)
 * and `本报告…2022年…` clauses. Years a report cites for comparison (`较2022年增加`) or last year's
 * report (`2022年度报告中提出的问题`) are in neither.
 */
const OWN_YEAR_STATEMENTS = [
  new RegExp(`(?:统计期限|统计时限|统计周期|统计区间)[^。；;\\n]{0,${PERIOD_CLAUSE_CHARS}}`, 'g'),
  new RegExp(
    `本(?:年度)?报告[^。，,；;\\n]{0,${REPORT_TO_YEAR_CHARS}}?20\\d{2}[ \\t]{0,${YEAR_SPACES}}年[^。，,；;\\n]{0,${AFTER_YEAR_CHARS}}`,
    'g',
  ),
];

/** The rule. */
export const rule: ReportRule<'R.BODY_YEAR'> = {
  id: 'R.BODY_YEAR',
  title: { zh: '正文所述报告期年度与报告年度一致', en: 'Years the body gives for the report period agree with the report year' },
  severity: 'warning',
  kind: 'report',
  versions: ALL_VERSIONS,
  check(ctx) {
    const { year, period } = ctx.report.meta;
    if (year === null) {
      ctx.add('not-assessable', ['meta.year']);
      return;
    }
    let stated = 0;
    if (period) {
      const end = Number(period.end.slice(0, 4));
      stated++;
      ctx.add(end === year ? 'pass' : 'fail', ['meta.year', 'meta.period'], {
        expected: year,
        actual: end,
        zh: '统计期限的截止年度',
        en: 'end of the statistics period',
      });
    }
    for (const s of ctx.report.sections) {
      const text = s.text.replace(/[ \t]+/g, '');
      const seen = new Set<number>();
      for (const re of OWN_YEAR_STATEMENTS) {
        for (const m of text.matchAll(re)) {
          for (const y of m[0].matchAll(/(20\d{2})年/g)) {
            // A year two statements share (`本报告统计期限为…`) is checked once.
            const at = (m.index ?? 0) + (y.index ?? 0);
            if (seen.has(at)) continue;
            seen.add(at);
            const v = Number(y[1]);
            stated++;
            const address = s.key ? `sections.${s.key}` : 'sections';
            ctx.add(v === year ? 'pass' : 'fail', [address], {
              expected: year,
              actual: v,
              zh: `正文“${m[0]}”`,
              en: `the text says "${m[0]}"`,
            });
          }
        }
      }
    }
    if (stated === 0) ctx.add('not-assessable', ['meta.year']);
  },
};

/** What the rule checks (docs). */
export const description =
  'Years the body gives for the report\'s own period (the end of the 统计期限, `本报告统计期限为…`, `本报告…YYYY年…` clauses in the sections) equal the report year: a 2023 report whose text says "本报告统计期限为2022年…" fails. Years cited for comparison (较2022年增加) are not read. The start of the period against the title year is R.YEAR.';
