/**
 * The fast paths of `template/arithmetic.ts` (issue 16, speed): `tallyRelations` counts each
 * equation by the status `evaluateRelation` gives it, and `cannotHoldCompiled` says what the
 * partial sums of a cell vector allow, without building the outcome objects the searches never
 * read, and `relationStatus` gives `evaluateRelation`'s status alone. Each is checked against its
 * definition on equations and cells written here.
 */
import { describe, expect, it } from 'vitest';
import {
  cannotHoldCompiled,
  compileRelations,
  evaluateRelation,
  relationStatus,
  tallyRelations,
  type Operand,
} from '../src/template/arithmetic.js';
import type { TableRelation } from '../src/template/relations.js';

const rel = (left: string[], right: string[]): TableRelation => ({ rule: 'T3.BALANCE', left, right });

/** Cells `a`…`e`; a blank counts as 0 only in `a`…`c`. */
const zeroWhenBlank = (address: string): boolean => address <= 'c';
const RELATIONS = [rel(['a'], ['b', 'c']), rel(['a'], ['d', 'e']), rel(['b'], ['c']), rel(['d'], ['e']), rel(['a', 'b'], ['c', 'd', 'e'])];

/** Every assignment of `values` to the five cells (5^5 of them). */
function* assignments(values: readonly Operand[]): Generator<Map<string, Operand>> {
  const keys = ['a', 'b', 'c', 'd', 'e'];
  const n = values.length;
  for (let code = 0; code < n ** keys.length; code++) {
    const m = new Map<string, Operand>();
    let c = code;
    for (const k of keys) {
      m.set(k, values[c % n] as Operand);
      c = Math.floor(c / n);
    }
    yield m;
  }
}

describe('tallyRelations', () => {
  it('counts each equation by the status evaluateRelation gives it (numbers, blanks that count or not, unknown cells, NaN)', () => {
    let checked = 0;
    const differ: string[] = [];
    for (const cells of assignments([0, 1, 2.5, 'blank', null])) {
      const lookup = (a: string): Operand => cells.get(a) ?? null;
      const expected = { holds: 0, fails: 0, unknown: 0 };
      for (const r of RELATIONS) expected[evaluateRelation(r, lookup, zeroWhenBlank).status]++;
      const got = tallyRelations(RELATIONS, lookup, zeroWhenBlank);
      if (got.holds !== expected.holds || got.fails !== expected.fails || got.unknown !== expected.unknown)
        differ.push(String([...cells.values()]));
      checked++;
    }
    expect(differ).toEqual([]);
    expect(checked).toBe(3125);
    // NaN as a value: the sums are NaN, and NaN equals nothing (fails, as evaluateRelation says).
    const nan = (a: string): Operand => (a === 'a' ? Number.NaN : 1);
    expect(tallyRelations([rel(['a'], ['b'])], nan, zeroWhenBlank)).toEqual({ holds: 0, fails: 1, unknown: 0 });
    expect(evaluateRelation(rel(['a'], ['b']), nan, zeroWhenBlank).status).toBe('fails');
  });

  it('stops at the first failing equation when asked', () => {
    const cells = new Map<string, Operand>([
      ['a', 3],
      ['b', 1],
      ['c', 1],
      ['d', 2],
      ['e', 1],
    ]);
    const lookup = (a: string): Operand => cells.get(a) ?? null;
    expect(tallyRelations(RELATIONS, lookup, zeroWhenBlank, true)).toEqual({ holds: 0, fails: 1, unknown: 0 });
    expect(tallyRelations(RELATIONS, lookup, zeroWhenBlank)).toEqual({ holds: 3, fails: 2, unknown: 0 });
  });
});

describe('relationStatus', () => {
  it('is the status evaluateRelation gives each equation (numbers, blanks that count or not, unknown cells, NaN)', () => {
    let checked = 0;
    const differ: string[] = [];
    for (const cells of assignments([0, 1, 2.5, 'blank', null])) {
      const lookup = (a: string): Operand => cells.get(a) ?? null;
      for (const r of RELATIONS) {
        if (relationStatus(r, lookup, zeroWhenBlank) !== evaluateRelation(r, lookup, zeroWhenBlank).status)
          differ.push(`${r.left.join('+')}=${r.right.join('+')} with ${String([...cells.values()])}`);
        checked++;
      }
    }
    expect(differ).toEqual([]);
    expect(checked).toBe(3125 * RELATIONS.length);
    const nan = (a: string): Operand => (a === 'a' ? Number.NaN : 1);
    expect(relationStatus(rel(['a'], ['b']), nan, zeroWhenBlank)).toBe('fails');
    expect(relationStatus(rel(['a'], ['b', 'c']), (a) => (a === 'a' ? 2 : 1), zeroWhenBlank)).toBe('holds');
    expect(relationStatus(rel(['d'], ['e']), (a) => (a === 'd' ? 'blank' : 0), zeroWhenBlank)).toBe('unknown');
  });
});

describe('cannotHoldCompiled', () => {
  const index = (a: string): number => 'abcde'.indexOf(a);
  const compiled = compileRelations(RELATIONS, index);
  /** The definition: a complete side smaller than the known part of the other (cells non-negative). */
  const definition = (left: readonly number[], right: readonly number[], cells: Float64Array): boolean => {
    const side = (ix: readonly number[]): { sum: number; complete: boolean } => {
      let sum = 0;
      let complete = true;
      for (const i of ix) {
        const v = cells[i] as number;
        if (Number.isNaN(v)) complete = false;
        else sum += v;
      }
      return { sum: Math.round(sum * 1e6) / 1e6, complete };
    };
    const l = side(left);
    const r = side(right);
    return (l.complete && r.sum > l.sum) || (r.complete && l.sum > r.sum);
  };

  it('agrees with the partial-sum definition on every vector of known and unknown cells', () => {
    const values = [0, 1, 2, 0.1, 0.2, Number.NaN];
    const cells = new Float64Array(5);
    let cannot = 0;
    let differ = 0;
    for (let code = 0; code < values.length ** 5; code++) {
      let c = code;
      for (let j = 0; j < 5; j++) {
        cells[j] = values[c % values.length] as number;
        c = Math.floor(c / values.length);
      }
      for (const r of compiled) {
        const got = cannotHoldCompiled(r, cells);
        if (got !== definition(r.left, r.right, cells)) differ++;
        if (got) cannot++;
      }
    }
    expect(differ).toBe(0);
    // (both outcomes occur)
    expect(cannot).toBeGreaterThan(0);
    expect(cannot).toBeLessThan(values.length ** 5 * compiled.length);
  });

  it('rounds the sums as roundSum does (0.1 + 0.2 against 0.3 can hold)', () => {
    const [r] = compileRelations([rel(['a'], ['b', 'c'])], index);
    expect(cannotHoldCompiled(r as (typeof compiled)[number], Float64Array.from([0.3, 0.1, 0.2, 0, 0]))).toBe(false);
    expect(cannotHoldCompiled(r as (typeof compiled)[number], Float64Array.from([0.3, 0.1, 0.3, 0, 0]))).toBe(true);
    expect(cannotHoldCompiled(r as (typeof compiled)[number], Float64Array.from([0.3, 0.1, Number.NaN, 0, 0]))).toBe(false);
    expect(cannotHoldCompiled(r as (typeof compiled)[number], Float64Array.from([Number.NaN, 0.1, 0.3, 0, 0]))).toBe(false);
  });
});
