/**
 * A table's grid filled from a stream of cells, one cell at a time, for the stream searches that
 * walk a stream into the table (`block-fill-stream.ts`, and `waiting-cells.ts` for `deferred-runs.ts`
 * and `label-flow-cells.ts`): which stream cell fills which grid cell, the fill's hash (paths that
 * reach the same fill are walked once), the text line check and the equations refuted so far; and
 * the readings such a search collects.
 */
import { FillHash, refuted, relationsByCell, type GridRelation } from './grid-equations.js';
import { divisionOfGrid, sameDivision, type StreamCell } from './number-stream.js';
import type { ReadingFit } from '../template/arithmetic.js';

/** The grid of a table of `size` cells (`row * ncols + column`) being filled from the stream `cells`. */
export class StreamGrid {
  /** The stream cell filling each grid cell, -1 where none yet. */
  readonly grid: Int32Array;
  /** The grid cell each stream cell fills, -1 where none yet. */
  readonly placedAt: Int32Array;
  /** The cells filled and their values, hashed (filling and emptying a cell are one toggle). */
  readonly hash = new FillHash();
  /** Each grid cell's equations. */
  private readonly relsOf: GridRelation[][];

  /** A grid of `size` cells in rows of `ncols`, the table's equations `rels` (by grid indices). */
  constructor(
    private readonly cells: readonly StreamCell[],
    private readonly ncols: number,
    size: number,
    rels: readonly GridRelation[],
  ) {
    this.grid = new Int32Array(size).fill(-1);
    this.placedAt = new Int32Array(size).fill(-1);
    this.relsOf = relationsByCell(rels, size);
  }

  /** Fills grid cell `g` with stream cell `s`. */
  fill(s: number, g: number): void {
    this.grid[g] = s;
    this.placedAt[s] = g;
    this.hash.toggle(this.cells[s] as StreamCell, g);
  }

  /** Empties grid cell `g` of stream cell `s` (the fill undone). */
  empty(s: number, g: number): void {
    this.grid[g] = -1;
    this.placedAt[s] = -1;
    this.hash.toggle(this.cells[s] as StreamCell, g);
  }

  /**
   * Whether stream cell `s` may fill grid cell `g` by the text lines: two cells of the stream on one
   * line are one row's, side by side in column order (the cell before it filled already).
   */
  keepsLine(s: number, g: number): boolean {
    if (s === 0 || (this.cells[s - 1] as StreamCell).line !== (this.cells[s] as StreamCell).line) return true;
    const before = this.placedAt[s - 1] as number;
    return Math.floor(before / this.ncols) === Math.floor(g / this.ncols) && g === before + 1;
  }

  /** Whether an equation through grid cell `g` is refuted by the cells filled so far (`refuted`). */
  refutes(g: number): boolean {
    return (this.relsOf[g] ?? []).some((rel) => refuted(this.cells, this.grid, rel));
  }
}

/**
 * Adds the filled grid's division into `rows` rows to a search's `readings` unless it is one of
 * them already or the table's equations refute it (`fit`); whether the readings are then more than
 * `most` (the stream does not show where its cells belong, and nothing is decided).
 */
export function addReading(
  readings: StreamCell[][][],
  filled: StreamGrid,
  cells: readonly StreamCell[],
  rows: number,
  ncols: number,
  fit: (division: StreamCell[][]) => ReadingFit,
  most: number,
): boolean {
  const division = divisionOfGrid(filled.grid, cells, rows, ncols);
  if (readings.some((d) => sameDivision(d, division)) || fit(division) === 'refuted') return false;
  readings.push(division);
  return readings.length > most;
}
