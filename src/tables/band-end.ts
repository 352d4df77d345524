/**
 * Where a row's band of wrapped pieces ends (`wrapped-cells.ts`): the band runs from the row's label
 * to the next row's label, but the next row's label is found only where the reader can name it. A
 * row it cannot name (its label's first line a piece that names no row alone, `无正当理由`, read only
 * with the line under it, or no row at all) still starts a line of its own: text in the row labels'
 * column, before that line's numbers. A line of the band led by such text is no line of the row's
 * cells (a table's row starts under the tallest cell of the row before it), so the band ends before
 * it. Without this, the numbers of the unnamed row's first line joined the pieces above them: a
 * row's pieces `０ ０ ３ ３` over `４ ４` (0, 0, 34, 34) and the next row's `３ ３ ６` (3, 3, 6) add up
 * joined too (0, 0, 343, 3, 346: each sum holds, so the joined one does), and no equation told them
 * apart.
 *
 * Text left of the row's label (a group's label printed in the column before, `度办`, `理结`) is
 * no row's start; nor is any piece of the row's own label: one the reader joined to it, or text
 * found in the template's label of the row (`费通知要求缴纳费`, the reader having joined the label's
 * lines elsewhere).
 */
import { cleanText } from './label-match.js';
import type { RowItem } from './placement.js';
import type { LabelToken, TableToken } from './tokens.js';

/**
 * Characters text may stand left of the row's label and still be in the row labels' column (a line's
 * grid shifts it by a character).
 */
const LABEL_COLUMN_MARGIN = 1;

/** The text (label tokens) of a table's tokens that carry a character column, by line. */
export function textByLine(tokens: readonly TableToken[]): Map<number, LabelToken[]> {
  const out = new Map<number, LabelToken[]>();
  for (const t of tokens) {
    if (t.kind !== 'label' || t.column === undefined) continue;
    const l = out.get(t.line);
    if (l) l.push(t);
    else out.set(t.line, [t]);
  }
  return out;
}

/**
 * The band's items above its first line led by another row's text (see the module comment): the
 * band itself where no line is. `row`: its label pieces (the first its start) and the template's
 * label it matched; `text` the table's text by line ({@link textByLine}).
 */
export function bandBeforeUnnamedRow(
  band: readonly RowItem[],
  row: { readonly labels: readonly LabelToken[]; readonly matched: string },
  text: ReadonlyMap<number, readonly LabelToken[]>,
): readonly RowItem[] {
  const first = row.labels[0];
  if (!first || first.column === undefined) return band;
  const labelColumn = first.column;
  const joined = new Set(row.labels.map((l) => l.start));
  const template = cleanText(row.matched);
  const own = (t: LabelToken): boolean => {
    if (joined.has(t.start)) return true;
    const words = cleanText(t.text);
    return words.length > 0 && template.includes(words);
  };
  // (each line's first piece: the text before it on its line leads it)
  const lead = new Map<number, number>();
  for (const i of band) {
    const at = lead.get(i.token.line);
    if (at === undefined || i.token.start < at) lead.set(i.token.line, i.token.start);
  }
  let end = Number.POSITIVE_INFINITY;
  for (const [line, start] of lead) {
    if (line <= first.line || line >= end) continue;
    const led = (text.get(line) ?? []).some((t) => t.start < start && !own(t) && (t.column as number) >= labelColumn - LABEL_COLUMN_MARGIN);
    if (led) end = line;
  }
  return end === Number.POSITIVE_INFINITY ? band : band.filter((i) => i.token.line < end);
}
