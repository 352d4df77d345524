/**
 * Work an import does not need, left out (issue 16, perf15). A regular expression literal with a
 * Unicode property class (`\p{…}`) is checked when its module is compiled, and V8 builds the class
 * from its Unicode tables then: ~3 M instructions for `\p{Script=Han}`, ~2 M for `[\s\p{P}\p{S}]`,
 * paid by every import of the core whether or not a parse uses them. The core's modules build such
 * classes on first use (`new RegExp`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', 'src');
/** Folders whose modules are not in the core bundle (tsup.config.ts `NODE_ONLY`). */
const NODE_ONLY = ['node/', 'docx/', 'pdf/', 'pdf-text/', 'ocr/node/', 'cli/'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('cold start: no Unicode property class compiled at import', () => {
  it('the core modules build their property classes on first use', () => {
    const literal = /\/[^/\n]*\\p\{[^/\n]*\/[dgimsuvy]*/;
    const offenders = sourceFiles(SRC)
      .filter((f) => !NODE_ONLY.some((d) => relative(SRC, f).replaceAll('\\', '/').startsWith(d)))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(SRC, f)}:${i + 1}` }))
          .filter(({ line }) => !line.trimStart().startsWith('*') && !line.trimStart().startsWith('//') && literal.test(line))
          .map(({ at }) => at),
      );
    expect(offenders).toEqual([]);
  });
});
