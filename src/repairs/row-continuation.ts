/**
 * Repair: a row whose numbers go on over the following lines. Plain `pdftotext` (no `-layout`) of a
 * browser- or Office-printed table without blank lines between its blocks writes a row's cells as
 * several lines (`17 86 82 28` / `47` / `36 296`, or `445 0` / `0` / `0` / `10` / `116` / `571`),
 * often with pieces of the wrapped row label between them. Segmentation ends a row at its first line
 * break, so the row keeps four numbers (its blank cells look lost) and the others are left to no label.
 *
 * The evidence is counted: the numbers from the row label up to the next recognised label (row or
 * group), or up to a numbered label piece the reader did not recognise (another row starts there),
 * are exactly as many as the row has cells, none of them is in a pipe or TAB row, the row is
 * not split by another occurrence of itself, and the row keeps its own equation (its row sum) read
 * in the order printed. Then the row takes them all. The order of the lines is still the text's (a
 * block stream's order is not the page's): the reader's block-order check (`block-order.ts`)
 * confirms it by the table's equations or names the cells another order would change.
 *
 * Plain pdftotext also prints the numbers of some rows before their labels. Read in the ordinary
 * order, each row of such a stretch takes the next row's numbers (and keeps its row sum): the stretch
 * begins where numbers no label can hold show (a row with more numbers than cells, numbers before
 * the first label, after a group label, or after a numbered label piece beyond the cells of the rows
 * such pieces begin) and goes on until rows short of numbers (a label with
 * none) have made up for them. No row of such a stretch is continued, nor a row right before a
 * label with no numbers (flagged as before). Rows whose numbers fall short by more than the blanks
 * the reader searches for, or run over, are left as they were too: the count is then no evidence of
 * where the row ends. The repair runs only on the ordinary reading (numbers after their labels).
 *
 * The repair decides; the reader applies the decision.
 */
import type { RowItem } from '../tables/placement.js';
import type { RowSegment, Segmentation } from '../tables/rows.js';

/** Placements of the heads above the first row tried, at most (seven cells: 35 for three or four heads). */
const MAX_HEAD_PLACEMENTS = 128;
/** A number's digits as the join reads them. */
const DIGITS_RE = /^\d+$/;

/** One row the repair continues over its following lines. */
export interface ContinuedRow<K extends string> {
  /** The repair. */
  repair: 'row-continuation';
  /** The row's segment. */
  segment: RowSegment<K>;
  /** The row's items: its first line's, then the lines after it, in the order printed. */
  items: RowItem[];
}

/**
 * Finds the rows of `seg` whose numbers go on over the following lines (see the module comment).
 * `ncols` is the cells of a row, `dataRows` the keys of rows that hold numbers, `rowHolds(key,
 * items)` whether a row of `ncols` items keeps its own equation; `rowStarts` the offsets of numbered
 * label pieces, `dataRowStarts` those of them that begin a data row's label. Linear in the rows.
 */
export function decideRowContinuation<K extends string>(
  seg: Segmentation<K>,
  ncols: number,
  dataRows: ReadonlySet<K>,
  rowHolds: (key: K, items: readonly RowItem[]) => boolean,
  maxShort = 0,
  rowStarts: readonly number[] = [],
  dataRowStarts: readonly number[] = [],
): ContinuedRow<K>[] {
  const out: ContinuedRow<K>[] = [];
  const seen = new Set<K>();
  // Numbers no label claims (before the first label, or after a group label), by position.
  const overflowing = new Set<RowItem>();
  for (const r of seg.rows) for (const it of r.overflow) overflowing.add(it);
  const looseItems = [...seg.orphans.filter((i) => !overflowing.has(i)), ...seg.groups.flatMap((g) => g.items)];
  const loose = looseItems.map((i) => i.token.start);
  // Numbers seen that no row before could hold: while some are owed, the rows read may hold the
  // numbers of the rows after them (see the module comment).
  let owed = 0;
  seg.rows.forEach((r, i) => {
    const prev = seg.rows[i - 1];
    const from = prev ? prev.label.start : -1;
    owed += loose.filter((at) => at > from && at < r.label.start).length;
    // A numbered label piece after the row's label (`1.本机关不掌`, a row the reader did not
    // recognise) starts another row: the numbers after it are not this row's.
    const next = seg.rows[i + 1];
    const cut = rowStarts.find((at) => at > r.label.start && (next === undefined || at < next.label.start));
    const overflow = cut === undefined ? r.overflow : r.overflow.filter((t) => t.token.start < cut);
    const count = r.evidence.items.length + overflow.length;
    const doubt = owed > 0;
    if (dataRows.has(r.key)) owed = Math.max(0, owed + count - ncols);
    // Numbers before the first row's label that are no row (fewer than a row holds, or keeping its
    // sum nowhere), that row holding exactly its cells after its label, and the row keeping its sum
    // with them joined in front of some of its numbers in order: they are the heads of the first
    // row's wrapped numbers (printed above the label: `１７` / `１２ １１５` / label /
    // `９ ２０６ ２００ ２５１ １９４ ２ ２`, 179 … 122, 1152), not a row printed before its label.
    // No row after owes them. The first row itself stays in doubt (the wrapped-pieces join reads it).
    if (i === 0 && dataRows.has(r.key) && count === ncols && owed > 0) {
      const above = looseItems.filter((it) => it.token.start < r.label.start);
      const holds = (items: readonly RowItem[]): boolean => rowHolds(r.key, items);
      if (notARowAbove(above, ncols, maxShort, holds) && headsJoinTheRow(above, [...r.evidence.items, ...overflow], holds)) owed = 0;
    }
    // The numbers after that piece are this row's no more: beyond the cells of the rows begun by
    // numbered pieces before the next row (`1.本机关不掌`), no row holds them, so the rows read
    // after may hold the numbers of the rows after them (a row's first numbers printed between its
    // label's pieces, after a group label's piece: `三、本年度 （一 1 4 0 0` / `）予` / `以公` / `开 0 1 6`).
    if (cut !== undefined) {
      const begun = dataRowStarts.filter((at) => at > r.label.start && (next === undefined || at < next.label.start)).length;
      owed += Math.max(0, r.overflow.length - overflow.length - begun * ncols);
    }
    if (doubt || seen.has(r.key)) return;
    seen.add(r.key);
    if (!dataRows.has(r.key) || overflow.length === 0 || (cut !== undefined && r.evidence.items.some((t) => t.token.start > cut))) return;
    const items = [...r.evidence.items, ...overflow];
    if (items.length > ncols || items.length < ncols - maxShort || items.some((t) => t.token.inRow === true)) return;
    // A next label with no numbers at all: this row's numbers may be its, printed before it.
    if (next && dataRows.has(next.key) && next.evidence.items.length + next.overflow.length === 0) return;
    if (!rowHolds(r.key, items)) return;
    out.push({ repair: 'row-continuation', segment: r, items });
  });
  return out;
}

/** Applies the decisions: each row takes its items, which leave the unclaimed ones. */
export function applyRowContinuation<K extends string>(seg: Segmentation<K>, decisions: readonly ContinuedRow<K>[]): void {
  if (decisions.length === 0) return;
  const taken = new Set<RowItem>();
  for (const d of decisions) {
    for (const i of d.items) taken.add(i);
    d.segment.evidence = { ...d.segment.evidence, items: d.items, collapsedAfter: null };
    d.segment.overflow = d.segment.overflow.filter((i) => !taken.has(i));
  }
  seg.orphans = seg.orphans.filter((i) => !taken.has(i));
  seg.orphanRows = seg.orphanRows.map((o) => ({ ...o, items: o.items.filter((i) => !taken.has(i)) })).filter((o) => o.items.length > 0);
}

/**
 * Whether the numbers printed before the first row's label (`above`, in the order printed) are no
 * row: fewer than a row with `maxShort` blanks vanished holds, or as many as a row holds at most
 * and keeping its equation (`holds`) in no placement of the vanished blanks. More than a row's
 * cells are not judged (a row and more may stand there).
 */
function notARowAbove(above: readonly RowItem[], ncols: number, maxShort: number, holds: (items: readonly RowItem[]) => boolean): boolean {
  if (above.length === 0 || above.length > ncols) return false;
  return above.length < ncols - maxShort || !holds(above);
}

/**
 * Whether the heads printed above the first row (`above`), each joined in front of one of the row's
 * numbers (`items`, exactly its cells) in the order printed, left to right, make a row that keeps
 * its equation (`holds`) in some placement: the evidence that they are pieces of its wrapped
 * numbers. Placements tried up to {@link MAX_HEAD_PLACEMENTS}; a blank or a number with other
 * characters than digits takes no head.
 */
function headsJoinTheRow(above: readonly RowItem[], items: readonly RowItem[], holds: (items: readonly RowItem[]) => boolean): boolean {
  const heads: string[] = [];
  for (const h of above) {
    if (h.token.kind !== 'value' || !DIGITS_RE.test(h.token.content.digits)) return false;
    heads.push(h.token.content.digits);
  }
  let tried = 0;
  const chosen: number[] = [];
  const place = (from: number): boolean => {
    if (chosen.length === heads.length) {
      tried++;
      return holds(items.map((it, col) => joinedItem(it, heads[chosen.indexOf(col)])));
    }
    for (let col = from; col <= items.length - (heads.length - chosen.length); col++) {
      if (tried >= MAX_HEAD_PLACEMENTS) return false;
      const it = items[col] as RowItem;
      if (it.token.kind !== 'value' || !DIGITS_RE.test(it.token.content.digits)) continue;
      chosen.push(col);
      const found = place(col + 1);
      chosen.pop();
      if (found) return true;
    }
    return false;
  };
  return place(0);
}

/** `item` with `head`'s digits in front of its own (unchanged without a head). */
function joinedItem(item: RowItem, head: string | undefined): RowItem {
  if (head === undefined || item.token.kind !== 'value') return item;
  const digits = head + item.token.content.digits;
  return { ...item, token: { ...item.token, raw: digits, content: { ...item.token.content, value: Number(digits), digits } } };
}
