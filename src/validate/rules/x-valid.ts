/** X.VALID (2021): the stock of currently valid documents follows the documents issued and repealed. */
import { valueAt } from '../check-helpers.js';
import type { SeriesRule } from '../rule.js';

/** The rule. */
export const rule: SeriesRule<'X.VALID'> = {
  id: 'X.VALID',
  title: { zh: '现行有效件数的存量关系', en: 'Stock of currently valid documents' },
  severity: 'info',
  kind: 'series',
  versions: ['2021'],
  table: 't2',
  check({ previous: p, current: c, add }) {
    for (const row of ['regulations', 'normativeDocuments']) {
      const base = `t2.art20_1.${row}`;
      const v0 = valueAt(p.reader, `${base}.currentlyValid`);
      const v1 = valueAt(c.reader, `${base}.currentlyValid`);
      const issued = valueAt(c.reader, `${base}.issued`);
      const repealed = valueAt(c.reader, `${base}.repealed`);
      const addrs = [
        `${c.year}:${base}.currentlyValid`,
        `${p.year}:${base}.currentlyValid`,
        `${c.year}:${base}.issued`,
        `${c.year}:${base}.repealed`,
      ];
      if (v0 === null || v1 === null || issued === null || repealed === null) add('uncertain', addrs, { zh: row, en: row });
      else add(v1 === v0 + issued - repealed ? 'pass' : 'fail', addrs, { expected: v0 + issued - repealed, actual: v1, zh: row, en: row });
    }
  },
};

/** What the rule checks (docs). */
export const description =
  '现行有效件数 (Y) = 现行有效件数 (Y − 1) + 本年制发件数 (Y) − 本年废止件数 (Y). Often broken by amendments and clean-ups: information only.';
