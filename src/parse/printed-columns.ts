/**
 * Columns as printed. Normalisation takes out single spaces between Han characters (justification,
 * or a space between two cells' texts: `理结 不予公 家秘密` becomes `理结不予公家秘密`), so a column counted
 * in the normalised line is not the column the character was printed in. In space-aligned text
 * (`pdftotext -layout`) the printed column is evidence of which cell a character belongs to; this
 * marks each text line whose characters moved with the column of each as printed.
 */
import type { Line } from '../grammar/lines.js';

/**
 * Sets {@link Line.printedColumns} on the lines whose characters do not stand at the same distance
 * from the line start as in the text given to normalisation (`toOriginal`: the normalised text's way
 * back). One pair of look-ups a line where nothing moved.
 */
export function markPrintedColumns(lines: Line[], toOriginal: (start: number, end: number) => [number, number]): void {
  for (const l of lines) {
    if (l.kind !== 'text' || l.end <= l.start) continue;
    const from = toOriginal(l.start, l.start)[0];
    if (toOriginal(l.end, l.end)[0] - from === l.end - l.start) continue;
    const columns: number[] = [];
    for (let o = l.start; o < l.end; o++) columns.push(toOriginal(o, o)[0] - from);
    l.printedColumns = columns;
  }
}
