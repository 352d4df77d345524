/**
 * The wrapped-pieces search counts, instead of walking, the ways under a trail piece given a cell
 * whose join does not exist (perf7): the count must be exactly the walk's number of leaves, or the
 * search's budget would run out at another way and the contested cells change.
 */
import { describe, expect, it } from 'vitest';
import { trailWaysCounter } from '../src/repairs/wrapped-pieces.js';

/** Index stride of a cell in the piece tables (as in the repair). */
const PIECES_KEY = 16;

/** The leaves of the walk as the repair walks it: each trail piece from `m` on a free cell it fits. */
function walked(
  trail: number,
  statedAt: readonly number[],
  fits: readonly boolean[],
  inOrder: boolean,
  m: number,
  from: number,
  mask: number,
): number {
  if (m === trail) return 1;
  let n = 0;
  for (let p = inOrder ? from : 0; p < statedAt.length; p++) {
    if ((mask & (1 << p)) !== 0 || !fits[(statedAt[p] as number) * PIECES_KEY + m]) continue;
    n += walked(trail, statedAt, fits, inOrder, m + 1, p + 1, mask | (1 << p));
  }
  return n;
}

/** A small deterministic generator (no dependence on Math.random). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('trailWaysCounter', () => {
  it('counts the ways a run of seven pieces takes seven cells in any order: 7!', () => {
    const statedAt = [0, 1, 2, 3, 4, 5, 6];
    const fits: boolean[] = [];
    for (const j of statedAt) for (let m = 0; m < 7; m++) fits[j * PIECES_KEY + m] = true;
    expect(trailWaysCounter(7, statedAt, fits, false)(0, 0, 0)).toBe(5040);
    // (in order: one way)
    expect(trailWaysCounter(7, statedAt, fits, true)(0, 0, 0)).toBe(1);
  });

  it('equals the walk on random fits, cells taken and starts', () => {
    const next = lcg(16);
    for (let round = 0; round < 400; round++) {
      const width = 1 + Math.floor(next() * 7);
      // (distinct columns in order, some skipped: a row's stated cells)
      const statedAt: number[] = [];
      for (let j = 0; statedAt.length < width; j++) if (next() < 0.8) statedAt.push(j);
      const trail = 1 + Math.floor(next() * width);
      const fits: boolean[] = [];
      for (const j of statedAt) for (let m = 0; m < trail; m++) if (next() < 0.7) fits[j * PIECES_KEY + m] = true;
      const inOrder = next() < 0.5;
      const count = trailWaysCounter(trail, statedAt, fits, inOrder);
      for (let probe = 0; probe < 5; probe++) {
        const m = Math.floor(next() * (trail + 1));
        const from = Math.floor(next() * (width + 1));
        const mask = Math.floor(next() * (1 << width));
        expect(count(m, from, mask)).toBe(walked(trail, statedAt, fits, inOrder, m, from, mask));
      }
    }
  });
});
