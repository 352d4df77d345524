/**
 * Comparing two readings of one table: whether the second states more and takes nothing back.
 * A reading made with a repair that the text's structure suggests (a wrapped cell's pieces joined,
 * `repairs/cell-pieces.ts`) is kept over the reading as printed only where it states more cells, states
 * every cell the printed reading states the same way, and leaves no new row of values missing its
 * sum (a row's `total` against the sum of its other cells). Linear in the cells.
 */
import type { Cell } from '../model/cell.js';

/** A row of a reading: its own cells (the entries that are cells), by key. */
type OwnCells = readonly (readonly [string, Cell])[];

/** Calls `visit` with every object of `table` that is not a cell: its path and its own cells. */
function eachRow(table: unknown, visit: (path: string, own: OwnCells) => void): void {
  const walk = (o: unknown, path: string): void => {
    if (typeof o !== 'object' || o === null) return;
    const own: [string, Cell][] = [];
    const rest: [string, unknown][] = [];
    for (const [k, v] of Object.entries(o)) {
      if (k === 'location') continue;
      if (typeof (v as Partial<Cell> | null)?.status === 'string') own.push([k, v as Cell]);
      else rest.push([k, v]);
    }
    visit(path, own);
    for (const [k, v] of rest) walk(v, `${path}.${k}`);
  };
  walk(table, '');
}

/** Whether a row's stated total equals the sum of its other cells that are values (within rounding). */
function totalKept(own: OwnCells, total: Cell & { status: 'value' }): boolean {
  let sum = 0;
  for (const [k, c] of own) if (k !== 'total' && c.status === 'value') sum += c.value;
  return Math.abs(sum - total.value) <= 1e-9;
}

/** A row's total where it is a value and the row has other cells. */
function valueTotal(own: OwnCells): (Cell & { status: 'value' }) | null {
  const total = own.find(([k]) => k === 'total')?.[1];
  return total?.status === 'value' && own.length > 1 ? total : null;
}

/** A reading's stated cells by path (the value, or '' for a blank), and the paths of its rows of values that miss their sum. */
function statedCells(table: unknown): { cells: Map<string, string>; failing: Set<string> } {
  const cells = new Map<string, string>();
  const failing = new Set<string>();
  eachRow(table, (path, own) => {
    for (const [k, c] of own)
      if (c.status === 'value' || c.status === 'blank') cells.set(`${path}.${k}`, c.status === 'value' ? String(c.value) : '');
    const total = valueTotal(own);
    if (total && own.every(([, c]) => c.status === 'value') && !totalKept(own, total)) failing.add(path);
  });
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
  eachRow(after, (path, own) => {
    const total = valueTotal(own);
    if (total && own.every(([, c]) => c.status === 'value' || c.status === 'blank') && totalKept(own, total))
      for (const [k, c] of own) if (c.status === 'value' && !a.has(`${path}.${k}`)) out.set(c.value, (out.get(c.value) ?? 0) + 1);
  });
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
