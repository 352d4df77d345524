/**
 * Choosing between readings of table 三 that the row sums leave (pieces of numbers wrapped side by
 * side joined one way or another, `side-joinings.ts`) by the table's other equations: the column
 * balance and the results total per column, with the row sums (`template/relations.ts`). Pieces
 * exchanged between two cells of one row keep its sum (`15 65` / `4` / `6`: 154 and 656, or 156 and
 * 654), but not their columns' sums. A reading is chosen only where, against each other reading, an
 * equation whose every cell both state holds in it and fails in the other, and it fails no equation
 * the other keeps; otherwise none is (the caller leaves the cells `ambiguous`).
 * Linear in the cells and the equations, per reading.
 */
import type { Cell } from '../model/cell.js';
import { evaluateRelation, type Operand } from '../template/arithmetic.js';
import { blankCountsAsZero, table3Relations } from '../template/relations.js';
import { TEMPLATE_VERSIONS, type TemplateVersion } from '../template/version.js';

/** The operands of a table-三 reading by address (`t3.results.granted.naturalPerson`): a value, `blank`, or null. */
function operands(table: object): Map<string, Operand> {
  const out = new Map<string, Operand>();
  const walk = (o: unknown, path: string): void => {
    if (typeof o !== 'object' || o === null) return;
    const c = o as Partial<Cell>;
    if (typeof c.status === 'string') {
      out.set(path, c.status === 'value' ? (c as Cell & { status: 'value' }).value : c.status === 'blank' ? 'blank' : null);
      return;
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'location') walk(v, `${path}.${k}`);
  };
  walk(table, 't3');
  return out;
}

/** Which equations (by index in the version's list) hold and which fail, every cell of them stated. */
function tally(table: object): { holds: Set<number>; fails: Set<number> } | null {
  const version = (table as { version?: unknown }).version;
  if (typeof version !== 'string' || !TEMPLATE_VERSIONS.includes(version as TemplateVersion)) return null;
  const cells = operands(table);
  const holds = new Set<number>();
  const fails = new Set<number>();
  table3Relations(version as TemplateVersion).forEach((rel, i) => {
    const s = evaluateRelation(rel, (a) => cells.get(a) ?? null, blankCountsAsZero).status;
    if (s === 'holds') holds.add(i);
    else if (s === 'fails') fails.add(i);
  });
  return { holds, fails };
}

/**
 * The index of the one reading of `tables` the equations leave (see the module comment), or -1.
 */
export function chosenByEquations(tables: readonly object[]): number {
  if (tables.length < 2) return -1;
  const tallies = tables.map(tally);
  if (tallies.some((t) => t === null)) return -1;
  const ts = tallies as { holds: Set<number>; fails: Set<number> }[];
  const beats = (i: number, j: number): boolean => {
    const a = ts[i] as { holds: Set<number>; fails: Set<number> };
    const b = ts[j] as { holds: Set<number>; fails: Set<number> };
    for (const e of a.fails) if (!b.fails.has(e)) return false;
    for (const e of a.holds) if (b.fails.has(e)) return true;
    return false;
  };
  const winners = ts.map((_, i) => ts.every((_, j) => j === i || beats(i, j)));
  const first = winners.indexOf(true);
  return first >= 0 && winners.lastIndexOf(true) === first ? first : -1;
}
