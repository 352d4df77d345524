/**
 * Run-on text: crawlers store a whole article as one line (headings, prose, every table row and
 * its numbers run on, cells separated by one space or by nothing). The structure such a line
 * holds is found in the character stream itself: section headings (a list marker and a title of
 * a template section), table signatures (a caption `第二十条第(一)项`, table 三's note, table 四's
 * header), the row markers of table 三 (`二、上年结转…`, `(三)不予公开`, ` 2.其他…`), sentence ends
 * and the report's title. The line is cut there into pieces that the rest of the pipeline reads
 * like lines of their own; a line break is only one more piece of evidence about where a unit ends.
 *
 * Only a long line holding at least {@link MIN_STRUCTURAL_CUTS} headings or table signatures is
 * cut, so that the prose paragraphs of an ordinary report stay whole. One scan per line: linear.
 */
import { REGISTERED_VERSIONS } from '../template/registry.js';
import { pieceLine, type Line } from '../grammar/lines.js';
import { cleanText } from '../tables/label-match.js';
import { SECTIONS } from '../template/sections.js';
import { table2Definition } from '../template/table2.js';
import { sectionKeyOf } from './headings.js';
import { CELL_UNITS } from '../grammar/cell.js';

/** A line shorter than this is never cut (a table row, a heading, a sentence). */
const RUN_ON_MIN_LENGTH = 16;
/** Headings and table signatures a line must hold to be read as run-on text. */
const MIN_STRUCTURAL_CUTS = 2;
/** Longest title a heading found inside a line may have when it is not the template's own. */
const MAX_INLINE_TITLE = 30;
/** How far into a line the report's title may end (a portal page's chrome may come first). */
const TITLE_REACH = 3000;
/** Longest title before its `年度报告`. */
const MAX_TITLE_LENGTH = 60;
/** The year of a title. */
const TITLE_YEAR_RE = /20\d{2}\s?年/;

/** Words after a level-1 marker that make it a table 三 row, not a heading. */
const ROW_AFTER_MARKER = /^(?:本年新收|上年结转|本年度办理结果|结转下年度)/;
/** The six template section titles (after their marker), longest first. */
const TEMPLATE_TITLES = SECTIONS.map((s) => s.heading.slice(2)).sort((a, b) => b.length - a.length);
/** Where a title found inside a line ends at the latest: a space, sentence or clause punctuation. */
const TITLE_END = /[\s。;,:!?，；：]/;

/**
 * Candidates for a cut, in one pass. Groups: 1 sentence end; 2 level-1 marker (numeral in 3; with a
 * full stop, `四.结转下年度…`, a table 三 row's only); 4 bracketed Chinese numeral; 5 a table caption
 * or note or table 四's header; 6 an Arabic list number after a space; 7 the end of the report's title.
 */
const CANDIDATE_RE =
  /([。;!?])|(([一二三四五六七八九十]{1,2})[、.])|(\([一二三四五六七八九十]\))|(第二十条第|\(本列数据|行政复议 ?(?:行政诉讼|结果维持))|((?<=\s)\d{1,2}[.、](?=[\u3400-\u9fff]))|((?:工作)?年度报告|年报)/g;

/**
 * The words of table 二's cells (the first header cell, column headers and row labels of both
 * versions, longest first so that `行政规范性文件` is not read as `规范性文件`). Inside table 二 each
 * starts a piece: its header and rows then read like cells on lines of their own.
 */
let table2Words: RegExp | null = null;

/** {@link table2Words}, built on first use: only run-on lines need it, and building it at import cost a fresh process ~0.5 ms. */
function table2WordsOnce(): RegExp {
  return (table2Words ??= table2WordsRe());
}

function table2WordsRe(): RegExp {
  const words = new Set<string>(['信息内容']);
  for (const v of REGISTERED_VERSIONS) {
    for (const sub of table2Definition(v).subTables) {
      for (const c of sub.columns) for (const w of [c.label, ...(c.aliases ?? [])]) words.add(w.normalize('NFKC'));
      for (const r of sub.rows) for (const w of [r.label, ...(r.aliases ?? [])]) words.add(w.normalize('NFKC'));
    }
  }
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(alternatives.join('|'), 'g');
}

/** What a cut starts: a table row or table words (`row`, `table2`), or anything else. */
type CutKind = 'structural' | 'row' | 'table2' | 'other';

/**
 * The first cell after table 四's header words, set off by a space: a number or a blank marker.
 * (Glued to the header, the digits stay with it: a run of several cells the reader splits.) A `无`
 * right after the header's last word, 总计, is a blank marker too: normalisation removes the space
 * between two Han characters (`总计 无 无` → `总计无无`), and no word of table 四's header holds 无.
 */
const T4_FIRST_VALUE_RE = /(?<=\s)(?:\d|[/\u2012-\u2015-]{1,2}(?=\s))|(?<=总计)无/;
/** How far table 四's header words may reach (the template's header is about 90 characters). */
const T4_HEADER_REACH = 200;

interface Cut {
  at: number;
  kind: CutKind;
}

/**
 * Number words (or blank markers) followed by Han text, in a piece that starts a table row: the
 * row's cells end there and prose resumes (row labels come before their numbers). Group 1 is the
 * run of number words (a number may carry its unit, and then the text may follow with no space,
 * as normalisation leaves it: `6188.54元注:`); every repetition is bounded, so a long run of numbers
 * costs linear time. A word of `无` (one a blank cell: `0 0 无 0 无无 33`, normalisation joins the
 * markers set off by single spaces) is among the row's cells, unless a template label it starts
 * follows (`无 法提供`, `无 正当理由…`); glued to a note's marker after it (`无无注:数据截至…`,
 * normalisation joins `无 注`), the markers end the row and the note starts; a word of markers
 * after the run is no text resuming.
 */
const NUMBER_WORD = '[+-]?\\d[\\d,]{0,20}(?:\\.\\d{1,6})?';
const UNIT = `(?:${CELL_UNITS.join('|')})`;
/**
 * A note's marker (`注:`, `注1：`, `备注:`, `说明：`) as it follows a row's last cell. Every repetition here
 * and in the patterns built with it is bounded (a few spaces, a note number of three digits at most, a
 * word of 32 markers at most), so they match in linear time (`test/reliability.test.ts`).
 */
const NOTE_AHEAD = '(?:注|备注|说明)\\s{0,4}[0-9０-９]{0,3}\\s{0,4}[:：]';
const VALUES_THEN_TEXT_RE = new RegExp(
  `(?<=^|\\s)((?:(?:${NUMBER_WORD}${UNIT}?|[/\\u2012-\\u2015-]{1,2})\\s{1,8}|无{1,32}\\s{1,8}(?![法正])|${NUMBER_WORD}${UNIT}|无{1,32}(?=${NOTE_AHEAD})){1,32})(?=[\\u3400-\\u9fff])(?!无{1,32}(?:\\s|\\d|$))`,
  'g',
);
/** Number words of a run before text that end a row: two at least (a single-column table 二 row: one). */
const MIN_VALUES_BEFORE_TEXT = 2;

/**
 * Cuts run-on lines into pieces at the structure they hold; other lines are returned as they
 * are. Line indices are renumbered (locations come from offsets, not from indices).
 */
export function splitRunOnLines(lines: readonly Line[], text: string): Line[] {
  if (!lines.some(mayRunOn)) return lines as Line[];
  const hints = structuralHints(text);
  const out: Line[] = [];
  for (const l of lines) {
    const cuts = mayRunOn(l) && hasHint(hints, l) ? cutsOf(text, l) : null;
    if (!cuts) {
      out.push(out.length === l.index ? l : { ...l, index: out.length });
      continue;
    }
    let from = l.start;
    for (const at of [...cuts, l.end]) {
      if (at <= from) continue;
      const piece = pieceLine(text, from, at, out.length);
      if (piece.kind !== 'blank') out.push(piece);
      from = at;
    }
  }
  return out;
}

/**
 * Words every structural cut holds ({@link CANDIDATE_RE}'s groups 2, 5 and 7: a level-1 marker's
 * numeral and `、`, a table signature, a title's `年度报告`/`年报`). A line holding none of them has
 * no structural cut, so it is not run-on text, and {@link cutsOf} (a scan with a callback per
 * sentence end and a section-key lookup per marker) is not run on it: most lines of an ordinary
 * report. One scan of the whole text finds them all.
 */
const STRUCTURAL_HINT_RE = /[一二三四五六七八九十]、|第二十条第|\(本列数据|行政复议|年度报告|年报/g;
/** Longest match of {@link STRUCTURAL_HINT_RE} less one: a hint inside a line may be hidden by a match that starts this much before it. */
const HINT_REACH = 4;

/** Offsets where {@link STRUCTURAL_HINT_RE} matches in the text, in order. */
function structuralHints(text: string): number[] {
  const out: number[] = [];
  STRUCTURAL_HINT_RE.lastIndex = 0;
  for (let m = STRUCTURAL_HINT_RE.exec(text); m !== null; m = STRUCTURAL_HINT_RE.exec(text)) out.push(m.index);
  return out;
}

/**
 * Whether a hint may lie inside the line: a match starts in `[start - HINT_REACH, end)` (a necessary
 * condition of a hint inside the line, whichever matches the scan took). Binary search.
 */
function hasHint(hints: readonly number[], l: Line): boolean {
  const from = l.start - HINT_REACH;
  let lo = 0;
  let hi = hints.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hints[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < hints.length && (hints[lo] as number) < l.end;
}

/**
 * A line long enough to hold several units. Pipe lines too: a page's navigation (`无障碍 | 关怀版`)
 * flattened onto the article's line makes the whole line a pipe line.
 */
function mayRunOn(l: Line): boolean {
  return (l.kind === 'text' || l.kind === 'pipe') && l.end - l.start >= RUN_ON_MIN_LENGTH;
}

/** The cut offsets of a line, or `null` when it is not run-on text. */
function cutsOf(text: string, l: Line): number[] | null {
  const s = text.slice(l.start, l.end);
  const cuts: Cut[] = [];
  let structural = 0;
  const add = (at: number, kind: CutKind): void => {
    // A heading that starts the line counts (a run-in heading: its title is cut from the text after it).
    if (at === 0 && kind === 'structural') structural++;
    if (at <= 0 || at >= s.length) return;
    cuts.push({ at, kind });
    if (kind === 'structural') structural++;
  };
  CANDIDATE_RE.lastIndex = 0;
  let titleSeen = false;
  // Stretches of table 二 (from a caption to the next heading, table signature or sentence end).
  const table2: [number, number][] = [];
  let table2From = -1;
  const endTable2 = (at: number): void => {
    if (table2From >= 0) table2.push([table2From, at]);
    table2From = -1;
  };
  for (let m = CANDIDATE_RE.exec(s); m !== null; m = CANDIDATE_RE.exec(s)) {
    const at = m.index;
    const after = at + m[0].length;
    if (m[1] !== undefined) {
      endTable2(at);
      add(after, 'other');
    } else if (m[2] !== undefined) {
      const rest = s.slice(after, after + MAX_INLINE_TITLE + 10);
      if (ROW_AFTER_MARKER.test(rest)) {
        endTable2(at);
        add(at, 'row');
        continue;
      }
      if (m[2].endsWith('.')) continue;
      const title = headingTitle(rest, m[3] as string);
      if (title === null) continue;
      endTable2(at);
      add(at, 'structural');
      add(after + title, 'structural');
      CANDIDATE_RE.lastIndex = after + title;
    } else if (m[4] !== undefined) {
      if (s.charAt(at - 1) !== '第') add(at, 'row');
    } else if (m[5] !== undefined) {
      endTable2(at);
      if (m[5] === '第二十条第') table2From = after;
      add(at, 'structural');
      if (m[5].startsWith('行政复议')) {
        // Table 四's header and its values are two rows: the values start at the first number.
        const values = T4_FIRST_VALUE_RE.exec(s.slice(after, after + T4_HEADER_REACH));
        if (values) add(after + values.index, 'row');
      }
    } else if (m[6] !== undefined) add(at, 'row');
    else if (!titleSeen && after <= TITLE_REACH) {
      // The report's title: the first `…20XX年…年度报告` (a breadcrumb's `政府信息公开年度报告`
      // has no year). Where a space sets it off, it starts a piece too.
      const before = s.slice(Math.max(0, at - MAX_TITLE_LENGTH), at);
      if (!TITLE_YEAR_RE.test(before)) continue;
      titleSeen = true;
      const space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t'));
      if (space >= 0 && TITLE_YEAR_RE.test(before.slice(space + 1))) add(at - before.length + space + 1, 'structural');
      add(after, 'structural');
    }
  }
  endTable2(s.length);
  if (structural < MIN_STRUCTURAL_CUTS) return null;
  if (l.kind === 'pipe') separatorRows(s, add);
  noteAfterCells(s, add);
  for (const [from, to] of table2) {
    const words = table2WordsOnce();
    words.lastIndex = from;
    for (let m = words.exec(s); m !== null && m.index < to; m = words.exec(s)) add(m.index, 'table2');
  }
  cuts.sort((a, b) => a.at - b.at);
  // A piece that starts a row ends where text follows its numbers.
  const rowEnds: number[] = [];
  cuts.forEach((c, k) => {
    if (c.kind === 'other') return;
    const end = k + 1 < cuts.length ? (cuts[k + 1] as Cut).at : s.length;
    const at = rowEnd(s.slice(c.at, end), c.kind === 'table2' ? 1 : MIN_VALUES_BEFORE_TEXT);
    if (at !== null) rowEnds.push(c.at + at);
  });
  if (l.kind === 'pipe') floatedLabelEnds(s, cuts, rowEnds);
  const at = l.kind === 'pipe' ? cuts.map((c) => (c.kind === 'other' ? c.at : rowStartPipe(s, c.at))) : cuts.map((c) => c.at);
  return [...at, ...rowEnds].map((a) => l.start + a).sort((a, b) => a - b);
}

/**
 * Where a piece starting at `at` begins in one-line Markdown: a label right after a pipe
 * (`… | 140 | | 行政规范性文件 | …`) stands in its row's first cell, and that pipe is its row's
 * leading pipe, the one before it the trailing pipe of the row before. Cut at the label, the
 * piece before would end in `| |`, an empty cell that is no cell (read as a blank, it filled a
 * row one cell short, whose converter had moved a cell out, with a blank nobody wrote); cut at
 * the pipe, a blank cell written in the source (`| 140 |  | | 行政…`) still ends its row.
 */
function rowStartPipe(s: string, at: number): number {
  let j = at - 1;
  while (j >= 0 && s.charCodeAt(j) === SPACE) j--;
  return j > 0 && s.charCodeAt(j) === PIPE ? j : at;
}

/**
 * One-line text of a Markdown table whose converter floated row labels out of their rows
 * (`| … | 0 | (三)不予公开 5.属于… 1.本机关… | 1 | 0 | …`): a row label with text between it and
 * the last pipe before it is not in a pipe row of its own (a label in a row stands right after a
 * pipe), so its piece ends at the next pipe: the label stands alone and the values after it are a
 * label-less row, as the same table reads with its line breaks (the labels then wait for their
 * rows, `row-label-floating`). Adds those ends to `ends`; one pass over the line.
 */
function floatedLabelEnds(s: string, cuts: readonly Cut[], ends: number[]): void {
  let scan = 0;
  let pipeSeen = false;
  let textSincePipe = false;
  cuts.forEach((c, k) => {
    for (; scan < c.at; scan++) {
      const ch = s.charCodeAt(scan);
      if (ch === PIPE) {
        pipeSeen = true;
        textSincePipe = false;
      } else if (ch > SPACE) textSincePipe = true;
    }
    if (c.kind !== 'row' || !pipeSeen || !textSincePipe) return;
    const end = k + 1 < cuts.length ? (cuts[k + 1] as Cut).at : s.length;
    const pipe = s.indexOf('|', c.at);
    if (pipe > c.at && pipe < end) ends.push(pipe);
  });
}

/** A Markdown separator row flattened into the line: `|---|:---:|`, from its leading pipe to its trailing one. */
const SEPARATOR_ROW_RE = /\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+/g;

/**
 * One-line Markdown: each separator row (`|---|---|`) is a piece of its own (read as the separator
 * line it was), so that neither the row before it nor the row after it takes its dashes for cells
 * (`---` read as blank markers, or as column headers of table 二) or the `| |` between the rows for
 * an empty cell. One pass over the line.
 */
function separatorRows(s: string, add: (at: number, kind: CutKind) => void): void {
  SEPARATOR_ROW_RE.lastIndex = 0;
  for (let m = SEPARATOR_ROW_RE.exec(s); m !== null; m = SEPARATOR_ROW_RE.exec(s)) {
    add(m.index, 'other');
    add(m.index + m[0].length, 'other');
  }
}

/**
 * A note's marker glued to the cell before it (glued text, `…190698注:数据截至2023年12月31日,…`; a marker,
 * `…——注:`): the row ends there and the note starts a piece of its own (read as a note: left out of the
 * table's region, so that its figures never become cells). One pass over the line.
 */
function noteAfterCells(s: string, add: (at: number, kind: CutKind) => void): void {
  NOTE_AFTER_CELL_RE.lastIndex = 0;
  for (let m = NOTE_AFTER_CELL_RE.exec(s); m !== null; m = NOTE_AFTER_CELL_RE.exec(s)) {
    add(m.index, 'other');
    // (a match of no length: the scan moves on by hand)
    NOTE_AFTER_CELL_RE.lastIndex = m.index + 1;
  }
}

/**
 * A note's marker right after a digit or a blank marker, or right after table 四's header's last word
 * (`总计注:数据截至…`: a blank table 四's row printed nothing; see {@link noteAfterCells}).
 */
const NOTE_AFTER_CELL_RE = new RegExp(`(?<=[0-9/\\u2012-\\u2015无-]|总计)(?=${NOTE_AHEAD})`, 'g');

/** `|`. */
const PIPE = 0x7c;
/** Code units up to a space are whitespace here (the text is normalised: NBSP and ideographic spaces are spaces). */
const SPACE = 0x20;

/** Where a row's numbers end and text resumes in a piece, or `null`. */
function rowEnd(piece: string, minValues: number): number | null {
  VALUES_THEN_TEXT_RE.lastIndex = 0;
  for (let m = VALUES_THEN_TEXT_RE.exec(piece); m !== null; m = VALUES_THEN_TEXT_RE.exec(piece)) {
    // (a word of markers, `无无`, is as many cells as it has markers)
    const words = (m[1] as string)
      .trim()
      .split(/\s+/)
      .reduce((n, w) => n + (/^无+$/.test(w) ? w.length : 1), 0);
    if (words >= minValues) return m.index + m[0].length;
  }
  return null;
}

/** Length of the section title that starts `rest`, or `null` when none does. */
function headingTitle(rest: string, numeral: string): number | null {
  const lead = rest.length - rest.trimStart().length;
  const body = rest.slice(lead);
  const own = TEMPLATE_TITLES.find((t) => body.startsWith(t));
  if (own) return lead + own.length;
  const end = TITLE_END.exec(body);
  const title = body.slice(0, end ? end.index : MAX_INLINE_TITLE);
  if (title.length < 2 || title.length > MAX_INLINE_TITLE) return null;
  return sectionKeyOf(cleanText(title), 1, numeral) !== null ? lead + title.length : null;
}
