/** S.OUTLINE_ORDINALS: the numerals of the top-level headings count up one by one. */
import { outlineHeadings, type OutlineHeading } from '../outline.js';
import { subsectionsAtTopLevel } from './s-outline-subsection.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

/** The rule. */
export const rule: ReportRule<'S.OUTLINE_ORDINALS'> = {
  id: 'S.OUTLINE_ORDINALS',
  title: { zh: '章节序号连续', en: 'Section numerals neither skip nor repeat' },
  severity: 'warning',
  kind: 'structure',
  versions: ALL_VERSIONS,
  check(ctx) {
    const all = outlineHeadings(ctx.report, ctx.reader);
    const sub = new Set(subsectionsAtTopLevel(all).map((h) => h.index));
    const numbered = all.filter((h) => h.value !== null);
    if (numbered.length < 2) {
      ctx.add('not-assessable', ['sections']);
      return;
    }
    let prev: OutlineHeading | null = null;
    for (const h of numbered) {
      const expected = prev ? (prev.value as number) + 1 : 1;
      const v = h.value as number;
      const address = [`sections.${h.index}`];
      // Numbering that starts again after subsections printed at the top level is S.OUTLINE_SUBSECTION's finding.
      const restartAfterSubsections = prev !== null && sub.has(prev.index) && v <= (prev.value as number);
      if (v === expected || restartAfterSubsections) ctx.add('pass', address);
      else {
        const kind = v < expected ? { zh: '序号重复或倒退', en: 'repeats or goes back' } : { zh: '序号跳过', en: 'skips' };
        ctx.add('fail', address, { expected, actual: v, zh: `“${h.section.heading}”${kind.zh}`, en: `"${h.section.heading}" ${kind.en}` });
      }
      prev = h;
    }
  },
};

/** What the rule checks (docs). */
export const description =
  'The numerals of the top-level headings start at 一 and count up one by one: a numeral that skips (一、二、四) or repeats or goes back (一、二、二) fails, one check per heading. Numbering that starts again after subsections printed at the top level is left to S.OUTLINE_SUBSECTION; heading-like lines inside a table are left out.';
