/**
 * Line grammar: splits normalised text into lines and each line into cells.
 *
 * A pipe line (`规章 | 0 | 0 | 0 |`, `8 |`, `| 规章 | 22 |`, `||||`) is split at every `|`;
 * a text line is split into segments at runs of two or more spaces or tabs (space-aligned
 * columns of `pdftotext -layout`). Interpreting the cells (row per line, cell per line,
 * padding) is left to the table reader, which knows the layout of the whole region.
 */

/** A trimmed piece of a line with its offsets in the normalised text. */
export interface Span {
  /** Trimmed text (may be empty for an empty pipe cell). */
  text: string;
  /** Offset of the first non-space character (or of the cell position when empty). */
  start: number;
  /** Offset after the last non-space character. */
  end: number;
}

/** What a line is, from its own content. */
export type LineKind = 'blank' | 'text' | 'pipe' | 'separator';

/** One line of the normalised text. */
export interface Line {
  /** 0-based line number. */
  index: number;
  /** Offset of the line start. */
  start: number;
  /** Offset of the line end (before `\n`). */
  end: number;
  /** Kind of line. */
  kind: LineKind;
  /** The trimmed line text. */
  text: string;
  /**
   * Text lines: segments separated by 2+ spaces or tabs. Pipe lines: the parts between pipes,
   * trimmed (possibly empty); the empty part before a leading pipe and after a trailing pipe are
   * not included.
   */
  cells: Span[];
  /** Pipe lines: the line starts with `|` (Markdown style). */
  leadingPipe: boolean;
  /** Pipe lines: the line ends with `|`. */
  trailingPipe: boolean;
  /**
   * Blank lines of spaces and TABs only: the TAB-separated fields the line holds (` \t` 2, ` ` 1,
   * ` \t \t ` 3, fourteen TABs 15) and whether it ends with a TAB (a browser's clipboard text writes a
   * cell holding an NBSP and no paragraph as ` \t`, the next cell on the next line). Absent on other lines.
   */
  spaces?: { fields: number; tabEnd: boolean };
  /** The line starts with a form feed: `pdftotext` begins each page after the first so. */
  pageStart?: true;
  /**
   * Text lines whose characters normalisation moved (single spaces between Han characters taken out,
   * a character expanded): the column of each character as printed, `printedColumns[o - start]` for
   * offset `o` of the line. Absent where every character stands where it was printed.
   */
  printedColumns?: readonly number[];
}

/** The parts of a pipe line between its pipes, trimmed (`text` has at least one `|`; `start`: its offset). */
function splitParts(text: string, start: number): Span[] {
  const parts: Span[] = [];
  let from = 0;
  for (let i = text.indexOf('|'); i !== -1; i = text.indexOf('|', from)) {
    parts.push(trimmedSpan(text.slice(from, i), start + from));
    from = i + 1;
  }
  parts.push(trimmedSpan(text.slice(from), start + from));
  return parts;
}

const SEPARATOR_CELL = /^:?-{2,}:?$/;
const SEGMENT_SPLIT = /[ \t]{2,}|\t/g;
/** A tab after a non-space character: tab-separated cells. */
const TAB_CELL_RE = /\S\t/;

/**
 * Splits normalised text into classified lines. Never fails: every string is a list of lines (a
 * text ending with a newline, and the empty text, end with an empty line). Lines are cut with
 * `indexOf` (measured: a parsimmon token per line cost 10 % of a whole parse for the same
 * result); each line's cells are split at `|` in {@link splitParts}.
 */
export function lexLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out.push(toLine(text.slice(start, end), start, end, out.length));
    if (nl === -1) return out;
    start = nl + 1;
  }
}

/** A line of nothing but a TAB and spaces: the cell separator of `innerText` over paragraph cells. */
function isTabLine(text: string, l: Line): boolean {
  // (looked for in place: no copy of the line's characters)
  if (l.kind !== 'blank') return false;
  for (let i = l.start; i < l.end; i++) if (text.charCodeAt(i) === TAB) return true;
  return false;
}

/** The TAB character's code. */
const TAB = 9;

/**
 * A paragraph that goes on a cell's first paragraph: its annotation (`(含自然失效29件)`) or a
 * character of a header written one character per paragraph. Anything else after a cell's
 * paragraph (a heading, a sentence, the next table's first cell) ends the row.
 */
function continuesCell(text: string): boolean {
  return CELL_NOTE_RE.test(text) || text.length <= MAX_CELL_FRAGMENT;
}

/**
 * A paragraph that is no cell of a table: a section heading (`四、…`), a sentence, or the caption of
 * a table 二 sub-table (`第二十条第（五）项`: the next sub-table's first row, one cell wide, printed
 * right after a row whose last cell is empty, as a filled last cell is).
 */
function endsTable(text: string): boolean {
  return SECTION_MARKER_RE.test(text) || text.includes('。') || text.length > MAX_LAST_CELL || SUBTABLE_CAPTION_RE.test(text);
}

const SECTION_MARKER_RE = /^[一二三四五六七八九十]{1,3}、/;
/** A table 二 sub-table's caption as a paragraph of its own (`第二十条第（五）项`, normalised brackets or not). */
const SUBTABLE_CAPTION_RE = /^第二十条第?[(（]?[一二三四五六七八九十][)）]?项$/;
/** Longest paragraph taken as the last cell of a row (header cells are shorter). */
const MAX_LAST_CELL = 40;

/** A parenthesised note, the second paragraph of a cell. */
const CELL_NOTE_RE = /^\([^()]{1,30}\)$/;
/** Longest paragraph read as a fragment of the cell above it (a header written character by character). */
const MAX_CELL_FRAGMENT = 2;

function tabCount(text: string, l: Line): number {
  let n = 0;
  for (let i = l.start; i < l.end; i++) if (text.charCodeAt(i) === 9) n++;
  return n;
}

/** TAB lines a text must hold before its paragraphs are read as cells (a table has several). */
const MIN_TAB_LINES = 3;

/** Blank lines between a cell's paragraph and the TAB line next to it (innerText of `<p>` cells). */
const GAP_IN_ROW = 1;

/**
 * Browser `innerText` of a table whose cells hold paragraphs (Word-exported HTML) writes each
 * paragraph between blank lines and each TAB on a line of its own: `规章` / `` / `\t` / `` / `\t` /
 * `` / `5`, four blank lines between rows. Such runs are joined back into one TAB row per table
 * row, an empty field (two TAB lines together, or a field of spaces/NBSP) kept as an empty cell.
 * A field's paragraphs are joined with a space (only an annotation or a fragment goes on a cell's
 * paragraph: {@link continuesCell}); the first field is the one paragraph right before the first
 * TAB (a paragraph above it is the text before the table), and the last is the one right after the
 * last TAB (a paragraph under it is the text after the table). Other lines are returned
 * as they are, their indices renumbered in place (the caller gives its lines up to the result).
 */
export function joinParagraphCells(lines: readonly Line[], text: string): Line[] {
  if (!lines.some((l) => isTabLine(text, l))) return lines as Line[];
  // Content and TAB lines, with the plain blank lines before each.
  const items: { line: Line; tab: boolean; gap: number }[] = [];
  let gap = 0;
  for (const l of lines) {
    // A line of spaces (a paragraph of one NBSP, normalised) is a field that holds nothing; an
    // empty line is the space between paragraphs.
    if (l.kind === 'blank' && !isTabLine(text, l) && l.end === l.start) gap++;
    else {
      items.push({ line: l, tab: isTabLine(text, l), gap });
      gap = 0;
    }
  }
  // A TAB line with text right under it (clipboard text: ' \t' right above ' 0 ') is no
  // separator of paragraph cells: it is read as the blank line it looks like.
  type Item = (typeof items)[number];
  for (let k = items.length - 2; k >= 0; k--) {
    const it = items[k] as Item;
    const next = items[k + 1] as Item;
    if (it.tab && next.gap === 0) {
      next.gap = it.gap + 1;
      items.splice(k, 1);
    }
  }
  if (items.filter((it) => it.tab).length < MIN_TAB_LINES) return lines as Line[];
  const at = (k: number): Item => items[k] as Item;
  // Inside a row every paragraph and TAB line stands between single blank lines, as innerText
  // writes them; a TAB line against a value (clipboard text: ' \t' right above ' 0 ') is no separator.
  const near = (k: number): boolean => k < items.length && at(k).gap === GAP_IN_ROW;
  const rows = new Map<number, { last: number; fields: Line[][] }>();
  for (let k = 0; k < items.length; k++) {
    const it = at(k);
    // A row starts at a content line followed closely by a TAB line, or at a TAB line that
    // follows nothing closely (an empty first cell).
    const startsWithContent = !it.tab && near(k + 1) && at(k + 1).tab;
    const startsWithTab = it.tab && (k === 0 || !near(k));
    if (!startsWithContent && !startsWithTab) continue;
    const fields: Line[][] = [startsWithContent ? [it.line] : []];
    // p is a TAB line of the row; the field after it runs to the next TAB line.
    let p = startsWithContent ? k + 1 : k;
    let last = p;
    for (;;) {
      // A TAB line of several TABs ('\t\u00a0\t': a cell of one NBSP between two) holds empty cells.
      for (let extra = tabCount(text, at(p).line) - 1; extra > 0; extra--) fields.push([]);
      const field: number[] = [];
      let q = p + 1;
      while (q < items.length && !at(q).tab && near(q) && (field.length === 0 || continuesCell(at(q).line.text))) field.push(q++);
      if (q < items.length && at(q).tab && near(q)) {
        fields.push(field.map((x) => at(x).line));
        p = q;
        last = q;
        continue;
      }
      // The row's last field: one paragraph (what follows it is text after the table), and none
      // when that paragraph is a heading or a sentence (the last cell was empty).
      if (field.length > 0 && !endsTable(at(field[0] as number).line.text)) {
        last = field[0] as number;
        fields.push([at(last).line]);
      } else fields.push([]);
      break;
    }
    rows.set(k, { last, fields });
    k = last;
  }
  if (rows.size === 0) return lines as Line[];
  const out: Line[] = [];
  const byLine = new Map<number, { last: number; fields: Line[][] }>();
  for (const [k, r] of rows) byLine.set(at(k).line.index, { ...r, last: at(r.last).line.index });
  for (let i = 0; i < lines.length; i++) {
    const row = byLine.get(i);
    if (!row) {
      const l = lines[i] as Line;
      // (renumbered in place: the lines are this parse's own, made by `lexLines` for it; a copy of
      // each line after the first joined row was most of what an innerText parse allocated)
      l.index = out.length;
      out.push(l);
      continue;
    }
    out.push(paragraphRow(lines[i] as Line, lines[row.last] as Line, row.fields, out.length));
    i = row.last;
  }
  return out;
}

/** One TAB row from the paragraphs of its fields. */
function paragraphRow(first: Line, last: Line, fields: readonly Line[][], index: number): Line {
  let pos = first.start;
  const cells: Span[] = fields.map((f) => {
    if (f.length === 0) return { text: '', start: pos, end: pos };
    const a = f[0] as Line;
    const b = f[f.length - 1] as Line;
    pos = b.end;
    return {
      text: f
        .map((l) => l.text)
        .filter((t) => t !== '')
        .join(' '),
      start: a.start,
      end: b.end,
    };
  });
  return {
    index,
    start: first.start,
    end: last.end,
    kind: 'pipe',
    text: cells.map((c) => c.text).join('\t'),
    cells,
    leadingPipe: false,
    trailingPipe: false,
  };
}

/**
 * A line of text cut out of a longer one (a piece of a run-on line: `start`/`end` are offsets of
 * the piece in the normalised `text`). It is lexed as a text line; tabs and pipes inside it are
 * read as they would be on a line of their own.
 */
export function pieceLine(text: string, start: number, end: number, index: number): Line {
  return toLine(text.slice(start, end), start, end, index);
}

/**
 * One line (`text`, at `start`–`end` of the normalised text). No token object is made for the
 * line itself (measured: in a process reading several layouts, the first property read of the
 * line's token missed its inline cache on every line, ~10 % of a parse).
 */
function toLine(text: string, start: number, end: number, index: number): Line {
  const line = lexLine(text, start, end, index);
  if (text.charCodeAt(0) === FORM_FEED) line.pageStart = true;
  return line;
}

/** The form feed, a page break in `pdftotext` output. */
const FORM_FEED = 12;

/** {@link toLine} but for the page break. */
function lexLine(text: string, start: number, end: number, index: number): Line {
  if (text.indexOf('|') === -1) {
    const trimmed = text.trim();
    if (trimmed === '') {
      const line: Line = { index, start, end, kind: 'blank', text: trimmed, cells: [], leadingPipe: false, trailingPipe: false };
      if (text !== '' && SPACES_AND_TABS_RE.test(text)) line.spaces = { fields: tabFields(text), tabEnd: text.endsWith('\t') };
      return line;
    }
    // Tab-separated cells (a spreadsheet paste): like a pipe row, empty cells kept. A leading tab
    // alone is indentation.
    if (TAB_CELL_RE.test(text))
      return { index, start, end, kind: 'pipe', text: trimmed, cells: tabCells(text, start), leadingPipe: false, trailingPipe: false };
    return { index, start, end, kind: 'text', text: trimmed, cells: segments(text, start), leadingPipe: false, trailingPipe: false };
  }
  const spans = splitParts(text, start);
  const leadingPipe = (spans[0] as Span).text === '';
  const trailingPipe = (spans[spans.length - 1] as Span).text === '';
  const cells = leadingPipe || trailingPipe ? spans.slice(leadingPipe ? 1 : 0, trailingPipe ? -1 : undefined) : spans;
  // A separator line: some cell written, every written cell a separator.
  let kind: LineKind = 'pipe';
  for (const c of cells) {
    if (c.text === '') continue;
    if (!SEPARATOR_CELL.test(c.text)) {
      kind = 'pipe';
      break;
    }
    kind = 'separator';
  }
  return { index, start, end, kind, text: text.trim(), cells, leadingPipe, trailingPipe };
}

const SPACES_AND_TABS_RE = /^[ \t]+$/;

/** The TAB-separated fields of a line. */
function tabFields(text: string): number {
  let fields = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 9) fields++;
  return fields;
}

/** `raw` (at offset `at`) without its surrounding white space. */
function trimmedSpan(raw: string, at: number): Span {
  const text = raw.trim();
  // (the first character kept is the first one that is no white space: its first occurrence)
  const start = at + (text === '' ? raw.length : raw.indexOf(text.charAt(0)));
  return { text, start, end: start + text.length };
}

function tabCells(text: string, start: number): Span[] {
  // Only spaces are trimmed: a leading or trailing tab stands for an empty cell.
  const lead = text.length - text.replace(/^ +/, '').length;
  let endAt = text.length;
  while (endAt > lead && text.charCodeAt(endAt - 1) === 32) endAt--;
  const body = text.slice(lead, endAt);
  const out: Span[] = [];
  let pos = start + lead;
  for (const part of body.split('\t')) {
    out.push(trimmedSpan(part, pos));
    pos += part.length + 1;
  }
  return out;
}

function segments(s: string, start: number): Span[] {
  const out: Span[] = [];
  SEGMENT_SPLIT.lastIndex = 0;
  let pos = 0;
  let m = SEGMENT_SPLIT.exec(s);
  while (m !== null) {
    pushSegment(out, s, pos, m.index, start);
    pos = m.index + m[0].length;
    m = SEGMENT_SPLIT.exec(s);
  }
  pushSegment(out, s, pos, s.length, start);
  return out;
}

function pushSegment(out: Span[], s: string, from: number, to: number, base: number): void {
  const piece = s.slice(from, to);
  const text = piece.trim();
  if (text === '') return;
  const lead = piece.length - piece.trimStart().length;
  out.push({ text, start: base + from + lead, end: base + from + lead + text.length });
}
