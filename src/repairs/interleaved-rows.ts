/**
 * Repair: the numbers of two adjacent rows printed interleaved in a block stream
 * (`block-stream.ts`). Plain `pdftotext` of a LibreOffice print writes a table cell by cell in
 * blocks of a few columns, and the blocks of two rows often alternate: the first two cells of row
 * A, the first two of row B, the next two of A, … (`（七）总计 2810 2032 0 0 … 1497 1124 0 0 1612
 * 1776 10851 133 0 133`), or a label line holding its row's first number while the next row's label
 * holds its own first number and both rows' other numbers follow. Segmentation then gives one
 * label too few numbers and the other too many (`surplus-values`), and both rows are flagged.
 *
 * The evidence the repair reads is counted and checked, never the order alone:
 * - a window of two rows, consecutive in the template, each key read once, together holding
 *   exactly twice a row's cells in one run of numbers (no other row's number among them; labels
 *   between are no matter), each row's cells keeping their order in the run (a row printed in
 *   blocks keeps its columns left to right). A row that two such windows could take (its numbers
 *   fit with the row above as well as with the row below) is in neither;
 * - numbers printed on one text line belong to one row (a line of plain text is one row's block),
 *   and a number on a row label's line, or between the pieces of its wrapped label, is that row's;
 * - every split of the run into the two rows is tried (bounded by the table's work budget): each
 *   row must keep its own row sum, and no equation of the table touching the two rows may fail
 *   (its other cells read only from rows of their own, as the reader's `judge` says).
 * A split is kept only when every split that passes gives the same numbers to both rows; a window
 * where none passes, two disagree, or the budget runs out is left as it was (flagged as before).
 * Rows already read another way (other repairs' several readings) take no part.
 *
 * Every cell of a decided window is named by a warning (`rows-interleaved`): the split rests on
 * the count, the positions and the arithmetic, and where no equation beyond the row sums could
 * judge it (`undecided`), on the order of the cells within each row as well.
 *
 * The repair decides; the reader applies the decision.
 */
import type { RowItem } from '../tables/placement.js';
import { segmentsByKey, type RowSegment } from '../tables/rows.js';
import type { Reporter } from '../diagnostics/reporter.js';
import type { WorkBudget } from '../tables/budget.js';
import { TABLE_NAMES } from '../template/table-names.js';

/** The rows of a window: two (three rows interleaved would multiply the splits beyond use). */
const WINDOW_ROWS = 2;

/** Units of the work budget one step of the split search costs. */
const STEP_COST = 1;

/** Units of the work budget judging one complete split against the table's equations costs. */
const JUDGE_COST = 10;

/**
 * How the table's equations stand with a window's rows read one way: `holds` when every equation
 * touching them is decided and holds, `fails` when one fails, `undecided` when none fails but one
 * names a cell no row of its own gives.
 */
export type WindowJudgement = 'holds' | 'fails' | 'undecided';

/**
 * What a repair over a window of table-三 rows works from, given by the table reader: the rows in
 * source order, the template's data rows, the arithmetic (a row's own sum, and a judgement of a
 * window's rows against the table's equations), the table's work budget, the rows other repairs
 * took, and the cell addresses of a row (for the diagnostic naming them).
 */
export interface RowWindowInput<K extends string> {
  /** Table key of the diagnostics. */
  table: 't3';
  /** Rows in source order. */
  rows: readonly RowSegment<K>[];
  /** The template's data rows, in order. */
  dataRows: readonly K[];
  /** Cells per row. */
  ncols: number;
  /** Whether a row's numbers keep its row sum. */
  rowHolds: (key: K, items: readonly RowItem[]) => boolean;
  /** A window's rows judged against the table's equations. */
  judge: (assignment: ReadonlyMap<K, readonly RowItem[]>) => WindowJudgement;
  /** The table's work budget. */
  budget: WorkBudget;
  /** Rows some repair read already: left alone. */
  taken: ReadonlySet<RowSegment<K>>;
  /** The cell addresses of a row. */
  addressesOf: (key: K) => readonly string[];
}

/** What the repair decided for one window. */
export interface InterleavedRowsDecision<K extends string> {
  /** The repair. */
  repair: 'interleaved-rows';
  /** The window's rows in template order, each with the cells it takes (in column order). */
  rows: { segment: RowSegment<K>; items: RowItem[] }[];
  /** How many splits of the stream kept every equation (all giving the same numbers). */
  splits: number;
  /** Some equation touching the rows named a cell no row of its own gives (the row sums decided alone). */
  undecided: boolean;
}

/** The numbers a segment holds: its evidence and its overflow, in source order. */
function itemsOf<K extends string>(s: RowSegment<K>): RowItem[] {
  return [...s.evidence.items, ...s.overflow];
}

/** The numbers of a window's rows in source order. */
function streamOf<K extends string>(window: readonly RowSegment<K>[]): RowItem[] {
  return window.flatMap(itemsOf).sort((x, y) => x.token.start - y.token.start);
}

/** The value or blank a row item states, as a key. */
function valueKey(items: readonly RowItem[]): string {
  return items.map((i) => (i.token.kind === 'value' ? String(i.token.content.value) : '-')).join(',');
}

/**
 * Finds the windows of two interleaved rows among `rows` (segments in source order) and splits
 * their stream of numbers (see the module comment). `dataRows` is the template's order of data
 * rows, `ncols` the cells of a row; `rowHolds(key, items)` whether a row of `ncols` items keeps its
 * row sum; `judge(assignment)` how the table's equations stand with the window read so;
 * `taken` the segments other repairs already read (left alone).
 */
export function decideInterleavedRows<K extends string>(input: RowWindowInput<K>): InterleavedRowsDecision<K>[] {
  const { rows, dataRows, ncols, rowHolds, judge, budget, taken } = input;
  const out: InterleavedRowsDecision<K>[] = [];
  const byKey = segmentsByKey(rows);
  // Where every number of the table stands (token offsets), to see that a window's numbers are one
  // run (worked out when a window first needs it: most tables have none).
  let starts: number[] | null = null;
  // Whether a row read as is holds `ncols` items keeping its row sum (each row is judged once).
  const whole = new Map<RowSegment<K>, boolean>();
  const wholeRow = (s: RowSegment<K>): boolean => {
    let w = whole.get(s);
    if (w === undefined) {
      w = s.evidence.items.length + s.overflow.length === ncols && rowHolds(s.key, itemsOf(s));
      whole.set(s, w);
    }
    return w;
  };
  const fits: RowSegment<K>[][] = [];
  for (let k = 0; k + 1 < dataRows.length; k++) {
    const firsts = byKey.get(dataRows[k] as K);
    const seconds = byKey.get(dataRows[k + 1] as K);
    if (firsts?.length !== 1 || seconds?.length !== 1) continue;
    const first = firsts[0] as RowSegment<K>;
    const second = seconds[0] as RowSegment<K>;
    if (taken.has(first) || taken.has(second)) continue;
    if (wholeRow(first) && wholeRow(second)) continue;
    const window = [first, second];
    const stream = streamOf(window);
    if (stream.length !== WINDOW_ROWS * ncols || stream.some((i) => i.token.inRow === true)) continue;
    // One run of numbers: no other row's number among them (labels between are no matter).
    const from = (stream[0] as RowItem).token.start;
    const to = (stream[stream.length - 1] as RowItem).token.start;
    starts ??= rows.flatMap((r) => itemsOf(r).map((i) => i.token.start)).sort((x, y) => x - y);
    if (starts.filter((x) => x >= from && x <= to).length !== stream.length) continue;
    fits.push(window);
  }
  // A row in two windows that both fit (its numbers could be its neighbour's above or below): neither is read.
  for (const window of fits) {
    if (fits.some((other) => other !== window && other.some((s) => window.includes(s)))) continue;
    const decision = split(window, streamOf(window), ncols, rowHolds, judge, budget);
    if (decision) out.push(decision);
  }
  return out;
}

/** Tries every split of the stream into the window's rows (see the module comment). */
function split<K extends string>(
  window: readonly RowSegment<K>[],
  stream: readonly RowItem[],
  ncols: number,
  rowHolds: (key: K, items: readonly RowItem[]) => boolean,
  judge: (assignment: ReadonlyMap<K, readonly RowItem[]>) => WindowJudgement,
  budget: WorkBudget,
): InterleavedRowsDecision<K> | null {
  const parts: RowItem[][] = window.map(() => []);
  const owner = new Array<number>(stream.length).fill(-1);
  let found: RowItem[][] | null = null;
  let foundKey = '';
  let splits = 0;
  let undecided = false;
  let abandoned = false;
  // A number printed on a row label's line, or between the pieces of its wrapped label, is that
  // row's (−1: no row's, or both rows' labels, which says nothing).
  let anchor = anchorsOf(window, stream, true);
  const walk = (i: number): void => {
    if (abandoned) return;
    if (!budget.spend(STEP_COST)) {
      abandoned = true;
      return;
    }
    if (i === stream.length) {
      if (!budget.spend(JUDGE_COST)) {
        abandoned = true;
        return;
      }
      const assignment = new Map<K, readonly RowItem[]>(window.map((s, k) => [s.key, parts[k] as RowItem[]]));
      const verdict = judge(assignment);
      if (verdict === 'fails') return;
      if (verdict === 'undecided') undecided = true;
      const key = parts.map(valueKey).join('|');
      if (found && key !== foundKey) {
        abandoned = true;
        return;
      }
      found = parts.map((p) => [...p]);
      foundKey = key;
      splits++;
      return;
    }
    const item = stream[i] as RowItem;
    const prev = stream[i - 1];
    // Numbers on one text line stay in one row.
    const sameLine = prev !== undefined && prev.token.line === item.token.line;
    for (let k = 0; k < window.length; k++) {
      if (sameLine && owner[i - 1] !== k) continue;
      if ((anchor[i] as number) >= 0 && anchor[i] !== k) continue;
      const part = parts[k] as RowItem[];
      if (part.length === ncols) continue;
      part.push(item);
      owner[i] = k;
      if (part.length < ncols || rowHolds((window[k] as RowSegment<K>).key, part)) walk(i + 1);
      part.pop();
      owner[i] = -1;
      if (abandoned) return;
    }
  };
  walk(0);
  // No split keeps the arithmetic with the numbers between a wrapped label's pieces given to that
  // row: the pieces were no evidence of whose they are (text laid out by position prints a line of
  // the row above's right-hand cells between the lines of the next row's wrapped label). Searched
  // again with the label lines alone as anchors; a split still stands only where it is the one.
  if (!found && !abandoned && splits === 0) {
    anchor = anchorsOf(window, stream, false);
    walk(0);
  }
  const chosen = found as RowItem[][] | null;
  if (abandoned || !chosen) return null;
  return { repair: 'interleaved-rows', splits, undecided, rows: window.map((segment, k) => ({ segment, items: chosen[k] as RowItem[] })) };
}

/**
 * The row of the window each number of the stream is anchored to, or −1: a number printed on a row
 * label's line is that row's, and (with `byPieces`) one printed between the pieces of a row's wrapped
 * label too; a number both rows' labels claim (or none) is no row's.
 */
function anchorsOf<K extends string>(window: readonly RowSegment<K>[], stream: readonly RowItem[], byPieces: boolean): number[] {
  return stream.map((item) => {
    const t = item.token;
    const at = window.map((w) => {
      if (w.labels.some((l) => l.line === t.line)) return true;
      if (!byPieces) return false;
      const from = w.labels.reduce((m, l) => Math.min(m, l.start), Number.POSITIVE_INFINITY);
      const to = w.labels.reduce((m, l) => Math.max(m, l.end), Number.NEGATIVE_INFINITY);
      return t.start > from && t.start < to;
    });
    return at.filter(Boolean).length === 1 ? at.indexOf(true) : -1;
  });
}

/**
 * Runs {@link decideInterleavedRows} and applies it: each row of a decided window takes its cells
 * as its evidence (its overflow emptied), and both rows are reported (`rows-interleaved`, naming
 * the rows' cells, `addressesOf(key)`). Returns the decisions.
 */
export function applyInterleavedRows<K extends string>(ctx: Reporter, input: RowWindowInput<K>): InterleavedRowsDecision<K>[] {
  const { table, addressesOf } = input;
  const decisions = decideInterleavedRows(input);
  for (const d of decisions) {
    for (const { segment, items } of d.rows) {
      // One run: the order of the cells is decided (placement searches no other order of runs).
      const run = items[0]?.run ?? 0;
      segment.evidence = { items: items.map((i) => ({ ...i, run })), gapsVisible: false, collapsedAfter: null };
      segment.overflow = [];
    }
    const [a, b] = d.rows;
    if (!a || !b) continue;
    ctx.report('rows-interleaved', {
      target: TABLE_NAMES[table],
      detail: `${a.segment.label.text} / ${b.segment.label.text}`,
      path: `${table}.${a.segment.key}`,
      addresses: [...addressesOf(a.segment.key), ...addressesOf(b.segment.key)],
      location: ctx.location(a.segment.label.start, a.segment.label.end),
    });
  }
  return decisions;
}
