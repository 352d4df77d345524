/**
 * A `无` that ends a word of a row label, the label's text going on under it (a label wrapped in a
 * narrow cell: `申请人无` / `正当理由` / `逾期不补` …). Where the word and the cells after it are set
 * off by single spaces (Chromium's `pdftotext -layout` text squeezes the cell padding to one), the
 * tokenizer reads a `无` ending a word right before a cell as a blank cell of its own (`1.属于国家秘密无
 * 0 0`: one-line text whose space before the `无` was taken for a justification space between Han
 * characters), and the row's numbers stand one cell to the right: a row of six numbers and a blank
 * printed as nothing read as seven cells, the row sum kept either way.
 *
 * The evidence that the `无` is the label's: the next line holding text has, at the column where the
 * `无`'s word begins, a piece of the label that with the word spells a run of a template label through
 * the `无` (`申请人无` + `正当理由`: `人无正`, of the 2021 template's `申请人无正当理由…`). Such a `无` is label text; the row's numbers are then read from their own places (a
 * blank printed as nothing placed by the columns of the complete rows, or ambiguous where nothing
 * places it). One-line text has no line under the word, and a `无` set off from the label by a
 * space is a word of its own (read by the tokenizer as before).
 */
import { REGISTERED_VERSIONS } from '../template/registry.js';
import { table3Definition } from '../template/table3.js';
import type { LabelToken, TableToken } from './tokens.js';
import { hanOf } from './han-text.js';

/** Lines down to the line holding the label's next piece (one empty line between: LibreOffice's -layout spacing). */
const NEXT_PIECE_LINE_REACH = 2;
/** Characters a piece's column may stand off its word's (a centred cell rounds either way). */
const COLUMN_SLACK = 1;
/** Han characters of the word before the `无` compared with the template's labels. */
const CONTEXT_BEFORE = 2;
/** Han characters of the piece under the word compared with the template's labels. */
const CONTEXT_AFTER = 2;
/** Whitespace between two words of a label token's text. */
const SPACE_RE = /\s/;

/** The Han text of every table-三 label of the templates (rows and groups) that holds a `无`. */
let labelsWithNone: string[] | null = null;

function templateLabelsWithNone(): readonly string[] {
  if (labelsWithNone) return labelsWithNone;
  const out: string[] = [];
  for (const v of REGISTERED_VERSIONS)
    for (const row of table3Definition(v).rows) {
      const text = hanOf(row.label.normalize('NFKC'));
      if (text.includes('无') && !out.includes(text)) out.push(text);
    }
  labelsWithNone = out;
  return out;
}

/** The column, as printed, of the character at offset `at` of a label token's line; undefined without a line. */
function columnOf(t: LabelToken, at: number): number | undefined {
  const p = t.printedLine;
  if (!p) return undefined;
  return p.columns ? p.columns[at - p.start] : at - p.start;
}

/**
 * Whether the character at offset `at` of a label token (`at` > its start) follows the one before it
 * in the same word as printed: no space between them in the text, none taken out by normalisation
 * (their printed columns adjacent).
 */
function continuesWord(t: LabelToken, at: number): boolean {
  if (SPACE_RE.test(t.text.charAt(at - t.start - 1))) return false;
  const here = columnOf(t, at);
  const prev = columnOf(t, at - 1);
  return here !== undefined && prev !== undefined && here === prev + 1;
}

/** The word of the label on the first line under `line` holding tokens that begins at `column` as printed; null where there is none. */
function pieceUnder(out: readonly TableToken[], from: number, line: number, column: number): string | null {
  let below = -1;
  for (let k = from; k < out.length; k++) {
    const u = out[k] as TableToken;
    if (u.line === line || u.kind === 'break') continue;
    if (below < 0) {
      if (u.line > line + NEXT_PIECE_LINE_REACH) return null;
      below = u.line;
    }
    if (u.line !== below) return null;
    if (u.kind !== 'label') continue;
    for (let o = u.start; o < u.end; o++) {
      if (SPACE_RE.test(u.text.charAt(o - u.start)) || (o > u.start && continuesWord(u, o))) continue;
      const at = columnOf(u, o);
      if (at === undefined || Math.abs(at - column) > COLUMN_SLACK) continue;
      let end = o + 1;
      while (end < u.end && continuesWord(u, end)) end++;
      return u.text.slice(o - u.start, end - u.start);
    }
  }
  return null;
}

/**
 * Reads back as label text each blank `无` split off the end of a label's word (no space between
 * them) where the label's piece under the word spells, with it, a run of a template label through the
 * `无` (see the module comment). Works on the tokens of a region in place.
 */
export function noneInWrappedLabels(out: TableToken[]): void {
  for (let i = 1; i < out.length; i++) {
    const t = out[i] as TableToken;
    const label = out[i - 1] as TableToken;
    if (t.kind !== 'blank' || t.raw !== '无' || label.kind !== 'label' || label.line !== t.line || label.end !== t.start) continue;
    // (the word ending at the `无`: back over the characters printed side by side with it)
    const joined: LabelToken = { ...label, text: `${label.text}${t.raw}`, end: t.end };
    let wordStart = t.start;
    while (wordStart > joined.start && continuesWord(joined, wordStart)) wordStart--;
    const column = columnOf(label, wordStart);
    const before = hanOf(label.text.slice(wordStart - label.start)).slice(-CONTEXT_BEFORE);
    if (before === '' || column === undefined) continue;
    const piece = pieceUnder(out, i + 1, t.line, column);
    if (piece === null) continue;
    const after = hanOf(piece).slice(0, CONTEXT_AFTER);
    if (after === '') continue;
    const spelled = `${before}无${after}`;
    if (!templateLabelsWithNone().some((l) => l.includes(spelled))) continue;
    label.text = joined.text;
    label.end = joined.end;
    out.splice(i, 1);
    i--;
  }
}
