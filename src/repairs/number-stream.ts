/**
 * Repair: a table's row labels printed first and its numbers after them, as one stream (plain
 * `pdftotext` of a Chromium print: the labels of most rows one after another, then the numbers in
 * lines of one to four, a row's cells, or a column's, at a time). Segmentation then gives the last
 * label all the numbers and leaves the others empty, and the table reads mostly `missing`.
 *
 * The evidence is the template and its arithmetic, not the order the labels were printed in. The
 * stream is every cell the table's region holds (numbers and blank markers, in source order); it
 * is read only where it holds exactly as many cells as the template's data rows have (no blank
 * vanished, no stray number). Two divisions are tried: row by row (the first `ncols` cells are the
 * first data row's, in column order) and column by column (the first `rows` cells are the first
 * column's, in row order). A division fits when every equation of the table
 * (`template/relations.ts`, by the one evaluator `template/arithmetic.ts`) holds or cannot be
 * evaluated (a blank total), at least one row sum and one column equation holding. One division
 * fitting: its cells are read. Both: the reader states the cells they agree on and leaves the
 * others `ambiguous` with both candidates. None: nothing is decided (the table stays as read).
 *
 * The work is one pass over the cells and the equations per division (no search): linear in the
 * table, and bounded by {@link MAX_STREAM_CELLS}. The repair decides; the reader applies the
 * decision and names every cell it states by a warning (`values-after-labels`).
 */
import type { Placement } from '../tables/placement.js';
import type { BlankToken, TableToken, ValueToken } from '../tables/tokens.js';
import type { TableRelation } from '../template/relations.js';
import { readingFit, relationStatus, readingsKept, type Operand, type ReadingFit } from '../template/arithmetic.js';

/** A cell of the stream: a number or a blank marker. */
export type StreamCell = ValueToken | BlankToken;

/**
 * How the stream divides into the table's cells: row by row, column by column, row by row with
 * some numbers cut in two (`cut-stream.ts`), row by row with some rows' first cells apart
 * (`side-stream.ts`), row by row with one run of a row's cells printed later (`moved-run.ts`) or several
 * short runs (`deferred-runs.ts`), or cells printed later one by one beside labels (`label-flow-cells.ts`), or in
 * column blocks a band of rows at a time (`banded-stream.ts`), or in blocks each beginning at the first
 * cell not yet printed (`block-fill-stream.ts`).
 */
export type StreamOrder = 'rows' | 'columns' | 'rows-cut' | 'rows-apart' | 'rows-moved' | 'rows-label-flow' | 'column-blocks' | 'blocks';

/** The most cells a stream may hold (a table of the template holds far fewer): the work stays bounded. */
export const MAX_STREAM_CELLS = 1000;

/** What the repair decided. */
export interface NumberStreamDecision {
  /** The repair. */
  repair: 'number-stream';
  /** The divisions that keep the table's equations (one or two), each with its cells by data row, in column order. */
  readings: { order: StreamOrder; rows: StreamCell[][] }[];
}

/**
 * The cells of a table region in source order: its numbers and blank markers. Null when a value is
 * not a plain number (a percentage, text) or may hold several cells run together (digits `glued`
 * to a label, a run whose end is unproven; one glued digit is one cell): such a stream is not read
 * by count. `admitGlued`: glued numbers are cells too (for a reading that may cut them, `cut-stream.ts`).
 */
export function streamCells(tokens: readonly TableToken[], admitGlued = false): StreamCell[] | null {
  const cells: StreamCell[] = [];
  for (const t of tokens) {
    if (t.kind === 'blank') {
      if (t.uncertain === true) return null;
      cells.push(t);
    } else if (t.kind === 'value') {
      if (t.content.kind !== 'number' || (t.glued === true && t.raw.length > 1 && !admitGlued) || t.endUnproven === true) return null;
      cells.push(t);
    }
    if (cells.length > MAX_STREAM_CELLS) return null;
  }
  return cells;
}

/** The stream divided by `order` into `rows` rows of `ncols` cells. */
function divide(cells: readonly StreamCell[], rows: number, ncols: number, order: StreamOrder): StreamCell[][] {
  const out: StreamCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: StreamCell[] = [];
    for (let c = 0; c < ncols; c++) row.push(cells[order === 'rows' ? r * ncols + c : c * rows + r] as StreamCell);
    out.push(row);
  }
  return out;
}

/**
 * The row sums of a table of `rows` data rows, by data row: each row's equations whose cells are
 * all in it (`cellAt`: an equation's address to its data row and column).
 */
export function rowRelationsOf(
  rows: number,
  cellAt: (address: string) => { row: number; column: number } | null,
  relations: readonly TableRelation[],
): TableRelation[][] {
  const out: TableRelation[][] = Array.from({ length: rows }, () => []);
  for (const rel of relations) {
    if (rel.column !== undefined) continue;
    const at = [...rel.left, ...rel.right].map(cellAt);
    const first = at[0];
    if (first && at.every((x) => x !== null && x.row === first.row)) out[first.row]?.push(rel);
  }
  return out;
}

/**
 * An equation operand lookup over a division: the value or blank of the cell an address names,
 * null where the address is not a cell of the table or the division has no cell there.
 */
export function divisionLookup(
  division: readonly (readonly StreamCell[])[],
  cellAt: (address: string) => { row: number; column: number } | null,
): (address: string) => Operand {
  return (address) => {
    const at = cellAt(address);
    const t = at ? division[at.row]?.[at.column] : undefined;
    if (!t) return null;
    return t.kind === 'blank' ? 'blank' : t.content.value;
  };
}

/**
 * Whether a division keeps the table's equations: none fails, and at least one row equation and
 * one column equation hold (a division no equation can test is no evidence).
 */
export function streamDivisionFits(
  division: readonly (readonly StreamCell[])[],
  cellAt: (address: string) => { row: number; column: number } | null,
  relations: readonly TableRelation[],
  blankAsZero: (address: string) => boolean,
): boolean {
  const lookup = divisionLookup(division, cellAt);
  let rowHolds = 0;
  let columnHolds = 0;
  for (const rel of relations) {
    const status = relationStatus(rel, lookup, blankAsZero);
    if (status === 'fails') return false;
    if (status !== 'holds') continue;
    if (rel.column === undefined) rowHolds++;
    else columnHolds++;
  }
  return rowHolds > 0 && columnHolds > 0;
}

/**
 * How a division stands to the table's equations ({@link ReadingFit}): `refuted` where it does not
 * fit ({@link streamDivisionFits}), `unchecked` where a row equation is left unknown by a blank the
 * division placed (`placed`: a blank whose cell another division of the stream would change; a
 * blank total: in a report that does not add up, a blank moved into a total makes the arithmetic
 * look whole), `confirmed` otherwise. A blank where the text's own order puts it, whatever the
 * division, is no choice of the division's. A repair keeps divisions by {@link readingsKept}.
 */
export function divisionFit(
  division: readonly (readonly StreamCell[])[],
  cellAt: (address: string) => { row: number; column: number } | null,
  relations: readonly TableRelation[],
  blankAsZero: (address: string) => boolean,
  placed: (blank: StreamCell) => boolean = () => true,
): ReadingFit {
  if (!streamDivisionFits(division, cellAt, relations, blankAsZero)) return 'refuted';
  const tokenAt = (address: string): StreamCell | undefined => {
    const at = cellAt(address);
    return at ? division[at.row]?.[at.column] : undefined;
  };
  const placesBlank = (rel: TableRelation): boolean =>
    [...rel.left, ...rel.right].some((a) => {
      const t = tokenAt(a);
      return t !== undefined && t.kind === 'blank' && placed(t);
    });
  const rowRelations = relations.filter((rel) => rel.column === undefined && placesBlank(rel));
  return readingFit(rowRelations, divisionLookup(division, cellAt), blankAsZero);
}

/**
 * The division a walk over a grid of stream cells reads: row by row, `grid[r * ncols + c]` the index
 * into `cells` of the cell at row `r`, column `c` (every place filled).
 */
export function divisionOfGrid(grid: ArrayLike<number>, cells: readonly StreamCell[], rows: number, ncols: number): StreamCell[][] {
  const division: StreamCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: StreamCell[] = [];
    for (let c = 0; c < ncols; c++) row.push(cells[grid[r * ncols + c] as number] as StreamCell);
    division.push(row);
  }
  return division;
}

/**
 * Whether division `b` gives every cell of division `a` the same value or blank (a cell `b` lacks or
 * leaves null differs). Stream repairs use it to keep one copy of a reading several ways of dividing
 * the stream arrive at.
 */
export function sameDivision(a: readonly (readonly StreamCell[])[], b: readonly (readonly (StreamCell | null)[])[]): boolean {
  return a.every((row, i) =>
    row.every((t, j) => {
      const o = b[i]?.[j];
      return !!o && (t.kind === 'blank' ? o.kind === 'blank' : o.kind === 'value' && o.content.value === t.content.value);
    }),
  );
}

/** The readings a stream repair keeps of those `fit` judges ({@link readingsKept}; empty: none). */
export function keptDivisions<T>(readings: readonly T[], fit: (reading: T) => ReadingFit): T[] {
  const kept = readingsKept(readings.map(fit));
  return kept ? kept.map((i) => readings[i] as T) : [];
}

/**
 * A decision over a table's stream: its `cells`, the table's `rows` data rows and `ncols` columns,
 * `cellAt` (an equation's address to its data row and column; null: not a cell of the table), the
 * table's equations `relations`, and how a blank counts in them.
 */
export type StreamDecider = (
  cells: readonly StreamCell[],
  rows: number,
  ncols: number,
  cellAt: (address: string) => { row: number; column: number } | null,
  relations: readonly TableRelation[],
  blankAsZero: (address: string) => boolean,
) => NumberStreamDecision | null;

/**
 * Decides the repair for the stream `cells` of a table of `rows` data rows and `ncols` columns:
 * `cellAt` maps an equation's address to its data row and column (null: not a cell of the table),
 * `relations` are the table's equations. Null when the count differs or no division fits.
 */
export const decideNumberStream: StreamDecider = (cells, rows, ncols, cellAt, relations, blankAsZero) => {
  if (rows < 2 || ncols < 2 || cells.length !== rows * ncols) return null;
  const readings: NumberStreamDecision['readings'] = [];
  for (const order of ['rows', 'columns'] as const) readings.push({ order, rows: divide(cells, rows, ncols, order) });
  // (read by rows, every cell stands where the text's order puts it: the division places no blank)
  const kept = keptDivisions(readings, (r) => divisionFit(r.rows, cellAt, relations, blankAsZero, () => r.order !== 'rows'));
  return kept.length > 0 ? { repair: 'number-stream', readings: kept } : null;
};

/** A cell as the table was read without the repair: a number, a blank, or `null` (not stated). */
export type ReadCell = number | 'blank' | null;

/** The cells the repair states, by data row, in column order, and the divisions they rest on. */
export interface StreamPlacement {
  /** The divisions kept (one: read; two: the cells they disagree on are ambiguous). */
  orders: StreamOrder[];
  /** Each data row's placements, in column order. */
  rows: Placement[][];
}

function sameCell(a: StreamCell, b: StreamCell): boolean {
  return a.kind === 'blank' ? b.kind === 'blank' : b.kind === 'value' && a.content.value === b.content.value;
}

function agrees(t: StreamCell, was: ReadCell): boolean {
  return was === null || (was === 'blank' ? t.kind === 'blank' : t.kind === 'value' && t.content.value === was);
}

/**
 * Whether a placement keeps the readings other repairs left open: every cell the table as read left
 * `ambiguous` between two numbers or more (`candidatesOf`: another repair's readings of the text, such as
 * two rows' alternating lines dealt either way, or a band of pieces either row's) is placed `ambiguous`
 * with each of those numbers among its candidates. A placement stating one of them, a blank, or another
 * number chose between readings on its own premise alone, which the other repair's evidence puts in
 * doubt: it is not applied.
 */
export function keepsReadCandidates(
  placed: StreamPlacement,
  candidatesOf: (row: number, column: number) => readonly number[] | null,
): boolean {
  return placed.rows.every((row, i) =>
    row.every((p, j) => {
      const open = candidatesOf(i, j);
      if (!open || open.length < 2) return true;
      return p.status === 'ambiguous' && open.every((v) => p.candidates.includes(v));
    }),
  );
}

/**
 * The placements of a decision, keeping only the divisions that agree with every cell the table
 * stated without the repair (`readAs`: a row read by its label is evidence a division must keep).
 * Null when no division agrees. Cells the kept divisions disagree on are `ambiguous` with the
 * numbers they give (a blank is no candidate).
 */
export function placeStream(decision: NumberStreamDecision, readAs: (row: number, column: number) => ReadCell): StreamPlacement | null {
  const kept = decision.readings.filter((r) => r.rows.every((row, i) => row.every((t, j) => agrees(t, readAs(i, j)))));
  const [first] = kept;
  if (!first) return null;
  const rows = first.rows.map((row, i) =>
    row.map((t, j): Placement => {
      const all = kept.map((k) => k.rows[i]?.[j] as StreamCell);
      if (all.every((o) => sameCell(o, t))) return t.kind === 'blank' ? { status: 'blank', token: t } : { status: 'value', token: t };
      const tokens: ValueToken[] = [];
      for (const o of all) if (o.kind === 'value' && !tokens.some((x) => x.content.value === o.content.value)) tokens.push(o);
      return { status: 'ambiguous', candidates: tokens.map((x) => x.content.value), tokens };
    }),
  );
  const orders: StreamOrder[] = [];
  for (const k of kept) if (!orders.includes(k.order)) orders.push(k.order);
  return { orders, rows };
}
