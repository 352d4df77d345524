/**
 * Checks across reports: one agency over the years (X.CARRY, X.VALID, X.ITEMS), and a summary
 * report against the reports it sums up (X.ROLLUP). The checks live in the rule files; this module
 * pairs the reports and dispatches.
 */
import type { Report } from '../model/report.js';
import { Collector } from './collector.js';
import { CellReader } from './operands.js';
import type { RollupRule, SeriesRule } from './rule.js';
import type { RuleId } from './rules.js';
import { RULE_REGISTRY } from './rules/registry.js';
import { verdictOf } from './verdict.js';
import type { ValidationResult } from './types.js';

const SERIES_RULES: readonly SeriesRule<RuleId>[] = RULE_REGISTRY.filter(
  (r): r is Extract<(typeof RULE_REGISTRY)[number], SeriesRule<RuleId>> => r.kind === 'series',
);
const ROLLUP_RULES: readonly RollupRule<RuleId>[] = RULE_REGISTRY.filter(
  (r): r is Extract<(typeof RULE_REGISTRY)[number], RollupRule<RuleId>> => r.kind === 'rollup',
);

function finish(c: Collector): ValidationResult {
  return { ...verdictOf(c.checks), issues: c.issues, checks: c.checks };
}

/** Does a rule apply to both reports of a pair (its table present in a version it covers, in each)? */
function appliesToPair(rule: SeriesRule<RuleId>, prev: Report, cur: Report): boolean {
  if (!rule.table) return true;
  const versionOf = (r: Report): string | null => {
    const t = r.tables[rule.table as 't2' | 't3' | 't4'];
    return t && 'version' in t ? t.version : null;
  };
  const a = versionOf(prev);
  const b = versionOf(cur);
  return a !== null && a === b && rule.versions.some((v) => v === a);
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
  const sorted = reports
    .filter((r) => r.meta.year !== null)
    .slice()
    .sort((a, b) => (a.meta.year as number) - (b.meta.year as number));
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
    const previous = { report: prev, reader: readers.get(prev) as CellReader, year: y0 };
    const current = { report: cur, reader: readers.get(cur) as CellReader, year: y1 };
    for (const rule of SERIES_RULES) {
      if (!appliesToPair(rule, prev, cur)) continue;
      rule.check({ previous, current, add: (status, addresses, init) => void c.add(rule.id, status, addresses, init) });
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
  for (const rule of ROLLUP_RULES) {
    rule.check({
      parent: { report: parent, reader: rp },
      children: readers,
      add: (status, addresses, init) => void c.add(rule.id, status, addresses, init),
    });
  }
  return finish(c);
}
