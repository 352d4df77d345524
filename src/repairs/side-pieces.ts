/**
 * Repair: two or more numbers wrapped side by side in one block of a block stream (plain
 * `pdftotext` of a LibreOffice print, `block-stream.ts`). Neighbouring cells on one baseline print
 * as one block, their first pieces on its first line (`15 65`), and where the numbers are wider than
 * their cells the later pieces follow on the block's next lines (`4` / `6` for 154 and 656). Which
 * cell a later piece continues is not in the text: poppler writes the pieces of one baseline on one
 * line or on several, so a line's place says nothing of its cell.
 *
 * This module only lists the *joinings* a block's shape allows; the table's arithmetic chooses
 * (`tables/table3.ts`: each joining is read and kept only where the reading states more and breaks
 * no row; several kept → the cells they differ on are `ambiguous`). A joining gives each later piece,
 * in the order printed, to one of the first line's numbers; a number's pieces break as a wrapped
 * number does (every piece but the last as wide as its first, the last no wider, a first piece
 * starting with `0` never wraps); pieces printed on one line belong to different numbers, left to
 * right. The joinings are listed by a bounded walk: a block with more than
 * {@link MAX_SIDE_JOININGS} is not listed (left as printed: its cells stay flagged).
 */
import { parseCellContent } from '../grammar/cell.js';
import type { TableToken, ValueToken } from '../tables/tokens.js';

/** Joinings of one block at most (more: the block is left as printed). */
export const MAX_SIDE_JOININGS = 8;

/** Steps of the walk listing one block's joinings at most. */
const MAX_SIDE_STEPS = 20_000;

/** Joinings the walk lists at most before the caller's check narrows them (more: the block is not listed). */
const MAX_SIDE_LISTED = 1_000;

/** Lines of a block at most (the first line and its later pieces). */
const MAX_SIDE_LINES = 6;

/** Numbers side by side on a block's first line at most (a whole row); a later line holds fewer. */
const MAX_SIDE_HEADS = 7;

/** A digits-only count (the text is normalised: full-width digits are ASCII). */
const PIECE_RE = /^\d+$/;

/** A block of numbers side by side whose later lines hold pieces: the token indexes of its first line and of its later pieces. */
export interface SideBlock {
  /** Indexes (in the token list) of the numbers on the block's first line, left to right. */
  readonly heads: readonly number[];
  /** Indexes of the later pieces, in the order printed. */
  readonly pieces: readonly number[];
}

function isPiece(t: TableToken | undefined): t is ValueToken {
  return t !== undefined && t.kind === 'value' && t.glued !== true && PIECE_RE.test(t.raw) && t.printed === undefined;
}

/** The tokens of line `line` starting at `i`: their indexes, or null where one is not a plain piece. */
function lineAt(tokens: readonly TableToken[], i: number): { idx: number[]; next: number } {
  const first = tokens[i] as TableToken;
  const idx: number[] = [];
  let k = i;
  while (k < tokens.length && (tokens[k] as TableToken).line === first.line && (tokens[k] as TableToken).kind !== 'break') {
    idx.push(k);
    k++;
  }
  return { idx, next: k };
}

/**
 * The blocks of `tokens` (a block-stream region) whose first line holds two or more numbers and
 * nothing else, followed by lines of numbers alone, a blank line (or the region's end) before and
 * after it.
 */
export function findSideBlocks(tokens: readonly TableToken[]): SideBlock[] {
  const out: SideBlock[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as TableToken;
    if (t.kind !== 'value' || !t.lineStart || t.gapBefore < 1) {
      i++;
      continue;
    }
    const head = lineAt(tokens, i);
    if (head.idx.length < 2 || head.idx.length > MAX_SIDE_HEADS || !head.idx.every((k) => isPiece(tokens[k]))) {
      i = Math.max(head.next, i + 1);
      continue;
    }
    const pieces: number[] = [];
    let at = head.next;
    let lines = 1;
    let line = t.line;
    while (at < tokens.length) {
      const n = tokens[at] as TableToken;
      if (n.kind === 'break' || n.gapBefore !== 0 || n.line !== line + 1 || !n.lineStart) break;
      const l = lineAt(tokens, at);
      // (a later line as long as a whole row is a row of its own: the block is none)
      if (
        !l.idx.every((k) => isPiece(tokens[k])) ||
        l.idx.length > head.idx.length ||
        l.idx.length >= MAX_SIDE_HEADS ||
        lines >= MAX_SIDE_LINES
      )
        break;
      for (const k of l.idx) pieces.push(k);
      line = n.line;
      lines++;
      at = l.next;
    }
    const after = tokens[at];
    const setOff = after === undefined || after.gapBefore >= 1 || (after.kind === 'break' && after.reason === 'end');
    if (pieces.length > 0 && setOff) out.push({ heads: head.idx, pieces });
    i = Math.max(at, i + 1);
  }
  return out;
}

/**
 * The joinings `block`'s shape allows (see the module comment) and `fits` keeps (the caller's
 * arithmetic on the joined numbers, left to right): for each, the numbers of its first line with
 * their pieces joined, as tokens (`printed` keeps the pieces). `null` when more than
 * {@link MAX_SIDE_JOININGS} are kept or the walk runs out of steps.
 */
export function sideJoinings(
  tokens: readonly TableToken[],
  block: SideBlock,
  fits: (values: readonly number[]) => boolean = () => true,
): ValueToken[][] | null {
  const heads = block.heads.map((k) => tokens[k] as ValueToken);
  const pieces = block.pieces.map((k) => tokens[k] as ValueToken);
  const owner: number[] = [];
  const found: number[][] = [];
  let steps = 0;
  let over = false;
  // per head: pieces taken, and whether it is closed (took a piece narrower than its first)
  const taken = heads.map(() => 0);
  const closed = heads.map(() => false);
  const lastOnLine = heads.map(() => -1);
  const walk = (p: number): void => {
    if (over) return;
    if (++steps > MAX_SIDE_STEPS || found.length > MAX_SIDE_LISTED) {
      over = true;
      return;
    }
    if (p === pieces.length) {
      found.push([...owner]);
      return;
    }
    const piece = pieces[p] as ValueToken;
    for (let h = 0; h < heads.length; h++) {
      const head = heads[h] as ValueToken;
      if (closed[h] || head.raw.startsWith('0') || piece.raw.length > head.raw.length) continue;
      // pieces of one line: different numbers, left to right
      const prev = p > 0 ? (pieces[p - 1] as ValueToken) : undefined;
      if (prev && prev.line === piece.line && (owner[p - 1] as number) >= h) continue;
      if (lastOnLine[h] === piece.line) continue;
      owner[p] = h;
      const was = { taken: taken[h] as number, closed: closed[h] as boolean, line: lastOnLine[h] as number };
      taken[h] = was.taken + 1;
      closed[h] = piece.raw.length < head.raw.length;
      lastOnLine[h] = piece.line;
      walk(p + 1);
      taken[h] = was.taken;
      closed[h] = was.closed;
      lastOnLine[h] = was.line;
    }
  };
  walk(0);
  if (over) return null;
  const out: ValueToken[][] = [];
  for (const own of found) {
    const joined: ValueToken[] = [];
    let ok = true;
    heads.forEach((head, h) => {
      const mine = pieces.filter((_, p) => own[p] === h);
      if (mine.length === 0) {
        joined.push(head);
        return;
      }
      const chain = [head, ...mine];
      const raw = chain.map((c) => c.raw).join('');
      const content = parseCellContent(raw);
      if (!content || content.kind !== 'number') {
        ok = false;
        return;
      }
      joined.push({ ...head, raw, content, end: (mine[mine.length - 1] as ValueToken).end, printed: chain });
    });
    if (ok && fits(joined.map((t) => t.content.value))) out.push(joined);
    if (out.length > MAX_SIDE_JOININGS) return null;
  }
  return out;
}

/** `tokens` with each block replaced by one of its joinings: its first line's numbers joined, its later pieces dropped. */
export function withJoinings(
  tokens: readonly TableToken[],
  chosen: readonly { block: SideBlock; joined: readonly ValueToken[] }[],
): TableToken[] {
  const drop = new Set<number>();
  const put = new Map<number, ValueToken>();
  for (const { block, joined } of chosen) {
    for (const k of block.pieces) drop.add(k);
    block.heads.forEach((k, h) => put.set(k, joined[h] as ValueToken));
  }
  const out: TableToken[] = [];
  tokens.forEach((t, k) => {
    if (drop.has(k)) return;
    out.push(put.get(k) ?? t);
  });
  return out;
}
