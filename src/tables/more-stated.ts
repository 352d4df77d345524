/**
 * Comparing two readings of one table: whether the second states more and takes nothing back.
 * A reading made with a repair that the text's structure suggests (a wrapped cell's pieces joined,
 * `repairs/cell-pieces.ts`) is kept over the reading as printed only where it states more cells, states
 * every cell the printed reading states the same way, and leaves no new row of values missing its
 * sum (table 三's row sum, `T3.ROWSUM`, evaluated by `template/arithmetic.ts` as validation does). Linear
 * in the cells.
 */
import type { Cell } from '../model/cell.js';
import { relationStatus, type Operand } from '../template/arithmetic.js';
import { blankCountsAsZero, table3RowSums, type TableRelation } from '../template/relations.js';
import { TEMPLATE_VERSIONS, type TemplateVersion } from '../template/version.js';

/** Calls `visit` with every cell of `table` (`location` left out) and its address (`t3.` and its path). */
function eachCell(table: unknown, visit: (address: string, cell: Cell) => void): void {
  const walk = (o: unknown, path: string): void => {
    if (typeof o !== 'object' || o === null) return;
    for (const [k, v] of Object.entries(o)) {
      if (k === 'location') continue;
      if (typeof (v as Partial<Cell> | null)?.status === 'string') visit(`${path}.${k}`, v as Cell);
      else walk(v, `${path}.${k}`);
    }
  };
  walk(table, 't3');
}

/** A cell as an operand of the evaluator: a number, a blank, or unknown (missing, ambiguous, absent). */
function operandOf(c: Cell | undefined): Operand {
  return c?.status === 'value' ? c.value : c?.status === 'blank' ? 'blank' : null;
}

/** The row sums of a table-三 reading's version (none where the reading names no known version). */
function rowSumsOf(table: unknown): readonly TableRelation[] {
  const version = (table as { version?: unknown } | null)?.version;
  return TEMPLATE_VERSIONS.includes(version as TemplateVersion) ? table3RowSums(version as TemplateVersion) : [];
}

/** A reading's cells by address, its stated cells (the value, or '' for a blank), and the rows whose cells are all values and whose row sum fails. */
function statedCells(table: unknown): { all: Map<string, Cell>; cells: Map<string, string>; failing: Set<string> } {
  const all = new Map<string, Cell>();
  const cells = new Map<string, string>();
  eachCell(table, (address, c) => {
    all.set(address, c);
    if (c.status === 'value' || c.status === 'blank') cells.set(address, c.status === 'value' ? String(c.value) : '');
  });
  const failing = new Set<string>();
  const lookup = (a: string): Operand => operandOf(all.get(a));
  for (const rel of rowSumsOf(table)) {
    const values = [...rel.left, ...rel.right].every((a) => all.get(a)?.status === 'value');
    if (values && relationStatus(rel, lookup, blankCountsAsZero) === 'fails') failing.add(rel.row as string);
  }
  return { all, cells, failing };
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
  const b = statedCells(after).all;
  const lookup = (x: string): Operand => operandOf(b.get(x));
  const out = new Map<number, number>();
  for (const rel of rowSumsOf(after)) {
    if (relationStatus(rel, lookup, blankCountsAsZero) !== 'holds') continue;
    for (const x of [...rel.left, ...rel.right]) {
      const c = b.get(x);
      if (c?.status === 'value' && !a.has(x)) out.set(c.value, (out.get(c.value) ?? 0) + 1);
    }
  }
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
