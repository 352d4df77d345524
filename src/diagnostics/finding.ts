/**
 * One finding shape for parse diagnostics and validation issues: both extend {@link FindingBase},
 * and {@link Finding} is either of them flattened for one list (a UI, an export).
 */
import type { DiagnosticCode, Severity } from './catalogue.js';
import type { Diagnostic } from './diagnostic.js';
import type { SourceLocation } from './location.js';

/** What every finding has, whether the parser or a validation rule found it. */
export interface FindingBase {
  /** Severity of the finding. */
  severity: Severity;
  /** Human message in zh-CN. */
  message: string;
  /** The same message in English. */
  messageEn: string;
  /** What the template or rule expected. */
  expected?: string | number;
  /** What was found. */
  actual?: string | number;
}

/** A parse diagnostic or a validation issue in one shape (see `diagnosticFinding`, `issueFinding`, `collectFindings`). */
export interface Finding<Id extends string = string> extends FindingBase {
  /** `diagnostic` for a parse diagnostic, `rule` for a validation issue. */
  kind: 'diagnostic' | 'rule';
  /** The diagnostic code or the rule id: stable, what tools should key on. */
  id: Id;
  /** Validation issues only: `fail` or `uncertain`. */
  status?: 'pass' | 'fail' | 'uncertain' | 'not-assessable';
  /** Cell addresses concerned (empty when the finding is about no cell). */
  addresses: string[];
  /** Where in the caller's input (empty when unknown). */
  locations: SourceLocation[];
}

const CELL_PATH = /^t[234]\./;

/** A parse diagnostic as a {@link Finding}: its location (if any) and its cell addresses, the path included when it names a cell. */
export function diagnosticFinding(d: Diagnostic): Finding<DiagnosticCode> {
  const f: Finding<DiagnosticCode> = {
    kind: 'diagnostic',
    id: d.code,
    severity: d.severity,
    message: d.message,
    messageEn: d.messageEn,
    addresses: [...new Set([...(d.addresses ?? []), ...(d.path !== undefined && CELL_PATH.test(d.path) ? [d.path] : [])])],
    locations: d.location ? [d.location] : [],
  };
  if (d.expected !== undefined) f.expected = d.expected;
  if (d.actual !== undefined) f.actual = d.actual;
  return f;
}
