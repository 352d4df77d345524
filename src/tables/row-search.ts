/**
 * The search over rows with several readings (digit runs cut in several ways, rows that lost blank
 * cells): which combinations of one reading per row keep the table's equations. Depth first, rows
 * with the fewest readings first; after each choice every equation the row takes part in is
 * checked against the range its sides can still reach (a chosen or fixed cell is one number, a
 * cell of a row not chosen yet lies between the least and the most its readings give it, any other
 * cell is unknown), so a partial combination is dropped as soon as no completion can add up. Every
 * node is paid from the table's work budget; when it runs out the search says so and decides
 * nothing.
 */
import { evaluateCompiled, type CompiledRelation, type ReadingFit } from '../template/arithmetic.js';
import type { WorkBudget } from './budget.js';
import { supportedReadings } from './support-search.js';

/** A row with several readings, for {@link searchCombinations}. */
export interface OpenRow {
  /** Index of the row's first cell in the cell vector. */
  base: number;
  /** Its readings: one number per cell (a blank written as 0, or NaN where it stands for an unknown count ≥ 0). */
  readings: readonly (readonly number[])[];
  /** A reading of this row counts only where every equation it takes part in is known and holds. */
  mustHold?: boolean;
}

/** What the search found. */
export interface CombinationSearch {
  /** For each open row, the readings that take part in some combination that adds up. */
  surviving: Set<number>[];
  /**
   * For each open row, the readings that take part in some combination the caller's `leaf` left
   * unchecked (not refuted, not confirmed: see `readingsKept`), and in none that adds up (absent: none).
   */
  unchecked?: Set<number>[];
  /** False when the work budget ran out (nothing is decided then). */
  complete: boolean;
  /**
   * The budget ran out after some combination was found (`support-search.ts`): `surviving` holds
   * every reading the search did not rule out, a superset of those in a combination that adds up.
   */
  bounded?: true;
}

/** Tolerance of a range check (amounts carry cents). */
const EPSILON = 1e-6;

/**
 * Combinations of one reading per open row under which no equation fails. `cells` holds the fixed
 * cells (NaN: unknown); it is restored before returning. `width` is the number of cells of a row.
 * `leaf`, when given, must also accept a complete combination (the caller's own check of it:
 * false or `refuted` drops it, `unchecked` keeps it apart in {@link CombinationSearch.unchecked}).
 */
export function searchCombinations(
  cells: Float64Array,
  width: number,
  relations: readonly CompiledRelation[],
  rows: readonly OpenRow[],
  budget: WorkBudget,
  leaf?: (cells: Float64Array) => boolean | ReadingFit,
): CombinationSearch {
  // Readings of whole numbers: which take part in some combination, without listing them all.
  if (!leaf) {
    const supported = supportedReadings(cells, width, relations, rows, budget);
    if (supported) return supported;
  }
  const surviving = rows.map(() => new Set<number>());
  const unchecked = rows.map(() => new Set<number>());
  const lo = new Float64Array(cells.length);
  const hi = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i] as number;
    lo[i] = Number.isNaN(v) ? -Infinity : v;
    hi[i] = Number.isNaN(v) ? Infinity : v;
  }
  // The range of every cell of an open row over its readings, while the row is not chosen.
  const bounds = rows.map((r) => {
    const least = new Float64Array(width).fill(Infinity);
    const most = new Float64Array(width).fill(-Infinity);
    for (const reading of r.readings)
      for (let c = 0; c < width; c++) {
        const v = reading[c] as number;
        // An unknown cell of a reading (NaN, a blank read as some count not written) is any number ≥ 0.
        if (Number.isNaN(v)) {
          if (0 < (least[c] as number)) least[c] = 0;
          most[c] = Infinity;
          continue;
        }
        if (v < (least[c] as number)) least[c] = v;
        if (v > (most[c] as number)) most[c] = v;
      }
    return { least, most };
  });
  const release = (k: number): void => {
    const r = rows[k] as OpenRow;
    const b = bounds[k] as { least: Float64Array; most: Float64Array };
    for (let c = 0; c < width; c++) {
      cells[r.base + c] = Number.NaN;
      lo[r.base + c] = b.least[c] as number;
      hi[r.base + c] = b.most[c] as number;
    }
  };
  rows.forEach((_, k) => release(k));
  const choose = (k: number, reading: readonly number[]): void => {
    const base = (rows[k] as OpenRow).base;
    for (let c = 0; c < width; c++) {
      const v = reading[c] as number;
      cells[base + c] = v;
      lo[base + c] = Number.isNaN(v) ? 0 : v;
      hi[base + c] = Number.isNaN(v) ? Infinity : v;
    }
  };
  const touching = rows.map((r) => relations.filter((rel) => [...rel.left, ...rel.right].some((i) => i >= r.base && i < r.base + width)));
  const reachable = (rel: CompiledRelation): boolean => {
    let lLo = 0;
    let lHi = 0;
    let rLo = 0;
    let rHi = 0;
    for (const i of rel.left) {
      lLo += lo[i] as number;
      lHi += hi[i] as number;
    }
    for (const i of rel.right) {
      rLo += lo[i] as number;
      rHi += hi[i] as number;
    }
    return !(lLo > rHi + EPSILON || rLo > lHi + EPSILON);
  };
  // Fewest readings first: the tree stays narrow where it is deep.
  const order = rows.map((_, k) => k).sort((a, b) => (rows[a] as OpenRow).readings.length - (rows[b] as OpenRow).readings.length);
  const chosen = new Array<number>(rows.length).fill(0);
  let complete = true;
  const rec = (depth: number): void => {
    if (!complete) return;
    if (!budget.spend()) {
      complete = false;
      return;
    }
    if (depth === order.length) {
      for (let k = 0; k < rows.length; k++)
        if ((rows[k] as OpenRow).mustHold && (touching[k] as CompiledRelation[]).some((rel) => evaluateCompiled(rel, cells) !== 'holds'))
          return;
      if (relations.some((rel) => evaluateCompiled(rel, cells) === 'fails')) return;
      const fit = leaf ? leaf(cells) : true;
      if (fit === false || fit === 'refuted') return;
      const into = fit === 'unchecked' ? unchecked : surviving;
      chosen.forEach((a, k) => (into[k] as Set<number>).add(a));
      return;
    }
    const k = order[depth] as number;
    const readings = (rows[k] as OpenRow).readings;
    for (let a = 0; a < readings.length && complete; a++) {
      choose(k, readings[a] as readonly number[]);
      chosen[k] = a;
      if ((touching[k] as CompiledRelation[]).every(reachable)) rec(depth + 1);
    }
    release(k);
  };
  rec(0);
  // Back to the fixed cells only.
  for (const r of rows) for (let c = 0; c < width; c++) cells[r.base + c] = Number.NaN;
  surviving.forEach((s, k) => {
    for (const a of s) (unchecked[k] as Set<number>).delete(a);
  });
  return { surviving, unchecked, complete };
}
