/**
 * Repair check: a row label that took no numbers, right before the next row's label whose numbers
 * stand on a line of their own after it. In `pdftotext -layout` text of a browser print, a row
 * beside a tall group cell (`不予` / `公开` over several rows) can come out as its label alone, the
 * next row's label on the following line, and then one line of numbers
 * (`保护第三方合法权益` / `属于三类内部事务信息` / `0 50 0 0 0 0 50`). Read after their labels, the
 * numbers are the second row's and the first row is empty; but they are as well the first row's,
 * printed below the next label, with the second row blank (a report that leaves whole rows blank
 * prints such a row as its label alone). Result rows are interchangeable for the table's column
 * equations, so nothing need fail either way. Numbers standing inside the second label (a piece of it
 * after them: `属于三类内部事务信` / `8 0 0 0 0 0 8` / `息`) are no proof either: where the glyph boxes
 * are taller than the line pitch, `pdftotext -layout` files the first row's numbers, printed at its
 * label's height, between the lines of the next label.
 *
 * The mirror: a row whose numbers stand on lines of their own after its label, right before a row
 * label that took none (plain `pdftotext` of an office print: `其他` / `371,864 … 1,454,147` /
 * `总计`, the total's numbers printed before its label). Read after their labels, they are the first
 * row's; read before, the second's. When the second row is empty the order alone decides, and the
 * results total, left empty, checks nothing.
 *
 * The evidence read: the two rows follow each other in the template and in the text; the empty one
 * holds no number at all; the other's numbers do not start on a line of its label, or do only where
 * that label does not start its line, right after the empty row's (`printedBeside`; never in text
 * laid out from measured positions, where that line is the height of the label's own cell). The first shape
 * is looked for only in a table whose layout prints numbers on their labels' lines (most rows' first
 * number stands after the label text; plain `pdftotext` prints every number on lines of its own,
 * and its readings of numbers before or after their labels are weighed elsewhere); the mirror in
 * every layout where some row is not whole (short of numbers, or with more after it: where every row
 * holds exactly one row's numbers after its label, the order is shown to hold), unless a group label
 * stands between the two rows (numbers printed before a label
 * come after the group's) or the holder's label is wrapped around its numbers (a piece of it after them:
 * office prints centre a row's numbers in its tall cell). Unless the table's equations fail when
 * the empty row owns the numbers (and hold when the other does), both rows keep the numbers only as
 * candidates (`ambiguous`); a blank marker among them is known of neither row.
 *
 * The mirror's chain up (`chainUp`): where the holder's label does not start its line, its own
 * numbers may stand before it in turn, so the row above is contested too, up to a label that starts
 * its line (or where the table's equations fail with the chain read so and hold as read).
 *
 * The repair decides; the reader applies the decision.
 */
import type { RowItem } from '../tables/placement.js';
import type { RowSegment } from '../tables/rows.js';

/** What the repair works from, given by the table reader. */
export interface EmptyRowBeforeInput<K extends string> {
  /** Rows in source order. */
  rows: readonly RowSegment<K>[];
  /** The template's data rows, in order. */
  dataRows: readonly K[];
  /** Cells per row. */
  ncols: number;
  /** The segments the reader states rows from with their own items (no other repair read them). */
  stated: ReadonlySet<RowSegment<K>>;
  /** Whether a row's first number stands on a line of its label (after the label text). */
  onLabelLine: (r: RowSegment<K>) => boolean;
  /** Whether no equation of the table fails with some rows read so. */
  tableHolds: (assignment: ReadonlyMap<K, readonly RowItem[]>) => boolean;
  /** A row of `ncols` blank cells standing where `like` stands. */
  blankRow: (like: RowItem) => RowItem[];
  /** A row of `ncols` unknown cells standing where `like` stands (no equation is decided by it). */
  unknownRow: (like: RowItem) => RowItem[];
  /** Indices in `rows` of the rows a group label stands right before. */
  headed: ReadonlySet<number>;
  /** Whether two neighbouring data rows are of one group (no group label between them in the template). */
  sameGroup: (a: K, b: K) => boolean;
  /** Whether no blank line stands between lines `from` and `to` of the text (`from` before `to`). */
  joined: (from: number, to: number) => boolean;
  /**
   * Whether a row's label token starts with a group label's piece printed before the row's own label
   * on its line (`不予处 要求提供公开出版物`, the space between taken out): the row's own label does not
   * start its line there, though the token does.
   */
  ledByGroup: (r: RowSegment<K>) => boolean;
  /**
   * Whether the text's lines were laid out from measured positions (a PDF's text items, OCR boxes):
   * a number stands on the line of its height on the page, and numbers on the next label's line are
   * that row's (no `printedBeside`: see the module comment).
   */
  measuredLines: boolean;
}

/** A pair of neighbouring rows the numbers one of them holds may belong to either of. */
export interface EmptyRowBeforeDecision<K extends string> {
  /** The repair. */
  repair: 'empty-row-before';
  /** The row whose label took no numbers. */
  empty: RowSegment<K>;
  /** The row beside it (after it, or before it in the mirror) whose numbers stand below its label. */
  holder: RowSegment<K>;
}

/** Finds the pairs of rows whose numbers may be either's (see the module comment). */
export function decideEmptyRowBefore<K extends string>(input: EmptyRowBeforeInput<K>): EmptyRowBeforeDecision<K>[] {
  const { rows, dataRows, stated, onLabelLine } = input;
  const out: EmptyRowBeforeDecision<K>[] = [];
  // (a layout that prints rows as lines: most rows' numbers start on their label's line)
  const withItems = rows.filter((r) => r.evidence.items.length > 0);
  const rowsAsLines = withItems.filter(onLabelLine).length * 2 > withItems.length;
  // (the mirror only where some row is not whole: rows that each hold one row's numbers after their
  // labels, as cell-per-line text of a table prints them, show the order holds)
  const allWhole = withItems.every((r) => r.evidence.items.length === input.ncols && r.overflow.length === 0);
  for (let k = 1; k < rows.length; k++) {
    const above = rows[k - 1] as RowSegment<K>;
    const below = rows[k] as RowSegment<K>;
    if (!stated.has(above) || !stated.has(below)) continue;
    const at = dataRows.indexOf(above.key);
    if (at < 0 || dataRows[at + 1] !== below.key) continue;
    if (rowsAsLines && eitherRow(input, above, below)) {
      out.push({ repair: 'empty-row-before', empty: above, holder: below });
      chainDown(input, k, out);
    } else if (!allWhole && !input.headed.has(k) && !wrappedAround(above) && eitherRow(input, below, above)) {
      out.push({ repair: 'empty-row-before', empty: below, holder: above });
      chainUp(input, k - 1, out);
    }
  }
  return out;
}

/**
 * The mirror's chain up from the holder at `k`: read before their labels, the holder's numbers are
 * the empty row's, and the holder's own may stand before its label in turn where its label does
 * not start its line (text of another cell before it there, a group label's piece: `(四)无
 * 1、本机关不掌握…`, the line printed where that cell's text falls, not in the row's order; so too
 * where that piece was read into the label's token, `无法 本机关不掌握…`: {@link afterGroupPiece}). The
 * row above it, holding exactly a row's numbers on lines of their own after its label, may then hold
 * the holder's (and be blank itself): it is contested as the holder's empty neighbour, and so on up
 * while the row contested has a label that does not start its line. A label starting its line is
 * printed in its row's order, before its numbers: the chain stops there.
 */
function chainUp<K extends string>(input: EmptyRowBeforeInput<K>, k: number, out: EmptyRowBeforeDecision<K>[]): void {
  const { rows, dataRows, stated, onLabelLine, ncols, tableHolds, blankRow, unknownRow } = input;
  const empty = rows[k + 1] as RowSegment<K>;
  // (each row of the chain read with the numbers before its label: the first empty row the
  // holder's, unknown where they are short of a row, their places unknown)
  const first = (rows[k] as RowSegment<K>).evidence.items;
  const shifted = new Map<K, readonly RowItem[]>([[empty.key, first.length === ncols ? first : unknownRow(first[0] as RowItem)]]);
  let at = k;
  for (let holder = rows[at]; holder && afterGroupPiece(input, holder); holder = rows[at]) {
    const above = rows[at - 1];
    if (!above || !stated.has(above) || dataRows[dataRows.indexOf(above.key) + 1] !== holder.key) return;
    const items = above.evidence.items;
    if (items.length !== ncols || above.overflow.length > 0 || onLabelLine(above) || wrappedAround(above)) return;
    shifted.set(holder.key, items);
    shifted.set(above.key, blankRow(items[0] as RowItem));
    // (the arithmetic decides where the chain read so fails and the rows as read hold)
    if (tableHolds(new Map()) && !tableHolds(shifted)) return;
    out.push({ repair: 'empty-row-before', empty: holder, holder: above });
    at--;
  }
}

/**
 * The chain down from the holder at `k` whose numbers may be the empty row's above it, where they
 * were filed one line low beside a label after a group label's piece (`不予处 要求提供公开出版物`,
 * {@link afterGroupPiece}): the holder's own numbers may in turn stand one line low, beside the next
 * row's label after the group's next piece (`理 无正当理由大量反复申请`), and that row be the blank one. The text cannot tell
 * which row of the chain printed nothing (a shift between rows keeps every column sum), so each next
 * row so led, on the line right under the row before's label, is contested with it, and so on down.
 */
function chainDown<K extends string>(input: EmptyRowBeforeInput<K>, k: number, out: EmptyRowBeforeDecision<K>[]): void {
  const { rows, dataRows, stated, onLabelLine } = input;
  if (input.measuredLines || !afterGroupPiece(input, rows[k] as RowSegment<K>)) return;
  for (let at = k; at + 1 < rows.length; at++) {
    const prev = rows[at] as RowSegment<K>;
    const next = rows[at + 1] as RowSegment<K>;
    if (!stated.has(next) || dataRows[dataRows.indexOf(prev.key) + 1] !== next.key) return;
    if (next.evidence.items.length === 0 || !onLabelLine(next) || !afterGroupPiece(input, next)) return;
    if (!input.sameGroup(prev.key, next.key)) return;
    const last = prev.labels.reduce((m, l) => Math.max(m, l.line), prev.label.line);
    if (next.label.line !== last + 1 || !input.joined(last, next.label.line)) return;
    out.push({ repair: 'empty-row-before', empty: prev, holder: next });
  }
}

/**
 * Whether the row's label follows a group label's piece on its line: read into its label token
 * (`ledByGroup`: `理 无正当理由大量反复申请`), or read apart, the label then not starting its line
 * (`不予处 3.要求提供公开出版物`, the piece a token of its own).
 */
function afterGroupPiece<K extends string>(input: EmptyRowBeforeInput<K>, row: RowSegment<K>): boolean {
  return !row.label.lineStart || input.ledByGroup(row);
}

/**
 * Whether a piece of the row's label stands after its first number (a label wrapped around its
 * numbers, as office prints centre them in a tall cell): the numbers are inside that label, not
 * printed early for the row below.
 */
function wrappedAround<K extends string>(row: RowSegment<K>): boolean {
  const first = row.evidence.items[0];
  return first !== undefined && row.labels.some((l) => l.end > first.token.start);
}

/** Whether `holder`'s numbers, on lines of their own, may be `empty`'s (an empty row beside it). */
function eitherRow<K extends string>(input: EmptyRowBeforeInput<K>, empty: RowSegment<K>, holder: RowSegment<K>): boolean {
  const { ncols, onLabelLine, tableHolds, blankRow } = input;
  if (empty.evidence.items.length > 0 || empty.overflow.length > 0) return false;
  const items = holder.evidence.items;
  // (a number after other text on its line stands on the holder's label line only where that text
  // is a piece of the holder's label: a group label's piece, `开` of `不予公开`, may precede it)
  const first = items[0];
  if (!first || (onLabelLine(holder) && holder.labels.some((l) => l.line === first.token.line) && !printedBeside(input, empty, holder)))
    return false;
  if (items.length !== ncols) return true;
  // The arithmetic decides where one reading fails and the other holds.
  const none = blankRow(items[0] as RowItem);
  const asRead = tableHolds(
    new Map([
      [empty.key, none],
      [holder.key, items],
    ]),
  );
  const moved = tableHolds(
    new Map([
      [empty.key, items],
      [holder.key, none],
    ]),
  );
  return !(asRead && !moved);
}

/**
 * Whether `holder`'s numbers, on its label's line after other text, may have been printed at the
 * height of `empty`'s label, the row right before it in the same group: where the holder's label does
 * not start its line (a piece of the tall group cell's label before it: `理 4.无正当理  38 61 …`), that
 * line was made of text at several heights, and where the glyph boxes are taller than the line pitch
 * `pdftotext -layout` files the row above's numbers there. Where a group label stands between the two
 * rows in the template, the holder opens its group and the text before its label is that group's
 * label, printed where the group's cell starts, below the empty row's cell: the numbers are the
 * holder's. So too where a blank line stands between the empty row's label and the holder's line:
 * the two lines were printed apart, and the empty row's numbers, at its label's height, would stand
 * on a line of their own or on its label's.
 *
 * Never in text laid out from measured positions (`measuredLines`: a PDF's text items, OCR boxes):
 * there a line is made of text at one height on the page (within a share of the font size), and a
 * height of the holder's label lies in the holder's cell, below the empty row's; numbers wrapped in
 * their cell were joined on their row's line from their coordinates. The numbers on the holder's
 * label line are the holder's. (Numbers on a line of their own stand at a height between two labels,
 * in either row's cell as far as the text shows: they are still contested.)
 */
function printedBeside<K extends string>(input: EmptyRowBeforeInput<K>, empty: RowSegment<K>, holder: RowSegment<K>): boolean {
  if (input.measuredLines || empty.at >= holder.at || !input.sameGroup(empty.key, holder.key)) return false;
  const last = empty.labels.reduce((m, l) => Math.max(m, l.line), empty.label.line);
  // (a token led by the group's piece: its line holds that piece's height too, but only the line
  // right under the empty row's label is where numbers at that label's height are filed; a line of
  // the group's pieces alone between them stands at the height in between)
  if (holder.label.lineStart && !(input.ledByGroup(holder) && holder.label.line === last + 1)) return false;
  return last < holder.label.line && input.joined(last, holder.label.line);
}
