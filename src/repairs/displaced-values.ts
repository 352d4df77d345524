/**
 * Repair: a value a converter moved out of its cell. A cell left `missing` in its row, a number
 * printed alone elsewhere in the same table that no row claims (on a line of its own, not part of
 * a run of numbers that lost its row), and the table's arithmetic requiring exactly that number in
 * that cell through at least two independent equations (for example its row sum and its column
 * balance). Only then is the number placed; one equation, a number not found in the table, or
 * several equal unplaced numbers leave the cell missing. Nothing is ever computed into a cell: the
 * number must be in the source.
 *
 * The repair returns its decisions (cell, number, how many equations require it); the table reader
 * applies them and reports each as `value-displaced` (a warning).
 */
import type { Reporter } from '../diagnostics/reporter.js';
import { forcedValue, type Operand } from '../template/arithmetic.js';
import type { TableRelation } from '../template/relations.js';
import type { Placement, RowItem } from '../tables/placement.js';
import type { ValueToken } from '../tables/tokens.js';

/** Every equation must agree, and at least this many must determine the cell. */
const MIN_EQUATIONS = 2;

/** One decision of the repair: `token` goes into the cell at `address`, required by `equations` equations. */
export interface DisplacedValueDecision {
  /** The repair. */
  repair: 'displaced-values';
  /** The cell filled. */
  address: string;
  /** The number put there (as printed elsewhere in the table). */
  token: ValueToken;
  /** How many equations require exactly that number there. */
  equations: number;
}

/**
 * Decides which missing cells among `placements` (by address, before cells are built) take a
 * number from `unplaced` (see the module comment). `blankAsZero` says which blank cells count as 0.
 */
export function decideDisplacedValues(
  placements: ReadonlyMap<string, Placement>,
  relations: readonly TableRelation[],
  unplaced: readonly RowItem[],
  isolated: ReadonlySet<RowItem>,
  blankAsZero: (address: string) => boolean,
): DisplacedValueDecision[] {
  const out: DisplacedValueDecision[] = [];
  if (!unplaced.some((i) => i.token.kind === 'value')) return out;
  const filled = new Map<string, ValueToken>();
  const lookup = (address: string): Operand => {
    const f = filled.get(address);
    if (f) return f.content.value;
    const p = placements.get(address);
    if (p?.status === 'value') return p.token.content.value;
    if (p?.status === 'blank') return 'blank';
    return null;
  };
  let rest = unplaced.slice();
  const missing = new Set<string>();
  for (const rel of relations) for (const a of [...rel.left, ...rel.right]) if (placements.get(a)?.status === 'missing') missing.add(a);
  for (const address of missing) {
    const forced: number[] = [];
    for (const rel of relations) {
      const v = forcedValue(rel, address, lookup, blankAsZero);
      if (v !== null) forced.push(v);
    }
    const value = forced[0];
    if (value === undefined || forced.length < MIN_EQUATIONS || forced.some((v) => v !== value) || value < 0) continue;
    // The only unplaced number of that value, and one standing alone: a number inside a run that
    // lost its row is that row's, not this cell's.
    const matches = rest.filter((i) => i.token.kind === 'value' && i.token.content.value === value);
    if (matches.length !== 1 || !isolated.has(matches[0] as RowItem)) continue;
    const token = (matches[0] as RowItem).token;
    if (token.kind !== 'value') continue;
    filled.set(address, token);
    out.push({ repair: 'displaced-values', address, token, equations: forced.length });
    rest = rest.filter((i) => i.token !== token);
  }
  return out;
}

/**
 * Applies the decisions of {@link decideDisplacedValues} to `placements`, reports each one
 * (`value-displaced`) and returns the items still unplaced.
 */
export function applyDisplacedValues(
  ctx: Reporter,
  placements: Map<string, Placement>,
  decisions: readonly DisplacedValueDecision[],
  unplaced: readonly RowItem[],
): RowItem[] {
  const used = new Set<ValueToken>();
  for (const d of decisions) {
    placements.set(d.address, { status: 'value', token: d.token });
    used.add(d.token);
    ctx.report('value-displaced', {
      target: d.address,
      detail: d.token.raw,
      actual: d.token.raw,
      count: d.equations,
      path: d.address,
      location: ctx.location(d.token.start, d.token.end),
    });
  }
  return unplaced.filter((i) => !(i.token.kind === 'value' && used.has(i.token)));
}
