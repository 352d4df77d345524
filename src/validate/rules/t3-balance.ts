/** T3.BALANCE: 本年新收 + 上年结转 = （七）总计 + 结转下年度, per column of table 三. */
import { TABLE3_COLUMNS } from '../../template/table3.js';
import { blankCountsAsZero, table3Relations } from '../../template/relations.js';
import { equation } from '../check-helpers.js';

const COLUMN_ZH: Record<string, string> = Object.fromEntries(TABLE3_COLUMNS.map((c) => [c.key, c.label]));
import { ALL_VERSIONS, type ReportRule } from '../rule.js';
/** The rule. */
export const rule: ReportRule<'T3.BALANCE'> = {
  id: 'T3.BALANCE',
  title: {
    zh: '表三本列勾稽关系：第一项加第二项等于第三项加第四项',
    en: 'Table 三 column balance: new + carried over = handled + carried forward',
  },
  severity: 'error',
  kind: 'table',
  versions: ALL_VERSIONS,
  table: 't3',
  check(ctx) {
    const t3 = ctx.report.tables.t3;
    if (!t3) return;
    for (const rel of table3Relations(t3.version)) {
      if (rel.rule !== 'T3.BALANCE') continue;
      const k = rel.column ?? 'total';
      equation(
        ctx,
        ctx.reader,
        rel.left,
        rel.right,
        blankCountsAsZero,
        `“${COLUMN_ZH[k]}”列：本年新收+上年结转 与 办理结果总计+结转下年度`,
        `column ${k}: new + carried over vs handled + carried forward`,
        true,
      );
    }
  },
};

/** What the rule checks (docs). */
export const description =
  'Per column (the stated relation of the template): 本年新收 + 上年结转 = （七）总计 + 结转下年度. A blank applicant cell counts as 0 (noted); a blank 总计 cell is "not reported" and makes the check uncertain, as does a missing or ambiguous cell (unless the known cells of one side already sum to more than the other side, known whole: the check then fails).';
