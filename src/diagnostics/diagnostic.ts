import type { FindingBase } from './finding.js';
import type { SourceLocation } from './location.js';
import { addressLabel } from '../template/labels.js';
import { formatMessages, severityOf, type DiagnosticCode, type MessageParams, type ParamsOf, type Severity } from './catalogue.js';

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

/** Fields of any diagnostic besides its code's parameters: where it is, what it concerns, its severity. */
export interface DiagnosticData {
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

/** Fields of a diagnostic of code `C` besides code and messages: the code's parameters (`DiagnosticParams`) and the common data. */
export type DiagnosticInit<C extends DiagnosticCode = DiagnosticCode> = ParamsOf<C> & DiagnosticData;

/**
 * The init argument of code `C`: optional when the code has no required parameter. Used by
 * {@link createDiagnostic} and `Reporter.report` so a call is checked against its code.
 */
export type DiagnosticInitArgs<C extends DiagnosticCode> =
  Record<string, never> extends ParamsOf<C> ? [init?: DiagnosticInit<C>] : [init: DiagnosticInit<C>];

/** Creates a diagnostic with the catalogue's severity and messages. */
export function createDiagnostic<C extends DiagnosticCode>(code: C, ...[init]: DiagnosticInitArgs<C>): Diagnostic {
  const data: MessageParams & DiagnosticData = init ?? {};
  // Messages name cells and rows as the template prints them, never by internal address.
  const params = data.target !== undefined && /^t[234](?:\.|$)/.test(data.target) ? { ...data, target: addressLabel(data.target) } : data;
  const { zh, en } = formatMessages(code, params as ParamsOf<C>);
  const d: Diagnostic = { code, severity: data.severity ?? severityOf(code), message: zh, messageEn: en };
  if (data.path !== undefined) d.path = data.path;
  if (data.addresses !== undefined) d.addresses = data.addresses;
  if (data.location !== undefined) d.location = data.location;
  if (data.expected !== undefined) d.expected = data.expected;
  if (data.actual !== undefined) d.actual = data.actual;
  if (data.candidates !== undefined) d.candidates = data.candidates;
  return d;
}
