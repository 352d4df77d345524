// `refuted` (src/repairs/grid-equations.ts), asked by the stream searches for every equation through
// every cell they place, reads its two sides without an object per side since perf16 (issue 16). Its
// answers must be those of the reading it had (kept here as the reference): on random grids of our
// own values, blanks, unfilled cells and zero flags.
import { describe, expect, it } from 'vitest';
import { refuted, type GridRelation } from '../src/repairs/grid-equations.js';
import type { StreamCell } from '../src/repairs/number-stream.js';

/** The side state as main f815d05 read it. */
function referenceSide(cells: readonly StreamCell[], grid: Int32Array, indices: readonly number[], zero: readonly boolean[]) {
  let sum = 0;
  let complete = true;
  let usable = true;
  indices.forEach((g, k) => {
    const s = grid[g] as number;
    if (s < 0) {
      complete = false;
      return;
    }
    const t = cells[s] as StreamCell;
    if (t.kind === 'value') sum += t.content.value;
    else if (zero[k] !== true) usable = false;
  });
  return { sum: Math.round(sum * 100) / 100, complete, usable };
}

/** `refuted` as main f815d05 read it. */
function referenceRefuted(cells: readonly StreamCell[], grid: Int32Array, rel: GridRelation): boolean {
  const l = referenceSide(cells, grid, rel.left, rel.leftZero);
  const r = referenceSide(cells, grid, rel.right, rel.rightZero);
  if (!l.usable || !r.usable) return false;
  if (l.complete && r.complete) return l.sum !== r.sum;
  if (l.complete) return r.sum > l.sum;
  if (r.complete) return l.sum > r.sum;
  return false;
}

/** A stream cell of our own: a value or a blank (only the fields `refuted` reads). */
function cell(value: number | null): StreamCell {
  return (value === null ? { kind: 'blank', raw: '' } : { kind: 'value', raw: String(value), content: { value } }) as unknown as StreamCell;
}

describe('refuted reads as before', () => {
  it('gives the reference answer on random grids, sides and zero flags', () => {
    let state = 16;
    const next = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    const answers = { true: 0, false: 0 };
    for (let t = 0; t < 4000; t++) {
      const size = 3 + next(10);
      const cells = Array.from({ length: size }, () => {
        const kind = next(6);
        return cell(kind === 0 ? null : kind === 1 ? next(1000) / 100 : kind === 2 ? 0 : next(6));
      });
      const grid = Int32Array.from({ length: size }, () => (next(4) === 0 ? -1 : next(size)));
      const side = (): number[] => Array.from({ length: 1 + next(4) }, () => next(size));
      const left = side();
      const right = side();
      const rel: GridRelation = {
        left,
        right,
        leftZero: left.map(() => next(2) === 0),
        rightZero: right.map(() => next(2) === 0),
      };
      const want = referenceRefuted(cells, grid, rel);
      expect(refuted(cells, grid, rel), `case ${t}`).toBe(want);
      answers[want ? 'true' : 'false']++;
    }
    // (both answers are exercised)
    expect(answers.true).toBeGreaterThan(200);
    expect(answers.false).toBeGreaterThan(200);
  });
});
