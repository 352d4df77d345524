/**
 * Table 二 rows that may hold a cell of a wider sub-table's row printed elsewhere, in plain text of a
 * print (no positions: each cell written as a line of its own). A print lays each 第二十条
 * sub-table out at its own width; a wide sub-table's right-hand columns stand beyond the right edge
 * of a narrower one below it, and plain `pdftotext` may read such a cell as a block of its own and
 * write it much later, among a narrower sub-table's rows (`规章 / 23 / 0` … `行政处罚 / 23 / 行政强制`:
 * 规章's third cell, 23, written after 行政处罚, both 行政处罚 and 行政强制 blank; probe seed 471 p05,
 * Chromium). Table 二 has no arithmetic to tell that from 规章's third cell blank (a blank cell prints
 * nothing) and 行政处罚 23. What the text shows, all required:
 * - a row shows fewer numbers than its cells, one at least, nothing after them (a cell of it was lost:
 *   a blank that vanished, or a cell written elsewhere);
 * - a later sub-table has fewer columns than that row, and shows fewer numbers than its cells (a row
 *   of it shows none or fewer than its own): a number written into it takes a cell no number fills,
 *   and nothing shows as left over;
 * - a row of that later sub-table holds the number, a row after it shows none (the number stands
 *   between the two labels), and no number of the row stands on a line of its label (each is a line
 *   of its own, as plain `pdftotext` writes a block: text whose lines are the page's lines, or a
 *   browser's rows, keeps a cell beside its label).
 * Then that row's numbers may be the short row's lost cell: its cells are only candidates
 * (`ambiguous`). A sub-table showing a number for each of its cells is not contested (a cell written
 * into it would be one too many, shown by the reader). A number after the sub-table's last label,
 * the rows before it showing none (`行政处罚 / 行政强制 / 19`), is read in the text's order, as
 * elsewhere (`rowsAfterLostLabel` in `table2.ts`: labels written as a block, their numbers after them,
 * is how poppler most often writes a sub-table; read ambiguous, the committed gauntlet's right cells
 * fell below their minimums).
 */
import type { RowSegment } from './rows.js';

/** A row of table 二 as the reader found it: its sub-table, its segment (if found) and its sub-table's width. */
export interface Table2WideRow {
  /** The sub-table (any value identifying it: rows of one sub-table share it). */
  readonly sub: unknown;
  /** The row's segment; undefined where the row was not found. */
  readonly chosen: RowSegment<string> | undefined;
  /** How many columns the row's sub-table has in the template (a header may show fewer). */
  readonly width: number;
}

/** How many numbers a row shows (values and blank marks), nothing counted where it was not found. */
function shown(r: Table2WideRow): number {
  return r.chosen ? r.chosen.evidence.items.length : 0;
}

/**
 * Whether no number of a row stands on a line of its label: each written as a line (a block) of its
 * own, as plain `pdftotext` writes a cell, and not beside its label on the page's line.
 */
function offLabelLines(row: RowSegment<string>): boolean {
  const labels = [row.label, ...row.labels];
  const first = labels.reduce((m, l) => Math.min(m, l.line), Infinity);
  const last = labels.reduce((m, l) => Math.max(m, l.line), -Infinity);
  return row.evidence.items.every((i) => i.token.line < first || i.token.line > last);
}

/**
 * The rows whose numbers may be a wider row's lost cell, by the evidence of the module comment.
 * `rows`: every row of the template's version, found or not, in the template's order; `blank`: rows
 * whose cells are known blank (no number of theirs was lost).
 */
export function rowsMayHoldWideCell(rows: readonly Table2WideRow[], blank: (row: RowSegment<string>) => boolean): Set<RowSegment<string>> {
  const out = new Set<RowSegment<string>>();
  // (rows short of cells, none known blank: each lost a cell somewhere)
  const short = rows.filter((r) => {
    const c = r.chosen;
    if (c === undefined || blank(c) || c.overflow.length > 0) return false;
    const n = shown(r);
    return n > 0 && n < r.width;
  });
  if (short.length === 0) return out;
  for (const sub of new Set(rows.map((r) => r.sub))) {
    const own = rows.filter((r) => r.sub === sub);
    const found = own.filter((r) => r.chosen !== undefined);
    if (found.length === 0) continue;
    const width = own[0]?.width ?? 0;
    if (width === 0) continue;
    // (cells no number fills: a row known blank fills its own)
    const open = own.filter((r) => r.chosen === undefined || !blank(r.chosen));
    const cells = open.length * width;
    const numbers = open.reduce((n, r) => n + shown(r), 0);
    if (numbers >= cells || numbers === 0) continue;
    const start = found.reduce((m, r) => Math.min(m, (r.chosen as RowSegment<string>).label.start), Infinity);
    const wider = short.some((r) => r.sub !== sub && r.width > width && (r.chosen as RowSegment<string>).label.start < start);
    if (!wider) continue;
    const segments = found.map((r) => r.chosen as RowSegment<string>).sort((a, b) => a.label.start - b.label.start);
    segments.forEach((c, k) => {
      // (a row of the sub-table after it shows nothing: the number stands between the rows' labels)
      const end = c.evidence.items.reduce((m, i) => Math.max(m, i.token.end), 0);
      const lostAfter = segments
        .slice(k + 1)
        .some((d) => d.label.start >= end && d.evidence.items.length === 0 && d.overflow.length === 0 && !blank(d));
      if (lostAfter && c.evidence.items.some((i) => i.token.kind === 'value') && offLabelLines(c)) out.add(c);
    });
  }
  return out;
}
