/**
 * Rows dealt by count (plain `pdftotext` of a Chromium print): a table whose rows print their
 * numbers partly on the label's line and partly on lines of their own, some before the label (a tall
 * label cell: the short cells beside it come out first), some after it. Neither "numbers after their
 * labels" nor "before" reads such a table; the order of the rows' numbers, though, is kept.
 *
 * The evidence used: a row starts at a numbered label the reader knows as a row label (or the
 * numbered beginning of one, cut at its cell's width); text without a number of its own continues
 * the row's label cell. A number printed on a line after label text belongs to the row whose label
 * that text is, as its first cells; every other number stands on a line of its own, and those are
 * dealt to the rows in order, each row taking as many as it still lacks. The reading is only offered
 * when the counts come out exact (no number left over, no row short: nothing vanished); the caller
 * keeps it only when every data row is there and every equation of the table holds.
 *
 * The repair returns a segmentation (each row with its numbers); it never changes a token.
 */
import type { LabelToken, TableToken, ValueToken, BlankToken } from '../tables/tokens.js';
import type { RowItem } from '../tables/placement.js';
import type { RowSegment, Segmentation } from '../tables/rows.js';

/** A row label the reader knows (the beginning of a row): its key and how it matched. */
export interface RowStart {
  /** Row key. */
  key: string;
  /** Template label matched. */
  matched: string;
  /** How the label matched. */
  how: RowSegment<string>['how'];
}

/** What the deal needs from the table reader. */
export interface DealInput {
  /** The table region's tokens. */
  tokens: readonly TableToken[];
  /** The row a numbered label begins (null for any other text: it continues the last row's label cell). */
  rowStart: (l: LabelToken) => RowStart | null;
  /** Cells of every data row. */
  ncols: number;
}

interface DealtRow {
  segment: RowSegment<string>;
  onLine: RowItem[];
}

const isItem = (t: TableToken): t is ValueToken | BlankToken => t.kind === 'value' || t.kind === 'blank';

/**
 * The rows with the numbers dealt by count (see the module comment), or null when the counts do not
 * come out exact (a row with more numbers on its lines than cells, numbers left over or lacking, a
 * heading row with numbers of its own before its first sub-row).
 */
export function dealRowsByCount(input: DealInput): Segmentation<string> | null {
  const { tokens, rowStart, ncols } = input;
  const rows: DealtRow[] = [];
  const free: RowItem[] = [];
  // The row whose label text stands earlier on the current line.
  let lineOwner: DealtRow | null = null;
  let line = -1;
  // Runs: items with no text between them (as segmentRows counts them).
  let run = 0;
  let textSinceItem = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as TableToken;
    if (t.kind === 'break') {
      if (t.reason === 'end') break;
      continue;
    }
    if (t.line !== line) {
      line = t.line;
      lineOwner = null;
    }
    if (t.kind === 'label') {
      textSinceItem = true;
      const start = rowStart(t);
      const last = rows[rows.length - 1];
      if (start && start.key !== last?.segment.key) {
        const row: DealtRow = {
          segment: {
            key: start.key,
            label: t,
            labels: [t],
            how: start.how,
            matched: start.matched,
            evidence: { items: [], gapsVisible: false, collapsedAfter: null },
            overflow: [],
            at: i,
          },
          onLine: [],
        };
        rows.push(row);
        lineOwner = row;
      } else if (last) {
        last.segment.labels.push(t);
        lineOwner = last;
      }
      continue;
    }
    if (!isItem(t)) continue;
    if (textSinceItem) run++;
    textSinceItem = false;
    const item: RowItem = { token: t, collapsedBefore: 0, run };
    if (lineOwner) lineOwner.onLine.push(item);
    else free.push(item);
  }
  // A heading row right before its first sub-row (（六）其他处理, then 1.申请人…) is the sub-rows' label cell.
  const kept: DealtRow[] = [];
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as DealtRow;
    const next = rows[k + 1];
    if (next && next.segment.key.startsWith(`${row.segment.key}.`)) {
      if (row.onLine.length > 0) return null;
      continue;
    }
    kept.push(row);
  }
  let dealt = 0;
  for (const row of kept) {
    const lacks = ncols - row.onLine.length;
    if (lacks < 0 || dealt + lacks > free.length) return null;
    const items = row.segment.evidence.items;
    for (const item of row.onLine) items.push(item);
    for (let k = 0; k < lacks; k++) items.push(free[dealt + k] as RowItem);
    dealt += lacks;
  }
  if (kept.length === 0 || dealt !== free.length) return null;
  return { rows: kept.map((r) => r.segment), groups: [], orphans: [], orphanRows: [], runText: new Map() };
}
