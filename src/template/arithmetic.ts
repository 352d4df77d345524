/**
 * The one evaluator of the table arithmetic (`relations.ts`): validation checks the equations with
 * it, the table readers use it to test a reading (an order of runs, a cut of glued digits, a
 * pairing of floating labels, an ownership order), and the repairs use it to find the value an
 * equation forces. Every caller states cells the same way, as operands looked up by address, so an
 * equation means the same thing everywhere.
 */
import { blankCountsAsZero, table3ColumnIndex, table3RowSum, type TableRelation } from './relations.js';

/** A cell as an operand of an equation: a number, a blank, or unknown (missing, ambiguous, absent). */
export type Operand = number | 'blank' | null;

/** Looks up a cell by address. */
export type OperandLookup = (address: string) => Operand;

/** A side of an equation summed, or why it cannot be. */
export type SideSum = { ok: true; value: number; blanksAsZero: string[] } | { ok: false; unknown: string[]; notReported: string[] };

/** The outcome of one equation. */
export type RelationOutcome =
  | { status: 'holds' | 'fails'; left: number; right: number; blanksAsZero: string[] }
  | { status: 'unknown'; unknown: string[]; notReported: string[] };

/** Rounds away floating-point noise from sums of decimals. */
export function roundSum(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * Sums cells. A blank counts as 0 where `blankAsZero` says so (and is listed); any other blank is
 * "not reported" and makes the sum unknown, as does an unknown cell.
 */
export function sumOperands(addresses: readonly string[], lookup: OperandLookup, blankAsZero: (address: string) => boolean): SideSum {
  let value = 0;
  let blanks: string[] | null = null;
  let unknown: string[] | null = null;
  let notReported: string[] | null = null;
  for (const a of addresses) {
    const o = lookup(a);
    if (typeof o === 'number') value += o;
    else if (o === 'blank') {
      if (blankAsZero(a)) (blanks ??= []).push(a);
      else (notReported ??= []).push(a);
    } else (unknown ??= []).push(a);
  }
  if (unknown || notReported) return { ok: false, unknown: unknown ?? [], notReported: notReported ?? [] };
  return { ok: true, value: roundSum(value), blanksAsZero: blanks ?? [] };
}

/** Evaluates one equation `Σ left = Σ right`. */
export function evaluateRelation(
  rel: Pick<TableRelation, 'left' | 'right'>,
  lookup: OperandLookup,
  blankAsZero: (address: string) => boolean,
): RelationOutcome {
  const l = sumOperands(rel.left, lookup, blankAsZero);
  const r = sumOperands(rel.right, lookup, blankAsZero);
  if (!l.ok || !r.ok) {
    return {
      status: 'unknown',
      unknown: [...(l.ok ? [] : l.unknown), ...(r.ok ? [] : r.unknown)],
      notReported: [...(l.ok ? [] : l.notReported), ...(r.ok ? [] : r.notReported)],
    };
  }
  return {
    status: l.value === r.value ? 'holds' : 'fails',
    left: l.value,
    right: r.value,
    blanksAsZero: [...l.blanksAsZero, ...r.blanksAsZero],
  };
}

/**
 * {@link evaluateRelation}'s status alone, without the outcome's lists (for searches that test
 * many readings: the same lookups, the same sums).
 */
export function relationStatus(
  rel: Pick<TableRelation, 'left' | 'right'>,
  lookup: OperandLookup,
  blankAsZero: (address: string) => boolean,
): RelationOutcome['status'] {
  const l = sideValue(rel.left, lookup, blankAsZero);
  const r = sideValue(rel.right, lookup, blankAsZero);
  if (l === null || r === null) return 'unknown';
  return l === r ? 'holds' : 'fails';
}

/**
 * {@link evaluateRelation}'s `left − right` where its status is `fails`, and null otherwise (holds or
 * unknown): the same lookups and the same rounded sums, without the outcome's lists (for checks that
 * run after every table is read and look only for failing equations).
 */
export function failingResidual(
  rel: Pick<TableRelation, 'left' | 'right'>,
  lookup: OperandLookup,
  blankAsZero: (address: string) => boolean,
): number | null {
  const l = sideValue(rel.left, lookup, blankAsZero);
  const r = sideValue(rel.right, lookup, blankAsZero);
  return l === null || r === null || l === r ? null : l - r;
}

/** How many equations hold, fail, and cannot be evaluated. */
export interface RelationTally {
  /** Equations whose cells are all known and that hold. */
  holds: number;
  /** Equations whose cells are all known and that fail. */
  fails: number;
  /** Equations with an unknown cell. */
  unknown: number;
}

/** {@link sumOperands}'s value, or null where it is not ok (the same lookups, in the same order). */
function sideValue(addresses: readonly string[], lookup: OperandLookup, blankAsZero: (address: string) => boolean): number | null {
  let value = 0;
  let ok = true;
  for (const a of addresses) {
    const o = lookup(a);
    if (typeof o === 'number') value += o;
    else if (o !== 'blank' || !blankAsZero(a)) ok = false;
  }
  return ok ? roundSum(value) : null;
}

/** Evaluates every equation; `stopAtFailure` returns at the first failing one (for searches). */
export function tallyRelations(
  relations: readonly TableRelation[],
  lookup: OperandLookup,
  blankAsZero: (address: string) => boolean,
  stopAtFailure = false,
): RelationTally {
  const t: RelationTally = { holds: 0, fails: 0, unknown: 0 };
  for (const rel of relations) {
    // ({@link evaluateRelation}'s status, without the lists it builds for its outcome)
    const l = sideValue(rel.left, lookup, blankAsZero);
    const r = sideValue(rel.right, lookup, blankAsZero);
    if (l === null || r === null) t.unknown++;
    else if (l === r) t.holds++;
    else {
      t.fails++;
      if (stopAtFailure) return t;
    }
  }
  return t;
}

/**
 * Pruning by partial sums: with every cell non-negative, an equation cannot hold once the known
 * cells of one side already exceed a side that is fully known. Unknown cells are simply not yet
 * decided (a search fills them later).
 */
export function cannotHold(rel: Pick<TableRelation, 'left' | 'right'>, lookup: OperandLookup): boolean {
  const l = knownSideSum(rel.left, lookup);
  const r = knownSideSum(rel.right, lookup);
  return (l.complete && r.sum > l.sum) || (r.complete && l.sum > r.sum);
}

/** The sum of a side's known cells, and whether the side is known whole ({@link knownSideSum}). */
export interface KnownSum {
  /** The sum of the cells that are numbers (a blank adds nothing), rounded as {@link roundSum}. */
  sum: number;
  /** Whether no cell of the side is unknown (a blank is known). */
  complete: boolean;
}

/**
 * The sum of the cells of an equation's side that are known so far (a blank adds nothing, an
 * unknown cell is left out and makes the side incomplete): what a partial reading already puts on a
 * side (the pruning of {@link cannotHold}; the stated parts of a row whose total is blank; with
 * counts ≥ 0, a lower bound of the side's sum whatever its unknown cells hold). Given `blankAsZero`,
 * a blank that does not count as 0 (not reported) makes the side incomplete too: complete is then
 * {@link sumOperands}'s `ok`.
 */
export function knownSideSum(side: readonly string[], lookup: OperandLookup, blankAsZero?: (address: string) => boolean): KnownSum {
  let sum = 0;
  let complete = true;
  for (const a of side) {
    const o = lookup(a);
    if (typeof o === 'number') sum += o;
    else if (o === null || (blankAsZero !== undefined && !blankAsZero(a))) complete = false;
  }
  return { sum: roundSum(sum), complete };
}

/**
 * The value an equation forces on `address` when every other cell of it is known; null when it
 * does not involve the address or another cell is unknown.
 */
export function forcedValue(
  rel: Pick<TableRelation, 'left' | 'right'>,
  address: string,
  lookup: OperandLookup,
  blankAsZero: (address: string) => boolean,
): number | null {
  const inLeft = rel.left.includes(address);
  if (!inLeft && !rel.right.includes(address)) return null;
  const others = (side: readonly string[]): readonly string[] => side.filter((a) => a !== address);
  const l = sumOperands(others(rel.left), lookup, blankAsZero);
  const r = sumOperands(others(rel.right), lookup, blankAsZero);
  if (!l.ok || !r.ok) return null;
  return roundSum(inLeft ? r.value - l.value : l.value - r.value);
}

/**
 * An equation over a vector of cells (a row's cells in the template's column order): each side's
 * cells as indices into the vector, with whether a blank there counts as 0 ({@link blankCountsAsZero}).
 * The readers test a reading of a row (an order of its numbers, a cut of glued digits, a vanished
 * blank put back) as such a vector, where a blank is `null`.
 */
export interface IndexedRelation {
  /** The left side (the total of a row equation). */
  readonly left: IndexedSide;
  /** The right side (the parts). */
  readonly right: IndexedSide;
}

/** One side of an {@link IndexedRelation}. */
export interface IndexedSide {
  /** The cells' indices into the vector. */
  readonly at: readonly number[];
  /** Whether a blank at each cell counts as 0 (otherwise a blank leaves the side unknown: not reported). */
  readonly blankAsZero: readonly boolean[];
}

/** Compiles an equation over a vector: `indexOf` gives each address's index, `blankAsZero` how its blank counts. */
export function indexRelation(
  rel: Pick<TableRelation, 'left' | 'right'>,
  indexOf: (address: string) => number,
  blankAsZero: (address: string) => boolean,
): IndexedRelation {
  const side = (addresses: readonly string[]): IndexedSide => ({ at: addresses.map(indexOf), blankAsZero: addresses.map(blankAsZero) });
  return { left: side(rel.left), right: side(rel.right) };
}

/**
 * Table 三's row sum (`T3.ROWSUM`, {@link table3RowSum}) over one row's cells in the template's column
 * order: the six applicant cells (a blank counts as 0) add up to the total, the seventh (a blank total
 * is not reported: the equation is then unknown). The same equation for every data row.
 */
// (pure, its argument too: a bundle that never judges a row leaves it out)
export const TABLE3_ROW_SUM: IndexedRelation = /* @__PURE__ */ indexRelation(
  /* @__PURE__ */ table3RowSum('row'),
  table3ColumnIndex,
  blankCountsAsZero,
);

/** A side of an indexed equation summed over `values` as {@link sumOperands} sums it (null: a blank), or null when it is unknown. */
function indexedSideSum(side: IndexedSide, values: ArrayLike<number | null | undefined>): number | null {
  let value = 0;
  for (let k = 0; k < side.at.length; k++) {
    const v = values[side.at[k] as number];
    if (typeof v === 'number') value += v;
    else if (!(side.blankAsZero[k] as boolean)) return null;
  }
  return roundSum(value);
}

/**
 * {@link relationStatus} of an indexed equation over a vector of cells where a blank is `null` (or
 * absent): `unknown` where a blank stands at a cell whose blank does not count as 0.
 */
export function valuesStatus(rel: IndexedRelation, values: ArrayLike<number | null | undefined>): RelationOutcome['status'] {
  const l = indexedSideSum(rel.left, values);
  if (l === null) return 'unknown';
  const r = indexedSideSum(rel.right, values);
  if (r === null) return 'unknown';
  return l === r ? 'holds' : 'fails';
}

/**
 * {@link relationStatus} of an indexed equation over a row of cells of any kind (tokens, stream
 * cells): `operandOf` states each cell as an operand (a cell past the row's end, or at index -1,
 * is given as `undefined`). The searches that judge a row many times ask this with the equation
 * indexed once.
 */
export function operandsStatus<T>(
  rel: IndexedRelation,
  row: ArrayLike<T>,
  operandOf: (cell: T | undefined) => Operand,
): RelationOutcome['status'] {
  const l = operandSideSum(rel.left, row, operandOf);
  if (l === null) return 'unknown';
  const r = operandSideSum(rel.right, row, operandOf);
  if (r === null) return 'unknown';
  return l === r ? 'holds' : 'fails';
}

/**
 * A side of an indexed equation summed over a row as {@link sumOperands} sums it (`operandOf` as in
 * {@link operandsStatus}), or null when it is unknown.
 */
export function operandSideSum<T>(side: IndexedSide, row: ArrayLike<T>, operandOf: (cell: T | undefined) => Operand): number | null {
  let value = 0;
  for (let k = 0; k < side.at.length; k++) {
    const i = side.at[k] as number;
    const o = operandOf(i >= 0 ? row[i] : undefined);
    if (typeof o === 'number') value += o;
    else if (o === null || !(side.blankAsZero[k] as boolean)) return null;
  }
  return roundSum(value);
}

/**
 * An equation compiled for searches that evaluate it many times: its cells as indices into a
 * vector of numbers, where `NaN` is a cell not known (yet). Same meaning as {@link evaluateRelation}
 * with every blank already written as 0 (searches write cells as the numbers they try).
 */
export interface CompiledRelation {
  /** The equation. */
  readonly relation: TableRelation;
  /** Indices of the left side's cells. */
  readonly left: readonly number[];
  /** Indices of the right side's cells. */
  readonly right: readonly number[];
}

/** Compiles equations over a vector of cells; `indexOf` gives each address's index. */
export function compileRelations(relations: readonly TableRelation[], indexOf: (address: string) => number): CompiledRelation[] {
  return relations.map((relation) => ({ relation, left: relation.left.map(indexOf), right: relation.right.map(indexOf) }));
}

/** The sum of a side's known cells (NaN: not known), rounded as {@link roundSum}. */
function knownSum(indices: readonly number[], cells: ArrayLike<number>): number {
  let sum = 0;
  for (const i of indices) {
    const v = cells[i] as number;
    if (!Number.isNaN(v)) sum += v;
  }
  return roundSum(sum);
}

/** Whether every cell of a side is known. */
function allKnown(indices: readonly number[], cells: ArrayLike<number>): boolean {
  for (const i of indices) if (Number.isNaN(cells[i] as number)) return false;
  return true;
}

/** The sum of a side of a compiled equation, or NaN when a cell is not known. */
function sumOrNaN(indices: readonly number[], cells: ArrayLike<number>): number {
  let sum = 0;
  for (const i of indices) sum += cells[i] as number;
  return roundSum(sum);
}

/** {@link evaluateRelation} on a cell vector: `holds`, `fails`, or `unknown` when a cell is NaN. */
export function evaluateCompiled(rel: CompiledRelation, cells: ArrayLike<number>): 'holds' | 'fails' | 'unknown' {
  const l = sumOrNaN(rel.left, cells);
  if (Number.isNaN(l)) return 'unknown';
  const r = sumOrNaN(rel.right, cells);
  if (Number.isNaN(r)) return 'unknown';
  return l === r ? 'holds' : 'fails';
}

/** {@link cannotHold} on a cell vector (non-negative cells; NaN not known yet). */
export function cannotHoldCompiled(rel: CompiledRelation, cells: ArrayLike<number>): boolean {
  // (no object per side: this runs at every step of the lost-cell searches)
  const l = knownSum(rel.left, cells);
  const r = knownSum(rel.right, cells);
  return (r > l && allKnown(rel.left, cells)) || (l > r && allKnown(rel.right, cells));
}

/**
 * How a reading (one placement of cells among others a repair or reader chooses between) stands to
 * the equations it rests on: `refuted` where one fails; `unchecked` where none fails but one is left
 * unknown by the reading's own cells while it holds a number (a blank put in a total, which is not
 * reported, or two unknown counts in one equation); `confirmed` where every one is known and holds
 * (an equation of blanks and zeros only, a row left blank but for zeros, checks no count's place
 * and counts for neither).
 */
export type ReadingFit = 'confirmed' | 'unchecked' | 'refuted';

/** {@link ReadingFit} of a reading whose cells `lookup` gives, over the equations it rests on. */
export function readingFit(
  relations: readonly Pick<TableRelation, 'left' | 'right'>[],
  lookup: OperandLookup,
  blankAsZero: (address: string) => boolean,
): ReadingFit {
  let fit: ReadingFit = 'confirmed';
  for (const rel of relations) {
    const l = sideValue(rel.left, lookup, blankAsZero);
    const r = sideValue(rel.right, lookup, blankAsZero);
    if (l === null || r === null) {
      // (an equation of blanks and zeros only checks no number's place: a row left blank but for zeros)
      const counted = (a: string): boolean => {
        const o = lookup(a);
        return typeof o === 'number' && o !== 0;
      };
      if (rel.left.some(counted) || rel.right.some(counted)) fit = 'unchecked';
    } else if (l !== r) return 'refuted';
  }
  return fit;
}

/**
 * The one rule of choosing between readings by the equations. A refuted reading goes. A reading
 * left unchecked is never stated on its own: in a report that does not add up, a blank moved into a
 * total (or an unknown count beside another) makes the arithmetic look whole wherever it is put, so
 * its fit is no evidence; neither is it refuted, so it is never dropped either. The readings kept
 * are every one not refuted, where one of them is confirmed (the cells they disagree on are then
 * ambiguous); where none is confirmed, nothing is decided (null). Indices into `fits`.
 */
export function readingsKept(fits: readonly ReadingFit[]): number[] | null {
  const kept: number[] = [];
  let confirmed = false;
  fits.forEach((f, i) => {
    if (f === 'refuted') return;
    kept.push(i);
    if (f === 'confirmed') confirmed = true;
  });
  return confirmed ? kept : null;
}

/**
 * The addresses the column equations of `relations` that hold (evaluated over `lookup`, blanks
 * counting as 0 where `blankAsZero` says) take part in: cells a swap would have broken.
 */
export function keptByColumnEquations(
  relations: readonly TableRelation[],
  lookup: OperandLookup,
  blankAsZero: (address: string) => boolean,
): Set<string> {
  const kept = new Set<string>();
  for (const rel of relations) {
    if (rel.column === undefined || relationStatus(rel, lookup, blankAsZero) !== 'holds') continue;
    for (const a of rel.left) kept.add(a);
    for (const a of rel.right) kept.add(a);
  }
  return kept;
}
