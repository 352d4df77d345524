/**
 * The table's equations over a grid being filled cell by cell: the stream searches that place a
 * stream's cells into the table one block or run at a time (`block-fill-stream.ts`, `label-flow-cells.ts`,
 * `deferred-runs.ts`) drop a path as soon as a filled equation fails, and key the paths they have
 * walked by a hash of the cells filled.
 */
import type { TableRelation } from '../template/relations.js';
import type { StreamCell } from './number-stream.js';

/** A 32-bit mix of an integer (murmur3's finaliser). */
export function mix(n: number): number {
  let h = n >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** An equation by the grid indices (`row * ncols + column`) of its two sides; null where a cell is not the table's. */
export interface GridRelation {
  /** The grid indices of the left side's cells. */
  left: number[];
  /** The grid indices of the right side's cells. */
  right: number[];
  /** Per side: whether each address's blank counts as zero. */
  leftZero: boolean[];
  /** As `leftZero`, for the right side. */
  rightZero: boolean[];
}

/** The table's equations by grid indices (`cellAt` places an address; an equation with a cell outside the table is left out). */
export function gridRelations(
  relations: readonly TableRelation[],
  ncols: number,
  cellAt: (address: string) => { row: number; column: number } | null,
  blankAsZero: (address: string) => boolean,
): GridRelation[] {
  const out: GridRelation[] = [];
  for (const rel of relations) {
    const left: number[] = [];
    const right: number[] = [];
    let inTable = true;
    for (const [side, into] of [
      [rel.left, left],
      [rel.right, right],
    ] as const) {
      for (const a of side) {
        const at = cellAt(a);
        if (!at) inTable = false;
        else into.push(at.row * ncols + at.column);
      }
    }
    if (!inTable) continue;
    out.push({ left, right, leftZero: rel.left.map(blankAsZero), rightZero: rel.right.map(blankAsZero) });
  }
  return out;
}

/** Each grid cell's equations among `rels` (an equation listed once per cell), for a grid of `size` cells. */
export function relationsByCell(rels: readonly GridRelation[], size: number): GridRelation[][] {
  const relsOf: GridRelation[][] = Array.from({ length: size }, () => []);
  for (const rel of rels)
    for (const g of rel.left.concat(rel.right)) if (!(relsOf[g] as GridRelation[]).includes(rel)) relsOf[g]?.push(rel);
  return relsOf;
}

/**
 * The cells a stream search has filled and their values, hashed twice: filling a cell and emptying
 * it again are the same {@link FillHash.toggle} (XOR), so the hash follows the search's steps and
 * undos, and fills that reach the same cells with the same values have the same key.
 */
export class FillHash {
  /** The first hash. */
  a = 0;
  /** The second hash, mixed differently (two 32-bit hashes make a collision unlikely). */
  b = 0;

  /** Fills grid cell `g` with stream cell `cell`, or empties it where it held that cell. */
  toggle(cell: StreamCell, g: number): void {
    const v = cell.kind === 'value' ? Math.round(cell.content.value * 100) : -1;
    this.a = (this.a ^ mix(g * 2_654_435_761 + v)) >>> 0;
    this.b = (this.b ^ mix(v * 40_503 + g * 97 + 0x9e3779b9)) >>> 0;
  }
}

/**
 * A side's filled cells, written into `out` (no object per call: the stream searches ask this for
 * every equation through every cell they place): [0] their sum, [1] 1 where every cell is filled,
 * [2] 1 where the side can be summed (a blank total cannot).
 */
function sideState(
  cells: readonly StreamCell[],
  grid: Int32Array,
  indices: readonly number[],
  zero: readonly boolean[],
  out: Float64Array,
): void {
  let sum = 0;
  let complete = 1;
  let usable = 1;
  for (let k = 0; k < indices.length; k++) {
    const s = grid[indices[k] as number] as number;
    if (s < 0) {
      complete = 0;
      continue;
    }
    const t = cells[s] as StreamCell;
    if (t.kind === 'value') sum += t.content.value;
    else if (zero[k] !== true) usable = 0;
  }
  out[0] = Math.round(sum * 100) / 100;
  out[1] = complete;
  out[2] = usable;
}

/** The two sides' states of {@link refuted}, reused. */
const LEFT = new Float64Array(3);
const RIGHT = new Float64Array(3);

/** Whether an equation is refuted by the cells filled so far: both sides filled and unequal, or a filled side below the other's filled cells. */
export function refuted(cells: readonly StreamCell[], grid: Int32Array, rel: GridRelation): boolean {
  sideState(cells, grid, rel.left, rel.leftZero, LEFT);
  sideState(cells, grid, rel.right, rel.rightZero, RIGHT);
  if (LEFT[2] === 0 || RIGHT[2] === 0) return false;
  const l = LEFT[0] as number;
  const r = RIGHT[0] as number;
  if (LEFT[1] === 1 && RIGHT[1] === 1) return l !== r;
  if (LEFT[1] === 1) return r > l;
  if (RIGHT[1] === 1) return l > r;
  return false;
}
