import { layoutText, type PositionedText } from 'zfxxgk-report';

/** One text item of 12 pt: the width of its characters (CJK and full-width digits one size, ASCII half). */
export function item(text: string, x: number, y: number, page = 1, size = 12): PositionedText {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? size : size / 2;
  return { text, page, x, y, width: w, size };
}

/** The non-empty lines of laid-out text, trimmed (page breaks left out). */
export const textLines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== '\f');

/**
 * A paragraph wrapped over three lines 18 pt apart, above a table: it gives a document its line
 * pitch of wrapped text (a table's rows stand 20 or more apart). Laid out, it is the first three lines.
 */
export const PARAGRAPH_LINES: readonly PositionedText[] = [
  item('段落第一行', 40, 796),
  item('段落第二行', 40, 778),
  item('段落第三行', 40, 760),
];

/** A table row of a grid fixture: its label and, per column, its number or `null` (a blank printed as nothing). */
export type GridRow = readonly [string, readonly (string | null)[]];

/**
 * The items of grid rows 30 pt apart from `top` down on one page: each label at x 40, each number at its
 * column's x (`columns`), a blank cell printed as nothing.
 */
export function gridRows(columns: readonly number[], list: readonly GridRow[], top: number, page: number): PositionedText[] {
  return list.flatMap(([label, cells], r) => {
    const y = top - 30 * r;
    return [item(label, 40, y, page), ...cells.flatMap((v, k) => (v === null ? [] : [item(v, columns[k] as number, y, page)]))];
  });
}

/** A number wrapped a digit to a line, its first digit at `y`, `pitch` (the line pitch) apart. */
export function digitStack(digits: string, x: number, y: number, pitch = 18): PositionedText[] {
  return [...digits].map((d, k) => item(d, x, y - pitch * k));
}

/** The lines `items` lay out to after {@link PARAGRAPH_LINES}' (left out), cells set off by ` | `. */
export const tableLinesAfterParagraph = (items: readonly PositionedText[]): string[] =>
  textLines(layoutText([...PARAGRAPH_LINES, ...items]).text)
    .slice(PARAGRAPH_LINES.length)
    .map((l) => l.split(/\s{2,}/).join(' | '));
