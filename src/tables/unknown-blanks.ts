/**
 * Blank cells as unknowns. A blank cell that vanished from crawler text leaves no trace, and a
 * document may have left a cell blank where its tables count a value (the 总计 row still adds it
 * up): then every placement of the blank breaks an equation when the blank counts as 0, and the
 * search that reads blanks as 0 confirms none. Read as an *unknown* (some count the document did
 * not write), the blank breaks nothing in its true place: the equations through it are satisfied by
 * one non-negative number, while a blank put in another place shifts the row's written numbers into
 * other columns, which then break equations no unknown reaches. {@link unknownsFit} decides whether
 * the written numbers of a combination of readings leave the unknowns a consistent value; nothing is
 * ever written into a cell from it (the cell stays blank).
 */
import type { CompiledRelation, ReadingFit } from '../template/arithmetic.js';

/** Tolerance when comparing sums (amounts carry cents). */
const EPSILON = 1e-6;

/**
 * Whether non-negative values for the unknown cells of `cells` (NaN) can make every equation of
 * `relations` hold: each equation with one unknown left gives that unknown its value (which must be
 * ≥ 0 and agree with every other equation through it), repeated until nothing more is learnt; an
 * equation whose cells are all known must hold (`refuted` where one does not), and one with two or
 * more unknowns left cannot be refuted. `confirmed` where every equation of `mustResolve` (those the
 * reading rests on) was found known; `unchecked` where one of them is left open (see
 * {@link readingsKept}: such a reading is never stated on its own, nor dropped). `scratch` is a
 * vector of the same length the check may overwrite. Linear in the equations' cells per round; at
 * most one round per unknown.
 */
export function unknownsFit(
  cells: ArrayLike<number>,
  relations: readonly CompiledRelation[],
  scratch: Float64Array,
  mustResolve: ReadonlySet<number> = new Set(),
): ReadingFit {
  for (let i = 0; i < cells.length; i++) scratch[i] = cells[i] as number;
  const open = new Set<number>(relations.map((_, k) => k));
  let learnt = true;
  while (learnt) {
    learnt = false;
    for (const k of open) {
      const rel = relations[k] as CompiledRelation;
      let unknown = -1;
      let unknowns = 0;
      let onLeft = false;
      let left = 0;
      let right = 0;
      for (const i of rel.left) {
        const v = scratch[i] as number;
        if (Number.isNaN(v)) {
          if (unknown !== i) unknowns++;
          unknown = i;
          onLeft = true;
        } else left += v;
      }
      for (const i of rel.right) {
        const v = scratch[i] as number;
        if (Number.isNaN(v)) {
          if (unknown !== i) unknowns++;
          unknown = i;
          onLeft = false;
        } else right += v;
      }
      if (unknowns >= 2) continue;
      open.delete(k);
      if (unknowns === 0) {
        if (Math.abs(left - right) > EPSILON) return 'refuted';
        continue;
      }
      const value = onLeft ? right - left : left - right;
      if (value < -EPSILON) return 'refuted';
      scratch[unknown] = Math.max(0, value);
      learnt = true;
    }
  }
  // An equation the reading depends on that two unknowns (or a row not read) leave open confirms
  // nothing, and refutes nothing either.
  for (const k of open) if (mustResolve.has(k)) return 'unchecked';
  return 'confirmed';
}
