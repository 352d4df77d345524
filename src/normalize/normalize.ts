import { MapBuilder, MapChain, type OffsetMap } from './offset-map.js';
import { traditionalToSimplified } from './opencc.js';
import {
  collapseCjkSpaces,
  nfkc,
  normalizeLineEnds,
  normalizeQuotes,
  replacePlaceholders,
  restoreMainlandVocabulary,
  stripControlCharacters,
  stripPinyin,
  type PassResult,
} from './passes.js';
import { countTraditionalChars } from './traditional-chars.js';

/** Options of {@link normalize}. */
export interface NormalizeOptions {
  /**
   * Convert traditional characters to simplified: `'auto'` (default) converts when the text
   * holds at least two traditional-only characters; `true` always; `false` never.
   */
  toSimplified?: boolean | 'auto';
}

/** The result of {@link normalize}: the normalised text and a way back to the original. */
export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** The input, unchanged. */
  readonly original: string;
  /** Number of traditional characters detected (0 when conversion was not attempted). */
  readonly traditionalChars: number;
  /** Whether traditional → simplified conversion ran. */
  readonly convertedToSimplified: boolean;
  /** Number of pinyin annotations removed. */
  readonly pinyinRemoved: number;
  /** Number of control characters removed or read as separators (NUL and other C0 controls but TAB, LF, CR, FF). */
  readonly controlCharacters: number;
  /** Maps a range `[start, end)` of `text` to the corresponding range of `original`. */
  toOriginal(start: number, end: number): [number, number];
}

/**
 * Normalises report text for parsing, keeping an offset map back to the input:
 * NUL and other control characters removed (vertical tab → line break, separator controls → TAB); line ends → `\n`; ASCII `?` placeholders → spaces; NFKC (full-width forms, NBSP, U+3000);
 * mirror-site pinyin annotations removed (`區(qū)` → `區`); traditional → simplified (only when
 * the text holds traditional characters); Taiwan vocabulary read back (`资讯` → `信息`, only in a text
 * that says 资讯 more often than 信息); single spaces inside Chinese labels removed;
 * quotes around Chinese text made curly.
 *
 * Pure: no I/O, no global state besides the lazily built converter.
 */
export function normalize(input: string, options: NormalizeOptions = {}): NormalizedText {
  const chain = new MapChain();
  let text = input;
  const apply = (r: PassResult): number => {
    chain.push(r.map);
    text = r.text;
    return r.count;
  };
  const controlCharacters = apply(stripControlCharacters(text));
  apply(normalizeLineEnds(text));
  apply(replacePlaceholders(text));
  apply(nfkc(text));
  const pinyinRemoved = apply(stripPinyin(text));

  const mode = options.toSimplified ?? 'auto';
  let traditionalChars = 0;
  let converted = false;
  if (mode !== false) {
    // Two traditional-only characters decide; count them all only when converting.
    traditionalChars = countTraditionalChars(text, 2);
    if (mode === true || traditionalChars >= 2) {
      traditionalChars = countTraditionalChars(text);
      const r = convertAligned(text);
      chain.push(r.map);
      text = r.text;
      converted = true;
    }
  }
  apply(restoreMainlandVocabulary(text));
  apply(collapseCjkSpaces(text));
  apply(normalizeQuotes(text));

  return {
    text,
    original: input,
    traditionalChars,
    convertedToSimplified: converted,
    pinyinRemoved,
    controlCharacters,
    toOriginal: (start, end) => chain.toOriginal(start, end),
  };
}

/**
 * Converts the whole text at once (fast path). opencc replaces characters and phrases with
 * strings of the same length almost always; lines whose length changed are converted again
 * character by character so that offsets stay exact.
 */
function convertAligned(text: string): { text: string; map: OffsetMap | null } {
  const out = traditionalToSimplified(text);
  if (out.length === text.length) return { text: out, map: null };
  const inLines = text.split('\n');
  const outLines = out.split('\n');
  if (inLines.length !== outLines.length) return convertByChar(text);
  const b = new MapBuilder(text);
  let offset = 0;
  for (let i = 0; i < inLines.length; i++) {
    const src = inLines[i] as string;
    const dst = outLines[i] as string;
    if (dst.length === src.length) b.replace(offset, offset + src.length, dst);
    else {
      for (let j = 0; j < src.length; j++) {
        b.replace(offset + j, offset + j + 1, traditionalToSimplified(src.charAt(j)));
      }
    }
    offset += src.length + 1;
  }
  return b.finish();
}

function convertByChar(text: string): { text: string; map: OffsetMap | null } {
  const b = new MapBuilder(text);
  for (let j = 0; j < text.length; j++) b.replace(j, j + 1, traditionalToSimplified(text.charAt(j)));
  return b.finish();
}
