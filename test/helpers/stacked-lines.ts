/**
 * Lines of our own `pdftotext -layout` style text for the tests of numbers stacked over the lines of
 * their cells (`src/tables/stacked-numbers.ts`): a line with each text at its column, and the tokens
 * some lines give.
 */
import { lexLines } from '../../src/grammar/lines.js';
import { detectLayout, tokenize, type TableToken } from '../../src/tables/tokens.js';

/** A line with each text at its character column. */
export function place(...parts: [number, string][]): string {
  let s = '';
  for (const [col, text] of parts) s = s.padEnd(col, ' ') + text;
  return s;
}

/** The tokens of some lines as `line kind text`, breaks left out. */
export function tokensOf(lines: readonly string[]): string[] {
  const lexed = lexLines(lines.join('\n'));
  return tokenize(lexed, detectLayout(lexed))
    .filter((t): t is Exclude<TableToken, { kind: 'break' }> => t.kind !== 'break')
    .map((t) => `${t.line} ${t.kind} ${t.kind === 'label' ? t.text : t.raw}`);
}
