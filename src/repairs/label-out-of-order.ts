/**
 * Repair check: a row label that took no numbers, printed out of the template's order, after the
 * label of a row that comes later in the template. Plain `pdftotext` of an office print writes the
 * text of a table in blocks whose order is the tool's: the first row of a group shares its line with
 * the group's tall label cell, and its label can come out with that cell's text, after the labels
 * and numbers of the rows below it (`补正后申请内容仍不明确` / `0 0 0 8 0 0 8` / `重复申请` / … /
 * `不予处理` / `信访举报投诉类申请`, every number before it). Numbers keep the rows' order in such
 * text, so the row's numbers stand where its label should have stood: right after the numbers of
 * the row above it in the template, before the next label. Read after their labels, the numbers
 * between the row above's label and the next label are the row above's, and the row printed late is
 * empty; but they are as well the late row's, the row above's own printed before its label (as every
 * row's numbers in a stack of labels are). The table's column equations add the result rows in any
 * order, so nothing need fail either way.
 *
 * The evidence read, where most rows' numbers stand on lines of their own (the text's blocks in the
 * tool's order; where rows print as lines, the lines are the page's): a data row E that took no
 * number at all; the row H right before it in the
 * template, found, holding numbers, all of them after its label; the next row in the text after H
 * is a row that comes after E in the template, and all of H's numbers stand before that row's label;
 * E's label stands after that row's label in the text. Both rows then keep H's numbers only as
 * candidates (`ambiguous`); a blank is known of neither row. Neither reading has evidence over the
 * other: the order of labels is the tool's, and the numbers fit both rows.
 *
 * Unless the text shows E blank (`readAsPrinted`). A report that leaves whole rows blank prints
 * nothing for their cells, and the same tool prints such a row's label late too, with the group's
 * tall cell, after every number (`无法` / `提供` / … / `没有现成信息需要另行制作` / `结转下年度…`).
 * Two things tell that E's numbers were never printed: the table printed fewer cells (numbers and
 * blank markers) than the template's, by a row's at least, so some row's cells are missing; and H's
 * label is read as every row around it is, not at the end of a stack of labels whose numbers stand
 * before them (where the numbers after the stack are the next row's): the row printed right before
 * H in the text is the row right before it in the template, holding exactly one row's numbers, all
 * between its own label and H's, and H holds exactly one row's too. The numbers after H's label are
 * then H's as every other row's are, and E stays empty. Where every cell was printed, E's numbers
 * stand somewhere, and the contest stays (the seed of this repair: a stack of labels, every cell
 * printed).
 *
 * The repair decides; the reader applies the decision.
 */
import type { RowSegment } from '../tables/rows.js';

/** What the repair works from, given by the table reader. */
export interface LabelOutOfOrderInput<K extends string> {
  /** Rows in source order. */
  rows: readonly RowSegment<K>[];
  /** The template's data rows, in order. */
  dataRows: readonly K[];
  /** The segments the reader states rows from with their own items (no other repair read them). */
  stated: ReadonlySet<RowSegment<K>>;
  /** Whether a row's first number stands on a line of its label (after the label text). */
  onLabelLine: (r: RowSegment<K>) => boolean;
  /** Cells per row. */
  ncols: number;
  /** The cells the table printed: its numbers and blank markers, wherever they stand. */
  printedCells: number;
}

/** A row printed out of order with no numbers, and the row above it whose numbers may be its. */
export interface LabelOutOfOrderDecision<K extends string> {
  /** The repair. */
  repair: 'label-out-of-order';
  /** The row whose label, printed out of order, took no numbers. */
  empty: RowSegment<K>;
  /** The row right before it in the template, holding the numbers where the empty row's belong. */
  holder: RowSegment<K>;
}

/** Finds the rows printed out of order whose numbers the row above them may hold (see the module comment). */
export function decideLabelOutOfOrder<K extends string>(input: LabelOutOfOrderInput<K>): LabelOutOfOrderDecision<K>[] {
  const { rows, dataRows, stated } = input;
  const out: LabelOutOfOrderDecision<K>[] = [];
  // (plain pdftotext: most rows' numbers on lines of their own, labels and numbers in blocks of
  // their own; where rows print as lines, a label found late is a piece of a wrapped label, `用` of
  // `…缴纳费用…` below its row's numbers, no label printed out of order)
  const withItems = rows.filter((r) => r.evidence.items.length > 0);
  if (withItems.filter(input.onLabelLine).length * 2 > withItems.length) return out;
  for (let e = 0; e < rows.length; e++) {
    const empty = rows[e] as RowSegment<K>;
    const at = dataRows.indexOf(empty.key);
    if (at < 1 || !stated.has(empty) || empty.evidence.items.length > 0 || empty.overflow.length > 0) continue;
    // (the row above in the template: once in the text, before the empty row)
    const above = dataRows[at - 1] as K;
    const found = rows.filter((r) => r.key === above);
    const h = rows.indexOf(found[0] as RowSegment<K>);
    const holder = rows[h];
    if (found.length !== 1 || !holder || h >= e - 1 || !stated.has(holder)) continue;
    // (the label after the holder's is of a row after the empty one, printed before the empty row's)
    const next = rows[h + 1] as RowSegment<K>;
    if (dataRows.indexOf(next.key) <= at) continue;
    const items = holder.evidence.items;
    if (items.length === 0 || holder.overflow.length > 0) continue;
    if (!items.every((i) => i.token.start > holder.label.start && i.token.end <= next.label.start)) continue;
    if (readAsPrinted(input, h)) continue;
    out.push({ repair: 'label-out-of-order', empty, holder });
  }
  return out;
}

/**
 * Whether the text shows the late row blank (see the module comment): the table printed fewer cells
 * than the template's by a row's at least, and the holder (at `h` in `rows`) and the row printed right
 * before it, the row before it in the template, each hold exactly one row's cells after their own
 * labels, each before the next label.
 */
function readAsPrinted<K extends string>(input: LabelOutOfOrderInput<K>, h: number): boolean {
  const { rows, dataRows, ncols, stated } = input;
  if (input.printedCells > ncols * (dataRows.length - 1)) return false;
  const holder = rows[h] as RowSegment<K>;
  const prev = rows[h - 1];
  if (!prev || dataRows.indexOf(prev.key) !== dataRows.indexOf(holder.key) - 1 || !stated.has(prev)) return false;
  return [prev, holder].every((r) => {
    const end = (rows[rows.indexOf(r) + 1] as RowSegment<K>).label.start;
    const items = r.evidence.items;
    return r.overflow.length === 0 && items.length === ncols && items.every((i) => i.token.start > r.label.start && i.token.end <= end);
  });
}
