/**
 * The deal of wrapped pieces (`wrappedCellReadings`) spends its budget as the walk of every choice
 * did before its speed work (issue 16, perf8): choices known to make no cell (a pair of pieces no cell
 * can hold) are counted, not walked, and cells are remembered by the pieces chosen. Readings and
 * units spent are pinned to what the walk gave, with budgets that suffice and budgets that run out
 * part way (the same unit exhausts them).
 */
import { describe, expect, it } from 'vitest';
import { rowItemAt } from './helpers/layout-text.js';
import { wrappedCellReadings } from '../src/tables/wrapped-cells.js';
import { WorkBudget } from '../src/tables/budget.js';
import type { RowItem } from '../src/tables/placement.js';

const row = (line: number, ...cols: [number, string][]): RowItem[] => cols.map(([c, r]) => rowItemAt(line, c, r));
const rowSum = (v: (number | null)[]): boolean => v[6] !== null && v.slice(0, 6).reduce<number>((a, b) => a + (b ?? 0), 0) === v[6];
const any = (): boolean => true;
const values = (readings: RowItem[][] | null): (number | null)[][] | null =>
  readings && readings.map((r) => r.map((i) => (i.token.kind === 'value' ? i.token.content.value : null)));

/** Bands of our own: wrapped numbers over two and three lines, pieces far apart, a line of more pieces than cells. */
const BANDS: [string, RowItem[], (v: (number | null)[]) => boolean][] = [
  [
    'two lines packed left',
    [
      ...row(0, [25, '17'], [28, '23'], [31, '19'], [34, '261'], [38, '169'], [42, '25'], [45, '128']),
      ...row(1, [25, '48'], [28, '09'], [31, '45'], [34, '7'], [36, '3'], [38, '17'], [41, '29']),
    ],
    rowSum,
  ],
  [
    'three lines, two lower pieces',
    [
      ...row(0, [10, '12'], [14, '45'], [18, '1'], [20, '1'], [22, '1'], [24, '1'], [27, '583']),
      ...row(1, [12, '3']),
      ...row(2, [12, '6']),
    ],
    rowSum,
  ],
  [
    'pieces far apart on four lines, any deal accepted',
    [
      ...row(0, [10, '1'], [20, '2'], [30, '3'], [40, '4'], [50, '5'], [60, '6'], [70, '7']),
      ...row(1, [10, '8'], [30, '9'], [50, '1']),
      ...row(2, [21, '2'], [41, '3'], [61, '4'], [71, '5']),
      ...row(3, [12, '6'], [52, '7']),
    ],
    any,
  ],
  [
    'a line of more pieces than cells',
    [
      ...row(0, [23, '0'], [25, '10'], [28, '28'], [31, '8'], [33, '151'], [37, '7'], [39, '0'], [41, '456']),
      ...row(1, [25, '3'], [33, '2'], [41, '1']),
    ],
    any,
  ],
];

/** Per band, per budget: the limit, the units spent and the readings, as the walk of every choice gave them. */
const PINNED: [number, number, (number | null)[][] | null][][] = [
  [
    [20000, 213, [[1748, 2309, 1945, 2617, 1693, 2517, 12829]]],
    [5000, 213, [[1748, 2309, 1945, 2617, 1693, 2517, 12829]]],
    [1000, 213, [[1748, 2309, 1945, 2617, 1693, 2517, 12829]]],
    [400, 213, [[1748, 2309, 1945, 2617, 1693, 2517, 12829]]],
    [120, 121, null],
    [40, 41, null],
    [7, 8, null],
  ],
  [
    [
      20000,
      168,
      [
        [126, 453, 1, 1, 1, 1, 583],
        [123, 456, 1, 1, 1, 1, 583],
      ],
    ],
    [
      5000,
      168,
      [
        [126, 453, 1, 1, 1, 1, 583],
        [123, 456, 1, 1, 1, 1, 583],
      ],
    ],
    [
      1000,
      168,
      [
        [126, 453, 1, 1, 1, 1, 583],
        [123, 456, 1, 1, 1, 1, 583],
      ],
    ],
    [
      400,
      168,
      [
        [126, 453, 1, 1, 1, 1, 583],
        [123, 456, 1, 1, 1, 1, 583],
      ],
    ],
    [120, 121, null],
    [40, 41, null],
    [7, 8, null],
  ],
  [
    [20000, 5331, [[186, 22, 39, 43, 517, 64, 75]]],
    [5000, 5001, null],
    [1000, 1001, null],
    [400, 401, null],
    [120, 121, null],
    [40, 41, null],
    [7, 8, null],
  ],
  [
    [20000, 455, null],
    [5000, 455, null],
    [1000, 455, null],
    [400, 401, null],
    [120, 121, null],
    [40, 41, null],
    [7, 8, null],
  ],
];

describe('wrappedCellReadings: the budget spent as by the walk of every choice', () => {
  it.each(BANDS.map((b, i) => [...b, i] as const))('%s', (_, items, accept, i) => {
    const out: unknown[] = [];
    for (const limit of [20_000, 5_000, 1_000, 400, 120, 40, 7]) {
      const budget = new WorkBudget(limit);
      const got = wrappedCellReadings(items, 7, accept, budget);
      out.push([limit, budget.spent, values(got)]);
    }
    expect(out).toEqual(PINNED[i]);
  });
});
