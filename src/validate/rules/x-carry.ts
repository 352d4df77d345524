/** X.CARRY: 上年结转 (Y) = 结转下年度继续办理 (Y − 1), per column, for one agency's consecutive reports. */
import { TABLE3_COLUMNS } from '../../template/table3.js';
import { valueAt } from '../check-helpers.js';
import { ALL_VERSIONS, type SeriesRule } from '../rule.js';

/** The rule. */
export const rule: SeriesRule<'X.CARRY'> = {
  id: 'X.CARRY',
  title: { zh: '上年结转等于上一年度的结转下年度', en: 'Carried over = last year’s carried forward' },
  severity: 'warning',
  kind: 'series',
  versions: ALL_VERSIONS,
  check({ previous: p, current: c, add }) {
    for (const col of TABLE3_COLUMNS) {
      const a = `${c.year}:t3.carriedOver.${col.key}`;
      const b = `${p.year}:t3.carriedForward.${col.key}`;
      const now = valueAt(c.reader, `t3.carriedOver.${col.key}`);
      const before = valueAt(p.reader, `t3.carriedForward.${col.key}`);
      if (now === null || before === null) add('uncertain', [a, b], { zh: `${col.label}列`, en: `column ${col.key}` });
      else {
        add(now === before ? 'pass' : 'fail', [a, b], {
          expected: before,
          actual: now,
          zh: `${c.year}年上年结转与${p.year}年结转下年度（${col.label}）`,
          en: `${c.year} carried over vs ${p.year} carried forward (${col.key})`,
        });
      }
    }
  },
};

/** What the rule checks (docs). */
export const description = 'Same agency, consecutive years, per column: 上年结转 (Y) = 结转下年度继续办理 (Y − 1).';
