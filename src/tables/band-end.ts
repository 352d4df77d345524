/**
 * Where a row's band of wrapped pieces ends (`wrapped-cells.ts`): the band runs from the row's label
 * to the next row's label, but the next row's label is found only where the reader can name it. A
 * row it cannot name there (its label's first line a piece that names no row alone, `无正当理由` over
 * `大量反复申请`; a group's label, `三、本年` over `度办理结果`) still starts a line of its own: the
 * beginning of a label of the table, in the row labels' column, before that line's numbers. A line of
 * the band led by such text is no line of the row's cells (a table's row starts under the tallest
 * cell of the row before it), so the band ends before it. Without this, the numbers of the unnamed
 * row's first line joined the pieces above them: a row's pieces `０ ０ ３ ３` over `４ ４` (0, 0, 34,
 * 34) and the next row's `３ ３ ６` (3, 3, 6) add up joined too (0, 0, 343, 3, 346: each sum holds,
 * so the joined one does), and no equation told them apart.
 *
 * Only the beginning of a label as the template writes it (with or without its list number `4.`)
 * ends a band: a group label's later piece printed in the same column (`本年`, `理结果`, `提供`, the
 * group's cell spanning the rows), a character of a label centred in its cell (`认`), a page's own text
 * do not. Nor does text left of the row's label, nor any piece of the row's own label (one the reader
 * joined to it, or text found in the row's template label).
 */
import { cleanText } from './label-match.js';
import type { RowItem } from './placement.js';
import { printedColumn, type LabelToken, type TableToken } from './tokens.js';

/**
 * Characters text may stand left of the row's label and still be in the row labels' column (a line's
 * grid shifts it by a character).
 */
const LABEL_COLUMN_MARGIN = 1;

/**
 * Characters the text leading a line must have to be the beginning of a label (one character begins
 * too many), and characters of the row's template label that find where its text starts in a label
 * token.
 */
const START_CHARS = 2;

/** A template label's list number (`4.`, cleaned to `4`): not printed in every table. */
const LIST_NUMBER_RE = /^[0-9０-９]+/;

/** A label's numbering, cleaned (`3.`, `三、（一）`, `（六）`: digits and numerals left). */
const NUMBERING_RE = /[0-9０-９一二三四五六七八九十]/g;

/**
 * The beginnings a band may end at: the table's template labels (rows and groups), cleaned, each
 * also without its list number.
 */
export function labelBeginnings(labels: readonly string[]): string[] {
  const out = new Set<string>();
  for (const l of labels) {
    const clean = cleanText(l);
    out.add(clean);
    out.add(clean.replace(LIST_NUMBER_RE, ''));
  }
  return [...out].filter((l) => l.length >= START_CHARS);
}

/** {@link labelBeginnings} of a template's rows, made once per rows array (a template's definitions are constants). */
const beginningsOfRows = new WeakMap<readonly { label: string }[], readonly string[]>();

/**
 * {@link labelBeginnings} of a table definition's rows' labels, remembered per definition: the same
 * strings every parse of a table of that template reads.
 */
export function templateLabelBeginnings(rows: readonly { label: string }[]): readonly string[] {
  let out = beginningsOfRows.get(rows);
  if (out === undefined) {
    out = labelBeginnings(rows.map((d) => d.label));
    beginningsOfRows.set(rows, out);
  }
  return out;
}

/**
 * The column where the row's own label starts in its first label token: a group label's piece printed
 * one space before it is read into the token (`无法提 没有现成信息需要另行制作`), and the row labels'
 * column is where the template's text starts (the token's own column where it is not found, or where
 * only the label's numbering stands before it).
 */
function ownStart(first: LabelToken, template: string): number {
  const head = template.replace(LIST_NUMBER_RE, '').slice(0, START_CHARS);
  const at = head.length === START_CHARS ? first.text.indexOf(head) : -1;
  // (a list number before it, `3.`, `三、（一）`, is the label's own start)
  if (at <= 0 || cleanText(first.text.slice(0, at)).replace(NUMBERING_RE, '') === '') return first.column as number;
  return printedColumn(first, first.start + at) ?? (first.column as number) + at;
}

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

/** Where a band ends ({@link bandEnd}): the first line of it led by another label's beginning, and that text. */
export interface BandEnd {
  /** The line (the band's items on it and below are no cells of the row). */
  readonly line: number;
  /** The text leading it (the beginning of another label). */
  readonly leader: LabelToken;
}

/**
 * The first line of the band led by the beginning of another label (see the module comment), or null
 * where no line is. `row`: its label pieces (the first its start) and the template's label it matched;
 * `text` the table's text by line ({@link textByLine}); `beginnings` the table's labels
 * ({@link labelBeginnings}).
 */
export function bandEnd(
  band: readonly RowItem[],
  row: { readonly labels: readonly LabelToken[]; readonly matched: string },
  text: ReadonlyMap<number, readonly LabelToken[]>,
  beginnings: readonly string[],
): BandEnd | null {
  const first = row.labels[0];
  if (!first || first.column === undefined) return null;
  const template = cleanText(row.matched);
  const labelColumn = ownStart(first, template);
  const joined = new Set(row.labels.map((l) => l.start));
  const begins = (t: LabelToken): boolean => {
    if (joined.has(t.start)) return false;
    const words = cleanText(t.text);
    return words.length >= START_CHARS && !template.includes(words) && beginnings.some((b) => b.startsWith(words));
  };
  // (each line's first piece: the text before it on its line leads it)
  const lead = new Map<number, number>();
  for (const i of band) {
    const at = lead.get(i.token.line);
    if (at === undefined || i.token.start < at) lead.set(i.token.line, i.token.start);
  }
  let out: BandEnd | null = null;
  for (const [line, start] of lead) {
    if (line <= first.line || (out !== null && line >= out.line)) continue;
    const leader = (text.get(line) ?? []).find(
      (t) => t.start < start && (t.column as number) >= labelColumn - LABEL_COLUMN_MARGIN && begins(t),
    );
    if (leader) out = { line, leader };
  }
  return out;
}

/**
 * The band's items above its first line led by the beginning of another label ({@link bandEnd}): the
 * band itself where no line is.
 */
export function bandBeforeUnnamedRow(
  band: readonly RowItem[],
  row: { readonly labels: readonly LabelToken[]; readonly matched: string },
  text: ReadonlyMap<number, readonly LabelToken[]>,
  beginnings: readonly string[],
): readonly RowItem[] {
  const end = bandEnd(band, row, text, beginnings);
  return end === null ? band : band.filter((i) => i.token.line < end.line);
}

/**
 * The items a row's band takes from the band of the row printed before it: those on and below the
 * line where that band ends ({@link bandEnd}), where the text leading that line begins this row's own
 * label as the template writes it, and no other label of the table (`5.要求行政机关确` over `认`,
 * `或重新出具已获取`: the reader found the row at a later piece of its label; `属于行` begins two rows'
 * labels, `7.属于行` a row the reader did not find), and this row's found label stands below it. A
 * table's row starts under the tallest cell of the row before it, so the numbers printed from the line
 * of its label's beginning on are its own, not the row above's. None otherwise. `labels`: the table's
 * labels as the template writes them (rows and groups), by key.
 */
export function bandFromRowBefore(
  beforeBand: readonly RowItem[],
  end: BandEnd | null,
  row: { readonly key: string; readonly label: LabelToken },
  labels: readonly { readonly key: string; readonly label: string }[],
): readonly RowItem[] {
  if (end === null || row.label.line <= end.line) return [];
  const words = cleanText(end.leader.text);
  const begun = labels.filter((l) => labelBeginnings([l.label]).some((b) => b.startsWith(words)));
  if (begun.length !== 1 || begun[0]?.key !== row.key) return [];
  return beforeBand.filter((i) => i.token.line >= end.line);
}
