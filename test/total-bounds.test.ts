/**
 * The results total bounds every result cell of its column (`src/repairs/total-bounds.ts`): the
 * check that tells the total row from the carried-forward row when labels are stacked apart from
 * their numbers. Our own numbers.
 */
import { describe, expect, it } from 'vitest';
import { totalBoundsHold } from '../src/repairs/total-bounds.js';
import type { Operand } from '../src/template/arithmetic.js';

const KEYS = ['newReceived', 'results.granted', 'results.denied.stateSecret', 'results.total', 'carriedForward'];
const COLS = ['a', 'b'];

function lookupOf(cells: Record<string, Operand>): (address: string) => Operand {
  return (a) => cells[a] ?? null;
}

describe('total bounds', () => {
  it('holds when every read result cell is at most its total, and where the total is unknown', () => {
    const cells = { 't3.results.granted.a': 5, 't3.results.denied.stateSecret.a': 7, 't3.results.total.a': 12, 't3.results.granted.b': 40 };
    expect(totalBoundsHold(lookupOf(cells), KEYS, COLS)).toEqual({ holds: true });
  });

  it('fails on a result cell above its total (the total and carried-forward rows swapped), naming it', () => {
    const cells = { 't3.results.granted.a': 5, 't3.results.total.a': 2, 't3.carriedForward.a': 19 };
    expect(totalBoundsHold(lookupOf(cells), KEYS, COLS)).toEqual({ holds: false, why: 't3.results.granted.a = 5 is above its total 2' });
  });

  it('does not bound rows outside the results (new, carried over, carried forward)', () => {
    const cells = { 't3.newReceived.b': 90, 't3.carriedForward.b': 50, 't3.results.total.b': 3 };
    expect(totalBoundsHold(lookupOf(cells), KEYS, COLS)).toEqual({ holds: true });
  });
});
