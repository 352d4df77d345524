/** X.ROLLUP: a summary report equals the sum of the reports it sums up. */
import { table2Addresses, table3Addresses, table4Addresses } from '../../template/addresses.js';
import { round } from '../operands.js';
import { ALL_VERSIONS, type RollupRule } from '../rule.js';

/** The rule. */
export const rule: RollupRule<'X.ROLLUP'> = {
  id: 'X.ROLLUP',
  title: { zh: '汇总报告等于下级报告之和', en: 'A summary report equals the sum of its parts' },
  severity: 'warning',
  kind: 'rollup',
  versions: ALL_VERSIONS,
  check({ parent, children, add }) {
    const { t2, t3, t4 } = parent.report.tables;
    const addresses: string[] = [];
    if (t3) for (const a of table3Addresses(t3.version)) addresses.push(a);
    if (t4) for (const a of table4Addresses()) addresses.push(a);
    if (t2) for (const a of table2Addresses(t2.version)) if (!a.includes('yearChange')) addresses.push(a);
    for (const a of addresses) {
      const p = parent.reader.operand(a);
      if (p.kind === 'unknown') {
        add('uncertain', [a], { zh: a, en: a });
        continue;
      }
      let sum = 0;
      let unknown = 0;
      for (const r of children) {
        const o = r.operand(a);
        if (o.kind === 'value') sum += o.value;
        else if (o.kind === 'unknown') unknown++;
      }
      const pv = p.kind === 'value' ? p.value : 0;
      if (unknown > 0) add('uncertain', [a], { zh: `${a}（${unknown}份下级报告缺少该数）`, en: `${a} (${unknown} children lack it)` });
      else add(round(sum) === round(pv) ? 'pass' : 'fail', [a], { expected: round(sum), actual: pv, zh: a, en: a });
    }
  },
};

/** What the rule checks (docs). */
export const description =
  "A parent's table-三 and table-四 values (and table-二 counts) equal the sum over its child reports; a child value that is missing or ambiguous makes the cell uncertain.";
