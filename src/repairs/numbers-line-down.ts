/**
 * Two rows whose numbers `pdftotext -layout` wrote one line down: a row's label alone on its line,
 * the next row's label on the next line beside a row of numbers, and a line of numbers only right
 * under it, before the next label:
 *
 * ```
 *          4.Row A label
 * (group)  5.Row B label        0 15 0 0 50 65
 *                               36 26 55 0 117
 *          6.Row C label        0 17 0 17
 * ```
 *
 * In a browser's print each row's label and numbers share a baseline, but a group cell spanning the
 * rows, its text centred between them, can pull pdftotext's line grouping apart: A's numbers come out
 * on B's label line and B's on a line of their own below. Or each row's numbers stand on its own
 * label's line, and A printed none: then A is blank, and B holds the numbers on its line and the line
 * under it. Where the two lines hold more numbers than one row has cells, that last reading is out;
 * what is left is A and B holding the two lines, one each, and which holds which the labels' lines
 * say one way and the order of the lines the other. The arithmetic does not tell them apart either
 * (two data rows next to each other in the template count in the same equations), so both rows are
 * read from either line: the caller reads each row from both, stating only the cells on which every
 * reading agrees (the other cells `ambiguous`, with both candidates), and the table's equations see
 * every number of the two lines held by a row.
 *
 * The repair decides; the reader applies the decision.
 */
import type { RowItem } from '../tables/placement.js';
import type { RowSegment, Segmentation } from '../tables/rows.js';
import type { TableToken } from '../tables/tokens.js';
import { cellsPerLine, dropOrphanItems, rowLabelLines } from './alternating-rows.js';

/** The item as one of its row's run of numbers (it keeps its line, column and place in the text). */
function inRun(item: RowItem, run: number): RowItem {
  if (item.run === run && item.collapsedBefore === 0) return item;
  return { ...item, run, collapsedBefore: 0 };
}

/** Whether every item stands on `line`. */
function allOn(items: readonly RowItem[], line: number): boolean {
  return items.every((i) => i.token.line === line);
}

/**
 * Finds, in place, the pairs of adjacent rows of `seg` whose numbers may stand one line down (see
 * the module comment): each row's evidence becomes the numbers on B's label line (A's) and on the
 * line under it (B's), the lines leave B's overflow and the orphans, and `eitherWay` holds, for both
 * rows, their items from either line (the one the order gives first). Returns the pairs found.
 */
export function readNumbersLineDown<K extends string>(
  seg: Segmentation<K>,
  tokens: readonly TableToken[],
  dataRows: readonly K[],
  ncols: number,
  eitherWay: Map<RowSegment<K>, RowItem[][]>,
): [RowSegment<K>, RowSegment<K>][] {
  const found: [RowSegment<K>, RowSegment<K>][] = [];
  // (what each line holds: numbers, every one of them the row's overflow, and no row's label; a
  // group label's piece may stand beside them, `理` of `（五）不予处理` centred over the rows)
  const labelLines = rowLabelLines(seg);
  const counted = cellsPerLine(tokens);
  for (let k = 0; k + 1 < seg.rows.length; k++) {
    const a = seg.rows[k] as RowSegment<K>;
    const b = seg.rows[k + 1] as RowSegment<K>;
    const next = seg.rows[k + 2];
    if (eitherWay.has(a) || eitherWay.has(b)) continue;
    const at = dataRows.indexOf(a.key);
    if (at < 0 || dataRows.indexOf(b.key) !== at + 1) continue;
    // (A: its label alone on one line, no number after it)
    const aLine = a.label.line;
    if (a.evidence.items.length > 0 || a.overflow.length > 0 || !a.labels.every((l) => l.line === aLine)) continue;
    // (B: its label on the next line, numbers beside it, one line of numbers only right under it)
    const bLine = b.label.line;
    const own = b.evidence.items;
    const under = b.overflow;
    if (bLine !== aLine + 1 || !b.labels.every((l) => l.line === bLine)) continue;
    if (own.length === 0 || under.length === 0 || own.length > ncols || under.length > ncols) continue;
    if (!allOn(own, bLine) || !allOn(under, bLine + 1) || labelLines.has(bLine + 1)) continue;
    if (counted.get(bLine) !== own.length || counted.get(bLine + 1) !== under.length) continue;
    // (more numbers than a row's cells: the two lines are no one row's)
    if (own.length + under.length <= ncols) continue;
    // (two whole rows: the floating-label pairing reads them in order, where the arithmetic holds)
    if (own.length === ncols && under.length === ncols) continue;
    // (the row after B holds numbers on its own label's line: the line under B is not its)
    if (next && !(next.evidence.items.length > 0 && next.evidence.items.some((i) => i.token.line === next.label.line))) continue;
    const asRun = (items: readonly RowItem[]): RowItem[] => items.map((i) => inRun(i, (items[0] as RowItem).run));
    const first = asRun(own);
    const second = asRun(under);
    a.evidence = { ...a.evidence, items: first };
    b.evidence = { ...b.evidence, items: second };
    b.overflow = [];
    eitherWay.set(a, [first, second]);
    eitherWay.set(b, [second, first]);
    const moved = new Set(under);
    dropOrphanItems(seg, moved);
    found.push([a, b]);
    k++;
  }
  return found;
}
