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
 * after the table, so the cells after its last item are not known): its empty lines before its
 * items are still cells, its cells after them stay unknown (it does not count as evidence). A row
 * with no items is all blank where the gap after its label shows exactly its cells; a gap of other
 * cells there means the gaps are no cells (nothing changes), and no gap leaves its cells unknown.
 * Used by tables 三 (on the region's tokens, before every repair) and 二 (on its rows' items, its
 * columns known from its header); table 四 is not read so.
 */
import type { RowItem } from '../tables/placement.js';
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
}

/**
 * The empty cells of a region whose gaps account for every row's missing cells exactly (see the
 * module comment); null when they do not. `cellsOf`: the number of cells of a row (null for a row
 * that holds none: a group's head).
 */
export function decideEmptyLineCells<K extends string>(
  tokens: readonly TableToken[],
  seg: Segmentation<K>,
  baseline: number,
  cellsOf: (row: RowSegment<K>) => number | null,
): EmptyLineCells | null {
  if (baseline <= 0 || seg.orphans.length > 0 || seg.orphanRows.length > 0) return null;
  for (const g of seg.groups) if (g.items.length > 0) return null;
  const before = new Map<TableToken, number>();
  const after = new Map<TableToken, number>();
  let shown = 0;
  let short = 0;
  let cells = 0;
  for (const r of seg.rows) {
    const items = r.evidence.items;
    if (items.length === 0) {
      // A row with nothing: all blank where the gap after its label shows exactly its cells (a gap
      // of other cells says the gaps are no cells; none, that its cells are not known).
      const n = cellsOf(r);
      const label = r.labels[r.labels.length - 1] as TableToken;
      const lost = n === null ? 0 : gapAfter(tokens, label, baseline);
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
    if (end === null) {
      // (the region's last row only, short of cells or whole: its end is not known)
      if (items.length + lost > n || short++ > 0 || !endsRegion(tokens, items)) return null;
    } else if (items.length + lost + end !== n) return null;
    else shown += lost + end;
    for (const it of items) if (it.collapsedBefore > 0) before.set(it.token, it.collapsedBefore);
    if (end !== null && end > 0) after.set((items[items.length - 1] as RowItem).token, end);
    cells += lost + (end ?? 0);
  }
  return shown === 0 ? null : { before, after, cells };
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
  const last = (items[items.length - 1] as RowItem).token;
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
