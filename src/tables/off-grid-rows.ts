/**
 * Rows printed off the table's column grid (`pdftotext -layout`): where a page break cuts a cell
 * that spans rows, the rows after the break may be laid out on their own, their numbers standing
 * far right of the table's last column and in blocks printed in an order that is not their columns'
 * (`０ ３５      ０ ０ ０ ０      ３５`: the other and total columns printed first, the fifth column
 * last). Their printed order is no evidence of their columns: the row's readings are the orders of
 * its blocks (runs of numbers set apart by wide gaps), the printed one among them, and the caller
 * keeps those the row's arithmetic allows (the cells they read differently are ambiguous).
 */
import type { RowItem } from './placement.js';
import { GRID_ROWS, completeRowCentres, sideGrid } from './mixed-grid-rows.js';

/** A row stands off the grid when its middle number's centre is this many characters right of the grid's last column, or more. */
const OFF_GRID = 8;
/** Numbers of one row set apart by this many spaces or more are in different blocks. */
const BLOCK_GAP = 5;
/** A row of more blocks than this is left alone (its orders too many to keep: 5! = 120 at most). */
const MAX_BLOCKS = 5;

/** The row's items cut into blocks at wide gaps (indices into the items, in printed order). */
function blocksOf(items: readonly RowItem[]): number[][] {
  const blocks: number[][] = [];
  let end = Number.NEGATIVE_INFINITY;
  items.forEach((it, i) => {
    const column = it.token.column as number;
    if (column - end >= BLOCK_GAP || blocks.length === 0) blocks.push([i]);
    else (blocks[blocks.length - 1] as number[]).push(i);
    end = column + (it.token.end - it.token.start);
  });
  return blocks;
}

/** Every order of `n` things (the identity first). */
function orders(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const rest of orders(n - 1)) for (let at = rest.length; at >= 0; at--) out.push([...rest.slice(0, at), n - 1, ...rest.slice(at)]);
  return out;
}

/**
 * For each row (by index) of `rows` whose numbers stand off the grid of the complete rows near it
 * (most of them past the grid's last column: see the module), its readings as orders of its items (indices; the printed order first), one per
 * order of its blocks. Rows of one block, or of more than {@link MAX_BLOCKS}, are left out; only
 * whole rows on one line are read.
 */
export function offGridRows(rows: readonly (readonly RowItem[])[], ncols: number): Map<number, number[][]> {
  const out = new Map<number, number[][]>();
  const { complete, centresOf } = completeRowCentres(rows, ncols);
  const scratch = new Float64Array(GRID_ROWS);
  for (let n = 0; n < complete.length; n++) {
    const k = complete[n] as number;
    const sides = [
      sideGrid(centresOf, Math.max(0, n - GRID_ROWS), n, ncols, scratch),
      sideGrid(centresOf, n + 1, Math.min(complete.length, n + 1 + GRID_ROWS), ncols, scratch),
    ].filter((g): g is number[] => g !== null);
    if (sides.length === 0) continue;
    // (the row's middle number, left to right: most of the row stands past the grid's last column)
    const own = Float64Array.from(centresOf[n] as Float64Array).sort();
    const middle = own[ncols >> 1] as number;
    if (!sides.every((g) => middle - (g[ncols - 1] as number) >= OFF_GRID)) continue;
    const items = rows[k] as readonly RowItem[];
    const blocks = blocksOf(items);
    if (blocks.length < 2 || blocks.length > MAX_BLOCKS) continue;
    out.set(
      k,
      orders(blocks.length).map((o) => o.flatMap((b) => blocks[b] as number[])),
    );
  }
  return out;
}
