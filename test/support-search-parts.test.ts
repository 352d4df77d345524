// The support search of open rows (src/tables/support-search.ts) searched part by part: rows linked
// only through the equations their readings differ in are searched apart. The readings kept must be
// exactly those some combination of one reading per row keeps every equation with (brute force
// here), whether the rows make one part or several. Our own small tables, no report text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkBudget } from '../src/tables/budget.js';
import type { OpenRow } from '../src/tables/row-search.js';
import { supportedReadings } from '../src/tables/support-search.js';
import { compileRelations, type CompiledRelation } from '../src/template/arithmetic.js';

/** Equations over a vector of `width`-cell rows: each `[left cells, right cells]` by index. */
function equations(list: readonly (readonly [readonly number[], readonly number[]])[]): CompiledRelation[] {
  const names = (ix: readonly number[]): string[] => ix.map((i) => `c${i}`);
  return compileRelations(
    list.map(([l, r]) => ({ rule: 'T3.RESULTS', column: 'total', left: names(l), right: names(r) })),
    (x) => Number(x.slice(1)),
  );
}

/** The readings of each row that take part in some combination keeping every equation (every combination listed). */
function bruteForce(cells: Float64Array, relations: readonly CompiledRelation[], rows: readonly OpenRow[], width: number): number[][] {
  const kept = rows.map(() => new Set<number>());
  const v = Float64Array.from(cells);
  const pick = new Array<number>(rows.length).fill(0);
  const visit = (k: number): void => {
    if (k === rows.length) {
      const holds = relations.every((rel) => {
        const sum = (ix: readonly number[]): number => ix.reduce((a, i) => a + (v[i] as number), 0);
        return sum(rel.left) === sum(rel.right);
      });
      if (holds) pick.forEach((a, j) => kept[j]?.add(a));
      return;
    }
    const row = rows[k] as OpenRow;
    row.readings.forEach((reading, a) => {
      for (let c = 0; c < width; c++) v[row.base + c] = reading[c] as number;
      pick[k] = a;
      visit(k + 1);
    });
  };
  visit(0);
  return kept.map((s) => [...s].sort((a, b) => a - b));
}

const sorted = (s: Set<number>[]): number[][] => s.map((x) => [...x].sort((a, b) => a - b));

describe('the support search, part by part', () => {
  // Rows of two cells; cells 0–1 fixed (a total row), rows 1–2 open in column 0's equation,
  // rows 3–4 open in column 1's: cell 0 = cells 2 + 4, cell 1 = cells 7 + 9 (two parts).
  const relations = equations([
    [[0], [2, 4]],
    [[1], [7, 9]],
  ]);
  const rows: OpenRow[] = [
    {
      base: 2,
      readings: [
        [3, 0],
        [4, 0],
        [5, 0],
      ],
    },
    {
      base: 4,
      readings: [
        [2, 0],
        [9, 0],
      ],
    },
    {
      base: 6,
      readings: [
        [0, 1],
        [0, 6],
      ],
    },
    {
      base: 8,
      readings: [
        [0, 5],
        [0, 0],
        [0, 4],
      ],
    },
  ];

  it('keeps in each part the readings some combination of that part keeps, where the other part has one', () => {
    const cells = new Float64Array(10).fill(Number.NaN);
    cells[0] = 7;
    cells[1] = 6;
    const s = supportedReadings(cells, 2, relations, rows, new WorkBudget(1e6));
    expect(s?.complete).toBe(true);
    // 7 = 5 + 2 only; 6 = 1 + 5, 6 + 0
    expect(sorted(s?.surviving ?? [])).toEqual([[2], [0], [0, 1], [0, 1]]);
    expect(sorted(s?.surviving ?? [])).toEqual(bruteForce(cells, relations, rows, 2));
  });

  it('keeps nothing anywhere where one part has no combination', () => {
    const cells = new Float64Array(10).fill(Number.NaN);
    cells[0] = 7;
    cells[1] = 30;
    const s = supportedReadings(cells, 2, relations, rows, new WorkBudget(1e6));
    expect(s?.complete).toBe(true);
    expect(sorted(s?.surviving ?? [])).toEqual([[], [], [], []]);
  });

  it('still says when the budget ran out', () => {
    const cells = new Float64Array(10).fill(Number.NaN);
    cells[0] = 7;
    cells[1] = 6;
    expect(supportedReadings(cells, 2, relations, rows, new WorkBudget(1))?.complete).toBe(false);
  });

  it('keeps exactly the readings of some combination that adds up, one part or several (property)', () => {
    // Three columns; a fixed total row (cells 0–2) equal to the sum of four open rows per column, and
    // a second equation per column between two rows of their own (rows 5, 6: cells 15–20).
    const width = 3;
    const sumOf = (c: number): [number[], number[]] => [[c], [3 + c, 6 + c, 9 + c, 12 + c]];
    const pairOf = (c: number): [number[], number[]] => [[15 + c], [18 + c]];
    const reading = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: width, maxLength: width });
    const readings = fc.array(reading, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(readings, { minLength: 6, maxLength: 6 }), fc.boolean(), (rs, linked) => {
        // (linked: the pair's equations also count row 1's cells, so every row is one part)
        const list = [0, 1, 2].flatMap((c) => [sumOf(c), linked ? ([[15 + c], [18 + c, 3 + c]] as [number[], number[]]) : pairOf(c)]);
        const rel = equations(list);
        // (the first reading of each row is a combination that adds up: the totals its sums, row 5 made to fit)
        const first = rs.map((r) => r[0] as number[]);
        (rs[4] as number[][])[0] = first[4] = first[5]!.map((x, c) => x + (linked ? (first[0]![c] as number) : 0));
        const cells = new Float64Array(7 * width).fill(Number.NaN);
        for (let c = 0; c < width; c++) cells[c] = [0, 1, 2, 3].reduce((a, k) => a + (first[k]![c] as number), 0);
        const open: OpenRow[] = rs.map((r, k) => ({ base: (k + 1) * width, readings: r }));
        const s = supportedReadings(cells, width, rel, open, new WorkBudget(1e7));
        expect(s?.complete).toBe(true);
        expect(sorted(s?.surviving ?? [])).toEqual(bruteForce(cells, rel, open, width));
      }),
      { numRuns: 300, seed: 20261206, endOnFailure: true },
    );
  });
});
