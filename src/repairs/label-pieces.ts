/**
 * Repair: a row's first number wrapped over its label's lines, in a block stream (plain `pdftotext`
 * of a LibreOffice print, `block-stream.ts`). The first number column stands next to the labels, so
 * the first cell joins the label's block: its first piece ends the label's first line (`其他法律 470`)
 * and, where the number is wider than its cell, its later pieces are lines of the same block, after
 * the label's later lines (`公开` / `6` for 4706). A neighbouring cell one line high, centred between
 * the taller cell's lines, is written between the pieces (`470` / `2` / `公开` / `6`: 4706 and 2),
 * so which of the block's later lines continues the number is not in the text.
 *
 * This module only lists the *chains* a block's shape allows: the first piece (a number ending a
 * line that begins with label text, two digits or more, not starting with `0`, not glued) and one or
 * more later pieces of the same block (no blank line between), each a number alone on its line, on
 * later lines, every piece but the last as wide as the first, the last no wider. The table's
 * arithmetic chooses (`tables/label-joinings.ts`). At most {@link MAX_LABEL_CHAINS} chains a head
 * (more: the head is not listed) and {@link MAX_LABEL_LINES} lines of a block after the head.
 */
import { parseCellContent } from '../grammar/cell.js';
import type { TableToken, ValueToken } from '../tables/tokens.js';
import type { SideBlock } from './side-pieces.js';

/** Chains of one head at most (more: the head is left as printed). */
export const MAX_LABEL_CHAINS = 6;

/** Lines of the block after the head's line looked at, at most. */
export const MAX_LABEL_LINES = 8;

/** Pieces of one number after its first, at most (a wrapped count over its label's lines). */
const MAX_LATER_PIECES = 2;

/** Digits of a first piece at least (a number wider than its cell fills the line). */
const MIN_HEAD_DIGITS = 2;

/** A digits-only count (the text is normalised: full-width digits are ASCII). */
const PIECE_RE = /^\d+$/;

/** A number ending a label's line, and the ways its later pieces may continue it. */
export interface LabelHead {
  /** Index (in the token list) of the first piece. */
  readonly head: number;
  /** Each chain: indexes of the later pieces, top to bottom. */
  readonly chains: readonly (readonly number[])[];
}

function isPiece(t: TableToken | undefined): t is ValueToken {
  return t !== undefined && t.kind === 'value' && t.glued !== true && PIECE_RE.test(t.raw) && t.printed === undefined;
}

/** Whether the token at `k` is a number alone on its line (the first on it, the next token on a later line). */
function aloneOnLine(tokens: readonly TableToken[], k: number): boolean {
  const t = tokens[k];
  if (!isPiece(t) || !t.lineStart) return false;
  const n = tokens[k + 1];
  return n === undefined || n.kind === 'break' || n.line !== t.line;
}

/** Whether the token at `k` is a first piece: a number of two digits or more (no leading `0`) ending a line after label text. */
function isHead(tokens: readonly TableToken[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (!isPiece(t) || t.lineStart || before?.kind !== 'label' || before.line !== t.line) return false;
  if (t.raw.length < MIN_HEAD_DIGITS || t.raw.startsWith('0')) return false;
  const after = tokens[k + 1];
  return after === undefined || after.kind === 'break' || after.line !== t.line;
}

/** The chains of later pieces from `cands` (indexes of lone numbers after the head, in order) continuing `head`. */
function chainsOf(tokens: readonly TableToken[], head: ValueToken, cands: readonly number[]): number[][] {
  const width = head.raw.length;
  const out: number[][] = [];
  const walk = (from: number, chain: number[], line: number): void => {
    for (let c = from; c < cands.length; c++) {
      const k = cands[c] as number;
      const p = tokens[k] as ValueToken;
      if (p.line <= line || p.raw.length > width) continue;
      const next = [...chain, k];
      out.push(next);
      if (p.raw.length === width && next.length < MAX_LATER_PIECES) walk(c + 1, next, p.line);
    }
  };
  walk(0, [], head.line);
  return out;
}

/**
 * The heads of `tokens` (a block-stream region): numbers ending a line that begins with label text,
 * with the chains of later pieces their block allows (see the module comment). Heads with no chain,
 * or more than {@link MAX_LABEL_CHAINS}, are not listed.
 */
export function findLabelHeads(tokens: readonly TableToken[]): LabelHead[] {
  const out: LabelHead[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as ValueToken;
    if (!isHead(tokens, i)) continue;
    // the block's later lines: no blank line between, a bounded number of lines
    const cands: number[] = [];
    let line = t.line;
    for (let k = i + 1; k < tokens.length; k++) {
      const n = tokens[k] as TableToken;
      if (n.kind === 'break') {
        if (n.reason === 'end') break;
        continue;
      }
      if (n.line !== line && (n.gapBefore > 0 || n.line !== line + 1)) break;
      line = n.line;
      if (line - t.line > MAX_LABEL_LINES || isHead(tokens, k)) break;
      if (aloneOnLine(tokens, k)) cands.push(k);
    }
    const chains = chainsOf(tokens, t, cands);
    if (chains.length > 0 && chains.length <= MAX_LABEL_CHAINS) out.push({ head: i, chains });
  }
  return out;
}

/**
 * `tokens` with each chosen head joined to its chain's pieces (the pieces dropped, the joined token
 * keeping them as `printed`); null where a joined number is no number.
 */
export function withLabelChains(
  tokens: readonly TableToken[],
  chosen: readonly { head: number; chain: readonly number[] }[],
): TableToken[] | null {
  const drop = new Set<number>();
  const put = new Map<number, ValueToken>();
  for (const { head, chain } of chosen) {
    const first = tokens[head] as ValueToken;
    const pieces = chain.map((k) => tokens[k] as ValueToken);
    const raw = [first, ...pieces].map((p) => p.raw).join('');
    const content = parseCellContent(raw);
    if (!content || content.kind !== 'number') return null;
    for (const k of chain) drop.add(k);
    put.set(head, { ...first, raw, content, printed: [first, ...pieces] });
  }
  const out: TableToken[] = [];
  tokens.forEach((t, k) => {
    if (!drop.has(k)) out.push(put.get(k) ?? t);
  });
  return out;
}

/** Numbers ending a label's line at most (a whole row beside its label). */
const MAX_LABEL_SIDE_HEADS = 7;

/** Lines of a label's block after its numbers' line looked at, at most (label lines and lines of pieces). */
const MAX_LABEL_SIDE_LINES = 6;

/** Whether every token of a line (indexes) is a label. */
function allLabels(tokens: readonly TableToken[], idx: readonly number[]): boolean {
  return idx.every((k) => (tokens[k] as TableToken).kind === 'label');
}

/** The tokens of the line starting at `i` (up to a break or the next line). */
function lineFrom(tokens: readonly TableToken[], i: number): number[] {
  const first = tokens[i] as TableToken;
  const idx: number[] = [];
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k] as TableToken;
    if (t.kind === 'break' || t.line !== first.line) break;
    idx.push(k);
  }
  return idx;
}

/**
 * Blocks of numbers side by side that end a label's line, with their later pieces under the label's
 * later lines (plain `pdftotext` writes a row's cells on its label's baseline after the label text,
 * and where a cell is wider than its column, the pieces on the next lines, after the label's next
 * line: `(二)部分公开… 692 695 0 408 661 33 248` / `…情形）` / `9`). The same shape as
 * {@link findSideBlocks}'s blocks, read by the same joinings (`repairs/side-pieces.ts`): heads are the
 * numbers (one to seven) after the label text of a line, pieces the numbers of the lines of numbers
 * alone that follow, after the label's lines (no blank line between; a line of numbers alone no
 * longer than the heads, fewer than seven), up to the first other line.
 */
export function findLabelSideBlocks(tokens: readonly TableToken[]): SideBlock[] {
  const out: SideBlock[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as TableToken;
    if (t.kind !== 'label' || !t.lineStart) {
      i++;
      continue;
    }
    const line = lineFrom(tokens, i);
    const next = (line[line.length - 1] as number) + 1;
    const block = allLabels(tokens, line) ? underLabel(tokens, next, t.line) : besideLabel(tokens, line, next);
    if (block) out.push(block);
    i = Math.max(next, i + 1);
  }
  return out;
}

/** The lines of numbers alone from `at` on (the line after `last`, no blank line between): their token indexes, and the index after them. */
function numberLines(tokens: readonly TableToken[], at: number, last: number, width: number): { pieces: number[]; next: number } {
  const pieces: number[] = [];
  let lines = 0;
  while (at < tokens.length && lines < MAX_LABEL_SIDE_LINES) {
    const n = tokens[at] as TableToken;
    if (n.kind === 'break' || n.gapBefore !== 0 || n.line !== last + 1 || !n.lineStart) break;
    const l = lineFrom(tokens, at);
    if (!l.every((k) => isPiece(tokens[k])) || l.length > width || l.length >= MAX_LABEL_SIDE_HEADS) break;
    pieces.push(...l);
    last = n.line;
    lines++;
    at = (l[l.length - 1] as number) + 1;
  }
  return { pieces, next: at };
}

/** Numbers ending the label's line `line`, their pieces on the lines of numbers alone after the label's later lines. */
function besideLabel(tokens: readonly TableToken[], line: readonly number[], next: number): SideBlock | null {
  const firstValue = line.findIndex((k) => (tokens[k] as TableToken).kind !== 'label');
  const heads = firstValue < 0 ? [] : line.slice(firstValue);
  if (heads.length === 0 || heads.length > MAX_LABEL_SIDE_HEADS || !heads.every((k) => isPiece(tokens[k]))) return null;
  // the label's later lines, then the pieces
  let at = next;
  let last = (tokens[line[0] as number] as TableToken).line;
  for (let lines = 0; at < tokens.length && lines < MAX_LABEL_SIDE_LINES; lines++) {
    const n = tokens[at] as TableToken;
    if (n.kind !== 'label' || n.gapBefore !== 0 || n.line !== last + 1 || !n.lineStart) break;
    const l = lineFrom(tokens, at);
    if (!allLabels(tokens, l)) break;
    last = n.line;
    at = (l[l.length - 1] as number) + 1;
  }
  const { pieces } = numberLines(tokens, at, last, heads.length);
  return pieces.length > 0 ? { heads, pieces } : null;
}

/**
 * A line of numbers alone right under a label's last line (`其他` / `318 1719` / `0`: a header's
 * or a label's block holding the cells on its baseline), its pieces on the next lines of numbers
 * alone, the block set off after them by a blank line (or the region's end).
 */
function underLabel(tokens: readonly TableToken[], at: number, labelLine: number): SideBlock | null {
  const h = tokens[at];
  if (h === undefined || h.kind !== 'value' || h.gapBefore !== 0 || h.line !== labelLine + 1 || !h.lineStart) return null;
  const line = lineFrom(tokens, at);
  if (line.length > MAX_LABEL_SIDE_HEADS || !line.every((k) => isPiece(tokens[k]))) return null;
  const { pieces, next } = numberLines(tokens, (line[line.length - 1] as number) + 1, h.line, line.length);
  const after = tokens[next];
  const setOff = after === undefined || after.gapBefore >= 1 || (after.kind === 'break' && after.reason === 'end');
  return pieces.length > 0 && setOff ? { heads: line, pieces } : null;
}
