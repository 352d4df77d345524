/**
 * Repair: a sub-table of table 二 whose every number is the same (a sub-table of zeros, common in
 * small agencies' reports), printed so that its numbers no longer stand by their rows. Plain
 * `pdftotext` of a LibreOffice print writes every cell as a block of its own: a wrapped row label
 * (`规范性` / `文件`) comes out after the row's numbers, the column headers' pieces between the labels
 * and the numbers, so the reader cannot tie the numbers to rows and leaves the cells flagged.
 *
 * The evidence is the count, never the order (as `uniform-table.ts` reads a whole table 三). Every
 * sub-table of the template is captioned once (`第二十条第（一）项`), no number stands before the first
 * caption, and each sub-table's region (its caption to the next, or to the table's note `注：…`)
 * holds label text that is exactly its template row labels, each once, and header words (no other
 * row, no sum row `合计`: its numbers would be no cells of the template), no blank marker, and exactly
 * as many numbers as its cells (rows × columns; a run of zeros glued into one word, `00`, is that
 * many zeros). So no cell of the table vanished: every cell holds a number. Every region is checked,
 * not only the sub-table read: a number can come out past the next caption (LibreOffice's plain text
 * prints a row's last cell after the next sub-table's caption), and a region that lost a blank and
 * took such a number counts right on its own; its neighbour then counts short. Then a sub-table whose
 * region's numbers are all one value holds that value in each cell, whichever number it is. The
 * repair names the sub-tables and their value; it decides nothing else and never changes a number.
 */
import { cleanText } from '../tables/label-match.js';
import type { TableToken, ValueToken } from '../tables/tokens.js';
import type { Table2Definition, Table2SubTableDefinition } from '../template/table2.js';

/** A sub-table every cell of which the count shows to hold one value. */
export interface UniformSubtable {
  /** The sub-table's definition. */
  sub: Table2SubTableDefinition;
  /** The one value of its numbers. */
  value: number;
  /** The number as printed (one of them). */
  raw: string;
}

/** A caption of table 二 (`第二十条第（一）项`, cleaned): its item. */
const CAPTION_RE = /第二十条第?([一二三四五六七八九十])项/;

/** The first header cell of every sub-table. */
const FIRST_HEADER = '信息内容';

/** A run of zeros glued into one word. */
const ZERO_RUN_RE = /^0+$/;

/** The table's note under the last sub-table (`注：本表统计时间为 …`): its numbers are dates, no cells. */
const NOTE_RE = /^\s*注[:：]/;

/** How many cells a value token stands for: one, or each zero of a glued run of zeros; 0 for no number. */
function cellsOf(t: ValueToken): number {
  if (t.content.kind !== 'number') return 0;
  return t.glued === true && ZERO_RUN_RE.test(t.raw) ? t.raw.length : 1;
}

/** The characters a sub-table's header may print: its column labels, their aliases and units, `信息内容`. */
function headerChars(sub: Table2SubTableDefinition): ReadonlySet<string> {
  const chars = new Set<string>(FIRST_HEADER);
  for (const c of sub.columns) {
    for (const l of [c.label, ...(c.aliases ?? []), ...(c.crossVersionAliases ?? [])]) for (const ch of cleanText(l)) chars.add(ch);
    if (c.unit !== null) for (const ch of c.unit) chars.add(ch);
  }
  return chars;
}

/**
 * Whether `text` (a sub-table's label text run together, cleaned) is the sub-table's row labels, each
 * once, and header words only.
 */
function rowsAndHeaderOnly(text: string, sub: Table2SubTableDefinition): boolean {
  let rest = text;
  // (longest labels first: a label inside another is found in the other's place otherwise)
  const rows = sub.rows
    .map((r) => [r.label, ...(r.aliases ?? [])].map(cleanText).sort((a, b) => b.length - a.length))
    .sort((a, b) => (b[0] ?? '').length - (a[0] ?? '').length);
  for (const labels of rows) {
    const found = labels.find((l) => l !== '' && rest.includes(l));
    if (found === undefined || rest.indexOf(found) !== rest.lastIndexOf(found)) return false;
    rest = rest.replace(found, '');
  }
  const allowed = headerChars(sub);
  for (const ch of rest) if (!allowed.has(ch)) return false;
  return true;
}

/** The value every number of `tokens` states (numbers only: {@link cellCount} checked them); null where they differ. */
function oneValue(tokens: readonly TableToken[]): { value: number; raw: string } | null {
  let value: number | null = null;
  let raw = '';
  for (const t of tokens) {
    if (t.kind !== 'value' || t.content.kind !== 'number') continue;
    if (value !== null && t.content.value !== value) return null;
    if (value === null) raw = cellsOf(t) === 1 ? t.raw : '0';
    value = t.content.value;
  }
  return value === null ? null : { value, raw };
}

/**
 * The sub-tables of `def` each of whose numbers is one value, where every sub-table's region in
 * `tokens` (table 二's region, caption to caption) holds exactly its cells' count of numbers beside
 * its own row labels only (see the module comment); none where any region does not.
 */
export function uniformSubtables(tokens: readonly TableToken[], def: Table2Definition): UniformSubtable[] {
  // Each caption's index, by item; an item captioned twice is read for no sub-table.
  const at = new Map<string, number>();
  const twice = new Set<string>();
  const bounds: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'label') return;
    if (NOTE_RE.test(t.text)) bounds.push(i);
    const m = CAPTION_RE.exec(cleanText(t.text));
    if (!m?.[1]) return;
    bounds.push(i);
    if (at.has(m[1])) twice.add(m[1]);
    at.set(m[1], i);
  });
  const [first] = bounds;
  if (first === undefined || twice.size > 0 || tokens.slice(0, first).some((t) => t.kind === 'value')) return [];
  const out: UniformSubtable[] = [];
  for (const sub of def.subTables) {
    const start = at.get(sub.item);
    if (start === undefined) return [];
    const end = bounds.find((b) => b > start) ?? tokens.length;
    const region = tokens.slice(start + 1, end);
    const count = cellCount(region);
    if (count !== sub.rows.length * sub.columns.length) return [];
    let text = '';
    for (const t of region) if (t.kind === 'label') text += cleanText(t.text);
    if (!rowsAndHeaderOnly(text, sub)) return [];
    const found = oneValue(region);
    if (found) out.push({ sub, value: found.value, raw: found.raw });
  }
  return out;
}

/** How many cells the numbers of `tokens` stand for; null where a blank marker or a value that is no number stands. */
function cellCount(tokens: readonly TableToken[]): number | null {
  let cells = 0;
  for (const t of tokens) {
    if (t.kind === 'blank') return null;
    if (t.kind !== 'value') continue;
    const n = cellsOf(t);
    if (n === 0) return null;
    cells += n;
  }
  return cells;
}
