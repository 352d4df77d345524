/** Validation issues in the shared finding shape, and one list of a parse's and a validation's findings. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticFinding, type Finding } from '../diagnostics/finding.js';
import type { RuleId } from './rules.js';
import type { ValidationIssue, ValidationResult } from './types.js';

/** A validation issue as a {@link Finding}. */
export function issueFinding(i: ValidationIssue): Finding<RuleId> {
  const f: Finding<RuleId> = {
    kind: 'rule',
    id: i.rule,
    severity: i.severity,
    status: i.status,
    message: i.message,
    messageEn: i.messageEn,
    addresses: i.addresses,
    locations: i.locations,
  };
  if (i.expected !== undefined) f.expected = i.expected;
  if (i.actual !== undefined) f.actual = i.actual;
  return f;
}

/** The findings of a parse and (optionally) its validation as one list: validation issues first, in their order, then the diagnostics. */
export function collectFindings(diagnostics: readonly Diagnostic[], validation: Pick<ValidationResult, 'issues'> | null = null): Finding[] {
  const out: Finding[] = [];
  for (const i of validation?.issues ?? []) out.push(issueFinding(i));
  for (const d of diagnostics) out.push(diagnosticFinding(d));
  return out;
}
