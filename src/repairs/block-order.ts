/**
 * Repair check: the order of a row's cells in a block stream (`block-stream.ts`). Plain `pdftotext`
 * writes each cell, or each run of adjacent cells, as a block of its own, in an order of the tool's
 * own: a row printed over several blocks may come out with its blocks in another order than the
 * page's (`2 / 6 / 3 / 6 / 5 / 8 30` for the page's `2 6 5 6 3 8 30`), and its row sum still holds.
 * Inside one block (one line) the numbers keep the page's left-to-right order.
 *
 * So a row stated from several blocks is stated by reading order unless evidence confirms it. The
 * evidence is the table's arithmetic (`template/relations.ts`, evaluated by `template/arithmetic.ts`)
 * over the rows already trusted: a row printed in one block, a row whose cells are all the same
 * number, and every row confirmed before it. Every order of the row's blocks is tried (depth first,
 * bounded by the table's work budget); an order is rejected when an equation whose cells are all
 * trusted or in the row fails. When the stated order is the only arrangement of values that passes,
 * the row is confirmed and joins the trusted rows (so one confirmed row can confirm the next).
 * Otherwise the cells on which the passing orders (or, when the stated order fails, all orders of
 * its blocks) disagree are returned with the values they could hold: the reader flags them, never
 * states them silently.
 *
 * The repair decides; it never changes a cell.
 */
import { indexRelation, operandsStatus, type IndexedRelation, type Operand } from '../template/arithmetic.js';
import type { TableRelation } from '../template/relations.js';
import type { WorkBudget } from '../tables/budget.js';
import type { Placement, RowPlacement } from '../tables/placement.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { TABLE_NAMES } from '../template/table-names.js';

/**
 * Passing arrangements of one row kept before the search stops: far more than any real row has
 * (a row of seven lone numbers has at most 5,040 orders), and enough to tell which cells vary.
 */
const MAX_ARRANGEMENTS = 256;

/** Units of the work budget one partial order of blocks costs (as a partial order of value runs). */
const ORDER_STEP_COST = 10;

/** One row of a block-stream table, as placed. */
export interface BlockOrderRow {
  /** The row's address prefix (`t3.carriedOver`). */
  row: string;
  /** The cell addresses, in column order. */
  addresses: readonly string[];
  /** The placement of each column (same order). */
  columns: readonly Placement[];
}

/** Cells of one row whose order the evidence does not confirm. */
export interface BlockOrderDecision {
  /** The repair. */
  repair: 'block-order';
  /** The row's address prefix. */
  row: string;
  /** The cells whose stated value another order of the row's blocks could change. */
  addresses: string[];
  /** For each of `addresses`: the values that cell holds in some arrangement that passes (the stated one first). */
  candidates: number[][];
  /** Why: `other-orders` (another arrangement passes), `stated-fails` (the stated order breaks an equation), `exhausted` (the budget ran out). */
  why: 'other-orders' | 'stated-fails' | 'exhausted';
}

interface Block {
  /** Column indices of the block's cells (consecutive). */
  cols: number[];
  /** Their values ('blank' for a blank cell). */
  values: Operand[];
}

/**
 * Decides which rows of a block-stream table have a confirmed cell order (see the module comment);
 * returns a decision for each row that does not. `blankAsZero` says which blank cells count as 0.
 */
export function decideBlockOrder(
  rows: readonly BlockOrderRow[],
  relations: readonly TableRelation[],
  blankAsZero: (address: string) => boolean,
  budget: WorkBudget,
): BlockOrderDecision[] {
  const stated = new Map<string, Operand>();
  const trusted = new Set<string>();
  const pending: { row: BlockOrderRow; blocks: Block[] }[] = [];
  for (const row of rows) {
    row.columns.forEach((p, j) => {
      const a = row.addresses[j] as string;
      if (p.status === 'value') stated.set(a, p.token.content.value);
      else if (p.status === 'blank') stated.set(a, 'blank');
    });
    const blocks = blocksOf(row);
    if (blocks.length < 2 || uniform(blocks)) row.addresses.forEach((a) => trusted.add(a));
    else pending.push({ row, blocks });
  }
  const relationsOf = relationsByCell(relations);
  // Each pending row's equations (in the order of its cells), with each equation's cells once
  // listed; the trusted cells change only when a row is confirmed, so the judges of a row are
  // counted from these lists without rebuilding them on every pass.
  const cellsOf = new Map<TableRelation, readonly string[]>();
  const candidatesOf = new Map<BlockOrderRow, TableRelation[]>();
  for (const { row } of pending) {
    const list: TableRelation[] = [];
    for (const a of row.addresses)
      for (const rel of relationsOf.get(a) ?? [])
        if (!list.includes(rel)) {
          list.push(rel);
          if (!cellsOf.has(rel)) cellsOf.set(rel, [...rel.left, ...rel.right]);
        }
    candidatesOf.set(row, list);
  }
  // Rows are confirmed one by one against the trusted cells until none more is. A row is searched
  // again only when more equations can judge it (trusted cells only grow, so the same number of
  // judges is the same judges, and the same search).
  // (a row's decision is written out only for the search that stands: a later pass may search it again)
  const outcome = new Map<BlockOrderRow, () => BlockOrderDecision>();
  const judgedBy = new Map<BlockOrderRow, number>();
  let progress = true;
  while (progress && pending.length > 0) {
    progress = false;
    for (let i = 0; i < pending.length; i++) {
      const { row, blocks } = pending[i] as { row: BlockOrderRow; blocks: Block[] };
      const judges = judgesOf(row, candidatesOf.get(row) as TableRelation[], cellsOf, trusted);
      if (judgedBy.get(row) === judges.length) continue;
      judgedBy.set(row, judges.length);
      const result = searchOrders(row, blocks, judges, stated, blankAsZero, budget);
      if (result === 'confirmed') {
        row.addresses.forEach((a) => trusted.add(a));
        outcome.delete(row);
        pending.splice(i--, 1);
        progress = true;
      } else outcome.set(row, result);
    }
  }
  return pending.map(({ row }) => (outcome.get(row) as () => BlockOrderDecision)());
}

/** Each cell's equations, per list of equations (a table's list is one constant: indexed once). */
const RELATIONS_BY_CELL = new WeakMap<readonly TableRelation[], ReadonlyMap<string, TableRelation[]>>();
function relationsByCell(relations: readonly TableRelation[]): ReadonlyMap<string, TableRelation[]> {
  const relationsOf = RELATIONS_BY_CELL.get(relations);
  if (relationsOf) return relationsOf;
  const index = new Map<string, TableRelation[]>();
  for (const rel of relations)
    for (const a of [...rel.left, ...rel.right]) {
      const list = index.get(a) ?? [];
      if (!list.includes(rel)) list.push(rel);
      index.set(a, list);
    }
  RELATIONS_BY_CELL.set(relations, index);
  return index;
}

/** The row's stated cells grouped into blocks: consecutive columns whose numbers stand on one line. */
function blocksOf(row: BlockOrderRow): Block[] {
  const blocks: Block[] = [];
  let line: number | null = null;
  row.columns.forEach((p, j) => {
    if (p.status !== 'value' && p.status !== 'blank') {
      line = null;
      return;
    }
    const value: Operand = p.status === 'value' ? p.token.content.value : 'blank';
    const last = blocks[blocks.length - 1];
    if (last && line === p.token.line && last.cols[last.cols.length - 1] === j - 1) {
      last.cols.push(j);
      last.values.push(value);
    } else blocks.push({ cols: [j], values: [value] });
    line = p.token.line;
  });
  return blocks;
}

/** Every stated cell holds the same value: no order changes the row. */
function uniform(blocks: readonly Block[]): boolean {
  const first = blocks[0]?.values[0];
  return blocks.every((b) => b.values.every((v) => v === first));
}

/**
 * The operand of a cell of a row's search vector: the row's cells being tried (undefined: not filled,
 * unknown), then the stated cells outside the row its equations read (constant during the search).
 */
function trialOperand(o: Operand | undefined): Operand {
  return o ?? null;
}

/** The equations that can judge a row (of its `candidates`, in their order): every cell of theirs trusted or the row's own. */
function judgesOf(
  row: BlockOrderRow,
  candidates: readonly TableRelation[],
  cellsOf: ReadonlyMap<TableRelation, readonly string[]>,
  trusted: ReadonlySet<string>,
): TableRelation[] {
  const judges: TableRelation[] = [];
  for (const rel of candidates)
    if ((cellsOf.get(rel) as readonly string[]).every((c) => trusted.has(c) || row.addresses.includes(c))) judges.push(rel);
  return judges;
}

/**
 * Tries every order of the row's blocks over the columns the row states (in column order; a row
 * with missing cells keeps those columns missing).
 */
function searchOrders(
  row: BlockOrderRow,
  blocks: readonly Block[],
  judges: readonly TableRelation[],
  stated: ReadonlyMap<string, Operand>,
  blankAsZero: (address: string) => boolean,
  budget: WorkBudget,
): (() => BlockOrderDecision) | 'confirmed' {
  const statedValues = row.addresses.map((a) => stated.get(a) ?? null);
  // With the budget already spent, the search's first step (there always is one: a searched row has
  // two blocks or more) finds it so, and every order of the blocks counts.
  if (budget.exhausted) {
    budget.spend(ORDER_STEP_COST);
    return () => undecided(row, blocks, statedValues, null, 'exhausted');
  }
  const own = new Map(row.addresses.map((a, j) => [a, j]));
  const width = row.addresses.length;
  // The cells of the row being tried, by column (undefined: not filled), then the stated cells
  // outside the row that its equations read (each once, after the row's: constant in the search).
  const trial: (Operand | undefined)[] = row.addresses.map(() => undefined);
  const outside = new Map<string, number>();
  const indexOf = (a: string): number => {
    const j = own.get(a) ?? outside.get(a);
    if (j !== undefined) return j;
    outside.set(a, trial.length);
    trial.push(stated.get(a) ?? null);
    return trial.length - 1;
  };
  // The stated columns in order, filled by the blocks in every order (a block keeps its own order).
  const positions = blocks.flatMap((b) => b.cols);
  // Each equation is judged as soon as the columns are filled up to its last cell of this row: its
  // cells keep their values in every longer order, so an order that breaks it is not extended (an
  // equation with a cell of this row no block fills stays unknown, and never fails).
  const filledAt = new Map(positions.map((c, at) => [row.addresses[c] as string, at]));
  const judgedAt: IndexedRelation[][] = positions.map(() => []);
  for (const rel of judges) {
    let last = -1;
    for (const c of [...rel.left, ...rel.right]) if (own.has(c)) last = Math.max(last, filledAt.get(c) ?? Number.POSITIVE_INFINITY);
    if (last < positions.length) (judgedAt[last] as IndexedRelation[]).push(indexRelation(rel, indexOf, blankAsZero));
  }
  const breaks = (from: number, to: number): boolean => {
    for (let at = from; at < to; at++)
      for (const rel of judgedAt[at] as IndexedRelation[])
        if (operandsStatus<Operand | undefined>(rel, trial, trialOperand) === 'fails') return true;
    return false;
  };
  // Blocks with the same values are interchangeable: only the first unused one is tried at a place
  // (a block is skipped while an earlier unused block has its values). Blocks of one set of values
  // are so always used from the first on: an earlier one is unused exactly when the one just
  // before it (`sameBefore`, −1 for none) is.
  const blockKeys = blocks.map((b) => b.values.map(String).join(','));
  const sameBefore = blockKeys.map((k, b) => (b === 0 ? -1 : blockKeys.lastIndexOf(k, b - 1)));
  const arrangements = new Map<string, Operand[]>();
  const used = new Array<boolean>(blocks.length).fill(false);
  let exhausted = false;
  const place = (at: number): void => {
    if (exhausted || arrangements.size >= MAX_ARRANGEMENTS) return;
    if (at === positions.length) {
      // (an arrangement found before by another order of equal blocks is not copied again)
      const key = keyOf(trial, width);
      if (!arrangements.has(key))
        arrangements.set(
          key,
          trial.slice(0, width).map((v) => v ?? null),
        );
      return;
    }
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b] as Block;
      const before = sameBefore[b] as number;
      if (used[b] || (before >= 0 && !used[before])) continue;
      if (!budget.spend(ORDER_STEP_COST)) {
        exhausted = true;
        return;
      }
      used[b] = true;
      const next = at + block.values.length;
      for (let k = 0; k < block.values.length; k++) trial[positions[at + k] as number] = block.values[k];
      if (!breaks(at, next)) place(next);
      for (let k = 0; k < block.values.length; k++) trial[positions[at + k] as number] = undefined;
      used[b] = false;
    }
  };
  place(0);
  const statedPasses = arrangements.has(keyOf(statedValues, width));
  if (!exhausted && statedPasses && arrangements.size === 1) return 'confirmed';
  // Which cells vary: over the passing arrangements, or over every order when the stated one fails.
  if (statedPasses && !exhausted)
    return () => undecided(row, blocks, statedValues, [...arrangements.values()], 'other-orders', blankAsZero);
  const why = exhausted ? 'exhausted' : 'stated-fails';
  return () => undecided(row, blocks, statedValues, null, why);
}

/** The identity of an arrangement (its cells by column, a missing one, or one not filled, as `null`). */
function keyOf(values: readonly (Operand | undefined)[], width: number): string {
  let key = '';
  for (let j = 0; j < width; j++) key += j === 0 ? String(values[j] ?? null) : `,${String(values[j] ?? null)}`;
  return key;
}

/**
 * The decision for a row the search did not confirm: the stated cells on which the passing
 * arrangements (`pool`) disagree, with the values they hold there. Without a passing order to
 * compare with (`pool` null), a stated cell may hold any value the row states (as if each value
 * were tried in each of its columns, the other cells as stated): it varies when a value of the
 * row differs from it. So too a stated blank that counts as no number (`blankAsZero` false: a
 * total): every equation of its cell is unknown with it, so the orders that put it there pass
 * unchecked, and nothing but the order read says it stands there.
 */
function undecided(
  row: BlockOrderRow,
  blocks: readonly Block[],
  statedValues: readonly Operand[],
  pool: readonly Operand[][] | null,
  why: BlockOrderDecision['why'],
  blankAsZero?: (address: string) => boolean,
): BlockOrderDecision {
  const all = blocks.flatMap((b) => b.values);
  const addresses: string[] = [];
  const candidates: number[][] = [];
  row.addresses.forEach((a, j) => {
    const s = statedValues[j];
    if (s === null || s === undefined) return;
    const values = new Set<number>();
    if (typeof s === 'number') values.add(s);
    let varies = false;
    // (a value equal to the stated one is in `values` already, or is no number)
    if (pool === null || (s === 'blank' && blankAsZero?.(a) === false)) {
      for (const x of all) {
        if (x === s) continue;
        varies = true;
        if (typeof x === 'number') values.add(x);
      }
    } else
      for (const v of pool) {
        const x = v[j];
        if (x === s) continue;
        varies = true;
        if (typeof x === 'number') values.add(x);
      }
    if (!varies) return;
    addresses.push(a);
    candidates.push([...values]);
  });
  return { repair: 'block-order', row: row.row, addresses, candidates, why };
}

/** A placed row of a table reader, as the reader keeps it before building its cells. */
export interface PlacedRow {
  /** The row's address prefix (`t3.carriedOver`; `t4` for table 四's one row of fifteen). */
  row: string;
  /** The column targets (cell addresses in column order). */
  targets: readonly { address: string }[];
  /** The row's placement. */
  placement: RowPlacement;
}

/**
 * Runs {@link decideBlockOrder} over a reader's placed rows and reports what it found: the cells of
 * each row whose order the evidence does not confirm keep their values (the order read is the only
 * one the text offers, and is right far more often than not) and are named by a
 * `block-order-unconfirmed` warning, so none is stated silently. Making them `ambiguous` instead
 * was measured on the gauntlet: it flags about six right cells for each one it catches, and, where
 * the stated order breaks an equation, hides the failure that already shows the row.
 */
export function reportBlockOrder(
  ctx: Reporter,
  table: 't2' | 't3' | 't4',
  built: readonly PlacedRow[],
  relations: readonly TableRelation[],
  blankAsZero: (address: string) => boolean,
  budget: WorkBudget,
): BlockOrderDecision[] {
  const rows: BlockOrderRow[] = built.map((b) => ({
    row: b.row,
    addresses: b.targets.map((t) => t.address),
    columns: b.placement.columns,
  }));
  const decisions = decideBlockOrder(rows, relations, blankAsZero, budget);
  for (const d of decisions) {
    if (d.addresses.length === 0) continue;
    ctx.report('block-order-unconfirmed', {
      target: TABLE_NAMES[table],
      detail: (rows.find((r) => r.row === d.row) as BlockOrderRow).columns
        .map((p) => (p.status === 'value' ? p.token.raw : p.status === 'blank' ? '—' : '?'))
        .join(' '),
      path: d.row,
      addresses: d.addresses,
    });
  }
  return decisions;
}
