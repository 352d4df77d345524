import { describe, expect, it } from 'vitest';
import { createDiagnostic } from '../src/diagnostics/diagnostic.js';
import type { Reporter } from '../src/diagnostics/reporter.js';

describe('typed parameters per diagnostic code', () => {
  it('checks a call against its code (the @ts-expect-error lines fail `npm run typecheck` if the typing loosens)', () => {
    const d = createDiagnostic('cell-ambiguous', { target: 't3.results.granted.total', detail: '1 / 2', candidates: [1, 2] });
    expect(d.code).toBe('cell-ambiguous');
    // @ts-expect-error a required parameter is missing
    createDiagnostic('cell-ambiguous', { target: 't3.results.granted.total' });
    // @ts-expect-error a parameter the code does not take
    createDiagnostic('table-missing', { target: '表二', year: 2023 });
    // @ts-expect-error a parameter of the wrong type
    createDiagnostic('pdf-no-text', { count: '3' });
    // @ts-expect-error a code with required parameters needs its init
    createDiagnostic('section-missing');
    // @ts-expect-error multiple-reports' actual is 'split' or 'first'
    createDiagnostic('multiple-reports', { count: 2, detail: '1, 9', actual: 'both' });
    // A code without required parameters may omit its init.
    expect(createDiagnostic('not-text').code).toBe('not-text');
    const seen: string[] = [];
    const reporter: Reporter = {
      location: (start, end) => ({ start, end, line: 1, column: start + 1 }),
      report: (code, ..._init) => void seen.push(code),
    };
    reporter.report('row-missing', { target: '表三', detail: '（一）', path: 't3.x' });
    // @ts-expect-error the reporter checks parameters too
    reporter.report('row-missing', { target: '表三' });
    expect(seen).toEqual(['row-missing', 'row-missing']);
  });
});
