/** X.ITEMS (2019): 上一年项目数量 (Y) = 上一年项目数量 (Y − 1) + 本年增/减 (Y − 1). */
import { table2Addresses } from '../../template/addresses.js';
import { valueAt } from '../check-helpers.js';
import type { SeriesRule } from '../rule.js';

/** The rule. */
export const rule: SeriesRule<'X.ITEMS'> = {
  id: 'X.ITEMS',
  title: { zh: '上一年项目数量与上一年度的增减', en: 'Previous item counts follow last year’s change' },
  severity: 'info',
  kind: 'series',
  versions: ['2019'],
  table: 't2',
  check({ previous: p, current: c, add }) {
    // Both years' table 二 has a version of `versions` (the dispatcher checks it before calling).
    const version = c.report.tables.t2?.version;
    if (!version) return;
    for (const a of table2Addresses(version).filter((x) => x.endsWith('.previousYearCount'))) {
      const base = a.slice(0, -'.previousYearCount'.length);
      const p0 = valueAt(p.reader, a);
      const ch = valueAt(p.reader, `${base}.yearChange`);
      const p1 = valueAt(c.reader, a);
      const addrs = [`${c.year}:${a}`, `${p.year}:${a}`, `${p.year}:${base}.yearChange`];
      if (p0 === null || ch === null || p1 === null) add('uncertain', addrs, { zh: base, en: base });
      else add(p1 === p0 + ch ? 'pass' : 'fail', addrs, { expected: p0 + ch, actual: p1, zh: base, en: base });
    }
  },
};

/** What the rule checks (docs). */
export const description = '2019 template, consecutive years: 上一年项目数量 (Y) = 上一年项目数量 (Y − 1) + 本年增/减 (Y − 1).';
