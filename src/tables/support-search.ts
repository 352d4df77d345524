/**
 * Which readings of each open row take part in *some* combination of one reading per row that
 * keeps the table's equations, without listing the combinations (their number is the product of
 * every row's ambiguity: rows that lost blank cells in one-line text have dozens of readings, and
 * a table of such rows has more combinations than any budget). Only that set per row is needed: a
 * cell is read where every surviving reading of its row agrees, ambiguous where they differ.
 *
 * Every equation is `constant + Σ contributions of the open rows = 0`, each row's contribution a
 * number per equation, fixed by its reading. Readings with the same contributions are one *class*
 * (a blank and a 0 in the same place count the same): the search is over classes.
 * 1. Each equation alone (a sum of one number per row, a subset-sum): a class stays only where its
 *    contribution is completed to 0 by some choice of the other rows, found from the sums reachable
 *    before the row and those the rows after it can make up; repeated until nothing changes. An
 *    equation whose sums are too many to list (`MAX_ALONE_SUMS`) is left to step 2.
 * 2. Rows linked through the equations their live classes differ in are one *part*; each part is
 *    searched over its own equations (the other rows add one number there whatever their class),
 *    and a class is supported where its part has a combination through it and every other part
 *    has one (the rows of 上年结转 and 结转下年度 take part in other equations than the results':
 *    searched apart, each is not searched again under every combination of the other).
 *    Class by class: for each class still in play and not yet supported, one combination through
 *    it is looked for, depth first over the other rows (the row with the fewest classes left
 *    first, classes not yet supported first); after each choice every row's classes are filtered
 *    by the range the other rows can still reach in every equation, and the sums of each equation
 *    a changed row varies in are narrowed again (the others stand as last narrowed). A
 *    combination found marks its classes *supported* (one of every row); where there is none
 *    through the class, the class is out of play for the rest of the search.
 * Values are compared in integer hundredths (amounts carry cents). Every step is paid from the
 * table's work budget. When it runs out before any combination was found, nothing is decided
 * (`complete: false`). When it runs out after one was found, the equations hold for some
 * combination and every class the propagation and the search did not rule out is kept
 * (`bounded`): a superset of the supported classes, so a cell all of them agree on is the same in
 * every combination that adds up, and a cell they differ on stays ambiguous (its candidates
 * possibly wider than the arithmetic allows).
 */
import type { CompiledRelation } from '../template/arithmetic.js';
import type { WorkBudget } from './budget.js';
import type { CombinationSearch, OpenRow } from './row-search.js';

/** Values are compared in integer hundredths. */
const SCALE = 100;

/** A value is a whole number of hundredths within this tolerance (else the search does not apply). */
const SCALE_TOLERANCE = 1e-6;

/** Units of the work budget one filtered class costs (a comparison per equation it takes part in). */
const CLASS_CHECK_COST = 1;

/** A value in integer hundredths, or null when it has more decimals (or is not a number). */
function scaled(v: number): number | null {
  const s = v * SCALE;
  const r = Math.round(s);
  return Number.isFinite(s) && Math.abs(s - r) <= SCALE_TOLERANCE ? r : null;
}

/** The equations as constants and per-row contributions, or why there is no combination. */
interface Problem {
  /** Per equation kept: the fixed cells' part (left − right), in hundredths. */
  constant: number[];
  /** Per open row: its classes' contributions, one vector of length `constant.length` each. */
  classes: number[][][];
  /** Per open row: the class of each of its readings. */
  classOf: number[][];
}

/**
 * The equations an open row takes part in, as contributions of its readings. `'none'`: no
 * combination can add up (an equation of fixed cells fails, a row must hold where an equation
 * cannot be evaluated, a row has no reading); null: a number the search cannot compare exactly
 * (an unknown cell in a reading, more than two decimals).
 */
function compile(
  cells: Float64Array,
  width: number,
  relations: readonly CompiledRelation[],
  rows: readonly OpenRow[],
): Problem | 'none' | null {
  const owner = new Int32Array(cells.length).fill(-1);
  rows.forEach((r, k) => {
    for (let c = 0; c < width; c++) owner[r.base + c] = k;
  });
  if (rows.some((r) => r.readings.length === 0)) return 'none';
  const constant: number[] = [];
  const parts: { k: number; c: number; sign: number }[][] = [];
  for (const rel of relations) {
    let fixed = 0;
    let unknown = false;
    const mine: { k: number; c: number; sign: number }[] = [];
    const side = (indices: readonly number[], sign: number): boolean => {
      for (const i of indices) {
        const k = owner[i] as number;
        if (k >= 0) {
          mine.push({ k, c: i - (rows[k] as OpenRow).base, sign });
          continue;
        }
        const v = cells[i] as number;
        if (Number.isNaN(v)) {
          unknown = true;
          continue;
        }
        const s = scaled(v);
        if (s === null) return false;
        fixed += sign * s;
      }
      return true;
    };
    if (!side(rel.left, 1) || !side(rel.right, -1)) return null;
    if (unknown) {
      // Not evaluable: it refutes nothing, but a row that must hold cannot hold through it.
      if (mine.some((p) => rows[p.k]?.mustHold)) return 'none';
      continue;
    }
    if (mine.length === 0) {
      if (fixed !== 0) return 'none';
      continue;
    }
    constant.push(fixed);
    parts.push(mine);
  }
  const classes: number[][][] = rows.map(() => []);
  const classOf: number[][] = [];
  for (let k = 0; k < rows.length; k++) {
    const seen = new Map<string, number>();
    const of: number[] = [];
    // The row's cells in each equation (the parts of the other rows skipped once, not per reading).
    const own = parts.map((ps) => ps.filter((p) => p.k === k));
    for (const reading of (rows[k] as OpenRow).readings) {
      const vec: number[] = [];
      for (const ps of own) {
        let sum = 0;
        for (const p of ps) {
          const s = scaled(reading[p.c] as number);
          if (s === null) return null;
          sum += p.sign * s;
        }
        vec.push(sum);
      }
      const key = vec.join(',');
      let id = seen.get(key);
      if (id === undefined) {
        id = (classes[k] as number[][]).length;
        seen.set(key, id);
        (classes[k] as number[][]).push(vec);
      }
      of.push(id);
    }
    classOf.push(of);
  }
  return { constant, classes, classOf };
}

/**
 * The readings of each open row that take part in some combination under which every equation
 * holds (as {@link searchCombinations} finds them), or null when a value is not a number of
 * hundredths (the caller searches otherwise). See the module comment.
 */
export function supportedReadings(
  cells: Float64Array,
  width: number,
  relations: readonly CompiledRelation[],
  rows: readonly OpenRow[],
  budget: WorkBudget,
): CombinationSearch | null {
  const problem = compile(cells, width, relations, rows);
  if (problem === null) return null;
  const surviving = rows.map(() => new Set<number>());
  if (problem === 'none') return { surviving, complete: true };
  const { constant, classes, classOf } = problem;
  const dims = constant.length;
  // Live classes per row, narrowed by each equation alone.
  const live: number[][] = classes.map((cs) => cs.map((_, i) => i));
  const narrowed = narrowByEquations(constant, classes, live, budget);
  if (narrowed === null) return { surviving, complete: false };
  const supported = classes.map((cs) => new Uint8Array(cs.length));
  const outcome = narrowed ? searchParts(constant, classes, live, supported, budget) : 'complete';
  if (outcome === 'out') return { surviving, complete: false };
  for (let k = 0; k < rows.length; k++) {
    const of = classOf[k] as number[];
    const sup = supported[k] as Uint8Array;
    for (let a = 0; a < of.length; a++) if (dims === 0 || sup[of[a] as number]) (surviving[k] as Set<number>).add(a);
  }
  return outcome === 'bounded' ? { surviving, complete: true, bounded: true } : { surviving, complete: true };
}

/**
 * How a search of step 2 ended: every class's support decided (`complete`); the budget ran out after
 * some combination was found, every class not ruled out kept (`bounded`); or it ran out before (`out`).
 */
type Outcome = 'complete' | 'bounded' | 'out';

/**
 * The search of step 2, part by part: rows take part in an equation where their live classes
 * differ in it (elsewhere they add one number whatever the class); rows linked so are one part,
 * searched over its equations alone (the others' numbers in them fixed). A class is supported
 * where its part has a combination through it and every other part has one (`bounded` where some
 * part's is).
 */
function searchParts(
  constant: readonly number[],
  classes: readonly number[][][],
  live: readonly number[][],
  supported: Uint8Array[],
  budget: WorkBudget,
): Outcome {
  const one = (k: number): number[] => (classes[k] as number[][])[(live[k] as number[])[0] as number] as number[];
  // Per equation, the rows whose live classes differ in it; each row's part, the least row it is linked to.
  const varying = constant.map((_, d) =>
    classes.flatMap((_, k) => ((live[k] as number[]).some((i) => (classes[k] as number[][])[i]?.[d] !== one(k)[d]) ? [k] : [])),
  );
  const part = classes.map((_, k) => k);
  for (let changed = true; changed;) {
    changed = false;
    for (const ks of varying) {
      const least = ks.reduce((m, k) => Math.min(m, part[k] as number), Infinity);
      for (const k of ks) if (part[k] !== least) [part[k], changed] = [least, true];
    }
  }
  const parts = [...new Set(varying.flat().map((k) => part[k] as number))];
  if (parts.length < 2) return searchSupports(constant, classes, live, supported, budget);
  // (an equation's constant with the one number of every row not searched with it)
  const rest = (d: number, searched: readonly number[]): number =>
    classes.reduce((s, _, k) => (searched.includes(k) ? s : s + (one(k)[d] as number)), constant[d] as number);
  if (varying.some((ks, d) => ks.length === 0 && rest(d, []) !== 0)) return 'complete';
  const found = classes.map((cs, k) => {
    // (a row that varies in no equation: every live class, where every part has a combination)
    const s = new Uint8Array(cs.length);
    if (!varying.some((ks) => ks.includes(k))) for (const i of live[k] as number[]) s[i] = 1;
    return s;
  });
  let outcome: Outcome = 'complete';
  for (const p of parts) {
    const rows = classes.flatMap((_, k) => (part[k] === p && varying.some((ks) => ks.includes(k)) ? [k] : []));
    const dims = varying.flatMap((ks, d) => (ks.length > 0 && part[ks[0] as number] === p ? [d] : []));
    const sup = rows.map((k) => found[k] as Uint8Array);
    const partClasses = rows.map((k) => (classes[k] as number[][]).map((v) => dims.map((d) => v[d] as number)));
    const partLive = rows.map((k) => live[k] as number[]);
    const searched = searchSupports(
      dims.map((d) => rest(d, rows)),
      partClasses,
      partLive,
      sup,
      budget,
    );
    if (searched === 'out') return 'out';
    if (searched === 'bounded') outcome = 'bounded';
    // (a part with no combination: none anywhere)
    if (!sup[0]?.includes(1)) return 'complete';
  }
  found.forEach((s, k) => supported[k]?.set(s));
  return outcome;
}

/**
 * Step 1 of the module comment, in place on `live`: true when every row keeps a class, false when
 * some row keeps none (no combination adds up), null when the budget ran out.
 */
function narrowByEquations(
  constant: readonly number[],
  classes: readonly number[][][],
  live: number[][],
  budget: WorkBudget,
): boolean | null {
  const dims = constant.length;
  const rowsOf: number[][] = Array.from({ length: dims }, () => []);
  for (let d = 0; d < dims; d++)
    for (let k = 0; k < classes.length; k++) if ((classes[k] as number[][]).some((v) => v[d] !== 0)) (rowsOf[d] as number[]).push(k);
  const pending = new Set<number>(rowsOf.map((_, d) => d));
  while (pending.size > 0) {
    const d = pending.values().next().value as number;
    pending.delete(d);
    const rs = rowsOf[d] as number[];
    const doms = rs.map((k) => [...new Set((live[k] as number[]).map((i) => (classes[k] as number[][])[i]?.[d] as number))]);
    // (a range of sums narrow enough for bits is narrowed at every step of the search instead)
    if (bitWidth(constant[d] as number, doms) <= MAX_SUM_BITS) continue;
    const ok = reachable(constant[d] as number, doms, budget);
    if (ok === null) return null;
    // (sums too many to list: the equation is left to step 2, which narrows it as choices fix rows)
    if (ok === 'wide') continue;
    for (let j = 0; j < rs.length; j++) {
      const k = rs[j] as number;
      const keep = ok[j] as Set<number>;
      const before = (live[k] as number[]).length;
      live[k] = (live[k] as number[]).filter((i) => keep.has((classes[k] as number[][])[i]?.[d] as number));
      if ((live[k] as number[]).length === 0) return false;
      if ((live[k] as number[]).length < before)
        for (let e = 0; e < dims; e++) if (e !== d && (rowsOf[e] as number[]).includes(k)) pending.add(e);
    }
  }
  return true;
}

/**
 * The most sums reachable by the first domains of one equation that step 1 lists (more: the
 * equation is left to step 2). Large counts of distinct values (six- and seven-digit cells, one
 * vanished blank a row: two or three values a row in each column) reach nearly every subset's sum,
 * so the list doubles with each row and spent the table's whole budget before step 2 began (probe
 * 504 p03 and p09, one-line: a million units, every cell then ambiguous); step 2 finds and checks
 * the combinations there (every equation narrowed as bits once the choices made leave its range
 * narrow). Only a pre-narrowing is skipped: step 2 is exact, so the classes supported are the same.
 */
const MAX_ALONE_SUMS = 1024;

/**
 * One equation `constant + Σ one value of each domain = 0`: for each domain, the values some choice
 * of the others completes to 0 (the sums reachable before it meeting the sums the domains after it
 * can still make up, each pruned by the range the rest can reach). Null when the budget runs out;
 * `'wide'` when the sums reachable before some domain are more than {@link MAX_ALONE_SUMS}.
 */
function reachable(constant: number, doms: readonly number[][], budget: WorkBudget): Set<number>[] | null | 'wide' {
  const n = doms.length;
  const lo = doms.map((d) => d.reduce((a, b) => Math.min(a, b), Infinity));
  const hi = doms.map((d) => d.reduce((a, b) => Math.max(a, b), -Infinity));
  // restLo[i]: the least the domains from i on can add (restHi: the most).
  const restLo = new Array<number>(n + 1).fill(0);
  const restHi = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    restLo[i] = (restLo[i + 1] as number) + (lo[i] as number);
    restHi[i] = (restHi[i + 1] as number) + (hi[i] as number);
  }
  // forward[i]: sums (constant included) reachable by the domains before i that the rest can still bring to 0.
  const forward: Set<number>[] = [new Set([constant])];
  for (let i = 0; i < n; i++) {
    const next = new Set<number>();
    for (const f of forward[i] as Set<number>) {
      if (!budget.spend((doms[i] as number[]).length)) return null;
      for (const v of doms[i] as number[]) {
        const s = f + v;
        if (s + (restLo[i + 1] as number) <= 0 && s + (restHi[i + 1] as number) >= 0) next.add(s);
      }
    }
    if (next.size > MAX_ALONE_SUMS) return 'wide';
    forward.push(next);
  }
  // need[i]: the sums before i that the domains from i on can bring to 0.
  const need: Set<number>[] = new Array<Set<number>>(n + 1);
  need[n] = new Set([0]);
  const out: Set<number>[] = new Array<Set<number>>(n);
  for (let i = n - 1; i >= 0; i--) {
    const after = need[i + 1] as Set<number>;
    const before = forward[i] as Set<number>;
    const here = new Set<number>();
    const keep = new Set<number>();
    for (const g of after) {
      if (!budget.spend((doms[i] as number[]).length)) return null;
      for (const v of doms[i] as number[]) {
        const f = g - v;
        if (!before.has(f)) continue;
        here.add(f);
        keep.add(v);
      }
    }
    need[i] = here;
    out[i] = keep;
  }
  return out;
}

/**
 * Step 2 of the module comment: marks in `supported` every class that takes part in a combination
 * that adds up (where the budget ran out after one was found, every class not ruled out: `bounded`).
 */
function searchSupports(
  constant: readonly number[],
  classes: readonly number[][][],
  live0: readonly number[][],
  supported: Uint8Array[],
  budget: WorkBudget,
): Outcome {
  const dims = constant.length;
  const n = classes.length;
  // Each row's classes as one vector (class-major), whether each is still alive, and how many are.
  const vec = classes.map((cs) => {
    const v = new Float64Array(cs.length * dims);
    for (let i = 0, at = 0; i < cs.length; i++) {
      const c = cs[i] as number[];
      for (let d = 0; d < c.length; d++) v[at++] = c[d] as number;
    }
    return v;
  });
  const alive = classes.map((cs, k) => {
    const a = new Uint8Array(cs.length);
    for (const i of live0[k] as number[]) a[i] = 1;
    return a;
  });
  const count = Int32Array.from(live0.map((l) => l.length));
  // Each row's live classes as a list (the first count[k] entries; a class put out of play is swapped
  // past them, and is there again when it is put back, last out first back), and each class's place
  // in it: the filters walk the live classes only, not every class of the row.
  const members = classes.map((cs, k) => {
    const m = new Int32Array(cs.length);
    const l = live0[k] as number[];
    for (let p = 0; p < l.length; p++) m[p] = l[p] as number;
    return m;
  });
  const place = classes.map((cs, k) => {
    const w = new Int32Array(cs.length);
    const l = live0[k] as number[];
    for (let p = 0; p < l.length; p++) w[l[p] as number] = p;
    return w;
  });
  // Classes put out of play, to be put back on the way up: row·2^16 + class.
  // (a stack with its own top: an array popped and pushed in turn has its store trimmed and grown again)
  const trail: number[] = [];
  let top = 0;
  const chosen = new Int32Array(n).fill(-1);
  const residual = Float64Array.from(constant);
  const lo = new Float64Array(dims);
  const hi = new Float64Array(dims);
  const restLo = new Float64Array(dims);
  const restHi = new Float64Array(dims);
  const rowLo = new Float64Array(n * dims);
  const rowHi = new Float64Array(n * dims);
  let complete = true;
  // Rows whose classes changed since their range (rowLo, rowHi) was last taken: only they are read again.
  const stale = new Uint8Array(n).fill(1);
  const undo = (mark: number): void => {
    while (top > mark) {
      const t = trail[--top] as number;
      const k = t >>> 16;
      (alive[k] as Uint8Array)[t & 0xffff] = 1;
      count[k] = (count[k] as number) + 1;
      stale[k] = 1;
    }
  };
  /** Puts class `i` of row `k` out of play (swapped past the row's live classes). */
  const drop = (k: number, i: number): void => {
    (alive[k] as Uint8Array)[i] = 0;
    const m = members[k] as Int32Array;
    const w = place[k] as Int32Array;
    const last = (count[k] as number) - 1;
    const p = w[i] as number;
    const other = m[last] as number;
    m[p] = other;
    w[other] = p;
    m[last] = i;
    w[i] = last;
    count[k] = last;
    trail[top++] = k * 0x10000 + i;
    touch(k);
    stale[k] = 1;
  };
  /** Takes row `k`'s range in every equation from its live classes. */
  const rangeOf = (k: number): void => {
    const v = vec[k] as Float64Array;
    const m = members[k] as Int32Array;
    const c = count[k] as number;
    for (let d = 0; d < dims; d++) {
      let least = Infinity;
      let most = -Infinity;
      for (let p = 0; p < c; p++) {
        const x = v[(m[p] as number) * dims + d] as number;
        if (x < least) least = x;
        if (x > most) most = x;
      }
      rowLo[k * dims + d] = least;
      rowHi[k * dims + d] = most;
    }
    stale[k] = 0;
  };
  /** Filters every open row's classes by the range the others can reach, until nothing changes; false when a row keeps none. */
  const filter = (): boolean => {
    for (let changed = true; changed;) {
      changed = false;
      lo.fill(0);
      hi.fill(0);
      let work = 0;
      for (let k = 0; k < n; k++) {
        if (chosen[k] !== -1) continue;
        work += count[k] as number;
        if (stale[k]) rangeOf(k);
        for (let d = 0, at = k * dims; d < dims; d++, at++) {
          lo[d] = (lo[d] as number) + (rowLo[at] as number);
          hi[d] = (hi[d] as number) + (rowHi[at] as number);
        }
      }
      if (!budget.spend(CLASS_CHECK_COST * work)) {
        complete = false;
        return false;
      }
      for (let k = 0; k < n; k++) {
        if (chosen[k] !== -1) continue;
        const v = vec[k] as Float64Array;
        const m = members[k] as Int32Array;
        // (what the residual and the other rows add in each equation, once per row: integers, so the
        // sums are the same in any order)
        for (let d = 0, at = k * dims; d < dims; d++, at++) {
          restLo[d] = (residual[d] as number) + (lo[d] as number) - (rowLo[at] as number);
          restHi[d] = (residual[d] as number) + (hi[d] as number) - (rowHi[at] as number);
        }
        // (from the last: a class put out of play takes the place of one judged already)
        for (let p = (count[k] as number) - 1; p >= 0; p--) {
          const i = m[p] as number;
          let fits = true;
          for (let d = 0, at = i * dims; d < dims && fits; d++, at++) {
            const x = v[at] as number;
            fits = x + (restLo[d] as number) <= 0 && x + (restHi[d] as number) >= 0;
          }
          if (fits) continue;
          drop(k, i);
          changed = true;
        }
        if (count[k] === 0) return false;
      }
    }
    return true;
  };
  // Equations whose sums are to be narrowed again: a row that varies in one lost a class or was
  // chosen (every other equation's sums stand as last narrowed). Each row's equations: those its classes differ in.
  const dirty = new Uint8Array(dims).fill(1);
  const varyDims = vec.map((v, k) => {
    const out: number[] = [];
    const m = (classes[k] as number[][]).length;
    for (let d = 0; d < dims; d++)
      for (let i = 1; i < m; i++)
        if (v[i * dims + d] !== v[d]) {
          out.push(d);
          break;
        }
    return out;
  });
  const touch = (k: number): void => {
    for (const d of varyDims[k] as number[]) dirty[d] = 1;
  };
  const settle = (ok: boolean): boolean => {
    if (!ok) dirty.fill(0);
    return ok;
  };
  /** Range filtering and each equation's sums in turn, until neither removes a class; false when a row keeps none. */
  const propagate = (): boolean => {
    for (;;) {
      if (!filter()) return settle(false);
      const before = top;
      for (let d = 0; d < dims; d++) {
        if (!dirty[d]) continue;
        dirty[d] = 0;
        const r = narrowOne(d);
        if (r === false) return settle(false);
      }
      if (top === before || !complete) return settle(complete);
    }
  };
  const bits = new BitSums();
  const domLo = new Float64Array(n);
  const rows = new Int32Array(n);
  const shiftAt = new Int32Array(n + 1);
  const shiftBuf = new Float64Array(classes.reduce((t, cs) => t + cs.length, 0));
  // Each class's place among its row's distinct shifts (by the class's index from `classStart`), and
  // whether a shift meets the sums needed (0 not asked yet, 1 no, 2 yes): a row's classes share few
  // values in one equation, and the answer depends on the value alone.
  const classStart = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) classStart[k + 1] = (classStart[k] as number) + (classes[k] as number[][]).length;
  const shiftOf = new Int32Array(shiftBuf.length);
  const meetsAt = new Uint8Array(shiftBuf.length);
  /** Removes the classes whose value in equation `d` no choice of the other rows completes (the reachable sums as bits); false when a row keeps none. */
  const narrowOne = (d: number): boolean => {
    let target = -(residual[d] as number);
    let g = 0;
    // The varying rows (live classes differing in `d`) and each one's distinct differences from its
    // least value, in buffers of the search (no arrays per call); the greatest common divisor is
    // taken over the distinct differences (the same as over all).
    let m = 0;
    let to = 0;
    for (let k = 0; k < n; k++) {
      if (chosen[k] !== -1) continue;
      const least = rowLo[k * dims + d] as number;
      domLo[k] = least;
      target -= least;
      if ((rowHi[k * dims + d] as number) === least) continue;
      const v = vec[k] as Float64Array;
      const ms = members[k] as Int32Array;
      const from = to;
      const at = classStart[k] as number;
      rows[m] = k;
      shiftAt[m++] = from;
      for (let p = 0; p < (count[k] as number); p++) {
        const i = ms[p] as number;
        const s = (v[i * dims + d] as number) - least;
        let x = from;
        while (x < to && shiftBuf[x] !== s) x++;
        if (x === to) {
          shiftBuf[to++] = s;
          g = gcd(g, s);
        }
        shiftOf[at + i] = x;
      }
    }
    shiftAt[m] = to;
    if (m < 2) return true;
    if (target < 0) return false;
    g = gcd(g, target);
    const width = target / g + 1;
    if (width > MAX_SUM_BITS) return true;
    const words = Math.ceil(width / 32);
    if (!budget.spend(SUM_STEP_COST * words * m * 3)) {
      complete = false;
      return true;
    }
    bits.reset(m + 1, words, width);
    // forward: sums reachable by the varying rows before; need: sums the rows from here on complete to the target.
    for (let x = 0; x < to; x++) {
      shiftBuf[x] = (shiftBuf[x] as number) / g;
      meetsAt[x] = 0;
    }
    bits.set(0, 0);
    for (let j = 0; j < m; j++)
      for (let x = shiftAt[j] as number; x < (shiftAt[j + 1] as number); x++) bits.shiftUpInto(j + 1, j, shiftBuf[x] as number);
    bits.clearAbove(m);
    bits.setNeed(m, target / g);
    for (let j = m - 1; j >= 0; j--)
      for (let x = shiftAt[j] as number; x < (shiftAt[j + 1] as number); x++) bits.shiftDownIntoNeed(j, j + 1, shiftBuf[x] as number);
    for (let j = 0; j < m; j++) {
      const k = rows[j] as number;
      const ms = members[k] as Int32Array;
      const at = classStart[k] as number;
      for (let p = (count[k] as number) - 1; p >= 0; p--) {
        const i = ms[p] as number;
        const x = shiftOf[at + i] as number;
        if (meetsAt[x] === 0) meetsAt[x] = bits.meets(j, j + 1, shiftBuf[x] as number) ? 2 : 1;
        if (meetsAt[x] === 2) continue;
        drop(k, i);
      }
      if (count[k] === 0) return false;
    }
    return true;
  };
  /**
   * One combination through the choices made so far, depth first (the row with the fewest classes
   * left first, its classes not yet supported first), its classes marked supported; true when one
   * was found (false: none below, or the budget ran out).
   */
  const find = (depth: number): boolean => {
    const mark = top;
    if (!propagate()) {
      undo(mark);
      return false;
    }
    if (depth === n) {
      let zero = true;
      for (let d = 0; d < dims && zero; d++) zero = residual[d] === 0;
      if (zero) for (let k = 0; k < n; k++) (supported[k] as Uint8Array)[chosen[k] as number] = 1;
      undo(mark);
      return zero;
    }
    let pick = -1;
    for (let k = 0; k < n; k++) if (chosen[k] === -1 && (pick === -1 || (count[k] as number) < (count[pick] as number))) pick = k;
    const sup = supported[pick] as Uint8Array;
    const a = alive[pick] as Uint8Array;
    const order: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] && !sup[i]) order.push(i);
    for (let i = 0; i < a.length; i++) if (a[i] && sup[i]) order.push(i);
    let hit = false;
    for (const i of order) {
      hit = chooseAndFind(pick, i, depth);
      if (hit || !complete) break;
    }
    undo(mark);
    return hit;
  };
  /** {@link find} with row `k` at class `i`. */
  const chooseAndFind = (k: number, i: number, depth: number): boolean => {
    const v = vec[k] as Float64Array;
    chosen[k] = i;
    touch(k);
    for (let d = 0, at = i * dims; d < dims; d++, at++) residual[d] = (residual[d] as number) + (v[at] as number);
    const hit = find(depth + 1);
    for (let d = 0, at = i * dims; d < dims; d++, at++) residual[d] = (residual[d] as number) - (v[at] as number);
    chosen[k] = -1;
    return hit;
  };
  // Class by class: a combination through each class still in play and not yet supported (one found
  // supports a class of every row), or the proof that none goes through it, which puts the class out
  // of play for those after it. Where the budget runs out after some combination was found, every
  // class still in play stands (`bounded`): a class no propagation or search ruled out may be in one.
  const root = top;
  let ok = propagate();
  // (first a combination anywhere, the rows with the fewest classes chosen first: the quickest found)
  let any = ok && complete && find(0);
  while (ok && complete) {
    let k0 = -1;
    let i0 = -1;
    for (let k = 0; k < n && k0 < 0; k++) {
      const a = alive[k] as Uint8Array;
      const sup = supported[k] as Uint8Array;
      for (let i = 0; i < a.length && k0 < 0; i++) if (a[i] && !sup[i]) [k0, i0] = [k, i];
    }
    if (k0 < 0) break;
    const hit = chooseAndFind(k0, i0, 0);
    any ||= hit;
    if (!complete) break;
    if (hit) continue;
    drop(k0, i0);
    ok = propagate();
  }
  if (!complete && any)
    for (let k = 0; k < n; k++) {
      const a = alive[k] as Uint8Array;
      for (let i = 0; i < a.length; i++) if (a[i]) (supported[k] as Uint8Array)[i] = 1;
    }
  undo(root);
  return complete ? 'complete' : any ? 'bounded' : 'out';
}

/** The widest range of sums an equation is narrowed over as bits (wider: the range filter alone). */
const MAX_SUM_BITS = 1 << 14;

/** Units of the work budget per word of bits shifted (one pass of each kind over a row). */
const SUM_STEP_COST = 1;

/** The number of bits the sums of one equation need, in steps of the values' greatest common divisor. */
function bitWidth(constant: number, doms: readonly number[][]): number {
  let target = -constant;
  let g = 0;
  for (const dom of doms) {
    const least = dom.reduce((a, b) => Math.min(a, b), Infinity);
    target -= least;
    for (const v of dom) g = gcd(g, v - least);
  }
  g = gcd(g, target);
  return g === 0 ? 1 : Math.abs(target) / g + 1;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

/**
 * Sets of sums 0 … width−1 as bits, one *forward* set (sums the rows before can make) and one
 * *need* set (sums the rows from here on complete to the target) per row boundary.
 */
class BitSums {
  private fw = new Uint32Array(0);
  private nd = new Uint32Array(0);
  private words = 0;
  private width = 0;

  /** Empties `levels` levels of `words` words each (sums below `width`). */
  reset(levels: number, words: number, width: number): void {
    const size = levels * words;
    if (this.fw.length < size) {
      this.fw = new Uint32Array(size);
      this.nd = new Uint32Array(size);
    } else {
      this.fw.fill(0, 0, size);
      this.nd.fill(0, 0, size);
    }
    this.words = words;
    this.width = width;
  }

  /** Sum `bit` reachable at `level`. */
  set(level: number, bit: number): void {
    const i = level * this.words + (bit >>> 5);
    this.fw[i] = (this.fw[i] as number) | (1 << (bit & 31));
  }

  /** Sum `bit` needed at `level`. */
  setNeed(level: number, bit: number): void {
    const i = level * this.words + (bit >>> 5);
    this.nd[i] = (this.nd[i] as number) | (1 << (bit & 31));
  }

  /** forward[to] |= forward[from] shifted up by `s` (sums past the width dropped by {@link clearAbove}). */
  shiftUpInto(to: number, from: number, s: number): void {
    const w = this.words;
    const ws = s >>> 5;
    const bs = s & 31;
    const src = from * w;
    const dst = to * w;
    for (let j = w - 1; j >= ws; j--) {
      const lowIdx = j - ws;
      let x = (this.fw[src + lowIdx] as number) << bs;
      if (bs !== 0 && lowIdx > 0) x |= (this.fw[src + lowIdx - 1] as number) >>> (32 - bs);
      this.fw[dst + j] = (this.fw[dst + j] as number) | x;
    }
  }

  /** Clears the sums at or past the width in forward levels 0 … `last`. */
  clearAbove(last: number): void {
    const rem = this.width & 31;
    if (rem === 0) return;
    const mask = (1 << rem) - 1;
    for (let l = 0; l <= last; l++) {
      const i = l * this.words + this.words - 1;
      this.fw[i] = (this.fw[i] as number) & mask;
    }
  }

  /** need[to] |= need[from] shifted down by `s`. */
  shiftDownIntoNeed(to: number, from: number, s: number): void {
    const w = this.words;
    const ws = s >>> 5;
    const bs = s & 31;
    const src = from * w;
    const dst = to * w;
    for (let j = 0; j + ws < w; j++) this.nd[dst + j] = (this.nd[dst + j] as number) | this.needWordDown(src, j, ws, bs);
  }

  /** Whether some sum of forward[level] plus `s` is in need[next]. */
  meets(level: number, next: number, s: number): boolean {
    const w = this.words;
    const ws = s >>> 5;
    const bs = s & 31;
    const f = level * w;
    const nb = next * w;
    for (let j = 0; j + ws < w; j++) if ((this.needWordDown(nb, j, ws, bs) & (this.fw[f + j] as number)) !== 0) return true;
    return false;
  }

  /** Word `j` of the need level starting at `base`, shifted down by `ws` words and `bs` bits. */
  private needWordDown(base: number, j: number, ws: number, bs: number): number {
    const x = (this.nd[base + j + ws] as number) >>> bs;
    return bs !== 0 && j + ws + 1 < this.words ? x | ((this.nd[base + j + ws + 1] as number) << (32 - bs)) : x;
  }
}
