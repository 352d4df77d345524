/**
 * Heading-number grammar: the list markers reports use, in every style seen.
 *
 * `一、` `一.` `一 ` (level 1), `(一)` `（一）` (level 2, brackets are half-width after NFKC),
 * `1.` `1、` `(1)` (level 3), `第一部分`, Markdown `#` prefixes, and markers whose numeral was
 * lost in extraction: `、主动公开…` and `)政务公开…`.
 */
import { alt, byFirstChar, groups, seqMap, token, runPrefix, type Grammar } from './parsimmon.js';

/** Style of a list marker. */
export type HeadingStyle = 'cn' | 'cnParen' | 'arabic' | 'arabicParen' | 'part' | 'lost';

/** A parsed list marker at the start of a line. */
export interface HeadingNumber {
  /** Marker style. */
  style: HeadingStyle;
  /** The numeral (`一`, `3`), or `null` when it was lost. */
  numeral: string | null;
  /** Numeric value of the numeral (一 → 1, 十二 → 12), or `null`. */
  value: number | null;
  /** Outline level implied by the style: 1 for `一、`, 2 for `(一)`, 3 for `1.`. */
  level: 1 | 2 | 3;
  /** The marker as written (`(四)`, `一、`). */
  marker: string;
  /** Offset in the line where the title starts (after the marker and spaces). */
  titleStart: number;
  /** Markdown heading depth (`##` → 2), 0 when none. */
  markdownDepth: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
const CN_NUMERAL_CODES = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));

const hashes = groups(/[ \t]*(#{0,6})[ \t]*/);
const cnComma = groups(new RegExp(`(${CN})[ \\t]*[、.,][ \\t]*`)).map((m) => ({
  style: 'cn' as const,
  numeral: m[1] ?? '',
  len: m[0].length,
}));
const cnSpace = groups(new RegExp(`(${CN})[ \\t]{1,8}(?=[\\u4e00-\\u9fff])`)).map((m) => ({
  style: 'cn' as const,
  numeral: m[1] ?? '',
  len: m[0].length,
}));
const cnParen = groups(new RegExp(`\\([ \\t]*(${CN})[ \\t]*\\)[ \\t]*[、.]?[ \\t]*`)).map((m) => ({
  style: 'cnParen' as const,
  numeral: m[1] ?? '',
  len: m[0].length,
}));
const arabicParen = groups(/\((\d{1,2})\)[ \t]*/).map((m) => ({ style: 'arabicParen' as const, numeral: m[1] ?? '', len: m[0].length }));
const arabic = groups(/(\d{1,2})[ \t]*[.、](?!\d)[ \t]*/).map((m) => ({ style: 'arabic' as const, numeral: m[1] ?? '', len: m[0].length }));
const part = groups(new RegExp(`第(${CN})部分[ \\t]*[、.:]?[ \\t]*`)).map((m) => ({
  style: 'part' as const,
  numeral: m[1] ?? '',
  len: m[0].length,
}));
const lost = token(/[、)][ \t]*(?=[\u4e00-\u9fff])/).map((t) => ({ style: 'lost' as const, numeral: null, len: t.text.length }));

/**
 * The marker: `part` | `cnParen` | `cnComma` | `cnSpace` | `arabicParen` | `arabic` | `lost`, tried in
 * that order. Their first characters are disjoint but for `(` (cnParen, then arabicParen) and a
 * Chinese numeral (cnComma, then cnSpace), so the character at the marker picks the group to try.
 */
const parenMarker = alt(cnParen, arabicParen);
const cnMarker = alt(cnComma, cnSpace);
type Marker = { style: HeadingStyle; numeral: string | null; len: number };
const marker: Grammar<Marker> = byFirstChar<Marker>((c) => {
  if (c === 0x7b2c /* 第 */) return part;
  if (c === 0x28 /* ( */) return parenMarker;
  if (CN_NUMERAL_CODES.has(c)) return cnMarker;
  if (c >= 0x30 && c <= 0x39) return arabic;
  if (c === 0x3001 /* 、 */ || c === 0x29 /* ) */) return lost;
  return null;
}, 'list marker');

const heading: Grammar<HeadingNumber> = seqMap(hashes, marker, (h, mk) => {
  const markdownDepth = (h[1] ?? '').length;
  const numeral = mk.numeral;
  const level: 1 | 2 | 3 = mk.style === 'cn' || mk.style === 'part' ? 1 : mk.style === 'cnParen' || mk.style === 'lost' ? 2 : 3;
  const value = numeral === null ? null : /\d/.test(numeral) ? Number(numeral) : chineseNumeralValue(numeral);
  return {
    style: mk.style,
    numeral,
    value,
    level,
    marker: '',
    titleStart: h[0].length + mk.len,
    markdownDepth,
  };
});

/**
 * Lines that may start with a list marker, checked before the grammar runs: a necessary condition
 * of every alternative above (tested against the grammar itself), so that value lines (`12 |`)
 * and sentences (`2023年…`, `一是…`) do not pay for the grammar's failures.
 */
const MAYBE_MARKER =
  /^[ \t]*(?:#{1,6}[ \t]*)?(?:第[一二三四五六七八九十]|[(（][ \t]*[一二三四五六七八九十\d]|[一二三四五六七八九十]{1,3}[ \t]*[、.,]|[一二三四五六七八九十]{1,3}[ \t]|\d{1,2}[ \t]*[.、]|[、)])/;

/** Parses the list marker at the start of a line; `null` when the line has none. */
export function parseHeadingNumber(line: string): HeadingNumber | null {
  if (!MAYBE_MARKER.test(line)) return null;
  // Headings and row labels repeat from report to report: parsed once (the result is never changed).
  let h = HEADINGS.get(line);
  if (h === undefined) {
    h = parseHeadingNumberUnfiltered(line);
    if (HEADINGS.size >= HEADING_MEMORY) HEADINGS.clear();
    HEADINGS.set(line, h);
  }
  return h;
}

/** Parsed markers by line text (see {@link parseHeadingNumber}). */
const HEADINGS = new Map<string, HeadingNumber | null>();
/** Lines remembered before the memory is cleared (bounds it on inputs of many distinct lines). */
const HEADING_MEMORY = 5000;

/**
 * {@link parseHeadingNumber} without the pre-check (for the test that the pre-check never turns
 * away a line the grammar accepts).
 * @internal
 */
export function parseHeadingNumberUnfiltered(line: string): HeadingNumber | null {
  // The marker is a prefix of the line: the title after it is not parsed.
  const h = runPrefix(heading, line);
  if (h === null) return null;
  h.marker = line
    .slice(0, h.titleStart)
    .replace(/^[ \t#]+/, '')
    .trim();
  return h;
}

/** Markdown heading depth of a line without a list marker (`## 表三` → 2). */
export function markdownDepth(line: string): number {
  const m = /^[ \t]*(#{1,6})[ \t]/.exec(line);
  return m ? (m[1] as string).length : 0;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral up to 99 (`十二` → 12); `null` when malformed. */
export function chineseNumeralValue(s: string): number | null {
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 ? (DIGITS[s] ?? null) : null;
  const tens = ten === 0 ? 1 : (DIGITS[s.slice(0, ten)] ?? null);
  const ones = ten === s.length - 1 ? 0 : (DIGITS[s.slice(ten + 1)] ?? null);
  if (tens === null || ones === null) return null;
  return tens * 10 + ones;
}
