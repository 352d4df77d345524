/**
 * Two rows whose numbers `pdftotext -layout` wrote on alternating lines: the labels of two
 * adjacent rows each on a line of its own (or with some of the row's numbers beside it), then lines
 * of numbers (and blank markers) only, set off from the margin, one row's pieces and the other's in turn:
 *
 * ```
 * 4.Row A label      46 0
 * 5.Row B label      0 8 59
 *                                  24
 *                                      17
 *                                          0 94
 *                                          0 63
 * ```
 *
 * pdftotext (`TextPage::dump`, physical layout) sorts the pieces of lines close in height by their
 * column and starts a new output line where the next piece's baseline differs or it starts left of
 * the end of the last one. Two pieces of one row share a baseline and never overlap, so pieces of one
 * row that follow each other in that order are printed on one line: every line break inside such a
 * run is a change of row. The first row's label line, the second's, and then each number line
 * belongs to the row the line before it does not (a number line right after the second label's line
 * is not that row's: it would have been printed on the label's line). The reading by that turn is
 * taken where the text confirms it: each row's pieces run left to right without overlapping, each
 * row's last number is the sum of its others (its total), and the other turn does not read both rows
 * too. The rows' items become their evidence, in column order, each keeping its line, column and
 * place in the text (as one run of the row: the arithmetic places its lost blanks, as for a row that
 * lost them on its own line), and the lines' numbers are no longer overflow.
 *
 * Where the other turn reads both rows too (two rows alike: `46 0` / `46 0` / `24` / `17` / …), two
 * readings fit and the turn of the lines alone decides nothing. So too where A's label stands alone on
 * its line and the numbers on B's label line, then the lines in turn, read both rows as A's first: a
 * row's numbers may stand a line below its label, on the next label's line. The lines are the two rows' all the
 * same (whichever the turn), so they leave the overflow and the orphans (the table-wide search is not
 * thrown by numbers no row holds), and the caller gets each row's items by both turns: it reads the
 * cells on which every reading of both agrees and leaves the others `ambiguous` with both candidates.
 * A run whose two turns give each row the same numbers is one reading. Two bare labels with one
 * line of numbers each are left to the readers after (rows whose numbers stand one line below their
 * labels).
 */
import type { RowItem } from '../tables/placement.js';
import type { RowSegment, Segmentation } from '../tables/rows.js';
import type { TableToken } from '../tables/tokens.js';

/** Fewest lines of numbers only after the two labels' lines for such a run (one would be a row's own line). */
const MIN_NUMBER_LINES = 2;

/** A row's pieces' items in order, or null when an item overlaps or stands left of the one before it. */
function inColumnOrder(pieces: readonly RowItem[][]): RowItem[] | null {
  const out: RowItem[] = [];
  let end = -1;
  for (const piece of pieces) {
    for (const item of piece) {
      const t = item.token;
      if ((t.kind !== 'value' && t.kind !== 'blank') || t.column === undefined) return null;
      if (t.column <= end) return null;
      end = t.column + (t.end - t.start);
      out.push(item);
    }
  }
  return out;
}

/**
 * Whether `items` end with a number, the sum of the others (a blank marker counts as 0), within
 * `ncols` cells. A test of a partial row (two to `ncols` items, their columns not known), not an
 * equation of `template/relations.ts`: the last number the sum of those before it.
 */
function addsUp(items: readonly RowItem[], ncols: number): boolean {
  if (items.length < 2 || items.length > ncols) return false;
  let sum = 0;
  for (let k = 0; k < items.length - 1; k++) {
    const t = (items[k] as RowItem).token;
    if (t.kind === 'value') sum += t.content.value;
  }
  const last = (items[items.length - 1] as RowItem).token;
  return last.kind === 'value' && Math.abs(last.content.value - sum) < 1e-9;
}

/** The two rows' items when the number lines dealt in turn (`firstToA`: the first to A) read both rows; null otherwise. */
function deal(
  aOwn: readonly RowItem[],
  bOwn: readonly RowItem[],
  lines: readonly RowItem[][],
  firstToA: boolean,
  ncols: number,
): { a: RowItem[]; b: RowItem[] } | null {
  const a: RowItem[][] = [aOwn.slice()];
  const b: RowItem[][] = [bOwn.slice()];
  lines.forEach((line, k) => ((k % 2 === 0) === firstToA ? a : b).push(line));
  const ai = inColumnOrder(a);
  const bi = inColumnOrder(b);
  if (!ai || !bi || !addsUp(ai, ncols) || !addsUp(bi, ncols)) return null;
  return { a: ai, b: bi };
}

/** Whether two rows' items print the same numbers and markers, in the same order. */
function sameNumbers(x: readonly RowItem[], y: readonly RowItem[]): boolean {
  return (
    x.length === y.length && x.every((i, k) => i.token.raw === (y[k] as RowItem).token.raw && i.token.kind === (y[k] as RowItem).token.kind)
  );
}

/** The item as one of its row's run of numbers (it keeps its line, column and place in the text). */
function inRun(item: RowItem, run: number): RowItem {
  if (item.run === run && item.collapsedBefore === 0) return item;
  return { ...item, run, collapsedBefore: 0 };
}

/**
 * Reads, in place, the pairs of adjacent rows of `seg` whose numbers alternate over the lines
 * after their labels (see the module comment): their evidence becomes their own items, and the
 * items leave the overflow and the orphans. Returns the rows read.
 *
 * Where the other turn of the lines reads both rows too, two readings fit: without `eitherWay`
 * the rows stay as they were. With it, the run's lines leave the overflow and the orphans all the
 * same (they are the two rows' and no other's, whichever the turn), each row's evidence is its
 * items by the first turn (what the repairs after see of it), and `eitherWay` holds, for each of
 * the two rows, its items by either turn: the caller reads the row from both, stating only the
 * cells on which they agree. Such rows are not among those returned.
 */
export function readAlternatingRows<K extends string>(
  seg: Segmentation<K>,
  tokens: readonly TableToken[],
  dataRows: ReadonlySet<K>,
  ncols: number,
  eitherWay?: Map<RowSegment<K>, RowItem[][]>,
): RowSegment<K>[] {
  const read: RowSegment<K>[] = [];
  // (what each line holds: a line of numbers and blank markers only is one of the run's lines; counted
  // where a pair of rows first needs it: in most tables none does)
  let labelLines: Set<number> | null = null;
  const counted = new Map<number, number>();
  for (let k = 0; k + 1 < seg.rows.length; k++) {
    const a = seg.rows[k] as RowSegment<K>;
    const b = seg.rows[k + 1] as RowSegment<K>;
    if (a.key === b.key || !dataRows.has(a.key) || !dataRows.has(b.key)) continue;
    if (a.labels.length !== 1 || b.labels.length !== 1 || b.label.line !== a.label.line + 1) continue;
    if (a.overflow.length > 0 || a.evidence.items.some((i) => i.token.line !== a.label.line)) continue;
    const bAll = [...b.evidence.items, ...b.overflow];
    const bOwn = bAll.filter((i) => i.token.line === b.label.line);
    const rest = bAll.filter((i) => i.token.line !== b.label.line);
    if (rest.length === 0) continue;
    if (!labelLines) {
      labelLines = new Set<number>();
      for (const t of tokens) {
        if (t.kind === 'label') labelLines.add(t.line);
        if (t.kind === 'value' || t.kind === 'blank') counted.set(t.line, (counted.get(t.line) ?? 0) + 1);
      }
    }
    // (the rest: whole lines of numbers only, one after another right after B's label)
    const lines: RowItem[][] = [];
    let ok = true;
    for (const item of rest) {
      const line = item.token.line;
      const last = lines[lines.length - 1];
      if (last && (last[0] as RowItem).token.line === line) last.push(item);
      else if (line === b.label.line + 1 + lines.length && !labelLines.has(line) && (item.token.column ?? 0) > 0) lines.push([item]);
      else ok = false;
    }
    if (!ok || lines.length < MIN_NUMBER_LINES) continue;
    // (every number of those lines is in the run: none went to another row or a group)
    if (lines.some((l) => counted.get((l[0] as RowItem).token.line) !== l.length)) continue;
    // The label lines fix the turn: A's line, B's line, then A's pieces first.
    const byTurn = deal(a.evidence.items, bOwn, lines, true, ncols);
    if (!byTurn) continue;
    // Where the other turn reads both rows too, the text does not tell the rows apart: never
    // decided by the turn of the lines alone (left as they were, or both turns handed back).
    // (where the other turn gives each row the same numbers, the turns are one reading)
    // (A's label alone on its line: the numbers on B's label line may be A's, printed on the line
    // below its label, and the lines after them B's and A's in turn; `要求提供公开出版物` /
    // `无正当理由大量反复申请 ２１ ０ ３０ ３７ ０` / `４２ —— ９ ４５ ０` / `—— ８８` / `０ ９６`, the
    // first and third lines A's: probe 418 p08, Chromium)
    const dealtOther =
      deal(a.evidence.items, bOwn, lines, false, ncols) ??
      (a.evidence.items.length === 0 && bOwn.length > 0 ? deal(bOwn, [], lines, false, ncols) : null);
    const otherTurn = dealtOther && !sameNumbers(dealtOther.a, byTurn.a) ? dealtOther : null;
    // (two lines after two bare labels: each row whole on a line below its label, a shape of its own
    // that the readers after read by its evidence: `unowned-before.ts`, numbers one line below)
    if (otherTurn && (!eitherWay || (lines.length === MIN_NUMBER_LINES && a.evidence.items.length === 0 && bOwn.length === 0))) continue;
    const moved = new Set(rest);
    const asRun = (items: readonly RowItem[]): RowItem[] => items.map((i) => inRun(i, (items[0] as RowItem).run));
    a.evidence = { ...a.evidence, items: asRun(byTurn.a) };
    b.evidence = { ...b.evidence, items: asRun(byTurn.b) };
    b.overflow = [];
    if (otherTurn && eitherWay) {
      eitherWay.set(a, [a.evidence.items, asRun(otherTurn.a)]);
      eitherWay.set(b, [b.evidence.items, asRun(otherTurn.b)]);
    }
    dropOrphanItems(seg, moved);
    if (!otherTurn) read.push(a, b);
    k++;
  }
  return read;
}

/**
 * The cells (numbers and blank markers) each line of `tokens` holds, by line: what the repairs that
 * move a line of numbers into a row compare with a row's count of cells.
 */
export function cellsPerLine(tokens: readonly TableToken[]): Map<number, number> {
  const counted = new Map<number, number>();
  for (const t of tokens) if (t.kind === 'value' || t.kind === 'blank') counted.set(t.line, (counted.get(t.line) ?? 0) + 1);
  return counted;
}

/** The lines on which a row of `seg` has a piece of its label (its recognised label and every later piece). */
export function rowLabelLines<K extends string>(seg: Segmentation<K>): Set<number> {
  const lines = new Set<number>();
  for (const r of seg.rows) for (const l of r.labels) lines.add(l.line);
  return lines;
}

/**
 * Takes the items a repair gave to rows out of the segmentation's orphans and orphan rows (an orphan row left
 * with no item is dropped), in place. Shared by the repairs that move orphaned numbers into rows.
 */
export function dropOrphanItems<K extends string>(seg: Segmentation<K>, moved: ReadonlySet<RowItem>): void {
  const keep = (i: RowItem): boolean => !moved.has(i);
  keepOnly(seg.orphans, keep);
  for (const o of seg.orphanRows) o.items = o.items.filter(keep);
  keepOnly(seg.orphanRows, (o) => o.items.length > 0);
}

/** Keeps in place the elements of `list` that `keep` accepts (no spread of a long list onto the stack). */
function keepOnly<T>(list: T[], keep: (x: T) => boolean): void {
  let n = 0;
  for (const x of list) if (keep(x)) list[n++] = x;
  list.length = n;
}
