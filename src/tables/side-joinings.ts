/**
 * Table 三 of a block stream with numbers wrapped side by side (`repairs/side-pieces.ts`): which
 * number each later piece continues is not in the text, so every joining the block's shape allows
 * is read, and the arithmetic chooses. Blocks with no label between them (one row's cells, or
 * neighbouring rows') are tried together, every combination of their joinings. A combination is
 * kept where its reading states more cells than the reading as printed, states every cell that
 * reading states the same way, leaves no new row missing its sum (`more-stated.ts`), and states
 * each number it joined at a cell left open before, in a row whose sum it checks. Groups are tried in turn, each on top of the
 * combinations kept before it, and those left once more after a group was kept (a row read whole
 * can settle its neighbours). Where one combination of a group is kept, it is read; where several
 * are, the column equations may choose one (`column-choice.ts`: pieces exchanged between a row's
 * cells keep its sum, not their columns'); otherwise the cells they read otherwise are `ambiguous` with every kept combination's numbers as
 * candidates (`repairs/either-way.ts`); none kept → the blocks stay as printed (their cells
 * flagged as before). Never by order alone: a joining is read only where the row sums (and with
 * them the table's other rows) leave it. A block holding a whole row on its first line (seven
 * numbers) is narrowed first by that row's own sum.
 *
 * Bounded: at most {@link MAX_GROUP_COMBINATIONS} combinations a group, {@link MAX_SIDE_PASSES}
 * passes and {@link MAX_SIDE_READS} readings a table; a group over a bound is left as printed.
 */
import type { RecordingReporter } from '../diagnostics/reporter.js';
import { readEitherWay } from '../repairs/either-way.js';
import { findSideBlocks, sideJoinings, withJoinings, type SideBlock } from '../repairs/side-pieces.js';
import { chosenByEquations } from './column-choice.js';
import { newlyCheckedValues, statesEveryCell, statesMoreKeepingEvery } from './more-stated.js';
import type { TableToken, ValueToken } from './tokens.js';
import { TABLE3_ROW_SUM, valuesStatus } from '../template/arithmetic.js';
import { TABLE3_COLUMNS } from '../template/table3.js';

/** Combinations of one group's joinings at most. */
export const MAX_GROUP_COMBINATIONS = 16;

/** Passes over the groups left at most (a group kept may let another be read). */
export const MAX_SIDE_PASSES = 2;

/** Readings of the table at most, over every group. */
export const MAX_SIDE_READS = 32;

/** Readings of the table at most for checking the other combinations of groups with several kept (over: the group is left as printed). */
export const MAX_CHECK_READS = 16;

/** Numbers of a table-三 row (six applicant columns and the total). */
export const ROW_CELLS = TABLE3_COLUMNS.length;

/**
 * A block whose first line holds a whole row's numbers (seven side by side: the row's cells on one
 * baseline, left to right, the total last) keeps only joinings whose numbers add up: the total the
 * sum of the other six. Other blocks: every joining.
 */
function rowFits(values: readonly number[]): boolean {
  return values.length !== ROW_CELLS || valuesStatus(TABLE3_ROW_SUM, values) === 'holds';
}

/** One block's chosen joining. */
interface Choice {
  readonly block: SideBlock;
  readonly joined: readonly ValueToken[];
}

/**
 * Whether every number a combination joined is read and checked: stated in `after` at a cell
 * `before` left open, in a row whose every cell is stated and whose sum holds (a reading that states
 * more elsewhere, or states the joined number in a row its sum does not check, is no evidence for
 * the joining).
 */
function joinedRead(before: object, after: object, combo: readonly Choice[]): boolean {
  const fresh = newlyCheckedValues(before, after);
  for (const { joined } of combo)
    for (const t of joined) {
      if (t.printed === undefined) continue;
      const left = fresh.get(t.content.value) ?? 0;
      if (left === 0) return false;
      fresh.set(t.content.value, left - 1);
    }
  return true;
}

/** The blocks in groups: consecutive blocks with no label token between them. */
function groupsOf(tokens: readonly TableToken[], blocks: readonly SideBlock[]): SideBlock[][] {
  const groups: SideBlock[][] = [];
  let last = -1;
  for (const b of blocks) {
    const start = b.heads[0] as number;
    let labelBetween = groups.length === 0;
    for (let k = last + 1; k < start && !labelBetween; k++) labelBetween = (tokens[k] as TableToken).kind === 'label';
    if (labelBetween) groups.push([b]);
    else (groups[groups.length - 1] as SideBlock[]).push(b);
    last = b.pieces[b.pieces.length - 1] as number;
  }
  return groups;
}

/** Every combination of the blocks' joinings (one per block), or null above the bound. */
function combinations(options: readonly ValueToken[][][], blocks: readonly SideBlock[]): Choice[][] | null {
  let count = 1;
  for (const o of options) count *= o.length;
  if (count === 0 || count > MAX_GROUP_COMBINATIONS) return null;
  let out: Choice[][] = [[]];
  options.forEach((o, b) => {
    const next: Choice[][] = [];
    for (const prefix of out) for (const joined of o) next.push([...prefix, { block: blocks[b] as SideBlock, joined }]);
    out = next;
  });
  return out;
}

/**
 * Table 三's reading with the side-by-side wrapped blocks of `tokens` joined where the arithmetic
 * leaves their joining (see the module comment). `base` is the reading of `tokens` as they are,
 * its diagnostics in `ctx` from `mark` on; `read` reads a token list (its diagnostics pushed to `ctx`).
 */
export function readSideJoinings<R extends { hasContent: boolean; table: object }>(
  ctx: RecordingReporter,
  mark: number,
  tokens: readonly TableToken[],
  base: R,
  read: (tokens: readonly TableToken[]) => R,
): R {
  const blocks = findSideBlocks(tokens);
  if (blocks.length === 0 || statesEveryCell(base.table)) return base;
  const quiet = (t: readonly TableToken[]): R => {
    const at = ctx.diagnostics.length;
    const r = read(t);
    ctx.diagnostics.splice(at);
    return r;
  };
  let reads = 0;
  let current: R = base;
  let sofar: Choice[] = [];
  const kept: Choice[][][] = [];
  let open = groupsOf(tokens, blocks);
  for (let pass = 0; pass < MAX_SIDE_PASSES && open.length > 0; pass++) {
    const left: SideBlock[][] = [];
    for (const group of open) {
      const options = group.map((b) => sideJoinings(tokens, b, rowFits));
      if (options.some((o) => o === null || o.length === 0)) continue;
      const combos = combinations(options as ValueToken[][][], group);
      if (!combos || reads + combos.length > MAX_SIDE_READS) continue;
      let keepers: Choice[][] = [];
      let readings: R[] = [];
      for (const combo of combos) {
        reads++;
        const r = quiet(withJoinings(tokens, [...sofar, ...combo]));
        if (!statesMoreKeepingEvery(current.table, r.table) || !joinedRead(current.table, r.table, combo)) continue;
        keepers.push(combo);
        readings.push(r);
      }
      // several keep the row sums: the column equations may choose one (`column-choice.ts`)
      const one = chosenByEquations(readings.map((r) => r.table));
      if (one >= 0) {
        keepers = [keepers[one] as Choice[]];
        readings = [readings[one] as R];
      }
      const firstReading = readings[0];
      if (keepers.length === 0 || !firstReading) {
        left.push(group);
        continue;
      }
      kept.push(keepers);
      sofar = [...sofar, ...(keepers[0] as Choice[])];
      current = firstReading;
    }
    if (left.length === open.length) break;
    open = left;
  }
  // a group with several combinations kept: each other one is read with the combinations chosen
  // for the rest; where one of them, so read, takes back a cell or leaves its joined numbers open,
  // the group is left as printed (and the rest checked again without it)
  let others = new Map<Choice[][], R[]>();
  for (let round = 0; round <= kept.length; round++) {
    others = new Map();
    const chosen = kept.flatMap((k) => k[0] as Choice[]);
    const dropped = kept.findIndex((keepers) => {
      const mine = new Set((keepers[0] as Choice[]).map((c) => c.block));
      const readings: R[] = [];
      for (const other of keepers.slice(1)) {
        reads++;
        const r = quiet(withJoinings(tokens, [...chosen.filter((c) => !mine.has(c.block)), ...other]));
        if (
          reads > MAX_SIDE_READS + MAX_CHECK_READS ||
          !statesMoreKeepingEvery(base.table, r.table) ||
          !joinedRead(base.table, r.table, other)
        )
          return true;
        readings.push(r);
      }
      others.set(keepers, readings);
      return false;
    });
    if (dropped < 0) break;
    kept.splice(dropped, 1);
  }
  if (kept.length === 0) return base;
  const chosen = kept.flatMap((k) => k[0] as Choice[]);
  const baseDiagnostics = ctx.diagnostics.splice(mark);
  const joined = read(withJoinings(tokens, chosen));
  if (!statesMoreKeepingEvery(base.table, joined.table) || !joinedRead(base.table, joined.table, chosen)) {
    ctx.diagnostics.splice(mark);
    for (const d of baseDiagnostics) ctx.diagnostics.push(d);
    return base;
  }
  // the cells the kept combinations read otherwise are ambiguous
  for (const readings of others.values())
    for (const r of readings)
      readEitherWay(
        ctx,
        't3',
        () => joined,
        () => r,
        (x) => x.table as Record<string, unknown>,
      );
  return joined;
}
