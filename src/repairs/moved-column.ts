/**
 * Repair check after table 三 is read (adds diagnostics only): a column the text printed out of the
 * header's order. Chromium's PDF with a running header, through `pdftotext -layout`, may set one
 * column's cells at the right edge of the rows printed under the header (probe seed 501 p04: every
 * such row reads …其他, 总计, 法律服务机构): the reader places the numbers by their order, so each row
 * is one column off from the header's order, and a row of blanks and zeros still keeps its sum.
 *
 * The evidence is the arithmetic. A row read whole whose sum fails as read (every candidate of its
 * ambiguous cells tried) but holds when one of its parts is read as printed after the total (the
 * total read as the row's sixth number) shows the text's order differs from the header's. The row
 * sum sees only where the total stands, not which part was moved: each part moved after the total is
 * a possible order. Only that move is tried, the one seen: a total read at any other place fits a row
 * misread otherwise by chance far more often (seeds 472–511: a wrapped total's digits, a row of
 * positional candidates), and the rows whose sums fail for such reasons keep no common order.
 *
 * Where found, a row cannot tell its own order unless its sum holds as read, with a total above 0, and
 * holds in no possible order: rows of blanks and zeros, rows with cells not read cannot. Their stated
 * cells that another possible order would change are named (the evidence rows' too); values stay as
 * read. Nothing is re-read: the move seen (probe 501 p04, 508 p03) hits only the rows printed under a
 * page's running header, never the whole table, so the table's own rows contradict any one order
 * for all of them, and the row sums cannot tell which part was moved.
 */
import type { Operand } from '../template/arithmetic.js';

/** One cell of a row as read: a number, a blank, the candidates of an ambiguous cell, or not read (null). */
export type MovedColumnCell = number | 'blank' | { candidates: readonly number[] } | null;

/** One row of table 三 as read: its address prefix and its cells in the header's order (the total last). */
export interface MovedColumnRow {
  /** The row's address (`t3.results.granted`). */
  row: string;
  /** The cells, header order, the total last. */
  cells: readonly MovedColumnCell[];
  /** The cells' addresses, the same order. */
  addresses: readonly string[];
}

/** What the check found: the printed place of the total, the rows that show it, the cells named. */
export interface MovedColumnFinding {
  /** Where the total stands in the printed order (0-based: the last but one). */
  totalAt: number;
  /** The rows whose sums fail as read and hold in that order. */
  evidence: string[];
  /** The stated cells another possible order would change, rows that cannot tell their order by themselves. */
  addresses: string[];
}

/**
 * The most combinations of an evidence row's ambiguous cells tried (each cell's candidates and a
 * blank); a row with more tells nothing.
 */
export const MAX_ROW_COMBINATIONS = 1024;

/**
 * The evidence rows needed. One is enough to name cells: the finding only names (values stay), a
 * row sum failing as read is already a contradiction of the header's order, and a reading with one
 * column moved that keeps it exactly is what names the cells the move would change.
 */
export const MIN_EVIDENCE_ROWS = 1;

/** A printed order: `order[i]` the header column printed at place `i`. */
type Order = readonly number[];

/** The orders of `n` columns (the total last) with one part printed after the total, one per part. */
function partsAfterTotal(n: number): Order[] {
  const out: Order[] = [];
  for (let moved = 0; moved < n - 1; moved++) {
    const order: number[] = [];
    for (let c = 0; c < n; c++) if (c !== moved) order.push(c);
    order.push(moved);
    out.push(order);
  }
  return out;
}

/** The choices of a cell in a sum: its value, a blank, an ambiguous cell's candidates and a blank; null if not read. */
function choicesOf(cell: MovedColumnCell): Operand[] | null {
  if (cell === null) return null;
  if (typeof cell === 'number' || cell === 'blank') return [cell];
  const out: Operand[] = cell.candidates.slice();
  out.push('blank');
  return out;
}

/** The row sum of `values` (header order, the total last): a blank part counts 0, a blank total checks nothing. */
function sumStatus(values: readonly Operand[]): 'holds' | 'fails' | 'unknown' {
  const total = values[values.length - 1];
  if (typeof total !== 'number') return 'unknown';
  let sum = 0;
  for (let c = 0; c < values.length - 1; c++) {
    const v = values[c];
    if (typeof v === 'number') sum += v;
    else if (v !== 'blank') return 'unknown';
  }
  return Math.abs(Math.round(sum * 1e6) / 1e6 - total) < 1e-9 ? 'holds' : 'fails';
}

/** The row's values read in `order` (the cell at place `i` is header column `order[i]`). */
function inOrder(printed: readonly Operand[], order: Order): Operand[] {
  const out: Operand[] = new Array<Operand>(printed.length).fill(null);
  for (let i = 0; i < order.length; i++) out[order[i] as number] = printed[i] ?? null;
  return out;
}

/**
 * The place each header column is printed at, where `order` puts each of `n` places at a column of
 * its own (every order this module tries on a row of `n` cells); null otherwise.
 */
function placesOf(order: Order, n: number): Int32Array | null {
  if (order.length !== n) return null;
  const at = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = order[i] as number;
    if (!Number.isInteger(c) || c < 0 || c >= n || (at[c] as number) >= 0) return null;
    at[c] = i;
  }
  return at;
}

/** {@link sumStatus} of `inOrder(printed, order)`, read through `at` ({@link placesOf}) without building the row. */
function sumStatusAt(printed: readonly Operand[], at: Int32Array): 'holds' | 'fails' | 'unknown' {
  const n = at.length;
  const total = printed[at[n - 1] as number] ?? null;
  if (typeof total !== 'number') return 'unknown';
  let sum = 0;
  for (let c = 0; c < n - 1; c++) {
    const v = printed[at[c] as number] ?? null;
    if (typeof v === 'number') sum += v;
    else if (v !== 'blank') return 'unknown';
  }
  return Math.abs(Math.round(sum * 1e6) / 1e6 - total) < 1e-9 ? 'holds' : 'fails';
}

/** The sum's outcomes over every combination of a row's choices in `order`: whether any holds (one with a total above 0), and whether all fail. */
function outcomes(
  choices: readonly (readonly Operand[])[],
  order: Order,
): { someHolds: boolean; holdsAboveZero: boolean; allFail: boolean } {
  let someHolds = false;
  let holdsAboveZero = false;
  let allFail = true;
  const pick: Operand[] = new Array<Operand>(choices.length).fill(null);
  // (a leaf reads the row through the places of a one-to-one order: no row built per combination)
  const at = placesOf(order, choices.length);
  const walk = (c: number): void => {
    if (c === choices.length) {
      let s: 'holds' | 'fails' | 'unknown';
      let total: Operand | undefined;
      if (at !== null) {
        s = sumStatusAt(pick, at);
        if (s === 'holds') total = pick[at[at.length - 1] as number] ?? null;
      } else {
        const values = inOrder(pick, order);
        s = sumStatus(values);
        total = values[values.length - 1];
      }
      if (s === 'holds') {
        someHolds = true;
        if (typeof total === 'number' && total > 0) holdsAboveZero = true;
      }
      if (s !== 'fails') allFail = false;
      return;
    }
    const options = choices[c] as readonly Operand[];
    for (let i = 0; i < options.length; i++) {
      pick[c] = options[i] as Operand;
      walk(c + 1);
    }
  };
  walk(0);
  return { someHolds, holdsAboveZero, allFail };
}

/** Whether every cell of a row is a number or a blank (no ambiguous cell, none unread). */
function statedOnly(cells: readonly MovedColumnCell[]): boolean {
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (typeof cell !== 'number' && cell !== 'blank') return false;
  }
  return true;
}

/** The combinations of a row's choices, or null when a cell was not read or they are too many. */
function rowChoices(row: MovedColumnRow): Operand[][] | null {
  const out: Operand[][] = [];
  let count = 1;
  for (const cell of row.cells) {
    const ch = choicesOf(cell);
    if (ch === null) return null;
    count *= ch.length;
    if (count > MAX_ROW_COMBINATIONS) return null;
    out.push(ch);
  }
  return out;
}

/** Two cells as read the same (numbers, blanks; an ambiguous or unread cell equals nothing). */
function sameCell(a: MovedColumnCell, b: MovedColumnCell): boolean {
  return (typeof a === 'number' || a === 'blank') && a === b;
}

/**
 * Table 三's column-order check over its rows as read (see the module comment): null where no row's
 * sum fails as read and holds with a part moved after the total.
 */
export function movedColumn(rows: readonly MovedColumnRow[]): MovedColumnFinding | null {
  const n = rows[0]?.cells.length ?? 0;
  if (n < 3) return null;
  const identity: Order = Array.from({ length: n }, (_, i) => i);
  const moves = partsAfterTotal(n);
  // (the row sum sees only where the total stands: every part moved after it keeps the same rows.
  // A row of numbers and blanks alone has one combination, the row as read: its sum failing as read is
  // `outcomes(…, identity).allFail`, asked without the walk; the choices are made only past that test)
  const evidence: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as MovedColumnRow;
    if (row.cells.length === n && statedOnly(row.cells) && sumStatus(row.cells as readonly Operand[]) !== 'fails') continue;
    const ch = rowChoices(row);
    if (ch && outcomes(ch, identity).allFail && outcomes(ch, moves[0] as Order).someHolds) evidence.push(row.row);
  }
  if (evidence.length < MIN_EVIDENCE_ROWS) return null;
  const choices = rows.map(rowChoices);
  const orders = moves;
  const addresses: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as MovedColumnRow;
    const ch = choices[r];
    // (a row whose sum holds as read with a total above 0, and holds in no possible order, tells its
    // order itself: a total the moved reading leaves blank checks nothing, but the sum as read is exact)
    if (ch && outcomes(ch, identity).holdsAboveZero && !orders.some((o) => outcomes(ch, o).someHolds)) continue;
    for (let c = 0; c < n; c++) {
      const cell = row.cells[c] ?? null;
      if (cell === null || typeof cell === 'object') continue;
      const changed = orders.some((o) => !sameCell(cell, row.cells[o.indexOf(c)] ?? null));
      if (changed) addresses.push(row.addresses[c] as string);
    }
  }
  return { totalAt: n - 2, evidence, addresses };
}
