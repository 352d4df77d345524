/**
 * Repair: labels stacked apart from their rows of numbers in a block stream (`block-stream.ts`).
 * Plain `pdftotext` of a printed table often writes several row labels one after another and then
 * their rows of numbers in one run (`3.… / 4.… / 5.… / 0 0 1 0 0 0 1 … (21 numbers)`), or a label,
 * the numbers of several rows, and then the labels of the others. Segmentation then gives one label
 * all the numbers and leaves the others empty.
 *
 * The evidence the repair reads is local and counted: a window of labels adjacent in the text,
 * consecutive rows of the template in the same order, exactly one of them holding numbers, and those
 * numbers exactly as many as the window's rows have cells, in one run (no text between them). The
 * run is then cut into whole rows, each of which must keep its row equation (`template/relations.ts`).
 * Two windows that would both fit, or a cut that breaks its row sum, leave the numbers where they
 * were (flagged as before).
 *
 * Which cut belongs to which label is not read from the order (plain pdftotext does not keep it:
 * the cuts of a window come out in another order than the labels often enough). Every assignment
 * of the cuts to the window's labels is tried (identical cuts once; bounded by the table's work
 * budget) against the whole table's equations as far as its other rows are read; each row keeps
 * the cuts it holds in some assignment that passes. One cut: the row is read; several: the reader
 * states the cells they agree on (a column of zeros) and leaves the others `ambiguous`. Every row
 * of a window is reported (`row-label-floating`, a warning that names the row), since the pairing
 * rests on the count and the arithmetic, not on labels printed with their numbers.
 *
 * The repair decides; the reader applies the decision.
 */
import type { RowItem } from '../tables/placement.js';
import type { RowSegment } from '../tables/rows.js';
import type { Reporter } from '../diagnostics/reporter.js';
import type { WorkBudget } from '../tables/budget.js';
import { TABLE_NAMES } from '../template/table-names.js';

/** The fewest rows a window holds: one label with its own row is no stack. */
const MIN_STACK = 2;

/** Units of the work budget one assignment of cuts to labels costs (it evaluates the table's equations). */
const ASSIGNMENT_COST = 10;

/** One row the repair gives numbers to. */
export interface StackedRow<K extends string> {
  /** The row's segment (its label). */
  segment: RowSegment<K>;
  /** The cuts it may hold (each a row of cells in column order): one when the arithmetic decides. */
  readings: RowItem[][];
}

/** What the repair decided for one window of stacked labels. */
export interface StackedRowsDecision<K extends string> {
  /** The repair. */
  repair: 'stacked-rows';
  /** The rows of the window, in template order, each with the cuts it may hold. */
  rows: StackedRow<K>[];
  /** The assignment search ran out of the work budget (every cut stays possible for every row). */
  exhausted: boolean;
}

/**
 * Finds the windows of stacked labels among `rows` (segments in source order) and cuts their run
 * of numbers (see the module comment). `dataRows` is the template's order of data rows, `ncols` the
 * cells of a row; `rowHolds(key, items)` says whether a cut keeps the row's own equation (its row
 * sum, evaluated by the reader with `template/arithmetic.ts`); `tableHolds(assignment)` whether the
 * table's equations still hold with the window's rows read so (equations with an unread cell pass).
 */
export function decideStackedRows<K extends string>(
  rows: readonly RowSegment<K>[],
  dataRows: readonly K[],
  ncols: number,
  rowHolds: (key: K, items: readonly RowItem[]) => boolean,
  tableHolds: (assignment: ReadonlyMap<K, readonly RowItem[]>) => boolean,
  budget: WorkBudget,
): StackedRowsDecision<K>[] {
  const out: StackedRowsDecision<K>[] = [];
  const used = new Set<RowSegment<K>>();
  rows.forEach((holder, h) => {
    const items = holder.evidence.items;
    if (items.length < MIN_STACK * ncols || items.length % ncols !== 0 || holder.overflow.length > 0) return;
    if (new Set(items.map((i) => i.run)).size !== 1 || items.some((i) => i.token.inRow)) return;
    const n = items.length / ncols;
    // Every window of n adjacent segments containing the holder whose other rows are empty.
    const fits: RowSegment<K>[][] = [];
    for (let from = Math.max(0, h - n + 1); from <= h && from + n <= rows.length; from++) {
      const window = rows.slice(from, from + n);
      if (window.some((r) => r !== holder && (r.evidence.items.length > 0 || r.overflow.length > 0 || used.has(r)))) continue;
      if (!consecutive(window, dataRows)) continue;
      fits.push(window);
    }
    if (fits.length !== 1) return;
    const window = fits[0] as RowSegment<K>[];
    const cuts = window.map((_, k) => items.slice(k * ncols, (k + 1) * ncols));
    if (!cuts.every((c, k) => rowHolds((window[k] as RowSegment<K>).key, c))) return;
    for (const r of window) used.add(r);
    out.push(assign(window, cuts, tableHolds, budget));
  });
  return out;
}

/** Tries every assignment of the cuts to the window's rows (see the module comment). */
function assign<K extends string>(
  window: readonly RowSegment<K>[],
  cuts: readonly RowItem[][],
  tableHolds: (assignment: ReadonlyMap<K, readonly RowItem[]>) => boolean,
  budget: WorkBudget,
): StackedRowsDecision<K> {
  const keyOf = (cut: readonly RowItem[]): string => cut.map((i) => (i.token.kind === 'value' ? i.token.content.value : '-')).join(',');
  const cutKeys = cuts.map(keyOf);
  const readings = window.map(() => new Map<string, RowItem[]>());
  const used = new Array<boolean>(cuts.length).fill(false);
  const assignment = new Map<K, readonly RowItem[]>();
  // The index of the cut each row of the window holds in the assignment being tried.
  const chosen = new Array<number>(window.length).fill(-1);
  let exhausted = false;
  const place = (k: number): void => {
    if (exhausted) return;
    if (k === window.length) {
      if (!budget.spend(ASSIGNMENT_COST)) {
        exhausted = true;
        return;
      }
      if (!tableHolds(assignment)) return;
      window.forEach((r, j) => {
        const cut = assignment.get(r.key) as RowItem[];
        (readings[j] as Map<string, RowItem[]>).set(cutKeys[chosen[j] as number] as string, cut);
      });
      return;
    }
    const tried = new Set<string>();
    cuts.forEach((cut, c) => {
      if (used[c] || exhausted) return;
      const key = cutKeys[c] as string;
      if (tried.has(key)) return;
      tried.add(key);
      used[c] = true;
      chosen[k] = c;
      assignment.set((window[k] as RowSegment<K>).key, cut);
      place(k + 1);
      assignment.delete((window[k] as RowSegment<K>).key);
      used[c] = false;
    });
  };
  place(0);
  const every = new Map(cuts.map((c) => [keyOf(c), c]));
  return {
    repair: 'stacked-rows',
    exhausted,
    rows: window.map((segment, j) => {
      const found = readings[j] as Map<string, RowItem[]>;
      return { segment, readings: [...(exhausted || found.size === 0 ? every : found).values()] };
    }),
  };
}

/** The window's rows are distinct data rows, consecutive in the template, in the template's order. */
function consecutive<K extends string>(window: readonly RowSegment<K>[], dataRows: readonly K[]): boolean {
  const at = window.map((r) => dataRows.indexOf(r.key));
  return at.every((x, k) => x >= 0 && (k === 0 || x === (at[k - 1] as number) + 1));
}

/**
 * Runs {@link decideStackedRows} and applies it: each row of a window with one possible cut takes
 * it as its cells; a row with several keeps them as its readings (`readings`, for the reader's
 * `placeReadings`: the cells they agree on are stated, the others ambiguous). Every row of a
 * window is reported as paired (`row-label-floating`, naming the row).
 */
export function applyStackedRows<K extends string>(
  ctx: Reporter,
  table: 't3',
  rows: readonly RowSegment<K>[],
  dataRows: readonly K[],
  ncols: number,
  rowHolds: (key: K, items: readonly RowItem[]) => boolean,
  tableHolds: (assignment: ReadonlyMap<K, readonly RowItem[]>) => boolean,
  budget: WorkBudget,
  readings: Map<RowSegment<K>, RowItem[][]>,
): StackedRowsDecision<K>[] {
  const decisions = decideStackedRows(rows, dataRows, ncols, rowHolds, tableHolds, budget);
  for (const d of decisions) {
    if (d.exhausted) ctx.report('search-budget-exhausted', { target: TABLE_NAMES[table], detail: 'rows of stacked labels', path: table });
    for (const { segment, readings: cuts } of d.rows) {
      segment.evidence = { items: cuts[0] as RowItem[], gapsVisible: false, collapsedAfter: null };
      if (cuts.length > 1) readings.set(segment, cuts);
      ctx.report('row-label-floating', {
        detail: segment.label.text,
        path: `${table}.${segment.key}`,
        location: ctx.location(segment.label.start, segment.label.end),
      });
    }
  }
  return decisions;
}
