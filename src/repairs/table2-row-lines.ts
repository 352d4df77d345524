/**
 * Repair: a table-二 row whose cells go on over the lines after its label's line. Plain `pdftotext`
 * of a browser print writes each cell of table 二 as a line of its own: a row label alone on its
 * line, then its numbers a line each, reads whole (`规章` / `2718` / `0` / `6387`); but where the
 * first number stands on the label's line (`行政规范性文件 0` / `354` / `6`), segmentation ends the
 * row at that line's end, the row keeps one number for its three cells (each cell `ambiguous`) and
 * the other numbers are left to no label (`values-unplaced`).
 *
 * Table 二 has no arithmetic, so the evidence is the count and the structure, all of it required:
 * the text is no block stream (a block stream's rows are read without line ends already); the row's
 * key is read once; its numbers from its label up to the next
 * label are exactly as many as its cells, with nothing but its own label pieces, numbers, blank
 * markers and line ends among them (no cell of a pipe or TAB row, no unrecognised text); no number
 * or blank marker stands right before its label but a whole row's (a number wrapped over lines may
 * have its head there and its tail among the lines after: `17023.9` / `政府集中采购 92` / `6`); and what
 * follows them is a sub-table's caption or header, the region's end, or a row label with numbers of
 * its own after it (a label with none might own them, printed before it: then nothing is decided).
 * Then the row takes them all, in the order printed. Where some of its lines are set off by blank
 * lines, they are separate blocks, which `pdftotext` writes in an order of its own (`0` / `182` /
 * `4` for `0 4 182`): the reader then checks the order as it does a block stream's rows
 * (`block-order.ts`: with no arithmetic in table 二, a `block-order-unconfirmed` warning names every
 * cell another order of the blocks would change).
 *
 * The repair decides; the reader applies the decision. Linear in the tokens.
 */
import type { RowItem } from '../tables/placement.js';
import type { RowSegment, Segmentation } from '../tables/rows.js';
import type { TableToken } from '../tables/tokens.js';

/** One row read over its following lines. */
export interface RowOverLines<K extends string> {
  /** The repair. */
  repair: 'table2-row-lines';
  /** The row's segment. */
  segment: RowSegment<K>;
  /** The row's items: its label line's, then the lines after it, in the order printed. */
  items: RowItem[];
  /**
   * Some of its lines are set off by blank lines: separate blocks, which `pdftotext` writes in an
   * order of its own (`0` / `182` / `4` for `0 4 182`), so the order read is unconfirmed.
   */
  blocks: boolean;
}

/**
 * Finds the rows of `seg` (segmented from `tokens`) whose cells go on over the following lines (see
 * the module comment). `cellsOf(segment)` is the number of cells the row has (0: not a row of the
 * table); the segmentation's groups are the sub-tables' captions and headers.
 */
export function decideTable2RowLines<K extends string>(
  seg: Segmentation<K>,
  tokens: readonly TableToken[],
  cellsOf: (segment: RowSegment<K>) => number,
): RowOverLines<K>[] {
  const out: RowOverLines<K>[] = [];
  const count = new Map<K, number>();
  for (const r of seg.rows) count.set(r.key, (count.get(r.key) ?? 0) + 1);
  const rowAt = new Map<TableToken, RowSegment<K>>(seg.rows.map((r) => [r.label, r]));
  const groups = new Set<TableToken>(seg.groups.map((g) => g.label));
  // the numbers and blank markers of rows that hold exactly their cells
  const claimed = new Set<TableToken>();
  for (const r of seg.rows) {
    const items = [...r.evidence.items, ...r.overflow];
    if (items.length === cellsOf(r)) for (const i of items) claimed.add(i.token);
  }
  for (const r of seg.rows) {
    const n = cellsOf(r);
    if (n === 0 || count.get(r.key) !== 1 || r.evidence.items.length === 0 || r.overflow.length === 0) continue;
    const items = [...r.evidence.items, ...r.overflow];
    if (items.length !== n || items.some((i) => i.token.inRow === true)) continue;
    const lastItem = (r.overflow[r.overflow.length - 1] as RowItem).token;
    const own = new Set<TableToken>(r.labels);
    let clean = true;
    let k = r.at + 1;
    for (; k < tokens.length; k++) {
      const t = tokens[k] as TableToken;
      if (t.start > lastItem.start) break;
      if (t.kind === 'label' ? !own.has(t) : t.kind !== 'value' && t.kind !== 'blank' && !(t.kind === 'break' && t.reason !== 'end')) {
        clean = false;
        break;
      }
    }
    if (!clean) continue;
    // what precedes the label: a label, a caption or header, or a number of a row holding exactly its
    // cells (no number left over: a wrapped number's head printed above the label's line, `17023.9` /
    // `政府集中采购 92` / `6`, ends below it)
    // (other text on the label's line, `政府集中`, passed over)
    let p = r.at - 1;
    for (; p >= 0; p--) {
      const t = tokens[p] as TableToken;
      if (t.kind !== 'break' && !(t.kind === 'label' && t.line === r.label.line)) break;
    }
    const before = tokens[p];
    if (before !== undefined && before.kind !== 'label' && !claimed.has(before)) continue;
    // what follows: the region's end, a caption or header, or a row label with numbers of its own
    while (k < tokens.length && (tokens[k] as TableToken).kind === 'break') k++;
    const next = tokens[k];
    if (next !== undefined) {
      if (next.kind !== 'label') continue;
      const row = rowAt.get(next);
      if (row ? row.evidence.items.length === 0 : !groups.has(next)) continue;
    }
    out.push({ repair: 'table2-row-lines', segment: r, items, blocks: r.overflow.some((i) => i.token.gapBefore > 0) });
  }
  return out;
}
