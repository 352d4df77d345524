/**
 * The individual normalisation passes. Each takes a text and returns the rewritten text with
 * an offset map back to its input (`null` when nothing changed). They are pure and small;
 * `normalize()` chains them.
 */
import { MapBuilder, type OffsetMap } from './offset-map.js';

/** Output of one pass. */
export interface PassResult {
  /** Rewritten text. */
  text: string;
  /** Map back to the pass input, or `null` when the text is unchanged. */
  map: OffsetMap | null;
  /** Number of rewrites the pass made (for diagnostics). */
  count: number;
}

/** Runs a global sticky-free regex over `text` and rewrites each match with `replace`. */
function rewrite(text: string, re: RegExp, replace: (m: RegExpExecArray) => string | null): PassResult {
  re.lastIndex = 0;
  let m = re.exec(text);
  if (m === null) return { text, map: null, count: 0 };
  const b = new MapBuilder(text);
  let count = 0;
  while (m !== null) {
    const r = replace(m);
    if (r !== null) {
      b.replace(m.index, m.index + m[0].length, r);
      count++;
    }
    if (m[0].length === 0) re.lastIndex++;
    m = re.exec(text);
  }
  const { text: out, map } = b.finish();
  return { text: out, map, count };
}

/*
 * C0 control characters other than TAB, LF, CR and FF (and DEL): NULs before every newline of a
 * UTF-16 file read as 8-bit text, stray bytes of a broken converter. The vertical tab is Word's
 * manual line break, so it reads as a line break; the information separators (FS, GS, RS, US)
 * and BEL (a Word cell mark in some text exports) separate cells, so they read as a TAB; the
 * others are removed. Offsets stay mapped.
 */
const CONTROL_RE = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]+/g;

/** Removes control characters (or turns them into a line break or TAB, see above). */
export function stripControlCharacters(text: string): PassResult {
  let count = 0;
  const r = rewrite(text, CONTROL_RE, (m) => {
    count += m[0].length;
    const code = m[0].charCodeAt(m[0].length - 1);
    if (code === 0x0b) return '\n';
    if (code === 0x07 || (code >= 0x1c && code <= 0x1f)) return '\t';
    return '';
  });
  return { ...r, count };
}

const LINE_END_RE = /\r\n?|\u2028|\u2029|\u0085/g;

/** `\r\n`, `\r` and Unicode line separators become `\n`. */
export function normalizeLineEnds(text: string): PassResult {
  return rewrite(text, LINE_END_RE, () => '\n');
}

/*
 * Mirror sites and converters turn NBSP and ideographic spaces into ASCII '?': '?0', a lone '?'
 * on a line, '????(六)…'. A '?' is a placeholder when it is part of a run, at the start of a
 * line or after a space, and not inside a URL. Real question marks in Chinese text are the
 * full-width '？', which this pass does not touch.
 */
const PLACEHOLDER_RE = /\?+/g;

/** ASCII `?` placeholders (lost NBSP / U+3000) become spaces. */
export function replacePlaceholders(text: string): PassResult {
  return rewrite(text, PLACEHOLDER_RE, (m) => {
    const i = m.index;
    const before = i > 0 ? text.charCodeAt(i - 1) : 10;
    // Inside a URL or an ASCII word ('a?b', 'x.php?id'): keep.
    if (isUrlChar(before) && m[0].length === 1) return null;
    const atLineStart = before === 10 || before === 32 || before === 9;
    if (m[0].length >= 2 || atLineStart) return ' '.repeat(m[0].length);
    const after = text.charCodeAt(i + 1);
    // A single '?' glued to a digit ('?0' inside a line after CJK) is still a placeholder.
    if (after >= 48 && after <= 57) return ' ';
    return null;
  });
}

function isUrlChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 46 || c === 61 || c === 38 || c === 95;
}

/*
 * Characters NFKC may change: everything outside ASCII and the CJK Unified Ideographs block.
 * Zero-width characters and soft hyphens are deleted; other characters are replaced by their
 * NFKC form one at a time, so offsets stay exact.
 */
const DELETE_CHARS = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

/** NFKC of single BMP characters seen so far (`null`: unchanged). Full-width punctuation repeats all through a report. */
const nfkcOfChar = new Map<number, string | null>();

/**
 * A code unit NFKC may change (see above): not in `[\u0000-\u007f\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u3014-\u301f\u201c\u201d\u2018\u2019\u2014]`.
 * Tested code unit by code unit: a loop over the text with this test is cheaper than that class as
 * a global regex with a callback per match (`test/normalize.test.ts` checks the two agree on every
 * code unit).
 * @internal
 */
export function isNfkcCandidate(c: number): boolean {
  if (c <= 0x7f || (c >= 0x4e00 && c <= 0x9fff)) return false;
  if (c >= 0x3001 && c <= 0x301f) return !(c <= 0x3002 || (c >= 0x3008 && c <= 0x3011) || c >= 0x3014);
  return !(c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014);
}

/** NFKC, character by character (full-width forms, NBSP, U+3000, compatibility ideographs); zero-width characters removed; two- and three-em dashes as em dashes. */
export function nfkc(text: string): PassResult {
  let b: MapBuilder | null = null;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isNfkcCandidate(code)) continue;
    if (b === null) b = new MapBuilder(text);
    const r = isCircledNumber(code) && i > 0 && isDigitCode(text.charCodeAt(i - 1)) ? noteMarkOf(code, text, i) : nfkcOfCode(code, text, i);
    if (r !== null) {
      b.replace(i, i + 1, r);
      count++;
    }
  }
  if (b === null) return { text, map: null, count: 0 };
  const { text: out, map } = b.finish();
  return { text: out, map, count };
}

/**
 * The two- and three-em dashes (U+2E3A, U+2E3B), which NFKC keeps: the glyph a CJK font draws for
 * `——` (two em dashes, a blank cell's marker or a dash in prose), and what a PDF's text layer gives
 * for it where the font's Unicode map names the glyph (Chromium's prints with Noto CJK). Read as the
 * em dashes they stand for.
 */
const EM_DASH_RUNS = new Map([
  [0x2e3a, '\u2014\u2014'],
  [0x2e3b, '\u2014\u2014\u2014'],
]);

/**
 * Circled, parenthesised and full-stop numbers (`①`–`⑳`, `⑴`–`⒇`, `⒈`–`⒛`, `⓪`, `⓫`–`⓿`,
 * `❶`–`➓`, `㉑`–`㊿`). Directly after a digit such a character is a footnote mark on the number
 * (`10①`): NFKC would make it more digits of the number (`101`).
 */
function isCircledNumber(c: number): boolean {
  return (
    (c >= 0x2460 && c <= 0x249b) ||
    (c >= 0x24ea && c <= 0x24ff) ||
    (c >= 0x2776 && c <= 0x2793) ||
    (c >= 0x3251 && c <= 0x325f) ||
    (c >= 0x32b1 && c <= 0x32bf)
  );
}

/** An ASCII or full-width digit. */
function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * A circled number right after a digit, written as the cell's parenthesised note (`10①` → `10(1)`,
 * read as 10 with the note `1`), never as more digits of the number.
 */
function noteMarkOf(code: number, text: string, i: number): string {
  const folded = (nfkcOfCode(code, text, i) ?? text.charAt(i)).replace(/[().]/g, '');
  return `(${folded})`;
}

/** What {@link nfkc} writes for the candidate code unit at `i`: its NFKC form, '' (deleted), or null (kept). */
function nfkcOfCode(code: number, text: string, i: number): string | null {
  if (DELETE_CHARS.has(code)) return '';
  const dashes = EM_DASH_RUNS.get(code);
  if (dashes !== undefined) return dashes;
  // Lone surrogates of astral characters: leave them (NFKC would not change CJK extension B).
  if (code >= 0xd800 && code <= 0xdfff) return null;
  let n = nfkcOfChar.get(code);
  if (n === undefined) {
    const ch = text.charAt(i);
    const normal = ch.normalize('NFKC');
    n = normal === ch ? null : normal;
    nfkcOfChar.set(code, n);
  }
  return n;
}

/*
 * Mirror-site pinyin annotations: a Han character followed by one or more parenthesised
 * syllables carrying a tone mark, '區(qū)' → '區'. Toneless syllables are only removed when the
 * same syllable is doubled, '公(gong)(gong)', the other observed rendering. '(一)', '(a)' and
 * URLs never match: a group must follow a Han character and hold a toned vowel (or be doubled).
 */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
/*
 * A syllable: letters and combining marks holding exactly one toned letter, or one of the four
 * combining tone marks. Written so that the toned character is found in one way only (the first
 * alternative's letters cannot be toned letters; the second's cannot be tone marks): the plain
 * `X*[toned]X*` form backtracks quadratically on a long run of combining marks (recheck).
 */
const SYLLABLE_CHAR = '[a-zü\\u0300-\\u036f]';
const SYLLABLE = `(?:${SYLLABLE_CHAR}*[${TONED}]${SYLLABLE_CHAR}*|[a-zü\\u0302\\u0303\\u0305-\\u030b\\u030d-\\u036f]*[\\u0304\\u0301\\u030c\\u0300]${SYLLABLE_CHAR}*)`;
// Each alternative starts with the literal '(' (and checks the Han character before it by a
// lookbehind), so the engine scans for '(' instead of testing a lookbehind at every position.
const PINYIN_RE = new RegExp(`\\((?<=[\\u3400-\\u9fff]\\()(?:${SYLLABLE}\\)(?:\\(${SYLLABLE}\\))*|([a-z]{1,6})\\)\\(\\1\\))`, 'g');

/** Removes pinyin annotations after Han characters. */
export function stripPinyin(text: string): PassResult {
  return rewrite(text, PINYIN_RE, () => '');
}

/*
 * Spaces inside Chinese labels ('自 然 人', '商业 企业', '(一) 予以公开', '本年新 制作数量'): a
 * single space between two Han characters (or after a closing bracket or 、 and before a Han
 * character) is an artefact of justification or of a <br> in a cell. Runs of two or more
 * spaces separate columns in space-aligned layouts and are kept.
 */
const CJK_SPACE_RE = / (?<=[\u3400-\u9fff)\u3001”] )(?=[\u3400-\u9fff(“])/g;

/** Removes single spaces between Chinese characters. */
export function collapseCjkSpaces(text: string): PassResult {
  return rewrite(text, CJK_SPACE_RE, () => '');
}

/*
 * Quotes: corner brackets and ASCII double quotes around Chinese text become the curly
 * quotes of the template ('危及“三安全一稳定”'). ASCII quotes alternate open/close within a line.
 */
const QUOTE_RE = /[「『」』]|"(?:(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff]"))/g;

/** Normalises quotation marks around Chinese text to “ ”. */
export function normalizeQuotes(text: string): PassResult {
  let lineStart = -1;
  let open = false;
  return rewrite(text, QUOTE_RE, (m) => {
    const q = m[0];
    if (q === '「' || q === '『') return '“';
    if (q === '」' || q === '』') return '”';
    const ls = text.lastIndexOf('\n', m.index);
    if (ls !== lineStart) {
      lineStart = ls;
      open = false;
    }
    open = !open;
    return open ? '“' : '”';
  });
}

/*
 * Taiwan vocabulary. A converter to Taiwan usage (opencc `twp`, a Taiwan mirror) rewrites words as
 * well as characters: 信息 → 資訊, 規範性文件 → 規範性檔案, 項目 → 專案, 數據 → 資料, 網絡 → 網路
 * (opencc's TWPhrases; these are its words that the template's labels and headings hold). After
 * traditional → simplified the words read 资讯, 规范性档案, … and no label matches. The template
 * says 政府信息公开 in every report's title, headings and tables, so a text that says 资讯 more
 * often than 信息 was rewritten, and these words are read back; any other text is left alone
 * (资料 and 档案 are ordinary words in mainland text: 档案 is read back only after 性 or where no Han
 * character follows, as in and at the end of the template's one 文件 label, 规范性文件, whose pieces
 * a `-layout` print wraps around its row's numbers or blank markers; never in 档案馆, 档案局, …). A word wrapped
 * over a line end (whitespace between its two characters) is read back too, its whitespace kept, so
 * every offset stays where it was.
 */
const TAIWAN_VOCABULARY_RE = /([资档专网])(\s*)([讯案料路])/g;

/** Each Taiwan word of {@link TAIWAN_VOCABULARY_RE} followed by its mainland word, four characters a pair. */
const MAINLAND_WORDS = '资讯信息档案文件专案项目资料数据网路网络';

/** A Han character. */
const HAN_RE = /[\u3400-\u9fff]/;
/** 性 and whitespace closing the text before a word (规范性 before 档案). */
const AFTER_XING_RE = /性\s*$/;
/** Characters looked at before a word for {@link AFTER_XING_RE}. */
const XING_LOOKBACK = 8;

/**
 * Whether 档案 at `[start, end)` ends 规范性文件, the template's one 文件 label: 性 before it
 * (whitespace between allowed), or no Han character after it (a label wrapped around its row's
 * numbers or blank markers in a `-layout` print). 档案馆, 档案局, … are left alone.
 */
function fileLabelEnd(text: string, start: number, end: number): boolean {
  return AFTER_XING_RE.test(text.slice(Math.max(0, start - XING_LOOKBACK), start)) || !HAN_RE.test(text.charAt(end));
}

/**
 * Reads Taiwan vocabulary back into the template's words (资讯 → 信息, 档案 → 文件 after 性 or where
 * no Han character follows, 专案 → 项目, 资料 → 数据, 网路 → 网络) in a text that says 资讯 more often than
 * 信息; other texts are returned unchanged.
 */
export function restoreMainlandVocabulary(text: string): PassResult {
  const taiwan = text.match(/资讯/g)?.length ?? 0;
  if (taiwan === 0 || taiwan <= (text.match(/信息/g)?.length ?? 0)) return { text, map: null, count: 0 };
  return rewrite(text, TAIWAN_VOCABULARY_RE, (m) => {
    const i = MAINLAND_WORDS.indexOf(`${m[1]}${m[3]}`);
    if (i < 0 || i % 4 !== 0 || (m[1] === '档' && !fileLabelEnd(text, m.index, m.index + m[0].length))) return null;
    // (the whitespace between the two characters kept)
    return `${MAINLAND_WORDS.charAt(i + 2)}${m[2] ?? ''}${MAINLAND_WORDS.charAt(i + 3)}`;
  });
}
