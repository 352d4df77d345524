/** `cell-ambiguous` names the candidates that are also among its table's `values-unplaced`. */
import { describe, expect, it } from 'vitest';
import { createDiagnostic, type Diagnostic } from '../src/diagnostics/diagnostic.js';
import { noteUnplacedCandidates } from '../src/diagnostics/unplaced-candidates.js';

const ambiguous = (path: string, candidates: number[]): Diagnostic =>
  createDiagnostic('cell-ambiguous', { target: path, detail: candidates.join(' / '), path, candidates });
const unplaced = (table: string, written: string): Diagnostic =>
  createDiagnostic('values-unplaced', { target: table, detail: written, actual: written, path: table });

describe('noteUnplacedCandidates', () => {
  it('adds the shared candidates to the message and to actual, for the same table only', () => {
    const ds = [ambiguous('t4.review.total', [3, 7]), ambiguous('t3.newReceived.total', [7, 9]), unplaced('t4', '7, 1,234')];
    noteUnplacedCandidates(ds);
    expect(ds[0]).toMatchObject({ code: 'cell-ambiguous', path: 't4.review.total', actual: '7', candidates: [3, 7] });
    expect(ds[0]?.messageEn).toContain('7 is also among');
    expect(ds[0]?.message).toContain('也在本表无法对应');
    expect(ds[1]?.actual).toBeUndefined();
  });

  it('leaves a cell whose candidates were not left over unchanged', () => {
    const ds = [ambiguous('t4.review.total', [3, 5]), unplaced('t4', '7')];
    const before = JSON.stringify(ds);
    noteUnplacedCandidates(ds);
    expect(JSON.stringify(ds)).toBe(before);
  });

  it('reads thousands separators in the unplaced numbers', () => {
    const ds = [ambiguous('t3.results.total.total', [1234]), unplaced('t3', '1,234')];
    noteUnplacedCandidates(ds);
    expect(ds[0]?.actual).toBe('1234');
  });
});
