import type { FindingBase } from './finding.js';
import type { SourceLocation } from './location.js';
import { addressLabel } from '../template/labels.js';
import { formatMessages, severityOf, type DiagnosticCode, type MessageParams, type Severity } from './catalogue.js';

/**
 * A finding of the parser, as data. Tests and tools should key on `code` (stable) and
 * `location`/`path`, not on message text.
 */
export interface Diagnostic extends FindingBase {
  /** Stable code from the closed catalogue (see `DIAGNOSTIC_CODES`). */
  code: DiagnosticCode;
  /** Severity of this finding. */
  severity: Severity;
  /** Human message in zh-CN. */
  message: string;
  /** The same message in English. */
  messageEn: string;
  /** Address of the cell, row or part concerned (`t3.results.granted.total`, `t3.results.granted`, `t2`, `sections.overview`). */
  path?: string;
  /** All cell addresses concerned, when there are several. */
  addresses?: string[];
  /** Where in the original input. */
  location?: SourceLocation;
  /** What the template or rule expected. */
  expected?: string | number;
  /** What was found. */
  actual?: string | number;
  /** Possible values, for ambiguous cells. */
  candidates?: number[];
}

/** Fields of a diagnostic besides code and messages. */
export interface DiagnosticInit extends MessageParams {
  /** See {@link Diagnostic.path}. */
  readonly path?: string;
  /** See {@link Diagnostic.addresses}. */
  readonly addresses?: string[];
  /** See {@link Diagnostic.location}. */
  readonly location?: SourceLocation;
  /** See {@link Diagnostic.candidates}. */
  readonly candidates?: number[];
  /** Overrides the catalogue severity. */
  readonly severity?: Severity;
}

/** Creates a diagnostic with the catalogue's severity and messages. */
export function createDiagnostic(code: DiagnosticCode, init: DiagnosticInit = {}): Diagnostic {
  // Messages name cells and rows as the template prints them, never by internal address.
  const params = init.target !== undefined && /^t[234](?:\.|$)/.test(init.target) ? { ...init, target: addressLabel(init.target) } : init;
  const { zh, en } = formatMessages(code, params);
  const d: Diagnostic = { code, severity: init.severity ?? severityOf(code), message: zh, messageEn: en };
  if (init.path !== undefined) d.path = init.path;
  if (init.addresses !== undefined) d.addresses = init.addresses;
  if (init.location !== undefined) d.location = init.location;
  if (init.expected !== undefined) d.expected = init.expected;
  if (init.actual !== undefined) d.actual = init.actual;
  if (init.candidates !== undefined) d.candidates = init.candidates;
  return d;
}
