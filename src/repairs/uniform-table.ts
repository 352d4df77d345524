/**
 * Repair: a table whose every number is the same (a table of zeros, common in small agencies'
 * reports), printed so that its numbers no longer stand by their rows (plain `pdftotext` of a
 * browser print: each row's first number on its label's line, the other columns in blocks after the
 * table, or after the next section's heading).
 *
 * The evidence is the count, never the order: every data row of the template is there by its label,
 * once, the table holds no blank marker, and its numbers are exactly as many as its cells, all of one
 * value (a run of zeros glued into one word, `00`, is that many zeros: a count is never printed with
 * a leading zero). Then each cell holds one of the numbers, whichever it is, and so that value; the
 * order the numbers were printed in does not matter. The repair returns the tokens with each data
 * row's label followed by its cells (the numbers themselves, in their order), for the reader to read
 * as an ordinary table; it decides nothing else and never changes a number.
 */
import type { TableToken, ValueToken } from '../tables/tokens.js';

/** What the repair decided. */
export interface UniformTableDecision {
  /** The repair. */
  repair: 'uniform-table';
  /** The tokens rewritten: each data row's label token right before its cells. */
  tokens: TableToken[];
  /** The one value of every number. */
  value: number;
}

/** A recognised data row of the table: its key and the label token it was recognised at. */
export interface UniformRow {
  /** The row key. */
  key: string;
  /** Where its label was recognised (a token of the input). */
  label: TableToken;
}

const ZERO_RUN_RE = /^0+$/;

/** How many cells a value token stands for: one, or each zero of a glued run of zeros. */
function cellsOf(t: ValueToken): number {
  return t.glued === true && ZERO_RUN_RE.test(t.raw) ? t.raw.length : t.content.kind === 'number' ? 1 : 0;
}

/**
 * Decides the repair for `tokens` (a table's region): `rows` are the data rows the reader recognised
 * (in source order), `dataRowsOf` the template's data rows for each version (`versions`), `ncols`
 * the cells of a row. Null when any condition of the module comment fails.
 */
export function decideUniformTable(
  tokens: readonly TableToken[],
  rows: readonly UniformRow[],
  versions: readonly (readonly string[])[],
  ncols: number,
): UniformTableDecision | null {
  const cells: ValueToken[] = [];
  let value: number | null = null;
  for (const t of tokens) {
    if (t.kind === 'blank') return null;
    if (t.kind !== 'value') continue;
    const n = cellsOf(t);
    if (n === 0 || t.content.kind !== 'number') return null;
    if (value !== null && t.content.value !== value) return null;
    value = t.content.value;
    for (let k = 0; k < n; k++) cells.push(n === 1 ? t : { ...t, raw: '0', content: { ...t.content, value: 0 }, glued: false });
  }
  if (value === null) return null;
  const byKey = new Map<string, UniformRow>();
  for (const r of rows) {
    if (byKey.has(r.key)) return null;
    byKey.set(r.key, r);
  }
  const fits = versions.filter((keys) => keys.length * ncols === cells.length && keys.every((k) => byKey.has(k)));
  const [dataRows] = fits;
  if (fits.length !== 1 || !dataRows) return null;
  // Every number, line break and blank line out; each data row's cells right after its label token.
  const after = new Map<TableToken, string>(dataRows.map((k) => [(byKey.get(k) as UniformRow).label, k]));
  const out: TableToken[] = [];
  let next = 0;
  for (const t of tokens) {
    if (t.kind === 'value' || (t.kind === 'break' && t.reason !== 'end')) continue;
    out.push(t);
    if (!after.has(t)) continue;
    for (let k = 0; k < ncols; k++) out.push({ ...(cells[next++] as ValueToken), lineStart: false, gapBefore: 0 });
    out.push({ kind: 'break', reason: 'line', start: t.end, end: t.end, line: t.line, gapBefore: 0, lineStart: false });
  }
  return { repair: 'uniform-table', tokens: out, value };
}
