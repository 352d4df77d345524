/**
 * Stepping through a region's tokens past the line breaks the tokenizer keeps: shared by the
 * readers that look at what follows a token (open-fractions.ts, table2.ts). A module of its own,
 * importing only types: open-fractions.ts, which tokens.ts imports, uses it without an import cycle.
 */
import type { TableToken } from './tokens.js';

/** The index of the first token after `i` that is no line break (`tokens.length` if none). */
export function nextToken(tokens: readonly TableToken[], i: number): number {
  let k = i + 1;
  while (k < tokens.length && (tokens[k] as TableToken).kind === 'break') k++;
  return k;
}
