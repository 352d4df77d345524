/**
 * Empty lines that are empty cells (issue 12): a browser's clipboard copy of a Word-exported table
 * writes every cell as a paragraph, a cell with text as its line and one empty line, a cell whose
 * paragraph holds nothing (`<p><span><o:p> </o:p></span></p>`) as one empty line alone. A row
 * `26`, five blank cells, `26` then reads `26` / six empty lines / `26`: the usual gap and five
 * cells more. The row reader already counts those cells from the gaps (`RowItem.collapsedBefore`,
 * `RowEvidence.collapsedAfter`), but a gap alone does not say the cell was blank rather than lost.
 *
 * The evidence that it was blank is the whole region: where the gaps account, row by row, for
 * exactly the cells each row lacks (its items and the cells its gaps show make its columns, in
 * every row with items, one cell alone on each line, nothing unclaimed, at least one such cell),
 * every cell is a paragraph, so an empty line more is an empty cell. Its place is fixed by the
 * gaps, and it is read as a blank (a `blank` token where the empty line was). Page spacing (plain
 * `pdftotext` prints blank lines between blocks) does not account for every row exactly, nor does a
 * region where blank cells vanished in some rows: there nothing changes, and lost cells stay
 * `missing`.
 *
 * The one row allowed short of its cells is the region's last (its end's gap runs into the space
 * after the table): its empty lines before its items are still cells; its cells after them are
 * blank where the gap after the region is the usual gap and exactly as many empty lines more (the
 * count the row lacks and the gap agree), otherwise they stay unknown (it does not count as
 * evidence either way). A row with no items is all blank where the gap after its label shows
 * exactly its cells; a gap of other cells there means the gaps are no cells (nothing changes), and
 * no gap leaves its cells unknown. Used by tables 三 (on the region's tokens, before every repair)
 * and 二 (on its rows' items, its columns known from its header). Table 四's one row cannot show it
 * by itself (it is the region's last row): where table 三 of the same text is printed so, its
 * row of fifteen is placed by its gaps too ({@link placeByEmptyLines}).
 */
import type { Placement, RowItem } from '../tables/placement.js';
import type { RowSegment, Segmentation } from '../tables/rows.js';
import type { BlankToken, TableToken } from '../tables/tokens.js';

/** What {@link decideEmptyLineCells} decided: the empty cells before and after the items of the rows. */
export interface EmptyLineCells {
  /** Empty cells right before an item's token (the cells its gap shows). */
  before: Map<TableToken, number>;
  /** Empty cells right after a row's last item's token (the cells the gap after it shows). */
  after: Map<TableToken, number>;
  /** Empty cells read in all. */
  cells: number;
  /**
   * Whether some row shows the layout beyond one number a row: two or more cells, with an empty one
   * between them or none missing. A region whose rows each hold one number after a run of empty lines
   * is as well a text whose converter collapsed the cells it lost (their gaps regular, their places
   * not known): its gaps are no evidence about another table's cells.
   */
  confirmed: boolean;
}

/**
 * The empty cells of a region whose gaps account for every row's missing cells exactly (see the
 * module comment); null when they do not. `cellsOf`: the number of cells of a row (null for a row
 * that holds none: a group's head). `whole`: a region printed a cell a line whose every row is whole
 * (no gap shows a cell) counts too: the layout of a browser's copy of a Word-exported table, whose
 * other tables' gaps are then empty cells (table 四's row, {@link placeByEmptyLines}).
 */
export function decideEmptyLineCells<K extends string>(
  tokens: readonly TableToken[],
  seg: Segmentation<K>,
  baseline: number,
  cellsOf: (row: RowSegment<K>) => number | null,
  whole = false,
): EmptyLineCells | null {
  if (baseline <= 0 || seg.orphans.length > 0 || seg.orphanRows.length > 0) return null;
  for (const g of seg.groups) if (g.items.length > 0) return null;
  const before = new Map<TableToken, number>();
  const after = new Map<TableToken, number>();
  let shown = 0;
  let short = 0;
  let cells = 0;
  let confirmed = false;
  for (const r of seg.rows) {
    const items = r.evidence.items;
    if (items.length === 0) {
      // A row with nothing: all blank where the gap after its label shows exactly its cells (a gap
      // of other cells says the gaps are no cells; none, that its cells are not known). The region's
      // last row: where the gap after the region shows exactly its cells (not counted as shown).
      const n = cellsOf(r);
      const label = r.labels[r.labels.length - 1] as TableToken;
      const lost = n === null ? 0 : gapAfter(tokens, label, baseline);
      if (lost === 0 && n !== null && n > 0 && endsRegionAt(tokens, label) && trailingCells(tokens, baseline) === n) {
        after.set(label, n);
        cells += n;
        continue;
      }
      if (lost === 0) continue;
      if (lost !== n) return null;
      after.set(label, n);
      shown += n;
      cells += n;
      continue;
    }
    const n = cellsOf(r);
    if (n === null || r.overflow.length > 0 || r.evidence.startAfterText === true || !oneCellALine(items)) return null;
    let lost = 0;
    for (const it of items) lost += it.collapsedBefore;
    const end = r.evidence.collapsedAfter;
    let tail = end;
    if (end === null) {
      // (the region's last row only, short of cells or whole: its end is known where the gap after
      // the region shows exactly the cells it lacks)
      if (items.length + lost > n || short++ > 0 || !endsRegion(tokens, items)) return null;
      const rest = n - items.length - lost;
      if (rest > 0 && trailingCells(tokens, baseline) === rest) tail = rest;
    } else if (items.length + lost + end !== n) return null;
    else shown += lost + end;
    if (items.length >= 2 && (items.length === n || items.some((it, k) => k > 0 && it.collapsedBefore > 0))) confirmed = true;
    for (const it of items) if (it.collapsedBefore > 0) before.set(it.token, it.collapsedBefore);
    if (tail !== null && tail > 0) after.set((items[items.length - 1] as RowItem).token, tail);
    cells += lost + (tail ?? 0);
  }
  // (`whole`: every row whole a cell a line is the layout too, no gap showing a cell)
  return shown > 0 || (whole && seg.rows.some((r) => r.evidence.items.length > 0)) ? { before, after, cells, confirmed } : null;
}

/**
 * The region's tokens with a blank token for each empty cell decided (on the line it stood on,
 * zero width beside the item next to it), every gap that showed cells then the baseline.
 */
export function tokensWithEmptyCells(tokens: readonly TableToken[], d: EmptyLineCells, baseline: number): TableToken[] {
  const out: TableToken[] = [];
  // (empty cells added after a row's last item: the next token's gap less them)
  let pending = 0;
  for (const t of tokens) {
    const k = d.before.get(t) ?? 0;
    for (let c = 0; c < k; c++) out.push(emptyCell(t.start, t.line - k + c, baseline));
    const gap = k > 0 ? baseline : pending > 0 && t.lineStart ? Math.max(baseline, t.gapBefore - pending) : t.gapBefore;
    out.push(gap === t.gapBefore ? t : { ...t, gapBefore: gap });
    pending = d.after.get(t) ?? 0;
    for (let c = 0; c < pending; c++) out.push(emptyCell(t.end, t.line + baseline + c + 1, baseline));
  }
  return out;
}

/**
 * A row's items with a blank item for each empty cell decided (no gap before any item then); a row
 * with no items, its label's (all blank, or none decided).
 */
export function itemsWithEmptyCells(r: RowSegment<string>, d: EmptyLineCells, baseline: number): RowItem[] {
  const items = r.evidence.items;
  const label = r.labels[r.labels.length - 1] as TableToken;
  const none = items.length === 0 ? (d.after.get(label) ?? 0) : 0;
  const out: RowItem[] = [];
  for (let c = 0; c < none; c++)
    out.push({ token: emptyCell(label.end, label.line + baseline + c + 1, baseline), collapsedBefore: 0, run: 0 });
  for (const it of items) {
    const k = d.before.get(it.token) ?? 0;
    for (let c = 0; c < k; c++)
      out.push({ token: emptyCell(it.token.start, it.token.line - k + c, baseline), collapsedBefore: 0, run: it.run });
    out.push(k > 0 ? { ...it, collapsedBefore: 0 } : it);
    const a = d.after.get(it.token) ?? 0;
    for (let c = 0; c < a; c++)
      out.push({ token: emptyCell(it.token.end, it.token.line + baseline + c + 1, baseline), collapsedBefore: 0, run: it.run });
  }
  return out;
}

/**
 * A region's last row of `ncols` cells in a text whose other table is printed a cell a paragraph
 * (its gaps accounted for every row's missing cells exactly, or every row whole a cell a line:
 * {@link decideEmptyLineCells}): each empty line more than the usual gap before
 * an item is an empty cell, so each item stands in the column its gaps give it (the items before
 * it and the cells their gaps show) and the empty cells between are blank. The cells after the last item are blank where the gap after the region (`tokens`' end)
 * shows exactly as many empty lines more than the usual gap, otherwise not known (`missing`). Null
 * where the items are not one cell a line of one run, or they and their gaps make more cells than
 * the row has, or no gap shows a cell.
 */
export function placeByEmptyLines(
  ncols: number,
  items: readonly RowItem[],
  tokens: readonly TableToken[],
  baseline: number,
): Placement[] | null {
  if (baseline <= 0 || items.length === 0 || !oneCellALine(items) || !endsRegion(tokens, items)) return null;
  let lost = 0;
  for (const it of items) lost += it.collapsedBefore;
  if (items.length + lost > ncols) return null;
  const rest = ncols - items.length - lost;
  const tailBlank = rest > 0 && trailingCells(tokens, baseline) === rest;
  // (no gap shows a cell: nothing to place by them)
  if (lost === 0 && !tailBlank) return null;
  const out: Placement[] = [];
  for (const it of items) {
    const t = it.token;
    for (let c = 0; c < it.collapsedBefore; c++)
      out.push({ status: 'blank', token: emptyCell(t.start, t.line - it.collapsedBefore + c, baseline) });
    if (t.kind === 'value') out.push({ status: 'value', token: t });
    else out.push(t.uncertain === true ? { status: 'missing' } : { status: 'blank', token: t });
  }
  const last = (items[items.length - 1] as RowItem).token;
  for (let c = 0; out.length < ncols; c++)
    out.push(tailBlank ? { status: 'blank', token: emptyCell(last.end, last.line + baseline + c + 1, baseline) } : { status: 'missing' });
  return out;
}

/**
 * The empty cells the gap after a region shows (its `end` break's gap less the usual one), or null
 * where that gap is not known (the end of the text).
 */
function trailingCells(tokens: readonly TableToken[], baseline: number): number | null {
  const end = tokens[tokens.length - 1];
  if (end?.kind !== 'break' || end.reason !== 'end' || !end.lineStart) return null;
  return end.gapBefore - baseline;
}

/** Whether every item stands alone at the start of its line, all of one run (a cell per line). */
function oneCellALine(items: readonly RowItem[]): boolean {
  const run = (items[0] as RowItem).run;
  for (const it of items) {
    const t = it.token;
    if (!t.lineStart || it.run !== run || t.inRow === true || t.setOff === true) return false;
  }
  return true;
}

/**
 * The cells the gap after a row's label shows, when a label or a value follows it at the start of
 * its line; 0 otherwise (the region's end: its gap runs into the space after the table).
 */
function gapAfter(tokens: readonly TableToken[], label: TableToken, baseline: number): number {
  const next = tokens[tokens.indexOf(label) + 1];
  if (!next || !next.lineStart || next.kind === 'break') return 0;
  return Math.max(0, next.gapBefore - baseline);
}

/** Whether nothing but the region's end follows a row's last item. */
function endsRegion(tokens: readonly TableToken[], items: readonly RowItem[]): boolean {
  return endsRegionAt(tokens, (items[items.length - 1] as RowItem).token);
}

/** Whether nothing but the region's end follows a token. */
function endsRegionAt(tokens: readonly TableToken[], last: TableToken): boolean {
  const at = tokens.indexOf(last);
  for (let k = at + 1; k < tokens.length; k++) {
    const t = tokens[k] as TableToken;
    if (t.kind !== 'break' || t.reason !== 'end') return false;
  }
  return at >= 0;
}

/** A blank cell read from an empty line (`line`), located (zero width) at `at`, beside the item next to it. */
function emptyCell(at: number, line: number, baseline: number): BlankToken {
  return { kind: 'blank', raw: '', start: at, end: at, line, gapBefore: baseline, lineStart: true };
}
