/** The tokens of a text as the table tokenizer reads them, written `kind:text` (line breaks left out). */
import { lexLines } from '../../src/grammar/lines.js';
import { detectLayout, tokenize } from '../../src/tables/tokens.js';

/** Each token of `text` but the breaks, as `label:…`, `value:…` or `blank:…` (its text as written). */
export function tokenKinds(text: string): string[] {
  const lines = lexLines(text);
  return tokenize(lines, detectLayout(lines)).flatMap((t) =>
    t.kind === 'break' ? [] : [`${t.kind}:${t.kind === 'label' ? t.text : t.raw}`],
  );
}
