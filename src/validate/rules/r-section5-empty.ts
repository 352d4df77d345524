/** R.SECTION5_EMPTY: section 五 (存在的主要问题及改进情况) has text. */
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

/** Fewer characters than this (spaces left out) is no content. */
const MIN_SECTION5_CHARS = 10;

/** The rule. */
export const rule: ReportRule<'R.SECTION5_EMPTY'> = {
  id: 'R.SECTION5_EMPTY',
  title: { zh: '第五部分不为空', en: 'Section 五 is not empty' },
  severity: 'warning',
  kind: 'report',
  versions: ALL_VERSIONS,
  check(ctx) {
    const s5 = ctx.report.sections.find((s) => s.key === 'problemsAndImprovements');
    if (!s5) {
      ctx.add('not-assessable', ['sections.problemsAndImprovements']);
      return;
    }
    const empty = s5.text.replace(/\s+/g, '').length < MIN_SECTION5_CHARS;
    ctx.add(empty ? 'fail' : 'pass', ['sections.problemsAndImprovements'], { zh: '第五部分没有内容', en: 'section 五 has no text' });
  },
};

/** What the rule checks (docs). */
export const description = '存在的主要问题及改进情况 has text.';
