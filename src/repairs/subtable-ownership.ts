/**
 * Ownership decided sub-table by sub-table (table 二), where the whole table's is undecided.
 *
 * Plain `pdftotext` of an Office-printed PDF writes every cell of table 二 on a line of its own in
 * an order set by the cells' heights: in one sub-table the numbers follow their row labels, in the
 * next a one-row sub-table's number comes before its label (the label cell is taller than the
 * number's), sometimes with the column header between them. Read as one stream the table shows
 * both orders, so the ownership repair (`ownership.ts`) leaves it undecided and every cell the two
 * readings disagree on is ambiguous. The sub-tables are independent (each captioned
 * `第二十条第（X）项`, with a header and rows of its own, and no number belongs across a caption),
 * so each is decided by its own evidence:
 *
 * - **the only row**: a sub-table whose labels are its caption, its header words and one row label
 *   (and nothing else) gives that row every number standing in it, as many as the row has cells at
 *   most: no other row of the sub-table is printed to take them, wherever they stand;
 * - **one order fits**: every label of the sub-table is its caption, header text or a row label, and
 *   every row label takes numbers and none is left without a row in one order (numbers after their
 *   labels, or before them) and not in the other;
 * - otherwise the sub-table stays undecided: its cells are read both ways, as before.
 *
 * The repair returns its decision per sub-table and the token streams of the two readings; it
 * never changes a token's text or value.
 */
import type { LabelToken, TableToken } from '../tables/tokens.js';
import type { LabelRole } from '../tables/rows.js';
import { orderFits } from './ownership.js';

/** How one sub-table's numbers stand to its labels. */
export type SubtableOrder = 'only-row' | 'after' | 'before' | 'undecided';

/** One sub-table's decision. */
export interface SubtablePart {
  /** The sub-table's caption; null for tokens before the first caption. */
  caption: LabelToken | null;
  /** What its own evidence establishes. */
  order: SubtableOrder;
}

/** What the repair decided, and the readings to use. */
export interface SubtableOwnershipDecision {
  /** Every sub-table's decision, in source order. */
  parts: readonly SubtablePart[];
  /** The reading: each sub-table in its decided order (undecided ones as printed). */
  tokens: TableToken[];
  /** The other reading of the undecided sub-tables (numbers moved after the next label); null when every sub-table is decided. */
  alternative: TableToken[] | null;
}

/** What the repair needs from the table reader. */
export interface SubtableOwnershipInput {
  /** The table's tokens, in the order the whole-table repair left them. */
  tokens: readonly TableToken[];
  /** Classifies a label as the reader does (row, group, other), out of context. */
  classify: (label: LabelToken) => LabelRole<string>;
  /** Whether a label is a sub-table caption (`第二十条第（X）项`). */
  isCaption: (label: LabelToken) => boolean;
  /** Whether a label is header text of a sub-table (`信息内容`, column labels and their units). */
  isHeader: (label: LabelToken) => boolean;
  /** The most cells a row has in any registered version. */
  maxCells: (rowKey: string) => number;
  /**
   * Whether header text under a caption names a column that neither that sub-table nor the sub-table of
   * any row standing in its part (`rowKeys`) has in any registered version (a column word of another
   * sub-table, printed out of its order). Absent: none is.
   */
  foreignHeader?: (caption: LabelToken, label: LabelToken, rowKeys: readonly string[]) => boolean;
}

const isItem = (t: TableToken): boolean => t.kind === 'value' || t.kind === 'blank';

/**
 * Decides each sub-table's order (see the module comment). Null when the region has fewer than two
 * sub-tables or no sub-table's own evidence decides it (the whole-table decision stands). Linear in
 * the number of tokens.
 */
export function decideSubtableOwnership(input: SubtableOwnershipInput): SubtableOwnershipDecision | null {
  const spans = splitAtCaptions(input.tokens, input.isCaption);
  if (spans.filter((s) => s.caption !== null).length < 2) return null;
  const parts: SubtablePart[] = [];
  const tokens: TableToken[] = [];
  const alternative: TableToken[] = [];
  let undecided = 0;
  for (const span of spans) {
    const onlyRow = onlyRowReading(span.caption, span.tokens, input);
    if (onlyRow) {
      parts.push({ caption: span.caption, order: 'only-row' });
      for (const t of onlyRow) {
        tokens.push(t);
        alternative.push(t);
      }
      continue;
    }
    const fits = orderFits(span.tokens, input.classify);
    // (a label it cannot name might be a row's, owning numbers in either order: the part shows no order)
    const named = span.tokens.every(
      (t) => t.kind !== 'label' || input.isCaption(t) || input.isHeader(t) || input.classify(t).role === 'row',
    );
    // (a header word of a column the sub-table does not have: another sub-table's cells may stand in
    // it, see onlyRowReading; neither order is the part's own evidence)
    const order: SubtableOrder =
      !named || foreignHeaderIn(span.caption, span.tokens, input)
        ? 'undecided'
        : fits.after && !fits.before
          ? 'after'
          : fits.before && !fits.after
            ? 'before'
            : 'undecided';
    parts.push({ caption: span.caption, order });
    if (order === 'undecided' && span.tokens.some(isItem)) undecided++;
    for (const t of order === 'before' ? fits.beforeTokens : span.tokens) tokens.push(t);
    for (const t of order === 'after' ? span.tokens : fits.beforeTokens) alternative.push(t);
  }
  if (!parts.some((p) => p.order !== 'undecided')) return null;
  return { parts, tokens, alternative: undecided > 0 ? alternative : null };
}

/** The region cut before each caption (tokens before the first caption make a part without one). */
function splitAtCaptions(
  tokens: readonly TableToken[],
  isCaption: (label: LabelToken) => boolean,
): { caption: LabelToken | null; tokens: TableToken[] }[] {
  const spans: { caption: LabelToken | null; tokens: TableToken[] }[] = [{ caption: null, tokens: [] }];
  for (const t of tokens) {
    if (t.kind === 'label' && isCaption(t)) spans.push({ caption: t, tokens: [] });
    (spans[spans.length - 1] as { tokens: TableToken[] }).tokens.push(t);
  }
  return spans.filter((s) => s.tokens.length > 0);
}

/**
 * The reading of a sub-table whose only labels are its caption, header words and one row label:
 * the other labels and breaks as printed, then the row label, then every number of the sub-table.
 * Null when another label stands in it, or the numbers are none or more than the row's cells, or a
 * header word names a column the sub-table does not have: another sub-table's header cell printed
 * inside this one (plain text of an Office print writes cells in the order of their heights), and
 * the numbers beside it may be that sub-table's cells, not the row's (`处理决定数量` / `０` of 第（六）项
 * under 第（八）项's header, its one row blank in 上一年项目数量: the `０` read there).
 */
function onlyRowReading(caption: LabelToken | null, tokens: readonly TableToken[], input: SubtableOwnershipInput): TableToken[] | null {
  let row: LabelToken | null = null;
  let key: string | null = null;
  const items: TableToken[] = [];
  const rest: TableToken[] = [];
  for (const t of tokens) {
    if (isItem(t)) {
      items.push(t);
      continue;
    }
    if (t.kind === 'label' && !input.isCaption(t) && !input.isHeader(t)) {
      const role = input.classify(t);
      if (role.role !== 'row' || row !== null) return null;
      row = t;
      key = role.key;
      continue;
    }
    rest.push(t);
  }
  if (row === null || key === null || items.length === 0 || items.length > input.maxCells(key)) return null;
  if (foreignHeaderIn(caption, tokens, input)) return null;
  // (a break that ends the table stays last)
  const end = rest.length > 0 && rest[rest.length - 1]?.kind === 'break' ? rest.length - 1 : rest.length;
  return [...rest.slice(0, end), row, ...items, ...rest.slice(end)];
}

/** Whether a header word of a sub-table names a column it does not have ({@link SubtableOwnershipInput.foreignHeader}). */
function foreignHeaderIn(caption: LabelToken | null, tokens: readonly TableToken[], input: SubtableOwnershipInput): boolean {
  const foreign = input.foreignHeader;
  if (caption === null || foreign === undefined) return false;
  const isHeaderLabel = (t: TableToken): t is LabelToken => t.kind === 'label' && !input.isCaption(t) && input.isHeader(t);
  // (header words foreign to the caption's own sub-table first: the rows are classified only where one stands)
  const strange = tokens.filter((t): t is LabelToken => isHeaderLabel(t) && foreign(caption, t, []));
  if (strange.length === 0) return false;
  // (the rows standing in the part: a sub-table whose caption came out after its rows brings its own header words)
  const rowKeys: string[] = [];
  for (const t of tokens)
    if (t.kind === 'label' && !input.isCaption(t) && !input.isHeader(t)) {
      const role = input.classify(t);
      if (role.role === 'row') rowKeys.push(role.key);
    }
  return strange.some((t) => foreign(caption, t, rowKeys));
}
