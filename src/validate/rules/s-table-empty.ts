/** S.TABLE_EMPTY: every table in the document was read (a finding about our reading). */
import { TABLE_NAMES } from '../../template/table-names.js';
import { ALL_VERSIONS, type ReportRule } from '../rule.js';

/** The rule. */
export const rule: ReportRule<'S.TABLE_EMPTY'> = {
  id: 'S.TABLE_EMPTY',
  title: { zh: '统计表已读出', en: 'Every table in the document was read' },
  severity: 'error',
  kind: 'structure',
  versions: ALL_VERSIONS,
  check(ctx) {
    for (const t of ['t2', 't3', 't4'] as const) {
      const cov = ctx.coverage[t];
      if (cov.status === 'absent') ctx.add('not-assessable', [t]);
      else if (cov.status !== 'unread') ctx.add('pass', [t]);
      else {
        const why = cov.evidence
          ? {
              zh: `（${cov.evidence}：表格可能是图片或没有文字层）`,
              en: ` (${cov.evidence}: the table may be an image or have no text layer)`,
            }
          : { zh: '', en: '' };
        ctx.add('fail', [t], { zh: `未能读出${TABLE_NAMES[t]}的任何数值${why.zh}`, en: `no value of table ${t} could be read${why.en}` });
      }
    }
  },
};

/** What the rule checks (docs). */
export const description =
  'A table that is in the document but of which no number could be read: found with every cell missing or ambiguous, or not found while the parse shows tables printed as images (`html-no-tables`) or a PDF with no text (`pdf-no-text`). A finding about our reading, not about the report; it makes the verdict incomplete (`ok: false`).';
