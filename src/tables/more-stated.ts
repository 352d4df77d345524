/**
 * Comparing two readings of one table: whether the second states more and takes nothing back.
 * A reading made with a repair that the text's structure suggests (a wrapped cell's pieces joined,
 * `repairs/cell-pieces.ts`) is kept over the reading as printed only where it states more cells, states
 * every cell the printed reading states the same way, and leaves no new row of values missing its
 * sum (a row's `total` against the sum of its other cells). Linear in the cells.
 */
import type { Cell } from '../model/cell.js';

/** A reading's stated cells by path (the value, or '' for a blank), and the paths of its rows of values that miss their sum. */
function statedCells(table: unknown): { cells: Map<string, string>; failing: Set<string> } {
  const cells = new Map<string, string>();
  const failing = new Set<string>();
  const walk = (o: unknown, path: string): void => {
    if (typeof o !== 'object' || o === null) return;
    const c = o as Partial<Cell>;
    if (typeof c.status === 'string') {
      if (c.status === 'value' || c.status === 'blank') cells.set(path, c.status === 'value' ? String(c.value) : '');
      return;
    }
    const own = Object.entries(o).filter(([k, v]) => k !== 'location' && typeof (v as Partial<Cell> | null)?.status === 'string');
    const total = own.find(([k]) => k === 'total')?.[1] as Cell | undefined;
    if (total && own.length > 1 && own.every(([, v]) => (v as Cell).status === 'value')) {
      let sum = 0;
      for (const [k, v] of own) if (k !== 'total') sum += (v as { value: number }).value;
      if (Math.abs(sum - (total as { value: number }).value) > 1e-9) failing.add(path);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'location') walk(v, `${path}.${k}`);
  };
  walk(table, '');
  return { cells, failing };
}

/**
 * Whether table `after` states more cells than `before` (a value or a blank), states every cell
 * `before` states the same way, and has no row of values missing its sum that `before` did not have.
 */
export function statesMoreKeepingEvery(before: unknown, after: unknown): boolean {
  const a = statedCells(before);
  const b = statedCells(after);
  if (b.cells.size <= a.cells.size) return false;
  for (const [path, v] of a.cells) if (b.cells.get(path) !== v) return false;
  return [...b.failing].every((row) => a.failing.has(row));
}

/**
 * The values of the cells `after` states (as a value) where `before` states none, in rows whose
 * sum `after` checks (every cell of the row stated, a value or a blank, the total a value equal to
 * the sum of the others), as a multiset (value → count).
 */
export function newlyCheckedValues(before: unknown, after: unknown): Map<number, number> {
  const a = statedCells(before).cells;
  const out = new Map<number, number>();
  const walk = (o: unknown, path: string): void => {
    if (typeof o !== 'object' || o === null) return;
    const own = Object.entries(o).filter(([k, v]) => k !== 'location' && typeof (v as Partial<Cell> | null)?.status === 'string') as [
      string,
      Cell,
    ][];
    const total = own.find(([k]) => k === 'total')?.[1];
    if (total?.status === 'value' && own.length > 1 && own.every(([, c]) => c.status === 'value' || c.status === 'blank')) {
      let sum = 0;
      for (const [k, c] of own) if (k !== 'total' && c.status === 'value') sum += c.value;
      if (Math.abs(sum - total.value) <= 1e-9)
        for (const [k, c] of own) if (c.status === 'value' && !a.has(`${path}.${k}`)) out.set(c.value, (out.get(c.value) ?? 0) + 1);
    }
    for (const [k, v] of Object.entries(o))
      if (k !== 'location' && typeof (v as Partial<Cell> | null)?.status !== 'string') walk(v, `${path}.${k}`);
  };
  walk(after, '');
  return out;
}

/** Whether `table` states every cell (a value or a blank): no reading can state more. */
export function statesEveryCell(table: unknown): boolean {
  let open = false;
  const walk = (o: unknown): void => {
    if (open || typeof o !== 'object' || o === null) return;
    const c = o as Partial<Cell>;
    if (typeof c.status === 'string') {
      open = c.status !== 'value' && c.status !== 'blank';
      return;
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'location') walk(v);
  };
  walk(table);
  return !open;
}
