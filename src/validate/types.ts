import type { Severity } from '../diagnostics/catalogue.js';
import type { FindingBase } from '../diagnostics/finding.js';
import type { SourceLocation } from '../model/location.js';
import type { ReportCoverage } from './coverage.js';
import type { RuleId } from './rules.js';

/** Outcome of one rule instance. */
export type CheckStatus = 'pass' | 'fail' | 'uncertain' | 'not-assessable';

/** One evaluated rule instance (a rule applied to one column, row, group or claim). */
export interface CheckResult {
  /** The rule. */
  rule: RuleId;
  /**
   * `pass`/`fail`; `uncertain` when an operand is blank-as-not-reported, missing or ambiguous (never a
   * false fail); `not-assessable` when the table or section it needs is absent.
   */
  status: CheckStatus;
  /** Cell addresses (or section paths) involved. */
  addresses: string[];
  /** What the rule expected (e.g. the sum of the parts). */
  expected?: number | string;
  /** What the report says (e.g. the total printed). */
  actual?: number | string;
  /** `actual − expected` for arithmetic rules. */
  delta?: number;
  /** Free detail: which column or row, which blanks were counted as 0, which claim. */
  detail?: string;
}

/** A failing or uncertain check, ready to show to a person. */
export interface ValidationIssue extends CheckResult, FindingBase {
  /** Severity of the rule (uncertain checks are reported as `info`). */
  severity: Severity;
  /** Message in zh-CN. */
  message: string;
  /** Message in English. */
  messageEn: string;
  /** Source locations of the cells involved that have one, so a UI can point at them. */
  locations: SourceLocation[];
}

/**
 * The verdict: `ok`; `failed` (an error-severity rule failed: the report contradicts itself);
 * `incomplete` (a table is absent from the report (S.TABLES) or could not be read (S.TABLE_EMPTY):
 * nothing can be said about what was not read).
 */
export type ValidationStatus = 'ok' | 'failed' | 'incomplete';

/** Result of validating reports. */
export interface ValidationResult {
  /** True when no check of severity `error` failed (so never for a report whose tables are absent or unread). */
  ok: boolean;
  /** The verdict, telling an incomplete reading apart from a failed check. */
  status: ValidationStatus;
  /** Failing and uncertain checks, with messages and locations. */
  issues: ValidationIssue[];
  /** Every check that was evaluated. */
  checks: CheckResult[];
}

/** Result of validating one report: the verdict with the coverage of each table. */
export interface ReportValidationResult extends ValidationResult {
  /** How much of each table was read: cells with a value, blank, missing and ambiguous, and what became of the table. */
  coverage: ReportCoverage;
}
