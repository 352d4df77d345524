/**
 * Repair: a table's numbers kept in the template's row order while its labels float (plain
 * `pdftotext` of Office- and browser-printed tables). pdftotext writes the short label cells with
 * their numbers and the tall, wrapped ones later, as a stack of labels elsewhere; the rows of numbers
 * themselves come out top to bottom. Segmentation then gives one label the numbers of several rows
 * (or a group label, or no label at all) and leaves the wrapped labels empty.
 *
 * The evidence the repair reads:
 *
 * - **anchors**: rows whose label is followed by at least a whole row of numbers whose first cells
 *   keep the row sum: those cells are the row's;
 * - **the count**: between two anchors, the numbers in the text (whatever label or group caught
 *   them) are exactly the cells of the template rows between the two anchors' rows. A chain of
 *   anchors in which every gap has that count says the numbers keep the template's row order
 *   there (the text's order is checked against the template at both ends of every gap);
 * - **the arithmetic**: each row cut from a gap keeps its row sum, and the whole table's equations
 *   hold with every cut in place (`tableHolds`, equations with an unread cell pass).
 *
 * Each gap's rows take the gap's numbers in order. Two chains that explain the text equally well,
 * a gap whose rows have no recognised label, a cut that breaks its row sum or a table that no
 * longer adds up leave the rows as they were (flagged as before). Every row given numbers is
 * reported (`row-label-floating`: the pairing rests on the order, the count and the arithmetic, not
 * on a label printed with its numbers).
 *
 * The repair decides; the reader applies the decision. Linear in the table's items (the chain is a
 * longest path over at most one anchor per row).
 */
import type { RowItem } from '../tables/placement.js';
import type { RowSegment, Segmentation } from '../tables/rows.js';
import type { Reporter } from '../diagnostics/reporter.js';

/** One row the repair gives numbers to (a gap row) or trims to its own (an anchor). */
export interface OrderedRow<K extends string> {
  /** The row's segment (its label: the first of its key). */
  segment: RowSegment<K>;
  /** Its cells, in column order. */
  items: RowItem[];
  /** A gap row (numbers paired by order), not an anchor. */
  paired: boolean;
}

/** What the repair decided for one table. */
export interface OrderedValuesDecision<K extends string> {
  /** The repair. */
  repair: 'ordered-values';
  /** The rows given numbers (gap rows) and the anchors around them. */
  rows: OrderedRow<K>[];
  /** Every item the decision places (to be taken from wherever segmentation put it). */
  consumed: ReadonlySet<RowItem>;
}

/** A row whose label is followed by its own numbers: a fixed point of the template order in the text. */
interface Anchor<K extends string> {
  /** Index of the row in the template's data rows; −1 and `dataRows.length` for the table's start and end. */
  row: number;
  /** Index of its first item in the table's items; the table's end for the end. */
  at: number;
  /** Index after its last own item. */
  end: number;
  segment: RowSegment<K> | null;
}

/**
 * Decides the rows of the gaps between anchored rows (see the module comment). `dataRows` is the
 * template's order of data rows, `ncols` the cells of a row; `rowHolds(key, items)` whether a cut
 * keeps its row's own equation; `tableHolds(assignment)` whether the table's equations hold with
 * the assignment's rows read so. Null when nothing is decided.
 */
export function decideOrderedValues<K extends string>(
  seg: Segmentation<K>,
  dataRows: readonly K[],
  ncols: number,
  rowHolds: (key: K, items: readonly RowItem[]) => boolean,
  tableHolds: (assignment: ReadonlyMap<K, readonly RowItem[]>) => boolean,
): OrderedValuesDecision<K> | null {
  const items = tableItems(seg);
  if (items.length < ncols) return null;
  const index = new Map(items.map((it, i) => [it, i]));
  const rowIndex = new Map(dataRows.map((k, i) => [k, i]));
  // The first segment of each data row (the one the reader uses).
  const first = new Map<K, RowSegment<K>>();
  for (const r of seg.rows) if (rowIndex.has(r.key) && !first.has(r.key)) first.set(r.key, r);
  const chosen = new Map<K, RowSegment<K>>();
  for (const r of seg.rows) if (rowIndex.has(r.key) && !chosen.has(r.key) && r.evidence.items.length > 0) chosen.set(r.key, r);

  const anchors: Anchor<K>[] = [];
  for (const [key, r] of chosen) {
    const own = r.evidence.items.slice(0, ncols);
    if (own.length < ncols || !rowHolds(key, own)) continue;
    const at = index.get(own[0] as RowItem) as number;
    // The row's own cells are adjacent in the text (no other item between them).
    if (index.get(own[ncols - 1] as RowItem) !== at + ncols - 1) continue;
    anchors.push({ row: rowIndex.get(key) as number, at, end: at + ncols, segment: r });
  }
  if (anchors.length === 0) return null;
  anchors.sort((a, b) => a.at - b.at);
  const start: Anchor<K> = { row: -1, at: 0, end: 0, segment: null };
  const end: Anchor<K> = { row: dataRows.length, at: items.length, end: items.length, segment: null };
  const nodes = [start, ...anchors, end];

  // Two anchors follow each other in the template order when the numbers between them are exactly
  // the cells of the rows between them, each of which has a recognised label.
  const fits = (a: Anchor<K>, b: Anchor<K>): boolean => {
    if (b.row <= a.row || b.at < a.end) return false;
    const rows = b.row - a.row - 1;
    if (b.at - a.end !== rows * ncols) return false;
    for (let k = a.row + 1; k < b.row; k++) if (!first.has(dataRows[k] as K)) return false;
    return true;
  };
  // Longest chain (most anchors), counting the chains that reach each node with that length.
  const best = nodes.map(() => 0);
  const ways = nodes.map(() => 0);
  const prev = nodes.map(() => -1);
  nodes.forEach((b, j) => {
    best[j] = 1;
    ways[j] = 1;
    for (let i = 0; i < j; i++) {
      if (!fits(nodes[i] as Anchor<K>, b)) continue;
      const len = (best[i] as number) + 1;
      if (len > (best[j] as number)) {
        best[j] = len;
        ways[j] = ways[i] as number;
        prev[j] = i;
      } else if (len === best[j]) ways[j] = (ways[j] as number) + (ways[i] as number);
    }
  });
  const top = Math.max(...best);
  const ends = nodes.map((_, j) => j).filter((j) => best[j] === top);
  if (top < 2 || ends.length !== 1 || ways[ends[0] as number] !== 1) return null;
  const chain: Anchor<K>[] = [];
  for (let j = ends[0] as number; j >= 0; j = prev[j] as number) chain.unshift(nodes[j] as Anchor<K>);

  const rows: OrderedRow<K>[] = [];
  const consumed = new Set<RowItem>();
  const assignment = new Map<K, readonly RowItem[]>();
  for (let c = 1; c < chain.length; c++) {
    const a = chain[c - 1] as Anchor<K>;
    const b = chain[c] as Anchor<K>;
    if (b.row - a.row - 1 === 0) continue;
    // A gap whose cuts break a row sum is not in the template's order after all: left as it was.
    const cuts: [K, RowItem[]][] = [];
    for (let k = a.row + 1; k < b.row; k++) {
      const key = dataRows[k] as K;
      const from = a.end + (k - a.row - 1) * ncols;
      cuts.push([key, items.slice(from, from + ncols)]);
    }
    if (!cuts.every(([key, cut]) => rowHolds(key, cut))) continue;
    for (const [key, cut] of cuts) {
      rows.push({ segment: first.get(key) as RowSegment<K>, items: cut, paired: true });
      assignment.set(key, cut);
      for (const it of cut) consumed.add(it);
    }
    for (const anchor of [a, b]) {
      if (!anchor.segment || rows.some((r) => r.segment === anchor.segment)) continue;
      const own = items.slice(anchor.at, anchor.end);
      rows.push({ segment: anchor.segment, items: own, paired: false });
      assignment.set(anchor.segment.key, own);
      for (const it of own) consumed.add(it);
    }
  }
  if (!rows.some((r) => r.paired)) return null;
  // A gap row's label that held numbers of its own (not the gap's) contradicts the order.
  for (const r of rows) if (r.paired && r.segment.evidence.items.some((it) => !consumed.has(it))) return null;
  if (!tableHolds(assignment)) return null;
  return { repair: 'ordered-values', rows, consumed };
}

/** Every value and blank of the segmentation, in the order of the text. */
function tableItems<K extends string>(seg: Segmentation<K>): RowItem[] {
  const all = new Set<RowItem>();
  for (const r of seg.rows) {
    for (const it of r.evidence.items) all.add(it);
    for (const it of r.overflow) all.add(it);
  }
  for (const g of seg.groups) for (const it of g.items) all.add(it);
  for (const it of seg.orphans) all.add(it);
  for (const o of seg.orphanRows) for (const it of o.items) all.add(it);
  return [...all].sort((a, b) => a.token.start - b.token.start);
}

/**
 * Runs {@link decideOrderedValues} and applies it to the segmentation: each decided row takes its
 * cells as its evidence (`readings` gets them as the row's one reading, so they are read in the
 * order decided), every other place the decided items were (other rows, groups, unclaimed runs)
 * loses them, and each paired row is reported (`row-label-floating`).
 */
export function applyOrderedValues<K extends string>(
  ctx: Reporter,
  table: 't3',
  seg: Segmentation<K>,
  dataRows: readonly K[],
  ncols: number,
  rowHolds: (key: K, items: readonly RowItem[]) => boolean,
  tableHolds: (assignment: ReadonlyMap<K, readonly RowItem[]>) => boolean,
  readings: Map<RowSegment<K>, RowItem[][]>,
): OrderedValuesDecision<K> | null {
  const d = decideOrderedValues(seg, dataRows, ncols, rowHolds, tableHolds);
  if (!d) return null;
  const keep = (list: readonly RowItem[]): RowItem[] => list.filter((it) => !d.consumed.has(it));
  for (const r of seg.rows) {
    r.evidence = { ...r.evidence, items: keep(r.evidence.items) };
    r.overflow = keep(r.overflow);
  }
  for (const g of seg.groups) g.items = keep(g.items);
  seg.orphans = keep(seg.orphans);
  seg.orphanRows = seg.orphanRows.map((o) => ({ ...o, items: keep(o.items) })).filter((o) => o.items.length > 0);
  for (const { segment, items, paired } of d.rows) {
    // An anchor's numbers beyond its own that no gap took stay unplaced (its overflow).
    const rest = [...segment.evidence.items, ...segment.overflow];
    segment.evidence = { items, gapsVisible: false, collapsedAfter: null };
    segment.overflow = rest;
    readings.set(segment, [items]);
    if (paired)
      ctx.report('row-label-floating', {
        detail: segment.label.text,
        path: `${table}.${segment.key}`,
        location: ctx.location(segment.label.start, segment.label.end),
      });
  }
  return d;
}
