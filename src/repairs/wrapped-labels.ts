/**
 * Wrapped labels: a long row label printed in a narrow cell runs over several lines, and the row's
 * numbers stand on one of them (`pdftotext -layout` and the text of Office- or browser-printed PDFs
 * print the numbers on the line where the cell is vertically centred). Read in source order, the
 * pieces after the numbers open a row of their own and take the next row's numbers, or the numbers
 * go to the row before.
 *
 * The evidence is the template's labels: label pieces right before a run of numbers and label
 * pieces right after it are joined when, together, they are exactly one template label while the
 * pieces before and the pieces after are not one by themselves (`6.属于` / numbers / `四类过` /
 * `程性信` / `息`; `7.属于` / `行政执` / numbers / `法案卷`). Where two different labels could be
 * made around the same numbers, nothing is joined (the rows stay as they are read, and the reader
 * flags what does not fit). The repair returns the tokens with each joined label before its
 * numbers and what it joined; it never changes a number.
 */
import type { LabelToken, TableToken } from '../tables/tokens.js';

/** How a piece of label text classifies on its own (no reader state, no side effects). */
export type LabelProbe = (text: string) => { key: string; exact: boolean } | null;

/** One label joined around the numbers printed inside it. */
export interface WrappedLabel {
  /** The joined label (its location spans the first piece to the last). */
  label: LabelToken;
  /** The pieces, in source order. */
  pieces: readonly LabelToken[];
}

/** At most this many label pieces on each side of a run of numbers are tried (a label cell wraps over a few lines). */
export const MAX_WRAPPED_PIECES = 6;

const isItem = (t: TableToken): boolean => t.kind === 'value' || t.kind === 'blank';

/**
 * Joins labels wrapped around their numbers (see the module comment). Linear in the number of
 * tokens: at most {@link MAX_WRAPPED_PIECES}² probes per run of numbers. Returns `tokens` itself
 * when nothing is joined.
 */
export function joinWrappedLabels(tokens: readonly TableToken[], probe: LabelProbe, joined: WrappedLabel[]): readonly TableToken[] {
  const exact = (text: string): boolean => probe(text)?.exact ?? false;
  const joins: { from: number; items: readonly TableToken[]; to: number; label: LabelToken }[] = [];
  // Tokens before this index were used by a join: a piece is never used twice.
  let consumed = 0;
  let i = 0;
  while (i < tokens.length) {
    if (!isItem(tokens[i] as TableToken) || i === 0 || (tokens[i - 1] as TableToken).kind !== 'label') {
      i++;
      continue;
    }
    // A run of numbers (and the line breaks among them) from i to runEnd.
    let runEnd = i;
    while (runEnd < tokens.length && (isItem(tokens[runEnd] as TableToken) || (tokens[runEnd] as TableToken).kind === 'break')) runEnd++;
    const before = labelsBack(tokens, i, consumed);
    const after = labelsForward(tokens, runEnd);
    const join = uniqueJoin(before, after, exact, probe);
    if (join) {
      const pieces = [...before.slice(before.length - join.before), ...after.slice(join.skip, join.skip + join.after)];
      const skipped = after.slice(0, join.skip);
      const first = pieces[0] as LabelToken;
      const label: LabelToken = { ...first, text: pieces.map((p) => p.text).join(''), end: (pieces[pieces.length - 1] as LabelToken).end };
      let to = runEnd + join.skip + join.after;
      const rest = continuedRun(tokens, i, to, pieces);
      // The row's numbers go on after its last piece, on that piece's line: one row printed over
      // the lines of its label; the line break between the two runs is no row end.
      const items = rest === null ? tokens.slice(i, runEnd) : [...tokens.slice(i, runEnd).filter(isItem), ...tokens.slice(to, rest)];
      if (rest !== null) to = rest;
      joins.push({ from: i - join.before, items: [...items, ...skipped], to, label });
      joined.push({ label, pieces });
      consumed = to;
    }
    i = Math.max(runEnd, consumed);
  }
  if (joins.length === 0) return tokens;
  const out: TableToken[] = [];
  let k = 0;
  for (const j of joins) {
    while (k < j.from) out.push(tokens[k++] as TableToken);
    out.push(j.label);
    for (const t of j.items) out.push(t);
    k = j.to;
  }
  while (k < tokens.length) out.push(tokens[k++] as TableToken);
  return out;
}

/**
 * A second run of numbers right after a joined label's last piece, on that piece's line, when the
 * first run stands on the line of a piece too (`2.其他法律行政法 0 0 1 0` / `规禁止公开   0 0 1`):
 * the end of the second run (numbers and line breaks), or null.
 */
function continuedRun(tokens: readonly TableToken[], run: number, to: number, pieces: readonly LabelToken[]): number | null {
  const next = tokens[to];
  const last = pieces[pieces.length - 1] as LabelToken;
  const first = tokens[run] as TableToken;
  if (!next || !isItem(next) || next.line !== last.line) return null;
  if (!pieces.some((p) => p !== last && p.line === first.line)) return null;
  let end = to;
  while (end < tokens.length && (isItem(tokens[end] as TableToken) || (tokens[end] as TableToken).kind === 'break')) end++;
  return end;
}

/** The label tokens right before index `at` (source order), not reaching into consumed tokens. */
function labelsBack(tokens: readonly TableToken[], at: number, consumed: number): LabelToken[] {
  const out: LabelToken[] = [];
  for (let k = at - 1; k >= consumed && out.length < MAX_WRAPPED_PIECES; k--) {
    const t = tokens[k] as TableToken;
    if (t.kind !== 'label') break;
    out.unshift(t);
  }
  return out;
}

/** The label tokens from index `at` on. */
function labelsForward(tokens: readonly TableToken[], at: number): LabelToken[] {
  const out: LabelToken[] = [];
  for (let k = at; k < tokens.length && out.length < MAX_WRAPPED_PIECES; k++) {
    const t = tokens[k] as TableToken;
    if (t.kind !== 'label') break;
    out.push(t);
  }
  return out;
}

/**
 * The one way to join the last `before` pieces and the first `after` pieces into a template label
 * exactly, neither side being one on its own and no piece being one; null when there is none, or
 * when joins of different labels fit.
 */
function uniqueJoin(
  before: readonly LabelToken[],
  after: readonly LabelToken[],
  exact: (text: string) => boolean,
  probe: LabelProbe,
): { before: number; after: number; skip: number } | null {
  if (before.length === 0 || after.length === 0) return null;
  let found: { before: number; after: number; skip: number; key: string } | null = null;
  // skip 1: the first piece after the numbers is another cell's (a group label wrapped beside the
  // row label, `（四）无` / `法提供`), printed on the line of the row label's next piece.
  for (let skip = 0; skip <= 1; skip++) {
    const skipped = after[0] as LabelToken;
    if (skip === 1 && (after.length < 2 || exact(skipped.text) || (after[1] as LabelToken).line !== skipped.line)) break;
    let afterText = '';
    for (let r = 1; r + skip <= after.length; r++) {
      const piece = after[r + skip - 1] as LabelToken;
      if (exact(piece.text)) break;
      afterText += piece.text;
      if (exact(afterText)) break;
      let beforeText = '';
      for (let s = 1; s <= before.length; s++) {
        const bp = before[before.length - s] as LabelToken;
        if (exact(bp.text)) break;
        beforeText = bp.text + beforeText;
        if (exact(beforeText)) break;
        const whole = probe(beforeText + afterText);
        if (!whole?.exact) continue;
        if (found && found.key !== whole.key) return null;
        if (!found) found = { before: s, after: r, skip, key: whole.key };
      }
    }
  }
  return found ? { before: found.before, after: found.after, skip: found.skip } : null;
}
