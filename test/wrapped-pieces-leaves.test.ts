/**
 * The wrapped-pieces search (perf13) keeps one vector of a way's values as it walks, instead of a
 * fresh copy of the row at each of its up to 40,000 leaves: the row sum must still see, at every
 * leaf, the row's own values with exactly that way's joins, and an ambiguous cell's candidates as
 * options; and it walks the same pieces once where pieces stand on one side only (the sides of both
 * at once were that side again). These tests record what `mayHold` and `holds` are given and
 * compare it with the ways counted out by hand.
 */
import { describe, expect, it } from 'vitest';
import { decideWrappedPieces, type PieceRow } from '../src/repairs/wrapped-pieces.js';
import type { Placement } from '../src/tables/placement.js';
import { item, valueAt } from './helpers/line-tokens.js';

/** A row on line 10 with one-digit cells `own` (null: missing). */
function columnsOf(own: readonly (number | null)[]): Placement[] {
  return own.map((v, j): Placement =>
    v === null ? { status: 'missing' } : { status: 'value', token: valueAt(String(v), 10, 100 + 2 * j) },
  );
}

/** Every way to give `pieces` (a line's, left to right) cells of `statedAt` in order: the values each way makes. */
function waysInOrder(own: readonly (number | null)[], statedAt: readonly number[], pieces: readonly string[]): (number | null)[][] {
  const out: (number | null)[][] = [];
  const walk = (k: number, from: number, values: (number | null)[]): void => {
    if (k === pieces.length) {
      out.push(values);
      return;
    }
    for (let p = from; p < statedAt.length; p++) {
      const j = statedAt[p] as number;
      const next = values.slice();
      next[j] = Number(`${pieces[k] as string}${own[j] as number}`);
      walk(k + 1, p + 1, next);
    }
  };
  walk(0, 0, own.slice());
  return out;
}

describe('the wrapped-pieces search hands the row sum each way as it stands', () => {
  it('a line of three pieces above a row: every way in order, the row otherwise its own (a missing cell null)', () => {
    const own = [1, 2, null, 3, 4, 5, 9];
    const seen: (number | null)[][] = [];
    const row: PieceRow = {
      row: 'r',
      labelLines: [10, 10],
      columns: columnsOf(own),
      holds: () => false,
      mayHold: (values) => {
        seen.push(values.slice());
        return false;
      },
    };
    const pieces = ['7', '8', '6'];
    const unplaced = pieces.map((raw, k) => item(valueAt(raw, 9, 100 + 4 * k)));
    expect(decideWrappedPieces([row], unplaced, new Set([10]))).toEqual([]);
    const ways = waysInOrder(own, [0, 1, 3, 4, 5, 6], pieces);
    expect(ways).toHaveLength(20);
    // (the line is walked once: with no line below, the sides of both lines at once are this line
    // again; then, no way keeping the sum, the row as read)
    expect(seen).toEqual([...ways, own]);
  });

  it('the joins that keep the sum contest their cells with exactly their values', () => {
    // (`1` over any applicant cell and `1` over the total keeps the sum: 15 or 5 + 10 = 15)
    const own = [5, 0, 0, 0, 0, 0, 5];
    const holds = (values: readonly (number | null)[]): boolean =>
      values.slice(0, 6).reduce<number>((a, v) => a + (v ?? 0), 0) === values[6];
    const seen: (number | null)[][] = [];
    const row: PieceRow = {
      row: 'r',
      labelLines: [10, 10],
      columns: columnsOf(own),
      holds: (values) => {
        seen.push(values.slice());
        return holds(values);
      },
    };
    const pieces = ['1', '1'];
    const decided = decideWrappedPieces(
      [row],
      pieces.map((raw, k) => item(valueAt(raw, 9, 100 + 4 * k))),
      new Set([10]),
    );
    // (counted out: each way keeping the sum adds its joined values to the cells it joined)
    const ways = waysInOrder(own, [0, 1, 2, 3, 4, 5, 6], pieces);
    const joined = new Map<number, Set<number>>();
    for (const way of ways)
      if (holds(way))
        way.forEach((v, j) => {
          if (v !== own[j]) joined.set(j, (joined.get(j) ?? new Set<number>()).add(v as number));
        });
    const columns = [...joined.keys()].sort((a, b) => a - b);
    expect(columns.length).toBeGreaterThan(0);
    expect(decided).toHaveLength(1);
    const { ways: kept, ...decision } = decided[0] as (typeof decided)[number];
    expect(decision).toEqual({
      repair: 'wrapped-pieces',
      row: 'r',
      columns,
      candidates: columns.map((j) => [own[j], ...(joined.get(j) as Set<number>)]),
      pieces: ['1'],
    });
    // (the ways kept whole for the column equations: the row as read, which keeps its sum, then each way keeping it)
    expect(kept?.map((w) => w.values)).toEqual([own, ...ways.filter((w) => holds(w))]);
    // (every way reached the row sum, once: no cell of this row lacks a join; then the row as read, for the ways kept)
    expect(seen).toEqual([...ways, own]);
  });

  it('an ambiguous cell takes each of its candidates, joined, beside the way as it stands', () => {
    // (the third cell ambiguous between 0 and 3: `1` over it makes 10 or 13)
    const own = [1, 2, 0, 3, 4, 5, 16];
    const columns = columnsOf(own);
    columns[2] = { status: 'ambiguous', candidates: [0, 3], tokens: [valueAt('0', 10, 104)] };
    const seen: (number | null)[][] = [];
    const row: PieceRow = {
      row: 'r',
      labelLines: [10, 10],
      columns,
      holds: (values) => {
        seen.push(values.slice());
        return values.slice(0, 6).reduce<number>((a, v) => a + (v ?? 0), 0) === values[6];
      },
    };
    const decided = decideWrappedPieces([row], [item(valueAt('1', 9, 100))], new Set([10]));
    // (1 + 2 + 13 + 3 + 4 + 5 = 28 ≠ 16, 1 + 2 + 3 + 3 + 4 + 5 = 18 ≠ 16, … `1` over the total: 116 ≠ 15 + 3;
    // `1` over the first cell: 11 + 2 + 0 + 3 + 4 + 5 = 25 ≠ 16: nothing holds)
    expect(decided).toEqual([]);
    // each way: the ambiguous cell's options one after the other, the way's join where the piece went
    const first = seen.slice(0, 2);
    expect(first).toEqual([
      [11, 2, 0, 3, 4, 5, 16],
      [11, 2, 3, 3, 4, 5, 16],
    ]);
    expect(seen.slice(2, 4)).toEqual([
      [1, 12, 0, 3, 4, 5, 16],
      [1, 12, 3, 3, 4, 5, 16],
    ]);
    expect(seen.slice(4, 6)).toEqual([
      [1, 2, 10, 3, 4, 5, 16],
      [1, 2, 13, 3, 4, 5, 16],
    ]);
  });
});
