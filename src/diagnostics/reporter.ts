import type { DiagnosticCode } from './catalogue.js';
import type { Diagnostic, DiagnosticInitArgs } from './diagnostic.js';
import type { SourceLocation } from './location.js';

/**
 * What a reading stage needs to report a finding: the location in the caller's input of a range
 * of the normalised text, and a way to record a diagnostic. `parse/context.ts` implements it;
 * stages below the orchestrator depend on this interface, not on the parse context.
 */
export interface Reporter {
  /** Location in the caller's input of a range `[start, end)` of the normalised text. */
  location(start: number, end: number): SourceLocation;
  /** Records a diagnostic; its parameters are checked against its code (`DiagnosticParams`). */
  report<C extends DiagnosticCode>(code: C, ...init: DiagnosticInitArgs<C>): void;
}

/**
 * A {@link Reporter} whose recorded diagnostics a stage may take back: a reading tried and
 * dropped (`repairs/either-way.ts` reads a table two ways and keeps the diagnostics of one).
 */
export interface RecordingReporter extends Reporter {
  /** The diagnostics recorded so far, in order; a stage may splice off those it recorded itself. */
  readonly diagnostics: Diagnostic[];
}
