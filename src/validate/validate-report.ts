import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Report } from '../model/report.js';
import { isTemplateVersion, unsupportedVersionMessage } from '../template/registry.js';
import { Collector } from './collector.js';
import { reportCoverage } from './coverage.js';
import { CellReader } from './operands.js';
import type { ReportRule, ReportRuleContext } from './rule.js';
import type { RuleId, RuleKind } from './rules.js';
import { RULE_REGISTRY } from './rules/registry.js';
import { verdictOf } from './verdict.js';
import type { ReportValidationResult } from './types.js';

/** Options of {@link validateReport}. */
export interface ValidateOptions {
  /** Only report these rules (all by default). */
  rules?: readonly RuleId[];
  /** Rule kinds to skip, e.g. `['narrative']`. */
  skipKinds?: readonly RuleKind[];
  /**
   * The diagnostics of the parse that produced the report (`parseReport(…).diagnostics`). With them,
   * a table the parse could not see because it is printed as an image (`html-no-tables`) or the PDF
   * has no text (`pdf-no-text`) counts as unread (S.TABLE_EMPTY) rather than omitted by the report
   * (S.TABLES).
   */
  diagnostics?: readonly Pick<Diagnostic, 'code'>[];
}

/** Rules `validateReport` runs (one report at a time), in registry order. */
const REPORT_RULES: readonly ReportRule<RuleId>[] = RULE_REGISTRY.filter(
  (r): r is Extract<(typeof RULE_REGISTRY)[number], ReportRule<RuleId>> => r.kind !== 'series' && r.kind !== 'rollup',
);

/**
 * Checks a report against every consistency rule of the template (see `rules`): the table
 * arithmetic (勾稽关系), domain rules, structure, report-level coherence and the numbers the text
 * states. The verdict includes completeness: `coverage` counts the cells read per table, and a
 * report whose tables are absent (S.TABLES) or unread (S.TABLE_EMPTY) is not `ok` (`status:
 * 'incomplete'`). Pure and fast; works on a parsed report or one built with `createReport`.
 *
 * @throws TypeError when `report` is not a report object, or a table has a template version the
 * registry does not know.
 */
export function validateReport(report: Report, options: ValidateOptions = {}): ReportValidationResult {
  if (typeof report !== 'object' || report === null || typeof report.tables !== 'object' || report.tables === null) {
    throw new TypeError('validateReport(report): expected a Report (from parseReport or createReport)');
  }
  for (const t of [report.tables.t2, report.tables.t3]) {
    if (t && !isTemplateVersion(t.version)) throw new TypeError(unsupportedVersionMessage('validateReport', t.version));
  }
  const reader = new CellReader(report);
  const coverage = reportCoverage(reader, options.diagnostics);
  const c = new Collector((a) => reader.locations(a));
  const skip = new Set(options.skipKinds ?? []);
  for (const rule of REPORT_RULES) {
    if (skip.has(rule.kind)) continue;
    const table = rule.table ? report.tables[rule.table] : null;
    if (rule.table && !table) {
      c.add(rule.id, 'not-assessable', [rule.table]);
      continue;
    }
    const version = table && 'version' in table ? table.version : null;
    if (version !== null && !rule.versions.includes(version)) continue;
    const ctx: ReportRuleContext = {
      report,
      reader,
      version,
      coverage,
      add: (status, addresses, init) => void c.add(rule.id, status, addresses, init),
    };
    rule.check(ctx);
  }
  const only = options.rules ? new Set(options.rules) : null;
  const checks = only ? c.checks.filter((x) => only.has(x.rule)) : c.checks;
  const issues = only ? c.issues.filter((x) => only.has(x.rule)) : c.issues;
  return { ...verdictOf(checks), issues, checks, coverage };
}
