/**
 * Traditional → simplified conversion with opencc-js, built on first use.
 *
 * The smallest correct setup (see STACK.md): the core, the CJK compatibility dictionary and the
 * `to/cn` dictionaries (TSPhrases + TSCharacters). Never `twp`, which rewrites vocabulary
 * (文件→文档). Building the tries takes ~20 ms, so it happens only when a text holds
 * traditional characters.
 *
 * The conversion is opencc's own (`ConverterFactory`: one pass per dictionary group, each the
 * longest match of its trie at every position, left to right), with one shortcut: a character
 * that begins no word of a pass's dictionaries is copied without a trie lookup (opencc looks it up
 * and finds nothing). Most characters of a report are such (digits, punctuation, and in each pass
 * most Han characters), and the compatibility pass finds nothing at nearly every position.
 */
import { Trie } from 'opencc-js/core';
import CJK_Compatibility_Ideographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import toCn from 'opencc-js/to/cn';

/** One pass of the conversion: a dictionary group's trie and the code units its words begin with. */
interface Pass {
  /** opencc's trie of the group. */
  trie: Trie;
  /** 1 at every UTF-16 code unit that begins a word of the group. */
  starts: Uint8Array;
}

/** Ideographic description characters (U+2FF0–U+2FFF): opencc steps over a whole description sequence. */
const IDS_FIRST = 0x2ff0;
const IDS_LAST = 0x2fff;

let passes: Pass[] | null = null;

function buildPass(group: readonly string[]): Pass {
  const trie = new Trie();
  trie.loadDictGroup(group);
  const starts = new Uint8Array(0x10000);
  // opencc's serialised dictionaries: `word replacement|word replacement|…`.
  for (const dict of group) {
    starts[dict.charCodeAt(0)] = 1;
    for (let i = dict.indexOf('|'); i !== -1; i = dict.indexOf('|', i + 1)) starts[dict.charCodeAt(i + 1)] = 1;
  }
  return { trie, starts };
}

/**
 * One pass over a string: what `trie.convert(s)` returns. Where a character begins no word the
 * trie's lookup fails and opencc moves on by one code unit, as here; at any other character
 * (surrogates included) opencc's own lookup runs. A description sequence (rare) is left to opencc
 * for the whole string.
 */
function convertPass(p: Pass, s: string): string {
  const { trie, starts } = p;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c >= IDS_FIRST && c <= IDS_LAST) return trie.convert(s);
    if (starts[c] === 0 && (c < 0xd800 || c > 0xdfff)) {
      i++;
      continue;
    }
    const m = trie.matchPrefix(s, i);
    if (m !== null) {
      out += s.slice(from, i) + m.value;
      i = m.end;
      from = i;
    } else i += (s.codePointAt(i) as number) > 0xffff ? 2 : 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** The traditional → simplified converter (built on first call). */
export function traditionalToSimplified(text: string): string {
  // The groups of `ConverterFactory([CJK_Compatibility_Ideographs], toCn)`, in its order.
  passes ??= [[CJK_Compatibility_Ideographs], ...toCn].map(buildPass);
  let out = text;
  for (const p of passes) out = convertPass(p, out);
  return out;
}
