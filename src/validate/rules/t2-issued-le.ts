/** T2.ISSUED_LE (2021): every document issued this year is still valid or was repealed. */
import { valueAt } from '../check-helpers.js';
import type { ReportRule } from '../rule.js';

/** The rule. */
export const rule: ReportRule<'T2.ISSUED_LE'> = {
  id: 'T2.ISSUED_LE',
  title: { zh: '本年制发件数不超过现行有效件数与本年废止件数之和', en: 'Issued ≤ currently valid + repealed' },
  severity: 'warning',
  kind: 'table',
  versions: ['2021'],
  table: 't2',
  check(ctx) {
    for (const row of ['regulations', 'normativeDocuments']) {
      const base = `t2.art20_1.${row}`;
      const i = valueAt(ctx.reader, `${base}.issued`);
      const valid = valueAt(ctx.reader, `${base}.currentlyValid`);
      const repealed = valueAt(ctx.reader, `${base}.repealed`);
      const addrs = [`${base}.issued`, `${base}.currentlyValid`, `${base}.repealed`];
      if (i === null || valid === null || repealed === null) ctx.add('uncertain', addrs, { zh: row, en: row });
      else ctx.add(i <= valid + repealed ? 'pass' : 'fail', addrs, { expected: `≤ ${valid + repealed}`, actual: i, zh: row, en: row });
    }
  },
};

/** What the rule checks (docs). */
export const description = '2021 第二十条第（一）项, per row: every document issued this year is still valid or was repealed.';
