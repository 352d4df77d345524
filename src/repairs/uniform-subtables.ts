/**
 * Repair: a sub-table of table 二 whose every number is the same (a sub-table of zeros, common in
 * small agencies' reports), printed so that its numbers no longer stand by their rows. Plain
 * `pdftotext` of a LibreOffice print writes every cell as a block of its own: a wrapped row label
 * (`规范性` / `文件`) comes out after the row's numbers, the column headers' pieces between the labels
 * and the numbers, so the reader cannot tie the numbers to rows and leaves the cells flagged.
 *
 * The evidence is the count, never the order (as `uniform-table.ts` reads a whole table 三): between
 * the sub-table's caption (`第二十条第（一）项`, found once) and the next caption or the table's note
 * (`注：…`), the label text is exactly the template's row labels, each once, and header words (no
 * other row, no sum row `合计`: its numbers would be no cells of the template); no blank marker stands
 * there; and the numbers are exactly as many as the sub-table's cells (rows × columns), all of one
 * value (a run of zeros glued into one word, `00`, is that many zeros). No cell then vanished, each
 * cell holds one of the numbers, whichever it is, and so that value. The repair names the sub-tables
 * and their value; it decides nothing else and never changes a number.
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

/** The value every number of `tokens` states and how many cells they stand for; null where a blank stands or values differ. */
function oneValue(tokens: readonly TableToken[]): { value: number; raw: string; cells: number } | null {
  let value: number | null = null;
  let raw = '';
  let cells = 0;
  for (const t of tokens) {
    if (t.kind === 'blank') return null;
    if (t.kind !== 'value') continue;
    const n = cellsOf(t);
    if (n === 0 || t.content.kind !== 'number') return null;
    if (value !== null && t.content.value !== value) return null;
    if (value === null) raw = n === 1 ? t.raw : '0';
    value = t.content.value;
    cells += n;
  }
  return value === null ? null : { value, raw, cells };
}

/**
 * The sub-tables of `def` whose region in `tokens` (table 二's region) holds exactly their cells'
 * count of numbers, all of one value, beside their own row labels only (see the module comment).
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
  const out: UniformSubtable[] = [];
  for (const sub of def.subTables) {
    const start = at.get(sub.item);
    if (start === undefined || twice.has(sub.item)) continue;
    const end = bounds.find((b) => b > start) ?? tokens.length;
    const region = tokens.slice(start + 1, end);
    const found = oneValue(region);
    if (!found || found.cells !== sub.rows.length * sub.columns.length) continue;
    let text = '';
    for (const t of region) if (t.kind === 'label') text += cleanText(t.text);
    if (!rowsAndHeaderOnly(text, sub)) continue;
    out.push({ sub, value: found.value, raw: found.raw });
  }
  return out;
}
