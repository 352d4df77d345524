/**
 * Turns the lines of a table region into a flat stream of tokens: labels, values, explicit
 * blanks and row breaks. The stream keeps the evidence the mapping needs (which line a token is
 * on, how many blank lines came before it, where a row visibly ended) and nothing about template
 * semantics; the table readers decide what each label means.
 */
import { parseCellContent, type CellContent, type NumberContent } from '../grammar/cell.js';
import type { Line, Span } from '../grammar/lines.js';
import { joinStackedMarks } from './stacked-marks.js';
import { joinStackedWithGroupedPieces, markUnderGroupedHeads } from './grouped-pieces.js';
import { joinListMarkers } from './list-marker-above.js';
import { listNumberFit } from './list-numbers.js';
import { noneInWrappedLabels } from './none-in-wrapped-label.js';
import { closeFractions, settleOpenFractions } from './open-fractions.js';

/** Shared token fields. */
interface TokenBase {
  /** Offset in the normalised text. */
  start: number;
  /** End offset in the normalised text. */
  end: number;
  /** Line index. */
  line: number;
  /** Blank lines immediately before this token's line, when it is the first token on its line; else 0. */
  gapBefore: number;
  /** Whether the token is the first on its line. */
  lineStart: boolean;
  /**
   * Set on tokens of a row-per-line pipe row (`规章 | 0 | 0 | 0 |`): the row is a unit, and its
   * values belong to a label in the same row only.
   */
  inRow?: boolean;
  /**
   * Text lines: the token starts a segment set off from what comes before it on its line by a run
   * of spaces or a TAB (or indented by one): its place comes from its position on the page
   * (`pdftotext -layout`), not from following its label.
   */
  setOff?: boolean;
  /** Text lines: the character column of the token on its line (its place on the page in `pdftotext -layout`). */
  column?: number;
  /**
   * Text lines after a page break of the region (a form feed starting a line, `pdftotext`): the page
   * of the token's line, counted from the region's first (absent there).
   */
  page?: number;
}

/** Text that is not a number: a row label, header, caption or fragment. */
export interface LabelToken extends TokenBase {
  /** Discriminant. */
  kind: 'label';
  /** The text. */
  text: string;
  /** Text lines: the token's line, to read its characters' columns as printed ({@link printedColumn}). */
  printedLine?: PrintedLine;
  /**
   * A label joined from pieces over several lines (`repairs/wrapped-labels.ts`): the line of its lowest
   * piece (`line` is its first piece's); absent for a label on one line.
   */
  lastLine?: number;
}

/** A text line's start and, where normalisation moved its characters, their columns as printed (`Line.printedColumns`). */
export interface PrintedLine {
  /** Offset of the line start. */
  readonly start: number;
  /** The column of each character as printed; absent where each stands at its offset from the start. */
  readonly columns?: readonly number[];
}

/**
 * The column, as printed, of the character at offset `at` of a label token's line (a word or a
 * trimmed piece of the token included: offsets count in the document); undefined without a line.
 */
export function printedColumn(t: LabelToken, at: number): number | undefined {
  const p = t.printedLine;
  if (!p) return undefined;
  return p.columns ? p.columns[at - p.start] : at - p.start;
}

/** A number. */
export interface ValueToken extends TokenBase {
  /** Discriminant. */
  kind: 'value';
  /** The cell text as written. */
  raw: string;
  /** The parsed number. */
  content: NumberContent;
  /** Written against label text with no separator: possibly several cells run together. */
  glued?: boolean;
  /**
   * Text laid out by position: the number as printed, where the stacked-number join
   * (`stacked-numbers.ts`, `stacked-bands.ts`) joined its pieces or moved it onto its row's line
   * (each piece on its own line and column), so a later reading can deal the pieces otherwise.
   */
  printed?: readonly ValueToken[];
  /**
   * The run ended where a digit was split off as the next label's list number, a number the
   * template does not give that label (`list-numbers.ts`): where the run ends is not proven, and
   * the cells read from it are stated only as candidates.
   */
  endUnproven?: boolean;
}

/** A cell that is present and empty (an empty pipe cell, `/`, `—`). */
export interface BlankToken extends TokenBase {
  /** Discriminant. */
  kind: 'blank';
  /** The cell text as written (may be empty). */
  raw: string;
  /**
   * An empty cell of a Markdown table written by a converter: the value may have been moved
   * elsewhere, so it is not evidence of a blank (the cell becomes `missing`, not `blank`).
   */
  uncertain?: boolean;
}

/** A visible end of a row: the end of a row-per-line line, or padding pipes. */
export interface BreakToken extends TokenBase {
  /** Discriminant. */
  kind: 'break';
  /**
   * `line`: end of a row line; `padding`: padding pipes after a cell-per-line row; `end`: the end
   * of the table region (its `gapBefore` counts the blank lines before whatever follows the table).
   */
  reason: 'line' | 'padding' | 'end';
}

/** One token of a table region. */
export type TableToken = LabelToken | ValueToken | BlankToken | BreakToken;

/** How pipes are used in a region (decided from the whole region). */
export interface RegionLayout {
  /** Cells one per line, each terminated by ` |` (seed 000): pipe-only lines are padding (row ends). */
  terminatedCells: boolean;
  /** Markdown tables (`|---|` separator rows): empty cells are not trusted as blanks. */
  markdown: boolean;
}

const PAGE_NUMBER_RE = /^(?:[-—–_]+\s*\d{1,3}\s*[-—–_]+|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;

/** True for page-number lines (`-3-`, `— 4 —`, `第 3 页`). */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER_RE.test(text);
}

/** A page's address alone (a browser's print footer that plain `pdftotext` wrote apart from its page number). */
const PAGE_ADDRESS_RE = /^\s*(?:file|https?):\/\/\S+\s*$/;

/** True for a page's address alone on its line (`file:///…/report.html`: a print footer's first half). */
export function isPageAddress(text: string): boolean {
  return PAGE_ADDRESS_RE.test(text);
}

/** A browser's print footer: the page's address, then `n/N` (`file:///…/report.html   4/5`). */
const PRINT_FOOTER_RE = /^(?:file|https?):\/\/\S+[ \t]+\d{1,3}[ \t]*\/[ \t]*\d{1,3}$/;
/**
 * A browser's print header: the print date and time, then the page title (`12/1/26, 11:22 PM   示例…报告`),
 * or the date and time alone on their line (the title cut off as a line of its own).
 */
const PRINT_HEADER_RE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?(?:[ \t]{2,}\S|$)/;

/**
 * True for the header and footer lines a browser prints on every page (print date and time, with
 * the page title or alone; page address with the page number, as `pdftotext -layout` keeps them):
 * page furniture that a page break drops into the middle of a table. An address without its page
 * number is not taken for one (plain `pdftotext` prints them apart, among the cells).
 */
export function isBrowserPrintLine(text: string): boolean {
  return PRINT_FOOTER_RE.test(text) || PRINT_HEADER_RE.test(text);
}

/** Decides the pipe layout of a region from its lines. */
export function detectLayout(lines: readonly Line[]): RegionLayout {
  let terminated = 0;
  let rows = 0;
  let separators = 0;
  for (const l of lines) {
    if (l.kind === 'separator') separators++;
    if (l.kind !== 'pipe') continue;
    const nonEmpty = l.cells.filter((c) => c.text !== '').length;
    if (nonEmpty === 1 && !l.leadingPipe && (l.cells[0] as Span).text !== '') terminated++;
    else if (nonEmpty >= 2) rows++;
  }
  return { terminatedCells: terminated > rows, markdown: separators > 0 };
}

/** What {@link tokenize} may read from the text's layout. */
export interface TokenizeOptions {
  /**
   * Join numbers printed over several lines of their cell, piece under piece in the same character
   * columns (`pdftotext -layout`). Default `true`. Off for text laid out from PDF positions
   * (`parsePdf`): its layout step already joined wrapped numbers from their coordinates, and what
   * stands in a column under a number there is the next row.
   */
  stackedNumbers?: boolean;
  /**
   * Whether the document writes its dash blanks two to a cell (`——`, {@link writesDashPairs} of all
   * its lines). Default: judged from the region's lines.
   */
  dashPairs?: boolean;
  /**
   * The region's cells are counts (tables 三 and 四): a number cut at a decimal point (`2.` on a line
   * of its own: a list number printed apart from its label) cannot be one of theirs, and reads as
   * before cut numbers were tokens (the digits a glued value, the point label text). Default `false`.
   */
  countsOnly?: boolean;
}

/**
 * Tokenises the lines of a region. `trailingGap` is the number of blank lines between the
 * region's last line and the next non-blank line after it (`null` at the end of the text); it
 * becomes an `end` break, so that a row's last cell can be seen to end the table.
 */
export function tokenize(
  lines: readonly Line[],
  layout: RegionLayout,
  trailingGap: number | null = null,
  options: TokenizeOptions = {},
): TableToken[] {
  let out: TableToken[] = [];
  let gap = 0;
  // The blank lines before a browser's print header or footer skipped since the last line read:
  // the page break's blank lines around it are one gap, not two (see below).
  let beforeFurniture = 0;
  // A number alone on its line: the next line may be its annotation (a cell printed on two lines).
  let lone: ValueToken | null = null;
  const spaceCells = whitespaceParagraphCells(lines, trailingGap);
  const pairs = options.dashPairs ?? writesDashPairs(lines);
  // (pages after the region's first, by the form feeds that start their lines)
  let page = 0;
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li] as Line;
    if (l.pageStart) page++;
    if (l.kind === 'blank') {
      // A blank line may be a row of blank cells (a line of spaces or TABs in browser text): its
      // cells take the gap before it, as a line read does.
      const first = out.length;
      const cells = spaceCells?.get(li);
      if (cells !== undefined) {
        for (let c = 0; c < cells; c++)
          out.push({ kind: 'blank', raw: '', start: l.start, end: l.end, line: l.index, gapBefore: 0, lineStart: false });
      } else if (isBlankTabRow(l, lines[li - 1])) {
        rowCells(emptyCells(l), layout, out, pairs);
      } else {
        gap++;
        continue;
      }
      const t = out[first];
      if (t) {
        t.gapBefore = Math.max(gap, beforeFurniture);
        t.lineStart = true;
      }
      gap = 0;
      beforeFurniture = 0;
      lone = null;
      continue;
    }
    // A browser's print header or footer in the middle of a table: not part of it, and no gap (the
    // blank lines before and after it are the page's: the wider of them counts, never their sum,
    // which would read as a vanished cell).
    if (l.kind === 'text' && isBrowserPrintLine(l.text)) {
      beforeFurniture = Math.max(beforeFurniture, gap);
      gap = 0;
      continue;
    }
    gap = Math.max(gap, beforeFurniture);
    beforeFurniture = 0;
    const first = out.length;
    if (l.kind === 'separator') {
      gap = 0;
      lone = null;
      continue;
    }
    if (lone && gap === 0 && l.kind === 'text' && isAnnotationLine(l.text) && lone.content.note === undefined) {
      lone.content = { ...lone.content, note: l.text.slice(1, -1).trim() };
      lone.raw = `${lone.raw}${l.text}`;
      lone.end = l.end;
      lone = null;
      continue;
    }
    if (l.kind === 'pipe') pipeLineTokens(l, layout, out, pairs);
    else textLineTokens(l, out, pairs);
    quotedMarkersAsText(out, first);
    const only = out.length === first + 1 ? out[first] : undefined;
    lone = l.kind === 'text' && only?.kind === 'value' ? only : null;
    if (out.length > first) {
      const t = out[first] as TableToken;
      t.gapBefore = gap;
      t.lineStart = true;
      if (page > 0) for (let i = first; i < out.length; i++) (out[i] as TableToken).page = page;
    }
    gap = 0;
  }
  noneAboveLabelPieces(out);
  // A `无` ending a label's word, its label going on under it at the word's column: label text, no blank cell.
  noneInWrappedLabels(out);
  // Counts only: no number is cut at a decimal point (list numbers apart from their labels are no fractions;
  // one on its row's line with its label's text wrapped under it is that label's: `list-marker-above.ts`).
  if (options.countsOnly === true) out = closeFractions(joinListMarkers(out));
  // Numbers wrapped over lines of their cell (`pdftotext -layout`): the pieces joined, the row on one line.
  if (options.stackedNumbers !== false) out = joinStackedWithGroupedPieces([...joinStackedMarks(out)]);
  else out = markUnderGroupedHeads(out);
  // Numbers written up to their decimal point: joined with their tail in plain text, else candidates only.
  out = settleOpenFractions(out);
  const last = lines[lines.length - 1];
  if (last) {
    out.push({
      kind: 'break',
      reason: 'end',
      start: last.end,
      end: last.end,
      line: last.index,
      gapBefore: trailingGap === null ? 0 : Math.max(gap, beforeFurniture) + trailingGap,
      lineStart: trailingGap !== null,
    });
  }
  for (let i = 0; i < out.length; i++) out[i] = oneShape(out[i] as TableToken);
  return out;
}

/**
 * The token with every field of every kind of token, in one order (those it does not have
 * `undefined`): all tokens of a region then share one hidden class in the engine, so the readers'
 * and repairs' many reads of `kind`, `start`, `line`… stay monomorphic instead of going through
 * the engine's megamorphic lookup (tokens of four kinds, with fields added as the line is read,
 * made some thirty shapes). The fields read the same; nothing reads which fields a token has.
 * Measured (warm CPU time, the gauntlet's texts): clipboard text 0.72×, the other layouts unchanged
 * within the noise (CHANGELOG, speed8 round).
 */
function oneShape(t: TableToken): TableToken {
  const any = t as TokenBase &
    Partial<Omit<LabelToken, 'kind'> & Omit<ValueToken, 'kind'> & Omit<BlankToken, 'kind'> & Omit<BreakToken, 'kind'>>;
  const shaped: typeof any & Pick<TableToken, 'kind'> = {
    kind: t.kind,
    text: any.text,
    raw: any.raw,
    content: any.content,
    reason: any.reason,
    start: t.start,
    end: t.end,
    line: t.line,
    gapBefore: t.gapBefore,
    lineStart: t.lineStart,
    inRow: t.inRow,
    setOff: t.setOff,
    column: t.column,
  };
  // (the fields only a few tokens of one kind have are added where they are set)
  if (any.glued !== undefined) shaped.glued = any.glued;
  if (any.printed !== undefined) shaped.printed = any.printed;
  if (any.printedLine !== undefined) shaped.printedLine = any.printedLine;
  if (any.endUnproven !== undefined) shaped.endUnproven = any.endUnproven;
  if (any.uncertain !== undefined) shaped.uncertain = any.uncertain;
  if (t.page !== undefined) shaped.page = t.page;
  return shaped as TableToken;
}

/** A quotation mark opening or closing a quoted word (`表中“——”表示无此项数据`). */
const OPENING_QUOTE_RE = /[“"‘'「『]$/;
const CLOSING_QUOTE_RE = /^[”"’'」』]/;

/**
 * A `无` first on its line (alone, or before the row label printed beside it) with the next line's
 * text starting a template word after it (`无` / `法` / `提` / `供`: a group label `（四）无法提供`
 * in a cell so narrow that it prints a character a line, plain `pdftotext` and `-layout`) is the
 * label's first character, not a blank cell (the previous row's total); the lines are joined
 * no further (the label's pieces are read as before). As `无 法提供` on one line (see
 * {@link isBlankMarkerWord}).
 */
function noneAboveLabelPieces(out: TableToken[]): void {
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as TableToken;
    if (t.kind !== 'blank' || t.raw !== '无' || !t.lineStart || out[i - 1]?.line === t.line) continue;
    const next = out[i + 1];
    if (next?.kind !== 'label') continue;
    // The group label's next character starts the next line: right after the `无`, or after the row
    // label printed beside it on its line (`pdftotext -layout`: `无   本机关不掌  13 …` / `法   握相关…`,
    // maybe an empty line between).
    let below: TableToken | undefined = next.line === t.line + 1 && next.lineStart ? next : undefined;
    if (next.line === t.line)
      for (let k = i + 2; k < out.length; k++) {
        const u = out[k] as TableToken;
        if (u.line === t.line) continue;
        if (u.line <= t.line + NONE_NEXT_LINE_REACH && u.lineStart) below = u;
        break;
      }
    if (below?.kind !== 'label' || !LABEL_AFTER_NONE_RE.test(below.text)) continue;
    out[i] = { kind: 'label', text: t.raw, start: t.start, end: t.end, line: t.line, gapBefore: t.gapBefore, lineStart: true };
  }
}

/**
 * A blank marker quoted in a sentence (a note explaining it: `注：表中“——”表示无此项数据`) is a word
 * of the text, not a cell: the label before it, it and the label after it become one label. Looks at
 * the tokens of one line (from `first`).
 */
function quotedMarkersAsText(out: TableToken[], first: number): void {
  let w = first;
  for (let i = first; i < out.length; i++) {
    const t = out[i] as TableToken;
    const before = out[w - 1];
    const after = out[i + 1];
    if (
      w > first &&
      t.kind === 'blank' &&
      before?.kind === 'label' &&
      after?.kind === 'label' &&
      OPENING_QUOTE_RE.test(before.text) &&
      CLOSING_QUOTE_RE.test(after.text) &&
      before.end === t.start &&
      t.end === after.start
    ) {
      before.text = before.text + t.raw + after.text;
      before.end = after.end;
      i++;
      continue;
    }
    out[w++] = t;
  }
  out.length = w;
}

/** Content lines a region must hold before its spacing is taken as a layout (cells as paragraphs). */
const MIN_PARAGRAPH_LINES = 8;
/** Share of a region's content lines that must stand after exactly one empty line (cells as paragraphs). */
const MIN_PARAGRAPH_SHARE = 0.8;
/** Share of a region's lines with numbers that must hold one number alone (a cell per line). */
const MIN_ONE_NUMBER_SHARE = 0.8;
/** A number after a space or TAB: after a line's first digit, a second number apart from it. */
const SPACED_NUMBER_RE = /[ \t][-+]?\d/;
const DIGIT_RE = /\d/;

/**
 * Whether a line holds two numbers apart (a row per line, not a cell per line). Two plain scans (a
 * lazy `\d[\s\S]*?[ \t]+…` would backtrack quadratically on a long line of spaces).
 */
function holdsSeveralNumbers(text: string): boolean {
  const first = text.search(DIGIT_RE);
  return first >= 0 && SPACED_NUMBER_RE.test(text.slice(first + 1));
}

/**
 * Lines of only spaces that are blank cells, with the cells each holds: in a region whose cells
 * are paragraphs between single empty lines (clipboard text of a table whose empty cells hold an
 * NBSP: `0` / `` / ` ` / `` / `5`), a paragraph of spaces between two empty lines is a cell that
 * holds nothing, not more space between cells. Counting it as space would read two blank lines
 * where one cell is, and the gaps would no longer say how many cells collapsed. Only a run of such
 * paragraphs with a cell value on one side is taken: one between two labels is an empty header
 * cell or a row left all blank, where nothing tells its cells apart (its cells stay unread, and
 * are flagged). Where most lines with numbers hold one number alone (a cell per line), a line of
 * spaces and TABs right after an empty line and right above the next cell (` \t` / ` 20 `: a cell
 * holding an NBSP and no paragraph, which the clipboard writes with no empty line after it) holds
 * its TAB-separated fields as blank cells, past the region's first number (before it stand the
 * header's cells), wherever it stands in its row: it is written where its cells are. Elsewhere
 * (pdftotext's lines of spaces, indentation) such lines stay space. `null` when the region is not
 * of that kind.
 */
function whitespaceParagraphCells(lines: readonly Line[], trailingGap: number | null): Map<number, number> | null {
  const isEmpty = (x: Line | undefined): boolean => x !== undefined && x.kind === 'blank' && x.end === x.start;
  // Paragraphs in order: content lines and lines of spaces standing between empty lines.
  const paragraphs: { at: number; space: boolean }[] = [];
  let content = 0;
  let afterOne = 0;
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const space = l.kind === 'blank' && !isEmpty(l) && isEmpty(lines[i - 1]) && isEmpty(lines[i + 1]);
    if (l.kind === 'blank' && !space) {
      gap++;
      continue;
    }
    paragraphs.push({ at: i, space });
    if (!space) content++;
    if (!space && gap === 1) afterOne++;
    gap = 0;
  }
  if (content < MIN_PARAGRAPH_LINES || afterOne / content < MIN_PARAGRAPH_SHARE) return null;
  const isValue = (k: number): boolean => {
    const p = paragraphs[k];
    return p !== undefined && !p.space && parseCellContent((lines[p.at] as Line).text).kind === 'number';
  };
  const found = new Map<number, number>();
  for (let k = 0; k < paragraphs.length; k++) {
    if (!(paragraphs[k] as { space: boolean }).space) continue;
    let end = k;
    while (end + 1 < paragraphs.length && (paragraphs[end + 1] as { space: boolean }).space) end++;
    if (isValue(k - 1) || isValue(end + 1)) for (let j = k; j <= end; j++) found.set((paragraphs[j] as { at: number }).at, 1);
    k = end;
  }
  bareCells(lines, paragraphs, trailingGap, found);
  return found.size > 0 ? found : null;
}

/**
 * The lines of spaces and TABs right after an empty line and right above the next line of text (the
 * region's last line: `trailingGap` 0), in a region of paragraphs where most lines with numbers hold
 * one number alone, past its first number or right above a number: each holds its TAB-separated
 * fields as blank cells (added to `found`).
 */
function bareCells(
  lines: readonly Line[],
  paragraphs: readonly { at: number; space: boolean }[],
  trailingGap: number | null,
  found: Map<number, number>,
): void {
  if (!lines.some((l) => l.spaces !== undefined)) return;
  let oneNumber = 0;
  let severalNumbers = 0;
  let firstNumber = -1;
  for (const p of paragraphs) {
    if (p.space) continue;
    const text = (lines[p.at] as Line).text;
    if (isNumberCell(text)) oneNumber++;
    else if (holdsSeveralNumbers(text)) severalNumbers++;
    else continue;
    if (firstNumber < 0) firstNumber = p.at;
  }
  if (firstNumber < 0 || oneNumber < MIN_ONE_NUMBER_SHARE * (oneNumber + severalNumbers)) return;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i] as Line;
    const before = lines[i - 1] as Line;
    const next = lines[i + 1];
    if (l.spaces === undefined || before.kind !== 'blank' || before.end !== before.start) continue;
    if (next ? next.kind === 'blank' : trailingGap !== 0) continue;
    // (a TAB at the end separates the last field from the next cell, on the next line)
    const cells = l.spaces.fields - (l.spaces.tabEnd ? 1 : 0);
    if (cells > 0 && (i > firstNumber || (next !== undefined && isNumberCell(next.text)))) found.set(i, cells);
  }
}

/** Whether a line's text is one number cell and nothing else. */
function isNumberCell(text: string): boolean {
  return parseCellContent(text).kind === 'number';
}

/**
 * A line of spaces and TABs right under a TAB row (no empty line between) with at least as many
 * fields as it: a row of that table whose cells are all empty (browser text of a table 四 left blank
 * writes its fifteen empty cells as fourteen TABs, ` \t \t … ` in clipboard text, under the
 * header's last row: fifteen fields, or ten where 行政复议's result cells stand a row higher), not
 * space between rows.
 */
function isBlankTabRow(l: Line, above: Line | undefined): boolean {
  return (
    l.spaces !== undefined &&
    l.spaces.fields >= 2 &&
    above !== undefined &&
    above.kind === 'pipe' &&
    !above.text.includes('|') &&
    above.cells.length <= l.spaces.fields
  );
}

/** A line of spaces and TABs as a row of its empty fields. */
function emptyCells(l: Line): Line {
  const cells: Span[] = [];
  for (let k = 0; k < (l.spaces as { fields: number }).fields; k++) cells.push({ text: '', start: l.start, end: l.start });
  return { ...l, kind: 'pipe', cells };
}

const PARENTHESISED_RE = /^\([^()]*\)$/;
const HAN_RE = /[\u3400-\u9fff]/;
const LIST_MARKER_RE = /^\([一二三四五六七八九十]+\)/;

/**
 * A line that is wholly a parenthesised note with Han text and a number (`(其中修订16件)`,
 * `(含自然失效29件)`), not a list marker (`(一)予以公开`): right under a lone number it is that
 * number's annotation, the second line of one cell.
 */
function isAnnotationLine(text: string): boolean {
  return PARENTHESISED_RE.test(text) && HAN_RE.test(text) && /\d/.test(text) && !LIST_MARKER_RE.test(text);
}

function pipeLineTokens(l: Line, layout: RegionLayout, out: TableToken[], pairs: boolean): void {
  const nonEmpty = l.cells.filter((c) => c.text !== '');
  if (nonEmpty.length === 0) {
    if (layout.terminatedCells) out.push(breakToken(l, 'padding'));
    // In a row-per-line region a row of empty cells is a row of blanks (a blank table 四 row).
    else if (l.cells.length >= 2) rowCells(l, layout, out, pairs);
    return;
  }
  const firstCell = l.cells[0] as Span;
  // One filled cell: in a cell-per-line region it is a cell (extra pipes are padding); in a
  // row-per-line region it is a row whose other cells are empty ('行政许可 |  |').
  if (nonEmpty.length === 1 && !l.leadingPipe && firstCell.text !== '' && (layout.terminatedCells || l.cells.length === 1)) {
    // Cell per line: 'text |' (no padding) or 'text | ||' (padding: the row ends here).
    cellTokens(firstCell, l, out, pairs);
    if (l.cells.length > 1) out.push(breakToken(l, 'padding'));
    return;
  }
  rowCells(l, layout, out, pairs);
}

/** Tokens of a row-per-line pipe row: every cell, empty ones as blanks, then a row break. */
function rowCells(l: Line, layout: RegionLayout, out: TableToken[], pairs: boolean): void {
  const first = out.length;
  for (const c of l.cells) {
    if (c.text === '') {
      const blank: BlankToken = { kind: 'blank', raw: '', start: c.start, end: c.end, line: l.index, gapBefore: 0, lineStart: false };
      if (layout.markdown) blank.uncertain = true;
      out.push(blank);
    } else cellTokens(c, l, out, pairs, true);
  }
  for (let i = first; i < out.length; i++) (out[i] as TableToken).inRow = true;
  out.push(breakToken(l, 'line'));
}

/** Indentation (characters) from which a line's first segment counts as placed by position. */
const SET_OFF_INDENT = 2;

function textLineTokens(l: Line, out: TableToken[], pairs: boolean): void {
  const before = out.length;
  let values = 0;
  const printed: PrintedLine = l.printedColumns ? { start: l.start, columns: l.printedColumns } : { start: l.start };
  l.cells.forEach((seg, k) => {
    const first = out.length;
    values += wordTokens(seg, l, out, pairs);
    const t = out[first];
    if (t && t.start === seg.start && (k > 0 || seg.start - l.start >= SET_OFF_INDENT)) t.setOff = true;
    for (let i = first; i < out.length; i++) {
      const u = out[i] as TableToken;
      u.column = u.start - l.start;
      if (u.kind === 'label') u.printedLine = printed;
    }
  });
  if (values > 0 && out.length - before >= 2) out.push(breakToken(l, 'line'));
}

/**
 * Tokens of one cell. In a real cell (`explicitCell`) the whole text is one value, blank or
 * label; otherwise it may be `label value value …` separated by single spaces.
 */
function cellTokens(c: Span, l: Line, out: TableToken[], pairs: boolean, explicitCell = false): void {
  const content = parseCellContent(c.text);
  if (content.kind === 'number') {
    out.push({ kind: 'value', raw: c.text, content, start: c.start, end: c.end, line: l.index, gapBefore: 0, lineStart: false });
    return;
  }
  if (content.kind === 'blank' && explicitCell) {
    out.push({ kind: 'blank', raw: c.text, start: c.start, end: c.end, line: l.index, gapBefore: 0, lineStart: false });
    return;
  }
  wordTokens(c, l, out, pairs, content);
}

const WORD_RE = /\S+/g;
/**
 * Zeros only, two or more (`００`): no report writes a count so, but `pdftotext -layout` runs the
 * zeros of neighbouring narrow cells together (full-width digits fill their cells); such a word is
 * a glued run, cut by the table readers where the row is short of cells (each piece a `0`).
 */
const ZEROS_RE = /^0{2,}$/;
/** A character without which a word is label text only (no number, blank marker or glued piece). */
const CELL_CHAR_RE = /[\d/\\\-无空\u2012-\u2015]/;
/** Digit runs inside a word; a unit may follow. */
const DIGITS_IN_WORD_RE = /[+-]?\d[\d,]*(?:\.\d+)?(?:批次|万元|元|件|项|个)?/g;
/** A year (1900–2099). */
const YEAR_RE = /^(?:19|20)\d\d$/;
/** A list number on its own (`1.`, `2、`), or two run together (`1.2.`: two labels wrapped side by side). */
const LIST_NUMBER_RE = /^(?:\d{1,2}[.、])+$/;
/** Text that goes on with a Han character after spaces. */
const HAN_NEXT_RE = /^[ \t]{1,3}[\u3400-\u9fff]/;
/** Placeholder column names OCR and PDF converters write into header rows. */
const PLACEHOLDER_HEADER_RE = /^(?:数据|数值|列|字段|[Cc]olumn|[Cc]ol)\d{1,2}$/;
/** A digit run of two or more digits, a sign glued before it or not (`485`, `-485`). */
const SIGNED_RUN_RE = /^[+-]?\d[\d,]*\d$/;
/** A sign glued to one digit (`-5` in `0-5.属于…`). */
const SIGN_BEFORE_NUMBER_RE = /^-\d$/;
/** A list number that starts a label right after a digit run: '…00000002.其他法律…'. */
const NUMBERING_AFTER_RE = /^[.、](?=[\u3400-\u9fff])/;

/**
 * A number cut at its decimal point: written up to it (`10183.`) or from it (`.8`). A cell never ends
 * or starts so: the rest of the number stands elsewhere (a narrow cell wrapped at the point:
 * `１０１８３．` over `８`; an amount's end may carry its unit, `．８元`). (A list number alone, `4.` before its label's line, is read so too, and
 * given back to the label where nothing joins it: `open-fractions.ts`.)
 */
const OPEN_FRACTION_RE = /^(?:[+-]?\d[\d,]*\.|\.\d+(?:万元|元)?)$/;

/**
 * The content of a number cut at its decimal point (the value of its digits: `10183.` 10183, `.8`
 * 0.8), or null. The token keeps the point in its raw: the stacked-number join (`stacked-numbers.ts`)
 * joins it with its other piece (`10183.` + `8`), and one left unjoined is stated only as a candidate
 * (`open-fractions.ts`).
 */
function openFractionContent(word: string): NumberContent | null {
  if (!OPEN_FRACTION_RE.test(word)) return null;
  const c = parseCellContent(word.endsWith('.') ? word.slice(0, -1) : `0${word}`);
  return c.kind === 'number' ? c : null;
}

/**
 * Splits a segment into words, and each word into label text and numbers: `规章 0 0 0`,
 * `行政许可447228`, and crawler text where cells run together with no separator at all
 * (`一、本年新收政府信息公开申请数量641002067二、上年结转…`). A number glued to a label is marked
 * `glued`: it may be several cells run together (a digit run), which the table readers split by
 * the table's arithmetic. Returns the number of values. `parsed`: the segment's {@link parseCellContent}, where the caller has it.
 */
function wordTokens(seg: Span, l: Line, out: TableToken[], paired: boolean, parsed?: CellContent): number {
  if (seg.text === '') return 0;
  const whole = parsed ?? parseCellContent(seg.text);
  if (whole.kind === 'number') {
    const t: ValueToken = {
      kind: 'value',
      raw: seg.text,
      content: whole,
      start: seg.start,
      end: seg.end,
      line: l.index,
      gapBefore: 0,
      lineStart: false,
    };
    if (ZEROS_RE.test(seg.text)) t.glued = true;
    out.push(t);
    return 1;
  }
  if (whole.kind === 'blank') {
    out.push({ kind: 'blank', raw: seg.text, start: seg.start, end: seg.end, line: l.index, gapBefore: 0, lineStart: false });
    return 1;
  }
  let values = 0;
  let labelStart = -1;
  let labelEnd = -1;
  const flushLabel = (): void => {
    if (labelStart >= 0) {
      pushLabels(seg.text.slice(labelStart - seg.start, labelEnd - seg.start), labelStart, l.index, out);
      labelStart = -1;
    }
  };
  const extendLabel = (from: number, to: number): void => {
    if (labelStart < 0) labelStart = from;
    labelEnd = to;
  };
  WORD_RE.lastIndex = 0;
  // The word before was a cell of its own (a number or a blank marker), with no label text since.
  let afterCell = false;
  for (let m = WORD_RE.exec(seg.text); m !== null; m = WORD_RE.exec(seg.text)) {
    const word = m[0];
    const ws = seg.start + m.index;
    if (!CELL_CHAR_RE.test(word)) {
      // Label text: each test below needs a digit, a blank marker or a dash in the word.
      afterCell = false;
      extendLabel(ws, ws + word.length);
      continue;
    }
    const content = parseCellContent(word);
    if (content.kind === 'number') {
      flushLabel();
      const t: ValueToken = {
        kind: 'value',
        raw: word,
        content,
        start: ws,
        end: ws + word.length,
        line: l.index,
        gapBefore: 0,
        lineStart: false,
      };
      if (ZEROS_RE.test(word)) t.glued = true;
      out.push(t);
      values++;
      afterCell = true;
      continue;
    }
    if (isBlankMarkerWord(word, seg.text, m.index + word.length, afterCell)) {
      flushLabel();
      out.push({ kind: 'blank', raw: word, start: ws, end: ws + word.length, line: l.index, gapBefore: 0, lineStart: false });
      values++;
      afterCell = true;
      continue;
    }
    afterCell = false;
    // A converter's placeholder column name ('数据1' … '数据6', 'Column3') is header text, and so is
    // a list number set off from its label by a space ('1. 属于国家秘密').
    if (PLACEHOLDER_HEADER_RE.test(word) || (LIST_NUMBER_RE.test(word) && HAN_NEXT_RE.test(seg.text.slice(m.index + word.length)))) {
      extendLabel(ws, ws + word.length);
      continue;
    }
    // A number written up to its decimal point (`10183.`): its fraction follows elsewhere.
    const open = openFractionContent(word);
    if (open !== null) {
      flushLabel();
      out.push({
        kind: 'value',
        raw: word,
        content: open,
        start: ws,
        end: ws + word.length,
        line: l.index,
        gapBefore: 0,
        lineStart: false,
      });
      values++;
      afterCell = true;
      continue;
    }
    // Label text, digit runs and blank markers inside one word (glued text: `规章4/0规范性文件00/第二十条`).
    let from = 0;
    for (const marks of blankMarkerRuns(word, cellFollows(seg.text, m.index + word.length))) {
      values += gluedPieceTokens(word, from, marks.start, ws, l, out, extendLabel, flushLabel);
      flushLabel();
      for (let k = marks.start; k < marks.end;) {
        // (dashes written two to a cell: a pair is one blank)
        const n = paired && DASH_RE.test(word.charAt(k)) && DASH_RE.test(word.charAt(k + 1)) ? 2 : 1;
        out.push({
          kind: 'blank',
          raw: word.slice(k, k + n),
          start: ws + k,
          end: ws + k + n,
          line: l.index,
          gapBefore: 0,
          lineStart: false,
        });
        values++;
        k += n;
      }
      from = marks.end;
    }
    values += gluedPieceTokens(word, from, word.length, ws, l, out, extendLabel, flushLabel);
  }
  flushLabel();
  return values;
}

/**
 * The label text and numbers of `word.slice(from, to)` (a piece of a word between blank markers):
 * numbers are pushed as values (`glued` when anything of the word touches them), text extends the
 * current label. Returns the number of values.
 */
function gluedPieceTokens(
  word: string,
  from: number,
  to: number,
  ws: number,
  l: Line,
  out: TableToken[],
  extendLabel: (from: number, to: number) => void,
  flushLabel: () => void,
): number {
  const piece = word.slice(from, to);
  let values = 0;
  let pos = 0;
  DIGITS_IN_WORD_RE.lastIndex = 0;
  for (let d = DIGITS_IN_WORD_RE.exec(piece); d !== null; d = DIGITS_IN_WORD_RE.exec(piece)) {
    let run = d[0];
    const at = d.index;
    const after = piece.slice(at + run.length);
    const numbering = NUMBERING_AFTER_RE.test(after);
    // A lone digit before '.'/'、' and a Han character is a list number: part of the label.
    if (numbering && /^\d$/.test(run)) continue;
    // A digit run followed by a list number: its last digit starts the next label. A hyphen glued
    // before the run (`0-485.属于…`: a blank marker, or a sign) does not change where the label starts.
    // The digit is the list number the template gives the label after it, or the run's end is unproven.
    let endUnproven = false;
    let listNumberCut = false;
    if (numbering && SIGNED_RUN_RE.test(run)) {
      endUnproven = listNumberFit(Number(run.slice(-1)), after.slice(1)) === 'differs';
      run = run.slice(0, -1);
      listNumberCut = true;
    }
    // A sign and one digit before a list number (`0-5.属于…`): the digit starts the label; the hyphen
    // ends the row as a cell of its own (a sign before no digit is no number: a blank marker). Not
    // where the list number was cut off the run already (`---06.属于…`: `-0` is the row's last cell,
    // a blank marker's last hyphen before a 0, and `6.` the label's number).
    if (numbering && !listNumberCut && SIGN_BEFORE_NUMBER_RE.test(run)) {
      if (at > pos) extendLabel(ws + from + pos, ws + from + at);
      flushLabel();
      out.push({
        kind: 'blank',
        raw: run.charAt(0),
        start: ws + from + at,
        end: ws + from + at + 1,
        line: l.index,
        gapBefore: 0,
        lineStart: false,
      });
      values++;
      pos = at + 1;
      DIGITS_IN_WORD_RE.lastIndex = at + run.length;
      continue;
    }
    // After label text, digits are a number only when the text ends in a Han character or a
    // closing bracket ('数量641…', '(七)总计710'); Latin text with digits stays text. Right after
    // another number (at === pos) they are the next number ('120-362': 120 and -362).
    const prevChar = piece.charAt(at - 1);
    if (at > pos && !/[\u3400-\u9fff)”]/.test(prevChar)) continue;
    if (at === 0 && piece.length > run.length && /^[年月日号]/.test(piece.slice(run.length))) continue;
    // A year inside text (`…委员会2020年政府信息…`, a page title) is text, not a cell.
    if (at > 0 && YEAR_RE.test(run) && piece.charAt(at + run.length) === '年') continue;
    const c = parseCellContent(run);
    // Glued numbers with thousands separators (`…1161,162`, `3,3032,472`): several cells whose
    // separators fix where some of them end (`digit-runs.ts` keeps only the cuts that fit them).
    // A word of its own that is no number but such a run (`3,02415,942`: plain pdftotext joins two
    // cells printed without a gap) is glued too: its separators say it holds more than one number.
    const content = c.kind === 'number' ? c : separatedRunContent(run);
    const glued = from + at > 0 || from + at + run.length < word.length || c.kind !== 'number';
    if (content === null) continue;
    if (at > pos) extendLabel(ws + from + pos, ws + from + at);
    flushLabel();
    out.push({
      kind: 'value',
      raw: run,
      content,
      start: ws + from + at,
      end: ws + from + at + run.length,
      line: l.index,
      gapBefore: 0,
      lineStart: false,
      glued,
      ...(endUnproven ? { endUnproven } : {}),
    });
    values++;
    pos = at + run.length;
    DIGITS_IN_WORD_RE.lastIndex = pos;
  }
  if (pos < piece.length) extendLabel(ws + from + pos, ws + to);
  return values;
}

/**
 * Tables of counts (三 and 四 hold no negative number in any template version): a hyphen glued to
 * the front of a number (`00-600060`, a crawler dropped the spaces around a `-` blank cell), or set
 * off from it by a space (`- 71`, plain pdftotext writing a `-` blank cell and the next cell on one
 * line), is a blank marker, not a sign. Each such value becomes a blank and the unsigned value after
 * it; other tokens are kept. Returns `tokens` itself when there is none.
 */
export function unsignedCounts(tokens: readonly TableToken[]): readonly TableToken[] {
  if (!tokens.some(isHyphenBlank)) return tokens;
  const out: TableToken[] = [];
  for (const t of tokens) {
    if (!isHyphenBlank(t)) {
      out.push(t);
      continue;
    }
    const [blank, value] = hyphenAsBlank(t as ValueToken);
    out.push(blank, value);
  }
  return out;
}

/** A value written with a hyphen before it (`-27`, `- 27`) read as a blank marker and the unsigned value after it. */
export function hyphenAsBlank(v: ValueToken): [BlankToken, ValueToken] {
  const digits = v.raw.length - v.raw.slice(1).trimStart().length;
  const at = v.column === undefined ? {} : { column: v.column };
  return [
    { kind: 'blank', raw: '-', start: v.start, end: v.start + 1, line: v.line, gapBefore: v.gapBefore, lineStart: v.lineStart, ...at },
    {
      ...v,
      ...(v.column === undefined ? {} : { column: v.column + digits }),
      raw: v.raw.slice(digits),
      start: v.start + digits,
      gapBefore: 0,
      lineStart: false,
      content: { ...v.content, value: Math.abs(v.content.value), signed: false },
    },
  ];
}

const isGluedNegative = (t: TableToken): boolean => t.kind === 'value' && t.glued === true && t.raw.startsWith('-') && t.raw.length > 1;
/** A hyphen set off by a space from the number after it (`- 71`). */
const SPACED_SIGN_RE = /^-[ \t]+\d/;
const isHyphenBlank = (t: TableToken): boolean => isGluedNegative(t) || (t.kind === 'value' && SPACED_SIGN_RE.test(t.raw));

/** A glued run of digits with thousands separators (`1751…1161,162`); every separator is checked by {@link separatedRunContent}. */
const SEPARATED_RUN_RE = /^[+-]?\d[\d,]*\d$/;
/** A separator not followed by exactly three digits of its group. */
const STRAY_SEPARATOR_RE = /,(?!\d{3})/;

/** The content of a glued run with separators: its digits as one number (the readers cut it). */
function separatedRunContent(run: string): NumberContent | null {
  if (!SEPARATED_RUN_RE.test(run) || STRAY_SEPARATOR_RE.test(run)) return null;
  const digits = run.replace(/[+,-]/g, '');
  return { kind: 'number', value: (run.startsWith('-') ? -1 : 1) * Number(digits), signed: /^[+-]/.test(run), digits };
}

/** Lines down to the line holding the rest of a group label beside a row label (one empty line between: LibreOffice's -layout spacing). */
const NONE_NEXT_LINE_REACH = 2;
/** What follows `无` when it begins a row label of the template (`无法提供`, `无正当理由大量反复申请`). */
const LABEL_AFTER_NONE_RE = /^[法正]/;
/** A list marker and nothing else (`4.`, `(四)`). */
const MARKER_ONLY_RE = /^(?:\d{1,2}[.、]|\([一二三四五六七八九十]\))$/;
/** A list number that starts a label (`2.没有…`, `3、其他`). */
const LIST_NUMBER_AHEAD_RE = /^\d{1,2}[.、][\u3400-\u9fff]/;
/**
 * Blank-cell markers inside a word: slashes (`/`, `\`), and `无` or `空` (a run of them, or one next
 * to a digit), and runs of two or more hyphens (`…申请-------申请人逾期…`: one hyphen per blank cell;
 * a single hyphen is a sign or a word's, `-3`, `本年增-减`, except right after a number with no
 * digit after it, `…0047-（二）部分公开`: a sign of nothing, the row's last cell left blank), and dashes
 * (`—`: a run of them, or one next to a digit; a blank row glued between two labels,
 * `…申请———————申请人逾期…`, is one dash per cell, not label text running the two labels together).
 */
const MARKER_RUN_RE = /[/\\]+|无+|空+|-{2,}|(?<=\d)-(?![\d+-])|[\u2012-\u2015]+/g;

/**
 * The runs of blank-cell markers inside a word of glued text (`规章4/0`, `00/第二十条`,
 * `信息///////7.属于…`, `申请数量无无无无无无无三、…`: normalisation removes the spaces between Han
 * characters): a run next to a digit, or of two or more markers. A single slash between two
 * characters of text (`本年增/减`) is text, and so is a single `无` (`无法提供`), unless it ends the word
 * right before a number or a marker of its own (`cellAfter`). Only in words with Han text (a date
 * or a page number `1/2` on its own is not a row).
 */
function blankMarkerRuns(word: string, cellAfter: boolean): { start: number; end: number }[] {
  if (!/[\u3400-\u9fff]/.test(word)) return [];
  const runs: { start: number; end: number }[] = [];
  MARKER_RUN_RE.lastIndex = 0;
  for (let m = MARKER_RUN_RE.exec(word); m !== null; m = MARKER_RUN_RE.exec(word)) {
    const start = m.index;
    let end = start + m[0].length;
    // `无` that starts a word of the template's labels (`…0011无法提供`, `无正当理由…`) is text.
    if (/[无空]/.test(m[0]) && LABEL_AFTER_NONE_RE.test(word.slice(end))) end--;
    // A `无` right after a list marker that is all the word before it (`4.无` / `正当理` / …: a row
    // label wrapped in a narrow cell, its first piece the marker and the label's first character).
    else if (m[0] === '无' && end === word.length && MARKER_ONLY_RE.test(word.slice(0, start))) end--;
    if (end === start) continue;
    // A digit after it that starts a list number (`(四)无2.没有现成…`) is not a cell next to it.
    const digitAfter = /\d/.test(word.charAt(end)) && (/[/\\]/.test(m[0]) || !LIST_NUMBER_AHEAD_RE.test(word.slice(end)));
    // A marker that ends the word, right before a cell of its own (`1.属于国家秘密无 0 0`: the space
    // between the label and `无` was taken as a justification space between Han characters).
    const cellNext = cellAfter && end === word.length;
    if (end - start >= 2 || /\d/.test(word.charAt(start - 1)) || digitAfter || cellNext)
      // (hyphens right before a digit: the last may be the number's sign, `行政强制--2139` for a blank
      // and -2: it stays on the number, read as a sign or a blank by the table's reader)
      runs.push({ start, end: end - start >= 2 && /^-+$/.test(m[0]) && /\d/.test(word.charAt(end)) ? end - 1 : end });
  }
  return runs;
}

/** A dash of a blank-cell marker. */
const DASH_RE = /[\u2012-\u2015]/;
/** Runs of dashes. */
const DASH_RUN_RE = /[\u2012-\u2015]+/g;

/**
 * Whether text writes its dashes two to a blank cell (`——`, as many reports do): it has dash runs
 * and every one is of even length. Text that writes one dash to a cell (`—`) shows a run of one
 * wherever a blank stands between two numbers or after a label; where it shows none, a run of two
 * cannot tell the two ways apart, and the pair (the way every run fits) is read. Judged over the
 * whole document (glued text is cut into lines, one of which may hold only runs of two).
 */
export function writesDashPairs(lines: readonly Line[]): boolean {
  let any = false;
  for (const l of lines) {
    DASH_RUN_RE.lastIndex = 0;
    for (let m = DASH_RUN_RE.exec(l.text); m !== null; m = DASH_RUN_RE.exec(l.text)) {
      if (m[0].length % 2 === 1) return false;
      any = true;
    }
  }
  return any;
}

/** A blank-cell marker written as a word among the cells of a row (`—`, `/`, `-`, `无`). */
const BLANK_MARKER_WORD_RE = /^(?:\/|\\|-{1,2}|[\u2012-\u2015]{1,2}|无)$/;
/** The word after a blank marker: a number or another marker. */
const NEXT_CELL_RE = /^[ \t]+(?:[+-]?\d|\/|\\|-{1,2}(?:\s|$)|[\u2012-\u2015]|无(?:\s|$))/;
/** A list number after spaces: the next label starts (`（四）无 2.没有现成信息…`), no cell. */
const LIST_NUMBER_NEXT_RE = /^[ \t]+(?:\d{1,2}[.、])+[ \t]?[\u3400-\u9fff]/;
/** Characters after a word read for {@link LIST_NUMBER_NEXT_RE} (spaces, two list numbers run together, a space, a Han character). */
const LIST_NUMBER_LOOKAHEAD = 12;

/** Whether the word after `text[after]` is a cell of its own (a number or a marker), not a list number starting a label. */
function cellFollows(text: string, after: number): boolean {
  const rest = text.slice(after, after + LIST_NUMBER_LOOKAHEAD);
  return NEXT_CELL_RE.test(rest) && !LIST_NUMBER_NEXT_RE.test(rest);
}

/** What follows a word `无` that begins a label of the template split at a space (`无 法提供`, `无 正当理由…`). */
const LABEL_AFTER_NONE_WORD_RE = /^[ \t]+[法正]/;

/**
 * A blank marker among the words of a line (one-line text, `label — — 0 3`, `label 无 无 5`) is a
 * blank cell when a number or another marker follows it, when it ends the segment, or when it
 * follows a cell of its own (`afterCell`: `0 3 — 本年度…`, the last cell of a row before the next
 * label); a dash inside a sentence (text on both sides) is text, and so is a `无` that starts a
 * template word after a space (`无 法提供`).
 */
function isBlankMarkerWord(word: string, text: string, after: number, afterCell: boolean): boolean {
  if (!BLANK_MARKER_WORD_RE.test(word)) return false;
  const rest = text.slice(after, after + 4);
  if (rest.trim() === '') return after >= text.length || text.slice(after).trim() === '';
  // `无` also begins labels (`无 法提供`) and ends a wrapped one (`（四）无 2.没有…`): never a cell before
  // a template word or a list number.
  if (word === '无' && (LABEL_AFTER_NONE_WORD_RE.test(rest) || LIST_NUMBER_NEXT_RE.test(text.slice(after, after + LIST_NUMBER_LOOKAHEAD))))
    return false;
  return NEXT_CELL_RE.test(rest) || afterCell;
}

/**
 * A list marker inside a label starts another label: `三、本年度办理结果(一)予以公开` is a group
 * label and a row label run together, `(四)无2.没有现成信息需要另行制作` likewise. Markers after
 * `第` (`第二十条第(一)项`) are part of the caption.
 */
const INNER_MARKER_RE = /(?<=[\u3400-\u9fff)”][ \t]{0,3})(?<!第)(?=\([一二三四五六七八九十]\)|\(\d{1,2}\)|\d{1,2}[.、](?!\d))/g;

/** Where {@link INNER_MARKER_RE} can match: before a `(` or a digit. */
const MARKER_START_RE = /[(\d]/;

function pushLabels(text: string, start: number, line: number, out: TableToken[]): void {
  if (!MARKER_START_RE.test(text)) {
    out.push(labelToken(text, start, line));
    return;
  }
  INNER_MARKER_RE.lastIndex = 0;
  let from = 0;
  let m = INNER_MARKER_RE.exec(text);
  while (m !== null) {
    if (m.index > from) out.push(labelToken(text.slice(from, m.index), start + from, line));
    from = m.index;
    INNER_MARKER_RE.lastIndex = m.index + 1;
    m = INNER_MARKER_RE.exec(text);
  }
  out.push(labelToken(text.slice(from), start + from, line));
}

function labelToken(text: string, start: number, line: number): LabelToken {
  const trimmed = text.trimEnd();
  return { kind: 'label', text: trimmed, start, end: start + trimmed.length, line, gapBefore: 0, lineStart: false };
}

function breakToken(l: Line, reason: 'line' | 'padding'): BreakToken {
  return { kind: 'break', reason, start: l.end, end: l.end, line: l.index, gapBefore: 0, lineStart: false };
}
