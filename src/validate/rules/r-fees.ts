/** R.FEES (2021): table 二 reports fees collected while section 六 says none were. */
import type { ReportRule } from '../rule.js';

const FEE = 't2.art20_8.administrativeFees.feeAmount';
/** Characters between 未收取/未发生 and 费 in one statement that no fee was collected (`未收取任何费用`). */
const NO_FEE_GAP = 20;
/** Characters between 收取 and 费 in `收取信息处理费0元`. */
const FEE_WORD_GAP = 12;
/** Spaces a converter may leave around the 0 of `0元`. */
const ZERO_SPACES = 2;
/** Section 六's wordings of "no fee was collected". */
const NO_FEE = new RegExp(
  `未收取[^。]{0,${NO_FEE_GAP}}?(?:信息处理)?费|未发生[^。]{0,${NO_FEE_GAP}}?收费|` +
    `收取[^。]{0,${FEE_WORD_GAP}}?(?:信息处理)?费[用]?[ \\t]{0,${ZERO_SPACES}}0[ \\t]{0,${ZERO_SPACES}}元|无收费`,
);

/** The rule. */
export const rule: ReportRule<'R.FEES'> = {
  id: 'R.FEES',
  title: { zh: '收费情况前后一致', en: 'Fees are reported consistently' },
  severity: 'info',
  kind: 'report',
  versions: ['2021'],
  table: 't2',
  check(ctx) {
    const s6 = ctx.report.sections.find((s) => s.key === 'otherMatters');
    const fee = ctx.reader.cell(FEE);
    if (!s6 || !fee) {
      ctx.add('not-assessable', [FEE, 'sections.otherMatters']);
      return;
    }
    const saysNone = NO_FEE.test(s6.text.replace(/\s+/g, ''));
    const collected = fee.status === 'value' && fee.value > 0;
    ctx.add(saysNone && collected ? 'fail' : 'pass', [FEE, 'sections.otherMatters'], {
      zh: '表二本年收费金额大于0，第六部分称未收费（二者可能指不同费用：行政事业性收费与信息处理费）',
      en: 'table 二 reports fees collected while section 六 says none (they may be different fees: administrative fees vs information-processing fees)',
    });
  },
};

/** What the rule checks (docs). */
export const description =
  'Table 二 reports fees collected (本年收费金额 > 0) while section 六 says no fee was collected. The two are different fees (行政事业性收费 vs 信息处理费), so this is information for a reader to check, not an error.';
