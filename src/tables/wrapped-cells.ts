/**
 * A row's numbers wrapped inside narrow cells, in `pdftotext -layout` text of a browser print whose
 * cells are not centred on one line (Chromium: full-width digits one or two to a line, `１２` over
 * `３`; one-line cells half a line down, so a row's cells fall on either of its lines). The tool lays
 * out each text line on a grid of its own, so a piece does not stand under the start of its number
 * (a line of short pieces is packed to the left), and a piece may even share the line of the piece
 * before it, on either side of it. What the text keeps:
 * - the row's band: its pieces stand between its label's line and the next row's label (the row's
 *   items and the lines after it that no label claims);
 * - on each text line, the pieces stand in the order of their cells, left to right;
 * - the pieces of one cell stand within {@link MAX_DRIFT} characters of each other;
 * - a wrapped number breaks full lines: every piece but the last is as wide as the first (read widest
 *   first, then top to bottom), the last no wider, and the first does not start with `0`.
 *
 * The readings are every way of dealing the band's pieces to the row's cells left to right (each
 * line's pieces in order, each cell taking at most {@link MAX_LINE_PIECES} of a line, every cell at
 * least one piece, a blank marker a cell alone) that meets that evidence and the row's own sum
 * (the caller's `accept`, the table's arithmetic). The caller keeps the readings the table's
 * equations allow: one, the row is read; several, its cells are `ambiguous` where they differ.
 *
 * Bounded: each cell tried costs a unit of the row's budget ({@link WRAPPED_ROW_WORK}); null when it runs out, or when more
 * than {@link MAX_READINGS} different readings fit (nothing to choose from).
 */
import { parseCellContent } from '../grammar/cell.js';
import { WorkBudget } from './budget.js';
import type { RowItem } from './placement.js';
import type { ValueToken } from './tokens.js';
import { MIN_PLACED_INDENT } from './text-position.js';

/** Characters the pieces of one cell may stand apart (a line's grid packs short pieces leftwards). */
export const MAX_DRIFT = 6;
/** Pieces of one text line one cell may take (a piece that shares the line of the piece before it). */
const MAX_LINE_PIECES = 2;
/** Pieces of one cell at most (a number of a dozen digits, two to a line). */
const MAX_CELL_PIECES = 6;
/** Different readings kept at most: more fitting the row sum is no evidence of any. */
const MAX_READINGS = 64;
/**
 * Units one row's deal may spend (a cell tried is one): a row's own budget, so a band the evidence
 * leaves wide open is left as printed without costing the table's other searches.
 */
export const WRAPPED_ROW_WORK = 20_000;
/** A piece of a wrapped number: digits only. */
const DIGITS_RE = /^\d+$/;
/**
 * A word of zeros (`００`): several zero cells run together, or the last piece of a wrapped number
 * (`１６` over `００`); dealt only as such a piece.
 */
const ZEROS_RE = /^0+$/;

/**
 * A row's items as printed: a number the stacked-number join made of pieces (or moved onto its
 * row's line) is its pieces again, each on its own line and column.
 */
export function printedPieces(items: readonly RowItem[]): RowItem[] {
  const out: RowItem[] = [];
  for (const i of items) {
    const printed = i.token.kind === 'value' ? i.token.printed : undefined;
    if (!printed) out.push(i);
    else for (const token of printed) out.push({ token, collapsedBefore: 0, run: i.run });
  }
  return out;
}

/** Whether a row's pieces may be a band of wrapped pieces: more pieces than cells, each placed by position. */
export function mayHoldWrappedCells(items: readonly RowItem[], ncols: number): boolean {
  if (items.length <= ncols) return false;
  // (text placed by position: plain text starts its lines at the margin, one cell after another)
  return items.every((i) =>
    i.token.column === undefined || i.token.column < MIN_PLACED_INDENT
      ? false
      : i.token.kind === 'blank' ||
        ((i.token.glued !== true || ZEROS_RE.test(i.token.raw)) && i.token.inRow !== true && DIGITS_RE.test(i.token.raw)),
  );
}

/** One cell of a reading: its pieces in reading order, or null where they break the evidence. */
function cellOf(pieces: readonly RowItem[]): RowItem | null {
  const first = pieces[0] as RowItem;
  const glued = (p: RowItem): boolean => p.token.kind === 'value' && p.token.glued === true;
  if (pieces.length === 1) return glued(first) && first.token.raw.length > 1 ? null : first;
  if (pieces.some((p) => p.token.kind === 'blank')) return null;
  const ordered = pieces
    .slice()
    .sort(
      (a, b) =>
        b.token.raw.length - a.token.raw.length || a.token.line - b.token.line || (a.token.column as number) - (b.token.column as number),
    );
  for (let i = 0; i < ordered.length; i++)
    for (let j = i + 1; j < ordered.length; j++) if (!together(ordered[i] as RowItem, ordered[j] as RowItem)) return null;
  const top = ordered[0] as RowItem;
  const width = top.token.raw.length;
  if (top.token.raw.startsWith('0')) return null;
  if (!ordered.every((p, i) => i === ordered.length - 1 || p.token.raw.length === width)) return null;
  const raw = ordered.map((p) => p.token.raw).join('');
  const content = parseCellContent(raw);
  if (content.kind !== 'number' || top.token.kind !== 'value') return null;
  let end = top.token.end;
  for (const p of ordered) end = Math.max(end, p.token.end);
  const printed = ordered.map((p) => p.token as ValueToken);
  return { token: { ...top.token, raw, content, end, printed }, collapsedBefore: 0, run: top.run };
}

/**
 * Whether two pieces of one cell (`a` read before `b`) stand where one cell's pieces do: on two
 * lines, within {@link MAX_DRIFT} characters; on one line, at most that many spaces apart, `b` after
 * `a` or before it (the tool puts a lower piece that starts where its number starts on the line of
 * the piece above, on either side of it: `９  １４４５` for 14459).
 */
function together(a: RowItem, b: RowItem): boolean {
  const ac = a.token.column as number;
  const bc = b.token.column as number;
  if (a.token.line !== b.token.line) return Math.abs(ac - bc) <= MAX_DRIFT;
  const gap = bc > ac ? bc - (ac + a.token.raw.length) : ac - (bc + b.token.raw.length);
  return gap >= 1 && gap <= MAX_DRIFT;
}

/**
 * Whether two pieces may stand in one cell of several pieces: neither a blank marker (a cell alone)
 * and the two {@link together}. Where a pair may not, {@link cellOf} makes no cell of any pieces
 * that hold both.
 */
function mayShareCell(a: RowItem, b: RowItem): boolean {
  return a.token.kind !== 'blank' && b.token.kind !== 'blank' && together(a, b);
}

/**
 * How many choices the deal's walk reaches from line `l` on, with `taken` pieces taken (the number
 * of its calls at the last line): each line `l` gives 0 … as many pieces as it may (two where the
 * line holds more pieces than the row has cells, one else; no more than are left after `pos[l]`),
 * the cell at most {@link MAX_CELL_PIECES}. `memo` (per line and count taken, -1: not yet known) is
 * good for one `pos`.
 */
function choicesBelow(
  lines: readonly (readonly RowItem[])[],
  pos: readonly number[],
  ncols: number,
  l: number,
  taken: number,
  memo: Float64Array,
): number {
  if (l === lines.length) return 1;
  const at = l * (MAX_CELL_PIECES + 1) + taken;
  const known = memo[at] as number;
  if (known >= 0) return known;
  const line = lines[l] as readonly RowItem[];
  const most = Math.min(line.length > ncols ? MAX_LINE_PIECES : 1, line.length - (pos[l] as number), MAX_CELL_PIECES - taken);
  let n = 0;
  for (let k = 0; k <= most; k++) n += choicesBelow(lines, pos, ncols, l + 1, taken + k, memo);
  memo[at] = n;
  return n;
}

/**
 * Characters a piece may stand from the pieces of a cell above and below it and still be in their
 * stack: a number wrapped in its cell breaks over consecutive lines, so a piece standing right
 * between two of a cell's pieces, in their column, is that cell's.
 */
const SAME_STACK = 1;

/**
 * Whether a cell that takes `take[k]` pieces of each line (from `pos[k]` on) skips a line between two
 * lines it takes pieces of, where that line holds a piece in the stack those pieces make (within
 * {@link SAME_STACK} characters of one piece above and one below): a wrapped number's pieces stand on
 * consecutive lines of its cell, so such a deal breaks one number in two around another's piece.
 */
function skipsStackedPiece(lines: readonly (readonly RowItem[])[], pos: readonly number[], take: readonly number[]): boolean {
  const taken = (k: number): readonly RowItem[] =>
    (lines[k] as readonly RowItem[]).slice(pos[k] as number, (pos[k] as number) + (take[k] as number));
  const near = (a: RowItem, b: RowItem): boolean => Math.abs((a.token.column as number) - (b.token.column as number)) <= SAME_STACK;
  let above = -1;
  for (let k = 0; k < lines.length; k++) {
    if ((take[k] as number) === 0) continue;
    if (above >= 0 && k > above + 1) {
      const up = taken(above);
      const down = taken(k);
      for (let m = above + 1; m < k; m++)
        for (const q of lines[m] as readonly RowItem[]) if (up.some((a) => near(a, q)) && down.some((b) => near(b, q))) return true;
    }
    above = k;
  }
  return false;
}

/** The joined numbers of a reading as `pieces → number` (`１７|４８ → 1748`), for the row's report. */
export function describeUnwrapped(reading: readonly RowItem[]): string {
  const out: string[] = [];
  for (const i of reading) {
    const printed = i.token.kind === 'value' ? i.token.printed : undefined;
    if (printed && printed.length > 1) out.push(`${printed.map((p) => p.raw).join('|')} → ${i.token.raw}`);
  }
  return out.join(', ');
}

/**
 * A deal with cells left blank (printed as nothing: blanks that vanished from the band): the cells
 * `at` take no piece, and every other cell's joined number must stand where its column's numbers
 * stand (`placed`: the column's place from the table's complete rows). Such deals are not readings
 * of their own: beside the band's full deals they only show the deal is not decided.
 */
export interface VanishedDeal {
  /** The cells (0-based columns) left blank. */
  readonly at: ReadonlySet<number>;
  /** Whether a dealt cell (its top piece's place) stands under column `column`. */
  readonly placed: (column: number, cell: RowItem) => boolean;
}

/** A blank cell (no piece) at the start of a row's band. */
function blankAt(it: RowItem): RowItem {
  const t = it.token;
  return {
    token: { kind: 'blank', raw: '', start: t.start, end: t.start, line: t.line, gapBefore: 0, lineStart: false },
    collapsedBefore: 0,
    run: it.run,
  };
}

/** The value a cell counts in the row sum (a blank marker: null). */
function valueOf(item: RowItem): number | null {
  return item.token.kind === 'value' ? item.token.content.value : null;
}

/**
 * The readings of a band of wrapped pieces (see the module comment): each `ncols` items, the joined
 * numbers as new value tokens (the top piece's place, the pieces' text). Empty where none fits;
 * null where the budget ran out or too many fit.
 */
export function wrappedCellReadings(
  items: readonly RowItem[],
  ncols: number,
  accept: (values: (number | null)[]) => boolean,
  budget: WorkBudget = new WorkBudget(WRAPPED_ROW_WORK),
  vanished?: VanishedDeal,
): RowItem[][] | null {
  items = printedPieces(items);
  if (!mayHoldWrappedCells(items, ncols - (vanished?.at.size ?? 0))) return [];
  // The band's text lines, top to bottom, each left to right.
  const byLine = new Map<number, RowItem[]>();
  for (const i of items) {
    const l = byLine.get(i.token.line);
    if (l) l.push(i);
    else byLine.set(i.token.line, [i]);
  }
  const lines = [...byLine.keys()]
    .sort((a, b) => a - b)
    .map((k) => (byLine.get(k) as RowItem[]).slice().sort((a, b) => (a.token.column as number) - (b.token.column as number)));
  const pos = lines.map(() => 0);
  const cells: RowItem[] = [];
  const out: RowItem[][] = [];
  const seen = new Set<string>();
  let left = items.length;
  let failed = false;
  let blank: RowItem | undefined;

  // States (cell, pieces taken of each line) from which no deal ends with every piece dealt: by a
  // number (the cell, then each line's pieces taken, in place values) where the places stay within
  // the integers a double holds exactly, else by text.
  const dead = new Set<number | string>();
  const posPlace: number[] = [];
  let posSpan = 1;
  for (const l of lines) {
    posPlace.push(posSpan);
    posSpan *= l.length + 1;
  }
  const numericState = posSpan * (ncols + 1) <= Number.MAX_SAFE_INTEGER;
  const stateOf = (c: number): number | string => {
    if (!numericState) return `${c}:${pos.join(',')}`;
    let key = c * posSpan;
    for (let k = 0; k < lines.length; k++) key += (pos[k] as number) * (posPlace[k] as number);
    return key;
  };
  // The cell each choice of pieces makes (null: none), by the pieces chosen: the same pieces are
  // chosen for different cells and along different deals, and the cell (the evidence of its pieces
  // alone) is the same each time. Keyed by a number: per line, 0 where the cell takes none of its
  // pieces, else the first piece taken and how many, in a place value of its own (no memory where the
  // places would pass the integers a double holds exactly).
  const known = new Map<number, RowItem | null>();
  const place: number[] = [];
  let span = 1;
  for (const l of lines) {
    place.push(span);
    span *= (l.length + 1) * (MAX_LINE_PIECES + 1);
  }
  const remember = span <= Number.MAX_SAFE_INTEGER;
  /**
   * Spends a unit for each of `n` choices known to make no cell, as walking them would: up to the unit
   * that exhausts the budget, then the deal fails.
   */
  const spendFor = (n: number): void => {
    if (n <= 0) return;
    if (!budget.spend(Math.max(1, Math.min(n, budget.limit - budget.spent + 1)))) failed = true;
  };
  /** The cell the pieces chosen (`take[k]` of line k from `pos[k]` on) make, or null (see {@link cellOf}). */
  const cellTaken = (take: readonly number[]): RowItem | null => {
    if (skipsStackedPiece(lines, pos, take)) return null;
    const pieces: RowItem[] = [];
    for (let k = 0; k < lines.length; k++)
      for (let j = 0; j < (take[k] as number); j++) pieces.push((lines[k] as RowItem[])[(pos[k] as number) + j] as RowItem);
    return cellOf(pieces);
  };
  const cellChoices = (c: number): boolean => {
    if (failed) return true;
    // (the vanished blank: a cell of no piece, where its column's place lets the deal go on)
    if (vanished?.at.has(c)) {
      if (!blank) blank = blankAt(items[0] as RowItem);
      cells.push(blank);
      const ends = cellChoices(c + 1);
      cells.pop();
      return ends;
    }
    if (c === ncols) {
      if (left !== 0) return false;
      const values = cells.map(valueOf);
      // (an end reached is a deal, whether it adds up or not: the state is not dead)
      if (!accept(values)) return true;
      const key = values.join(',');
      if (seen.has(key)) return true;
      seen.add(key);
      out.push(cells.slice());
      if (out.length > MAX_READINGS) failed = true;
      return true;
    }
    let cellsLeft = ncols - c;
    if (vanished) for (const at of vanished.at) if (at > c) cellsLeft--;
    if (left < cellsLeft || left > cellsLeft * MAX_CELL_PIECES) return false;
    const state = stateOf(c);
    if (dead.has(state)) return false;
    let ends = false;
    // Every choice of how many pieces each line gives this cell (0..MAX_LINE_PIECES).
    const take = lines.map(() => 0);
    // The pieces chosen so far, and how many pairs of them no cell can hold (a blank beside another
    // piece, or two pieces not together): with one such pair, every choice below makes no cell.
    const chosen: RowItem[] = [];
    let apart = 0;
    const apartAt: number[] = [];
    let ways: Float64Array | undefined;
    const pick = (l: number, taken: number): void => {
      if (failed) return;
      if (apart > 0) {
        // The choices below are counted, not walked: each would spend a unit and make no cell.
        ways ??= new Float64Array((lines.length + 1) * (MAX_CELL_PIECES + 1)).fill(-1);
        spendFor(choicesBelow(lines, pos, ncols, l, taken, ways));
        return;
      }
      if (l === lines.length) {
        if (taken === 0) return;
        if (!budget.spend()) {
          failed = true;
          return;
        }
        let cell: RowItem | null | undefined;
        if (remember) {
          let key = 0;
          for (let k = 0; k < lines.length; k++) {
            const n = take[k] as number;
            if (n !== 0) key += ((pos[k] as number) * (MAX_LINE_PIECES + 1) + n) * (place[k] as number);
          }
          cell = known.get(key);
          if (cell === undefined) {
            cell = cellTaken(take);
            known.set(key, cell);
          }
        } else cell = cellTaken(take);
        if (!cell || (vanished && !vanished.placed(c, cell))) return;
        for (let k = 0; k < lines.length; k++) pos[k] = (pos[k] as number) + (take[k] as number);
        left -= taken;
        cells.push(cell);
        if (cellChoices(c + 1)) ends = true;
        cells.pop();
        left += taken;
        for (let k = 0; k < lines.length; k++) pos[k] = (pos[k] as number) - (take[k] as number);
        return;
      }
      const avail = (lines[l] as RowItem[]).length - (pos[l] as number);
      // (two pieces of one line in one cell only where the line holds more pieces than the row has cells)
      const most = (lines[l] as RowItem[]).length > ncols ? MAX_LINE_PIECES : 1;
      for (let k = 0; k <= Math.min(most, avail) && taken + k <= MAX_CELL_PIECES; k++) {
        take[l] = k;
        if (k > 0) {
          const q = (lines[l] as RowItem[])[(pos[l] as number) + k - 1] as RowItem;
          let n = 0;
          for (const p of chosen) if (!mayShareCell(p, q)) n++;
          chosen.push(q);
          apartAt.push(n);
          apart += n;
        }
        pick(l + 1, taken + k);
      }
      for (let k = take[l] as number; k > 0; k--) {
        chosen.pop();
        apart -= apartAt.pop() as number;
      }
      take[l] = 0;
    };
    pick(0, 0);
    if (!ends) dead.add(state);
    return ends;
  };
  cellChoices(0);
  return failed ? null : out;
}

/**
 * Characters a cell's joined number may stand left or right of the places its column's numbers
 * take in the table's complete rows (a line's grid shifts a row by a character).
 */
const PLACE_MARGIN = 1;

/** Where a column's numbers start in a table's complete rows: the leftmost and rightmost. */
export interface ColumnPlace {
  /** Leftmost start (character column). */
  readonly min: number;
  /** Rightmost start (character column). */
  readonly max: number;
}

/**
 * Whether a cell's number may stand in a column of place `place` (null: no complete row shows it):
 * its start within {@link PLACE_MARGIN} characters of the place, or the place not known.
 */
export function mayStandAt(place: ColumnPlace | null | undefined, cell: RowItem): boolean {
  const at = cell.token.column;
  return !place || at === undefined || (at >= place.min - PLACE_MARGIN && at <= place.max + PLACE_MARGIN);
}

/**
 * The places of a table's columns from its complete rows (as many numbers as columns, all on one
 * line, placed by position): each column's numbers' starts. Null for a column no complete row shows,
 * and for a column whose place meets a neighbour's (one complete row starts a number where another
 * starts its neighbour column's: each line packed on a grid of its own, as Chromium's narrow cells
 * are, so a start shows no column there). A complete row whose numbers all stand one same gap apart
 * is packed ({@link packedLine}: the first line of a row whose every number wraps, `２ １ ２ ２ ２ １ １`
 * over its other pieces, its starts following the pieces' widths): the table's lines are laid out on
 * grids of their own, and no column has a place (another complete row's starts, roomy as they look,
 * are its own line's grid too).
 */
export function columnPlaces(rows: readonly (readonly RowItem[])[], ncols: number): (ColumnPlace | null)[] {
  const out: (ColumnPlace | null)[] = new Array<ColumnPlace | null>(ncols).fill(null);
  for (const items of rows) {
    const first = items[0];
    if (items.length !== ncols || !first) continue;
    if (!items.every((i) => i.token.kind === 'value' && i.token.column !== undefined && i.token.line === first.token.line)) continue;
    // (a line packed on its own grid shows the table's lines are: no complete row's starts are its columns)
    if (packedLine(items)) return new Array<ColumnPlace | null>(ncols).fill(null);
    items.forEach((i, c) => {
      const at = i.token.column as number;
      const p = out[c];
      out[c] = p ? { min: Math.min(p.min, at), max: Math.max(p.max, at) } : { min: at, max: at };
    });
  }
  const meets = (a: ColumnPlace | null | undefined, b: ColumnPlace | null | undefined): boolean => !!a && !!b && a.max >= b.min;
  return out.map((p, c) => (meets(out[c - 1], p) || meets(p, out[c + 1]) ? null : p));
}

/**
 * Whether the numbers of one line (left to right, placed by position) all stand one same gap apart:
 * packed on the line's own grid (Chromium's narrow cells laid out by `pdftotext -layout`, one space
 * between), so their starts follow their widths, not their columns (as `position-fit.ts`
 * `roomyCompleteRowsNear` reads a complete row).
 */
function packedLine(items: readonly RowItem[]): boolean {
  const gaps = new Set<number>();
  for (let k = 1; k < items.length; k++) {
    const a = (items[k - 1] as RowItem).token;
    gaps.add(((items[k] as RowItem).token.column as number) - ((a.column as number) + (a.end - a.start)));
  }
  return gaps.size < 2;
}

/**
 * Cells of one band at most left blank in a deal of {@link vanishedBlankDeals}: a row of a sparse
 * table prints several cells as nothing (`１ ３ ５ ３ ６` over `７ ４ ３ ９`: 17, 14, 5, two blanks,
 * 33, 69), and the pieces of its numbers also deal, with no blank, into seven cells that add up (7,
 * 1, 4, 1, 53, 3, 69): only the deals with both blanks show the row is not decided.
 */
const MAX_VANISHED_BLANKS = 2;

/** What {@link vanishedBlankDeals} may try, where its caller bounds it. */
export interface BlankDealsLimit {
  /** One budget for every set of blank cells tried (a band no full deal reads: the row's own budget, not one per set). */
  readonly budget?: WorkBudget;
  /** The sets of blank cells tried, as keys (`1,4`: ascending, comma-separated); the others are not. */
  readonly blanks?: ReadonlySet<string>;
}

/** The sets of `k` cells of `0 … n-1` (each ascending), smallest first. */
function cellSets(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (const rest of cellSets(n, k - 1)) for (let c = (rest[rest.length - 1] ?? -1) + 1; c < n; c++) out.push(rest.concat([c]));
  return out;
}

/**
 * The deals of a band with cells left blank (blanks printed as nothing: one, up to
 * {@link MAX_VANISHED_BLANKS}), among every cell but the total, that meet the evidence of
 * {@link wrappedCellReadings} and `accept`, each other cell's number standing under its column's
 * place (`places`; a column no complete row shows is open). Readings beside the band's full deals:
 * where one also keeps the table's equations, the deal is not decided; a band no full deal reads is
 * read by these alone. `within`: one budget for every set of blank cells (else each set has its own
 * {@link WRAPPED_ROW_WORK}) and the sets tried. Null where a deal's budget ran out.
 */
export function vanishedBlankDeals(
  items: readonly RowItem[],
  ncols: number,
  accept: (values: (number | null)[]) => boolean,
  places: readonly (ColumnPlace | null)[],
  within?: BlankDealsLimit,
): RowItem[][] | null {
  const placed = (column: number, cell: RowItem): boolean => mayStandAt(places[column], cell);
  const out: RowItem[][] = [];
  for (let k = 1; k <= MAX_VANISHED_BLANKS; k++)
    for (const at of cellSets(ncols - 1, k)) {
      if (within?.blanks && !within.blanks.has(at.join(','))) continue;
      const deals = wrappedCellReadings(items, ncols, accept, within?.budget ?? new WorkBudget(WRAPPED_ROW_WORK), {
        at: new Set(at),
        placed,
      });
      if (deals === null) return null;
      for (const d of deals) out.push(d);
    }
  return out;
}
