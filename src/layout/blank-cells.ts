/**
 * Blank cells from positions. A row of a printed table whose cell is blank has nothing at that
 * cell's x: laid out as text, its values close up and a reader counting values cannot tell which
 * cell is missing (the values after it would move one column left). The columns are in the page:
 * the other rows' numbers stand in them, and a table with one row of values (table 四) has its
 * column headers above. Where a value row has fewer values than the table has columns and every
 * value of the row sits in exactly one column, the columns it leaves empty get a blank marker
 * (`—`, a blank in the cell grammar), placed where the cell is. Where anything is unclear (two
 * numbers of a row in one column, a value between two columns, a header word across columns), no
 * marker is written and the row reads as before (its cells flagged, never guessed).
 *
 * Pure geometry, per page, linear in the lines of a table (each line is looked at from the block
 * of rows around it once).
 */
import { asciiDigits } from '../normalize/digits.js';
import { isCjk, isNumberRun, lineRuns, SAME_X, type Item, type Line, type Run } from './geometry.js';
import { isPitch } from './wrapped-numbers.js';

/** The marker written for a blank cell (read as blank by the cell grammar). */
export const BLANK_MARKER = '\u2014';
/** Consecutive lines of one table are at most this many font sizes apart (a wrapped label's lines, rows). */
const MAX_LINE_STEP = 6;
/** More columns than this is no report table (table 四 has fifteen): no markers (and the work per row stays bounded). */
const MAX_COLUMNS = 40;
/** From this many rows on, a column needs the numbers of {@link MIN_COLUMN_SUPPORT} rows. */
const MIN_ROWS_FOR_SUPPORT = 3;
/** Rows whose numbers a column needs in a block of {@link MIN_ROWS_FOR_SUPPORT} rows or more (one number out of line opens no column). */
const MIN_COLUMN_SUPPORT = 2;
/** Fewest columns a block needs for blank markers (with one column, a row has nothing to be out of step with). */
const MIN_COLUMNS = 2;
/**
 * Two rows of a table stand at least this many font sizes apart (a line of text and the cell's padding);
 * lines of numbers closer than that are pieces of numbers wrapped around their row's line.
 */
const MIN_ROW_STEP = 1;
/** A header word that opens a column over at least this many of the row's numbers is a group header ({@link Column.group}). */
const MIN_GROUP_NUMBERS = 2;
/** Header lines looked at above a lone value row. */
const MAX_HEADER_LINES = 10;
/** A value belongs to a column it overlaps, or one at most this share of the font size away. */
const NEAR_COLUMN = 0.6;
/**
 * … and the next column must be at least this share of the font size farther. Where every column
 * holds numbers of two rows or more (a block of {@link MIN_ROWS_FOR_SUPPORT} rows), a value over one
 * column and no other needs no margin: it is in that column (a browser prints a narrow column's
 * numbers, left-aligned, a few points before the next column's). Columns of fewer rows, or of header
 * words, keep the margin: one number a little out of line may have opened a column of its own.
 */
const CLEAR_MARGIN = 0.5;
/**
 * A number standing inside a header word's column (clear of both its edges by more than this share
 * of the font size) sits in it left-aligned, right-aligned or centred within this share; otherwise
 * the header word is the text of two cells or more printed as one (LibreOffice writes the header
 * cells of one line as one text run), and the number may be in any of them: no markers.
 */
const ALIGN_TOLERANCE = 1;
/**
 * Numbers of two rows standing over each other in one column are aligned in it: their left edges,
 * right edges or centres at most this share of the font size apart (one tool prints one column's
 * cells alike). Farther, they are in two tables' columns (a table cut in two, each part sized on its
 * own), and the rows of the block show no one set of columns.
 */
const ROWS_ALIGN = 0.25;
/** A lower piece of a wrapped number stands within the piece above it up to this many page units on either side (its cell's extent). */
const PIECE_WITHIN = 0.5;
/**
 * A label that ends this many font sizes or more short of its column's width is whole (a label that wraps
 * fills its cell: two glyphs of room at most, one that did not fit and one a line-break rule moved on).
 */
const LABEL_ROOM = 2;
/** A label that begins with a list number (`2.`, `3、`) or a bracketed Chinese one (`（二）`): a row's own label. */
const LIST_START = /^(?:\d{1,2}[.\u3001\uff0e]|[(\uff08][\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]{1,3}[)\uff09])/u;
/**
 * A row of a block holding pieces of wrapped numbers is read by its own columns only where no other
 * line of numbers stands closer than this many font sizes, nor one line pitch of the document's
 * wrapped text away (a wrapped number's pieces are one line pitch apart, most often under
 * {@link CLEAR_OF_PIECES} font sizes).
 */
const CLEAR_OF_PIECES = 2;
/** A piece of a wrapped count: digits only (ASCII or full-width). */
const COUNT_PIECE = /^\d+$/;
/** The distance of a run that touches a column (edge on edge) without standing over it, in points. */
const TOUCH = 1e-6;
/**
 * Header lines looked at above a block of rows whose numbers leave columns empty: a narrow column's
 * header wraps to one or two characters a line (Word's column widths), so a header runs over many lines.
 */
const MAX_BLOCK_HEADER_LINES = 16;
/** Lines of the first row's wrapped label looked past above a block before its header (only label text on them). */
const MAX_LABEL_LINES_ABOVE = 3;
/**
 * Lines of label-column text only passed over in a row inside a block's header, between lines of
 * value-column words (the label column's header wrapped beside them); more is no header's.
 */
const MAX_HEADER_LABEL_LINES = 2;
/**
 * Two single characters of a header line closer than this share of the font size are one word spaced
 * out (`自 然`, a letter space); the header words of two cells stand at least a cell's padding apart.
 */
const LETTER_SPACE = 0.5;

interface Column {
  left: number;
  right: number;
  /**
   * A header word over several of the row's numbers and over no column of its own (a group header
   * whose columns have no words: a browser shrinks them to their numbers). Its numbers stay as they
   * are and it gets no marker; the columns around it still do.
   */
  group?: true;
}

interface Row {
  line: Line;
  numbers: Run[];
  /** Right edge of the row's label (0 without a label). */
  labelRight: number;
  /** Left edge of the label's last run, the one right before the numbers (the row's own label, after any group label's piece); 0 without. */
  labelLeft: number;
  /** Right edge of the row's label on its line or wrapped around it on the lines just above and below (0 without). */
  labelEdge: number;
}

/** Whether a line is a table row by position: label runs, then only numbers (two at least, or a label and one). */
export function isValueRow(line: Line): boolean {
  return asRow(line) !== null;
}

/** A line read as a table row: its label runs, then only numbers; null for any other line. */
function asRow(line: Line): Row | null {
  // Blank markers placed already (on the previous page) are no text of the row.
  const runs = lineRuns(
    line.items.some((it) => it.synthetic === true) ? { ...line, items: line.items.filter((it) => it.synthetic !== true) } : line,
  );
  const numbers: Run[] = [];
  let labelRight = 0;
  let labelLeft = 0;
  for (const r of runs.flatMap(spacedNumbers)) {
    if (isNumberRun(r)) numbers.push(r);
    else if (numbers.length > 0) return null;
    else {
      labelRight = r.right;
      labelLeft = r.left;
    }
  }
  if (numbers.length === 0) return null;
  // A number alone on its line, without a label (a page number, a stray figure) frames nothing.
  if (numbers.length === 1 && labelRight === 0) return null;
  return { line, numbers, labelRight, labelLeft, labelEdge: labelRight };
}

/**
 * A run holding numbers one space apart (`２１ ２９`): the cells of narrow columns that a PDF's text
 * layer gave as one item (LibreOffice sets a narrow column's number a few points before the next
 * column's). Each number is a run of its own, placed by its characters' share of the run's width (a
 * table's digits are as wide as each other); any other run is itself.
 */
function spacedNumbers(run: Run): Run[] {
  if (!run.text.includes(' ')) return [run];
  const words = run.text.split(' ');
  if (words.length > MAX_COLUMNS || words.some((w) => !isNumberRun({ ...run, text: w }))) return [run];
  const advance = charAdvances(run);
  const out: Run[] = [];
  let at = run.left;
  for (const w of words) {
    let right = at;
    for (const ch of w) right += advance(ch);
    out.push({ text: w, left: at, right, size: run.size });
    at = right + advance(' ');
  }
  return out;
}

/**
 * The width of each character of a run of numbers one space apart: a full-width form (`２１`) is one
 * font size wide (an em, as full-width forms are set), and the other characters (the spaces, ASCII
 * digits) share what is left of the run's width alike; where the full-width forms alone would fill
 * the run (a narrower font), every character shares the width alike. (Shared alike throughout, a
 * narrow space moved the numbers after it right: `１２ １０`'s `１０` stood a point right of its column,
 * and a piece under it, `３` of 103 wrapped, was no longer within its extent.)
 */
function charAdvances(run: Run): (ch: string) => number {
  const chars = [...run.text];
  const full = chars.filter(isCjk).length;
  const width = run.right - run.left;
  const rest = chars.length - full;
  if (full === 0 || rest === 0 || full * run.size >= width) return () => width / chars.length;
  const other = (width - full * run.size) / rest;
  return (ch) => (isCjk(ch) ? run.size : other);
}

/** A line between rows of a table: a wrapped label's piece, all of it left of the values. */
function isLabelPiece(line: Line, valuesLeft: number): boolean {
  for (const r of lineRuns(line)) if (r.right > valuesLeft || isNumberRun(r)) return false;
  return true;
}

/**
 * How far a run stands from a column: 0 over it, else the gap, and never less than {@link TOUCH}
 * (a number starting where a column ends, a header word's trailing space, is beside it, not over it).
 */
function distance(run: Run, c: Column): number {
  if (run.right > c.left && run.left < c.right) return 0;
  return Math.max(TOUCH, run.right <= c.left ? c.left - run.right : run.left - c.right);
}

/**
 * Whether a number inside a column of header words is aligned in it (see {@link ALIGN_TOLERANCE}):
 * at its left edge, its right edge or its centre. A number reaching out of the column is left to
 * {@link assign}'s distances.
 */
function alignedIn(n: Run, c: Column): boolean {
  const tolerance = ALIGN_TOLERANCE * n.size;
  if (n.left <= c.left + tolerance || n.right >= c.right - tolerance) return true;
  return Math.abs(n.left + n.right - c.left - c.right) / 2 <= tolerance;
}

/**
 * The column of each number of a row (indices into `columns`), or null when one is unclear or two
 * share a column. `confirmed`: every column holds the numbers of several rows (see {@link CLEAR_MARGIN}).
 * `fromHeader`: the columns are header words' (a lone row), where a number must be aligned in its
 * column ({@link alignedIn}).
 */
function assign(numbers: readonly Run[], columns: readonly Column[], confirmed: boolean, fromHeader: boolean): number[] | null {
  const out: number[] = [];
  for (const n of numbers) {
    let best = -1;
    let bestD = Infinity;
    let second = Infinity;
    columns.forEach((c, k) => {
      const d = distance(n, c);
      if (d < bestD) {
        second = bestD;
        bestD = d;
        best = k;
      } else if (d < second) second = d;
    });
    if (best < 0 || bestD > NEAR_COLUMN * n.size || second === 0) return null;
    // Over one confirmed column and no other: in it. Otherwise only with a clear nearest.
    if (!(confirmed && bestD === 0) && second - bestD < CLEAR_MARGIN * n.size) return null;
    if (fromHeader && (columns[best] as Column).group !== true && !alignedIn(n, columns[best] as Column)) return null;
    const last = out.length > 0 ? (out[out.length - 1] as number) : -1;
    if (best < last || (best === last && (columns[best] as Column).group !== true)) return null;
    out.push(best);
  }
  return out;
}

/**
 * Columns from the numbers of the rows: runs that overlap are one column. In a block of three rows
 * or more, a column needs the numbers of two rows: one number out of line with the others opens no
 * column (its row then fits no column, and the block gets no marker).
 */
function columnsOfRows(rows: readonly Row[]): Column[] {
  const runs = rows.flatMap((r, k) => r.numbers.map((n) => ({ n, k }))).sort((a, b) => a.n.left - b.n.left);
  const columns: (Column & { rows: Set<number> })[] = [];
  for (const { n, k } of runs) {
    const last = columns[columns.length - 1];
    if (last && n.left < last.right) {
      last.right = Math.max(last.right, n.right);
      last.rows.add(k);
    } else columns.push({ left: n.left, right: n.right, rows: new Set([k]) });
  }
  return rows.length >= MIN_ROWS_FOR_SUPPORT ? columns.filter((c) => c.rows.size >= MIN_COLUMN_SUPPORT) : columns;
}

/**
 * The one column a header word stands over, widened to hold it (a header wrapped over lines is one
 * column at one x range); `undefined` where it stands over none, `null` over several (a group header).
 */
function widenUnder(columns: readonly Column[], r: Run): Column | null | undefined {
  const over = columns.filter((c) => r.right > c.left && r.left < c.right);
  if (over.length > 1) return null;
  const c = over[0];
  if (c) {
    c.left = Math.min(c.left, r.left);
    c.right = Math.max(c.right, r.right);
  }
  return c;
}

/**
 * Columns from the header lines above a lone value row, nearest line first: a header word over one
 * column widens it, a word over none opens a column, a word over several (a group header) is left
 * out. Stops at the first line that adds nothing or holds a number. A row at the top of its page
 * (a table cut by the page break) looks at the end of the previous page.
 */
function columnsOfHeader(lines: readonly Line[], from: number, row: Row, previousPage: readonly Line[]): Column[] {
  const columns: Column[] = [];
  // The lines above the row, nearest first; a row at the top of its page continues on the previous page's end.
  const above: Line[] = [];
  for (let k = from; k >= 0; k--) above.push(lines[k] as Line);
  if (above.length === 0) for (let k = previousPage.length - 1; k >= 0; k--) above.push(previousPage[k] as Line);
  let prev = row.line;
  for (let n = 0; n < above.length && n < MAX_HEADER_LINES; n++) {
    const line = above[n] as Line;
    if (line.page === prev.page && prev.down - line.down > MAX_LINE_STEP * Math.max(prev.size, line.size)) break;
    let added = false;
    const runs = lineRuns(line);
    // A row of numbers above is another table's (or this one's header is not there).
    if (runs.some(isNumberRun)) break;
    // A row with a label: the first word of a header line left of its values heads the label column.
    const firstValue = (row.numbers[0] as Run).left;
    const labelHeader = row.labelEdge > 0 && runs[0] !== undefined && runs[0].right <= firstValue ? runs[0] : null;
    for (const r of runs) {
      // Label-column text (the table's caption, a header over the labels) frames no value column.
      if (r.left < row.labelEdge || r === labelHeader) continue;
      const c = widenUnder(columns, r);
      if (c === null) continue;
      if (c === undefined) {
        const under = row.numbers.filter((v) => v.right > r.left && v.left < r.right).length;
        columns.push(under >= MIN_GROUP_NUMBERS ? { left: r.left, right: r.right, group: true } : { left: r.left, right: r.right });
      }
      added = true;
    }
    if (!added) break;
    prev = line;
  }
  columns.sort((a, b) => a.left - b.left);
  // Columns that grew into each other are no columns.
  for (let k = 1; k < columns.length; k++) if ((columns[k] as Column).left < (columns[k - 1] as Column).right) return [];
  return columns;
}

/** Header columns a page's last block of rows was read by (see {@link placeBlankCells}): its table may go on on the next page. */
export type CarriedColumns = readonly Column[] | null;

/**
 * Adds blank markers to the rows of one page that leave columns of their table empty. `carried`:
 * the header columns the previous page's last rows were read by (its return value), for the rows of
 * the same table continued at the top of this page. Returns the header columns this page's last
 * block was read by, or null.
 */
export function placeBlankCells(
  lines: readonly Line[],
  previousPage: readonly Line[] = [],
  carried: CarriedColumns = null,
  pitches: ReadonlyMap<number, readonly number[]> = new Map(),
): CarriedColumns {
  const rows = lines.map(asRow);
  const tails = wrappedTails(lines, rows, pitches);
  rows.forEach((row, j) => {
    if (row && row.labelRight === 0) row.labelEdge = wrappedLabelRight(lines, j, (row.numbers[0] as Run).left);
  });
  // Rows of numbers without a label before the page's first labelled row, after a previous page that
  // ends with a row (and perhaps pieces of its label): the rest of a row the page break cut (its label
  // and its other lines of numbers are on the previous page; its numbers may be the last lines of
  // numbers wrapped in their cells), where an empty column is no blank cell.
  const firstLabelled = rows.findIndex((r) => r !== null && r.labelRight > 0);
  const topIndex = rows.findIndex((r) => r !== null);
  const top = rows[topIndex];
  // (A row whose wrapped label begins on this page, a piece of it on the line above, is a row of its own.)
  const cut =
    top !== null &&
    top !== undefined &&
    top.labelRight === 0 &&
    (topIndex === 0 || !isLabelPiece(lines[topIndex - 1] as Line, (top.numbers[0] as Run).left));
  if (top && cut && atTop(lines, topIndex, (top.numbers[0] as Run).left) && endsWithRow(previousPage, (top.numbers[0] as Run).left))
    for (let j = 0; j < (firstLabelled < 0 ? rows.length : firstLabelled); j++) rows[j] = null;
  // (the lower pieces of the previous page's last row: a row of the block, without markers)
  else if (
    top &&
    atTop(lines, topIndex, (top.numbers[0] as Run).left) &&
    cutPieces(top, previousPage, lines, nextLabelLeft(rows, topIndex))
  )
    tails.add(top);
  let k = 0;
  let last: CarriedColumns = null;
  while (k < lines.length) {
    const first = rows[k];
    if (!first) {
      k++;
      continue;
    }
    // The block: rows and wrapped label pieces, consecutive lines close together.
    const valuesLeft = (first.numbers[0] as Run).left;
    const block: Row[] = [first];
    let end = k + 1;
    while (end < lines.length) {
      const line = lines[end] as Line;
      const prev = lines[end - 1] as Line;
      if (line.down - prev.down > MAX_LINE_STEP * Math.max(prev.size, line.size)) break;
      const row = rows[end];
      if (row) block.push(row);
      else if (!isLabelPiece(line, valuesLeft)) break;
      end++;
    }
    last = null;
    if (!hasLooseNumbers(lines, rows, k, end)) {
      // A block at the top of a page continues the table of the previous page's last rows: they show its columns too.
      const before = atTop(lines, k, valuesLeft) ? trailingRows(previousPage, valuesLeft) : [];
      const [columns, confirmed, fromHeader] = blockColumns(lines, k, block, before, previousPage, before.length > 0 ? carried : null);
      fillBlock(block, columns, confirmed, fromHeader, tails);
      if (fromHeader && block.length > 1) last = columns;
      // (a continued block read by its rows' own columns, every row of it in the carried header's
      // columns: the header still holds for the table's next page, where a column may be filled in
      // one row only; dropped, that page's rows lost their columns and every blank its marker)
      else if (before.length > 0 && carried !== null && block.length > 1 && headerHolds(carried, block)) last = carried;
    } else {
      // (a block holding pieces of wrapped numbers: its rows that stand clear of every other line of
      // numbers hold their numbers whole on their line, and their own columns show their blanks)
      const clear: Row[] = [];
      for (let j = k; j < end; j++) {
        const row = rows[j];
        if (row && row.labelEdge > 0 && standsClear(lines, j, pitches) && !restOfCutRow(lines, j, row, previousPage)) clear.push(row);
      }
      if (clear.length >= MIN_ROWS_FOR_SUPPORT) fillBlock(clear, columnsOfRows(clear), true, false, tails);
    }
    k = end;
  }
  return last;
}

/**
 * Whether a block holds pieces of numbers wrapped in their cells (stacked above and below their
 * row's line, not joined: see `wrapped-numbers.ts`). Such lines are no rows, and the row they belong
 * to shows no empty column: the block gets no markers. Signs, any of them:
 * - a line of numbers without a label next to another line holding a number (a row whose label
 *   wraps has its numbers between the label's lines; a lone row of table 四 stands between its
 *   header and what follows);
 * - two lines of numbers closer than {@link MIN_ROW_STEP}.
 *
 * (A number one line pitch under another, with a label on its line, is left to the reader: the
 * wrapped text's pitch can equal the step between two rows of one-line labels.)
 */
function hasLooseNumbers(lines: readonly Line[], rows: readonly (Row | null)[], from: number, end: number): boolean {
  const numbers = (k: number, near: Line): Run[] => {
    const b = lines[k];
    if (!b || b.page !== near.page || Math.abs(b.down - near.down) > MAX_LINE_STEP * Math.max(near.size, b.size)) return [];
    // A line of prose with figures in it (a note under the table: `截至 2023 年 12 月`) holds no pieces of numbers.
    return numbersLast(lineRuns(b));
  };
  for (let j = from; j < end; j++) {
    const row = rows[j];
    if (!row) continue;
    const above = numbers(j - 1, row.line);
    const below = numbers(j + 1, row.line);
    if (row.labelRight === 0 && (above.length > 0 || below.length > 0)) return true;
    // (a line of numbers right under the row, closer than a line of text, that is no row of the
    // block: a lone number set in the middle of a tall cell, `48` between `政府集` and `中采购`, whose
    // column the row's line leaves empty)
    const next = lines[j + 1];
    if (below.length > 0 && next && rows[j + 1] === null && next.down - row.line.down < MIN_ROW_STEP * Math.max(row.line.size, next.size))
      return true;
    const prev = lines[j - 1] as Line | undefined;
    if (above.length === 0 || !prev) continue;
    const step = row.line.down - prev.down;
    // Two lines of numbers closer than a line of text: pieces of one row's wrapped numbers.
    if (step < MIN_ROW_STEP * Math.max(row.line.size, prev.size)) return true;
  }
  return false;
}

/**
 * Whether line `j` stands clear of every other line holding numbers: none on its page closer than
 * {@link CLEAR_OF_PIECES} font sizes or one line pitch of the document's wrapped text away
 * (`pitches`, per font size: a document set with a wide line spacing wraps a cell's text more than
 * two font sizes down). A number wrapped in its cell has a piece on its row's line or pieces one
 * line pitch around it (set at the cell's top or its middle), so a row clear of them holds every
 * number of its cells whole on its line. Numbers one space apart in one run (`１９６ ０`, narrow
 * columns' cells given as one item) are numbers too.
 */
function standsClear(lines: readonly Line[], j: number, pitches: ReadonlyMap<number, readonly number[]>): boolean {
  const line = lines[j] as Line;
  const pitch = pitches.get(line.size);
  for (const step of [-1, 1])
    for (let i = j + step; i >= 0 && i < lines.length; i += step) {
      const other = lines[i] as Line;
      const gap = Math.abs(other.down - line.down);
      const size = Math.max(other.size, line.size);
      if (other.page !== line.page || gap > MAX_LINE_STEP * size) break;
      if (gap >= CLEAR_OF_PIECES * size && !isPitch(gap, pitch)) continue;
      if (numbersLast(lineRuns(other).flatMap(spacedNumbers)).length > 0) return false;
    }
  return true;
}

/**
 * Whether value row line `j` may be the rest of the previous page's last row, which the page break
 * cut: only pieces of a wrapped label stand above it on its page, the previous page ends with a
 * value row (perhaps pieces of its label after it), every number of line `j` may be a lower piece of
 * one of that row's ({@link piecesUnder}), and its own label begins with no list number
 * (`信息公开申请数量 ０`, `认或重新 １`: the label's last piece, with the lower pieces of that row's
 * wrapped numbers; a row without a label on its line: the piece right above it). Its numbers need not
 * be whole on its line: it is not read by its own columns.
 */
function restOfCutRow(lines: readonly Line[], j: number, row: Row, previousPage: readonly Line[]): boolean {
  const valuesLeft = (row.numbers[0] as Run).left;
  if (!atTop(lines, j, valuesLeft)) return false;
  const upper = lastRow(previousPage, valuesLeft);
  if (upper === null || !piecesUnder(row, upper, false)) return false;
  // (a row without a label on its line: its label's first piece, right above it)
  const labelLine = row.labelRight > 0 ? row.line : lines[j - 1];
  const label = labelLine ? lineRuns(labelLine)[0] : undefined;
  return label === undefined || !LIST_START.test(asciiDigits(label.text));
}

/** The value row a page ends with, perhaps followed by pieces of a wrapped label (left of `valuesLeft`); null when it ends otherwise. */
function lastRow(page: readonly Line[], valuesLeft: number): Row | null {
  for (let k = page.length - 1; k >= 0; k--) {
    const line = page[k] as Line;
    const row = asRow(line);
    if (row !== null) return row;
    if (!isLabelPiece(line, valuesLeft)) return null;
  }
  return null;
}

/**
 * The value rows that may be the lower lines of numbers wrapped in their cells, the row's line right
 * above (an Office print aligns cells at their top: a row whose every number wraps has its label and
 * the numbers' first pieces on its first line, the rest one line pitch under them, beside a piece of
 * a group label). Evidence, all required: the line stands one line pitch of the document's wrapped
 * text (`pitches`, see `wrapped-numbers.ts`) under a labelled value row, closer than two rows of a
 * table stand where a rule and the cells' padding part them; its text all stands left of where that
 * row's own label begins (a piece of a group label's cell: no row label of its own, as the next row
 * of a compact table has, nor a piece of the row's label, which the reader joins), or its label goes
 * on wrapping under it ({@link labelGoesOn}: the middle of one tall cell's label); each of its numbers is
 * digits only and stands under a number of that line, within its extent and no wider (the lower
 * piece of a wrapped number), a number that is digits only and, unless that line is such a line
 * itself, does not start with 0 (a count has no leading zero). Such a line gets no blank markers:
 * the columns it leaves empty are its row's, whose blank cells are marked on the row's line, and
 * markers would make it read as a whole row of its own (`４ ４` over `１ １`: the row read 4, 4 for
 * 41, 41, its sum kept). Left unmarked, the reader joins or flags its pieces. (Tried without the
 * label rule: lines holding a piece of the row's wrapped label lost their markers too, and rows whose
 * pieces the reader then left unplaced were stated from their first line, the row sum failing.)
 */
function wrappedTails(lines: readonly Line[], rows: readonly (Row | null)[], pitches: ReadonlyMap<number, readonly number[]>): Set<Row> {
  const out = new Set<Row>();
  if (pitches.size === 0) return out;
  for (let j = 1; j < rows.length; j++) {
    const row = rows[j];
    const above = rows[j - 1];
    if (!row || !above || above.line.page !== row.line.page || above.labelRight === 0) continue;
    const size = (row.numbers[0] as Run).size;
    const pitch = pitches.get(size)?.slice(0, 1);
    if (!isPitch(numbersDown(row) - numbersDown(above), pitch)) continue;
    // (its text a group label's piece, left of the row's own label: no label of a row of its own;
    // or a piece of a label that goes on wrapping under it, the row's line right above its first, see labelGoesOn)
    if (row.labelRight > above.labelLeft && !(labelGoesOn(lines, j, row, pitch) && !continuesAbove(rows, j - 1, pitch))) continue;
    if (piecesUnder(row, above, out.has(above))) out.add(row);
  }
  return out;
}

/**
 * Whether every number of `lower` is the lower piece of a number of `upper` (digits only, under it
 * within its extent and no wider), that number digits only and, unless `upper` is such a lower line
 * itself (`upperIsTail`), not starting with 0 (a count has no leading zero).
 */
function piecesUnder(lower: Row, upper: Row, upperIsTail: boolean): boolean {
  const under = (n: Run): boolean =>
    COUNT_PIECE.test(asciiDigits(n.text)) &&
    upper.numbers.some(
      (a) =>
        COUNT_PIECE.test(asciiDigits(a.text)) &&
        (upperIsTail || !asciiDigits(a.text).startsWith('0')) &&
        n.left >= a.left - PIECE_WITHIN &&
        n.right <= a.right + PIECE_WITHIN &&
        n.right - n.left <= a.right - a.left + PIECE_WITHIN,
    );
  return lower.numbers.every(under);
}

/**
 * Whether value row line `j` continues the numbers of a value row one line pitch above it (each of its
 * numbers a lower piece of one of that row's): the row's numbers wrap over three lines or more and `j`
 * is a middle line of them, not the row's first. The label rule of {@link wrappedTails} holds for a
 * row's second line only: under a middle line that keeps its markers (its own label goes on beside
 * the next line's pieces), a lower line left unmarked reads as a short row of its own (`内部事务 ０`,
 * the last piece of 120 under `４ ９`, `４ ９`, `２ ２`, `１ ２`: a row found by that piece took 0 for
 * its total), where marked it reads whole and the row's pieces are contested.
 */
function continuesAbove(rows: readonly (Row | null)[], j: number, pitch: readonly number[] | undefined): boolean {
  const row = rows[j];
  const above = rows[j - 1];
  if (!row || !above || above.line.page !== row.line.page || !isPitch(numbersDown(row) - numbersDown(above), pitch)) return false;
  return piecesUnder(row, above, false);
}

/**
 * Whether the label on row line `j` goes on wrapping: the next line holds only label text (left of
 * the row's numbers), its last item (the row label's piece, after any group label's) one line pitch
 * of the wrapped text under the row's numbers ({@link numbersDown}). A label that wraps
 * past a line holding numbers one pitch under a labelled row is the middle of one tall cell's label
 * (a top-aligned row whose numbers wrapped a digit a line beside the label's first lines: `１ ３ ４`
 * beside its first line, `３ ６ ９` beside its second, more of the label under them), not a row of
 * a compact table, whose next row's numbers would stand beside it.
 */
function labelGoesOn(lines: readonly Line[], j: number, row: Row, pitch: readonly number[] | undefined): boolean {
  const next = lines[j + 1];
  const last = next?.items[next.items.length - 1];
  if (!next || !last || next.page !== row.line.page || !isPitch(last.down - numbersDown(row), pitch)) return false;
  return lineRuns(next).length > 0 && isLabelPiece(next, (row.numbers[0] as Run).left);
}

/**
 * The baseline of a row's numbers (its first item reaching past the first number's left edge), not
 * the line's first item's: a group label's piece first on the line stands on its own cell's lines, a
 * point or so off the row's (`本年` over `（二）部分公开 26`: the line one pitch under the row above
 * by the group's baseline, a row step under it by its own).
 */
function numbersDown(row: Row): number {
  const left = (row.numbers[0] as Run).left;
  return row.line.items.find((it) => it.synthetic !== true && it.x + it.w > left + TOUCH)?.down ?? row.line.down;
}

/** A blank cell's mark as printed (a dash of any kind), a cell among numbers. */
const BLANK_MARK_RE = /^[-\u2013\u2014\u2212\uff0d]+$/;

/**
 * The numbers of a line whose numbers all stand after its text (a row, or pieces of numbers beside a
 * wrapped label's piece; blank marks among them); none for a line of prose with figures in it (a note under the table:
 * `截至 2023 年 12 月`), whose words after a figure show it is no line of cells.
 */
function numbersLast(runs: readonly Run[]): Run[] {
  const first = runs.findIndex(isNumberRun);
  if (first < 0 || runs.slice(first).some((r) => !isNumberRun(r) && !BLANK_MARK_RE.test(r.text))) return [];
  return runs.slice(first).filter(isNumberRun);
}

/**
 * The right edge of the label of a row printed without one on its line: a label wrapped around the
 * row's numbers stands on the lines just above and below (pieces left of the numbers); 0 without.
 */
function wrappedLabelRight(lines: readonly Line[], j: number, valuesLeft: number): number {
  const line = lines[j] as Line;
  let right = 0;
  for (const k of [j - 1, j + 1]) {
    const piece = lines[k];
    if (!piece || piece.page !== line.page || Math.abs(piece.down - line.down) > MAX_LINE_STEP * Math.max(piece.size, line.size)) continue;
    if (!isLabelPiece(piece, valuesLeft)) continue;
    for (const r of lineRuns(piece)) right = Math.max(right, r.right);
  }
  return right;
}

/**
 * Whether a page's first value row may be the lower pieces of the numbers of the previous page's last
 * row, which the page break cut: that page ends with a labelled value row (perhaps pieces of its label
 * under it: `（二）部分公` / `开（区分处理`, then `的，只计这一 ６ ５ １`), every number of the row is a
 * lower piece of one of that row's ({@link piecesUnder}), and the row has no label of its own: its text
 * (if any) ends before the page's next row label begins (a group label's piece), or that row's label
 * fills its column ({@link labelFills}: it goes on) and the row has no label on its line or one starting
 * where that row's starts (the rest of its label). Its empty columns are that row's, whose blanks are
 * marked on its own line: markers would make the pieces a row of their own (`７ ２ ７` under `２６ ２１ ８２`
 * across the break, and the upper row's 267, 212, 827 read 26, 21, 82).
 */
function cutPieces(top: Row, previousPage: readonly Line[], page: readonly Line[], nextLabelLeft: number | null): boolean {
  const row = lastRow(previousPage, (top.numbers[0] as Run).left);
  if (row === null || row.labelRight === 0 || !piecesUnder(top, row, false)) return false;
  // (pieces of the row's label after its line: the page's last one fills the column too, or the label
  // ended there, `请数量`, and the next page's first row is a row of its own)
  const last = previousPage[previousPage.length - 1] as Line;
  if (last !== row.line && !labelFills({ ...row, labelRight: pieceRight(last, row.labelLeft) }, [...previousPage, ...page])) return false;
  // (a label beginning with a list number, `2.没有现`, or a bracketed one, `（二）部分公`, begins a row
  // of its own: its numbers are whole, not the lower pieces of the row above)
  if (top.labelRight > 0 && LIST_START.test(asciiDigits(ownLabel(top)))) return false;
  // (text on the line wholly left of where the page's next row label begins: a group label's piece, no
  // row label of its own, `度办理结 ７ ２ ５`)
  if (top.labelRight > 0 && nextLabelLeft !== null && top.labelRight <= nextLabelLeft) return true;
  if (!labelFills(row, [...previousPage, ...page])) return false;
  // (a label on the row's line: the rest of the cut row's label, in its column)
  return top.labelRight === 0 || Math.abs(top.labelLeft - row.labelLeft) <= SAME_X;
}

/** Where the run of a label piece's line starting at `left` (a row label's column) ends; 0 without one. */
function pieceRight(line: Line, left: number): number {
  for (const r of lineRuns(line)) if (Math.abs(r.left - left) <= SAME_X) return r.right;
  return 0;
}

/** The text of a row's own label on its line (its last label run, right before the numbers). */
function ownLabel(row: Row): string {
  for (const r of lineRuns(row.line)) if (Math.abs(r.left - row.labelLeft) <= SAME_X && r.right <= row.labelRight) return r.text.trim();
  return '';
}

/** Where the label of the first labelled value row after row line `j` begins (its own label, after any group piece), or null. */
function nextLabelLeft(rows: readonly (Row | null)[], j: number): number | null {
  for (let k = j + 1; k < rows.length; k++) {
    const r = rows[k];
    if (r && r.labelRight > 0) return r.labelLeft;
  }
  return null;
}

/**
 * Whether a row's label fills its column, so that it may go on on the next line (or page): labels wrap in
 * that column (a line of label text alone starts where the row's label starts: a label's lower piece),
 * and the row's label ends less than {@link LABEL_ROOM} font sizes short of the widest label text of
 * `lines` (the table's pages) starting there and ending before the row's first number (the column's width
 * as printed). A label
 * that stops short of that is whole: the row ended with it; where no label wraps, nothing shows the width.
 */
function labelFills(row: Row, lines: readonly Line[]): boolean {
  const valuesLeft = (row.numbers[0] as Run).left;
  let width = row.labelRight;
  let wraps = false;
  for (const line of lines) {
    const runs = lineRuns(line);
    const piece = isLabelPiece(line, valuesLeft);
    for (const r of runs) {
      if (Math.abs(r.left - row.labelLeft) > SAME_X || r.right > valuesLeft) continue;
      width = Math.max(width, r.right);
      if (piece) wraps = true;
    }
  }
  return wraps && width - row.labelRight < LABEL_ROOM * (row.numbers[0] as Run).size;
}

/** Whether a page ends with a value row, perhaps followed by pieces of a wrapped label (left of `valuesLeft`). */
function endsWithRow(page: readonly Line[], valuesLeft: number): boolean {
  return lastRow(page, valuesLeft) !== null;
}

/**
 * The columns of a block, whether they are confirmed and whether they are header words' (see {@link assign}): a lone row's from the
 * header words above it, a block's from its rows' numbers. A block at the top of a page continuing
 * the table of the previous page's last rows (`before`) takes the columns of all those rows: a
 * column whose numbers stand in one row of the block alone is confirmed by the rows before the break.
 */
function blockColumns(
  lines: readonly Line[],
  k: number,
  block: readonly Row[],
  before: readonly Row[],
  previousPage: readonly Line[],
  carried: CarriedColumns,
): [Column[], boolean, boolean] {
  const rows = before.length > 0 ? [...before, ...block] : block;
  if (rows.length === 1) return [columnsOfHeader(lines, k - 1, block[0] as Row, previousPage), true, true];
  // (two grids of columns in one block: no columns, no markers; see ROWS_ALIGN)
  if (columnsOutOfStep(rows)) return [[], true, false];
  const ofRows = columnsOfRows(rows);
  const confirmed = rows.length >= MIN_ROWS_FOR_SUPPORT;
  // (rows continued from the previous page: the header columns their first rows were read by there)
  const ofHeader = before.length === 0 ? columnsOfBlockHeader(lines, k - 1, block, previousPage) : (carried ?? []);
  if (headerShowsMore(ofHeader, ofRows, rows)) return [[...ofHeader], false, true];
  return [ofRows, confirmed, false];
}

/**
 * Whether two rows' numbers stand over each other without being aligned (left edges, right edges
 * and centres all more than {@link ROWS_ALIGN} of the font size apart): the numbers are in the
 * columns of two tables (a table cut in two whose parts have columns of their own widths, printed
 * one under the other), and neither part's columns say where the other's blank cells are.
 */
function columnsOutOfStep(rows: readonly Row[]): boolean {
  const runs = rows.flatMap((r, k) => r.numbers.map((n) => ({ n, k }))).sort((a, b) => a.n.left - b.n.left);
  for (let i = 0; i < runs.length; i++) {
    const a = runs[i] as { n: Run; k: number };
    for (let j = i + 1; j < runs.length; j++) {
      const b = runs[j] as { n: Run; k: number };
      if (b.n.left >= a.n.right) break;
      if (a.k === b.k) continue;
      const tolerance = ROWS_ALIGN * Math.max(a.n.size, b.n.size);
      const aligned =
        Math.abs(a.n.left - b.n.left) <= tolerance ||
        Math.abs(a.n.right - b.n.right) <= tolerance ||
        Math.abs(a.n.left + a.n.right - b.n.left - b.n.right) / 2 <= tolerance;
      if (!aligned) return true;
    }
  }
  return false;
}

/**
 * Whether a block's header columns show columns its rows' numbers leave empty, and hold every number
 * of every row in a column of its own (see {@link assign}: over one column only, aligned in it, in
 * order, never two numbers of a row in one column). Only then are they the block's columns: where a
 * number stands between two header columns, or the header is unclear, the rows' own columns stay.
 */
function headerShowsMore(ofHeader: readonly Column[], ofRows: readonly Column[], rows: readonly Row[]): boolean {
  if (ofHeader.length <= ofRows.length || ofHeader.length > MAX_COLUMNS) return false;
  return rows.every((r) => assign(r.numbers, ofHeader, false, true) !== null);
}

/** Whether every number of every row stands in a header column of its own, aligned in it (see {@link assign}). */
function headerHolds(header: readonly Column[], rows: readonly Row[]): boolean {
  return rows.every((r) => assign(r.numbers, header, false, true) !== null);
}

/**
 * The runs of a header line with letter-spaced words joined (`自 然`: single characters closer than
 * {@link LETTER_SPACE} of the font size).
 */
function headerRuns(line: Line): Run[] {
  const out: Run[] = [];
  for (const r of lineRuns(line)) {
    const last = out[out.length - 1];
    const single = (t: string): boolean => [...t].length === 1;
    if (last && (single(last.text) || single(r.text)) && r.left - last.right < LETTER_SPACE * Math.min(last.size, r.size)) {
      last.text += r.text;
      last.right = Math.max(last.right, r.right);
    } else out.push({ ...r });
  }
  return out;
}

/**
 * Columns from the header lines above a block of rows (nearest line first, on into the previous
 * page's end where the header begins there): a header word over one column widens it, a word over
 * none opens a column, a word over several (a group header) is left out. A narrow column's header
 * wrapped to one or two characters a line is one column: its characters stand at one x range.
 * Pieces of the first row's wrapped label just above it are passed over; after that the header
 * ends at the first line that adds nothing or holds a number. None where a header word stands
 * over two numbers of a row (a group over columns that have no words) or columns grow into each other.
 */
function columnsOfBlockHeader(lines: readonly Line[], from: number, block: readonly Row[], previousPage: readonly Line[]): Column[] {
  let labelEdge = 0;
  let firstValue = Infinity;
  for (const r of block) {
    labelEdge = Math.max(labelEdge, r.labelEdge);
    firstValue = Math.min(firstValue, (r.numbers[0] as Run).left);
  }
  if (labelEdge > firstValue) return [];
  const above: Line[] = [];
  for (let k = from; k >= 0 && above.length < MAX_BLOCK_HEADER_LINES; k--) above.push(lines[k] as Line);
  if (above.length === from + 1)
    for (let k = previousPage.length - 1; k >= 0 && above.length < MAX_BLOCK_HEADER_LINES; k--) above.push(previousPage[k] as Line);
  const columns: Column[] = [];
  let prev = (block[0] as Row).line;
  let labelLines = 0;
  // (consecutive lines of label-column text passed over inside the header)
  let labelOnlyRun = 0;
  for (const line of above) {
    if (line.page === prev.page && prev.down - line.down > MAX_LINE_STEP * Math.max(prev.size, line.size)) break;
    const runs = headerRuns(line);
    // (a row above: numbers, or blank marks only a row holds)
    if (runs.some((r) => isNumberRun(r) || BLANK_MARK_RE.test(r.text))) break;
    let added = false;
    for (const r of runs) {
      // (label-column text: the table's caption, a header over the labels)
      if (r.left < labelEdge) continue;
      const c = widenUnder(columns, r);
      if (c === null) continue;
      if (c === undefined) columns.push({ left: r.left, right: r.right });
      added = true;
    }
    if (!added) {
      // After the first header words, a line of label-column text only (the label column's own header
      // wrapped over more lines than the value columns' words beside it, its lines between theirs) is
      // passed over, {@link MAX_HEADER_LABEL_LINES} in a row at most; any other line adding nothing ends the header.
      const labelOnly = runs.every((r) => r.right <= firstValue);
      if (columns.length > 0 ? !labelOnly || ++labelOnlyRun > MAX_HEADER_LABEL_LINES : ++labelLines > MAX_LABEL_LINES_ABOVE) break;
    } else labelOnlyRun = 0;
    prev = line;
  }
  columns.sort((a, b) => a.left - b.left);
  for (let k = 1; k < columns.length; k++) if ((columns[k] as Column).left < (columns[k - 1] as Column).right) return [];
  // A header word over two numbers of one row heads a group, not a column of its own: no columns.
  for (const c of columns)
    for (const r of block) if (r.numbers.filter((n) => n.right > c.left && n.left < c.right).length >= MIN_GROUP_NUMBERS) return [];
  return columns;
}

/** Whether only pieces of a wrapped label (the rest of a row cut by the page break) stand above line `k` of its page. */
function atTop(lines: readonly Line[], k: number, valuesLeft: number): boolean {
  for (let j = 0; j < k; j++) if (!isLabelPiece(lines[j] as Line, valuesLeft)) return false;
  return true;
}

/**
 * The value rows a page ends with (its last block: rows and wrapped label pieces left of
 * `valuesLeft`, consecutive lines close together), blank markers placed there left out; none when
 * the page does not end with a row.
 */
function trailingRows(page: readonly Line[], valuesLeft: number): Row[] {
  const out: Row[] = [];
  for (let k = page.length - 1; k >= 0; k--) {
    const line = page[k] as Line;
    const next = page[k + 1];
    if (next && next.down - line.down > MAX_LINE_STEP * Math.max(next.size, line.size)) break;
    const row = asRow(line);
    if (row) out.push(row);
    else if (!isLabelPiece(line, valuesLeft)) break;
  }
  return out.reverse();
}

function fillBlock(
  block: readonly Row[],
  columns: Column[] | null,
  confirmed: boolean,
  fromHeader: boolean,
  tails: ReadonlySet<Row>,
): void {
  // (The bound keeps the work per row linear: no report table has more columns.)
  if (!columns || columns.length < MIN_COLUMNS || columns.length > MAX_COLUMNS) return;
  const assigned = block.map((r) => assign(r.numbers, columns, confirmed, fromHeader));
  if (assigned.some((a) => a === null)) return;
  block.forEach((row, i) => {
    const used = new Set(assigned[i] as number[]);
    // (a line of wrapped numbers' lower pieces: its empty columns are its row's, marked on the row's line)
    if (used.size >= columns.length || tails.has(row)) return;
    const size = (row.numbers[0] as Run).size;
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c] as Column;
      if (used.has(c) || col.group === true || col.left < row.labelEdge) continue;
      const marker: Item = {
        text: BLANK_MARKER,
        page: row.line.page,
        x: (col.left + col.right) / 2 - size / 2,
        down: row.line.down,
        y: 0,
        w: size,
        size,
        synthetic: true,
      };
      row.line.items.push(marker);
    }
    row.line.items.sort((a, b) => a.x - b.x);
  });
}
