/**
 * A row's last number printed past the table's right edge (`pdftotext -layout`): after a page break
 * that cuts a table, the tool may lay one column of the rows out as a block of its own and set it to
 * the right of the others, far past the table's last column (`０ ０ ０ ０   ０ ２４        ２４`: the
 * fifth cell printed last, the other and total columns before it), while other rows of the same page
 * keep every column inside the table (`０ ０ ０ ０ ０ ５２ ５２`). A number standing farther from
 * the number before it than such a row's whole width, past its last column, stands at no column of
 * the table: neither its place nor the printed order tells its column. The row's readings are the
 * printed order and the number put back before each of the others (the others keeping their order);
 * the caller keeps those the row's arithmetic allows (the cells they read differently are ambiguous).
 * Blank marks printed in a row (`——`) are cells too: they take their places as numbers do.
 */
import { pageOfRow } from './page-grids.js';
import type { RowItem } from './placement.js';
import { centreOf } from './mixed-grid-rows.js';

/**
 * A number stands past a row's last column when its centre is this many characters right of that
 * column's centre or more (the off-grid rows' bound, `off-grid-rows.ts`).
 */
const PAST_EDGE = 8;

/**
 * Whether a row's items (numbers and printed blank marks) all stand on one line at known character
 * columns, none glued to its neighbour nor inside a line of other text.
 */
function onOneLine(items: readonly RowItem[]): boolean {
  const line = items[0]?.token.line;
  return items.every(
    (i) => i.token.column !== undefined && i.token.line === line && !i.token.inRow && (i.token.kind === 'blank' || !i.token.glued),
  );
}

/** The character columns a row's numbers take on their line: from its first number's start to its last number's end. */
function widthOf(items: readonly RowItem[]): number {
  const first = items[0] as RowItem;
  const last = items[items.length - 1] as RowItem;
  return (last.token.column as number) + (last.token.end - last.token.start) - (first.token.column as number);
}

/**
 * Whether the last number of `row` stands past the right edge of `inside`, a row of the same page
 * (see the module): farther right of the number before it than `inside` is wide, and past
 * `inside`'s last column by {@link PAST_EDGE} or more while the number before it is not.
 */
function pastEdgeOf(row: readonly RowItem[], inside: readonly RowItem[]): boolean {
  const last = row[row.length - 1] as RowItem;
  const before = row[row.length - 2] as RowItem;
  const gap = (last.token.column as number) - ((before.token.column as number) + (before.token.end - before.token.start));
  const edge = centreOf(inside[inside.length - 1] as RowItem);
  return gap > widthOf(inside) && centreOf(last) - edge >= PAST_EDGE && centreOf(before) - edge < PAST_EDGE;
}

/**
 * For each complete row (by index) of `rows` (as many numbers and blank marks as columns, on one line) whose last
 * number stands past the right edge of another complete row of its page (see the module), its
 * readings as orders of its items (indices; the printed order first): the last item put before each
 * of the others in turn. Rows are each row's items in table order.
 */
export function pastEdgeRows(rows: readonly (readonly RowItem[])[], ncols: number): Map<number, number[][]> {
  const out = new Map<number, number[][]>();
  if (ncols < 2) return out;
  const complete: number[] = [];
  rows.forEach((items, k) => {
    if (items.length === ncols && onOneLine(items)) complete.push(k);
  });
  for (const k of complete) {
    const row = rows[k] as readonly RowItem[];
    const page = pageOfRow(row);
    const past = complete.some(
      (o) => o !== k && pageOfRow(rows[o] as readonly RowItem[]) === page && pastEdgeOf(row, rows[o] as readonly RowItem[]),
    );
    if (!past) continue;
    const rest = Array.from({ length: ncols - 1 }, (_, i) => i);
    const readings: number[][] = [[...rest, ncols - 1]];
    for (let at = 0; at < ncols - 1; at++) readings.push([...rest.slice(0, at), ncols - 1, ...rest.slice(at)]);
    out.set(k, readings);
  }
  return out;
}
