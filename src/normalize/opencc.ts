/**
 * Traditional → simplified conversion with opencc-js's dictionaries, built on first use.
 *
 * The smallest correct setup (see STACK.md): the core, the CJK compatibility dictionary and the
 * `to/cn` dictionaries (TSPhrases + TSCharacters). Never `twp`, which rewrites vocabulary
 * (文件→文档). The tables are built only when a text holds traditional characters.
 *
 * The conversion is opencc's own (`ConverterFactory`: one pass per dictionary group, each the
 * longest match of its words at every position, left to right), read from two tables per pass:
 * - a character whose only word is itself, replaced by one other character (most of
 *   TSCharacters: 這 → 这), is replaced from a table of code units, without a lookup;
 * - every word beginning with any other character (phrases, astral characters, replacements of
 *   another length, and the single characters that also begin a phrase) goes into opencc's trie,
 *   which is looked up only at a character some such word begins with;
 * - a character that begins no word is copied (opencc looks it up and finds nothing).
 * The trie holds about a fifth of the words, so it is built in a few milliseconds instead of
 * ~20 (a fresh process converting its first traditional text), and the pass reads a table at
 * nearly every character instead of walking maps. A text holding an ideographic description
 * character (rare) is left to opencc's own conversion with the whole trie, for its handling of
 * description sequences.
 */
import { Trie } from 'opencc-js/core';
import CJK_Compatibility_Ideographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import toCn from 'opencc-js/to/cn';

/** opencc's serialised dictionaries of one group: `word replacement|word replacement|…`, highest priority first. */
export type DictGroup = readonly string[];

/** One pass of the conversion: a dictionary group read into its tables. */
interface Pass {
  /** The group, for opencc's whole trie (built only for a text with a description character). */
  group: DictGroup;
  /** The replacing code unit of a character whose only word is itself, replaced by one code unit; 0 elsewhere. */
  single: Uint16Array;
  /** 1 at every code unit that begins a word held by {@link trie}; {@link DESCRIPTION} at a description character. */
  starts: Uint8Array;
  /** opencc's trie of the words beginning with a character marked in {@link starts}. */
  trie: Trie;
  /** opencc's trie of the whole group (built on first need). */
  whole: Trie | null;
}

/** Ideographic description characters (U+2FF0–U+2FFF): opencc steps over a whole description sequence. */
const IDS_FIRST = 0x2ff0;
const IDS_LAST = 0x2fff;
/** {@link Pass.starts} of a description character. */
const DESCRIPTION = 2;
/** Code units written out per `String.fromCharCode` call (well under engines' argument limits). */
const CHUNK = 4096;

let converter: ((text: string) => string) | null = null;

/** A code unit replaced from the table: not a surrogate. */
function isPlain(c: number): boolean {
  return c < 0xd800 || c > 0xdfff;
}

/**
 * Reads a group's dictionaries into a pass. opencc loads them last to first, each entry in order,
 * a later entry of a word replacing an earlier one; they are read in that order here, so that the
 * same entry wins. An entry is `word replacement`: opencc reads the first two space-separated
 * fields. An entry of one code unit replaced by one (both not surrogates) goes into the table;
 * any other entry marks its first code unit and goes into the trie, and at the end the table's
 * entries of marked code units move into the trie (after the others: a table entry left standing
 * was the last of its word, since an entry of the same word for the trie clears it).
 */
function buildPass(group: DictGroup): Pass {
  const single = new Uint16Array(0x10000);
  const starts = new Uint8Array(0x10000);
  const trie = new Trie();
  const singles: number[] = [];
  for (let d = group.length - 1; d >= 0; d--) {
    const dict = group[d] as string;
    for (let start = 0; start < dict.length;) {
      let end = dict.indexOf('|', start);
      if (end === -1) end = dict.length;
      const space = dict.indexOf(' ', start);
      if (space !== -1 && space < end) {
        const c = dict.charCodeAt(start);
        const r = dict.charCodeAt(space + 1);
        if (space === start + 1 && end === space + 2 && isPlain(c) && isPlain(r)) {
          if (single[c] === 0) singles.push(c);
          single[c] = r;
        } else {
          const next = dict.indexOf(' ', space + 1);
          starts[c] = 1;
          if (space === start + 1) single[c] = 0;
          trie.addWord(dict.slice(start, space), dict.slice(space + 1, next !== -1 && next < end ? next : end));
        }
      }
      start = end + 1;
    }
  }
  // A description character is left to opencc's conversion of the whole text (convertPass).
  for (let c = IDS_FIRST; c <= IDS_LAST; c++) starts[c] = DESCRIPTION;
  for (const c of singles) {
    if (starts[c] !== 0 && single[c] !== 0) {
      trie.addWord(String.fromCharCode(c), String.fromCharCode(single[c] as number));
      single[c] = 0;
    }
  }
  return { group, single, starts, trie, whole: null };
}

/** Writes `s[from, to)` into `out` at `k`; returns the new end. */
function copy(out: Uint16Array, k: number, s: string, from: number, to: number): number {
  let j = k;
  for (let i = from; i < to; i++) out[j++] = s.charCodeAt(i);
  return j;
}

/** `out[0, k)` as a string. */
function toText(out: Uint16Array, k: number): string {
  let text = '';
  for (let i = 0; i < k; i += CHUNK) {
    text += String.fromCharCode.apply(null, out.subarray(i, Math.min(k, i + CHUNK)) as unknown as number[]);
  }
  return text;
}

/**
 * One pass over a string: what opencc's `trie.convert(s)` over the whole group returns. The
 * output is written into an array of code units, allocated at the first replacement.
 */
function convertPass(p: Pass, s: string): string {
  const { single, starts, trie } = p;
  const n = s.length;
  let out: Uint16Array | null = null;
  let k = 0;
  let from = 0;
  for (let i = 0; i < n;) {
    const c = s.charCodeAt(i);
    const r = single[c] as number;
    if (r === 0 && starts[c] === 0) {
      i++;
      continue;
    }
    if (r !== 0) {
      out ??= new Uint16Array(n);
      while (from < i) out[k++] = s.charCodeAt(from++);
      out[k++] = r;
      from = ++i;
      continue;
    }
    if (starts[c] === DESCRIPTION) return wholeTrie(p).convert(s);
    const m = trie.matchPrefix(s, i);
    if (m === null) {
      // No word here: opencc moves on by one code point (a description character begins none).
      i += (s.codePointAt(i) as number) > 0xffff ? 2 : 1;
      continue;
    }
    const v = m.value;
    let o: Uint16Array = out ?? new Uint16Array(n);
    if (k + (i - from) + v.length + (n - m.end) > o.length) {
      const grown = new Uint16Array(2 * o.length + v.length);
      grown.set(o.subarray(0, k));
      o = grown;
    }
    k = copy(o, k, s, from, i);
    k = copy(o, k, v, 0, v.length);
    out = o;
    i = m.end;
    from = i;
  }
  if (out === null) return s;
  k = copy(out, k, s, from, n);
  return toText(out, k);
}

/** opencc's trie of a pass's whole group, for a text with a description character. */
function wholeTrie(p: Pass): Trie {
  if (p.whole === null) {
    p.whole = new Trie();
    p.whole.loadDictGroup(p.group);
  }
  return p.whole;
}

/**
 * A converter over dictionary groups, as opencc's `ConverterFactory(...groups)` (each group a list
 * of serialised dictionaries, highest priority first).
 * @internal
 */
export function createConverter(groups: readonly DictGroup[]): (text: string) => string {
  const built = groups.map(buildPass);
  return (text) => {
    let out = text;
    for (const p of built) out = convertPass(p, out);
    return out;
  };
}

/** The traditional → simplified converter (its tables built on first call). */
export function traditionalToSimplified(text: string): string {
  // The groups of `ConverterFactory([CJK_Compatibility_Ideographs], toCn)`, in its order.
  converter ??= createConverter([[CJK_Compatibility_Ideographs], ...(toCn as readonly DictGroup[])]);
  return converter(text);
}
