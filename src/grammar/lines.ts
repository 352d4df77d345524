/**
 * Line grammar: splits normalised text into lines and each line into cells.
 *
 * A pipe line (`规章 | 0 | 0 | 0 |`, `8 |`, `| 规章 | 22 |`, `||||`) is split at every `|`;
 * a text line is split into segments at runs of two or more spaces or tabs (space-aligned
 * columns of `pdftotext -layout`). Interpreting the cells (row per line, cell per line,
 * padding) is left to the table reader, which knows the layout of the whole region.
 */
import { token, run, type Grammar, type Token } from './parsimmon.js';

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
}

interface RawLine {
  parts: Token[];
}

/**
 * A line is one sticky-regex token with its newline (measured: per-part combinators cost 3x more
 * for the same result, and `sepBy` over line and newline tokens costs 2x more than `many` over
 * one token); its cells are split at `|` right after, in {@link splitParts}. The token never
 * matches empty (parsimmon's `many` forbids it), so the empty line after a final newline, or of
 * an empty text, is added in {@link lexLines}.
 */
const line: Grammar<RawLine> = token(/[^\n]*\n|[^\n]+/, 'line').map((t) => splitParts(withoutNewline(t)));
const document: Grammar<RawLine[]> = line.many();

function withoutNewline(t: Token): Token {
  return t.text.endsWith('\n') ? { text: t.text.slice(0, -1), start: t.start, end: t.end - 1 } : t;
}

/** The parts of a line between pipes (one part when it has none). */
function splitParts(t: Token): RawLine {
  if (t.text.indexOf('|') === -1) return { parts: [t] };
  const parts: Token[] = [];
  let from = 0;
  for (let i = t.text.indexOf('|'); i !== -1; i = t.text.indexOf('|', from)) {
    parts.push({ text: t.text.slice(from, i), start: t.start + from, end: t.start + i });
    from = i + 1;
  }
  parts.push({ text: t.text.slice(from), start: t.start + from, end: t.end });
  return { parts };
}

const SEPARATOR_CELL = /^:?-{2,}:?$/;
const SEGMENT_SPLIT = /[ \t]{2,}|\t/g;

/** Splits normalised text into classified lines. Never fails: every string is a list of lines. */
export function lexLines(text: string): Line[] {
  const r = run(document, text);
  // The grammar accepts every string; a failure would be a bug, so fall back to plain splitting.
  const raw: RawLine[] = r.ok ? r.value : fallbackLines(text);
  if (r.ok && (text.length === 0 || text.endsWith('\n'))) raw.push({ parts: [{ text: '', start: text.length, end: text.length }] });
  return raw.map((l, index) => toLine(l, index));
}

function fallbackLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let start = 0;
  for (const s of text.split('\n')) {
    out.push({ parts: [{ text: s, start, end: start + s.length }] });
    start += s.length + 1;
  }
  return out;
}

/**
 * A line of text cut out of a longer one (a piece of a run-on line: `start`/`end` are offsets of
 * the piece in the normalised `text`). It is lexed as a text line; tabs and pipes inside it are
 * read as they would be on a line of their own.
 */
export function pieceLine(text: string, start: number, end: number, index: number): Line {
  return toLine(splitParts({ text: text.slice(start, end), start, end }), index);
}

function toLine(raw: RawLine, index: number): Line {
  const first = raw.parts[0] as Token;
  const last = raw.parts[raw.parts.length - 1] as Token;
  const start = first.start;
  const end = last.end;
  if (raw.parts.length === 1) {
    const text = first.text.trim();
    if (text === '') return { index, start, end, kind: 'blank', text, cells: [], leadingPipe: false, trailingPipe: false };
    // Tab-separated cells (a spreadsheet paste): like a pipe row, empty cells kept. A leading tab
    // alone is indentation.
    if (/\S\t/.test(first.text)) return { index, start, end, kind: 'pipe', text, cells: tabCells(first), leadingPipe: false, trailingPipe: false };
    return { index, start, end, kind: 'text', text, cells: segments(first), leadingPipe: false, trailingPipe: false };
  }
  const spans = raw.parts.map(trimSpan);
  const leadingPipe = (spans[0] as Span).text === '';
  const trailingPipe = (spans[spans.length - 1] as Span).text === '';
  const cells = spans.slice(leadingPipe ? 1 : 0, trailingPipe ? -1 : undefined);
  const nonEmpty = cells.filter((c) => c.text !== '');
  const kind: LineKind = nonEmpty.length > 0 && nonEmpty.every((c) => SEPARATOR_CELL.test(c.text)) ? 'separator' : 'pipe';
  const lineText = first.text.length === 0 && end === start ? '' : joinText(raw.parts);
  return { index, start, end, kind, text: lineText, cells, leadingPipe, trailingPipe };
}

function joinText(parts: Token[]): string {
  return parts
    .map((p) => p.text)
    .join('|')
    .trim();
}

function trimSpan(t: Token): Span {
  const lead = t.text.length - t.text.trimStart().length;
  const text = t.text.trim();
  const start = t.start + lead;
  return { text, start, end: start + text.length };
}

function tabCells(t: Token): Span[] {
  // Only spaces are trimmed: a leading or trailing tab stands for an empty cell.
  const lead = t.text.length - t.text.replace(/^ +/, '').length;
  let endAt = t.text.length;
  while (endAt > lead && t.text.charCodeAt(endAt - 1) === 32) endAt--;
  const body = t.text.slice(lead, endAt);
  const out: Span[] = [];
  let pos = t.start + lead;
  for (const part of body.split('\t')) {
    out.push(trimSpan({ text: part, start: pos, end: pos + part.length }));
    pos += part.length + 1;
  }
  return out;
}

function segments(t: Token): Span[] {
  const out: Span[] = [];
  SEGMENT_SPLIT.lastIndex = 0;
  let pos = 0;
  const s = t.text;
  let m = SEGMENT_SPLIT.exec(s);
  while (m !== null) {
    pushSegment(out, s, pos, m.index, t.start);
    pos = m.index + m[0].length;
    m = SEGMENT_SPLIT.exec(s);
  }
  pushSegment(out, s, pos, s.length, t.start);
  return out;
}

function pushSegment(out: Span[], s: string, from: number, to: number, base: number): void {
  const piece = s.slice(from, to);
  const text = piece.trim();
  if (text === '') return;
  const lead = piece.length - piece.trimStart().length;
  out.push({ text, start: base + from + lead, end: base + from + lead + text.length });
}
