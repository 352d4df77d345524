/**
 * Wrapped labels: a long row label printed in a narrow cell runs over several lines, and the row's
 * numbers stand on one of them (`pdftotext -layout` and the text of Office- or browser-printed PDFs
 * print the numbers on the line where the cell is vertically centred). Read in source order, the
 * pieces after the numbers open a row of their own and take the next row's numbers, or the numbers
 * go to the row before.
 *
 * The evidence is the template's labels: label pieces right before a run of numbers and label
 * pieces right after it are joined when, together, they are exactly one template label while the
 * pieces before and the pieces after are not one by themselves (`6.属于` / numbers / `四类过` /
 * `程性信` / `息`; `7.属于` / `行政执` / numbers / `法案卷`). A label starts with a whole label token;
 * where a line also carries another cell's text (a group label wrapped beside the row label), the
 * pieces are read by the last word of each line, or without a few characters run into them. A row
 * whose numbers stand on the line of its first piece and of its last one is one row. Where two different labels could be
 * made around the same numbers, nothing is joined (the rows stay as they are read, and the reader
 * flags what does not fit). The repair returns the tokens with each joined label before its
 * numbers and what it joined; it never changes a number.
 */
import { parseHeadingNumber } from '../grammar/heading.js';
import { printedColumn, type LabelToken, type TableToken } from '../tables/tokens.js';

/**
 * How a piece of label text classifies on its own (no reader state, no side effects). Only exact
 * readings are used: a probe may return null for a text that is not exactly a label.
 */
export interface LabelProbe {
  (text: string): { key: string; exact: boolean } | null;
  /**
   * A cheap pre-check, where the probe has one: false when no text ending in `tail` can be exactly
   * a label (the joins around a run of numbers share their last piece, so one check rules out all
   * of them).
   */
  readonly mayEndWith?: (tail: string) => boolean;
  /**
   * The probe of a list marker joined with a label's text (`markerJoin`), where the probe has one
   * of its own (the template's bracketed numbering read as exactly its label); else the probe.
   */
  readonly marked?: (text: string) => { key: string; exact: boolean } | null;
  /**
   * Whether a word is text of one of the table's group labels (a part of one, without its numbering:
   * `理`, `不予`, `无法` of `本年度办理结果`, `不予公开`, `无法提供`), where the table has group labels
   * ({@link groupWordsJoin}).
   */
  readonly groupText?: (word: string) => boolean;
}

/** One label joined around the numbers printed inside it. */
export interface WrappedLabel {
  /** The joined label (its location spans the first piece to the last). */
  label: LabelToken;
  /** The pieces, in source order. */
  pieces: readonly LabelToken[];
  /**
   * Its numbers stand on a line of their own between the pieces and on the last piece's line
   * (`行政事` / `1` / `业性收费 0` for 0 and 1): text without positions does not show which come first.
   */
  spread?: true;
}

/**
 * At most this many label pieces on each side of a run of numbers are tried. A label cell wraps
 * over a few lines, and over many in a table printed with Word's narrow column widths: the longest
 * template label (31 characters) in pieces of one or two characters a line, as `pdftotext -layout`
 * prints such a cell, runs over some twenty lines. With six, a row whose label ran over more lines
 * joined nothing, and its pieces after the numbers took the next row's numbers.
 */
export const MAX_WRAPPED_PIECES = 24;

const isItem = (t: TableToken): boolean => t.kind === 'value' || t.kind === 'blank';

/** A piece of label text: a label token, or one word of it; `at` is the token's index. */
interface Piece {
  at: number;
  label: LabelToken;
  /** The whole label token (not a word of it, nor trimmed): only such a piece may start a label. */
  whole: boolean;
}

/**
 * Joins labels wrapped around their numbers (see the module comment). Linear in the number of
 * tokens: a bounded number of probes per run of numbers ({@link MAX_WRAPPED_PIECES} pieces on each
 * side; read as printed, by the last word of each line, or with up to {@link MAX_CELL_PREFIX}
 * characters of another cell taken off the pieces next to the numbers). Returns `tokens` itself when
 * nothing is joined.
 */
export function joinWrappedLabels(tokens: readonly TableToken[], rawProbe: LabelProbe, joined: WrappedLabel[]): readonly TableToken[] {
  // The sides of the joins around one run share most of their texts (each trim and each way of
  // reading re-reads the same pieces), and the pieces are the template's wording: each text is
  // probed once.
  const probe = memoProbe(rawProbe);
  const exact = (text: string): boolean => probe(text)?.exact ?? false;
  const joins: { from: number; out: readonly TableToken[]; to: number }[] = [];
  const beside = numbersBesideLabels(tokens);
  // Tokens before this index were used by a join: a piece is never used twice.
  let consumed = 0;
  let i = 0;
  while (i < tokens.length) {
    if (!isItem(tokens[i] as TableToken) || i === 0 || (tokens[i - 1] as TableToken).kind !== 'label') {
      i++;
      continue;
    }
    // A run of numbers (and the line breaks among them) from i to runEnd.
    const runEnd = runFrom(tokens, i);
    const before = labelsBack(tokens, i, consumed);
    // One whole label token of one word before the numbers that is a label by itself (the ordinary
    // row): no reading below can start a join with it, nor with a piece cut from it.
    if (before.length === 1 && exact((before[0] as Piece).label.text) && onePiecePerWord(before)) {
      i = Math.max(runEnd, consumed);
      continue;
    }
    const after = labelsForward(tokens, runEnd);
    let { join, cutTails } = findJoinOnce(before, after, exact, probe, beside);
    // A label over three lines whose numbers wrapped in their narrow cells: the second piece's line
    // holds the numbers' lower pieces, and the label ends on a later line (`1、本机关 0 5 5` /
    // `不掌握相关 4 4` / `政府信息`): the side after the numbers reads on over that run.
    let over: readonly [number, number] | null = null;
    if (!join) {
      const wide = labelsOverRun(tokens, i, runEnd, after);
      const j = wide && findJoinOnce(before, wide.pieces, exact, probe, beside);
      if (wide && j?.join && (j.join.pieces[j.join.pieces.length - 1] as Piece).at > wide.run[0]) {
        ({ join, cutTails } = j);
        over = wide.run;
      }
    }
    if (join) {
      const used = join.pieces.map((p) => p.label);
      const first = join.pieces[0] as Piece;
      const last = join.pieces[join.pieces.length - 1] as Piece;
      const from = first.at;
      let to = last.at + 1;
      const text = join.pieces.map((p) => p.label.text).join('');
      const label: LabelToken = { ...first.label, text, end: last.label.end, ...linesOf(join.pieces.map((p) => p.label)) };
      // Words of the pieces' tokens that are not the row label's: other cells' text, kept in order.
      const leftBefore = leftovers(tokens, from, i, used, cutTails);
      const leftAfter = leftovers(tokens, runEnd, to, used, cutTails);
      const rest = continuedRun(tokens, i, to, join.pieces);
      const spread = rest === null && runOwnLineBeforeLast(tokens, i, to, join.pieces);
      // The row's numbers go on after its last piece, on that piece's line: one row printed over
      // the lines of its label; the line break between the two runs is no row end.
      const own = over === null ? [] : tokens.slice(over[0], over[1]).filter(isItem);
      const items =
        rest === null && over === null
          ? tokens.slice(i, runEnd)
          : [...tokens.slice(i, runEnd).filter(isItem), ...own, ...(rest === null ? [] : tokens.slice(to, rest))];
      if (rest !== null) to = rest;
      joins.push({ from, out: [...leftBefore, label, ...items, ...leftAfter], to });
      joined.push({ label, pieces: join.pieces.map((p) => p.label), ...(spread ? { spread: true as const } : {}) });
      consumed = to;
    }
    i = Math.max(runEnd, consumed);
  }
  if (joins.length === 0) return beside ? joinLabelRuns(tokens, probe, joined) : tokens;
  const out: TableToken[] = [];
  let k = 0;
  for (const j of joins) {
    while (k < j.from) out.push(tokens[k++] as TableToken);
    for (const t of j.out) out.push(t);
    k = j.to;
  }
  while (k < tokens.length) out.push(tokens[k++] as TableToken);
  return beside ? joinLabelRuns(out, probe, joined) : out;
}

/** `lastLine` of a label joined from `pieces` (the line of its lowest piece), where it is below the first piece's. */
function linesOf(pieces: readonly LabelToken[]): { lastLine?: number } {
  const first = (pieces[0] as LabelToken).line;
  let last = first;
  for (const p of pieces) last = Math.max(last, p.lastLine ?? p.line);
  return last > first ? { lastLine: last } : {};
}

/**
 * Whether the table prints its rows' numbers beside their labels or by their columns (`pdftotext -layout`:
 * a number of the run on the line of the label piece before it, or set off by a run of spaces, indented on
 * a line of its own), as at least half of its runs of numbers after a label do; LibreOffice's plain text
 * stacks them at the start of lines of their own. The readings by a group label's words and by label
 * pieces with no number among them ({@link groupWordsJoin}, {@link joinLabelRuns}) read such tables only:
 * the lines of that plain text are not the page's rows, and the pieces between its numbers are read by the
 * stacked-label repairs.
 */
function numbersBesideLabels(tokens: readonly TableToken[]): boolean {
  let runs = 0;
  let beside = 0;
  for (let k = 1; k < tokens.length; k++) {
    const prev = tokens[k - 1] as TableToken;
    if (!isItem(tokens[k] as TableToken) || prev.kind !== 'label') continue;
    runs++;
    for (let j = k; j < tokens.length && isItem(tokens[j] as TableToken); j++)
      if ((tokens[j] as TableToken).setOff === true || (tokens[j] as TableToken).line === prev.line) {
        beside++;
        break;
      }
  }
  return runs > 0 && beside * 2 >= runs;
}

/**
 * At most this many lines may part two pieces of one label joined by {@link joinLabelRuns} (the next
 * line, or the one after a blank line).
 */
const MAX_PIECE_LINE_STEP = 2;

/**
 * Labels wrapped over several lines with no number among their pieces (a row printed blank, its label
 * alone over its lines, between rows whose numbers stand on their labels' first lines: `3.危及“三` /
 * `安全` / `一稳定”`): consecutive label tokens, each on a line after the one before, whose texts joined
 * are exactly one template label while no piece is one by itself, are joined (the first piece a whole
 * label token), where no number follows the last piece (a label wrapped before its numbers is read as
 * it is). Where pieces from one start make exactly two different labels, nothing is joined
 * from there; where they make one label at two ends (a shortened label and the whole one), the longer
 * is kept. Returns `tokens` itself when nothing is joined.
 */
function joinLabelRuns(tokens: readonly TableToken[], probe: LabelProbe, joined: WrappedLabel[]): readonly TableToken[] {
  const exact = (text: string): boolean => probe(text)?.exact ?? false;
  // (lines holding a number or a blank mark: another row's lines, see runJoinEnd)
  const itemLines = new Set<number>();
  for (const t of tokens) if (isItem(t)) itemLines.add(t.line);
  let out: TableToken[] | null = null;
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k] as TableToken;
    const end = t.kind === 'label' && !exact(t.text) ? runJoinEnd(tokens, k, probe, itemLines) : null;
    if (end === null) {
      out?.push(t);
      k++;
      continue;
    }
    out ??= tokens.slice(0, k) as TableToken[];
    const pieces = tokens.slice(k, end) as LabelToken[];
    const first = pieces[0] as LabelToken;
    const last = pieces[pieces.length - 1] as LabelToken;
    const label: LabelToken = { ...first, text: pieces.map((p) => p.text).join(''), end: last.end, ...linesOf(pieces) };
    out.push(label);
    joined.push({ label, pieces });
    k = end;
  }
  return out ?? tokens;
}

/**
 * The end (exclusive) of the label pieces from `from` that {@link joinLabelRuns} joins, or null. The
 * texts are probed as the pieces add up, at most {@link MAX_WRAPPED_PIECES} of them. The pieces after
 * the first stop at a line holding a number or a blank mark (`itemLines`): the pieces have no number
 * among them, so such a line is another row's, and its text (a group label's bracket set before that
 * row's label, `（`) is none of this label's even where the probe reads the label with it.
 */
function runJoinEnd(tokens: readonly TableToken[], from: number, probe: LabelProbe, itemLines: ReadonlySet<number>): number | null {
  let text = (tokens[from] as LabelToken).text;
  let found: { end: number; key: string } | null = null;
  for (let e = from + 1; e < tokens.length && e - from < MAX_WRAPPED_PIECES; e++) {
    const p = tokens[e] as TableToken;
    const prev = tokens[e - 1] as TableToken;
    if (
      p.kind !== 'label' ||
      p.line <= prev.line ||
      p.line - prev.line > MAX_PIECE_LINE_STEP ||
      itemLines.has(p.line) ||
      probe(p.text)?.exact
    )
      break;
    text += p.text;
    const r = probe(text);
    // (pieces right before numbers are the label those numbers follow, which the reader reads as it is)
    const next = tokens[e + 1];
    if (!r?.exact || (next !== undefined && isItem(next))) continue;
    if (found && found.key !== r.key) return null;
    found = { end: e + 1, key: r.key };
  }
  return found?.end ?? null;
}

/**
 * Searches that joined nothing remembered, per probe, across calls: a table of the template prints the
 * same label pieces around its numbers in report after report (`（三）不予公开` / `1.属于国家秘密` / numbers /
 * `2.其他法律…`), and each such search tries every reading again to find no join. Past this many the memory
 * is cleared (it only saves work, it never changes an answer).
 */
export const MAX_REMEMBERED_SEARCHES = 1024;
const NOTHING_JOINED = new WeakMap<LabelProbe, Set<string>>();

/**
 * {@link findJoin}, answered from memory where a search of the same pieces joined nothing before. The
 * search is a pure function of the probe, `beside` and what it reads of each piece, all of it in the key
 * ({@link searchKey}); a search that joins is never remembered (its pieces are the caller's tokens).
 */
function findJoinOnce(
  before: readonly Piece[],
  after: readonly Piece[],
  exact: (text: string) => boolean,
  probe: LabelProbe,
  beside: boolean,
): { join: { pieces: Piece[] } | null; cutTails: boolean } {
  let known = NOTHING_JOINED.get(probe);
  if (!known) {
    known = new Set<string>();
    NOTHING_JOINED.set(probe, known);
  }
  const key = searchKey(before, after, beside);
  if (known.has(key)) return { join: null, cutTails: false };
  const found = findJoin(before, after, exact, probe, beside);
  if (found.join === null) {
    if (known.size >= MAX_REMEMBERED_SEARCHES) known.clear();
    known.add(key);
  }
  return found;
}

/**
 * What {@link findJoin} reads of the pieces, as one string (each text prefixed by its length, so no
 * two inputs share a key): per piece, whether it is whole, its text, its span's length (`end - start`),
 * its line relative to the first piece's (lines are only compared with each other), its column, and
 * the column as printed of each of its characters (where its line has them: `printedColumn`, read only
 * inside a piece's own span).
 */
function searchKey(before: readonly Piece[], after: readonly Piece[], beside: boolean): string {
  const line0 = (before[0] ?? after[0])?.label.line ?? 0;
  let key = beside ? 'b' : 'n';
  for (const side of [before, after]) {
    key += `;${side.length}`;
    for (const p of side) {
      const l = p.label;
      key += `;${p.whole ? 1 : 0},${l.text.length}:${l.text},${l.end - l.start},${l.line - line0},${l.column ?? 'u'},`;
      if (l.printedLine === undefined) key += 'n';
      else for (let k = 0; k < l.text.length; k++) key += `${printedColumn(l, l.start + k) ?? 'u'}/`;
    }
  }
  return key;
}

/**
 * The one join of `before` and `after` (see the module comment): read as printed, by the last word
 * of each line, without a few characters of another cell, by a group label's words left out, or by a lone
 * list marker; `cutTails` when one of the last two ways joined or the join starts at a marker alone (the
 * other cell's text before the pieces cut stays, the row's text does not).
 */
function findJoin(
  before: readonly Piece[],
  after: readonly Piece[],
  exact: (text: string) => boolean,
  probe: LabelProbe,
  beside: boolean,
): { join: { pieces: Piece[] } | null; cutTails: boolean } {
  let join = uniqueJoin(before, after, exact, probe);
  if (join || before.length === 0 || after.length === 0) return { join, cutTails: join !== null && atLoneMarker(join.pieces) };
  // Read as printed (each label token a piece), or, where a line holds several cells' text (a
  // group label wrapped beside the row label: `（四） 2.没有现成信` / `无法提 息需要另行`), by the
  // last word of each line, the row label's column. Pieces of one word each, one piece a line,
  // read by the last word of each line are the same pieces: the second reading would find what
  // the first did not.
  const lastBefore = onePiecePerWord(before) ? before : lastWordPerLine(before);
  const lastAfter = onePiecePerWord(after) ? after : lastWordPerLine(after);
  if (lastBefore !== before || lastAfter !== after) join = uniqueJoin(lastBefore, lastAfter, exact, probe);
  // The other cell's text may run into the row label's piece with no space between them
  // (`不予公合法权益`): try the piece next to the numbers without a few leading characters.
  if (!join) join = trimmedJoin(lastBefore, lastAfter, exact, probe);
  // A group cell's text on lines of its own between the row label's pieces (a vertical group label
  // printed a character a line, `3.要求提供 …` / `处` / `公开出版物 …`): pieces standing wholly left
  // of the column of the row label's piece next to the numbers are another cell's, left out.
  if (!join) {
    const inBefore = inLabelColumn(lastBefore, lastBefore);
    const inAfter = inLabelColumn(lastAfter, lastBefore);
    if (inBefore.length > 0 && inAfter.length > 0 && (inBefore.length < lastBefore.length || inAfter.length < lastAfter.length))
      join = uniqueJoin(inBefore, inAfter, exact, probe) ?? trimmedJoin(inBefore, inAfter, exact, probe);
  }
  // A group cell's text run into several of the row label's pieces, the space between them taken
  // for justification (`(四) 1.本机` / numbers / `无法提关不掌握` / `供相关政府` / `信息`): each piece
  // that starts left of the column of the row label's piece next to the numbers is read from that
  // column on (`columnCutJoin`).
  if (!join) join = columnCutJoin(lastBefore, lastAfter, exact, probe);
  // The same against the column of the last label token before the numbers where the last word of its
  // line is no whole token (the row's list marker parted from its text by a space: `(三) 1. 属于国`).
  if (!join && lastBefore !== before) join = columnCutJoin(before, lastAfter, exact, probe);
  // A vertical group label a character a line between the row label's pieces, where the row label's
  // own pieces drift left of its first one (LibreOffice's `-layout` lines, each laid out on its own:
  // `2.其他` / `不` / `法律行政` / `予 法规禁止` / `公 公开` / `开`): the single characters alone on their
  // lines left of the column of the row label's piece next to the numbers are another cell's, left out.
  if (!join) {
    const singles = withoutLoneCharacters(lastBefore, lastBefore);
    const after = withoutLoneCharacters(lastAfter, lastBefore);
    if (singles.length > 0 && after.length > 0 && (singles.length < lastBefore.length || after.length < lastAfter.length))
      join = uniqueJoin(singles, after, exact, probe);
  }
  // A group label's pieces printed before the row label's on their lines, parted from them by a space that
  // normalisation took out (`理 不予 属于国家秘` read `理不予属于国家秘`): the leading words that are group
  // label text left out (`groupWordsJoin`).
  if (join) return { join, cutTails: atLoneMarker(join.pieces) };
  if (beside) {
    join = groupWordsJoin(lastBefore, lastAfter, exact, probe);
    // (the group's words a cut piece left out stay, not the whole word: `年予以公开` leaves `年`)
    if (join) return { join, cutTails: true };
  }
  // The row label's list marker alone before the numbers, its text after them behind the group
  // label's piece (`三、本年 （一）` / numbers / `度办理结果 予以公开`).
  join = markerJoin(lastBefore, lastAfter, probe);
  return { join, cutTails: join !== null };
}

/** A join starting at a list marker alone (`(一)` / numbers / `年予以公开`, the group's `年` left over before the row's text). */
function atLoneMarker(pieces: readonly Piece[]): boolean {
  return rowMarker((pieces[0] as Piece).label.text)?.at === null;
}

/**
 * `pieces` without those standing wholly left of the column where the last of `before` (the row
 * label's piece next to the numbers) starts: another cell's text (`pdftotext -layout` character
 * columns). Pieces without a column are kept; `pieces` itself when none is left out.
 */
function inLabelColumn(pieces: readonly Piece[], before: readonly Piece[]): readonly Piece[] {
  const col = before[before.length - 1]?.label.column;
  if (col === undefined) return pieces;
  const out = pieces.filter((p) => p.label.column === undefined || p.label.column + p.label.text.length > col);
  return out.length === pieces.length ? pieces : out;
}

/**
 * `pieces` without the one-character pieces alone on their line that stand wholly left of the column
 * where the last of `before` starts (a vertical group label's characters); `pieces` itself when none is.
 */
function withoutLoneCharacters(pieces: readonly Piece[], before: readonly Piece[]): readonly Piece[] {
  const col = before[before.length - 1]?.label.column;
  if (col === undefined) return pieces;
  const alone = (p: Piece, k: number): boolean =>
    p.label.text.length === 1 &&
    p.label.column !== undefined &&
    p.label.column + 1 <= col &&
    pieces[k - 1]?.label.line !== p.label.line &&
    pieces[k + 1]?.label.line !== p.label.line;
  const out = pieces.filter((p, k) => !alone(p, k));
  return out.length === pieces.length ? pieces : out;
}

/**
 * The label pieces after a run of numbers read on over a second run (see {@link joinWrappedLabels}):
 * when the first run (from `run`) stands on the line of the label piece before it, the pieces after
 * it (`after`, from `runEnd`) are followed by a run of fewer numbers, all standing on the last of
 * their lines, and more label pieces follow on later lines, those pieces too and the second run's
 * token range; else null. Every number of both runs stands inside the label's lines: the row's own.
 */
function labelsOverRun(
  tokens: readonly TableToken[],
  run: number,
  runEnd: number,
  after: readonly Piece[],
): { pieces: Piece[]; run: readonly [number, number] } | null {
  const last = after[after.length - 1];
  const first = tokens[run] as TableToken;
  const opener = tokens[run - 1] as TableToken;
  if (!last || opener.line !== first.line) return null;
  for (let k = run; k < runEnd; k++) {
    const t = tokens[k] as TableToken;
    if (isItem(t) && t.line !== first.line) return null;
  }
  const from = last.at + 1;
  const to = runFrom(tokens, from);
  if (to === from || to >= tokens.length) return null;
  let pieces = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as TableToken;
    if (!isItem(t)) continue;
    if (t.line !== last.label.line) return null;
    pieces++;
  }
  // (fewer than the first run's numbers: the row's cells on its first line, the lower pieces of some
  // of them below; a line of as many is every number wrapped, the cells that print nothing unseen,
  // which the wrapped-pieces contest reads)
  let numbers = 0;
  for (let k = run; k < runEnd; k++) if (isItem(tokens[k] as TableToken)) numbers++;
  if (pieces >= numbers) return null;
  const more = labelsForward(tokens, to);
  const next = more[0];
  if (!next || next.label.line <= last.label.line) return null;
  return { pieces: [...after, ...more].slice(0, MAX_WRAPPED_PIECES), run: [from, to] };
}

/**
 * Texts whose probes are remembered, per probe, across calls: the pieces are the template's label
 * wording, so a few hundred texts recur over any number of reports; past this many the memory is
 * cleared (it only saves work, it never changes an answer).
 */
export const MAX_REMEMBERED_PROBES = 4096;

type ProbeResult = { key: string; exact: boolean } | null;
const remembered = new WeakMap<LabelProbe, LabelProbe>();

/** `f` answering each text from memory after its first call (`f` has no side effects; its answers are never undefined). */
function memoText<T>(f: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    let r = known.get(text);
    if (r === undefined) {
      r = f(text);
      if (known.size >= MAX_REMEMBERED_PROBES) known.clear();
      known.set(text, r);
    }
    return r;
  };
}

/**
 * `probe` answering each text from memory after its first call (a probe has no side effects), its
 * pre-check too: the sides of the joins around a run re-read the same texts, table 三's pre-check is three
 * walks of the labels' characters and a cleaning of the text, and a text the pre-check rules out is
 * remembered as no label (null, what the repair made of it without asking the probe).
 */
function memoProbe(probe: LabelProbe): LabelProbe {
  const known = remembered.get(probe);
  if (known) return known;
  const may = probe.mayEndWith ? memoText(probe.mayEndWith) : undefined;
  // (the repair only uses exact readings, and no text the pre-check rules out is one)
  const cached = memoText((text: string): ProbeResult => (may && !may(text) ? null : probe(text)));
  const memo: LabelProbe = Object.assign(
    cached,
    may ? { mayEndWith: may } : {},
    probe.marked ? { marked: probe.marked } : {},
    probe.groupText ? { groupText: probe.groupText } : {},
  );
  remembered.set(probe, memo);
  return memo;
}

/** The end of the run of numbers (and line breaks) starting at `at`. */
function runFrom(tokens: readonly TableToken[], at: number): number {
  let end = at;
  while (end < tokens.length && (isItem(tokens[end] as TableToken) || (tokens[end] as TableToken).kind === 'break')) end++;
  return end;
}

/**
 * A second run of numbers right after a joined label's last piece, on that piece's line, when the
 * first run stands on the line of a piece too (`2.其他法律行政法 0 0 1 0` / `规禁止公开   0 0 1`):
 * the end of the second run (numbers and line breaks), or null.
 */
function continuedRun(tokens: readonly TableToken[], run: number, to: number, pieces: readonly Piece[]): number | null {
  const next = tokens[to];
  const last = (pieces[pieces.length - 1] as Piece).label;
  const first = tokens[run] as TableToken;
  if (!next || !isItem(next) || next.line !== last.line) return null;
  if (!pieces.some((p) => p.label !== last && p.label.line === first.line)) return null;
  return runFrom(tokens, to);
}

/**
 * Numbers right after a joined label's last piece, on that piece's line, while the run before it
 * (starting at `run`) stands on a line no piece holds: the row's numbers over two lines in an
 * order the text does not prove.
 */
function runOwnLineBeforeLast(tokens: readonly TableToken[], run: number, to: number, pieces: readonly Piece[]): boolean {
  const next = tokens[to];
  const first = tokens[run] as TableToken;
  const last = (pieces[pieces.length - 1] as Piece).label;
  return next !== undefined && isItem(next) && next.line === last.line && !pieces.some((p) => p.label.line === first.line);
}

/** The label tokens right before index `at` (source order), not reaching into consumed tokens. */
function labelsBack(tokens: readonly TableToken[], at: number, consumed: number): Piece[] {
  const out: Piece[] = [];
  for (let k = at - 1; k >= consumed && out.length < MAX_WRAPPED_PIECES; k--) {
    const t = tokens[k] as TableToken;
    if (t.kind !== 'label') break;
    out.unshift({ at: k, label: t, whole: true });
  }
  return out;
}

/** The label tokens from index `at` on. */
function labelsForward(tokens: readonly TableToken[], at: number): Piece[] {
  const out: Piece[] = [];
  for (let k = at; k < tokens.length && out.length < MAX_WRAPPED_PIECES; k++) {
    const t = tokens[k] as TableToken;
    if (t.kind !== 'label') break;
    out.push({ at: k, label: t, whole: true });
  }
  return out;
}

const WORD_RE = /\S+/g;

/** The words of a label token, as label tokens of their own (offsets into the same text). */
function wordsOf(t: LabelToken): LabelToken[] {
  const out: LabelToken[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(t.text); m !== null; m = WORD_RE.exec(t.text))
    out.push({ ...t, text: m[0], start: t.start + m.index, end: t.start + m.index + m[0].length });
  return out;
}

/** Code units of ECMAScript's `\s` (what {@link WORD_RE} splits at), for {@link onePiecePerWord}. */
const SPACE_RE = /\s/;

/**
 * {@link lastWordPerLine} would give the same pieces: each is one word spanning its token exactly,
 * and no two stand on one line.
 */
function onePiecePerWord(pieces: readonly Piece[]): boolean {
  for (let k = 0; k < pieces.length; k++) {
    const l = (pieces[k] as Piece).label;
    if (l.text === '' || l.end - l.start !== l.text.length || SPACE_RE.test(l.text)) return false;
    const next = pieces[k + 1];
    if (next && next.label.line === l.line) return false;
  }
  return true;
}

/** The last word of each line of the pieces. */
function lastWordPerLine(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  pieces.forEach((p, k) => {
    const next = pieces[k + 1];
    if (next && next.label.line === p.label.line) return;
    const words = wordsOf(p.label);
    out.push({ at: p.at, label: words[words.length - 1] ?? p.label, whole: words.length <= 1 });
  });
  return out;
}

/**
 * The words of the label tokens `[from, to)` that no used piece covers, as label tokens, in order;
 * with `cutTails`, of a word whose end a trimmed piece took, the characters before it (the group's
 * text before a row label joined by its lone list marker).
 */
function leftovers(tokens: readonly TableToken[], from: number, to: number, used: readonly LabelToken[], cutTails: boolean): LabelToken[] {
  const out: LabelToken[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k] as TableToken;
    if (t.kind !== 'label') continue;
    for (const w of wordsOf(t)) {
      if (used.some((u) => u.start <= w.start && w.end <= u.end)) continue;
      const tail = cutTails ? used.find((u) => u.start > w.start && u.start < w.end && u.end >= w.end) : undefined;
      const cut = tail ? tail.start - w.start : w.text.length;
      out.push(tail && w.end - w.start === w.text.length ? { ...w, text: w.text.slice(0, cut), end: tail.start } : w);
    }
  }
  return out;
}

/** At most this many characters of another cell's text may run into a label piece (a narrow group cell's line). */
export const MAX_CELL_PREFIX = 4;

/**
 * At most this many ways of cutting the pieces are tried by {@link columnCutJoin} and {@link groupWordsJoin}.
 * Every piece within reach of the numbers counts, those a join never reaches too: with 64, a row label
 * wrapped over four lines beside a group label a character a line, the next row's first piece after it
 * (`年 部分公开` / … / `结 计其他情形）` / `果 不 属于国`: 2 × 2⁴ × 3 ways) was joined by no way, and its
 * pieces left over kept the next row's label from being joined.
 */
const MAX_COLUMN_CUTS = 128;

/**
 * {@link uniqueJoin} with every piece that starts left of the row label's column (the column of the
 * whole piece right before the numbers) read from that column on: without the characters standing
 * left of it, or one fewer (a space between the two cells' texts may have been taken out as a
 * justification space), at most {@link MAX_CELL_PREFIX} of them; pieces standing wholly left of it
 * are another cell's, left out. Only one way may fit (two ways joining different labels: none).
 */
function columnCutJoin(
  before: readonly Piece[],
  after: readonly Piece[],
  exact: (text: string) => boolean,
  probe: LabelProbe,
): { pieces: Piece[] } | null {
  const anchor = before[before.length - 1];
  const col = anchor?.label.column;
  if (!anchor || !anchor.whole || col === undefined) return null;
  const printedCol = printedColumn(anchor.label, anchor.label.start);
  // Per piece, its readings: as printed, or cut at the column (two ways), or none (wholly left of it).
  const ways = (p: Piece): Piece[] => {
    if (p !== anchor && printedCol !== undefined) {
      const cut = printedCut(p, printedCol);
      if (cut) return cut;
    }
    const c = p.label.column;
    if (p === anchor || c === undefined || c >= col) return [p];
    if (c + p.label.text.length <= col - 1) return [];
    const out: Piece[] = [];
    for (const k of [col - c, col - c - 1]) {
      if (k < 1 || k > MAX_CELL_PREFIX) continue;
      const t = trimmed(p, k);
      if (t) out.push(t);
    }
    return out;
  };
  const beforeWays = before.map(ways);
  const afterWays = after.map(ways);
  if (![...beforeWays, ...afterWays].some((w) => w.length !== 1 || w[0] !== undefined)) return null;
  return uniqueOverWays(beforeWays, afterWays, exact, probe);
}

/**
 * {@link uniqueJoin} over every choice of one reading per piece (`beforeWays`, `afterWays`: a piece's
 * readings, none where it is left out), at most {@link MAX_COLUMN_CUTS} choices: the one label all
 * choices that join give, or null (none, too many choices, or two labels).
 */
function uniqueOverWays(
  beforeWays: readonly (Piece | null)[][],
  afterWays: readonly (Piece | null)[][],
  exact: (text: string) => boolean,
  probe: LabelProbe,
  accept: (pieces: readonly Piece[]) => boolean = () => true,
): { pieces: Piece[] } | null {
  let combos = 1;
  for (const w of [...beforeWays, ...afterWays]) combos *= Math.max(1, w.length);
  if (combos > MAX_COLUMN_CUTS) return null;
  let found: { pieces: Piece[] } | null = null;
  let key: string | null = null;
  const pick = (all: readonly (Piece | null)[][], at: number, into: Piece[], then: (ps: Piece[]) => boolean): boolean => {
    if (at === all.length) return then(into);
    const w = all[at] as (Piece | null)[];
    if (w.length === 0) return pick(all, at + 1, into, then);
    for (const p of w) if (!pick(all, at + 1, p === null ? into : [...into, p], then)) return false;
    return true;
  };
  pick(beforeWays, 0, [], (b) =>
    pick(afterWays, 0, [], (a) => {
      const j = uniqueJoin(b, a, exact, probe);
      if (!j || !accept(j.pieces)) return true;
      const k = probeJoined(probe, j.pieces.map((p) => p.label.text).join(''), (j.pieces[0] as Piece).label.text)?.key ?? null;
      if (found && k !== key) {
        found = null;
        key = '';
        return false;
      }
      if (!found && key === null) {
        found = j;
        key = k;
      }
      return true;
    }),
  );
  return found;
}

/**
 * {@link uniqueJoin} with the pieces read without their leading words of group label text (see
 * {@link LabelProbe.groupText}), where a space stood after each of them as printed (the words of a piece:
 * its text parted at its spaces and at the spaces normalisation took out); a piece of group label text
 * alone is left out. A piece so cut starts where the row label's cell does, so it may start a label.
 * Every number of leading words is tried (a row label may begin with group text: `不 掌握相`); only one
 * label may come of the ways tried.
 */
function groupWordsJoin(
  before: readonly Piece[],
  after: readonly Piece[],
  exact: (text: string) => boolean,
  probe: LabelProbe,
): { pieces: Piece[] } | null {
  const isGroup = probe.groupText;
  if (!isGroup || before.length === 0 || after.length === 0) return null;
  // (the pieces cut: a join must use one, the evidence of this reading)
  const cut = new Set<Piece>();
  let changed = false;
  const ways = (p: Piece): (Piece | null)[] => {
    const out: (Piece | null)[] = [p];
    const t = p.label;
    let from = 0;
    // (word by word, each start found when the words before it were group text: most pieces stop at the first)
    for (let at = nextWordStart(t, 0); ; at = nextWordStart(t, at)) {
      if (!isGroup(t.text.slice(from, at).trim())) return out;
      from = at;
      changed = true;
      // (a piece of group label text alone: left out)
      if (at === t.text.length) {
        out.push(null);
        return out;
      }
      const piece: Piece = { at: p.at, label: { ...t, text: t.text.slice(at), start: t.start + at }, whole: true };
      cut.add(piece);
      out.push(piece);
    }
  };
  const beforeWays = before.map(ways);
  const afterWays = after.map(ways);
  // (a join of whole pieces only, a group's piece left out between them, starts at the row's text: not
  // at a list marker alone, which may be the group's, `（四）` / `2.没有现成…` / `无法`)
  const accept = (ps: readonly Piece[]): boolean => ps.some((q) => cut.has(q)) || rowMarker((ps[0] as Piece).label.text) === null;
  return changed ? uniqueOverWays(beforeWays, afterWays, exact, probe, accept) : null;
}

/**
 * The first offset after `after` in a label token's text where a word starts (the text's length where
 * none does): after a space in the text, or after a space normalisation took out (the character
 * printed two columns or more right of the one before it).
 */
function nextWordStart(t: LabelToken, after: number): number {
  for (let k = Math.max(1, after + 1); k < t.text.length; k++) {
    const ch = t.text.charAt(k);
    if (SPACE_RE.test(ch)) continue;
    const prev = t.text.charAt(k - 1);
    const a = printedColumn(t, t.start + k - 1);
    const b = printedColumn(t, t.start + k);
    if (SPACE_RE.test(prev) || (a !== undefined && b !== undefined && b - a >= 2)) return k;
  }
  return t.text.length;
}

/**
 * At most this many characters of another cell's text may stand before a row label's text on its line
 * where the columns as printed show the space between them ({@link printedCut}): a group cell of a few
 * characters a line (`度办理结果`).
 */
export const MAX_PRINTED_PREFIX = 8;

/**
 * A piece read against the row label's column as printed (`col`, where the piece next to the numbers
 * starts): itself where it starts in or right of the column; none where it ends two columns or more left
 * of it (another cell's text); cut where its text crosses the column with a space printed right before the
 * column's first character (`理结 不予公 家秘密`, read `家秘密` against a label column at `家`), at most
 * {@link MAX_PRINTED_PREFIX} characters cut. Null where the columns as printed do not decide (no line,
 * or text running through the column without a space): the caller reads the piece by its normalised column.
 */
function printedCut(p: Piece, col: number): Piece[] | null {
  const t = p.label;
  const n = t.text.length;
  const first = printedColumn(t, t.start);
  if (first === undefined) return null;
  if (first >= col) return [p];
  const last = printedColumn(t, t.start + n - 1) as number;
  if (last <= col - 2) return [];
  for (let k = 1; k < n; k++) {
    const c = printedColumn(t, t.start + k) as number;
    if (c < col) continue;
    if (k > MAX_PRINTED_PREFIX || c - (printedColumn(t, t.start + k - 1) as number) < 2) return null;
    return [{ at: p.at, label: { ...t, text: t.text.slice(k), start: t.start + k }, whole: false }];
  }
  return null;
}

/** A piece without its first `k` characters. */
function trimmed(p: Piece, k: number): Piece | null {
  if (p.label.text.length <= k + 1) return null;
  return { at: p.at, label: { ...p.label, text: p.label.text.slice(k), start: p.label.start + k }, whole: false };
}

/**
 * {@link uniqueJoin} with the piece before the numbers, or the piece after them, read without up to
 * {@link MAX_CELL_PREFIX} leading characters (another cell's text); only one way may fit.
 */
function trimmedJoin(
  before: readonly Piece[],
  after: readonly Piece[],
  exact: (text: string) => boolean,
  probe: LabelProbe,
): { pieces: Piece[] } | null {
  if (before.length === 0 || after.length === 0) return null;
  let found: { pieces: Piece[] } | null = null;
  let key: string | null = null;
  // Each side read once per trim (not once per pair of trims), and only when a join may use it.
  const afters: (Side | null | undefined)[] = [];
  const afterSide = (ka: number): Side | null => {
    let side = afters[ka];
    if (side === undefined) {
      const a = ka === 0 ? after : trimmedAt(after, 0, ka);
      side = a ? sideAfter(a, exact, probe.mayEndWith) : null;
      afters[ka] = side;
    }
    return side;
  };
  // A join ends where a text of the side after the numbers ends: when no such text may end a label
  // (the probe's pre-check), no further reading of the side before the numbers needs to be tried.
  let viable: boolean | undefined;
  const anyViable = (): boolean => {
    viable = false;
    for (let ka = 0; ka <= MAX_CELL_PREFIX && !viable; ka++) {
      const sa = afterSide(ka);
      if (sa) viable = mayEnd(sa, probe);
    }
    return viable;
  };
  for (let kb = 0; kb <= MAX_CELL_PREFIX; kb++) {
    // A trimmed piece next to the numbers is no whole label token, so it cannot start a label:
    // a join with it needs another piece before it.
    if (kb > 0 && before.length < 2) break;
    const b = kb === 0 ? before : trimmedAt(before, before.length - 1, kb);
    if (!b) continue;
    const sb = sideBefore(b, exact, probe.mayEndWith);
    if (!canStart(sb)) continue;
    if (!(viable ?? anyViable())) return null;
    for (let ka = kb === 0 ? 1 : 0; ka <= MAX_CELL_PREFIX; ka++) {
      const sa = afterSide(ka);
      if (!sa) continue;
      const j = joinSides(sb, sa, probe);
      if (!j) continue;
      const k = probeJoined(probe, j.pieces.map((p) => p.label.text).join(''), (j.pieces[0] as Piece).label.text)?.key ?? null;
      if (found && k !== key) return null;
      if (!found) {
        found = j;
        key = k;
      }
    }
  }
  return found;
}

/**
 * At most this many characters of a group label's piece may stand before a row label's text on its
 * line when the row's list marker stands alone before the numbers (a group cell of a few characters
 * a line: `度办理结果`).
 */
export const MAX_MARKER_GROUP_TEXT = 8;

/**
 * A row label whose list marker alone stands right before the numbers (the last piece before them,
 * `（一）`) and whose text is the first piece after them, without up to
 * {@link MAX_MARKER_GROUP_TEXT} leading characters of a group label's line run into it
 * (`度办理结果予以公开`): the marker and the text joined are exactly one template label. Every
 * reading that fits must name one row; null otherwise.
 */
function markerJoin(before: readonly Piece[], after: readonly Piece[], probe: LabelProbe): { pieces: Piece[] } | null {
  const marker = before[before.length - 1];
  const text = after[0];
  if (!marker || !text) return null;
  const row = rowMarker(marker.label.text);
  if (row === null) return null;
  const m = row.marker;
  // (a group's marker before the row's, `三、（一）`: the row's marker is the piece, the group's is left over)
  const markerPiece: Piece =
    row.at === null
      ? { ...marker, whole: true }
      : { at: marker.at, label: { ...marker.label, text: m, start: marker.label.start + row.at }, whole: false };
  let found: { pieces: Piece[]; key: string } | null = null;
  for (let k = 0; k <= MAX_MARKER_GROUP_TEXT; k++) {
    const piece = k === 0 ? text : trimmed(text, k);
    if (!piece) break;
    const r = (probe.marked ?? probe)(m + piece.label.text);
    if (!r?.exact) continue;
    if (found && found.key !== r.key) return null;
    found ??= { pieces: [markerPiece, piece], key: r.key };
  }
  return found;
}

/**
 * The row's list marker a piece is made of: the whole piece when it is one marker and nothing
 * else (`（一）`; `at` null), or the second of two markers and nothing else, the first a group's
 * (`三、（一）`: the group label's marker printed on the row's line; `at` its offset in the text);
 * null otherwise.
 */
function rowMarker(text: string): { marker: string; at: number | null } | null {
  const m = text.trim();
  const h = parseHeadingNumber(m);
  if (!h) return null;
  if (h.titleStart >= m.length) return { marker: m, at: null };
  const rest = m.slice(h.titleStart).trimStart();
  const inner = parseHeadingNumber(rest);
  if (!inner || inner.titleStart < rest.length) return null;
  return { marker: rest, at: text.trimEnd().length - rest.length };
}

/** The pieces with piece `at` trimmed by `k` characters, or null when it is too short. */
function trimmedAt(pieces: readonly Piece[], at: number, k: number): Piece[] | null {
  const t = trimmed(pieces[at] as Piece, k);
  if (!t) return null;
  const out = pieces.slice();
  out[at] = t;
  return out;
}

/**
 * One side of a join: the texts of its first (after the numbers) or last (before them) `n` pieces
 * joined, for each `n` a join may use. A side stops at a piece that is a label by itself, or where
 * its pieces already make one.
 */
interface Side {
  pieces: readonly Piece[];
  /** `texts[n - 1]`: the joined text of `n` pieces. */
  texts: string[];
}

/**
 * The texts of the last pieces before the numbers, nearest first (see {@link Side}). A joined text
 * is probed only where it may be a label: not with one piece (the piece itself was probed), nor
 * when the probe's pre-check rules out every text ending in the piece next to the numbers.
 */
function sideBefore(before: readonly Piece[], exact: (text: string) => boolean, mayEndWith?: (tail: string) => boolean): Side {
  const texts: string[] = [];
  let text = '';
  const tailOpen = before.length < 2 || !mayEndWith || mayEndWith((before[before.length - 1] as Piece).label.text);
  for (let s = 1; s <= before.length; s++) {
    const bp = (before[before.length - s] as Piece).label;
    if (exact(bp.text)) break;
    text = bp.text + text;
    if (s > 1 && tailOpen && exact(text)) break;
    texts.push(text);
  }
  return { pieces: before, texts };
}

/** The texts of the first pieces after the numbers (see {@link Side}; the same pre-checks as {@link sideBefore}). */
function sideAfter(after: readonly Piece[], exact: (text: string) => boolean, mayEndWith?: (tail: string) => boolean): Side {
  const texts: string[] = [];
  let text = '';
  for (let r = 0; r < after.length; r++) {
    const p = (after[r] as Piece).label;
    if (exact(p.text)) break;
    text += p.text;
    if (r > 0 && (!mayEndWith || mayEndWith(p.text)) && exact(text)) break;
    texts.push(text);
  }
  return { pieces: after, texts };
}

/**
 * The one way to join the last pieces before the numbers and the first pieces after them into a
 * template label exactly, neither side being one on its own and no piece being one; null when there
 * is none, or when joins of different labels fit.
 */
function uniqueJoin(
  before: readonly Piece[],
  after: readonly Piece[],
  exact: (text: string) => boolean,
  probe: LabelProbe,
): { pieces: Piece[] } | null {
  if (before.length === 0 || after.length === 0) return null;
  const b = sideBefore(before, exact, probe.mayEndWith);
  if (!canStart(b)) return null;
  const sa = sideAfter(after, exact, probe.mayEndWith);
  if (!mayEnd(sa, probe)) return null;
  return joinSides(b, sa, probe);
}

/** Some text of the side before the numbers starts at a whole label token ({@link joinSides} joins only such). */
function canStart(b: Side): boolean {
  for (let s = 1; s <= b.texts.length; s++) if ((b.pieces[b.pieces.length - s] as Piece).whole) return true;
  return false;
}

/** Whether some text of the side after the numbers may end a label ({@link joinSides} tries no other). */
function mayEnd(a: Side, probe: LabelProbe): boolean {
  const may = probe.mayEndWith;
  return may === undefined ? a.texts.length > 0 : a.texts.some((t) => may(t));
}

/**
 * A joined text as the probe reads it; where that is not exactly a label and the text is one word, as the
 * probe of a marker joined with a label's text reads it (the template's bracketed numbering in normalised
 * text: `(一)予` / numbers / `以公开`; `(一` / `)予` / `以公` / `开`; the label without its marker too, as a
 * report printing no list markers has it: `予以公` / numbers / `开`). Words apart (`(二) 部分 公开(区分处理的,只`)
 * are read by the probe alone: a line of several cells' text (a LibreOffice PDF's wrapped label, its blank
 * markers beside it, took them as cells when so joined); so is a first piece that is a marker alone which may
 * be a group's ({@link groupMarkerAlone}), which {@link markerJoin} reads (the group's text left over around it).
 */
function probeJoined(probe: LabelProbe, text: string, first: string): { key: string; exact: boolean } | null {
  const r = probe(text);
  if (r?.exact || !probe.marked || SPACE_RE.test(text) || groupMarkerAlone(probe, first)) return r;
  return probe.marked(text) ?? r;
}

/**
 * Whether a join's first piece is a list marker alone that may be a group label's ({@link markerJoin} reads
 * such, the group's text left over around it): any marker alone where the probe does not tell group text.
 */
function groupMarkerAlone(probe: LabelProbe, first: string): boolean {
  const m = rowMarker(first);
  if (m === null) return false;
  return m.at !== null || !probe.groupText || probe.groupText(m.marker);
}

/** {@link uniqueJoin} over sides already read. */
function joinSides(b: Side, a: Side, probe: LabelProbe): { pieces: Piece[] } | null {
  const before = b.pieces;
  let found: { s: number; r: number; key: string } | null = null;
  for (let r = 1; r <= a.texts.length; r++) {
    const afterText = a.texts[r - 1] as string;
    if (probe.mayEndWith && !probe.mayEndWith(afterText)) continue;
    for (let s = 1; s <= b.texts.length; s++) {
      // A label starts where its cell starts: its first piece is a whole label token.
      if (!(before[before.length - s] as Piece).whole) continue;
      const whole = probeJoined(probe, (b.texts[s - 1] as string) + afterText, (before[before.length - s] as Piece).label.text);
      if (!whole?.exact) continue;
      if (found && found.key !== whole.key) return null;
      if (!found) found = { s, r, key: whole.key };
    }
  }
  return found ? { pieces: [...before.slice(before.length - found.s), ...a.pieces.slice(0, found.r)] } : null;
}
