/**
 * Block streams: text whose table cells come out as separate text blocks set off by blank lines,
 * some blocks holding one number and others several numbers side by side (`0` / `0` / `29 63`).
 * That is what plain `pdftotext` (no `-layout`) writes for a browser- or Office-printed table: each
 * cell (or each run of adjacent cells) is a block, and the blocks are written in an order of the
 * tool's own.
 *
 * In such text the line structure says nothing about columns:
 *
 * - a blank cell prints nothing and leaves nothing behind (no extra blank line), so a row with
 *   fewer numbers than columns does not show where its blank cells were: the numbers right after
 *   a label are not anchored to the row's first column, nor the last ones to its last column;
 * - a line with several numbers is a run of adjacent cells, not a whole row: the row may go on in
 *   the next block, so the end of such a line is not the end of the row.
 *
 * The repair recognises the layout from the region's own evidence (no pipe or TAB cells; the usual
 * gap between cell lines is a blank line; several lines hold only numbers side by side, and several
 * hold one number alone) and returns the tokens to segment: the line ends after runs of numbers are
 * dropped (they are no row ends), and the reader is told not to read blank-line gaps as vanished
 * cells. It decides; it never changes a token's text or value.
 */
import type { TableToken } from '../tables/tokens.js';
import { gapBaseline } from '../tables/rows.js';

/**
 * Lines holding only numbers side by side, and lines holding one number alone, needed before a
 * region is read as a block stream: a cell-per-line layout (clipboard text) has no line of
 * several numbers, a row-per-line layout few lines of one number.
 */
const MIN_RUN_LINES = 2;
const MIN_LONE_LINES = 3;

/** What the block-stream repair decided for one table region. */
export interface BlockStreamDecision {
  /** The region is a block stream (see the module comment). */
  blockStream: boolean;
  /** Why, in English (for tests and diagnostics). */
  why: string;
  /** The tokens to segment: with `blockStream`, the row breaks after runs of numbers are left out. */
  tokens: readonly TableToken[];
  /**
   * The gap baseline to segment with: 0 for a block stream (blank lines are no evidence of vanished
   * cells), the region's usual gap otherwise.
   */
  baseline: number;
  /**
   * The order of the region's lines is no evidence of the order of a row's cells printed on several
   * lines (`block-order.ts` then checks it): true for a block stream. A reader may find more
   * evidence of a renderer's text in the region (labels broken over lines inside their cells).
   */
  orderUnproven: boolean;
}

/**
 * Decides whether a table region is a block stream (see the module comment). `documentIsBlockStream`:
 * another table region of the same text was found to be one (a table whose cells are all lone
 * numbers, like table 四's one row, cannot show it by itself). Linear in the tokens.
 */
export function decideBlockStream(tokens: readonly TableToken[], documentIsBlockStream = false): BlockStreamDecision {
  if (documentIsBlockStream) return decide(tokens, true);
  // The orchestrator asks about table 三's tokens before its reader does: decided once.
  let d = DECIDED.get(tokens);
  if (!d) {
    d = decide(tokens, false);
    DECIDED.set(tokens, d);
  }
  return d;
}

/** Decisions for regions' tokens read without another table's evidence (the tokens are never changed after tokenising). */
const DECIDED = new WeakMap<readonly TableToken[], BlockStreamDecision>();

function decide(tokens: readonly TableToken[], documentIsBlockStream: boolean): BlockStreamDecision {
  const baseline = gapBaseline(tokens);
  const plain: BlockStreamDecision = { blockStream: false, why: 'cells keep their lines', tokens, baseline, orderUnproven: false };
  if (baseline < 1 || tokens.some((t) => t.inRow === true)) return plain;
  const stream = (why: string): BlockStreamDecision => ({
    blockStream: true,
    why,
    tokens: tokens.filter((t) => !(t.kind === 'break' && t.reason === 'line')),
    baseline,
    orderUnproven: true,
  });
  if (documentIsBlockStream) return stream('another table of the text is a block stream');
  // Per line: how many values, and whether anything else (a label, a blank marker) is on it.
  const lines = new Map<number, { values: number; other: boolean }>();
  for (const t of tokens) {
    if (t.kind === 'break') continue;
    const l = lines.get(t.line) ?? { values: 0, other: false };
    if (t.kind === 'value') l.values++;
    else l.other = true;
    lines.set(t.line, l);
  }
  let runs = 0;
  let lone = 0;
  for (const l of lines.values()) {
    if (l.other) continue;
    if (l.values >= 2) runs++;
    else if (l.values === 1) lone++;
  }
  if (runs < MIN_RUN_LINES || lone < MIN_LONE_LINES) return plain;
  return stream(`${runs} lines of numbers side by side and ${lone} lone numbers between blank lines`);
}

/**
 * Header lines of one character each, one after the other, from which a region's header is read as
 * printed a character a line: the header cells of a table's narrowest group (five columns) wrap to a
 * character a line, and the text gives their first characters, then their second ones, and so on.
 */
const MIN_CHARACTER_LINES = 5;

/**
 * Whether a table region is printed as blocks of one cell each (plain `pdftotext` of a print whose
 * cells are narrow): every cell (a number or a blank mark) stands alone on its line, set off by a
 * blank line, two cells at least, and the header's words come apart a character a line
 * ({@link MIN_CHARACTER_LINES} label lines or more in a row, each a single character alone: the
 * pieces of several header cells wrapped in their narrow columns, written line across line as the
 * tool found them). Each cell is then a block of its own, and the tool writes its blocks in an order
 * of its own (seen: table 四's `0 0 60 0 60` written `0 60 0 0 60`, a number one block early): the
 * order of the cells is no evidence of their columns, and the row sums keep any order of a group's
 * results. Text in the document's order (a page's text, the clipboard) keeps its header words
 * whole; `pdftotext -layout` puts a line's cells on one line. Linear in the tokens.
 */
export function printedAsLoneBlocks(tokens: readonly TableToken[]): boolean {
  const perLine = new Map<number, TableToken[]>();
  for (const t of tokens) {
    if (t.kind === 'break') continue;
    const list = perLine.get(t.line);
    if (list) list.push(t);
    else perLine.set(t.line, [t]);
  }
  let cells = 0;
  let characters = 0;
  let longest = 0;
  for (const t of tokens) {
    if (t.kind === 'break') continue;
    const alone = (perLine.get(t.line) as TableToken[]).length === 1;
    if (t.kind === 'value' || t.kind === 'blank') {
      if (!alone || t.gapBefore < 1) return false;
      cells++;
      characters = 0;
    } else if (alone && [...t.text.trim()].length === 1) {
      characters++;
      longest = Math.max(longest, characters);
    } else characters = 0;
  }
  return cells >= 2 && longest >= MIN_CHARACTER_LINES;
}
