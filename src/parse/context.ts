import { createDiagnostic, type Diagnostic, type DiagnosticInitArgs } from '../diagnostics/diagnostic.js';
import type { Reporter } from '../diagnostics/reporter.js';
import type { DiagnosticCode } from '../diagnostics/catalogue.js';
import { LineCounter, type SourceLocation } from '../model/location.js';
import type { NormalizedText } from '../normalize/normalize.js';

/**
 * What every stage of one parse shares: the normalised text, the way back to the original
 * input for locations, and the diagnostics collected so far.
 */
export class ParseContext implements Reporter {
  /** Diagnostics in the order they were found. */
  readonly diagnostics: Diagnostic[] = [];
  private readonly lines: LineCounter;
  /** Diagnostics left out over the limit. */
  private dropped = 0;

  /**
   * @param norm - the normalised text.
   * @param toInput - maps a range of the text given to `normalize` to the caller's input (identity for text;
   *   the HTML adapter maps its rendering back into the markup).
   * @param input - the caller's input (locations' lines and columns count in it).
   * @param place - page and position of an input offset (PDF).
   * @param maxDiagnostics - most diagnostics kept; the rest are counted by {@link finish}.
   */
  constructor(
    readonly norm: NormalizedText,
    private readonly toInput: (start: number, end: number) => [number, number] = (s, e) => [s, e],
    input: string = norm.original,
    private readonly place?: (offset: number) => { page: number; x: number; y: number } | null,
    private readonly maxDiagnostics = Infinity,
  ) {
    this.lines = new LineCounter(input);
  }

  /** Location in the caller's input of a range of the normalised text (with page and position for PDF input). */
  location(start: number, end: number): SourceLocation {
    const [os, oe] = this.norm.toOriginal(start, end);
    const [is, ie] = this.toInput(os, oe);
    const loc = this.lines.location(is, ie);
    const p = this.place?.(is);
    if (p) Object.assign(loc, p);
    return loc;
  }

  /** Records a diagnostic; its parameters are checked against its code. */
  report<C extends DiagnosticCode>(code: C, ...init: DiagnosticInitArgs<C>): void {
    if (this.diagnostics.length >= this.maxDiagnostics) this.dropped++;
    else this.diagnostics.push(createDiagnostic(code, ...init));
  }

  /** Records diagnostics found before parsing (by an adapter), within the same limit. */
  add(diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) {
      if (this.diagnostics.length >= this.maxDiagnostics) this.dropped++;
      else this.diagnostics.push(d);
    }
  }

  /** The diagnostics of the parse, with one `diagnostics-truncated` diagnostic counting those left out over the limit. */
  finish(): Diagnostic[] {
    if (this.dropped > 0) {
      this.diagnostics.push(createDiagnostic('diagnostics-truncated', { count: this.dropped, expected: this.maxDiagnostics }));
      this.dropped = 0;
    }
    return this.diagnostics;
  }
}
