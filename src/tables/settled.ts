/**
 * A settled table (issue 16): the first reading of a table region leaves no repair any evidence to
 * act on, so the readers skip the repairs for it and build its cells from that reading.
 */
import type { RowSegment, Segmentation } from './rows.js';

/**
 * Whether the segmentation of a table region is settled in its structure: every data row of the
 * template was read exactly once (a label of no data row, a group's head, holding nothing), from
 * one label, with exactly `ncols` cells (numbers or explicit blanks), printed plainly: all on the
 * row label's own source line (a line holding no other row's label: a row per line, its cells
 * parted by pipes, TABs or spaces), or one cell a line right after the label (each alone at the
 * start of its line, the same blank lines before each, no text among them); none glued to text,
 * joined from pieces on other lines, or cut off a list number; and nothing in the region is
 * unclaimed (no orphan number or blank, no overflow after a row, no number under a group label).
 *
 * Why no repair of table 三 can then change a cell (each repair's trigger, `src/repairs/`,
 * `src/tables/`):
 * - row continuation, column tail, wrapped pieces, unowned numbers before a label, displaced values
 *   and the floating-label pairing act on numbers no row claims (overflow, orphans, a row's
 *   numbers handed back): there are none;
 * - the digit-run search acts on glued runs in a short row (`hasDigitRun`), rows short of cells
 *   (`hasVanishedBlanks`: at least one lost) and bands of more pieces than cells
 *   (`mayHoldWrappedCells`): every row here holds exactly its cells, none glued or joined;
 * - ordered values hand the numbers between two anchors (whole rows keeping their sums) to the
 *   rows between them: here every row is such an anchor, with nothing between;
 * - stacked rows, interleaved rows, spilled and shifted values, an empty data row before a label
 *   and a short row beside unclaimed numbers act on rows short of cells, over-full or empty: none
 *   here;
 * - and the reader requires every relation of the table to hold as read (its own check with the
 *   template's equations, as the repairs use it), so no repair's arithmetic could prefer another
 *   reading, and a reading no equation confirms is never taken as settled.
 * The ownership decision, the uniform-table reading and the block-order check run before or
 * outside this test, on their own conditions. Checked empirically too: the full JSON of
 * `parseReport` and `parseReports` byte-identical with and without the skip on 6,623 inputs
 * (gauntlet texts in every layout, probe seeds, generated reports whole and damaged).
 */
export function settledRows<K extends string>(seg: Segmentation<K>, ncols: number, dataRows: readonly K[]): boolean {
  if (seg.orphans.length > 0 || seg.orphanRows.length > 0) return false;
  for (const g of seg.groups) if (g.items.length > 0) return false;
  const seen = new Set<K>();
  const lines = new Set<number>();
  for (const r of seg.rows) {
    // (a label of no data row of this version holding nothing, `其他处理` over its rows in 2021,
    // may share a line with its first row, a merged cell: it owns no cell)
    if (!dataRows.includes(r.key) && r.evidence.items.length === 0 && r.overflow.length === 0) continue;
    if (seen.has(r.key) || !dataRows.includes(r.key) || !ownLine(r, ncols) || lines.has(r.label.line)) return false;
    seen.add(r.key);
    lines.add(r.label.line);
  }
  return seen.size === dataRows.length;
}

/**
 * Whether a row holds exactly `ncols` cells, each plainly printed: all on its one label's line, or
 * (cell per line) each alone at the start of a line of its own after the label, one run, the same
 * blank lines before each.
 */
function ownLine<K extends string>(r: RowSegment<K>, ncols: number): boolean {
  const items = r.evidence.items;
  if (r.overflow.length > 0 || r.labels.length !== 1 || items.length !== ncols || r.evidence.startAfterText) return false;
  const first = items[0]?.token;
  const perLine = first !== undefined && first.line !== r.label.line;
  let line = r.label.line;
  for (const { token: t, run } of items) {
    if (perLine ? !t.lineStart || t.line <= line || t.gapBefore !== first.gapBefore || run !== items[0]?.run : t.line !== line)
      return false;
    if (perLine) line = t.line;
    if (t.kind === 'value' && (t.glued === true || t.printed !== undefined || t.endUnproven === true)) return false;
  }
  return true;
}

/**
 * Whether a segmentation, as segmented and before any repair, is settled in its structure
 * ({@link settledRows}) with every data row's cells on its label's own line (none a line each after
 * it), and a cell of each that is no blank mark standing left of its label: table 三's four line
 * repairs then have no row to act on, so the reader skips them (issue 16, speed; the same reading).
 * Why, each by its own first test (`src/repairs/`):
 * - alternating rows (`alternating-rows.ts`) act on a pair of data rows where the second holds
 *   numbers off its label's line: every data row's are on it, and no overflow is left;
 * - numbers one line down (`numbers-line-down.ts`) need a data row holding no number, and numbers
 *   on the line above (`numbers-line-above.ts`) a data row holding none after the row before it:
 *   every data row holds `ncols` cells;
 * - a label begun empty (`label-begun-empty.ts`) needs a data row whose every cell is a blank mark
 *   standing left of its label's column: each row here has a cell that is not.
 * The segmentation is left as it was segmented, so {@link settledRows} holds after them too.
 */
export function settledOnLabelLines<K extends string>(seg: Segmentation<K>, ncols: number, dataRows: readonly K[]): boolean {
  if (!settledRows(seg, ncols, dataRows)) return false;
  for (const r of seg.rows) {
    if (!dataRows.includes(r.key)) continue;
    const labelColumn = r.label.column;
    let beside = labelColumn === undefined;
    for (const { token: t } of r.evidence.items) {
      if (t.line !== r.label.line) return false;
      if (t.kind !== 'blank' || t.column === undefined || labelColumn === undefined || t.column >= labelColumn) beside = true;
    }
    if (!beside) return false;
  }
  return true;
}
