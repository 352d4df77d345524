/**
 * Repair check: a row label that took no numbers, right before the next row's label whose numbers
 * stand on a line of their own after it. In `pdftotext -layout` text of a browser print, a row
 * beside a tall group cell (`不予` / `公开` over several rows) can come out as its label alone, the
 * next row's label on the following line, and then one line of numbers
 * (`保护第三方合法权益` / `属于三类内部事务信息` / `0 50 0 0 0 0 50`). Read after their labels, the
 * numbers are the second row's and the first row is empty; but they are as well the first row's,
 * printed below the next label, with the second row blank (a report that leaves whole rows blank
 * prints such a row as its label alone). Result rows are interchangeable for the table's column
 * equations, so nothing need fail either way.
 *
 * The evidence read: the two rows follow each other in the template and in the text; the first
 * holds no number at all; the second's numbers do not start on a line of its label, nor stand inside
 * it (a label wrapped around its numbers, a piece of it after them, owns them), in a table whose
 * layout prints numbers on their labels' lines (most rows' first number stands after the label
 * text; plain `pdftotext`, which prints numbers on lines of their own, gives no such evidence). Unless the table's equations fail when the first row owns the numbers (and hold when the
 * second does), both rows keep the numbers only as candidates (`ambiguous`); a column both readings
 * leave blank stays blank.
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
}

/** A pair of rows the numbers after the second label may belong to either of. */
export interface EmptyRowBeforeDecision<K extends string> {
  /** The repair. */
  repair: 'empty-row-before';
  /** The row whose label took no numbers. */
  empty: RowSegment<K>;
  /** The row after it whose numbers stand below its label. */
  next: RowSegment<K>;
}

/** Finds the pairs of rows whose numbers may be either's (see the module comment). */
export function decideEmptyRowBefore<K extends string>(input: EmptyRowBeforeInput<K>): EmptyRowBeforeDecision<K>[] {
  const { rows, dataRows, ncols, stated, onLabelLine, tableHolds, blankRow } = input;
  const out: EmptyRowBeforeDecision<K>[] = [];
  // (a layout that prints rows as lines: most rows' numbers start on their label's line)
  const withItems = rows.filter((r) => r.evidence.items.length > 0);
  if (withItems.filter(onLabelLine).length * 2 <= withItems.length) return out;
  for (let k = 1; k < rows.length; k++) {
    const empty = rows[k - 1] as RowSegment<K>;
    const next = rows[k] as RowSegment<K>;
    if (!stated.has(empty) || !stated.has(next)) continue;
    const at = dataRows.indexOf(empty.key);
    if (at < 0 || dataRows[at + 1] !== next.key) continue;
    if (empty.evidence.items.length > 0 || empty.overflow.length > 0) continue;
    const items = next.evidence.items;
    if (items.length === 0 || onLabelLine(next)) continue;
    // A label wrapped around its numbers (a piece of it after them) owns them.
    const first = (items[0] as RowItem).token.start;
    if (next.labels.some((l) => l.end > first)) continue;
    if (items.length === ncols) {
      // The arithmetic decides where one reading fails and the other holds.
      const none = blankRow(items[0] as RowItem);
      const asRead = tableHolds(
        new Map([
          [empty.key, none],
          [next.key, items],
        ]),
      );
      const moved = tableHolds(
        new Map([
          [empty.key, items],
          [next.key, none],
        ]),
      );
      if (asRead && !moved) continue;
    }
    out.push({ repair: 'empty-row-before', empty, next });
  }
  return out;
}
