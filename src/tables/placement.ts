/**
 * Placement: deciding which column each value of a row belongs to, from the evidence the
 * source gives, and nothing else.
 *
 * - As many cells as columns: cell i is column i (the row label and the header fix the grid).
 * - More cells than columns: a column keeps a value only when every reading agrees on it.
 * - Fewer cells than columns (blank cells lost in extraction): values are placed only where the
 *   layout anchors them to the start or the end of the row; every other column is `missing`,
 *   or `ambiguous` with the values that could be there. Never filled in reading order.
 */
import type { BlankToken, ValueToken } from './tokens.js';
import type { WorkBudget } from './budget.js';
import { columnsByPosition, type PositionGrid } from './positions.js';
import { joinWrappedPieces } from './wrapped-number.js';
import { MIN_PLACED_INDENT } from './text-position.js';

/** A value or explicit blank of a row, with the evidence around it. */
export interface RowItem {
  /** The token. */
  token: ValueToken | BlankToken;
  /** Collapsed cells (extra blank lines) right before this item; 0 when unknown or none. */
  collapsedBefore: number;
  /**
   * Run number: items of one run follow each other with no text between them. Text inside a row
   * (header fragments interleaved by a PDF extractor) starts a new run, and runs may then be out
   * of order.
   */
  run: number;
}

/** What the source shows about one row. */
export interface RowEvidence {
  /** Items in source order. */
  items: RowItem[];
  /** Whether the layout shows collapsed cells as gaps (cell per line with blank-line separators). */
  gapsVisible: boolean;
  /** Collapsed cells after the last item, before the next row label; `null` when unknown (table end, other layout). */
  collapsedAfter: number | null;
  /** Unrecognised text came between the row label and the first item (a cell garbled into text?): the first item does not anchor the row's start. */
  startAfterText?: boolean;
  /** The table's columns as character spans (`pdftotext -layout`), when its complete rows line up. */
  grid?: PositionGrid;
  /**
   * The row's number of cells is fixed by the template (tables 三 and 四), so a shortfall is certain:
   * gaps then anchor the items only when they show every lost cell. Fewer visible gaps than lost
   * cells mean blank cells vanished without a trace (plain pdftotext writes nothing for them), and
   * neither end of the row is known.
   */
  lossMustShow?: boolean;
}

/** Result for one column. */
export type Placement =
  | { status: 'value'; token: ValueToken; agreed?: number }
  | { status: 'blank'; token: BlankToken }
  | { status: 'missing' }
  | { status: 'ambiguous'; candidates: number[]; tokens: ValueToken[] };

/** A placement whose reading is not proven: a value becomes its only candidate, a blank not known. */
export function candidateOnly(p: Placement): Placement {
  if (p.status === 'value') return { status: 'ambiguous', candidates: [p.token.content.value], tokens: [p.token] };
  return p.status === 'blank' ? { status: 'missing' } : p;
}

/** Placement of a whole row, with what went wrong. */
export interface RowPlacement {
  /** One placement per column. */
  columns: Placement[];
  /** Items beyond the number of columns (when the row has too many). */
  surplus: number;
  /** Cells lost (when the row has too few). */
  deficit: number;
  /** The items came in several runs whose order had to be recovered (or could not be). */
  reordered?: boolean;
  /** With `reordered`: how many orders of the runs passed the check (0: none; the columns are then ambiguous). */
  orders?: number;
  /** With `reordered`: the search over orders ran out of the table's work budget (the columns are ambiguous). */
  exhausted?: boolean;
  /**
   * A row read both in its printed order and in its numbers' column order (text placed by position):
   * the two readings, for a reader to try against the row's arithmetic.
   */
  orderReadings?: RowItem[][];
}

/**
 * A check the values of a row must pass (the table's own arithmetic), used to put runs that came
 * out of order back in order. `items` is the order being tried, so a check can also hold a run to
 * the columns its own labels name. The search calls it on partial orders too (`values` shorter
 * than the row), to prune them: a check judges only what is complete in `values`.
 */
export type RowCheck = (values: readonly (number | null)[], items: readonly RowItem[]) => boolean;

/** How a search over run orders may work. */
export interface RunSearch {
  /** The table's work budget (one unit per partial order tried). */
  budget?: WorkBudget;
  /**
   * Two runs with the same values and the same tag are interchangeable for the check (it reads only
   * their values and the tag): only one of them is tried at each place.
   */
  runTag?: (run: number) => string;
}

/**
 * Units of the work budget one partial order costs: extending an order and checking it costs about
 * ten times a step of the digit search the unit is measured by.
 */
const ORDER_STEP_COST = 10;

/**
 * A row's evidence with what the reader knows of the table added (`lossMustShow`, and the grid of
 * positions when there is one): a fresh object of one shape (no spread of the row's evidence).
 */
export function evidenceFor(ev: RowEvidence, lossMustShow: boolean, grid?: PositionGrid | null): RowEvidence {
  return {
    items: ev.items,
    gapsVisible: ev.gapsVisible,
    collapsedAfter: ev.collapsedAfter,
    startAfterText: ev.startAfterText,
    grid: grid ?? ev.grid,
    lossMustShow,
  };
}

/** Places the items of a row into `ncols` columns. */
export function placeRow(ncols: number, evidence: RowEvidence, check?: RowCheck, search: RunSearch = {}): RowPlacement {
  const items = evidence.items.slice();
  // Trailing blanks beyond the grid are padding, not cells. A printed mark (`-`, `/`) is a cell the
  // text printed, though: where dropping the marks leaves exactly the row's cells and the row's
  // arithmetic (`check`) fails on them, that reading is disproved and the marks stay items (the row
  // has a surplus, placed as such).
  while (items.length > ncols && isPadding((items[items.length - 1] as RowItem).token)) items.pop();
  let kept = items.length;
  while (kept > ncols && (items[kept - 1] as RowItem).token.kind === 'blank') kept--;
  if (kept < items.length && !(kept === ncols && check && failsAsPrinted(items.slice(0, ncols), check))) items.length = kept;
  const n = items.length;
  if (n === ncols) {
    // (a row over several lines of text placed by position whose numbers' columns disagree with
    // their order: `—` of a wrapped `——` on the label's line above the row's numbers)
    const byColumn = columnOrder(items);
    if (byColumn) return { ...placeReadings([items, byColumn], ncols), orderReadings: [items, byColumn] };
    if (lostBeforeWholeRow(items, evidence)) return { columns: items.map((it) => candidateOnly(direct(it.token))), surplus: 0, deficit: 0 };
    if (oneRun(items) || allSame(items)) return { columns: items.map((it) => direct(it.token)), surplus: 0, deficit: 0 };
    const { columns, orders, exhausted } = placeRuns(items, check, search);
    return { columns, surplus: 0, deficit: 0, reordered: true, orders, ...(exhausted ? { exhausted } : {}) };
  }
  if (n > ncols) return { columns: placeSurplus(ncols, items), surplus: n - ncols, deficit: 0 };
  const byPosition = evidence.grid && n > 0 && oneRun(items) ? columnsByPosition(items, evidence.grid) : null;
  if (byPosition) {
    // Each number in the column its position on the line shows; the columns it leaves are missing.
    const columns = Array.from({ length: ncols }, (): Placement => ({ status: 'missing' }));
    byPosition.forEach((j, i) => (columns[j] = direct((items[i] as RowItem).token)));
    return { columns, surplus: 0, deficit: ncols - n };
  }
  return { columns: placeDeficit(ncols, items, evidence), surplus: 0, deficit: ncols - n };
}

/**
 * A row's full count of numbers, one per line, after a gap that shows lost cells between its label
 * and its first number (and none after): the gap says the row's first cells were blank, the count
 * says every cell is a number. Both cannot hold: the numbers may be the next row's, whose label
 * printed elsewhere, under an empty row (plain text of a row left empty, a property-test
 * counterexample). Its numbers are then candidates only.
 */
function lostBeforeWholeRow(items: readonly RowItem[], ev: RowEvidence): boolean {
  if (!ev.gapsVisible || ev.collapsedAfter !== 0 || ((items[0] as RowItem | undefined)?.collapsedBefore ?? 0) === 0) return false;
  return items.every((it, i) => it.token.lineStart && (i === 0 || it.collapsedBefore === 0));
}

/**
 * Whether a token's place on its line comes from its position on the page: it stands after a label
 * (`MIN_PLACED_INDENT` or more), or it starts a line that is indented (`pdftotext -layout` pads the row's
 * first number by its x-position; plain text starts its lines at the first character).
 */
export function placedByPosition(t: ValueToken | BlankToken): boolean {
  return t.column !== undefined && (t.column >= MIN_PLACED_INDENT || (t.lineStart && t.column > 0));
}

/**
 * The items in the order of their character columns, where they stand on consecutive lines of text
 * placed by position (every item's column known, none flush at its line's start) and that order is not
 * theirs; null otherwise.
 */
function columnOrder(items: readonly RowItem[]): RowItem[] | null {
  let lines = false;
  let disordered = false;
  for (let i = 1; i < items.length; i++) {
    const a = (items[i - 1] as RowItem).token;
    const b = (items[i] as RowItem).token;
    // (text placed by position: the row's lines one under the other, no number flush at a line's start)
    if (!placedByPosition(a) || !placedByPosition(b)) return null;
    if (b.line - a.line > 1 || b.line < a.line) return null;
    if (a.line !== b.line) lines = true;
    if ((b.column as number) < (a.column as number)) disordered = true;
  }
  return lines && disordered ? items.slice().sort((x, y) => (x.token.column as number) - (y.token.column as number)) : null;
}

/** Whether every item is of one run. */
function oneRun(items: readonly RowItem[]): boolean {
  for (let i = 1; i < items.length; i++) if ((items[i] as RowItem).run !== (items[0] as RowItem).run) return false;
  return true;
}

/** Whether the check rejects the items read in their printed order. */
function failsAsPrinted(items: readonly RowItem[], check: RowCheck): boolean {
  return !check(
    items.map((it) => (it.token.kind === 'value' ? it.token.content.value : null)),
    items,
  );
}

/** An empty cell (an empty pipe cell, a gap), or one a converter left empty: layout, not a mark the text printed. */
function isPadding(t: ValueToken | BlankToken): boolean {
  return t.kind === 'blank' && (t.raw.trim() === '' || t.uncertain === true);
}

function direct(t: ValueToken | BlankToken): Placement {
  if (t.kind === 'value') return { status: 'value', token: t };
  return t.uncertain ? { status: 'missing' } : { status: 'blank', token: t };
}

/**
 * Column j may hold item j … j+s; it keeps a value only when every value candidate agrees. When
 * the layout shows lost cells among the items (gaps: a blank cell vanished), the row's own items
 * are fewer than its columns, so column j may hold item j−lost … j+s+lost, and no column is certain.
 * Where the row ends in a printed mark (`-`, `/`: a cell the text printed, not padding), that mark may
 * be a cell as well as any item, so a column whose window holds a mark beside its values is not stated.
 */
function placeSurplus(ncols: number, items: RowItem[]): Placement[] {
  const s = items.length - ncols;
  const last = items[items.length - 1]?.token;
  const marksOpen = last !== undefined && last.kind === 'blank' && !isPadding(last);
  const lost = items.reduce((a, it) => a + it.collapsedBefore, 0);
  // Pieces of numbers wrapped in their cells: a cell may be several items joined, and items that
  // agree in a column's window may be pieces of one number (`５` over `５`: 55). A wrapped number's
  // first piece is in the window and starts with no 0: a window of zeros alone is a cell of one piece.
  const wrapped = wrappedPieces(items);
  const out: Placement[] = [];
  for (let j = 0; j < ncols; j++) {
    const window = items.slice(Math.max(0, j - lost), j + s + lost + 1).map((it) => it.token);
    out.push(
      fromCandidates(window, lost === 0 && (!wrapped || window.every((t) => t.kind === 'value' && t.content.value === 0)), marksOpen),
    );
  }
  return out;
}

/** A piece of a wrapped number: digits only. */
const DIGITS_ONLY = /^\d+$/;

/**
 * Whether a row's items may be pieces of numbers wrapped in their cells: text placed by position
 * (`pdftotext -layout`, a PDF's lines) over several lines, each item a run of digits alone.
 */
function wrappedPieces(items: readonly RowItem[]): boolean {
  const first = items[0];
  if (!first || items.every((it) => it.token.line === first.token.line)) return false;
  return items.every((it) => it.token.kind === 'value' && placedByPosition(it.token) && DIGITS_ONLY.test(it.token.raw));
}

/**
 * Fewer items than columns. Anchors come from visible gaps: an item with no collapsed cells
 * before it and right after the label starts the row; an item with no collapsed cells after it,
 * right before the next row label, ends it. Items between anchors stay unplaced.
 */
function placeDeficit(ncols: number, items: RowItem[], ev: RowEvidence): Placement[] {
  const d = ncols - items.length;
  const placedCol = new Array<number>(items.length).fill(-1);
  // With a fixed number of cells, gaps anchor the items only when they show every lost cell.
  const visibleLost = items.reduce((a, it) => a + it.collapsedBefore, 0) + (ev.collapsedAfter ?? 0);
  if (ev.gapsVisible && items.length > 0 && (!ev.lossMustShow || visibleLost >= d)) {
    // Prefix anchored at the start: consecutive items with no collapsed cells before them and no
    // text between them (text inside a row is a cell too: the items around it are not adjacent).
    const firstRun = (items[0] as RowItem).run;
    // Where the gaps do not show every lost cell, a lost cell may stand between two numbers of one
    // line (blank lines show loss only between lines): their adjacency is unproven.
    const adjacent = sameLineAdjacency(items, visibleLost >= d);
    let col = 0;
    if (!ev.startAfterText) {
      for (
        let i = 0;
        i < items.length &&
        (items[i] as RowItem).collapsedBefore === 0 &&
        (items[i] as RowItem).run === firstRun &&
        (i === 0 || adjacent(i));
        i++
      )
        placedCol[i] = col++;
    }
    // Suffix anchored at the end.
    if (ev.collapsedAfter === 0) {
      const lastRun = (items[items.length - 1] as RowItem).run;
      let c = ncols - 1;
      for (let i = items.length - 1; i >= 0 && placedCol[i] === -1 && (items[i] as RowItem).run === lastRun; i--) {
        placedCol[i] = c--;
        if ((items[i] as RowItem).collapsedBefore > 0 || (i > 0 && !adjacent(i))) break;
      }
    }
  }
  const out: Placement[] = new Array<Placement>(ncols);
  const taken = new Set<number>();
  placedCol.forEach((c, i) => {
    if (c >= 0) {
      out[c] = direct((items[i] as RowItem).token);
      taken.add(c);
    }
  });
  // The start anchors' last number where the row goes on after text, on a later line: the rest of a
  // number wrapped in its cell prints there (after the label's own wrapped lines), so the next
  // item may be its last digits (`4482` … `4` for 44824): both readings are candidates.
  const last = countPrefix(placedCol) - 1;
  const head = items[last]?.token;
  const tail = items[last + 1];
  if (head?.kind === 'value' && tail?.token.kind === 'value' && tail.run !== items[last]?.run && placedCol[last + 1] === -1) {
    const joined = wrappedJoin(head, tail.token);
    if (joined !== null) out[last] = { status: 'ambiguous', candidates: [head.content.value, joined], tokens: [head, tail.token] };
  }
  for (let j = 0; j < ncols; j++) {
    if (taken.has(j)) continue;
    // Unplaced items that could sit in column j: index i with i <= j <= i + d.
    const cands: (ValueToken | BlankToken)[] = [];
    for (let i = Math.max(0, j - d); i <= Math.min(items.length - 1, j); i++) {
      if (placedCol[i] === -1) cands.push((items[i] as RowItem).token);
    }
    out[j] = cands.length === 0 ? { status: 'missing' } : fromCandidates(cands, false);
  }
  return out;
}

/**
 * Whether item `i` is proven to stand in the cell right after item `i - 1`: always where the gaps
 * show every lost cell (`allLossShows`), else only where the two stand on different lines (a lost cell
 * between two numbers of one line leaves no blank line, `pdftotext -layout` of a row with blanks).
 */
function sameLineAdjacency(items: readonly RowItem[], allLossShows: boolean): (i: number) => boolean {
  return (i) => allLossShows || (items[i] as RowItem).token.line !== (items[i - 1] as RowItem).token.line;
}

/** How many start anchors a row has (columns 0, 1, … placed in turn). */
function countPrefix(placedCol: readonly number[]): number {
  let k = 0;
  while (placedCol[k] === k) k++;
  return k;
}

/**
 * The number `head` and `tail` make when `tail` is the rest of `head` wrapped in its cell (a later
 * line of plain digits, broken as {@link joinWrappedPieces} says), or null.
 */
function wrappedJoin(head: ValueToken, tail: ValueToken): number | null {
  const a = head.raw.normalize('NFKC');
  const b = tail.raw.normalize('NFKC');
  if (tail.line <= head.line || !tail.lineStart || !/^\d+$/.test(a) || !/^\d+$/.test(b)) return null;
  return joinWrappedPieces(a, b);
}

/**
 * A column with several possible items. `certain`: the column surely holds one of them (surplus
 * case); otherwise it may also be a lost cell, so even agreeing values stay ambiguous. With
 * `marksOpen`, values agreeing beside a printed blank mark stay ambiguous too (the column may be the
 * blank cell).
 */
function fromCandidates(tokens: (ValueToken | BlankToken)[], certain: boolean, marksOpen = false): Placement {
  const values = tokens.filter((t): t is ValueToken => t.kind === 'value');
  if (values.length === 0) {
    const blank = tokens.find((t): t is BlankToken => t.kind === 'blank');
    return certain && blank ? { status: 'blank', token: blank } : { status: 'missing' };
  }
  const distinct = [...new Set(values.map((v) => v.content.value))];
  // A mark the text printed (`-`, `/`) among them: the column may be that blank cell.
  const markToo = marksOpen && tokens.some((t) => t.kind === 'blank' && !isPadding(t));
  if (certain && distinct.length === 1 && !markToo) return { status: 'value', token: values[0] as ValueToken, agreed: values.length };
  return { status: 'ambiguous', candidates: distinct, tokens: values };
}

/** Whether two items state the same value (a blank as null; as a `Set` of the values would tell). */
function sameValue(a: RowItem, b: RowItem): boolean {
  const x = a.token.kind === 'value' ? a.token.content.value : null;
  const y = b.token.kind === 'value' ? b.token.content.value : null;
  return x === y || (x !== null && y !== null && Number.isNaN(x) && Number.isNaN(y));
}

function allSame(items: readonly RowItem[]): boolean {
  const first = items[0];
  if (!first) return true;
  const v = first.token.kind === 'value' ? first.token.content.value : null;
  return items.every((it) => (it.token.kind === 'value' ? it.token.content.value : null) === v);
}

/**
 * A complete row whose items came in several runs (text between them): the orders of the runs are
 * searched depth first, keeping the order inside each run, pruning every partial order the check
 * already rejects, and trying only one of several interchangeable runs at each place; the orders
 * that pass are kept. A column keeps a value only when every passing order puts the same number
 * there; otherwise it is ambiguous. Without a check, or when the budget runs out, every column with
 * more than one possible value is ambiguous.
 */
function placeRuns(
  items: RowItem[],
  check: RowCheck | undefined,
  search: RunSearch,
): { columns: Placement[]; orders: number; exhausted: boolean } {
  const runIds = [...new Set(items.map((it) => it.run))];
  const runs = runIds.map((id) => items.filter((it) => it.run === id));
  const valueOf = (it: RowItem): number | null => (it.token.kind === 'value' ? it.token.content.value : null);
  const tags = runs.map(
    (r, i) => `${search.runTag?.(runIds[i] as number) ?? ''}|${r.map((it) => `${it.token.kind}:${String(valueOf(it))}`).join(',')}`,
  );
  const orders: RowItem[][] = [];
  let exhausted = false;
  if (check) {
    const used = new Array<boolean>(runs.length).fill(false);
    const seq: RowItem[] = [];
    const values: (number | null)[] = [];
    // Interchangeable runs are used in their source order only: run r waits for the run before it
    // with the same tag.
    const previousSame = tags.map((t, r) => (r === 0 ? -1 : tags.lastIndexOf(t, r - 1)));
    const dfs = (): void => {
      if (seq.length === items.length) {
        orders.push(seq.slice());
        return;
      }
      for (let r = 0; r < runs.length && !exhausted; r++) {
        if (used[r]) continue;
        const same = previousSame[r] as number;
        if (same >= 0 && !used[same]) continue;
        if (search.budget && !search.budget.spend(ORDER_STEP_COST)) {
          exhausted = true;
          return;
        }
        const run = runs[r] as RowItem[];
        used[r] = true;
        for (const it of run) {
          seq.push(it);
          values.push(valueOf(it));
        }
        if (check(values, seq)) dfs();
        seq.length -= run.length;
        values.length -= run.length;
        used[r] = false;
      }
    };
    dfs();
  }
  const ncols = items.length;
  const out: Placement[] = [];
  for (let j = 0; j < ncols; j++) {
    if (orders.length === 0 || exhausted) {
      out.push(
        fromCandidates(
          items.map((it) => it.token),
          false,
        ),
      );
      continue;
    }
    const tokens = orders.map((o) => (o[j] as RowItem).token);
    const values = new Set(tokens.map((t) => (t.kind === 'value' ? t.content.value : null)));
    out.push(values.size === 1 ? direct(tokens[0] as ValueToken | BlankToken) : fromCandidates(tokens, false));
  }
  return { columns: out, orders: exhausted ? 0 : orders.length, exhausted };
}

/**
 * A row with several complete readings (a digit run cut in more than one way that adds up): a
 * column keeps a value only when every reading agrees on it, and is ambiguous otherwise.
 */
export function placeReadings(readings: readonly RowItem[][], ncols: number): RowPlacement {
  if (readings.length === 0)
    return { columns: Array.from({ length: ncols }, (): Placement => ({ status: 'missing' })), surplus: 0, deficit: ncols };
  const columns: Placement[] = [];
  for (let j = 0; j < ncols; j++) {
    const first = (readings[0] as RowItem[])[j] as RowItem;
    let same = true;
    for (let k = 1; k < readings.length && same; k++) same = sameValue(first, (readings[k] as RowItem[])[j] as RowItem);
    columns.push(
      same
        ? direct(first.token)
        : fromCandidates(
            readings.map((r) => (r[j] as RowItem).token),
            false,
          ),
    );
  }
  return { columns, surplus: 0, deficit: 0 };
}
