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
 *   hold with every cut in place (`tableHolds`, equations with an unread cell pass);
 * - **the labels printed with their numbers**: a row whose label is followed by its whole row short
 *   of the gap's vanished blanks, then by other text, reads those numbers: it is never cut across
 *   that label, nor cut short, its last numbers lent to the row after it (a row sum made whole by a
 *   number printed before its label, in a report that does not add up, is no evidence).
 *
 * Each gap's rows take the gap's numbers in order. Two chains that explain the text equally well,
 * a gap whose rows have no recognised label, a cut that breaks its row sum or a table that no
 * longer adds up leave the rows as they were (flagged as before). Every row given numbers is
 * reported (`row-label-floating`: the pairing rests on the order, the count and the arithmetic, not
 * on a label printed with its numbers), and so is an anchor holding more than its row right after
 * the label of a row above it that holds none (labels stacked above their numbers: the run after
 * the stack's last label may begin with the rows above's).
 *
 * The repair decides; the reader applies the decision. Linear in the table's items (the chain is a
 * longest path over at most one anchor per row).
 */
import type { RowItem } from '../tables/placement.js';
import type { RowSegment, Segmentation } from '../tables/rows.js';
import type { Reporter } from '../diagnostics/reporter.js';
import type { WorkBudget } from '../tables/budget.js';
import { vanishedBlankReadings } from '../tables/digit-runs.js';
import { readingsKept, type ReadingFit } from '../template/arithmetic.js';

/**
 * The most blank cells the rows between two anchors may have lost without a trace (plain pdftotext
 * prints nothing for a blank): their places are searched by the row sums and the table's equations,
 * so each one multiplies the readings to check; two keep the search small and cover a gap of rows
 * with a blank or two.
 */
const MAX_GAP_VANISHED = 2;

/** Units of the work budget one combination of cuttings costs (it evaluates the table's equations). */
const ASSIGNMENT_COST = 10;

/** How a row stands to its row sum (`unknown`: a cell it needs is unknown, or its total is blank). */
export type RowSumOutcome = 'holds' | 'fails' | 'unknown';

/** A row's reading as its row sum judges it (a blank total leaves it unchecked), for `readingsKept`. */
export const FIT_OF_ROW_SUM: Readonly<Record<RowSumOutcome, ReadingFit>> = { holds: 'confirmed', unknown: 'unchecked', fails: 'refuted' };

/** One row the repair gives numbers to (a gap row) or trims to its own (an anchor). */
export interface OrderedRow<K extends string> {
  /** The row's segment (its label: the first of its key). */
  segment: RowSegment<K>;
  /** Its cells, in column order (the first reading). */
  items: RowItem[];
  /** Every reading the count and the arithmetic leave it (one: the row is read; several: ambiguous where they differ). */
  readings: RowItem[][];
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
  /**
   * Its label is followed by exactly a row of numbers, then by other text: both ends of its row are
   * known. A label followed by more numbers (other rows' too) fixes only where its row starts: a
   * blank cell of its own may have vanished, so its row is cut with the gap after it.
   */
  fixed: boolean;
  /**
   * Not fixed, and its label comes right after the label of a row above it that holds no number
   * (`afterWaitingLabel`): that its row starts at its first number rests on the order alone.
   */
  stacked: boolean;
  segment: RowSegment<K> | null;
}

/**
 * Decides the rows of the gaps between anchored rows (see the module comment). `dataRows` is the
 * template's order of data rows, `ncols` the cells of a row; `rowSum(key, items)` how a cut stands
 * to its row's own equation; `tableHolds(assignment)` whether the table's equations hold with
 * the assignment's rows read so. Null when nothing is decided.
 */
export function decideOrderedValues<K extends string>(
  seg: Segmentation<K>,
  dataRows: readonly K[],
  ncols: number,
  rowSum: (key: K, items: readonly RowItem[]) => RowSumOutcome,
  tableHolds: (assignment: ReadonlyMap<K, readonly RowItem[]>) => boolean,
  budget: WorkBudget,
): OrderedValuesDecision<K> | null {
  // A label printed in the same pipe row as its numbers owns them: no order to establish.
  for (const r of seg.rows) if (r.evidence.items[0]?.token.inRow) return null;
  const unsorted = tableItems(seg);
  if (unsorted.size < ncols) return null;
  for (const it of unsorted) if (it.token.inRow) return null;
  const rowIndex = new Map(dataRows.map((k, i) => [k, i]));
  // The first segment of each data row (the one the reader uses).
  const first = new Map<K, RowSegment<K>>();
  for (const r of seg.rows) if (rowIndex.has(r.key) && !first.has(r.key)) first.set(r.key, r);
  const chosen = new Map<K, RowSegment<K>>();
  for (const r of seg.rows) if (rowIndex.has(r.key) && !chosen.has(r.key) && r.evidence.items.length > 0) chosen.set(r.key, r);
  // An anchor needs a row of numbers after its label (checked before the items are indexed).
  let anchorable = false;
  for (const r of chosen.values()) if (r.evidence.items.length >= ncols) anchorable = true;
  if (!anchorable) return null;
  // (rows whose first cells keep the row sum, found before the items are indexed: none, no anchor)
  const summed: [K, RowSegment<K>, RowItem[]][] = [];
  for (const [key, r] of chosen) {
    const own = r.evidence.items.slice(0, ncols);
    if (own.length === ncols && rowSum(key, own) === 'holds') summed.push([key, r, own]);
  }
  if (summed.length === 0) return null;
  const items = [...unsorted].sort((a, b) => a.token.start - b.token.start);
  const index = new Map<RowItem, number>();
  for (let i = 0; i < items.length; i++) index.set(items[i] as RowItem, i);

  // The segment a row's cells go to (the reader uses the first occurrence with numbers).
  const segmentOf = (k: K): RowSegment<K> => chosen.get(k) ?? (first.get(k) as RowSegment<K>);
  const anchors: Anchor<K>[] = [];
  for (const [key, r, own] of summed) {
    const at = index.get(own[0] as RowItem) as number;
    // The row's own cells are adjacent in the text (no other item between them).
    if (index.get(own[ncols - 1] as RowItem) !== at + ncols - 1) continue;
    const fixed = r.evidence.items.length === ncols && r.overflow.length === 0;
    const stacked = !fixed && afterWaitingLabel(seg, r, items[at - 1], rowIndex);
    anchors.push({ row: rowIndex.get(key) as number, at, end: at + ncols, fixed, stacked, segment: r });
  }
  if (anchors.length === 0) return null;
  const fixedAnchors = new Set(anchors.filter((a) => a.fixed).map((a) => a.segment?.key));
  anchors.sort((a, b) => a.at - b.at);
  // The chain of anchors in the template's order (none: nothing is decided).
  const chain = bestChain(anchors, dataRows, first, ncols, items.length);
  if (chain === null) return null;

  // Which row's label caught each item in segmentation (items of groups and unclaimed runs: none);
  // built for the first gap that holds rows (a chain of anchors one after another has none).
  let held: Map<RowItem, K> | null = null;
  const holderOf = (): Map<RowItem, K> => {
    if (held) return held;
    held = new Map<RowItem, K>();
    for (const r of seg.rows) {
      for (const it of r.evidence.items) held.set(it, r.key);
      for (const it of r.overflow) held.set(it, r.key);
    }
    return held;
  };
  // Each gap's cuttings that keep every row sum (a gap none keeps is not in the template's order
  // after all, and is left as it was).
  let gaps: Gap<K>[] = [];
  for (let c = 1; c < chain.length; c++) {
    const a = chain[c - 1] as Anchor<K>;
    const b = chain[c] as Anchor<K>;
    if (b.row - gapRow(a) === 0) continue;
    const keys = dataRows.slice(gapRow(a), b.row);
    const between = items.slice(gapFrom(a), b.at);
    // A number the label of a row outside the gap caught is that row's, not the gap's: the count
    // only happens to fit (a row printed out of the template's order).
    const inside = new Set<K>(keys);
    if (a.segment) inside.add(a.segment.key);
    const holder = holderOf();
    if (between.some((it) => holder.has(it) && !inside.has(holder.get(it) as K))) continue;
    // A gap row whose label is followed by exactly a whole row that adds up owns it, wherever the
    // text prints it (two rows printed in each other's place): the gap is not in the template's order.
    if (keys.some((k) => k !== a.segment?.key && fixedAnchors.has(k))) continue;
    // Every row's label already holds its own numbers (a row short of a blank cell): no label floated.
    const owned = keys.flatMap((k) => segmentOf(k).evidence.items);
    if (
      keys.every((k) => segmentOf(k).evidence.items.length > 0) &&
      owned.every((it, i) => it === between[i]) &&
      owned.length === between.length
    )
      continue;
    const cuttings = cutGap(between, keys, ncols, rowSum, budget, (k, piece) =>
      splitsPrintedRow(segmentOf(k), piece, ncols, keys.length * ncols - between.length),
    );
    if (cuttings && cuttings.length > 0) gaps.push({ a, b, keys, cuttings, items: new Set(between) });
  }
  // A gap row whose label caught numbers outside the stretch of the text the chain explains
  // contradicts the order: its gap is left out.
  const from = (chain[0] as Anchor<K>).at;
  const to = (chain[chain.length - 1] as Anchor<K>).end;
  const explained = (it: RowItem): boolean => {
    const i = index.get(it) as number;
    return i >= from && i < to;
  };
  gaps = gaps.filter((g) => g.keys.every((k) => segmentOf(k).evidence.items.every(explained)));
  if (gaps.length === 0) return null;
  const anchorRows = new Map<K, RowItem[]>();
  for (const g of gaps)
    for (const anchor of [g.a, g.b])
      if (anchor.segment && anchor.fixed) anchorRows.set(anchor.segment.key, items.slice(anchor.at, anchor.end));
  // Every combination of the gaps' cuttings against the whole table (bounded by the budget): each
  // row keeps the readings some passing combination gives it.
  const found = gaps.map((g) => g.keys.map(() => new Map<string, RowItem[]>()));
  const assignment = new Map<K, readonly RowItem[]>(anchorRows);
  const exhausted = searchGaps(gaps, assignment, found, budget, tableHolds);

  if (exhausted || found.every((g) => g.every((r) => r.size === 0))) return null;
  // A row short of a cell keeps a reading with the blank in its total only beside readings that add
  // up (see cutGap): where the table's equations leave it alone, the row's sum is unchecked and the
  // cutting rests on the order alone (a blank that vanished from another row fits as well), so
  // nothing is decided.
  const unchecked = gaps.some((g, j) =>
    g.keys.some((k, r) => {
      const kept = [...(found[j]?.[r] as Map<string, RowItem[]>).values()];
      return kept.length > 0 && readingsKept(kept.map((reading) => FIT_OF_ROW_SUM[rowSum(k, reading)])) === null;
    }),
  );
  if (unchecked) return null;

  const rows: OrderedRow<K>[] = [];
  const consumed = new Set<RowItem>();
  gaps.forEach((g, j) => {
    for (const it of g.items) consumed.add(it);
    g.keys.forEach((k, r) => {
      const readings = [...(found[j]?.[r] as Map<string, RowItem[]>).values()];
      // An anchor that fixed only its start is cut with its gap, under its own label: not paired,
      // unless its start rests on the order too (a stack's last label: reported like a paired row).
      const paired = k !== g.a.segment?.key || g.a.stacked;
      rows.push({ segment: segmentOf(k), items: readings[0] as RowItem[], readings, paired });
    });
  });
  for (const [k, own] of anchorRows) {
    for (const it of own) consumed.add(it);
    rows.push({ segment: chosen.get(k) as RowSegment<K>, items: own, readings: [own], paired: false });
  }
  return { repair: 'ordered-values', rows, consumed };
}

/** Where the rows after an anchor start: the next row after a fixed anchor, its own row otherwise. */
function gapRow<K extends string>(a: Anchor<K>): number {
  return a.fixed ? a.row + 1 : a.row;
}

/** Where the numbers after an anchor start: after its own for a fixed anchor, at its first otherwise. */
function gapFrom<K extends string>(a: Anchor<K>): number {
  return a.fixed ? a.end : a.at;
}

/**
 * The chain of anchors the table's numbers follow in the template's order, from the table's start
 * to its end (`itemCount` items), for {@link decideOrderedValues}; null when no chain of two anchors
 * or more is the one best. (Functions of their own, this and {@link searchGaps}, not closures of
 * `decideOrderedValues`: inside it, the two made V8's optimizing compiler spend about three times as
 * long on it.)
 */
function bestChain<K extends string>(
  anchors: readonly Anchor<K>[],
  dataRows: readonly K[],
  first: ReadonlyMap<K, RowSegment<K>>,
  ncols: number,
  itemCount: number,
): Anchor<K>[] | null {
  const start: Anchor<K> = { row: -1, at: 0, end: 0, fixed: true, stacked: false, segment: null };
  const end: Anchor<K> = { row: dataRows.length, at: itemCount, end: itemCount, fixed: true, stacked: false, segment: null };
  const nodes = [start, ...anchors, end];

  // Two anchors follow each other in the template order when the numbers between them are the
  // cells of the rows between them (up to MAX_GAP_VANISHED blank cells that left no trace), each
  // row with a recognised label.
  // (unlabelledBefore[k]: data rows before row k without a recognised label, so that a run of rows
  // is checked in one subtraction)
  const unlabelledBefore = [0];
  dataRows.forEach((k, i) => unlabelledBefore.push((unlabelledBefore[i] as number) + (first.has(k) ? 0 : 1)));
  const fits = (a: Anchor<K>, b: Anchor<K>): boolean => {
    if (b.row <= a.row || b.at < gapFrom(a)) return false;
    const rows = b.row - gapRow(a);
    const lost = rows * ncols - (b.at - gapFrom(a));
    if (lost < 0 || lost > Math.min(MAX_GAP_VANISHED, rows)) return false;
    return unlabelledBefore[b.row] === unlabelledBefore[gapRow(a)];
  };
  // The best chain: most anchors, then fewest vanished cells; counting the chains that reach each
  // node with that score (two best chains: the order is not established, nothing is decided).
  const lostBetween = (a: Anchor<K>, b: Anchor<K>): number => (b.row - gapRow(a)) * ncols - (b.at - gapFrom(a));
  const score = (anchorsIn: number, lost: number): number => anchorsIn * (MAX_GAP_VANISHED + 1) * (dataRows.length + 2) - lost;
  const best = nodes.map(() => 0);
  const lostSoFar = nodes.map(() => 0);
  const ways = nodes.map(() => 0);
  const prev = nodes.map(() => -1);
  nodes.forEach((b, j) => {
    best[j] = score(1, 0);
    ways[j] = 1;
    for (let i = 0; i < j; i++) {
      const a = nodes[i] as Anchor<K>;
      if (!fits(a, b)) continue;
      const lost = (lostSoFar[i] as number) + lostBetween(a, b);
      const s = (best[i] as number) + score(1, 0) - lostBetween(a, b);
      if (s > (best[j] as number)) {
        best[j] = s;
        lostSoFar[j] = lost;
        ways[j] = ways[i] as number;
        prev[j] = i;
      } else if (s === best[j]) ways[j] = (ways[j] as number) + (ways[i] as number);
    }
  });
  const top = best.reduce((m, x) => Math.max(m, x), Number.NEGATIVE_INFINITY);
  const ends = nodes.map((_, j) => j).filter((j) => best[j] === top);
  if (top < score(2, MAX_GAP_VANISHED * (dataRows.length + 1)) || ends.length !== 1 || ways[ends[0] as number] !== 1) return null;
  const chain: Anchor<K>[] = [];
  for (let j = ends[0] as number; j >= 0; j = prev[j] as number) chain.unshift(nodes[j] as Anchor<K>);
  return chain;
}

/**
 * Every combination of the gaps' cuttings against the whole table, bounded by the budget (see
 * {@link decideOrderedValues}): each passing combination's readings are added to `found` (per gap,
 * per row, by reading). True when the budget ran out.
 */
function searchGaps<K extends string>(
  gaps: readonly Gap<K>[],
  assignment: Map<K, readonly RowItem[]>,
  found: readonly Map<string, RowItem[]>[][],
  budget: WorkBudget,
  tableHolds: (assignment: ReadonlyMap<K, readonly RowItem[]>) => boolean,
): boolean {
  let exhausted = false;
  const tryGap = (gi: number): void => {
    if (exhausted) return;
    if (gi === gaps.length) {
      if (!budget.spend(ASSIGNMENT_COST)) {
        exhausted = true;
        return;
      }
      if (!tableHolds(assignment)) return;
      gaps.forEach((g, j) =>
        g.keys.forEach((k, r) => {
          const cut = assignment.get(k) as RowItem[];
          (found[j]?.[r] as Map<string, RowItem[]>).set(readingKey(cut), cut);
        }),
      );
      return;
    }
    for (const cutting of (gaps[gi] as Gap<K>).cuttings) {
      (gaps[gi] as Gap<K>).keys.forEach((k, r) => assignment.set(k, cutting[r] as RowItem[]));
      tryGap(gi + 1);
      if (exhausted) return;
    }
  };
  tryGap(0);
  return exhausted;
}

/**
 * Whether a row label that holds more than its row of numbers comes right after the label of a
 * data row above it in the template that holds none, no number printed between the two
 * (`itemBefore`: the table's last item before the row's numbers; group labels holding nothing are
 * passed over). Labels stacked above their numbers (plain `pdftotext` printing a column of labels,
 * then the numbers of all their rows, blank cells printing nothing) leave the stack's last label
 * holding the numbers of every row of the stack: the numbers after it may begin with the rows
 * above's (a real row keeps its row sum wherever it stands), so that its row starts at its first
 * number rests on the order alone.
 */
function afterWaitingLabel<K extends string>(
  seg: Segmentation<K>,
  r: RowSegment<K>,
  itemBefore: RowItem | undefined,
  rowIndex: ReadonlyMap<K, number>,
): boolean {
  // (group labels between the two, holding nothing themselves, are passed over)
  let i = seg.rows.indexOf(r) - 1;
  while (i >= 0 && !rowIndex.has((seg.rows[i] as RowSegment<K>).key) && holdsNothing(seg.rows[i] as RowSegment<K>)) i--;
  const before = seg.rows[i];
  // (a row above it in the template: a later row's label, or a piece read as one, says nothing of the rows above)
  if (!before || !holdsNothing(before) || !((rowIndex.get(before.key) ?? Infinity) < (rowIndex.get(r.key) as number))) return false;
  return !itemBefore || itemBefore.token.start < before.label.start;
}

/** Whether a row's label caught no number at all. */
function holdsNothing<K extends string>(r: RowSegment<K>): boolean {
  return r.evidence.items.length === 0 && r.overflow.length === 0;
}

/** The rows between two anchors of the chain and the ways to cut their numbers. */
interface Gap<K extends string> {
  a: Anchor<K>;
  b: Anchor<K>;
  keys: readonly K[];
  /** Each cutting: one reading per row (cells in column order, vanished blanks put back). */
  cuttings: RowItem[][][];
  items: ReadonlySet<RowItem>;
}

/**
 * The ways to cut a gap's numbers into its rows in order, each row keeping its row sum, with the
 * gap's vanished blank cells put back wherever a row's sum allows them, no row printed whole after
 * its label cut other than as printed (`splitsRow`). A row short of cells none of whose readings adds
 * up but some of which leave its sum unchecked (its blank total vanished) is not refuted: a cutting
 * with such a row is kept beside cuttings whose every row adds up, never alone (`readingsKept`'s
 * rule, over cuttings), so that where a blank moved from one row to the next fits as well, the rows
 * it shifts are read both ways (ambiguous where they differ), not by the cutting that happens to add
 * up. Null when the budget runs out.
 */
function cutGap<K extends string>(
  items: readonly RowItem[],
  keys: readonly K[],
  ncols: number,
  rowSum: (key: K, items: readonly RowItem[]) => RowSumOutcome,
  budget: WorkBudget,
  splitsRow: (key: K, piece: readonly RowItem[]) => boolean,
): RowItem[][][] | null {
  const out: RowItem[][][] = [];
  const acc: RowItem[][] = [];
  // (rows of the cutting being built whose sum no reading confirms; cuttings with none)
  let uncheckedRows = 0;
  let confirmedCuttings = 0;
  let ok = true;
  const rec = (r: number, from: number): void => {
    if (!ok) return;
    const left = items.length - from;
    if (r === keys.length) {
      if (left === 0) {
        out.push(acc.slice());
        if (uncheckedRows === 0) confirmedCuttings++;
      }
      return;
    }
    const key = keys[r] as K;
    const rowsLeft = keys.length - r;
    for (let take = ncols; take >= 0 && ncols - take <= rowsLeft * ncols - left; take--) {
      if (take > left || left - take > (rowsLeft - 1) * ncols) continue;
      const piece = items.slice(from, from + take);
      if (splitsRow(key, piece)) continue;
      const row =
        take === ncols
          ? rowSum(key, piece) === 'holds'
            ? { readings: [piece.slice()], confirmed: true }
            : null
          : blankReadings(key, piece);
      if (row === undefined) {
        ok = false;
        return;
      }
      if (row === null) continue;
      if (!row.confirmed) uncheckedRows++;
      for (const reading of row.readings) {
        acc.push(reading);
        rec(r + 1, from + take);
        acc.pop();
      }
      if (!row.confirmed) uncheckedRows--;
    }
  };
  // A row short of blank cells: the readings that keep its sum, and beside them those with the
  // blank in the total (not reported: nothing to check). A row none of whose readings adds up is
  // unchecked where some leave its sum unknown, refuted (null) where every one fails; undefined
  // when the budget runs out.
  const blankReadings = (key: K, piece: readonly RowItem[]): { readings: RowItem[][]; confirmed: boolean } | null | undefined => {
    const all = vanishedBlankReadings(piece, ncols, () => true, budget);
    if (all === null) return undefined;
    const outcomes = all.map((reading) => rowSum(key, reading));
    const readings = all.filter((_, i) => outcomes[i] !== 'fails');
    return readings.length === 0 ? null : { readings, confirmed: outcomes.includes('holds') };
  };
  rec(0, 0);
  if (!ok) return null;
  // (cuttings with an unchecked row only beside one whose every row adds up)
  return confirmedCuttings > 0 ? out : [];
}

/**
 * Whether a row's piece of numbers is other than the numbers printed after the row's own label where
 * the row is printed whole after that label: the label is followed by a row of numbers short of no
 * more than the gap's lost blank cells, then by other text, and the piece takes some printed before
 * the label (the rows above's) or leaves some of them to the rows below (which then read across
 * their own label; the row's vanished blanks put where its last numbers were). A label printed amid
 * its row's numbers (LibreOffice's plain text prints some so) holds fewer of them.
 */
function splitsPrintedRow<K extends string>(segment: RowSegment<K>, piece: readonly RowItem[], ncols: number, lost: number): boolean {
  const own = segment.evidence.items;
  if (own.length === 0 || own.length >= ncols || own.length + lost < ncols) return false;
  return piece.length !== own.length || piece.some((it, i) => it !== own[i]);
}

/** Identity of a reading by its cells (values and blanks). */
function readingKey(cut: readonly RowItem[]): string {
  return cut.map((i) => (i.token.kind === 'value' ? String(i.token.content.value) : '-')).join(',');
}

/** Every value and blank of the segmentation, each once (in no particular order). */
function tableItems<K extends string>(seg: Segmentation<K>): Set<RowItem> {
  const all = new Set<RowItem>();
  for (const r of seg.rows) {
    for (const it of r.evidence.items) all.add(it);
    for (const it of r.overflow) all.add(it);
  }
  for (const g of seg.groups) for (const it of g.items) all.add(it);
  for (const it of seg.orphans) all.add(it);
  for (const o of seg.orphanRows) for (const it of o.items) all.add(it);
  return all;
}

/**
 * Applies a decision of {@link decideOrderedValues} to the segmentation: each decided row takes
 * its cells as its evidence (`readings` gets its readings, so they are read in the order decided),
 * every other place the decided items were (other rows, groups, unclaimed runs) loses them, and
 * each paired row is reported (`row-label-floating`).
 */
export function applyOrderedValues<K extends string>(
  ctx: Reporter,
  table: 't3',
  seg: Segmentation<K>,
  d: OrderedValuesDecision<K>,
  readings: Map<RowSegment<K>, RowItem[][]>,
): void {
  const keep = (list: readonly RowItem[]): RowItem[] => list.filter((it) => !d.consumed.has(it));
  for (const r of seg.rows) {
    r.evidence = { ...r.evidence, items: keep(r.evidence.items) };
    r.overflow = keep(r.overflow);
  }
  for (const g of seg.groups) g.items = keep(g.items);
  seg.orphans = keep(seg.orphans);
  seg.orphanRows = seg.orphanRows.map((o) => ({ ...o, items: keep(o.items) })).filter((o) => o.items.length > 0);
  for (const { segment, items, readings: cuts, paired } of d.rows) {
    // An anchor's numbers beyond its own that no gap took stay unplaced (its overflow).
    const rest = [...segment.evidence.items, ...segment.overflow];
    segment.evidence = { items, gapsVisible: false, collapsedAfter: null };
    segment.overflow = rest;
    readings.set(segment, cuts);
    if (paired)
      ctx.report('row-label-floating', {
        detail: segment.label.text,
        path: `${table}.${segment.key}`,
        location: ctx.location(segment.label.start, segment.label.end),
      });
  }
}

/** A copy of where a segmentation put every item, to go back to (see {@link snapshotSegmentation}). */
export interface SegmentationSnapshot {
  /** Puts every item back where it was when the snapshot was taken. */
  restore(): void;
}

/**
 * Records where `seg` puts every item now (rows' evidence and overflow, groups, unclaimed items), so
 * that a repair can decide on the segmentation as read while others have already changed it.
 */
export function snapshotSegmentation<K extends string>(seg: Segmentation<K>): SegmentationSnapshot {
  const rows = seg.rows.map((r) => ({ r, evidence: { ...r.evidence, items: [...r.evidence.items] }, overflow: [...r.overflow] }));
  const groups = seg.groups.map((g) => ({ g, items: [...g.items] }));
  const orphans = [...seg.orphans];
  const orphanRows = seg.orphanRows.map((o) => ({ ...o, items: [...o.items] }));
  return {
    restore(): void {
      for (const { r, evidence, overflow } of rows) {
        r.evidence = { ...evidence, items: [...evidence.items] };
        r.overflow = [...overflow];
      }
      for (const { g, items } of groups) g.items = [...items];
      seg.orphans = [...orphans];
      seg.orphanRows = orphanRows.map((o) => ({ ...o, items: [...o.items] }));
    },
  };
}
