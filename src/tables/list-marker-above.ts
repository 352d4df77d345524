/**
 * A row's list number printed on the row's line with its label's text wrapped under it
 * (`pdftotext -layout` of Chromium's narrow label cell beside its group's: `（三） １．  398 1,271 …`
 * over `不予公 属于` / `开 国家` / `秘密`). A region of counts reads `1.` before numbers as the count 1
 * (`open-fractions.ts`): a count more on the row's line, and the row's label, found from its pieces
 * under the line, owns the next row's numbers (every row of the group one row off). A number
 * written as label text (`（2）`, `2、`) leaves the row's label under its numbers the same way.
 *
 * The evidence that it is the label's number: the lines right under it hold, at its column, pieces
 * that with it spell exactly a row label of the template numbered so (`1.` + `属于` + `国家` + `秘密`;
 * Han characters compared). A piece may stand alone at the column, or after a group label's piece
 * its label token begins with (`不予公属于`: up to {@link MAX_GROUP_PREFIX} characters of the group's
 * text, left where they were). A page break sets the next page's lines at an indent of their own
 * (its first line's label gives the column). Such a number and its pieces are one label on the
 * number's line, before its numbers. A number with no count after it on its line, or whose pieces
 * spell no template label numbered so, or spell it in more than one way, or whose pieces' lines hold
 * counts (the row's numbers split over its label's lines, read by the wrapped-label repair), is left
 * as it was.
 *
 * Runs on a region of counts before `closeFractions`. Bounded: each of the {@link MAX_TEXT_LINES}
 * lines under a number tries at most 1 + {@link MAX_GROUP_PREFIX} readings, kept only while they
 * start a template label.
 */
import { REGISTERED_VERSIONS } from '../template/registry.js';
import { table3Definition } from '../template/table3.js';
import type { LabelToken, TableToken, ValueToken } from './tokens.js';
import { hanOf } from './han-text.js';

/** A list number read as a count cut at its point: one digit and the point (the templates number their rows 1 to 8). */
const LIST_NUMBER_RE = /^([1-9])\.$/;
/** A list number as label text: in brackets, or before a comma or point (`(2)`, `2、`). */
const MARKER_LABEL_RE = /^(?:\(([1-9])\)|([1-9])[、.])$/;
/** A template label's list number (`1.属于国家秘密`, `2、…`). */
const TEMPLATE_NUMBER_RE = /^(\d)[.、]/;
/** Lines under the number that may hold its label's pieces. */
const MAX_TEXT_LINES = 24;
/** Characters a piece's column may stand off the number's (a centred cell rounds either way). */
const COLUMN_SLACK = 2;
/** At most this many characters of a group label's piece may stand before the row label's piece in one token. */
const MAX_GROUP_PREFIX = 4;
/** A space between a group label's piece and the row label's in one token (text not normalised). */
const SPACE_RE = /\s/;

/** The list number and the compared text of each numbered table-三 row label of the templates. */
let numbered: { number: number; text: string }[] | null = null;

function numberedLabels(): readonly { number: number; text: string }[] {
  if (numbered) return numbered;
  const out: { number: number; text: string }[] = [];
  for (const v of REGISTERED_VERSIONS)
    for (const row of table3Definition(v).rows) {
      const label = row.label.normalize('NFKC');
      const m = TEMPLATE_NUMBER_RE.exec(label);
      if (!m) continue;
      const text = hanOf(label.slice(m[0].length));
      if (!out.some((l) => l.number === Number(m[1]) && l.text === text)) out.push({ number: Number(m[1]), text });
    }
  numbered = out;
  return out;
}

/** A piece of the label under the number: the token, and how many characters of a group's piece stand before it in its text. */
export interface MarkerPiece {
  /** Index of the label token. */
  readonly index: number;
  /** Characters of the token's text before the piece (a group label's piece), kept in the token. */
  readonly keep: number;
}

/**
 * The list number a token is, alone (a value `1.`, a count cut at its point; or label text `(1)`,
 * `1、`), or null.
 */
function markerNumber(t: TableToken): number | null {
  const m = t.kind === 'value' ? LIST_NUMBER_RE.exec(t.raw) : t.kind === 'label' ? MARKER_LABEL_RE.exec(t.text.trim()) : null;
  return m ? Number(m[1] ?? m[2]) : null;
}

/**
 * Where the token at `i` is a list number (`1.`, `(1)`, `1、`) with a count after it on its line, and
 * the lines right under it hold at its column the pieces that with it spell exactly one numbered row
 * label of the template: those pieces, top down. Null for anything else.
 */
export function listMarkerAbove(tokens: readonly TableToken[], i: number): MarkerPiece[] | null {
  const v = tokens[i];
  if (v === undefined || v.kind === 'break' || v.column === undefined) return null;
  const n = markerNumber(v);
  if (n === null) return null;
  const after = tokens[i + 1];
  if (after?.kind !== 'value' || after.line !== v.line) return null;
  const labels = numberedLabels()
    .filter((l) => l.number === n)
    .map((l) => l.text);
  if (labels.length === 0) return null;
  const lines = candidateLines(tokens, i, v);
  let found: MarkerPiece[] | null = null;
  let clash = false;
  const walk = (k: number, text: string, taken: MarkerPiece[]): void => {
    if (clash) return;
    if (text !== '' && labels.includes(text)) {
      if (found && !samePieces(found, taken)) clash = true;
      else found = taken;
      return;
    }
    const line = lines[k];
    if (line === undefined) return;
    // (two readings of a line that compare alike are one: the fewer characters left to the group)
    const seen = new Set<string>();
    for (const p of line) {
      const piece = hanOf((tokens[p.index] as LabelToken).text.slice(p.keep));
      if (seen.has(piece)) continue;
      seen.add(piece);
      const next = text + piece;
      if (piece !== '' && labels.some((l) => l.startsWith(next))) walk(k + 1, next, [...taken, p]);
    }
  };
  walk(0, '', []);
  return clash ? null : found;
}

function samePieces(a: readonly MarkerPiece[], b: readonly MarkerPiece[]): boolean {
  return a.length === b.length && a.every((p, k) => p.index === (b[k] as MarkerPiece).index && p.keep === (b[k] as MarkerPiece).keep);
}

/**
 * The readings of each line right under the number, top down, up to the first line with none: its
 * label token at the number's column whole, or a token starting left of it without up to
 * {@link MAX_GROUP_PREFIX} leading characters (a group label's piece before it). A page break
 * sets the page's lines at an indent of their own: the first line of a new page reads its first
 * token, a label, at the column it stands at, and the lines after it at that column (lines
 * without text before it, a browser's header and footer, passed over).
 */
function candidateLines(tokens: readonly TableToken[], i: number, v: TableToken): MarkerPiece[][] {
  let col = v.column as number;
  let page = v.page ?? 0;
  const out: MarkerPiece[][] = [];
  let k = i + 1;
  for (let line = v.line + 1, n = 0; n < MAX_TEXT_LINES; line++, n++) {
    while (k < tokens.length && (tokens[k] as TableToken).line < line) k++;
    // (lines a page break leaves without text, a browser's header and footer: the next page's first line)
    while (k < tokens.length && (tokens[k] as TableToken).kind === 'break') k++;
    const first = tokens[k];
    if (first !== undefined && first.line > line && (first.page ?? 0) > page) line = first.line;
    if (first?.line === line && (first.page ?? 0) > page) {
      page = first.page ?? 0;
      if (first.kind === 'label' && first.lineStart && first.column !== undefined) col = first.column;
    }
    const readings: MarkerPiece[] = [];
    let counts = false;
    for (; k < tokens.length && (tokens[k] as TableToken).line === line; k++) {
      const t = tokens[k] as TableToken;
      if (t.kind === 'value') counts = true;
      if (t.kind !== 'label' || t.column === undefined) continue;
      if (Math.abs(t.column - col) <= COLUMN_SLACK) readings.push({ index: k, keep: 0 });
      if (t.column < col)
        for (let keep = 1; keep <= MAX_GROUP_PREFIX && keep < t.text.length; keep++)
          // (the piece starts at a character of its own, the group's text and a space between them kept)
          if (!SPACE_RE.test(t.text.charAt(keep))) readings.push({ index: k, keep });
    }
    // (a line under the number holding counts: the row's numbers are split over its label's lines,
    // read by the wrapped-label repair; its pieces are not the number's to take)
    if (readings.length === 0 || counts) break;
    out.push(readings);
  }
  return out;
}

/** The list number `v` and its label's pieces as one label on the number's line (`1.属于国家秘密`). */
export function listMarkerLabel(v: ValueToken | LabelToken, tokens: readonly TableToken[], pieces: readonly MarkerPiece[]): LabelToken {
  return {
    kind: 'label',
    text: (v.kind === 'value' ? v.raw : v.text) + pieces.map((p) => (tokens[p.index] as LabelToken).text.slice(p.keep)).join(''),
    start: v.start,
    end: v.end,
    line: v.line,
    gapBefore: v.gapBefore,
    lineStart: v.lineStart,
    ...(v.column === undefined ? {} : { column: v.column }),
    ...(v.page === undefined ? {} : { page: v.page }),
  };
}

/**
 * Each list number of `tokens` with its label's text wrapped under it (see the module comment) read
 * with its pieces as one label on its line; the group label's characters of a piece's token left
 * where they were. Returns `tokens` itself where nothing is joined.
 */
export function joinListMarkers(tokens: readonly TableToken[]): TableToken[] {
  // (label pieces moved onto their list number's line: the characters of each left where it was)
  const taken = new Map<number, number>();
  const joined = new Map<number, LabelToken>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as TableToken;
    if (taken.has(i) || (t.kind !== 'value' && t.kind !== 'label')) continue;
    const pieces = listMarkerAbove(tokens, i);
    if (!pieces) continue;
    joined.set(i, listMarkerLabel(t, tokens, pieces));
    for (const p of pieces) taken.set(p.index, p.keep);
  }
  if (joined.size === 0) return tokens as TableToken[];
  const out: TableToken[] = [];
  tokens.forEach((t, i) => {
    const keep = taken.get(i);
    if (keep !== undefined) {
      if (keep > 0) out.push({ ...(t as LabelToken), text: (t as LabelToken).text.slice(0, keep).trimEnd() });
      return;
    }
    // (a line whose first token moved keeps its start on the token after it)
    const prev = tokens[i - 1];
    const first = taken.get(i - 1) === 0 && prev?.lineStart === true && prev.line === t.line;
    out.push(joined.get(i) ?? (first ? { ...t, lineStart: true, gapBefore: prev.gapBefore } : t));
  });
  return out;
}
