/**
 * Repair: a number wrapped inside its cell in a block stream (`block-stream.ts`: plain `pdftotext`
 * of a LibreOffice print). LibreOffice wraps a number wider than its narrow cell (full-width digits,
 * six-digit counts) and plain `pdftotext` writes each cell as a text block of its own, its lines one
 * under the other and a blank line before the next block: `１２` / `６` for 126, between the blank
 * lines that set off the row's other cells. Read line by line, the row holds one number too many
 * (`12` and `6`), and the table's rows lose their count.
 *
 * The evidence is the block: lines that follow one another with no blank line between are one
 * block, and in a block stream a block is one cell (or a run of cells side by side on its first
 * line). A block of two lines or more, each line a single run of digits and nothing else, set off by
 * a blank line before and after it, is one cell's number wrapped; its pieces break full lines (every
 * piece but the last as wide as the first, the last no wider, the first not starting with `0`:
 * `０` / `５` are two cells, a number never wraps so). Its pieces are joined top to bottom. A block
 * whose first line holds several numbers (two cells side by side, `１５ ６５` / `４` / `６`) is left
 * as printed: which cell a later piece continues is not in the text.
 *
 * What is joined is read like any number afterwards: the row's sum and the table's equations still
 * judge it (a wrong join makes the row fail its sum). Linear in the tokens.
 */
import { parseCellContent } from '../grammar/cell.js';
import type { TableToken, ValueToken } from '../tables/tokens.js';

/** Lines of one wrapped number at most (a count of a dozen digits, two to a line). */
export const MAX_CELL_LINES = 6;

/** A piece of a wrapped count: digits only (the text is normalised: full-width digits are ASCII). */
const PIECE_RE = /^\d+$/;

/**
 * Whether `t` is a number alone on its line in the token list at `i`: the first on its line, and the
 * next token (breaks skipped) on a later line.
 */
function aloneOnLine(tokens: readonly TableToken[], i: number): boolean {
  const t = tokens[i] as TableToken;
  if (t.kind !== 'value' || !t.lineStart || t.glued === true || !PIECE_RE.test(t.raw)) return false;
  for (let k = i + 1; k < tokens.length; k++) {
    const n = tokens[k] as TableToken;
    if (n.kind === 'break') continue;
    return n.line !== t.line;
  }
  return true;
}

/** The next token after `i` that is no row break, or undefined. */
function nextToken(tokens: readonly TableToken[], i: number): { token: TableToken; index: number } | undefined {
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k] as TableToken;
    if (t.kind !== 'break' || t.reason === 'end') return { token: t, index: k };
  }
  return undefined;
}

/** Every piece but the last as wide as the first, the last no wider, the first not starting with `0`. */
function wrapShape(chain: readonly ValueToken[]): boolean {
  const width = (chain[0] as ValueToken).raw.length;
  if ((chain[0] as ValueToken).raw.startsWith('0')) return false;
  return chain.every((p, i) => (i < chain.length - 1 ? p.raw.length === width : p.raw.length <= width));
}

/**
 * The tokens of a block-stream region with every wrapped cell's pieces joined into one number (see
 * the module comment); the joined token keeps its pieces (`printed`). The input is not changed.
 */
export function joinCellPieces(tokens: readonly TableToken[]): TableToken[] {
  const out: TableToken[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as TableToken;
    if (t.kind !== 'value' || t.gapBefore < 1 || !aloneOnLine(tokens, i)) {
      out.push(t);
      i++;
      continue;
    }
    // the block's lines: numbers alone on consecutive lines, no blank line between
    const chain: ValueToken[] = [t];
    let at = i;
    let after: { token: TableToken; index: number } | undefined = nextToken(tokens, at);
    while (
      after &&
      after.token.kind === 'value' &&
      after.token.gapBefore === 0 &&
      after.token.line === (chain[chain.length - 1] as ValueToken).line + 1 &&
      aloneOnLine(tokens, after.index) &&
      chain.length < MAX_CELL_LINES
    ) {
      chain.push(after.token);
      at = after.index;
      after = nextToken(tokens, at);
    }
    // set off after as before: a blank line (or the region's end) follows the block
    const setOff = !after || after.token.gapBefore >= 1 || (after.token.kind === 'break' && after.token.reason === 'end');
    const content = chain.length >= 2 && setOff && wrapShape(chain) ? parseCellContent(chain.map((p) => p.raw).join('')) : null;
    if (!content || content.kind !== 'number') {
      out.push(t);
      i++;
      continue;
    }
    const last = chain[chain.length - 1] as ValueToken;
    out.push({ ...t, raw: chain.map((p) => p.raw).join(''), content, end: last.end, printed: chain });
    i = at + 1;
  }
  return out;
}
