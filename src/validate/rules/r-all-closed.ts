/** R.ALL_CLOSED: "全部办结" in the text agrees with 结转下年度 in table 三. */
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

const ADDRESS = 't3.carriedForward.total';
const ALL_CLOSED = /全部办结|均已办结|全部办理完毕|全部按期办结|均已按要求办理完成|所有申请均已(?:按要求)?办理完成|全部予以答复/;

/** The rule. */
export const rule: ReportRule<'R.ALL_CLOSED'> = {
  id: 'R.ALL_CLOSED',
  title: { zh: '“全部办结”与结转数一致', en: '"All closed" agrees with carried forward' },
  severity: 'warning',
  kind: 'report',
  versions: ALL_VERSIONS,
  check(ctx) {
    const carried = ctx.reader.operand(ADDRESS);
    const text = ctx.report.sections
      .map((s) => s.text)
      .join('\n')
      .replace(/\s+/g, '');
    const claim = ALL_CLOSED.exec(text);
    if (!claim) ctx.add('not-assessable', [ADDRESS]);
    else if (carried.kind !== 'value') ctx.add('uncertain', [ADDRESS], { zh: `正文称“${claim[0]}”`, en: `the text says "${claim[0]}"` });
    else {
      ctx.add(carried.value > 0 ? 'fail' : 'pass', [ADDRESS], {
        expected: 0,
        actual: carried.value,
        zh: `正文称“${claim[0]}”，表三结转下年度继续办理`,
        en: `the text says "${claim[0]}" but table 三 carries applications forward`,
      });
    }
  },
};

/** What the rule checks (docs). */
export const description =
  'The text says every application was closed (全部办结, 均已办结 …) while table 三 carries applications forward (结转下年度 > 0).';
