/**
 * Repair: table 四 printed column by column (plain `pdftotext` reads some tables a column at a time:
 * `行政复议` / `结果维持` / `3` / `结果纠正` / `0` / … / `复议后起诉` / `结果维持` / `0` …). Each number
 * then stands right after the header of its own column, under the last group header printed, and
 * that is the evidence: a number is placed by the group and column named right before it, never by
 * its position in the stream.
 *
 * The reading is used only when it explains every number of the table: each number follows a column
 * header (with no other number between them) under a known group, and no cell is named twice. A
 * header followed by no number is a cell that vanished (a blank, in plain text): it stays missing.
 * In the ordinary layout (the whole header, then the row of fifteen) the second number follows no
 * header of its own, so the repair declines.
 */
import { cleanText } from '../tables/label-match.js';
import type { BlankToken, TableToken, ValueToken } from '../tables/tokens.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS, type Table4GroupKey } from '../template/table4.js';

/** What the repair decided: the cell (index in the row of fifteen) of each number. */
export interface Table4ColumnsDecision {
  /** The repair. */
  repair: 'table-by-columns';
  /** Cell index (group × 5 + column) → the token printed under its header. */
  cells: ReadonlyMap<number, ValueToken | BlankToken>;
}

const COLUMN_LABELS = TABLE4_COLUMNS.map((c) => cleanText(c.label));

/**
 * Reads table 四 by the headers printed before each number (see the module comment); null when the
 * tokens are not laid out column by column. `groupOf` names the group a label announces (the
 * reader's own classification), or null.
 */
export function readByColumnHeaders(
  tokens: readonly TableToken[],
  groupOf: (text: string) => Table4GroupKey | null,
): Table4ColumnsDecision | null {
  const cells = new Map<number, ValueToken | BlankToken>();
  let group: number | null = null;
  let column: number | null = null;
  let numbers = 0;
  for (const t of tokens) {
    if (t.kind === 'break') continue;
    if (t.kind === 'label') {
      const c = cleanText(t.text);
      const col = COLUMN_LABELS.indexOf(c);
      if (col >= 0) {
        column = col;
        continue;
      }
      const g = groupOf(t.text);
      if (g) {
        group = TABLE4_GROUPS.findIndex((x) => x.key === g);
        column = null;
      } else if (c === '行政诉讼') {
        group = null;
        column = null;
      }
      continue;
    }
    if (t.kind === 'blank' && t.raw === '') continue;
    numbers++;
    if (group === null || column === null) return null;
    const at = group * TABLE4_COLUMNS.length + column;
    if (cells.has(at)) return null;
    cells.set(at, t);
    column = null;
  }
  // One number under its header says nothing about the layout: at least two columns must be named.
  if (numbers < 2 || cells.size !== numbers) return null;
  return { repair: 'table-by-columns', cells };
}
