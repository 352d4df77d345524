/**
 * Repair check: a row whose numbers stand on a line after another row's numbered label piece. Text
 * laid out from PDF positions (a Chromium print of a table with Word's narrow label cells) prints
 * each tall row's label wrapped a few characters a line, its numbers on the line of the label's
 * first piece, the numbering (`（8）` / `属于` / `行政` / `查询` / `事项`). A piece further down may be
 * the one the reader finds a row by (`执法` of the row above, wrapped below its own numbers): read
 * after that label, the row takes the numbers of the next line, whose numbered piece (`（8）`) begins
 * another row. Those numbers are that row's as much as (more than) this one's, and this row's own
 * may stand lines above, on its own numbered piece's line.
 *
 * The evidence read: the label text nearest before the row's first number on its line is numbered
 * (a list marker, with or without text after it); it is no label of a row the reader found
 * (`３．要求提供公开出版物`, found as its row, printed beside the row above's numbers in a tall
 * cell: the reader's other repairs weigh that); its marker (level and number) is one some data
 * row's template label carries (`（8）` as `8.属于行政查询事项`, `（七）` as `（七）总计`; a group's
 * `（三）`, printed beside its rows' numbers, begins no row) and not this row's (`7.属于行政执法案卷`
 * is 7 of level 3). Every stated cell of the row is then only a candidate (`ambiguous`; a stated
 * blank unknown).
 *
 * The repair decides; the reader applies the decision.
 */
import type { HeadingNumber } from '../grammar/heading.js';
import type { RowItem } from '../tables/placement.js';
import type { LabelToken, TableToken } from '../tables/tokens.js';

/** A row as the reader holds it. */
export interface NumberedPieceRow {
  /** The row's address prefix (`t3.results.denied.enforcementCaseFile`). */
  row: string;
  /** The numbering of the row's template label (`7.` of `7.属于行政执法案卷`), null when it has none. */
  templateNumber: HeadingNumber | null;
  /** The label tokens the row was found by (its own pieces). */
  labels: readonly LabelToken[];
  /** The items the row holds, in source order. */
  items: readonly RowItem[];
}

/** What the repair works from, given by the table reader. */
export interface NumberedPieceInput {
  /** The table's tokens in source order. */
  tokens: readonly TableToken[];
  /** The rows found (every data row the reader found a label of). */
  rows: readonly NumberedPieceRow[];
  /** The numbering of a label's text, null when it has none. */
  numberingOf: (label: LabelToken) => HeadingNumber | null;
  /** Whether a data row's template label carries this numbering (its level and number; a group's does not count). */
  numbersARow: (numbering: HeadingNumber) => boolean;
}

/** A row whose numbers stand after another row's numbered piece. */
export interface NumberedPieceDecision {
  /** The repair. */
  repair: 'numbered-piece';
  /** The row's address prefix. */
  row: string;
  /** The numbered piece its numbers stand after. */
  piece: LabelToken;
}

/** Finds the rows whose numbers stand after another row's numbered label piece (see the module comment). */
export function decideNumberedPiece(input: NumberedPieceInput): NumberedPieceDecision[] {
  const { tokens, rows, numberingOf, numbersARow } = input;
  const out: NumberedPieceDecision[] = [];
  const found = new Set(rows.flatMap((r) => r.labels));
  const index = new Map<number, number>();
  tokens.forEach((t, i) => index.set(t.start, i));
  for (const r of rows) {
    const first = r.items[0];
    const own = r.templateNumber;
    if (!first || own === null) continue;
    const at = index.get(first.token.start);
    if (at === undefined) continue;
    // (the label text nearest before the first number on its line, or, with only line ends between,
    // on a line before it: plain text prints each cell on a line of its own)
    let piece: LabelToken | null = null;
    for (let k = at - 1; k >= 0; k--) {
      const t = tokens[k] as TableToken;
      if (t.kind === 'label') {
        piece = t;
        break;
      }
      if (t.line !== first.token.line && t.kind !== 'break') break;
    }
    // (a label some row was found by is read with that row already: the reader's repairs weighed
    // which of the two rows the numbers on its line are)
    if (!piece || found.has(piece)) continue;
    // (a label piece set apart from its numbering by a cell gap, `（二）  部分`: the unfound label
    // pieces right before it on the line, nearest first, up to the first numbered one)
    const numbering = numberedRun(tokens, index.get(piece.start) ?? -1, found, numberingOf);
    if (!numbering || numbering.value === null || !numbersARow(numbering)) continue;
    if (numbering.level === own.level && numbering.value === own.value) continue;
    out.push({ repair: 'numbered-piece', row: r.row, piece });
  }
  return out;
}

/**
 * The numbering of the label piece at token `at` or, where it has none, of the label pieces right
 * before it on its line (label tokens only, none a row was found by), nearest first: the first
 * numbering met. A cell gap inside a label (LibreOffice's justified label text laid out from PDF
 * positions: `（二）  部分`) cuts its numbering off as a token of its own. Null where none is numbered.
 */
function numberedRun(
  tokens: readonly TableToken[],
  at: number,
  found: ReadonlySet<LabelToken>,
  numberingOf: (label: LabelToken) => HeadingNumber | null,
): HeadingNumber | null {
  const line = tokens[at]?.line;
  for (let k = at; k >= 0; k--) {
    const t = tokens[k] as TableToken;
    if (t.line !== line || t.kind !== 'label' || found.has(t)) return null;
    const numbering = numberingOf(t);
    if (numbering) return numbering;
  }
  return null;
}
