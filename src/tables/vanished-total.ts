/**
 * A total that vanished leaves its row's numbers unbalanced. Where a table's column equations come
 * in families, one equation a column, each over the same rows (table 三: 总计 = the results rows,
 * column by column; 新收 + 上年结转 = 总计 + 结转下年度), the family's equations of the applicant
 * columns less the one of the total column give an equation over the rows' *residuals* (a row's
 * numbers less its total). A row read with its row sum holding has residual 0; a row whose total
 * vanished (read as 0 in the column equations) has its numbers' sum, above 0 where the numbers
 * are unsigned and one is not 0; no reading of a row whose readings all keep their row sum (blanks
 * as 0) with unsigned numbers has a residual below 0. So a reading with a vanished total and a
 * number above 0 keeps a family's equations only where a row across the equation may have a
 * residual above 0 (not every reading of it holds its row sum with the total written), or a row on
 * its own side one below 0 (a row of other numbers, read as printed): where there is none, no
 * combination that keeps the family keeps that reading, and its cuts (a free cut of the row's
 * digits, the costliest of all) need not be listed.
 *
 * This holds only in a search that checks every equation of the family (each cell known): the
 * caller checks that ({@link familiesKnown}) and reads its rows again otherwise.
 */
import type { CompiledRelation } from '../template/arithmetic.js';
import type { OpenRow } from './row-search.js';

/** A family of column equations: one a column, all over the same rows. */
export interface EquationFamily {
  /** The rows the family's equations take part in (by row index). */
  readonly rows: ReadonlySet<number>;
  /** Those of its left side (the others are on its right side). */
  readonly left: ReadonlySet<number>;
  /** Its equations. */
  readonly relations: readonly CompiledRelation[];
}

/**
 * The families among `relations` (over rows of `width` cells): equations of one rule, one for every
 * column, each taking the same rows on the same sides. Rules that are not such a family are left out.
 */
export function equationFamilies(relations: readonly CompiledRelation[], width: number): EquationFamily[] {
  const byRule = new Map<string, CompiledRelation[]>();
  for (const rel of relations) {
    const list = byRule.get(rel.relation.rule) ?? [];
    list.push(rel);
    byRule.set(rel.relation.rule, list);
  }
  const out: EquationFamily[] = [];
  const rowsOf = (indices: readonly number[]): string =>
    indices
      .map((i) => Math.floor(i / width))
      .sort((a, b) => a - b)
      .join(',');
  for (const list of byRule.values()) {
    if (list.length !== width) continue;
    const first = list[0] as CompiledRelation;
    const left = rowsOf(first.left);
    const right = rowsOf(first.right);
    const columns = new Set<number>();
    let same = true;
    for (const rel of list) {
      const cols = new Set([...rel.left, ...rel.right].map((i) => i % width));
      if (cols.size !== 1 || rowsOf(rel.left) !== left || rowsOf(rel.right) !== right) same = false;
      for (const c of cols) columns.add(c);
    }
    if (!same || columns.size !== width) continue;
    const rows = new Set([...first.left, ...first.right].map((i) => Math.floor(i / width)));
    // (a row on both sides, or twice on one: not the residual's equation)
    if (rows.size !== first.left.length + first.right.length) continue;
    out.push({ rows, left: new Set(first.left.map((i) => Math.floor(i / width))), relations: list });
  }
  return out;
}

/** What the caller knows of a row's residuals (see the module comment). */
export interface ResidualSigns {
  /** Every reading of the row holds its row sum with its total written: its residual is 0. */
  balanced(row: number): boolean;
  /** No reading of the row has a residual below 0 (its readings keep their row sum, blanks as 0, with unsigned numbers). */
  nonNegative(row: number): boolean;
}

/**
 * Whether a reading of row `row` with a vanished total (and a number above 0) may keep every
 * family it takes part in: in each, a row across the equation may have a residual above 0, or one
 * on its side a residual below 0.
 */
export function totalMayVanish(row: number, families: readonly EquationFamily[], signs: ResidualSigns): boolean {
  for (const f of families) {
    if (!f.rows.has(row)) continue;
    const side = f.left.has(row);
    let other = false;
    for (const r of f.rows) {
      if (r === row) continue;
      if (f.left.has(r) === side ? !signs.nonNegative(r) : !signs.balanced(r)) other = true;
    }
    if (!other) return false;
  }
  return true;
}

/** Whether a search over `cells` (NaN: not known) and the open `rows` knows every cell of every family's equations. */
export function familiesKnown(families: readonly EquationFamily[], cells: Float64Array, rows: readonly OpenRow[], width: number): boolean {
  const open = new Set<number>();
  for (const r of rows) for (let c = 0; c < width; c++) open.add(r.base + c);
  for (const f of families)
    for (const rel of f.relations)
      for (const i of [...rel.left, ...rel.right]) if (!open.has(i) && Number.isNaN(cells[i] as number)) return false;
  return true;
}
