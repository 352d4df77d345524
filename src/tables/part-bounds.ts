/**
 * A part is at most its whole. Where a column equation of a table sets one cell (a whole: 总计's
 * cell of a column) against a sum of several (its parts: the results rows' cells of that column),
 * and every count is at least 0, no part of a combination that keeps the equation exceeds the whole
 * it is read with. The rows holding such wholes are cut first; the most each whole's readings hold
 * then bounds the cuts of every row holding its parts (`readingsOfRow`'s `most`), so glued digits
 * are not cut into numbers no combination could keep.
 *
 * The bounds only narrow what a combination search keeps where that search checks the equations
 * they come from: every cell of them known (a fixed number or an open row's reading) and none
 * negative ({@link PartBounds.holdIn}). The caller checks that before searching, and reads its rows
 * again without bounds where it does not hold.
 */
import type { CompiledRelation } from '../template/arithmetic.js';
import type { RowItem } from './placement.js';
import type { OpenRow } from './row-search.js';

/** The most of each part cell, from the rows that hold the wholes (see the module comment). */
export interface PartBounds {
  /** The readings of each row holding a whole, by row index (null: its cutting ran out of budget). */
  readonly wholes: ReadonlyMap<number, RowItem[][] | null>;
  /** The most each cell of row `row` can hold (Infinity for none); undefined where nothing bounds the row. */
  mostOf(row: number): number[] | undefined;
  /**
   * Whether a search over `cells` (NaN: not known) and `rows` checks every equation a bound came
   * from: each of its cells known, none negative.
   */
  holdIn(cells: Float64Array, rows: readonly OpenRow[]): boolean;
}

/**
 * The bounds of a table's parts by its wholes. `relations` are the table's column equations over a
 * vector of `rows` rows of `width` cells; `readingsOf` gives the readings of the row at an index
 * where it is a glued row to be cut (null where the budget ran out; undefined: not such a row). Only
 * the rows holding wholes are read here, once each.
 */
export function partBounds(
  relations: readonly CompiledRelation[],
  rows: number,
  width: number,
  readingsOf: (row: number) => RowItem[][] | null | undefined,
): PartBounds {
  const wholes = new Map<number, RowItem[][] | null>();
  const most = new Map<number, number>();
  const used: CompiledRelation[] = [];
  for (const rel of relations) {
    const whole =
      rel.left.length === 1 && rel.right.length >= 2 ? rel.left : rel.right.length === 1 && rel.left.length >= 2 ? rel.right : null;
    if (!whole) continue;
    const w = whole[0] as number;
    const row = Math.floor(w / width);
    if (row >= rows) continue;
    if (!wholes.has(row)) {
      const readings = readingsOf(row);
      if (readings === undefined) continue;
      wholes.set(row, readings);
    }
    const readings = wholes.get(row);
    if (!readings || readings.length === 0) continue;
    let m = 0;
    let negative = false;
    for (const reading of readings) {
      const v = valueOf(reading[w - row * width]);
      if (v < 0) negative = true;
      if (v > m) m = v;
    }
    if (negative) continue;
    used.push(rel);
    for (const i of whole === rel.left ? rel.right : rel.left) most.set(i, Math.min(most.get(i) ?? Infinity, m));
  }
  return {
    wholes,
    mostOf(row) {
      if (wholes.has(row)) return undefined;
      let any = false;
      const out = new Array<number>(width);
      for (let c = 0; c < width; c++) {
        const m = most.get(row * width + c);
        out[c] = m ?? Infinity;
        if (m !== undefined) any = true;
      }
      return any ? out : undefined;
    },
    holdIn(cells, open) {
      const owner = new Map<number, OpenRow>();
      for (const r of open) for (let c = 0; c < width; c++) owner.set(r.base + c, r);
      for (const rel of used)
        for (const side of [rel.left, rel.right])
          for (const i of side) {
            const r = owner.get(i);
            if (r) {
              if (r.readings.some((reading) => !((reading[i - r.base] as number) >= 0))) return false;
            } else if (!((cells[i] as number) >= 0)) return false;
          }
      return true;
    },
  };
}

/** A reading's cell as a number: a blank counts 0 (as in the column equations). */
function valueOf(item: RowItem | undefined): number {
  return item?.token.kind === 'value' ? item.token.content.value : 0;
}
