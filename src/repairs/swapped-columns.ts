/**
 * Repair check after a table is read (adds diagnostics only): two columns a text printed in each
 * other's place. A converter that writes two columns of a block in reverse order (`pdftotext
 * -layout` on a packed grid of narrow cells) leaves every row of the block complete, each with the
 * other column's number in the two cells: the row sums hold (a swap within a row always keeps
 * them), and only the column equations see it, where they can be checked at all.
 *
 * The signature: one column equation (the same rule, e.g. the table-三 balance) fails in two
 * columns with opposite residuals, `+d` in one and `−d` in the other (`d ≠ 0`), as a swap of one
 * row's two cells between those columns leaves it. Where it is found, the same swap may have hit
 * other rows of those columns that no equation checks: every row whose two cells in those columns
 * are stated, differ (a swap of equal values changes nothing), and neither of which a holding
 * equation of its column keeps, has both cells returned. The reader names them in a warning; their
 * values stay as read.
 */
import { failingResidual, keptByColumnEquations, type OperandLookup } from '../template/arithmetic.js';
import type { TableRelation } from '../template/relations.js';

/** One equation that fails in two columns with opposite residuals. */
export interface OppositeResidual {
  /** The rule of the two failing equations. */
  rule: TableRelation['rule'];
  /** The first column's residual (left − right); the second's is its negation. */
  residual: number;
}

/** Two columns whose equations fail with opposite residuals, and the cells the swap may have hit. */
export interface SwappedColumns {
  /** The two columns, in the relations' order. */
  columns: [string, string];
  /** Each rule whose equations fail so in the two columns, in the relations' order. */
  evidence: OppositeResidual[];
  /** The stated cells of those two columns no holding equation keeps, row by row. */
  addresses: string[];
}

/** The operand as a number where a blank counts as 0; null where it is no stated cell. */
function asNumber(address: string, lookup: OperandLookup, blankAsZero: (address: string) => boolean): number | null {
  const o = lookup(address);
  if (typeof o === 'number') return o;
  if (o === 'blank' && blankAsZero(address)) return 0;
  return null;
}

/**
 * The pairs of columns of `relations` (column equations: those with a `column`) whose equations of
 * one rule fail with opposite residuals, each with the cells of those columns a swap of rows could
 * have hit and no holding equation keeps (see the module comment). `lookup` gives each address's
 * operand; `blankAsZero` says which blanks count as 0.
 */
export function swappedColumns(
  relations: readonly TableRelation[],
  lookup: OperandLookup,
  blankAsZero: (address: string) => boolean,
): SwappedColumns[] {
  const columnRelations = relations.filter((r) => r.column !== undefined);
  const failing: { rel: TableRelation; residual: number }[] = [];
  for (const rel of columnRelations) {
    const residual = failingResidual(rel, lookup, blankAsZero);
    if (residual !== null) failing.push({ rel, residual });
  }
  if (failing.length < 2) return [];
  const keptSet = keptByColumnEquations(columnRelations, lookup, blankAsZero);
  const kept = (address: string): boolean => keptSet.has(address);
  const pairs = new Map<string, SwappedColumns>();
  for (let i = 0; i < failing.length; i++) {
    const a = failing[i] as { rel: TableRelation; residual: number };
    for (let j = i + 1; j < failing.length; j++) {
      const b = failing[j] as { rel: TableRelation; residual: number };
      if (a.rel.rule !== b.rel.rule || a.rel.column === b.rel.column) continue;
      if (Math.abs(a.residual + b.residual) > RESIDUAL_TOLERANCE) continue;
      const c1 = a.rel.column as string;
      const c2 = b.rel.column as string;
      const key = `${c1} ${c2}`;
      const known = pairs.get(key);
      if (known) {
        known.evidence.push({ rule: a.rel.rule, residual: a.residual });
        continue;
      }
      const addresses: string[] = [];
      for (const address of rowAddresses(columnRelations, c1)) {
        const other = `${address.slice(0, address.length - c1.length)}${c2}`;
        const v1 = asNumber(address, lookup, blankAsZero);
        const v2 = asNumber(other, lookup, blankAsZero);
        if (v1 === null || v2 === null || v1 === v2) continue;
        if (kept(address) || kept(other)) continue;
        addresses.push(address, other);
      }
      pairs.set(key, { columns: [c1, c2], evidence: [{ rule: a.rel.rule, residual: a.residual }], addresses });
    }
  }
  return [...pairs.values()].filter((p) => p.addresses.length > 0);
}

/** Two residuals this close are opposite (sums are rounded to 1e-6: decimals add with noise). */
const RESIDUAL_TOLERANCE = 1e-6;

/** Every address of column `column` in its column equations, once, in the equations' order. */
function rowAddresses(relations: readonly TableRelation[], column: string): string[] {
  const seen = new Set<string>();
  for (const rel of relations) {
    if (rel.column !== column) continue;
    for (const a of [...rel.left, ...rel.right]) seen.add(a);
  }
  return [...seen];
}
