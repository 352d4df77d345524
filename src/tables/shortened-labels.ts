/**
 * Shortened row labels: reports print a long template label with words left out
 * (`5.要求确认或重新出具信息` for `5.要求行政机关确认或重新出具已获取信息`, `1.申请人逾期不补正` for
 * the 31-character `1.申请人无正当理由逾期不补正、…`). Such a label is still the row's by evidence
 * when it carries the row's own list marker, its characters are the template label's in order (whole
 * words left out, two characters or more at each place; none added), it holds one of the row's discriminating keywords and ends at the label's end
 * or a keyword's; a beginning of the label (the rest wrapped below) is no shortened label. Where that
 * fits two rows, it is neither's. The wrapped-label repair reads a join of pieces as a label only where it is
 * exactly one: this index lets it read a shortened one too.
 */
import { parseHeadingNumber, type HeadingNumber } from '../grammar/heading.js';
import { cleanLabel, cleanText, hasCleanContent } from './label-match.js';

/** One template row the index knows: its key, its label as printed (list marker and all), its keywords. */
export interface ShortenedCandidate<K extends string> {
  /** Key returned on a match. */
  readonly key: K;
  /** The template label with its list marker (`5.要求行政机关确认或重新出具已获取信息`). */
  readonly label: string;
  /** The row's discriminating keywords (as the template writes them). */
  readonly keywords: readonly string[];
}

/** At most this many rows in one index (one bit each in a 32-bit mask per character). */
const MAX_ROWS = 32;

/** Bits of a code unit that pick its place in a page of the character index (the rest pick the page). */
const PAGE_BITS = 8;
/** Code units per page of the character index. */
const PAGE_SIZE = 1 << PAGE_BITS;

interface Row<K extends string> {
  key: K;
  numbering: HeadingNumber;
  clean: string;
  keywords: readonly string[];
}

/** True when the characters of `short` stand in `full` in the same order (`full` with some left out). */
export function isSubsequence(short: string, full: string): boolean {
  let j = 0;
  for (let i = 0; i < short.length; i++) {
    const c = short.charCodeAt(i);
    while (j < full.length && full.charCodeAt(j) !== c) j++;
    if (j === full.length) return false;
    j++;
  }
  return true;
}

/**
 * Whether `clean` ends where a shortened label of `row` can: at the label's end or at the end of one of
 * its keywords (`…确认或重新出具信息`, `申请人逾期不补正`). A piece cut off inside a word (`2.没有现成信息需要`,
 * the rest wrapped after the numbers) ends neither way.
 */
const endsAsLabel = (clean: string, row: { clean: string; keywords: readonly string[] }): boolean =>
  clean.endsWith(row.clean.slice(-LABEL_END_CHARS)) || row.keywords.some((k) => clean.endsWith(k));

/** Characters of a label's end a shortened label keeps (its last word: `信息`, `数量`, `办理`). */
const LABEL_END_CHARS = 2;

/** Characters a shortened label leaves out at a place, at least: a word (`行政机关`, `政府`); one character left out is a piece trimmed or a character lost, not a word. */
const MIN_LEFT_OUT = 2;

/**
 * True when `short` is `full` with whole words left out: its characters stand in `full` in order
 * (matched leftmost) and each run of `full` skipped before or between them is
 * {@link MIN_LEFT_OUT} characters or more (a run after them is the caller's to judge).
 */
export function leavesOutWords(short: string, full: string): boolean {
  let j = 0;
  for (let i = 0; i < short.length; i++) {
    const c = short.charCodeAt(i);
    const from = j;
    while (j < full.length && full.charCodeAt(j) !== c) j++;
    if (j === full.length) return false;
    if (j - from > 0 && j - from < MIN_LEFT_OUT) return false;
    j++;
  }
  return true;
}

/** Characters (list marker off) a beginning of a shortened label holds at least ({@link ShortenedLabels.beginningOf}). */
const MIN_BEGINNING = 3;

const sameMarker = (a: HeadingNumber, b: HeadingNumber): boolean => a.style === b.style && a.value !== null && a.value === b.value;

/** Shortened labels of a set of numbered template rows (see the module comment). */
export class ShortenedLabels<K extends string> {
  readonly #rows: Row<K>[] = [];
  /**
   * Per code unit of the labels: the rows whose cleaned label holds it (bit i: row i). Pages of
   * {@link PAGE_SIZE} code units, made only for the pages the labels use (a few dozen, not a table
   * of every code unit): an array read per character where a `Map` lookup hashed the code unit
   * (`mayEndWith` runs on every piece of label text the wrapped-label repair tries).
   */
  readonly #pages: (Uint32Array | undefined)[] = Array.from({ length: 0x10000 / PAGE_SIZE }, () => undefined);

  /** Indexes the numbered rows of `candidates` that have keywords (the others are never read shortened). */
  constructor(candidates: readonly ShortenedCandidate<K>[]) {
    for (const c of candidates) {
      const numbering = parseHeadingNumber(c.label);
      if (!numbering || c.keywords.length === 0) continue;
      if (this.#rows.length >= MAX_ROWS) throw new RangeError('ShortenedLabels: too many rows');
      const bit = 1 << this.#rows.length;
      const clean = cleanLabel(c.label).clean;
      this.#rows.push({ key: c.key, numbering, clean, keywords: c.keywords.map(cleanText) });
      for (let i = 0; i < clean.length; i++) {
        const code = clean.charCodeAt(i);
        const page = (this.#pages[code >>> PAGE_BITS] ??= new Uint32Array(PAGE_SIZE));
        page[code & (PAGE_SIZE - 1)] = ((page[code & (PAGE_SIZE - 1)] as number) | bit) >>> 0;
      }
    }
  }

  /**
   * The key of the one row `text` is a shortened label of: it starts with the row's list marker,
   * its cleaned text is the row's label with words left out and holds a keyword of the row. Null
   * when no row, or more than one, fits.
   */
  keyOf(text: string): K | null {
    const { numbering, clean } = cleanLabel(text);
    if (!numbering || clean === '') return null;
    let found: K | null = null;
    for (const r of this.#rows) {
      if (!sameMarker(numbering, r.numbering) || !r.keywords.some((k) => clean.includes(k)) || !endsAsLabel(clean, r)) continue;
      if (!leavesOutWords(clean, r.clean) || r.clean.startsWith(clean)) continue;
      if (found !== null && found !== r.key) return null;
      found = r.key;
    }
    return found;
  }

  /**
   * The key of the one row whose shortened label `text` may be the numbered beginning of (the rest
   * wrapped to the lines below: `5.要求确认或` of `5.要求确认或重新出具信息`): it starts with the row's
   * list marker and its cleaned text, at least {@link MIN_BEGINNING} characters, begins as the row's
   * label does and is that label with words left out. Null when no row, or more than one, fits.
   */
  beginningOf(text: string): K | null {
    const { numbering, clean } = cleanLabel(text);
    if (!numbering || clean.length < MIN_BEGINNING) return null;
    let found: K | null = null;
    for (const r of this.#rows) {
      if (!sameMarker(numbering, r.numbering) || clean.charCodeAt(0) !== r.clean.charCodeAt(0) || !leavesOutWords(clean, r.clean)) continue;
      if (found !== null && found !== r.key) return null;
      found = r.key;
    }
    return found;
  }

  /**
   * False when no shortened label can end in `tail`: its cleaned text (list marker off) is no
   * row's label with words left out. A cheap check by the characters' rows first.
   */
  mayEndWith(tail: string): boolean {
    if (!hasCleanContent(tail)) return false;
    const clean = cleanLabel(tail).clean;
    let mask = 0xffffffff;
    for (let i = 0; i < clean.length && mask !== 0; i++) mask &= this.#holdsOf(clean.charCodeAt(i));
    if (mask === 0) return false;
    for (let i = 0; i < this.#rows.length; i++) if ((mask >>> i) & 1 && isSubsequence(clean, (this.#rows[i] as Row<K>).clean)) return true;
    return false;
  }

  /** The rows whose cleaned label holds the code unit `code` (bit i: row i). */
  #holdsOf(code: number): number {
    const page = this.#pages[code >>> PAGE_BITS];
    return page === undefined ? 0 : (page[code & (PAGE_SIZE - 1)] as number);
  }
}
