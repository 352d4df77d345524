/**
 * Repair check after a table is read: a row equation (a table-三 row sum, a table-四 group sum) whose
 * total was read blank while the parts stated add up to more than 0. A blank total is "not reported"
 * (`template/relations.ts`): validation leaves the equation uncertain and the table readers take a
 * reading with such a total as unchecked, so the row's cells rest on the order they were read in
 * alone. The counts are ≥ 0, so a total of those parts is more than 0, never a blank read as 0: either
 * the report left the total out, or the blank is another cell's (a marker of a neighbouring column or
 * row read into the total, the total's number read into an applicant column: `pdftotext -layout`
 * writes a page's last columns before its first ones). Which, the text does not say; the total and
 * the row's stated cells are returned, and the reader names them in a warning (their values stay).
 */
import { knownSideSum, roundSum, type Operand } from '../template/arithmetic.js';
import { isRowRelation, type TableRelation } from '../template/relations.js';
import type { EquationCell } from './unkept-equations.js';

/**
 * A row equation left unchecked by a blank total over parts that add up to more than 0 (or by a
 * missing total, {@link totalAmongParts}).
 */
export interface BlankTotalRow {
  /** The equation (a row sum or a group sum). */
  relation: TableRelation;
  /** The sum of the parts stated (before the last, {@link totalAmongParts}). */
  sum: number;
  /** The blank total and the stated parts (a value or a blank), in the equation's order (the stated parts, {@link totalAmongParts}). */
  addresses: string[];
}

/**
 * The row equations of `relations` (those of a row: `row` set, one total) whose total is blank while
 * the parts stated sum to more than 0. `cellOf` gives each address's cell.
 */
export function blankTotalsOverCounts(relations: readonly TableRelation[], cellOf: (address: string) => EquationCell): BlankTotalRow[] {
  const out: BlankTotalRow[] = [];
  for (const rel of relations) {
    // (a row equation has one total: the left side)
    const total = rel.left[0] as string;
    if (!isRowRelation(rel) || cellOf(total).status !== 'blank') continue;
    // (the parts stated: the known sum of the right side, a blank adding nothing)
    const { sum } = knownSideSum(rel.right, (a) => operandOf(cellOf(a)));
    if (sum > 0) out.push({ relation: rel, sum, addresses: [total, ...rel.right.filter((a) => stated(cellOf(a)))] });
  }
  return out;
}

/** A cell as an operand of the evaluator (`template/arithmetic.ts`): a number, a blank, or unknown. */
function operandOf(c: EquationCell): Operand {
  return c.status === 'value' ? c.value : c.status === 'blank' ? 'blank' : null;
}

/** Whether a cell is stated (a value or a blank). */
function stated(c: EquationCell): boolean {
  return c.status === 'value' || c.status === 'blank';
}

/**
 * The row equations of `relations` whose total was not read (`missing`) while the last part stated
 * (a value) equals the sum of the parts stated before it, more than 0: the row's numbers, placed by
 * position in columns (`pdftotext -layout` of a browser's print packs a line of narrow cells on a
 * grid of its own), may have taken the total's number into a part's column (`34 48 82`, total 82,
 * its 82 read in the sixth column, the total missing). The counts are ≥ 0, so the sum is
 * a reading the row keeps with that number as its total; which, the text does not say, and the
 * row's stated parts are returned for a warning (values kept). `cellOf` gives each address's cell.
 * A test of the stated parts alone (the last against those before it), not the row's equation,
 * whose total is not read: no evaluator of `template/arithmetic.ts` applies.
 */
export function totalAmongParts(relations: readonly TableRelation[], cellOf: (address: string) => EquationCell): BlankTotalRow[] {
  const out: BlankTotalRow[] = [];
  for (const rel of relations) {
    if (!isRowRelation(rel) || cellOf(rel.left[0] as string).status !== 'missing') continue;
    const stated = rel.right.filter((a) => cellOf(a).status === 'value');
    const value = (a: string | undefined): number => (a === undefined ? 0 : (cellOf(a) as { value: number }).value);
    const sum = roundSum(stated.slice(0, -1).reduce((s, a) => s + value(a), 0));
    if (sum > 0 && value(stated[stated.length - 1]) === sum) out.push({ relation: rel, sum, addresses: stated });
  }
  return out;
}
