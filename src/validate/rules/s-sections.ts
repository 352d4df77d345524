/** S.SECTIONS: the six template sections are present. */
import { SECTIONS } from '../../template/sections.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

/** The rule. */
export const rule: ReportRule<'S.SECTIONS'> = {
  id: 'S.SECTIONS',
  title: { zh: '六个部分齐全', en: 'The six sections are present' },
  severity: 'warning',
  kind: 'structure',
  versions: ALL_VERSIONS,
  check(ctx) {
    for (const s of SECTIONS) {
      const found = ctx.report.sections.some((x) => x.key === s.key);
      ctx.add(found ? 'pass' : 'fail', [`sections.${s.key}`], { zh: `缺少“${s.heading}”`, en: `section “${s.heading}” is missing` });
    }
  },
};

/** What the rule checks (docs). */
export const description = 'Each of the six template sections (总体情况 … 其他需要报告的事项) was found.';
