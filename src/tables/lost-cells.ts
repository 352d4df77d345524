/**
 * A row of a fixed number of cells that lost some without a trace (plain pdftotext writes nothing
 * for a blank cell, and nothing for a cell printed past the page's edge): its values are placed by
 * the table's equations. Every placement is tried that keeps the values in their order (each run in
 * its own order, the runs in any order) and puts the lost cells anywhere; a lost cell is unknown and
 * not negative, so an equation with one rules a placement out only when its known cells already
 * exceed a known side. A column keeps a value only when every placement that fits puts the same
 * number there (and none loses it); a column some placement loses is `missing` or `ambiguous` with
 * the values the others give it. Bounded by the table's work budget: when it runs out, nothing is
 * decided here.
 */
import type { WorkBudget } from './budget.js';
import type { Placement, RowItem, RowPlacement } from './placement.js';
import type { ValueToken, BlankToken } from './tokens.js';

/**
 * A check of a partial placement: `cells` holds the number placed in each column (a blank as 0),
 * `NaN` for a lost cell and for a column not placed yet. It must reject a placement only when no
 * numbers in the `NaN` cells (none negative) can make the equations hold.
 */
export type LostCellsCheck = (cells: Float64Array) => boolean;

/**
 * A check of a complete placement against other evidence than the equations (the labels printed
 * before a run): `placed[j]` is the item in column j, null for a lost cell.
 */
export type PlacedCheck = (placed: readonly (RowItem | null)[]) => boolean;

/**
 * Units of the work budget one step of the search costs (placing one item or losing one cell and
 * checking the equations): about three steps of the digit search the unit is measured by.
 */
const LOST_CELL_STEP_COST = 3;

/** Most runs whose orders are tried: beyond this the orders are too many to be decided here. */
export const MAX_LOST_CELL_RUNS = 6;

/** What the search found for one column: each outcome once, with the tokens that gave it. */
interface ColumnOutcomes {
  values: Map<number, ValueToken>;
  blank: BlankToken | null;
  lost: boolean;
}

/**
 * Places `items` (fewer than `ncols`) by the equations `check` evaluates, or returns null when no
 * placement fits, the runs are too many, or the budget ran out (the caller keeps its own reading).
 * `fitting` in the result counts the placements that fit.
 */
export function placeWithLostCells(
  ncols: number,
  items: readonly RowItem[],
  check: LostCellsCheck,
  budget: WorkBudget,
  accept: PlacedCheck = () => true,
): (RowPlacement & { fitting: number }) | null {
  const lostCount = ncols - items.length;
  if (lostCount <= 0 || items.length === 0) return null;
  const runIds = [...new Set(items.map((it) => it.run))];
  if (runIds.length > MAX_LOST_CELL_RUNS) return null;
  const runs = runIds.map((id) => items.filter((it) => it.run === id));
  const outcomes: ColumnOutcomes[] = Array.from({ length: ncols }, () => ({ values: new Map(), blank: null, lost: false }));
  const cells = new Float64Array(ncols).fill(Number.NaN);
  const chosen = new Array<RowItem | null>(ncols).fill(null);
  let fitting = 0;
  let exhausted = false;

  const record = (): void => {
    fitting++;
    chosen.forEach((it, j) => {
      const o = outcomes[j] as ColumnOutcomes;
      if (!it) o.lost = true;
      else if (it.token.kind === 'value') {
        if (!o.values.has(it.token.content.value)) o.values.set(it.token.content.value, it.token);
      } else o.blank ??= it.token;
    });
  };

  // Places the items of `order` into columns col… with `lost` cells still to lose; `rest` is what
  // is left of item i's digits when a cut took its first cells.
  const place = (order: readonly RowItem[], i: number, col: number, lost: number, rest: string | null): void => {
    if (exhausted) return;
    if (col === ncols) {
      if (i === order.length && accept(chosen)) record();
      return;
    }
    if (!budget.spend(LOST_CELL_STEP_COST)) {
      exhausted = true;
      return;
    }
    if (i < order.length) {
      const it = order[i] as RowItem;
      // (a piece is made only once the equations accept its value: the check reads `cells` alone)
      if (rest === null) {
        cells[col] = it.token.kind === 'value' ? it.token.content.value : 0;
        chosen[col] = it;
        if (check(cells)) place(order, i + 1, col + 1, lost, null);
      } else if (pieceValid(rest)) {
        cells[col] = Number(rest);
        chosen[col] = null;
        if (check(cells)) {
          chosen[col] = pieceOf(it, rest);
          place(order, i + 1, col + 1, lost, null);
        }
      }
      // The item may be several cells printed together (`120322474` for `120322` and `474`): each
      // further piece takes one of the lost cells.
      const digits = rest ?? cuttable(it);
      if (digits !== null && lost > 0) {
        for (let k = 1; k < digits.length && !exhausted; k++) {
          const head = digits.slice(0, k);
          if (!pieceValid(head)) continue;
          cells[col] = Number(head);
          chosen[col] = null;
          if (check(cells)) {
            chosen[col] = pieceOf(it, head);
            place(order, i, col + 1, lost - 1, digits.slice(k));
          }
        }
      }
      cells[col] = Number.NaN;
      chosen[col] = null;
    }
    // A lost cell leaves the column unknown (NaN): the check already passed with it unknown.
    if (lost > 0 && rest === null) place(order, i, col + 1, lost - 1, null);
  };

  // Each item's digits that may be cut (looked up once per item, not at every step).
  const cuttableOf = new Map<RowItem, string | null>();
  const cuttable = (it: RowItem): string | null => {
    let d = cuttableOf.get(it);
    if (d === undefined) cuttableOf.set(it, (d = cuttableDigits(it)));
    return d;
  };

  // Every order of the runs (a run with the same values as an earlier one is tried only after it).
  const keys = runs.map((r) => r.map((it) => (it.token.kind === 'value' ? String(it.token.content.value) : '_')).join(','));
  const used = new Array<boolean>(runs.length).fill(false);
  const order: RowItem[] = [];
  const orders = (): void => {
    if (exhausted) return;
    if (order.length === items.length) {
      place(order, 0, 0, lostCount, null);
      return;
    }
    for (let r = 0; r < runs.length; r++) {
      if (used[r]) continue;
      const earlier = r === 0 ? -1 : keys.lastIndexOf(keys[r] as string, r - 1);
      if (earlier >= 0 && !used[earlier]) continue;
      used[r] = true;
      const run = runs[r] as RowItem[];
      for (const it of run) order.push(it);
      orders();
      order.length -= run.length;
      used[r] = false;
    }
  };
  orders();
  if (exhausted || fitting === 0) return null;

  const columns: Placement[] = outcomes.map((o): Placement => {
    const values = [...o.values.entries()];
    const kinds = values.length + (o.blank ? 1 : 0) + (o.lost ? 1 : 0);
    if (kinds === 1 && values.length === 1) return { status: 'value', token: (values[0] as [number, ValueToken])[1] };
    if (kinds === 1 && o.blank) return { status: 'blank', token: o.blank };
    if (values.length === 0) return { status: 'missing' };
    return { status: 'ambiguous', candidates: values.map(([v]) => v), tokens: values.map(([, t]) => t) };
  });
  return { columns, surplus: 0, deficit: lostCount, fitting };
}

/** Digits written as one token that may be several cells run together: plain digits, two or more. */
const CUTTABLE = /^\d{2,}$/;

function cuttableDigits(it: RowItem): string | null {
  return it.token.kind === 'value' && !it.token.content.signed && CUTTABLE.test(it.token.raw) ? it.token.raw : null;
}

/** Whether `digits` can be a cell of its own: no leading 0. */
function pieceValid(digits: string): boolean {
  return digits.length <= 1 || !digits.startsWith('0');
}

/** A piece of a cut item as an item of its own (its token keeps the item's location); `digits` is {@link pieceValid}. */
function pieceOf(it: RowItem, digits: string): RowItem {
  const t = it.token as ValueToken;
  const value = Number(digits);
  return { ...it, token: { ...t, raw: digits, content: { kind: 'number', value, signed: false, digits }, glued: false } };
}
