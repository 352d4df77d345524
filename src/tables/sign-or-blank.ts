/**
 * A hyphen glued to the front of a number in a table-二 row (`其他对外管理服务事项-27`): the template
 * lets 本年增/减 be signed, and a document may write a blank cell as `-`. With the spaces gone, the
 * hyphen is a sign or a blank cell before the number, and nothing in the text tells which: both
 * readings are kept, so the cells they disagree on stay ambiguous.
 */
import { hasDigitRun, readingsOfRow } from './digit-runs.js';
import type { WorkBudget } from './budget.js';
import type { RowItem } from './placement.js';
import { hyphenAsBlank, type TableToken, type ValueToken } from './tokens.js';

/**
 * Whether a document writes blank cells as hyphens, by the tokens of a table: a hyphen read as a
 * blank cell (`202-行政强制`, `0--0`), or a hyphen glued before a number of an unsigned table (三, 四).
 * Without such evidence a glued hyphen in table 二 is the sign of 本年增/减.
 */
export function usesHyphenBlanks(tokens: readonly TableToken[], unsigned: boolean): boolean {
  for (const t of tokens) {
    if (t.kind === 'blank' && t.raw.includes('-')) return true;
    if (unsigned && isGluedHyphen(t)) return true;
  }
  return false;
}

/** A value glued to what stands before it and written with a leading hyphen (`-27`, `-`). */
function isGluedHyphen(t: TableToken): boolean {
  return t.kind === 'value' && t.glued === true && t.raw.startsWith('-');
}

/**
 * True when `tokens` hold a blank cell written as a mark (`-`, `/`, `—`, `无`: not an empty cell),
 * or, where the table's counts are `unsigned`, a glued value with a leading hyphen (a hyphen blank
 * glued to the next number): evidence of how the document prints its blank cells.
 */
export function writesBlankMarks(tokens: readonly TableToken[], unsigned: boolean): boolean {
  for (const t of tokens) {
    if (t.kind === 'blank' && t.uncertain !== true && t.raw.trim() !== '') return true;
    if (unsigned && isGluedHyphen(t)) return true;
  }
  return false;
}

/** A glued value written with a leading hyphen (`-27`): a sign, or a blank marker before `27`. */
function isGluedNegative(it: RowItem): boolean {
  const t = it.token;
  return isGluedHyphen(t) && t.raw.length > 1 && /\d/.test(t.raw.charAt(1));
}

/** The row's items with every glued leading hyphen read as a blank marker and its number unsigned; null when there is none. */
export function hyphensAsBlanks(items: readonly RowItem[]): RowItem[] | null {
  if (!items.some(isGluedNegative)) return null;
  const out: RowItem[] = [];
  for (const it of items) {
    if (!isGluedNegative(it)) {
      out.push(it);
      continue;
    }
    const [blank, value] = hyphenAsBlank(it.token as ValueToken);
    out.push({ ...it, token: blank }, { ...it, collapsedBefore: 0, token: value });
  }
  return out;
}

/** The values of a row's items, in order (`null` for a blank). */
function valuesOf(items: readonly RowItem[]): (number | null)[] {
  return items.map((it) => (it.token.kind === 'value' ? it.token.content.value : null));
}

/**
 * The readings of a row (see {@link readingsOfRow}, table 二: no arithmetic, vanished blanks kept)
 * and, in a document that writes blanks as hyphens (`hyphenBlanks`), where a hyphen is glued to the
 * front of a number, also the readings with that hyphen a blank cell. `null` when the row needs no reading of digit runs or glued hyphens (it is placed as
 * written), or when a search runs out of its budget.
 */
export function signOrBlankReadings(
  items: readonly RowItem[],
  ncols: number,
  accept: (values: (number | null)[]) => boolean,
  hyphenBlanks: boolean,
  budget?: WorkBudget,
): RowItem[][] | null {
  const asBlanks = hyphenBlanks ? hyphensAsBlanks(items) : null;
  if (!asBlanks) return hasDigitRun(items, ncols) ? readingsOfRow(items, ncols, accept, () => true, false, budget) : null;
  const out: RowItem[][] = [];
  for (const row of [items, asBlanks]) {
    if (hasDigitRun(row, ncols)) {
      const readings = readingsOfRow(row, ncols, accept, () => true, false, budget);
      if (readings === null) return null;
      for (const r of readings) out.push(r);
    } else if (row.length === ncols && accept(valuesOf(row))) {
      out.push(row.slice());
    } else if (row.length < ncols) {
      // A row short of cells and with no run to cut: its blanks vanished where nobody can tell.
      return null;
    }
  }
  return out.length > 0 ? out : null;
}
