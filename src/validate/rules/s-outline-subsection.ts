/** S.OUTLINE_SUBSECTION: a subsection printed with a top-level marker. */
import { outlineHeadings, type OutlineHeading } from '../outline.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

/**
 * Top-level headings outside the template after which the numbering starts again: a later
 * top-level numeral is not greater than theirs (`二、工作机制保障 … 一、主动公开政府信息情况`), so they
 * are the sub-items of a section printed with the markers of sections.
 */
export function subsectionsAtTopLevel(headings: readonly OutlineHeading[]): OutlineHeading[] {
  const out: OutlineHeading[] = [];
  let minAfter = Infinity;
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i] as OutlineHeading;
    if (h.value === null) continue;
    if (h.section.key === null && minAfter <= h.value) out.push(h);
    minAfter = Math.min(minAfter, h.value);
  }
  return out.reverse();
}

/** The rule. */
export const rule: ReportRule<'S.OUTLINE_SUBSECTION'> = {
  id: 'S.OUTLINE_SUBSECTION',
  title: { zh: '子标题未按章节标题编号', en: 'No subsection is printed as a top-level section' },
  severity: 'warning',
  kind: 'structure',
  versions: ALL_VERSIONS,
  check(ctx) {
    const headings = outlineHeadings(ctx.report, ctx.reader);
    if (headings.length < 2) {
      ctx.add('not-assessable', ['sections']);
      return;
    }
    const sub = subsectionsAtTopLevel(headings);
    ctx.add(sub.length === 0 ? 'pass' : 'fail', sub.length > 0 ? sub.map((h) => `sections.${h.index}`) : ['sections'], {
      zh: `子标题使用了一级章节编号：${sub.map((h) => `“${h.section.heading}”`).join('、')}`,
      en: `subsections numbered as top-level sections: ${sub.map((h) => `"${h.section.heading}"`).join(', ')}`,
    });
  },
};

/** What the rule checks (docs). */
export const description =
  'A top-level heading that is no template section and after which the top-level numbering starts again (`二、工作机制保障` … `六、平台建设` followed by `一、主动公开政府信息情况`): the sub-items of a section printed with the markers of sections (`一、` instead of `（一）`).';
