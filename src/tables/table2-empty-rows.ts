/**
 * Table 二 rows that printed no number at all, in text whose lines are the page's lines (a PDF's
 * lines rebuilt from positions, `pdftotext -layout`, innerText). A blank cell of table 二 prints
 * nothing: a row every cell of which is blank is its label alone (`行政强制` under `行政处罚 30`, a
 * one-row sub-table `行政许可` between two captions). By itself a label without numbers is `missing`
 * (its numbers may have gone elsewhere). The evidence that they went nowhere, all required:
 * - the table's numbers follow their labels (the ownership repair decided it for the whole table),
 *   the text is no block stream, nor one whose numbers stand as blocks of their own;
 * - no number of the table is left without a row, nor after a row's cells, and no row holds more
 *   numbers than it has columns;
 * - every row of the sub-table is found once; each of the others is empty too, or states every cell
 *   (a number or a blank mark a column), each of them on a line of its own label's lines;
 * - no number or blank mark of the table stands on a line of the empty row's label;
 * - every line of the table is accounted for by its tokens (none left out as a page number).
 * Then no number of the table can be the row's: its cells are blank (the reader names them by a
 * warning, `blank-by-position`).
 */
import { cleanLabel } from './label-match.js';
import type { RowSegment } from './rows.js';
import type { TableToken } from './tokens.js';

/** A row of table 二 as the reader found it: its sub-table, its segment (if found) and its columns. */
export interface Table2FoundRow {
  /** The sub-table (any value identifying it: rows of one sub-table share it). */
  readonly sub: unknown;
  /** The row's segment; undefined where the row was not found. */
  readonly chosen: RowSegment<string> | undefined;
  /** The row's columns, read from its header. */
  readonly columns: readonly unknown[];
}

/** The line of the source text an offset range starts on (the reporter's location). */
export type LineOf = (start: number, end: number) => number;

/** The source lines of a row's label, first to last (a label wrapped over lines spans them). */
function labelLines(seg: RowSegment<string>, lineOf: LineOf): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  for (const l of seg.labels.length > 0 ? seg.labels : [seg.label]) {
    first = Math.min(first, lineOf(l.start, l.end));
    last = Math.max(last, lineOf(Math.max(l.start, l.end - 1), l.end));
  }
  return [first, last];
}

/**
 * Whether every line of the table region, first token to last, holds the start of a token, is a
 * blank line counted before the next token, or is the second line of a label over two: no line of
 * the table was left out of its tokens (a line of cells taken for a page number, `—— 0 ——`, between
 * the pieces of a wrapped label). A label over three lines or more hides what its middle lines held:
 * not accounted.
 */
function linesAccounted(tokens: readonly TableToken[], lineOf: LineOf): boolean {
  const covered = new Set<number>();
  let low = Infinity;
  let high = -Infinity;
  for (const t of tokens) {
    // (the region's end stands on whatever follows the table)
    if (t.kind === 'break' && t.reason === 'end') continue;
    const line = lineOf(t.start, t.end);
    low = Math.min(low, line);
    high = Math.max(high, line);
    covered.add(line);
    if (t.lineStart) for (let g = 1; g <= t.gapBefore; g++) covered.add(line - g);
    if (t.kind === 'label') {
      const last = lineOf(Math.max(t.start, t.end - 1), t.end);
      high = Math.max(high, last);
      if (last === line + 1) covered.add(last);
    }
  }
  for (let l = low; l <= high; l++) if (!covered.has(l)) return false;
  return true;
}

/** Whether a row shows nothing after its label (no number, no blank mark, nothing after a row end). */
function isEmpty(seg: RowSegment<string>): boolean {
  return seg.evidence.items.length === 0 && seg.overflow.length === 0;
}

/**
 * The empty rows whose cells are blank by the evidence of the module comment. `rows`: every row of
 * the template's version, found or not; `segments`: every row segment found (a key found twice
 * decides nothing); `tokens`: the table region's tokens; `strayValues`: whether a number of the
 * table is left without a row or after a row's cells; `linesKept`: whether the table's numbers
 * follow their labels on the page's lines (no block stream, no blocks of their own); `lineOf`: the
 * source line of an offset range (a token's own line index may count the tokenizer's lines, not the text's).
 */
export function emptyRowsOnTheirLines(
  rows: readonly Table2FoundRow[],
  segments: readonly RowSegment<string>[],
  tokens: readonly TableToken[],
  strayValues: boolean,
  linesKept: boolean,
  lineOf: LineOf,
): Set<RowSegment<string>> {
  const out = new Set<RowSegment<string>>();
  if (!linesKept || strayValues || !linesAccounted(tokens, lineOf)) return out;
  if (rows.some((r) => r.chosen !== undefined && r.chosen.evidence.items.length > r.columns.length)) return out;
  const cellLines = new Set<number>();
  for (const t of tokens) if (t.kind === 'value' || t.kind === 'blank') cellLines.add(lineOf(t.start, t.end));
  const timesFound = new Map<string, number>();
  for (const s of segments) timesFound.set(s.key, (timesFound.get(s.key) ?? 0) + 1);
  for (const sub of new Set(rows.map((r) => r.sub))) {
    const own = rows.filter((r) => r.sub === sub);
    if (own.some((r) => r.chosen === undefined || timesFound.get(r.chosen.key) !== 1 || r.columns.length === 0)) continue;
    const found = own.map((r) => ({ seg: r.chosen as RowSegment<string>, columns: r.columns.length }));
    // (digits inside a label: a number the tokenizer could not set apart from it is not "no number")
    const empty = found.filter((r) => isEmpty(r.seg) && !/\d/.test(cleanLabel(r.seg.label.text).clean));
    if (empty.length === 0) continue;
    const whole = found.every((r) => {
      if (empty.includes(r)) return true;
      if (r.seg.overflow.length > 0 || r.seg.evidence.items.length !== r.columns) return false;
      const [first, last] = labelLines(r.seg, lineOf);
      return r.seg.evidence.items.every((i) => {
        const line = lineOf(i.token.start, i.token.end);
        return line >= first && line <= last;
      });
    });
    if (!whole) continue;
    for (const r of empty) {
      const [first, last] = labelLines(r.seg, lineOf);
      let clear = true;
      for (let l = first; l <= last && clear; l++) if (cellLines.has(l)) clear = false;
      if (clear) out.add(r.seg);
    }
  }
  return out;
}
