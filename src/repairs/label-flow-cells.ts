/**
 * Repair: a table's stream of numbers (`number-stream.ts`) in the template's order but for cells
 * printed later, one at a time, in the labels' flow. Plain `pdftotext` of a LibreOffice print puts
 * the cells beside a row's label in the flow of the label's text boxes: where rows with tall wrapped
 * labels under a group label (`（三）不予公开`, `（五）不予处理`) have their labels printed after the
 * other rows' numbers, each such row's first cell comes with its own label, between the label's
 * pieces (`3.要求提` / `34` / `供公开出版物`), and the row's other cells stand in their place with no
 * label before them. The stream holds exactly the table's cells, but those cells stand many rows
 * below theirs: `side-stream.ts` lets a first cell lag a row or so (numbers above 0 only), and
 * `deferred-runs.ts` reads runs printed together, two rows waiting at most.
 *
 * The evidence is the count, the label text around the cells and the arithmetic. A reading walks
 * the stream in the template's order (`waiting-cells.ts`, shared with `deferred-runs.ts`), and at
 * each cell of the stream the cell is either
 * - the next cell in the template's order;
 * - the first cell still waiting (cells deferred, in the template's order), where the stream cell
 *   stands between label text (one of at most {@link MAX_LABEL_FLOW_RUN} cells with a label right
 *   before and right after them) and the template's order has passed the waiting cell's row; or
 * - the cell after a run deferred: a row's first cells (up to {@link MAX_LABEL_FLOW_RUN}) or its
 *   last (the table's last cells too), in a row whose cells do not begin beside a label (a label
 *   right before a row's first cell is that row's label in place, its first cell with it), a row
 *   deferring once, at most {@link MAX_LABEL_FLOW_ROWS} rows waiting, and never in a row that, read
 *   in order from the cell, keeps its equations, each checked (its cells in another order would
 *   keep them as well).
 * No more cells wait than cells between label text are left. The walk's shared rules (one text
 * line, one row's cells side by side; filled equations; paths walked once; readings kept as
 * `number-stream.ts` requires) are `waiting-cells.ts`'s. Every reading is found, exhaustively
 * within {@link MAX_LABEL_FLOW_STEPS} steps; one reading: its cells are read; several (at most
 * {@link MAX_LABEL_FLOW_READINGS}): the cells they disagree on stay `ambiguous` with every
 * candidate; more, or the bound reached: nothing is decided.
 *
 * The repair decides; the reader applies the decision and names every cell it states by a warning
 * (`values-after-labels`, division `rows-label-flow`).
 */
import type { GridRelation } from './grid-equations.js';
import type { NumberStreamDecision, StreamCell } from './number-stream.js';
import { waitingCellsReadings, type WaitingCellsRules } from './waiting-cells.js';
import type { TableRelation } from '../template/relations.js';
import type { TableToken } from '../tables/tokens.js';

/** The most cells of one row printed in the labels' flow (the cells beside its label: its first two, or its last). */
export const MAX_LABEL_FLOW_RUN = 2;

/**
 * The most rows waiting for their cells at once: a band of rows whose labels are printed after the
 * band's numbers (a group of tall wrapped labels on a page).
 */
export const MAX_LABEL_FLOW_ROWS = 8;

/** The most steps (cells placed) over one table's search. */
export const MAX_LABEL_FLOW_STEPS = 40_000;

/** The most readings kept: more means the stream does not show where the cells belong, and nothing is decided. */
export const MAX_LABEL_FLOW_READINGS = 4;

/** Where a stream's cells stand among the labels, by stream index. */
export interface LabelFlowPlaces {
  /**
   * The cell is one of at most {@link MAX_LABEL_FLOW_RUN} cells with label text right before and
   * right after them (between a label's pieces): a cell that may have come in the labels' flow.
   */
  between: readonly boolean[];
  /** The token right before or after the cell is label text (a row's cells beginning so have their label in place). */
  beside: readonly boolean[];
}

/**
 * For each cell of a region (its numbers and blank markers, in source order, as `streamCells` lists
 * them): whether it stands between label text (a short run of cells with a label on both sides) and
 * whether it stands beside label text; row breaks are skipped.
 */
export function labelFlowPlaces(tokens: readonly TableToken[]): LabelFlowPlaces {
  const kept = tokens.filter((t) => t.kind !== 'break');
  const between: boolean[] = [];
  const beside: boolean[] = [];
  let k = 0;
  while (k < kept.length) {
    const t = kept[k] as TableToken;
    if (t.kind !== 'value' && t.kind !== 'blank') {
      k++;
      continue;
    }
    let end = k;
    while (end < kept.length && ((kept[end] as TableToken).kind === 'value' || (kept[end] as TableToken).kind === 'blank')) end++;
    const labelBefore = kept[k - 1]?.kind === 'label';
    const labelAfter = kept[end]?.kind === 'label';
    const short = end - k <= MAX_LABEL_FLOW_RUN && labelBefore && labelAfter;
    for (let q = k; q < end; q++) {
      between.push(short);
      beside.push((q === k && labelBefore) || (q === end - 1 && labelAfter));
    }
    k = end;
  }
  return { between, beside };
}

/** A side's sum over the filled grid; null where a cell is not filled or a blank there does not count. */
function sideSum(cells: readonly StreamCell[], grid: Int32Array, at: readonly number[], zero: readonly boolean[]): number | null {
  let sum = 0;
  for (let k = 0; k < at.length; k++) {
    const s = grid[at[k] as number] as number;
    if (s < 0) return null;
    const t = cells[s] as StreamCell;
    if (t.kind === 'value') sum += t.content.value;
    else if (zero[k] !== true) return null;
  }
  return Math.round(sum * 100) / 100;
}

/** Whether an equation is checked and holds over the filled grid (both sides filled and summable, and equal). */
function checkedHolds(cells: readonly StreamCell[], grid: Int32Array, rel: GridRelation): boolean {
  const l = sideSum(cells, grid, rel.left, rel.leftZero);
  const r = sideSum(cells, grid, rel.right, rel.rightZero);
  return l !== null && r !== null && l === r;
}

/**
 * Whether a row's own equations `own`, over the grid filled with the row's cells `[from, to)` read
 * in order, each hold and are checked (a blank total checks nothing), and the row holds a number
 * other than 0 (a row read as zeros and blanks adds up from any cell on: no evidence of its order).
 */
function keepsChecked(cells: readonly StreamCell[], own: readonly GridRelation[], grid: Int32Array, from: number, to: number): boolean {
  let counts = false;
  for (let g = from; g < to && !counts; g++) {
    const t = cells[grid[g] as number] as StreamCell;
    counts = t.kind === 'value' && t.content.value !== 0;
  }
  return counts && own.length > 0 && own.every((rel) => checkedHolds(cells, grid, rel));
}

/** How many rows the waiting grid cells (in the template's order) belong to. */
function pendingRows(waiting: readonly number[], ncols: number): number {
  let n = 0;
  for (let q = 0; q < waiting.length; q++)
    if (q === 0 || Math.floor((waiting[q] as number) / ncols) !== Math.floor((waiting[q - 1] as number) / ncols)) n++;
  return n;
}

/**
 * Decides the repair for a stream `cells` of exactly the table's `rows` × `ncols` cells read in the
 * template's order with cells printed later one at a time between label text (`places`, by stream
 * index: {@link labelFlowPlaces}). `cellAt`, `relations`, `blankAsZero` as in `decideNumberStream`.
 * Null when the count differs, a value is negative, no cell stands between label text, no reading
 * fits, the readings are too many, or the bound is reached.
 */
export function decideLabelFlowCells(
  cells: readonly StreamCell[],
  places: LabelFlowPlaces,
  rows: number,
  ncols: number,
  cellAt: (address: string) => { row: number; column: number } | null,
  relations: readonly TableRelation[],
  blankAsZero: (address: string) => boolean,
): NumberStreamDecision | null {
  const size = rows * ncols;
  if (rows < 2 || ncols <= MAX_LABEL_FLOW_RUN + 1 || cells.length !== size) return null;
  const inFlow = places.between;
  const besideLabel = places.beside;
  if (inFlow.length !== size || !inFlow.includes(true)) return null;
  // (how many cells between label text stand at each stream index and after it)
  const flowLeft = new Int32Array(size + 1);
  for (let i = size - 1; i >= 0; i--) flowLeft[i] = (flowLeft[i + 1] as number) + (inFlow[i] === true ? 1 : 0);
  const rowOf = (g: number): number => Math.floor(g / ncols);
  const rules: WaitingCellsRules = {
    maxSteps: MAX_LABEL_FLOW_STEPS,
    maxReadings: MAX_LABEL_FLOW_READINGS,
    toEnd: true,
    // (each waiting cell comes between label text: no more wait than such cells are left)
    hopeless: (s, w) => w.waiting.length > (flowLeft[s] as number),
    // (the first cell waiting, between label text, once the template's order has passed its row)
    released: (s, next, w) => (inFlow[s] === true && rowOf(next) > rowOf(w.waiting[0] as number) ? 1 : 0),
    keepsInOrder: (own, grid, from, to) => keepsChecked(cells, own, grid, from, to),
    // (a row's first cells from its beginning, or its last to its end, in a row whose cells do not begin
    // beside a label: such a row has its label in place, none of its cells in the labels' flow)
    spans: (s, next, w) => {
      const r = rowOf(next);
      const column = next - r * ncols;
      const begins = column === 0 ? s : (w.grid[r * ncols] as number);
      if (w.rowWaited[r] === 1 || begins < 0 || besideLabel[begins] === true) return [];
      const out: number[] = [];
      if (column === 0) for (let span = 1; span <= MAX_LABEL_FLOW_RUN; span++) out.push(span);
      for (let span = 1; span <= MAX_LABEL_FLOW_RUN; span++) if (column + span === ncols && !out.includes(span)) out.push(span);
      return out;
    },
    // (at most MAX_LABEL_FLOW_ROWS rows waiting)
    mayWait: (next, _span, w) => {
      const lastWaiting = w.waiting.length > 0 ? rowOf(w.waiting[w.waiting.length - 1] as number) : -1;
      return lastWaiting === rowOf(next) || pendingRows(w.waiting, ncols) < MAX_LABEL_FLOW_ROWS;
    },
  };
  const readings = waitingCellsReadings(cells, rows, ncols, cellAt, relations, blankAsZero, rules);
  return readings ? { repair: 'number-stream', readings: readings.map((d) => ({ order: 'rows-label-flow', rows: d })) } : null;
}
