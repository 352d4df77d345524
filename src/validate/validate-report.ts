import type { Report } from '../model/report.js';
import { Collector } from './collector.js';
import { checkNarrative } from './narrative.js';
import { CellReader } from './operands.js';
import type { RuleId, RuleKind } from './rules.js';
import { ruleDefinition } from './rules.js';
import { checkReportLevel, checkStructure } from './structure-rules.js';
import { checkTable2, checkTable3, checkTable4 } from './table-rules.js';
import type { ValidationResult } from './types.js';

/** Options of {@link validateReport}. */
export interface ValidateOptions {
  /** Only report these rules (all by default). */
  rules?: readonly RuleId[];
  /** Rule kinds to skip, e.g. `['narrative']`. */
  skipKinds?: readonly RuleKind[];
}

/**
 * Checks a report against every consistency rule of the template (see `rules`): the table
 * arithmetic (勾稽关系), domain rules, structure, report-level coherence and the numbers the text
 * states. Pure and fast; works on a parsed report or one built with `createReport`.
 *
 * @throws TypeError when `report` is not a report object.
 */
export function validateReport(report: Report, options: ValidateOptions = {}): ValidationResult {
  if (typeof report !== 'object' || report === null || typeof report.tables !== 'object' || report.tables === null) {
    throw new TypeError('validateReport(report): expected a Report (from parseReport or createReport)');
  }
  const reader = new CellReader(report);
  const c = new Collector((a) => reader.locations(a));
  const skip = new Set(options.skipKinds ?? []);
  if (!skip.has('table')) {
    checkTable3(c, reader, report);
    checkTable4(c, reader, report);
    checkTable2(c, reader, report);
  }
  if (!skip.has('structure')) checkStructure(c, reader, report);
  if (!skip.has('report')) checkReportLevel(c, reader, report);
  if (!skip.has('narrative')) checkNarrative(c, reader, report);
  const only = options.rules ? new Set(options.rules) : null;
  const checks = only ? c.checks.filter((x) => only.has(x.rule)) : c.checks;
  const issues = only ? c.issues.filter((x) => only.has(x.rule)) : c.issues;
  const ok = !checks.some((x) => x.status === 'fail' && ruleDefinition(x.rule).severity === 'error');
  return { ok, issues, checks };
}
