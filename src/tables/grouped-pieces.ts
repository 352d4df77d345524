/**
 * Pieces of grouped counts wrapped in their cells, in `pdftotext -layout` text. A count grouped by
 * thousands in a narrow cell breaks inside a group (`264,63` over `6` for 264,636): the first piece
 * ends in a group of one or two digits, which no count printed whole does, so the tokenizer reads
 * it (and the pieces printed beside it on its line, `264,63 362,21 450,88`) as label text, and the
 * stacked-number join ({@link joinStackedNumbers}) never sees a stack: the last pieces (`6 0 7`) stay
 * numbers no row holds.
 *
 * Here such a label is read as the pieces it is, only for the join: a label token every word of which
 * is a grouped count's first piece ({@link isGroupedHead}), one space apart, becomes one piece token a
 * word at its character column, and the stream is joined with them. The pieces are kept only where
 * every one of them was joined into a number of two pieces or more (the join's own evidence: stacked
 * in the same character columns on the lines of one row, each piece's shape, the joined text one
 * grouped count); else the stream is joined as it stands, the labels left as they were, and the
 * numbers on the line right under such a label that no stack took are candidates only (one of them may
 * be a last piece: {@link underPiecesUnproven}).
 *
 * Linear in the tokens, plus a second join where a label of pieces stands in the region.
 */
import { parseCellContent } from '../grammar/cell.js';
import { isGroupedHead } from './grouped-heads.js';
import { joinStackedNumbers } from './stacked-numbers.js';
import type { LabelToken, TableToken, ValueToken } from './tokens.js';

/** What {@link isGroupedHead} starts with (the cheap test first). */
const LEADING_DIGIT_RE = /^\d/;

/**
 * The piece tokens a label token stands for (each word a grouped count's first piece, at its own
 * character column), or null where any word is something else.
 */
function piecesOf(t: LabelToken): ValueToken[] | null {
  if (t.column === undefined || t.text.length !== t.end - t.start) return null;
  // (every word a grouped count's head, the first too: a label not starting with a digit is none; most labels)
  if (!LEADING_DIGIT_RE.test(t.text)) return null;
  const words = t.text.split(' ');
  if (!words.every(isGroupedHead)) return null;
  const out: ValueToken[] = [];
  let at = 0;
  for (const [k, w] of words.entries()) {
    // (the piece's digits alone parse as a number; the joined text is parsed again by the join)
    const content = parseCellContent(w.replace(/,/g, ''));
    if (content.kind !== 'number') return null;
    out.push({
      kind: 'value',
      raw: w,
      content,
      start: t.start + at,
      end: t.start + at + w.length,
      line: t.line,
      gapBefore: k === 0 ? t.gapBefore : 0,
      lineStart: k === 0 ? t.lineStart : false,
      column: t.column + at,
      ...(t.setOff === undefined ? {} : { setOff: t.setOff }),
      ...(t.page === undefined ? {} : { page: t.page }),
    });
    at += w.length + 1;
  }
  return out;
}

/**
 * {@link joinStackedNumbers}, with the labels that are pieces of grouped counts read as pieces where
 * the join takes every one of them (see the module's note). Where it does not take some, the labels
 * on those pieces' lines stay labels and the rest are joined again: kept where that join takes every
 * piece left (each block of lines is joined on its own evidence, and a line the join refused, its
 * pieces' columns not standing over their ends, does not undo the stacks of the others), the numbers
 * under the labels left marked as after any unjoined heads ({@link underPiecesUnproven}).
 */
export function joinStackedWithGroupedPieces(tokens: TableToken[]): TableToken[] {
  const first = joinedWithPieces(tokens, null);
  if (first === null) return joinStackedNumbers(tokens);
  if (first.untakenLines.size === 0) return first.joined;
  const second = joinedWithPieces(tokens, first.untakenLines);
  if (second !== null && second.untakenLines.size === 0) return underPiecesUnproven(second.joined, second.split);
  return underPiecesUnproven(joinStackedNumbers(tokens), tokens);
}

/**
 * The stream joined with the labels of grouped heads read as pieces (those on `kept` lines left
 * labels), the stream before the join, and the lines of the pieces the join did not take; null where
 * no label was read as pieces.
 */
function joinedWithPieces(
  tokens: TableToken[],
  kept: ReadonlySet<number> | null,
): { joined: TableToken[]; split: TableToken[]; untakenLines: Set<number> } | null {
  const pieces = new Set<ValueToken>();
  const split: TableToken[] = [];
  for (const t of tokens) {
    const ps = t.kind === 'label' && !(kept?.has(t.line) ?? false) ? piecesOf(t) : null;
    if (ps === null) split.push(t);
    else
      for (const p of ps) {
        pieces.add(p);
        split.push(p);
      }
  }
  if (pieces.size === 0) return null;
  const joined = joinStackedNumbers(split);
  const taken = new Set<ValueToken>();
  for (const t of joined)
    if (t.kind === 'value' && t.printed !== undefined && t.printed.length >= 2) for (const p of t.printed) taken.add(p);
  const untakenLines = new Set<number>();
  for (const p of pieces) if (!taken.has(p)) untakenLines.add(p.line);
  return { joined, split, untakenLines };
}

/**
 * The joined stream `joined` with every number printed on the line right under a label of grouped
 * counts' first pieces (in `tokens`, the stream before the join: the next line holding a token, blank
 * lines skipped), and not joined into a stack, marked a candidate only (`endUnproven`). The join left
 * those first pieces as label text: their other pieces were not stacked under them (`164,7 232,0 …`
 * over `18 76 …` set further left, or a blank line between), so a number on that line may be a last
 * piece, not a count (164,718 read as 18); its row's sum may show it, but only as the row's. Numbers
 * on the label's own line are whole numbers of their own, and a stack joined is the join's evidence.
 */
function underPiecesUnproven(joined: TableToken[], tokens: readonly TableToken[]): TableToken[] {
  const under = new Set<number>();
  if (!tokens.some((t) => t.kind === 'label' && piecesOf(t) !== null)) return joined;
  tokens.forEach((t, i) => {
    const heads = t.kind === 'label' ? piecesOf(t) : null;
    if (heads === null) return;
    const next = tokens.slice(i + 1).find((u) => u.line > t.line && u.kind !== 'break');
    if (next !== undefined) under.add(next.line);
    for (const line of linesOfNumbersAfter(tokens, i, heads.length)) under.add(line);
  });
  return joined.map((t) => {
    if (t.kind !== 'value' || (t.printed !== undefined && t.printed.length >= 2)) return t;
    return under.has(t.printed?.[0]?.line ?? t.line) ? { ...t, endUnproven: true } : t;
  });
}

/**
 * The lines of the first `count` numbers after the label at `i` on later lines (`count`: the label's
 * first pieces), row labels between them skipped. In plain text (`pdftotext` without `-layout`) a
 * row's cells come out line by line, its label between its first and last lines (`27,82 71,29 71,29`,
 * then `规章`, then `1`, `7`, `7` each on a line): the heads' last pieces are the numbers after the
 * label, not on the line right under the heads, so each of those may be a last piece too.
 */
function linesOfNumbersAfter(tokens: readonly TableToken[], i: number, count: number): number[] {
  const lines: number[] = [];
  const line = tokens[i]?.line ?? 0;
  for (let j = i + 1; j < tokens.length && lines.length < count; j++) {
    const u = tokens[j];
    if (u !== undefined && u.kind === 'value' && u.line > line) lines.push(u.line);
  }
  return lines;
}

/**
 * Text whose wrapped numbers were joined before it was laid out (a PDF's items, `layout/wrapped-numbers.ts`),
 * the stacked join off: a label of grouped counts' first pieces left in it was not joined either, and
 * the numbers on the line right under it are candidates only, as after the join ({@link underPiecesUnproven}).
 */
export function markUnderGroupedHeads(tokens: TableToken[]): TableToken[] {
  return underPiecesUnproven(tokens, tokens);
}
