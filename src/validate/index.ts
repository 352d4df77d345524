/**
 * `zfxxgk-report/validate`: the validation API on its own, for tools that check report data
 * (JSON from disk, `createReport` output) without parsing text. It pulls in neither the grammar
 * (parsimmon) nor the HTML tokenizer nor the traditional → simplified converter (opencc).
 *
 * @packageDocumentation
 */
export { validateReport, type ValidateOptions } from './validate-report.js';
export { validateSeries, validateRollup } from './series.js';
export type { ValidationResult, ReportValidationResult, ValidationStatus, ValidationIssue, CheckResult, CheckStatus } from './types.js';
export type { ReportCoverage, TableCoverage, TableCoverageStatus } from './coverage.js';
export { collectFindings, issueFinding } from './findings.js';
export { diagnosticFinding, type Finding, type FindingBase } from '../diagnostics/finding.js';
export { rules, type RuleDefinition, type RuleId, type RuleKind, type RuleTitle } from './rules.js';
export { createReport, type CreateReportInit } from '../model/create-report.js';
export { reportJsonSchema, type JsonSchema } from '../schema/report-schema.js';
export { isReport, assertReport, reportSchemaError } from '../schema/guards.js';
