/**
 * Traditional → simplified conversion with opencc-js, built on first use.
 *
 * The smallest correct setup (see STACK.md): the core, the CJK compatibility dictionary and the
 * `to/cn` dictionaries (TSPhrases + TSCharacters). Never `twp`, which rewrites vocabulary
 * (文件→文档). Building the tries takes ~20 ms, so it happens only when a text holds
 * traditional characters.
 */
import { ConverterFactory } from 'opencc-js/core';
import CJK_Compatibility_Ideographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import toCn from 'opencc-js/to/cn';

let converter: ((text: string) => string) | null = null;

/** The traditional → simplified converter (built on first call). */
export function traditionalToSimplified(text: string): string {
  converter ??= ConverterFactory([CJK_Compatibility_Ideographs], toCn);
  return converter(text);
}
