/**
 * How a region's tokens stand in its text, as the table readers read it: what follows a token past
 * the line breaks the tokenizer keeps, and the indent that tells text laid out by position
 * (`pdftotext -layout`: a line's cells at their columns, numbers set in after the labels) from
 * plain text (each line at the margin). A module of its own, importing only types, so that the
 * modules tokens.ts imports (open-fractions.ts, stacked-numbers.ts) use it without an import cycle.
 */
import type { TableToken } from './tokens.js';

/**
 * Characters from its line's start a token of text laid out by position stands at least: plain
 * text starts its lines at the margin, one cell after another, where text laid out by position
 * sets its numbers, and the pieces of a wrapped number, in.
 */
export const MIN_PLACED_INDENT = 2;

/** The index of the first token after `i` that is no line break (`tokens.length` if none). */
export function nextToken(tokens: readonly TableToken[], i: number): number {
  let k = i + 1;
  while (k < tokens.length && (tokens[k] as TableToken).kind === 'break') k++;
  return k;
}

/** Whether token `i` is alone on its line (line breaks aside) and starts at the margin (plain text). */
export function loneAtMargin(tokens: readonly TableToken[], i: number): boolean {
  const t = tokens[i] as TableToken;
  if (!t.lineStart || (t.column !== undefined && t.column > 0)) return false;
  const next = tokens[nextToken(tokens, i)];
  return next === undefined || next.line !== t.line;
}

/**
 * Whether the lone numbers of a region mostly stand as blocks of their own: of the numbers alone on
 * their lines at the margin, more have a blank line before them than not (plain `pdftotext` of an
 * Office print; Chromium's prints every cell on the line after the text before it).
 */
export function blocksOfOne(tokens: readonly TableToken[]): boolean {
  let apart = 0;
  let together = 0;
  tokens.forEach((t, i) => {
    if (t.kind !== 'value' || !loneAtMargin(tokens, i)) return;
    if (t.gapBefore > 0) apart++;
    else together++;
  });
  return apart > together;
}
