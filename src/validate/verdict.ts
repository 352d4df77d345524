/**
 * The verdict of a validation: `ok` only when no error-severity rule failed; `incomplete` when the
 * failures include a table the report omits or we could not read, so that an unread document can
 * never pass for a valid one.
 */
import { ruleDefinition, type RuleId } from './rules.js';
import type { CheckResult, ValidationStatus } from './types.js';

/** Rules whose failure means the tables were not all read: the verdict is then `incomplete`. */
const COMPLETENESS_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['S.TABLES', 'S.TABLE_EMPTY']);

/** `ok` and `status` from the checks. */
export function verdictOf(checks: readonly CheckResult[]): { ok: boolean; status: ValidationStatus } {
  const errors = checks.filter((x) => x.status === 'fail' && ruleDefinition(x.rule).severity === 'error');
  const status: ValidationStatus =
    errors.length === 0 ? 'ok' : errors.some((x) => COMPLETENESS_RULES.has(x.rule)) ? 'incomplete' : 'failed';
  return { ok: status === 'ok', status };
}
