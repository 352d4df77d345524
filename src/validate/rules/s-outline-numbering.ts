/** S.OUTLINE_NUMBERING: the top-level headings use one numbering system. */
import { outlineHeadings } from '../outline.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

/** The rule. */
export const rule: ReportRule<'S.OUTLINE_NUMBERING'> = {
  id: 'S.OUTLINE_NUMBERING',
  title: { zh: '章节编号方式统一', en: 'Section headings use one numbering system' },
  severity: 'info',
  kind: 'structure',
  versions: ALL_VERSIONS,
  check(ctx) {
    const headings = outlineHeadings(ctx.report, ctx.reader).filter((h) => h.system !== null);
    if (headings.length < 2) {
      ctx.add('not-assessable', ['sections']);
      return;
    }
    const systems = [...new Set(headings.map((h) => h.system as string))];
    const first = headings[0]?.system ?? '';
    const odd = headings.filter((h) => h.system !== first);
    ctx.add(systems.length === 1 ? 'pass' : 'fail', odd.length > 0 ? odd.map((h) => `sections.${h.index}`) : ['sections'], {
      expected: first,
      actual: systems.join(' '),
      zh: `章节标题混用多种编号（${odd.map((h) => h.section.marker).join('、')}）`,
      en: `headings mix numbering systems (${odd.map((h) => h.section.marker).join(', ')})`,
    });
  },
};

/** What the rule checks (docs). */
export const description =
  'The top-level section headings use one numbering system: `一、` throughout, not `一、` mixed with `二.` or `第三部分`. Markers whose numeral was lost in extraction (`、主动公开…`) and heading-like lines inside a table are left out. Addresses are `sections.<index>` (position in `report.sections`).';
