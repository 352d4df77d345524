/**
 * The walk shared by `deferred-runs.ts` and `label-flow-cells.ts` (`src/repairs/waiting-cells.ts`),
 * under rules of our own: what it does with no cell allowed to wait, with one run allowed, and at its
 * bound. Our small table (a to d and their total t), a cell to a line.
 */
import { describe, expect, it } from 'vitest';
import { waitingCellsReadings, type WaitingCellsRules } from '../src/repairs/waiting-cells.js';
import { blankCountsAsZero } from '../src/template/relations.js';
import { smallTable } from './helpers/small-table.js';
import { SMALL_ROWS, SMALL_VALUES } from './helpers/stream-cells.js';
import { cellsOnLines } from './helpers/stream-reads.js';

const { relations: RELATIONS, cellAt } = smallTable(SMALL_ROWS);

/** Rules letting a row's last cell wait (once a row, one row at a time) and land after a cell of a row below. */
const lastCellWaits = (maxSteps = 1000): WaitingCellsRules => ({
  maxSteps,
  maxReadings: 4,
  toEnd: false,
  released: (s, _next, w) => (s > 0 && Math.floor((w.placedAt[s - 1] as number) / 4) > Math.floor((w.waiting[0] as number) / 4) ? 1 : 0),
  keepsInOrder: () => false,
  spans: (_s, next) => (next % 4 === 3 ? [1] : []),
  mayWait: (next, _span, w) => w.waiting.length === 0 && w.rowWaited[Math.floor(next / 4)] === 0,
});

const readings = (values: number[], rules: WaitingCellsRules): (number | null)[][][] | null =>
  waitingCellsReadings(cellsOnLines(values.map((v) => [v])), 5, 4, cellAt, RELATIONS, blankCountsAsZero, rules)?.map((d) =>
    d.map((row) => row.map((t) => (t.kind === 'value' ? t.content.value : null))),
  ) ?? null;

describe('waitingCellsReadings', () => {
  const inOrder = SMALL_VALUES.flat();
  // b's total printed after c's first cell
  const bTotalLate = [1, 2, 3, 6, 4, 5, 6, 7, 15, 8, 9, 24, 2, 3, 4, 9, 14, 18, 22, 54];

  it('reads the stream in order where no cell may wait', () => {
    const none: WaitingCellsRules = { ...lastCellWaits(), spans: () => [] };
    expect(readings(inOrder, none)).toEqual([SMALL_VALUES]);
    expect(readings(bTotalLate, none)).toBeNull();
  });

  it('reads a row total that waited, landing where the rules let it', () => {
    expect(readings(bTotalLate, lastCellWaits())).toEqual([SMALL_VALUES]);
  });

  it('lets no cell wait in a row the rules say keeps its order', () => {
    expect(readings(bTotalLate, { ...lastCellWaits(), keepsInOrder: () => true })).toBeNull();
  });

  it('decides nothing at its bound, or for another count, or a negative value', () => {
    expect(readings(bTotalLate, lastCellWaits(5))).toBeNull();
    expect(readings(bTotalLate.slice(1), lastCellWaits())).toBeNull();
    expect(readings([-1, ...bTotalLate.slice(1)], lastCellWaits())).toBeNull();
  });
});
