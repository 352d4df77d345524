/**
 * Repair check: numbers no row claims standing right before a row label. Plain `pdftotext` of a
 * browser print sometimes writes one row's numbers before its label and the next row's after it,
 * inside a table whose other rows read in the ordinary order (`…8.属于行政查询事项` / its numbers /
 * `0 0 7 0` `45 0 52` / `1.本机关不掌握…` / `19 0 0 36 11 43 109` / `2.没有现成…` / `3.补正后…` /
 * numbers). Read in the ordinary order, the label after the unclaimed numbers takes the numbers
 * of the row below it, and the arithmetic of a mostly-zero table often still holds.
 *
 * The evidence is counted: between the previous row label and this one stand more numbers than the
 * previous row can take (unclaimed numbers beyond the cells it still lacks, or numbers beyond its
 * cells among its own). Those extra numbers
 * belong to no row in the reading chosen, and the reading in which this row's numbers are printed
 * before its label gives them to it. Both readings fit the text, so this row's stated cells are
 * contested: each keeps as candidates its own number and, when the unclaimed numbers make one whole
 * row, the number in the same column of those (a cell both readings agree on stays stated, unless
 * both are whole rows and neither keeps the row's sum: then it is contested alone); a cell
 * stated blank is contested by the numbers the other reading may put in its column. The
 * reading shifts down the chain: the next row (adjacent in the template, its numbers not on its
 * label's line) would own this row's numbers, so it is contested the same way, and so on, where the
 * run ends at a row whose label took no numbers (the reading then leaves nothing over).
 *
 * The repair decides; the reader applies the decision (cells `ambiguous`) and reports it.
 */
import type { Placement, RowItem } from '../tables/placement.js';
import type { ValueToken } from '../tables/tokens.js';

/**
 * The most blank cells the unclaimed row before a label may have lost (blanks print nothing) and still
 * count as a row's worth of numbers: as many as the arithmetic searches elsewhere (`MAX_VANISHED`).
 */
const MAX_VANISHED_BEFORE = 2;

/** One labelled row of a table, in source order, as the reader placed it. */
export interface LabelledRow {
  /** The row's address prefix (`t3.results.unableToProvide.notHeld`). */
  row: string;
  /** Offset of the row label in the normalised text. */
  labelStart: number;
  /** The row's place among the table's data rows in the template. */
  order: number;
  /** The cells the row has. */
  cells: number;
  /** The items the row holds (its evidence). */
  items: readonly RowItem[];
  /**
   * The row's first number stands on a line of its label (after the label text): the label and the
   * number were printed as one line of the page, so the label owns the numbers after it.
   */
  numbersOnLabelLine: boolean;
  /** The row's placed columns, when the reader states it from its own items (absent otherwise). */
  columns?: readonly Placement[];
}

/** A row whose stated cells the unclaimed numbers before its label contest. */
export interface UnownedBeforeDecision {
  /**
   * The repair: numbers before the row's label, or after its line (see {@link decideUnownedAfter}),
   * or on the line of its label's numbered beginning (`repairs/label-begun-before.ts`).
   */
  repair: 'unowned-before' | 'unowned-after' | 'label-begun-before';
  /** The row's address prefix. */
  row: string;
  /** Column indexes whose stated value the other reading changes. */
  columns: number[];
  /** For each of `columns`: the values the cell holds in either reading (the stated one first). */
  candidates: number[][];
  /** For each of `columns`: the tokens of those values. */
  tokens: ValueToken[][];
  /** The unclaimed numbers, as written (for the report). */
  unclaimed: string[];
}

/**
 * Whether `row` is a second finding of a row's label that holds nothing: no numbers, no stated
 * columns, while the row's label was found more than once (`findings`: finds per row) (a group label sharing the row's
 * words, `其他处理` over the row `其他`). It owns no number in any reading, so it stands for no row
 * between its neighbours: the row above a row is the one the template puts there, wherever such an
 * echo of another label was found.
 */
function emptyEcho(findings: ReadonlyMap<string, number>, row: LabelledRow): boolean {
  return row.items.length === 0 && !row.columns && (findings.get(row.row) ?? 0) > 1;
}

/**
 * Whether the rows after `i` (adjacent in the template, stated, numbers not on their labels' lines)
 * run down to a row whose label took no numbers at all: the before-the-label reading then fits the
 * whole run with no number left over, so each row of the run may own the numbers above it.
 */
function chainEndsEmpty(sorted: readonly LabelledRow[], i: number): boolean {
  for (let j = i + 1; j < sorted.length; j++) {
    const row = sorted[j] as LabelledRow;
    if (row.order !== (sorted[j - 1] as LabelledRow).order + 1) return false;
    if (row.items.length === 0) return true;
    if (!row.columns || row.numbersOnLabelLine) return false;
  }
  return false;
}

/**
 * Whether the numbers beyond the cells of the row before `sorted[i]` (among that row's own) can only
 * be `sorted[i]`'s: the reader placed that row from its own numbers (no other repair read it), and
 * the row above it in the template stands right before it with all its cells. A row above short of
 * numbers (two labels stacked over a run of both rows' numbers, a row's numbers interleaved with the
 * next one's) or not found may own the surplus as well, and the reading that gives it that row leaves
 * this row's numbers where they are.
 */
function surplusIsNext(sorted: readonly LabelledRow[], i: number): boolean {
  const prev = sorted[i - 1];
  if (!prev?.columns || prev.items.length <= prev.cells) return false;
  if (prev.order === 0) return true;
  const above = sorted[i - 2];
  return above !== undefined && above.order === prev.order - 1 && above.items.length >= above.cells;
}

/**
 * The items of a row short of `cells - items.length` cells that may stand in column `j`: item `i`
 * stands somewhere from column `i` to column `i` plus the cells lost.
 */
export function reachable(items: readonly RowItem[], j: number, cells: number): readonly RowItem[] {
  const lost = Math.max(0, cells - items.length);
  return items.slice(Math.max(0, j - lost), j + 1);
}

/**
 * Decides which rows the unclaimed numbers before their labels contest. `unplaced` are the items no
 * row holds after every other repair; `rows` are the labelled data rows, in any order.
 *
 * A row whose first number stands on a line of its label is not contested (the label and the number
 * were printed together). Only whole rows of unclaimed numbers count (fewer are stray numbers: a page number, a cell moved
 * out of its row, which other repairs and `values-unplaced` deal with), and only between two rows
 * that follow each other in the template: with a row of the template between them whose label was
 * not found, the numbers are as likely that row's, which stays `missing`. `rowBreaks` tells whether a
 * row (its address prefix) fails its sum with the given items (every cell known).
 */
export function decideUnownedBefore(
  rows: readonly LabelledRow[],
  unplaced: readonly RowItem[],
  rowBreaks: (row: string, items: readonly RowItem[]) => boolean = () => false,
): UnownedBeforeDecision[] {
  const out: UnownedBeforeDecision[] = [];
  const findings = new Map<string, number>();
  for (const r of rows) findings.set(r.row, (findings.get(r.row) ?? 0) + 1);
  const sorted = rows.filter((r) => !emptyEcho(findings, r)).sort((a, b) => a.labelStart - b.labelStart);
  // The numbers each row owns in the before-the-label reading, once the row above it is contested.
  let shifted: readonly RowItem[] | null = null;
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as LabelledRow;
    const row = sorted[i] as LabelledRow;
    const contestable = row.columns !== undefined && !row.numbersOnLabelLine && row.order === prev.order + 1;
    let theirs: readonly RowItem[] | null = null;
    if (contestable && shifted) theirs = shifted;
    else if (contestable) {
      // Numbers after the previous label that no row holds, and those beyond the previous row's cells
      // when only this row can own them (see surplusIsNext).
      const between = [
        ...unplaced.filter((it) => it.token.start > prev.labelStart && it.token.start < row.labelStart),
        ...(surplusIsNext(sorted, i) ? prev.items.slice(prev.cells) : []),
      ].sort((a, b) => a.token.start - b.token.start);
      const extra = between.length - Math.max(0, prev.cells - prev.items.length);
      // Exactly one row too many: printed before its label, they are this row's (more or fewer fit
      // no reading of whole rows; other repairs and `values-unplaced` deal with them). A row short of
      // a few cells is one whose blanks printed nothing: it contests this row as well, though which of
      // its numbers stands in which column is unknown.
      if (extra <= row.cells && extra >= row.cells - MAX_VANISHED_BEFORE) theirs = between.slice(between.length - extra);
    }
    shifted = null;
    if (!theirs || !row.columns) continue;
    // The row below would then own this row's numbers (the reading shifts down the chain); a row
    // that took none is completed by the numbers before it, and the shift ends there.
    if (row.items.length > 0 && chainEndsEmpty(sorted, i)) shifted = row.items;
    const columns: number[] = [];
    const candidates: number[][] = [];
    const tokens: ValueToken[][] = [];
    const whole = theirs.length === row.cells;
    // (where both readings give the row a whole row of numbers and neither keeps its sum, a cell they
    // agree on is no better known than the others: the first pieces of two numbers wrapped in their
    // narrow cells, `１２` over `０` here and `１２` over `１` in the row before)
    const agreementTells = !whole || row.items.length !== row.cells || !rowBreaks(row.row, row.items) || !rowBreaks(row.row, theirs);
    row.columns.forEach((p, j) => {
      if (p.status === 'blank') {
        // A stated blank is contested too where the other reading puts a number in its column (a
        // blank marker read in one row's column may be another cell's): the numbers that may stand
        // there, in a row that lost blanks any of its numbers whose place reaches the column.
        const others = (whole ? theirs.slice(j, j + 1) : reachable(theirs, j, row.cells)).flatMap((it) =>
          it.token.kind === 'value' ? [it.token] : [],
        );
        if (others.length === 0) return;
        columns.push(j);
        candidates.push([...new Set(others.map((t) => t.content.value))]);
        tokens.push(others);
        return;
      }
      if (p.status !== 'value') return;
      const own = p.token.content.value;
      // Numbers of a row that lost blanks have no known columns: they contest every stated cell.
      const other = whole ? (theirs as readonly RowItem[])[j]?.token : undefined;
      const agreed = other?.kind === 'value' && other.content.value === own;
      if (agreed && agreementTells) return;
      columns.push(j);
      candidates.push(other?.kind === 'value' && !agreed ? [own, other.content.value] : [own]);
      tokens.push(other?.kind === 'value' ? [p.token, other] : [p.token]);
    });
    if (columns.length > 0)
      out.push({ repair: 'unowned-before', row: row.row, columns, candidates, tokens, unclaimed: theirs.map((it) => it.token.raw) });
  }
  return out;
}

/**
 * The mirror of {@link decideUnownedBefore}: a row's worth of numbers no row claims right after a
 * whole row printed on its label's line, before the next label. `pdftotext -layout` of a browser
 * print can write a stretch of rows with each row's numbers one line below its label, where a
 * number wrapped in its narrow cell made a row above two lines tall and the labels beside a tall
 * group cell kept their own pitch (`３．要求提供公开出版物 ４` (the wrapped number's tail) /
 * `４．无正当理由大量反复申请 0 0 54 0 0 0 54` (the row above's numbers) / `0 21 4 56 0 0 81` (its
 * own)). Read on their labels' lines, the row takes the numbers of the row above it, which keep a
 * row sum too, and the numbers after it stay unclaimed (`values-unplaced`, naming no cell).
 *
 * The evidence: the row is stated, whole (one number a cell) and on its label's line; after its
 * numbers, before the next label (or the table's end), stand exactly a row's numbers no row holds,
 * keeping the row's sum (pieces of numbers wrapped in their cells, as plain `pdftotext` leaves them
 * around a row, make no row: they keep no sum); and the rows above it, adjacent in the template, are
 * whole on their labels' lines up to one that is short of numbers (took fewer than a row's: the
 * reading with every row's numbers a line below its label then leaves nothing over), each row of
 * the run keeping its sum with the numbers of the row below it. Both readings fit the text, so each
 * row of that run keeps as candidates its own numbers and the one in the same column of the numbers
 * below it; the short row's stated cells likewise. A cell both readings agree on stays stated.
 * `rowHolds` tells whether a row (its address prefix) keeps its sum with the given items.
 */
export function decideUnownedAfter(
  rows: readonly LabelledRow[],
  unplaced: readonly RowItem[],
  rowHolds: (row: string, items: readonly RowItem[]) => boolean,
): UnownedBeforeDecision[] {
  const out: UnownedBeforeDecision[] = [];
  const findings = new Map<string, number>();
  for (const r of rows) findings.set(r.row, (findings.get(r.row) ?? 0) + 1);
  const sorted = rows.filter((r) => !emptyEcho(findings, r)).sort((a, b) => a.labelStart - b.labelStart);
  const whole = (r: LabelledRow): boolean => r.columns !== undefined && r.numbersOnLabelLine && r.items.length === r.cells;
  const decided = new Set<string>();
  for (let i = 1; i < sorted.length; i++) {
    const row = sorted[i] as LabelledRow;
    if (!whole(row)) continue;
    const lastEnd = row.items.reduce((a, it) => Math.max(a, it.token.end), row.labelStart);
    const next = sorted[i + 1]?.labelStart ?? Number.POSITIVE_INFINITY;
    const after = unplaced.filter((it) => it.token.start >= lastEnd && it.token.start < next).sort((a, b) => a.token.start - b.token.start);
    if (after.length !== row.cells || !rowHolds(row.row, after)) continue;
    // The run of rows above, each owning the numbers of the row below it in the other reading.
    const run: LabelledRow[] = [row];
    let end: LabelledRow | null = null;
    for (let j = i - 1; j >= 0; j--) {
      const above = sorted[j] as LabelledRow;
      const below = run[run.length - 1] as LabelledRow;
      if (above.order !== below.order - 1 || !rowHolds(above.row, below.items)) break;
      if (above.items.length < above.cells) {
        end = above;
        break;
      }
      if (!whole(above)) break;
      run.push(above);
    }
    if (!end) continue;
    // Each row of the run and the short row at its top, with what the other reading gives it.
    const theirsOf = [after, ...run.map((r) => r.items)];
    [...run, end].forEach((r, k) => {
      if (!r.columns || decided.has(r.row)) return;
      const decision = contestRow(r, theirsOf[k] as readonly RowItem[], 'unowned-after');
      if (!decision) return;
      decided.add(r.row);
      out.push(decision);
    });
  }
  return out;
}

/**
 * The cells of `row` (stated from its own items) that `theirs`, the whole row of numbers another
 * reading gives it, would change: each with its own value (or candidates) and the other reading's in
 * the same column. `repair` names the repair deciding.
 */
export function contestRow(
  row: LabelledRow,
  theirs: readonly RowItem[],
  repair: UnownedBeforeDecision['repair'],
): UnownedBeforeDecision | null {
  const columns: number[] = [];
  const candidates: number[][] = [];
  const tokens: ValueToken[][] = [];
  (row.columns ?? []).forEach((p, j) => {
    const other = theirs[j]?.token;
    if (other === undefined || p.status === 'missing') return;
    const own = p.status === 'value' ? [p.token.content.value] : p.status === 'ambiguous' ? p.candidates : [];
    const ownTokens = p.status === 'value' ? [p.token] : p.status === 'ambiguous' ? p.tokens : [];
    // A blank cell in the other reading contests a number of this one (0 and blank are different cells).
    if (other.kind === 'blank') {
      if (own.length === 0) return;
      columns.push(j);
      candidates.push(own);
      tokens.push(ownTokens);
      return;
    }
    const value = other.content.value;
    if (own.includes(value)) return;
    columns.push(j);
    candidates.push([...own, value]);
    tokens.push([...ownTokens, other]);
  });
  return columns.length > 0 ? { repair, row: row.row, columns, candidates, tokens, unclaimed: theirs.map((it) => it.token.raw) } : null;
}
