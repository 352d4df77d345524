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
    for (const v of left.values)
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

/** The sums one side of an equation can make: each once, and whether a number is one. */
interface Sums {
  values: Iterable<number>;
  has(v: number): boolean;
}

/**
 * Widest range of sums kept as bits (integers only): past it, or with a value no safe integer, the
 * sums are kept in a set (the same sums either way).
 */
const MAX_SUM_BITS = 1 << 21;
/**
 * A sum added to the set costs about this many words of the bits walked (a hash and an insertion
 * against a shift and an or): where the set's work at most, so weighed, is less, the set is used.
 */
const SET_STEP_COST = 16;
/** Largest magnitude of a sum kept as bits: integers this small add exactly, so rounding changes none. */
const MAX_EXACT_SUM = 1e9;

/** The sums one side of an equation can make; null where it cannot be judged (a missing cell, a blank that is not 0, too many sums). */
function reachable(
  addresses: readonly string[],
  cellOf: (address: string) => EquationCell,
  blankAsZero: (address: string) => boolean,
): Sums | null {
  const steps: (readonly number[])[] = [];
  for (const a of addresses) {
    const c = cellOf(a);
    if (c.status === 'missing') return null;
    if (c.status === 'blank') {
      if (!blankAsZero(a)) return null;
      steps.push([0]);
    } else if (c.status === 'value') steps.push([c.value]);
    else steps.push(blankAsZero(a) ? [...c.candidates, 0] : c.candidates);
  }
  const bits = integerSums(steps);
  return bits === undefined ? setSums(steps) : bits;
}

/** {@link reachable}'s sums as a set, cell by cell (null past {@link MAX_SUMS}). */
function setSums(steps: readonly (readonly number[])[]): Sums | null {
  let sums = new Set<number>([0]);
  for (const options of steps) {
    const next = new Set<number>();
    for (const s of sums)
      for (const o of options) {
        next.add(roundSum(s + o));
        if (next.size > MAX_SUMS) return null;
      }
    sums = next;
  }
  const kept = sums;
  return { values: kept, has: (v) => kept.has(v) };
}

/**
 * {@link reachable}'s sums as bits over their range where every option is a small integer (the
 * set's sums exactly: integers add without rounding), cell by cell; null past {@link MAX_SUMS}
 * sums after some cell, as the set; undefined where the options are no such integers, or where
 * the set's work is less (the set is used).
 */
function integerSums(steps: readonly (readonly number[])[]): Sums | null | undefined {
  let low = 0;
  let high = 0;
  for (const options of steps) {
    if (options.length === 0) return undefined;
    let min = Infinity;
    let max = -Infinity;
    for (const o of options) {
      if (!Number.isSafeInteger(o)) return undefined;
      if (o < min) min = o;
      if (o > max) max = o;
    }
    low += min;
    high += max;
    if (high - low >= MAX_SUM_BITS || Math.abs(low) > MAX_EXACT_SUM || Math.abs(high) > MAX_EXACT_SUM) return undefined;
  }
  const words = ((high - low) >>> 5) + 1;
  // (the same sums either way: where the range is wide and the sums few, a set walks fewer numbers
  // than the bits' words; the set's work at most, each cell's sums times its options)
  let setWork = 0;
  let sums = 1;
  let bitSteps = 0;
  for (const options of steps) {
    setWork += sums * options.length;
    sums = Math.min(MAX_SUMS + 1, sums * options.length);
    bitSteps += options.length + 2;
  }
  if (setWork * SET_STEP_COST < words * bitSteps) return undefined;
  // Bit b of `bits`: the sum `base + b` is reachable with the cells so far.
  let bits = new Uint32Array(words);
  let next = new Uint32Array(words);
  bits[0] = 1;
  let base = 0;
  let used = 1;
  for (const options of steps) {
    let min = Infinity;
    for (const o of options) if (o < min) min = o;
    let maxShift = 0;
    for (const o of options) if (o - min > maxShift) maxShift = o - min;
    const nextUsed = Math.min(words, used + (maxShift >>> 5) + 1);
    next.fill(0, 0, nextUsed);
    for (const o of options) orShifted(next, nextUsed, bits, used, o - min);
    if (countBits(next, nextUsed) > MAX_SUMS) return null;
    const done = next;
    next = bits;
    bits = done;
    used = nextUsed;
    base += min;
  }
  const values: number[] = [];
  for (let w = 0; w < used; w++) {
    let word = bits[w] as number;
    while (word !== 0) {
      const low1 = word & -word;
      values.push(base + w * 32 + (31 - Math.clz32(low1)));
      word ^= low1;
    }
  }
  const kept = bits;
  const top = used * 32;
  return {
    values,
    has: (v) => {
      const b = v - base;
      return Number.isInteger(b) && b >= 0 && b < top && ((kept[b >>> 5] as number) & (1 << (b & 31))) !== 0;
    },
  };
}

/** ORs `src` (its first `srcWords` words) shifted up by `shift` bits into `dst` (its first `dstWords`). */
function orShifted(dst: Uint32Array, dstWords: number, src: Uint32Array, srcWords: number, shift: number): void {
  const ws = shift >>> 5;
  const bs = shift & 31;
  for (let w = 0; w < srcWords; w++) {
    const x = src[w] as number;
    if (x === 0) continue;
    const at = w + ws;
    if (at < dstWords) dst[at] = (dst[at] as number) | (x << bs);
    if (bs !== 0 && at + 1 < dstWords) dst[at + 1] = (dst[at + 1] as number) | (x >>> (32 - bs));
  }
}

/** The set bits of the first `words` words. */
function countBits(bits: Uint32Array, words: number): number {
  let n = 0;
  for (let w = 0; w < words; w++) {
    let x = bits[w] as number;
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    n += Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
  }
  return n;
}
