/**
 * Repair check: a row whose numbers stand after its label, where the text right before that label
 * is another printing of a different row's label (the same words as the label the reader chose for
 * that row elsewhere), with no number between them. Plain `pdftotext` of a browser's PDF that broke
 * a table over pages writes the last rows' labels stacked (`总计` over `结转下年度继续办理`) and then
 * their numbers: the first line of numbers under the two labels is the upper row's as much as the
 * lower's, and the reader, having tied the upper row to another printing of its label, gave them to
 * the lower one. Where the text does not tell which of the two rows owns the numbers, neither owns
 * them: the row's stated cells are candidates only.
 *
 * The evidence: the token right before the row's first label piece is a label (no number, no
 * blank between them), its words are another row's chosen label's words, and it is not that label
 * itself (the other row was read at another printing). The row holds numbers, after its label.
 *
 * Only where order alone ties the numbers to the row. Where the text places its numbers by position
 * (lines laid out from a PDF's measured text items, or a line of `pdftotext -layout` whose numbers
 * stand set off by runs of spaces), a first number on a line of the row's own label stands in the
 * band of that label: the row owns it, and there is no contest. The other printing comes before the
 * row's label, so on that line it stands left of it (a group cell's label printed over lines left of
 * the row's label, `其他` over `处理`, read as another printing of the row `其他`): the label right
 * before the numbers on their line is the row's.
 *
 * The repair decides; the reader applies the decision.
 */
import type { LabelToken, TableToken } from '../tables/tokens.js';

/** One row of the table, as the reader read it. */
export interface RepeatedLabelRow {
  /** Row key. */
  key: string;
  /** Where its chosen label (its first piece) starts. */
  labelStart: number;
  /** The words of its chosen label (whitespace removed). */
  labelWords: string;
  /** Where each piece of its chosen label starts. */
  pieceStarts: readonly number[];
  /** Where its first stated number starts; null when it states none. */
  firstItemStart: number | null;
  /** The lines its chosen label's pieces stand on (every line of a piece joined over lines). */
  labelLines: readonly number[];
  /**
   * The line of its first stated number, where the text places that number by position (lines laid
   * out from measured positions, or the number set off on its line); where that number's first piece
   * is printed on another line (wrapped under the label's line), the line of the first number whose
   * first piece is on its own line, placed so; null otherwise.
   */
  firstItemPlacedLine: number | null;
}

/** A label token's lines: its first, and down to its last piece's where it was joined over lines. */
export function tokenLines(t: LabelToken): number[] {
  const out: number[] = [];
  for (let line = t.line; line <= (t.lastLine ?? t.line); line++) out.push(line);
  return out;
}

/** Whether the row's first number is placed by position on a line of the row's own label: that line proves its ownership. */
function ownedByLine(r: RepeatedLabelRow): boolean {
  return r.firstItemPlacedLine !== null && r.labelLines.includes(r.firstItemPlacedLine);
}

/** Whitespace inside a label printed over lines or cells. */
const SPACE_RE = /\s+/g;

/** The words of a label, whitespace removed. */
export function labelWords(text: string): string {
  return text.normalize('NFKC').replace(SPACE_RE, '');
}

/**
 * The keys of the rows whose numbers stand after their label right after another printing of a
 * different row's label, with the key of that other row.
 */
export function rowsAfterRepeatedLabel(rows: readonly RepeatedLabelRow[], tokens: readonly TableToken[]): { key: string; other: string }[] {
  const out: { key: string; other: string }[] = [];
  const chosenStarts = new Set(rows.flatMap((r) => r.pieceStarts));
  for (const r of rows) {
    if (r.firstItemStart === null || r.firstItemStart < r.labelStart || ownedByLine(r)) continue;
    let before: TableToken | undefined;
    for (const t of tokens) {
      if (t.kind === 'break') continue;
      if (t.end > r.labelStart) break;
      before = t;
    }
    if (before?.kind !== 'label' || chosenStarts.has(before.start)) continue;
    const words = labelWords(before.text);
    if (words.length === 0) continue;
    const other = rows.find((o) => o.key !== r.key && o.labelWords === words && o.labelStart !== before.start);
    if (other) out.push({ key: r.key, other: other.key });
  }
  return out;
}
