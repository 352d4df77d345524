/**
 * Repair check after table 三's wrapped pieces are weighed row by row (`wrapped-pieces.ts`): a row
 * whose pieces join its numbers in several ways that all keep its row sum. Plain `pdftotext` of a
 * browser print writes a narrow column's wide counts in pieces, the first digits of several cells on
 * one line and their last digits on another (`１０ １８ ４０ １６９ ３３９ １５ １３` / label /
 * `４ ２ ６` / `０ ５０` for 104, 182, 406, 169, 339, 150, 1350); one-digit tails exchanged between
 * two-digit heads keep the row sum (104 + 182 = 102 + 184), so the row alone cannot tell which head
 * a tail ends. The table can: each column's equations (本年新收 + 上年结转 = 办理结果总计 +
 * 结转下年度, 总计 = the sum of the results) hold for the reading the page prints and, but by
 * chance, for no other.
 *
 * The evidence: each such row's ways (every way of its pieces that keeps its sum, the row as read
 * among them where it keeps it too, at most `MAX_KEPT_WAYS` of `wrapped-pieces.ts`), the other
 * rows' cells where the row is stated whole and keeps its own sum (any other cell unknown: an
 * equation with one is never judged), and the table's column equations. A way is kept where some
 * combination of one way per such row keeps every equation it can be judged by (the combination
 * search of `tables/row-search.ts`). A contested cell is decided where every kept way gives it the
 * same number from the same pieces while the row's ways differ on it: the equations, not the row
 * sum, chose. Where no way is kept, or the ways kept disagree, or the search ran out of its work,
 * nothing is decided (the cells stay ambiguous, as the row sum left them).
 *
 * The repair decides; the reader applies the decision.
 */
import type { CompiledRelation } from '../template/arithmetic.js';
import { WorkBudget } from '../tables/budget.js';
import { searchCombinations, type OpenRow } from '../tables/row-search.js';
import type { ValueToken } from '../tables/tokens.js';
import type { PieceWay } from './wrapped-pieces.js';

/** Work units the search over the rows' ways may spend (a few rows of at most 64 ways each, two dozen equations). */
export const PIECES_BY_COLUMNS_WORK = 200_000;

/** A row whose pieces keep its sum in several ways. */
export interface PiecesRow {
  /** Index of the row's first cell in the cell vector. */
  base: number;
  /** Its ways, whole (`wrapped-pieces.ts`). */
  ways: readonly PieceWay[];
  /** The columns its pieces contest. */
  columns: readonly number[];
}

/** A contested cell the column equations decided. */
export interface PiecesByColumnsDecision {
  /** Index of the row in the rows given. */
  row: number;
  /** The column. */
  column: number;
  /** Its number. */
  value: number;
  /** The tokens it is joined from, top to bottom; null where it is the number as printed. */
  chain: readonly ValueToken[] | null;
}

/**
 * The contested cells of `rows` that the equations decide (see the module comment). `cells` holds
 * the table's other cells by row (NaN: unknown; it is restored before returning), `width` the cells
 * of a row, `blankAsZero` whether a blank in a column counts as 0 (a blank total leaves its
 * equations unknown).
 */
export function decidePiecesByColumns(
  cells: Float64Array,
  width: number,
  relations: readonly CompiledRelation[],
  rows: readonly PiecesRow[],
  blankAsZero: (column: number) => boolean,
): PiecesByColumnsDecision[] {
  if (rows.length === 0) return [];
  const open: OpenRow[] = rows.map((r) => ({
    base: r.base,
    readings: r.ways.map((w) => w.values.map((v, j) => (v === null ? (blankAsZero(j) ? 0 : Number.NaN) : v))),
  }));
  const found = searchCombinations(cells, width, relations, open, new WorkBudget(PIECES_BY_COLUMNS_WORK));
  if (!found.complete) return [];
  const out: PiecesByColumnsDecision[] = [];
  rows.forEach((r, i) => {
    const kept = [...(found.surviving[i] ?? [])].map((k) => r.ways[k] as PieceWay);
    if (kept.length === 0) return;
    for (const j of r.columns) {
      const all = new Set(r.ways.map((w) => w.values[j]));
      const first = kept[0] as PieceWay;
      const value = first.values[j];
      // (the ways differ on the cell, the kept ones agree: its number and its pieces)
      if (all.size < 2 || value === null || value === undefined) continue;
      const chain = first.chains[j] ?? null;
      if (!kept.every((w) => w.values[j] === value && sameChain(w.chains[j] ?? null, chain))) continue;
      out.push({ row: i, column: j, value, chain });
    }
  });
  return out;
}

/** Whether two chains are the same tokens in the same order (both null: the number as printed). */
function sameChain(a: readonly ValueToken[] | null, b: readonly ValueToken[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((t, k) => t === b[k]);
}
