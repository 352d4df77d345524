/**
 * Two label cells wrapped side by side: a group label and the row label beside it, both in narrow
 * cells, each wrapped over a few lines. Plain `pdftotext` writes each line of the pair as one line,
 * the group's piece first (`（三） 1.属于` / `不予公 国家秘` / `开` / `密`), and normalisation may
 * run the two pieces of a line together (`不予公国家秘`). Joined as printed, the row label is none
 * of the template's (`1.属于不予公国家秘开密`), and its row is lost.
 *
 * The evidence is the template's label and the row label's list marker: the pieces are read as
 * the row label's column, starting at a piece that begins with a list marker (`1.`), each later
 * piece whole, without up to {@link MAX_GROUP_PREFIX} leading characters (the group's text run into
 * it), or left out (a line of the group's cell alone); the last piece (the text being classified)
 * is always used. A reading counts only when the joined text is exactly one template label, and
 * only when every such reading names the same row; otherwise nothing is read.
 */
import { parseHeadingNumber } from '../grammar/heading.js';
import type { LabelToken } from './tokens.js';

/** At most this many characters of the group label's text may stand before a row label's piece on its line. */
export const MAX_GROUP_PREFIX = 4;

/** At most this many pieces before the last are tried (the fragments a segmentation keeps). */
export const MAX_SIDE_PIECES = 3;

/** How a text classifies: its row (with its key) when it is exactly one template row label, else null. */
export type ExactRow<R extends { key: string }> = (text: string) => R | null;

/** The ways one piece may be read: left out (null), whole, or without its first k characters. */
function readingsOf(text: string, mayOmit: boolean): (string | null)[] {
  const out: (string | null)[] = mayOmit ? [null, text] : [text];
  for (let k = 1; k <= MAX_GROUP_PREFIX && k < text.length; k++) out.push(text.slice(k));
  return out;
}

/**
 * The row of the row label read from the right-hand column of `fragments` (unrecognised label
 * pieces before `last`, in source order) and `last` (see the module comment), or null when no
 * reading, or readings of different rows, fit. Bounded: at most
 * (2 + {@link MAX_GROUP_PREFIX})^{@link MAX_SIDE_PIECES} texts probed.
 */
export function sideBySideLabel<R extends { key: string }>(
  fragments: readonly LabelToken[],
  last: LabelToken,
  exactRow: ExactRow<R>,
): R | null {
  const pieces = fragments.slice(-MAX_SIDE_PIECES);
  let found: R | null = null;
  let clash = false;
  for (let s = 0; s < pieces.length && !clash; s++) {
    const first = (pieces[s] as LabelToken).text.trim();
    // The row label starts at its list marker, a whole piece of its own.
    const marker = parseHeadingNumber(first);
    if (!marker || marker.titleStart >= first.length) continue;
    const middle = pieces.slice(s + 1).map((p) => readingsOf(p.text.trim(), true));
    const tails = readingsOf(last.text.trim(), false);
    const walk = (k: number, text: string, changed: boolean): void => {
      if (clash) return;
      if (k === middle.length) {
        tails.forEach((tail, j) => {
          if (clash || tail === null || !(changed || j > 0)) return;
          const row = exactRow(text + tail);
          if (row === null) return;
          if (found !== null && found.key !== row.key) clash = true;
          found ??= row;
        });
        return;
      }
      (middle[k] as (string | null)[]).forEach((r, j) => {
        if (r === null) walk(k + 1, text, true);
        else walk(k + 1, text + r, changed || j > 1);
      });
    };
    walk(0, first, false);
  }
  return clash ? null : found;
}
