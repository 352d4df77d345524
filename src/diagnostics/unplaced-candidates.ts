/**
 * A post-pass over the diagnostics of one parse: an ambiguous cell (`cell-ambiguous`) whose
 * candidates include a number its table could not place (`values-unplaced`) says so, since that
 * number may well belong in the cell. Reads and rewrites diagnostics only; cells are untouched.
 */
import { createDiagnostic, type Diagnostic } from './diagnostic.js';

/** Numbers written in a `values-unplaced` diagnostic (`12, 1,234, 5.5`). */
function unplacedNumbers(d: Diagnostic): Set<number> {
  const out = new Set<number>();
  for (const raw of String(d.actual ?? '').split(', ')) {
    const m = /-?\d+(?:\.\d+)?/.exec(raw.replace(/(?<=\d),(?=\d{3})/g, ''));
    if (m) out.add(Number(m[0]));
  }
  return out;
}

/** Rewrites, in place, the `cell-ambiguous` diagnostics whose candidates are among their table's unplaced values. */
export function noteUnplacedCandidates(diagnostics: Diagnostic[]): void {
  const unplaced = new Map<string, Set<number>>();
  for (const d of diagnostics) {
    if (d.code !== 'values-unplaced' || !d.path) continue;
    const set = unplaced.get(d.path) ?? new Set<number>();
    for (const n of unplacedNumbers(d)) set.add(n);
    unplaced.set(d.path, set);
  }
  if (unplaced.size === 0) return;
  diagnostics.forEach((d, i) => {
    if (d.code !== 'cell-ambiguous' || !d.path || !d.candidates) return;
    const pool = unplaced.get(d.path.slice(0, d.path.indexOf('.')));
    const shared = pool ? d.candidates.filter((c) => pool.has(c)) : [];
    if (shared.length === 0) return;
    const rewritten = createDiagnostic('cell-ambiguous', {
      target: d.path,
      detail: d.candidates.join(' / '),
      actual: shared.join(' / '),
      path: d.path,
      candidates: d.candidates,
      severity: d.severity,
      ...(d.location ? { location: d.location } : {}),
    });
    diagnostics[i] = rewritten;
  });
}
