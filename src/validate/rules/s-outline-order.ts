/** S.OUTLINE_ORDER: the template sections come in template order. */
import { SECTIONS, type SectionKey } from '../../template/sections.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

const ORDER = new Map<SectionKey, number>(SECTIONS.map((s, i) => [s.key, i]));

/** The rule. */
export const rule: ReportRule<'S.OUTLINE_ORDER'> = {
  id: 'S.OUTLINE_ORDER',
  title: { zh: '章节顺序符合模板', en: 'Sections come in template order' },
  severity: 'warning',
  kind: 'structure',
  versions: ALL_VERSIONS,
  check(ctx) {
    const seen = new Set<SectionKey>();
    const firsts: { key: SectionKey; index: number; heading: string }[] = [];
    for (const s of ctx.report.sections.map((section, index) => ({ section, index }))) {
      const key = s.section.key;
      if (key === null || seen.has(key)) continue;
      seen.add(key);
      firsts.push({ key, index: s.index, heading: s.section.heading });
    }
    if (firsts.length < 2) {
      ctx.add('not-assessable', ['sections']);
      return;
    }
    const late = firsts.filter(
      (f, i) => i > 0 && (ORDER.get(f.key) as number) < (ORDER.get((firsts[i - 1] as (typeof firsts)[number]).key) as number),
    );
    ctx.add(
      late.length === 0 ? 'pass' : 'fail',
      late.length > 0 ? late.map((f) => `sections.${f.key}`) : firsts.map((f) => `sections.${f.key}`),
      {
        expected: firsts
          .map((f) => ORDER.get(f.key) as number)
          .sort((a, b) => a - b)
          .map((i) => SECTIONS[i]?.number ?? '')
          .join(''),
        actual: firsts.map((f) => SECTIONS[ORDER.get(f.key) as number]?.number ?? '').join(''),
        zh: `章节顺序与模板不同（${late.map((f) => `“${f.heading}”`).join('、')}在前一章节之前）`,
        en: `sections out of template order (${late.map((f) => `"${f.heading}"`).join(', ')} before the section it should follow)`,
      },
    );
  },
};

/** What the rule checks (docs). */
export const description =
  'The six template sections, taken at their first heading, come in the order of the template (总体情况, 主动公开, 收到和处理申请, 行政复议行政诉讼, 存在的主要问题, 其他需要报告的事项). Missing sections are S.SECTIONS; only the order of those present is checked.';
