/**
 * Checks across reports: one agency over the years (X.CARRY, X.VALID, X.ITEMS), and a summary
 * report against the reports it sums up (X.ROLLUP).
 */
import type { Report } from '../model/report.js';
import { table2Addresses, table3Addresses, table4Addresses } from '../template/addresses.js';
import { TABLE3_COLUMNS } from '../template/table3.js';
import { Collector } from './collector.js';
import { CellReader, round } from './operands.js';
import { ruleDefinition } from './rules.js';
import type { ValidationResult } from './types.js';

function valueOf(reader: CellReader, address: string): number | null {
  const o = reader.operand(address);
  if (o.kind === 'value') return o.value;
  return null;
}

function finish(c: Collector): ValidationResult {
  return { ok: !c.checks.some((x) => x.status === 'fail' && ruleDefinition(x.rule).severity === 'error'), issues: c.issues, checks: c.checks };
}

/**
 * Checks consecutive annual reports of one agency. Reports are ordered by `meta.year`; pairs whose
 * years are not consecutive, or whose year is unknown, are skipped. Addresses in the results are
 * prefixed with the year (`2022:t3.carriedOver.total`).
 *
 * @throws TypeError when `reports` is not an array of reports.
 */
export function validateSeries(reports: readonly Report[]): ValidationResult {
  if (!Array.isArray(reports)) throw new TypeError('validateSeries(reports): expected an array of reports');
  const sorted = reports.filter((r) => r.meta.year !== null).slice().sort((a, b) => (a.meta.year as number) - (b.meta.year as number));
  const readers = new Map(sorted.map((r) => [r, new CellReader(r)]));
  const c = new Collector((addresses) => {
    const out = [];
    for (const a of addresses) {
      const [y, addr] = a.split(':');
      const r = sorted.find((x) => String(x.meta.year) === y);
      const loc = r && addr ? readers.get(r)?.cell(addr)?.location : undefined;
      if (loc) out.push(loc);
    }
    return out;
  });
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as Report;
    const cur = sorted[i] as Report;
    const y0 = prev.meta.year as number;
    const y1 = cur.meta.year as number;
    if (y1 !== y0 + 1) continue;
    const rp = readers.get(prev) as CellReader;
    const rc = readers.get(cur) as CellReader;
    for (const col of TABLE3_COLUMNS) {
      const a = `${y1}:t3.carriedOver.${col.key}`;
      const b = `${y0}:t3.carriedForward.${col.key}`;
      const now = valueOf(rc, `t3.carriedOver.${col.key}`);
      const before = valueOf(rp, `t3.carriedForward.${col.key}`);
      if (now === null || before === null) c.add('X.CARRY', 'uncertain', [a, b], { zh: `${col.label}列`, en: `column ${col.key}` });
      else c.add('X.CARRY', now === before ? 'pass' : 'fail', [a, b], { expected: before, actual: now, zh: `${y1}年上年结转与${y0}年结转下年度（${col.label}）`, en: `${y1} carried over vs ${y0} carried forward (${col.key})` });
    }
    if (prev.tables.t2?.version === '2021' && cur.tables.t2?.version === '2021') {
      for (const row of ['regulations', 'normativeDocuments']) {
        const base = `t2.art20_1.${row}`;
        const v0 = valueOf(rp, `${base}.currentlyValid`);
        const v1 = valueOf(rc, `${base}.currentlyValid`);
        const issued = valueOf(rc, `${base}.issued`);
        const repealed = valueOf(rc, `${base}.repealed`);
        const addrs = [`${y1}:${base}.currentlyValid`, `${y0}:${base}.currentlyValid`, `${y1}:${base}.issued`, `${y1}:${base}.repealed`];
        if (v0 === null || v1 === null || issued === null || repealed === null) c.add('X.VALID', 'uncertain', addrs, { zh: row, en: row });
        else c.add('X.VALID', v1 === v0 + issued - repealed ? 'pass' : 'fail', addrs, { expected: v0 + issued - repealed, actual: v1, zh: row, en: row });
      }
    }
    if (prev.tables.t2?.version === '2019' && cur.tables.t2?.version === '2019') {
      for (const a of table2Addresses('2019').filter((x) => x.endsWith('.previousYearCount'))) {
        const base = a.slice(0, -'.previousYearCount'.length);
        const p0 = valueOf(rp, a);
        const ch = valueOf(rp, `${base}.yearChange`);
        const p1 = valueOf(rc, a);
        const addrs = [`${y1}:${a}`, `${y0}:${a}`, `${y0}:${base}.yearChange`];
        if (p0 === null || ch === null || p1 === null) c.add('X.ITEMS', 'uncertain', addrs, { zh: base, en: base });
        else c.add('X.ITEMS', p1 === p0 + ch ? 'pass' : 'fail', addrs, { expected: p0 + ch, actual: p1, zh: base, en: base });
      }
    }
  }
  return finish(c);
}

/**
 * Checks a summary report (a city's) against the reports it sums up (its departments'): every
 * table-三 and table-四 cell, and the table-二 counts shared by the versions, equal the sum over
 * the children. A child whose cell is missing or ambiguous makes that cell `uncertain`; a blank
 * counts as 0.
 *
 * @throws TypeError when the arguments are not reports.
 */
export function validateRollup(parent: Report, children: readonly Report[]): ValidationResult {
  if (typeof parent !== 'object' || parent === null || !Array.isArray(children)) {
    throw new TypeError('validateRollup(parent, children): expected a report and an array of reports');
  }
  const rp = new CellReader(parent);
  const readers = children.map((ch) => new CellReader(ch));
  const c = new Collector((a) => rp.locations(a));
  const addresses: string[] = [];
  if (parent.tables.t3) for (const a of table3Addresses(parent.tables.t3.version)) addresses.push(a);
  if (parent.tables.t4) for (const a of table4Addresses()) addresses.push(a);
  if (parent.tables.t2) for (const a of table2Addresses(parent.tables.t2.version)) if (!a.includes('yearChange')) addresses.push(a);
  for (const a of addresses) {
    const p = rp.operand(a);
    if (p.kind === 'unknown') {
      c.add('X.ROLLUP', 'uncertain', [a], { zh: a, en: a });
      continue;
    }
    let sum = 0;
    let unknown = 0;
    for (const r of readers) {
      const o = r.operand(a);
      if (o.kind === 'value') sum += o.value;
      else if (o.kind === 'unknown') unknown++;
    }
    const pv = p.kind === 'value' ? p.value : 0;
    if (unknown > 0) c.add('X.ROLLUP', 'uncertain', [a], { zh: `${a}（${unknown}份下级报告缺少该数）`, en: `${a} (${unknown} children lack it)` });
    else c.add('X.ROLLUP', round(sum) === pv ? 'pass' : 'fail', [a], { expected: round(sum), actual: pv, zh: a, en: a });
  }
  return finish(c);
}
