/**
 * Repair check after a table is read: an equation of the table (a row sum, a column balance, a
 * table-四 group sum) with an ambiguous cell among its cells cannot be checked by validation, so
 * the cells it states escape the check too. Where no choice among the ambiguous cells' candidates
 * keeps the equation, it fails whatever they hold, exactly as it would fail with every cell stated:
 * the stated cells are in doubt as much as the ambiguous ones. A reading that left a wrapped
 * piece of a number as a cell of its own (`… ５６ １２` over `３` for 123: the last two cells in
 * doubt between the printed order and the columns', the five before them one column off), or that
 * read a row's total from one piece of it (`０` under `１０` for 100), leaves such a row.
 *
 * The evidence: every cell of the equation stated or ambiguous (a missing cell may hold anything; a
 * blank total leaves the equation unusable, as in validation), an ambiguous part possibly blank
 * too (0: a reading with a vanished blank keeps no candidate for it), and no sum of one side's
 * choices equal to one of the other's. The stated cells of such an equation are returned; the
 * reader names them in a warning (their values stay: the warning does what the failing equation
 * would do).
 *
 * Bounded: each side's reachable sums are kept as a set of at most {@link MAX_SUMS} numbers; an
 * equation past that is left alone (it may hold).
 */
import { roundSum } from '../template/arithmetic.js';
import type { TableRelation } from '../template/relations.js';

/** Reachable sums of one side of an equation kept at most (past that the equation is not judged). */
const MAX_SUMS = 4096;

/** What a cell of the read table holds, as the check needs it. */
export type EquationCell =
  { status: 'value'; value: number } | { status: 'blank' } | { status: 'missing' } | { status: 'ambiguous'; candidates: readonly number[] };

/** An equation no choice of its ambiguous cells' candidates keeps. */
export interface UnkeptEquation {
  /** The equation. */
  relation: TableRelation;
  /** Its stated cells (a value or a blank), in the equation's order. */
  addresses: string[];
}

/**
 * The equations of `relations` that fail whatever their ambiguous cells hold (see the module
 * comment). `cellOf` gives each address's cell; `blankAsZero` says which blanks count as 0.
 */
export function unkeptEquations(
  relations: readonly TableRelation[],
  cellOf: (address: string) => EquationCell,
  blankAsZero: (address: string) => boolean,
): UnkeptEquation[] {
  const out: UnkeptEquation[] = [];
  for (const rel of relations) {
    const cells = [...rel.left, ...rel.right];
    if (!cells.some((a) => cellOf(a).status === 'ambiguous')) continue;
    const left = reachable(rel.left, cellOf, blankAsZero);
    const right = left && reachable(rel.right, cellOf, blankAsZero);
    if (!left || !right) continue;
    let kept = false;
    for (const v of left)
      if (right.has(v)) {
        kept = true;
        break;
      }
    if (kept) continue;
    const addresses = cells.filter((a) => {
      const s = cellOf(a).status;
      return s === 'value' || s === 'blank';
    });
    if (addresses.length > 0) out.push({ relation: rel, addresses });
  }
  return out;
}

/** The sums one side of an equation can make; null where it cannot be judged (a missing cell, a blank that is not 0, too many sums). */
function reachable(
  addresses: readonly string[],
  cellOf: (address: string) => EquationCell,
  blankAsZero: (address: string) => boolean,
): Set<number> | null {
  let sums = new Set<number>([0]);
  for (const a of addresses) {
    const c = cellOf(a);
    let options: readonly number[];
    if (c.status === 'missing') return null;
    if (c.status === 'blank') {
      if (!blankAsZero(a)) return null;
      options = [0];
    } else if (c.status === 'value') options = [c.value];
    else options = blankAsZero(a) ? [...c.candidates, 0] : c.candidates;
    const next = new Set<number>();
    for (const s of sums)
      for (const o of options) {
        next.add(roundSum(s + o));
        if (next.size > MAX_SUMS) return null;
      }
    sums = next;
  }
  return sums;
}
