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
 * the stream in the template's order, and at each cell of the stream the cell is either
 * - the next cell in the template's order;
 * - the first cell still waiting (cells deferred, in the template's order), where the stream cell
 *   stands between label text (one of at most {@link MAX_LABEL_FLOW_RUN} cells with a label right
 *   before and right after them) and the template's order has passed the waiting cell's row; or
 * - the cell after a run deferred: a row's first cells (up to {@link MAX_LABEL_FLOW_RUN}) or its
 *   last, in a row whose cells do not begin beside a label (a label right before a row's first cell
 *   is that row's label in place, its first cell with it), a row deferring once, at most
 *   {@link MAX_LABEL_FLOW_ROWS} rows waiting, and never in a row that, read in order from the cell,
 *   keeps its equations, each checked (its cells in another order would keep them as well).
 * A path is walked only where two cells of the stream on one text line are one row's, side by side
 * in column order, and where every equation whose cells are all filled holds (a filled side not
 * exceeded by the other side's filled cells); it is kept where the whole reading keeps the table's
 * equations as `number-stream.ts` requires (`divisionFit`, `keptDivisions`). Paths that reach the
 * same stream cell, the same next cell and the same waiting cells with the same cells filled by the
 * same values are walked once. Every such reading is found, exhaustively within
 * {@link MAX_LABEL_FLOW_STEPS} steps; one reading: its cells are read; several (at most
 * {@link MAX_LABEL_FLOW_READINGS}): the cells they disagree on stay `ambiguous` with every
 * candidate; more, or the bound reached: nothing is decided.
 *
 * The repair decides; the reader applies the decision and names every cell it states by a warning
 * (`values-after-labels`, division `rows-label-flow`).
 */
import { FillHash, gridRelations, refuted, relationsByCell, type GridRelation } from './grid-equations.js';
import { divisionFit, divisionOfGrid, keptDivisions, sameDivision, type NumberStreamDecision, type StreamCell } from './number-stream.js';
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
  // (the sums' bound holds for counts only)
  if (cells.some((t) => t.kind === 'value' && t.content.value < 0)) return null;
  const inFlow = places.between;
  const besideLabel = places.beside;
  if (inFlow.length !== size || !inFlow.includes(true)) return null;
  // (how many cells between label text stand at each stream index and after it)
  const flowLeft = new Int32Array(size + 1);
  for (let i = size - 1; i >= 0; i--) flowLeft[i] = (flowLeft[i + 1] as number) + (inFlow[i] === true ? 1 : 0);
  const rels = gridRelations(relations, ncols, cellAt, blankAsZero);
  const relsOf = relationsByCell(rels, size);
  const grid = new Int32Array(size).fill(-1);
  const placedAt = new Int32Array(size).fill(-1);
  const rowDeferred = new Uint8Array(rows);
  // (the cells deferred and not yet printed, in the template's order)
  const queue: number[] = [];
  const readings: StreamCell[][][] = [];
  const seen = new Set<string>();
  let steps = 0;
  let over = false;
  const hash = new FillHash();
  const rowOf = (g: number): number => Math.floor(g / ncols);
  const toggle = (s: number, g: number): void => hash.toggle(cells[s] as StreamCell, g);
  const unplace = (s: number, g: number): void => {
    grid[g] = -1;
    placedAt[s] = -1;
    toggle(s, g);
  };
  /** Places stream cell `s` in grid cell `g`; false (nothing placed) where its line or an equation refutes it. */
  const place = (s: number, g: number): boolean => {
    if (++steps > MAX_LABEL_FLOW_STEPS) {
      over = true;
      return false;
    }
    if (s > 0 && (cells[s - 1] as StreamCell).line === (cells[s] as StreamCell).line) {
      const before = placedAt[s - 1] as number;
      if (rowOf(before) !== rowOf(g) || g !== before + 1) return false;
    }
    grid[g] = s;
    placedAt[s] = g;
    toggle(s, g);
    if ((relsOf[g] ?? []).some((rel) => refuted(cells, grid, rel))) {
      unplace(s, g);
      return false;
    }
    return true;
  };
  const finish = (): void => {
    const division = divisionOfGrid(grid, cells, rows, ncols);
    if (readings.some((d) => sameDivision(d, division))) return;
    if (divisionFit(division, cellAt, relations, blankAsZero) === 'refuted') return;
    readings.push(division);
    if (readings.length > MAX_LABEL_FLOW_READINGS) over = true;
  };
  const pendingRows = (): number => {
    let n = 0;
    for (let q = 0; q < queue.length; q++) if (q === 0 || rowOf(queue[q] as number) !== rowOf(queue[q - 1] as number)) n++;
    return n;
  };
  // (the equations of one row only: a row's cells in order are judged by them)
  const rowRels: GridRelation[][] = Array.from({ length: rows }, () => []);
  for (const rel of rels) {
    const all = rel.left.concat(rel.right);
    const r = rowOf(all[0] as number);
    if (all.every((g) => rowOf(g) === r)) rowRels[r]?.push(rel);
  }
  /**
   * Whether the row of grid cell `next`, read in order from stream cell `s` to its end, keeps its
   * equations, each checked (a blank total checks nothing: a row of blanks and zeros shows no order).
   */
  const holdsInOrder = (s: number, next: number): boolean => {
    const r = rowOf(next);
    const end = (r + 1) * ncols;
    if (s + end - next > size || queue.some((g) => rowOf(g) === r)) return false;
    for (let g = next; g < end; g++) grid[g] = s + g - next;
    const own = rowRels[r] ?? [];
    // (a row read as zeros and blanks adds up from any cell on: no evidence of its order)
    let counts = false;
    for (let g = next; g < end && !counts; g++) {
      const t = cells[grid[g] as number] as StreamCell;
      counts = t.kind === 'value' && t.content.value !== 0;
    }
    const holds = counts && own.length > 0 && own.every((rel) => checkedHolds(cells, grid, rel));
    for (let g = next; g < end; g++) grid[g] = -1;
    return holds;
  };
  /**
   * The runs that may be deferred at grid cell `next` (stream cell `s`): a row's first cells from its
   * beginning, or its last cells to its end, in a row whose cells do not begin beside a label.
   */
  const runsAt = (s: number, next: number): number[] => {
    const r = rowOf(next);
    const column = next - r * ncols;
    // (a row whose cells begin beside a label has its label in place: none of its cells is in the labels' flow)
    const begins = column === 0 ? s : (grid[r * ncols] as number);
    if (rowDeferred[r] === 1 || begins < 0 || besideLabel[begins] === true) return [];
    const out: number[] = [];
    if (column === 0) for (let span = 1; span <= MAX_LABEL_FLOW_RUN; span++) out.push(span);
    for (let span = 1; span <= MAX_LABEL_FLOW_RUN; span++) if (column + span === ncols && !out.includes(span)) out.push(span);
    return out;
  };
  const walk = (s: number, next: number): void => {
    if (over) return;
    if (s === size) {
      if (next === size && queue.length === 0) finish();
      return;
    }
    // (each waiting cell comes between label text: no more wait than such cells are left)
    if (queue.length > (flowLeft[s] as number)) return;
    const rowNow = next < size ? (rowDeferred[rowOf(next)] as number) : 0;
    const key = `${s}:${next}:${queue.length}:${rowNow}:${hash.a}:${hash.b}:${s > 0 ? (placedAt[s - 1] as number) : -1}`;
    if (seen.has(key)) return;
    seen.add(key);
    // the first cell waiting, beside a label, once the template's order has passed its row
    const waiting = queue[0];
    if (waiting !== undefined && inFlow[s] === true && rowOf(next) > rowOf(waiting)) {
      if (place(s, waiting)) {
        queue.shift();
        walk(s + 1, next);
        queue.unshift(waiting);
        unplace(s, waiting);
      }
    }
    // the next cell in order
    if (next < size && place(s, next)) {
      walk(s + 1, next + 1);
      unplace(s, next);
    }
    // a run deferred (the cells beside the row's label), then the cell after it
    if (next >= size || holdsInOrder(s, next)) return;
    const r = rowOf(next);
    for (const span of runsAt(s, next)) {
      if (over || next + span > size) break;
      const lastWaiting = queue.length > 0 ? rowOf(queue[queue.length - 1] as number) : -1;
      if (lastWaiting !== r && pendingRows() >= MAX_LABEL_FLOW_ROWS) break;
      const g = next + span;
      // (the table's last cells deferred: the stream's cells left are the waiting ones)
      const atEnd = g === size;
      if (!atEnd && !place(s, g)) continue;
      rowDeferred[r] = 1;
      for (let k = next; k < g; k++) queue.push(k);
      if (atEnd) walk(s, size);
      else walk(s + 1, g + 1);
      queue.length -= span;
      rowDeferred[r] = 0;
      if (!atEnd) unplace(s, g);
    }
  };
  walk(0, 0);
  if (over) return null;
  const kept = keptDivisions(readings, (d) => divisionFit(d, cellAt, relations, blankAsZero));
  if (kept.length === 0) return null;
  return { repair: 'number-stream', readings: kept.map((d) => ({ order: 'rows-label-flow', rows: d })) };
}
