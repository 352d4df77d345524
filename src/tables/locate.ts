/**
 * Locating the three tables: each starts at its own signature (a caption, the header note, the
 * litigation header), wherever the headings are, and ends where the next table starts or the
 * report goes back to prose.
 */
import type { Line } from '../grammar/lines.js';
import type { HeadingLine } from '../outline/headings.js';
import { cleanText } from './label-match.js';
import { isBrowserPrintLine, isPageAddress, isPageNumber } from './tokens.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../template/table4.js';
import { TABLE3_NOTE } from '../template/versions/common.js';

/** A range of lines `[from, to)`. */
export interface LineRange {
  /** First line. */
  from: number;
  /** Line after the last. */
  to: number;
}

/** Where each table is; `null` when its signature was not found. */
export interface TableRegions {
  /** Table 二. */
  t2: LineRange | null;
  /** Table 三. */
  t3: LineRange | null;
  /** Table 四. */
  t4: LineRange | null;
}

const CAPTION_RE = /第二十条第?[(]?[一二三四五六七八九十][)]?项/;
const T3_ANCHORS = ['本列数据的勾稽关系', '本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量'];
/**
 * The anchors searched wrapped over lines: the note whole (cleaned), so that a cut right before its
 * anchor's last character (`（本列数据的勾稽关` / `系为：第一项加第二`) still leaves two characters of it on
 * the next line.
 */
const T3_WRAPPED_ANCHORS = [...T3_ANCHORS, cleanText(TABLE3_NOTE.normalize('NFKC'))];
const T4_ANCHORS = ['未经复议直接起诉', '复议后起诉'];
/** Table 四's group header line, its first two groups printed side by side (`行政复议  行政诉讼（…`). */
const T4_GROUP_HEADER = '行政复议行政诉讼';

/**
 * Non-blank lines searched back from the litigation header for the 行政复议 header: a
 * column-by-column table 四 prints 12 before it, and plain pdftotext of a header printed one
 * character per line (vertical header cells) prints the first group's header, four characters per
 * column, and its five numbers (about 30 lines) in between. The search stops earlier at prose, at a
 * heading and at table 三's last rows.
 */
const T4_HEADER_LOOKBACK = 48;

/** A line of nothing but pieces of table 四's column headers (结果维持, 结果纠正, 其他结果, 尚未审结, 总计). */
const T4_HEADER_PIECE = /^[结果维持纠正其他尚未审总计]+$/;

/** A line of numbers only (a table row printed without its labels). */
const NUMBERS_ONLY = /^[\d\s.,，/—-]+$/;

/** Words of the tables; a long line holding one is a table flattened onto one line (crawler text), not prose. */
const TABLE_WORDS = /第二十条|勾稽关系|本年新收|上年结转|结转下年度|未经复议直接起诉|复议后起诉|信息内容/;

/** A line of running text rather than table cells: a sentence (full stop inside), or long without table words (and not numbers alone). */
export function isProse(l: Line): boolean {
  if (l.kind !== 'text') return false;
  const t = l.text;
  const stop = t.indexOf('。');
  if (stop !== -1 && (stop < t.length - 1 || t.length > 20)) return true;
  // (a long line of numbers alone is a row of cells set far apart: `pdftotext -layout` keeps the page's gaps;
  // and the gaps are no words: a header line whose few words stand far apart is as short as its words)
  return t.length > PROSE_MIN_LENGTH && !TABLE_WORDS.test(t) && !NUMBERS_ONLY.test(t) && compact(l).length > PROSE_MIN_LENGTH;
}

/** Characters a line without a full stop needs to be running text (its spaces not counted). */
const PROSE_MIN_LENGTH = 60;

/**
 * A sentence of prose and no table cell: a text line with a full stop that names nothing of a
 * table. Inside a table's region (a note under a table, prose cut out of one-line text) it is
 * left out, so that its numbers never become cells.
 */
export function isSentence(l: Line): boolean {
  return l.kind === 'text' && /[。!?]/.test(l.text) && !TABLE_WORDS.test(l.text);
}

/** A note's marker at the start of a line (`注：`, `注1：`, `备注:`, `说明：`). */
const NOTE_MARKER_RE = /^\s*(?:注|备注|说明)\s*(?:[0-9０-９一二三四五六七八九十]+\s*)?[：:]/;

/**
 * A note under a table: a text line opening with a note's marker (`注：数据截至 2023 年 12 月`) that
 * names nothing of a table. No table cell opens so; inside a table's region the line is left out
 * (as a sentence is), so that its figures never become cells.
 */
export function isNoteLine(l: Line): boolean {
  if (l.kind === 'pipe') return isNoteRow(l);
  return l.kind === 'text' && NOTE_MARKER_RE.test(l.text) && !TABLE_WORDS.test(l.text);
}

/**
 * A note written as a table's own row (`| 注：1件申请涉及2项以上办理结果的… |`, one cell across every
 * column, as many reports end tables 三 and 四): a pipe line whose one non-empty cell opens with a
 * note's marker. No row of the template opens so, and the cell holds the whole note (no row label
 * beside it, whatever table words the note names: `含上年结转2件`), so its figures are no cells.
 */
function isNoteRow(l: Line): boolean {
  const filled = l.cells.filter((c) => c.text !== '');
  return filled.length === 1 && NOTE_MARKER_RE.test(filled[0]?.text ?? '');
}

/** A line opening with Han words (two characters at least: no cell, no list number, no caption number). */
const OPENS_WITH_WORDS_RE = /^\s*[\u4e00-\u9fff]{2}/;

/** A number followed by a unit of a date (`2023 年`, `12月`, `31 日`): a figure of prose, never a count of a cell. */
const DATE_FIGURE_RE = /\d\s*[年月日]/;

/**
 * A dated line of prose under or inside a table (`数据截至时间 2023 年 12`, no note's marker): a text
 * line that opens with Han words, holds a number followed by a date's unit (年, 月, 日) and names
 * nothing of a table. No table row reads so (a row's numbers are counts, each followed by the next
 * cell or nothing); inside a table's region the line is left out, as a note is, so that its figures
 * never become cells.
 */
export function isDatedProse(l: Line): boolean {
  return l.kind === 'text' && OPENS_WITH_WORDS_RE.test(l.text) && DATE_FIGURE_RE.test(l.text) && !TABLE_WORDS.test(l.text);
}

/**
 * Every character table 四 prints in words: its group and result headers, its caption sentence and
 * its section's heading (template data).
 */
const T4_WORD_CHARS: ReadonlySet<string> = new Set(
  [
    ...TABLE4_GROUPS.flatMap((g) => [g.label, g.supergroup ?? '']),
    ...TABLE4_COLUMNS.map((c) => c.label),
    '本年度行政复议、行政诉讼情况统计如下',
    '政府信息公开行政复议、行政诉讼情况',
  ].join(''),
);

/** A line's opening Han words, two characters at least (spaces between them allowed: laid-out text spaces a header's words). */
const OPENING_WORDS_RE = /^\s*([\u4e00-\u9fff](?:\s*[\u4e00-\u9fff])+)/;

/** A digit, ASCII or full-width. */
export const ANY_DIGIT_RE = /[0-9０-９]/;

/**
 * A line of words foreign to table 四 holding a number (`本机关涉及部门 2023 个 12`): its opening
 * Han words hold a character none of table 四's printed words holds (see {@link T4_WORD_CHARS}),
 * and it names nothing of a table. Table 四 has no row labels: every word of its region is a piece
 * of its headers, its caption or its heading, so such a line is prose (a note without marker or
 * date), never a row. Read under the row only (after a line of numbers of the region, see
 * `parse-report.ts`): a label a report writes before its row's numbers stays.
 */
export function isForeignToTable4(l: Line): boolean {
  if (l.kind !== 'text' || !ANY_DIGIT_RE.test(l.text) || TABLE_WORDS.test(l.text)) return false;
  const words = OPENING_WORDS_RE.exec(l.text)?.[1];
  return words !== undefined && [...words].some((ch) => ch.trim() !== '' && !T4_WORD_CHARS.has(ch));
}

function compact(l: Line): string {
  return l.text.replace(/\s+/g, '');
}

/** Table 四's caption sentence and its group header's pieces (行政复议, 行政诉讼, 未经复议直接起诉, 复议后起诉). */
const T4_GROUP_PIECE =
  /^(?:本年度行政复议、行政诉讼情况统计如下[:：]?|行政复议|行政诉讼|[（(]?未经复议直接起诉[）)]?|[（(]?复议后起诉[）)]?)$/;

/** A cell of a tail line: a bare number (`0`, `1,179`) or a blank cell's marker (`/`, `无`, `—`). */
const TAIL_CELL = String.raw`(?:\d[\d,，.]*|[/／\\]|无|空|[—－-]+)`;

/** A line of bare numbers and blank markers (`0`, `12 3`, `/ 21`): no word, no unit. */
const BARE_NUMBERS = new RegExp(`^${TAIL_CELL}(?:\\s+${TAIL_CELL})*$`);

/** A line of a table-三 tail after the next heading: bare numbers and blank markers only. */
export function isTailNumbers(l: Line): boolean {
  return l.kind === 'text' && BARE_NUMBERS.test(l.text.trim());
}

/** A browser's print furniture on a line of its own: the page's address, the page number, the print date. */
function isFurniture(text: string): boolean {
  return isPageAddress(text) || isPageNumber(text) || isBrowserPrintLine(text);
}

/**
 * The lines of bare numbers right after the heading that ends table 三's region, before any other
 * text: the right-hand columns of table 三's last rows, which plain `pdftotext` of a browser print
 * may write after the next section's heading (the heading is printed in the flow of the label
 * cells, the columns' blocks after it). Null when the region does not end at a heading, when no
 * such line follows it, or when table 四 starts among them (its own numbers printed before its
 * header). Only table 三's column-tail repair reads them, by count and arithmetic.
 */
export function tailAfterHeading(lines: readonly Line[], headings: readonly HeadingLine[], regions: TableRegions): LineRange | null {
  const t3 = regions.t3;
  if (!t3 || !headingAt(headings, t3.to)) return null;
  let to = t3.to + 1;
  let last = -1;
  while (to < lines.length) {
    const l = lines[to] as Line;
    if (isTailNumbers(l)) last = to;
    else if (l.kind === 'text' && T4_GROUP_PIECE.test(compact(l))) {
      /* table 四's caption and group header, printed in the flow of table 三's label cells */
    } else if (l.kind === 'text' && isFurniture(l.text.trim())) {
      /* a browser's print footer or header at a page break (plain pdftotext writes the address, the
         page number and the date apart): no text of the report */
    } else if (l.kind !== 'blank') break;
    to++;
  }
  if (last < 0) return null;
  return { from: t3.to + 1, to: last + 1 };
}

/**
 * The lines from the end of table 四's region to the last line of bare numbers in the text: cells of
 * table 四 that plain `pdftotext` wrote after the sections that follow it (each cell of a Word
 * table a block of its own, the blocks of the page's right-hand part after its text). Null when no
 * such line follows, or when another table's region lies after table 四's. Only the tail's numbers
 * and blank lines are read with the table, and only where they complete it (see `parse-report.ts`).
 */
export function tailAfterText(lines: readonly Line[], regions: TableRegions): LineRange | null {
  const t4 = regions.t4;
  if (!t4 || (regions.t3?.from ?? 0) > t4.from || (regions.t2?.from ?? 0) > t4.from) return null;
  let last = -1;
  for (let i = t4.to; i < lines.length; i++) if (isTailNumbers(lines[i] as Line)) last = i;
  return last < 0 ? null : { from: t4.to, to: last + 1 };
}

/** Finds the table regions. */
export function locateTables(lines: readonly Line[], headings: readonly HeadingLine[]): TableRegions {
  const n = lines.length;
  // Compact text of the lines that can hold a table anchor (null for blank and prose lines), once,
  // when a search first reaches the line (lines after the last anchor are never compacted).
  const compacts: (string | null | undefined)[] = new Array<string | null | undefined>(n);
  const compactAt = (i: number): string | null => {
    let c = compacts[i];
    if (c === undefined) {
      const l = lines[i] as Line;
      c = l.kind === 'blank' || isProse(l) ? null : compact(l);
      compacts[i] = c;
    }
    return c;
  };
  // (`anchors`: the compact text can hold one of them only where the line holds its first character;
  // a line without any is passed without compacting it)
  const find = (from: number, test: (c: string, l: Line) => boolean, anchors?: readonly string[]): number => {
    for (let i = Math.max(0, from); i < n; i++) {
      if (anchors && !anchors.some((a) => (lines[i] as Line).text.includes(a.charAt(0)))) continue;
      const c = compactAt(i);
      if (c !== null && c !== undefined && test(c, lines[i] as Line)) return i;
    }
    return -1;
  };

  const t2Start = find(0, (c) => CAPTION_RE.test(c) || (c.startsWith('信息内容') && c.length <= 40));
  let t3Start = find(t2Start < 0 ? 0 : t2Start, (c) => T3_ANCHORS.some((a) => c.includes(a)), T3_ANCHORS);
  // An anchor wrapped in a narrow label cell (Word's column widths: `（本列数据的勾稽关` over
  // `系为：第一项加第二`, `一、本年新收政府信` over `息公开申请数量`): the anchor's head in a line's first
  // word, its tail opening the next non-blank line's, searched before the anchor found whole.
  const wrapped = findWrappedAnchor(lines, compactAt, t2Start < 0 ? 0 : t2Start, t3Start < 0 ? n : t3Start, T3_WRAPPED_ANCHORS);
  if (wrapped >= 0) t3Start = wrapped;
  if (t3Start >= 0) {
    // The header cells (申请人情况, 自然人 …) may come just before the note; start at the first of them.
    for (let i = t3Start - 1; i >= Math.max(0, t3Start - 12, t2Start + 1); i--) {
      const l = lines[i] as Line;
      if (l.kind === 'blank') continue;
      if (isProse(l)) break;
      const c = cleanText(compact(l));
      if (c.includes('申请人情况') || c === '自然人' || c.includes('法人或其他组织')) t3Start = i;
      else if (headingAt(headings, i) || CAPTION_RE.test(c)) break;
    }
  }
  const afterT3 = t3Start >= 0 ? t3Start : t2Start >= 0 ? t2Start : 0;
  let t4Start = find(afterT3 + 1, (c) => T4_ANCHORS.some((a) => c.includes(a)), T4_ANCHORS);
  // Both anchors wrapped in narrow header cells (`行政诉讼（未经复议` over `直接起诉）`): the group
  // header line itself, its two groups' words side by side.
  if (t4Start < 0) t4Start = find(afterT3 + 1, (c) => cleanText(c).startsWith(T4_GROUP_HEADER));
  if (t4Start >= 0) {
    // Walk back to the 行政复议 header line (within a few lines, not past table 三's last row;
    // a converter may have split table 四 into three small tables, so value rows are passed over).
    // (Lines are counted without blank ones: plain pdftotext prints a column-by-column table as
    // one cell per line with a blank line after each.)
    let seen = 0;
    for (let i = t4Start - 1; i >= afterT3 + 1 && seen < T4_HEADER_LOOKBACK; i--) {
      const l = lines[i] as Line;
      if (l.kind === 'blank') continue;
      seen++;
      if (isProse(l) || headingAt(headings, i)) break;
      const c = cleanText(compact(l));
      if (c.includes('结转下年度') || c.includes('本年度办理结果')) break;
      if (c.startsWith('行政复议') && c.length <= 20) t4Start = i;
    }
    // Header words printed before the 行政复议 header (plain pdftotext writes a column's vertical
    // header, and the number under it, as a block of its own: `结` / `果` / `维` / `持` / `0`).
    for (let i = t4Start - 1, seenHeader = t4Start; i > afterT3; i--) {
      const l = lines[i] as Line;
      if (l.kind === 'blank') continue;
      const c = compact(l);
      if (T4_HEADER_PIECE.test(c)) t4Start = seenHeader = i;
      else if (!NUMBERS_ONLY.test(c) || seenHeader - i > T4_HEADER_LOOKBACK) break;
    }
    // The row of numbers printed before the header (plain pdftotext), right under the table's heading.
    let k = t4Start - 1;
    while (k > afterT3 && (lines[k]?.kind === 'blank' || NUMBERS_ONLY.test(compact(lines[k] as Line)))) k--;
    if (k > afterT3 && headingAt(headings, k)) {
      for (let i = k + 1; i < t4Start; i++) {
        if (lines[i]?.kind !== 'blank') {
          t4Start = i;
          break;
        }
      }
    }
  }

  const nextHeading = (from: number): number => {
    for (const h of headings) if (h.line > from && h.level === 1) return h.line;
    return n;
  };
  const t2: LineRange | null =
    t2Start >= 0 ? { from: t2Start, to: firstOf(t3Start, t4Start, nextHeadingNotOwn(headings, t2Start, 'proactiveDisclosure', n)) } : null;
  const t3: LineRange | null =
    t3Start >= 0 ? { from: t3Start, to: firstOf(t4Start, nextHeadingNotOwn(headings, t3Start, 'applications', n)) } : null;
  const t4: LineRange | null = t4Start >= 0 ? { from: t4Start, to: endOfT4(lines, t4Start, headings, nextHeading(t4Start)) } : null;
  return { t2, t3, t4 };
}

/** The first word of a line: its text up to the first space (laid-out text spaces its cells apart). */
function firstWord(l: Line): string {
  const t = l.text.trimStart();
  const end = t.search(/\s/);
  return end < 0 ? t : t.slice(0, end);
}

/**
 * The first line in `[from, to)` whose first word holds the head of one of the anchors and the
 * next non-blank line's first word its tail (see {@link wrapsInto}): an anchor wrapped in a
 * narrow label cell. Lines that hold no anchor piece (blank, prose) are passed over;
 * -1 when none.
 */
function findWrappedAnchor(
  lines: readonly Line[],
  compactAt: (i: number) => string | null,
  from: number,
  to: number,
  anchors: readonly string[],
): number {
  let prev = -1;
  let prevWord = '';
  for (let i = Math.max(0, from); i < Math.min(to + 1, lines.length); i++) {
    if (compactAt(i) === null) continue;
    const word = cleanText(firstWord(lines[i] as Line));
    if (prev >= 0 && prevWord !== '' && word !== '') {
      for (const a of anchors) if (wrapsInto(a, prevWord, word)) return prev;
    }
    prev = i;
    prevWord = word;
  }
  return -1;
}

/** The fewest characters of an anchor on either line of a wrap. */
const MIN_ANCHOR_PIECE = 2;

/**
 * The fewest characters of an anchor its two pieces show together where the next line holds only
 * part of its tail (the anchor wrapped over three lines or more: `本年新收政` / `府信息公开` / `申请数量`).
 */
const MIN_PARTIAL_WRAP = 8;

/**
 * Whether `anchor` is cut over two lines: its head (two characters at least) in `word`, its tail
 * (two at least) opening `next`, or `next` (two at least) the tail's beginning where the two pieces
 * show {@link MIN_PARTIAL_WRAP} characters of the anchor at least (the rest on further lines). The
 * head may be followed by the next cell's text on its line (`（本列数据的勾` and `自然` run together
 * where the text removed the space between Han characters).
 */
function wrapsInto(anchor: string, word: string, next: string): boolean {
  for (let k = MIN_ANCHOR_PIECE; k <= anchor.length - MIN_ANCHOR_PIECE; k++) {
    // (either way the tail and `next` open with one character: a cut where they do not is passed by
    // without building its pieces; most lines open with no character of an anchor)
    if (anchor.charCodeAt(k) !== next.charCodeAt(0)) continue;
    const tail = anchor.slice(k);
    const opens =
      next.startsWith(tail) || (next.length >= MIN_ANCHOR_PIECE && k + next.length >= MIN_PARTIAL_WRAP && tail.startsWith(next));
    if (opens && word.includes(anchor.slice(0, k))) return true;
  }
  return false;
}

function headingAt(headings: readonly HeadingLine[], line: number): boolean {
  return headings.some((h) => h.line === line);
}

/** The first section heading after `from` that belongs to another section than `own`. */
function nextHeadingNotOwn(headings: readonly HeadingLine[], from: number, own: string, n: number): number {
  for (const h of headings) if (h.line > from && h.key !== own && h.key !== null) return h.line;
  for (const h of headings) if (h.line > from && h.level === 1 && h.key === null) return h.line;
  return n;
}

function firstOf(...xs: number[]): number {
  let min = Infinity;
  for (const x of xs) if (x >= 0 && x < min) min = x;
  return min;
}

/** Table 四 ends at the first heading or prose line after its values. */
function endOfT4(lines: readonly Line[], from: number, headings: readonly HeadingLine[], limit: number): number {
  let seenValue = false;
  for (let i = from + 1; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.kind === 'blank') continue;
    if (seenValue && (isProse(l) || headingAt(headings, i) || isSubHeading(l))) return i;
    if (!seenValue && i >= limit) return i;
    if (/(^|[\s|])\d+([\s|]|$)/.test(l.text) || /^\s*\d+\s*$/.test(l.text)) seenValue = true;
  }
  return lines.length;
}

/** A numbered line of text after table 四 (`（一）主要问题`) ends it even when it is not a template section. */
function isSubHeading(l: Line): boolean {
  return l.kind === 'text' && /^[#\s]*(\([一二三四五六七八九十]\)|[一二三四五六七八九十][、.])/.test(l.text);
}
