/**
 * Table 三 of a block stream with numbers wrapped side by side (`repairs/side-pieces.ts`): which
 * number each later piece continues is not in the text, so every joining the block's shape allows
 * is read, and the arithmetic chooses. Blocks with no label between them (one row's cells, or
 * neighbouring rows') are tried together, every combination of their joinings. A combination is
 * kept where its reading states more cells than the reading as printed, states every cell that
 * reading states the same way, and leaves no new row missing its sum (`more-stated.ts`). Where one
 * combination is kept, it is read; where several are, the cells they read otherwise are `ambiguous`
 * with every kept combination's numbers as candidates (`repairs/either-way.ts`); none kept → the
 * blocks stay as printed (their cells flagged as before). Never by order alone: a joining is read
 * only where the row sums (and with them the table's other rows) leave it.
 *
 * Bounded: at most {@link MAX_GROUP_COMBINATIONS} combinations a group and {@link MAX_SIDE_READS}
 * readings a table; a group over either is left as printed.
 */
import type { RecordingReporter } from '../diagnostics/reporter.js';
import { readEitherWay } from '../repairs/either-way.js';
import { findSideBlocks, sideJoinings, withJoinings, type SideBlock } from '../repairs/side-pieces.js';
import { statesMoreKeepingEvery } from './more-stated.js';
import type { TableToken, ValueToken } from './tokens.js';

/** Combinations of one group's joinings at most. */
export const MAX_GROUP_COMBINATIONS = 16;

/** Passes over the groups left at most (a group kept may let another be read). */
export const MAX_SIDE_PASSES = 2;

/** Readings of the table at most, over every group. */
export const MAX_SIDE_READS = 32;

/** One block's chosen joining. */
interface Choice {
  readonly block: SideBlock;
  readonly joined: readonly ValueToken[];
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
  if (blocks.length === 0) return base;
  const quiet = (t: readonly TableToken[]): R => {
    const at = ctx.diagnostics.length;
    const r = read(t);
    ctx.diagnostics.splice(at);
    return r;
  };
  let reads = 0;
  // groups in turn, each on top of the joinings kept before it; a group left is tried again once
  // another was kept (a row read whole may settle its neighbours' rows)
  let current: R = base;
  let chosen: Choice[] = [];
  const kept: Choice[][][] = [];
  let open = groupsOf(tokens, blocks);
  for (let pass = 0; pass < MAX_SIDE_PASSES && open.length > 0; pass++) {
    const left: SideBlock[][] = [];
    for (const group of open) {
      const options = group.map((b) => sideJoinings(tokens, b));
      if (options.some((o) => o === null || o.length === 0)) continue;
      const combos = combinations(options as ValueToken[][][], group);
      if (!combos || reads + combos.length > MAX_SIDE_READS) continue;
      const keepers: Choice[][] = [];
      let firstReading: R | undefined;
      for (const combo of combos) {
        reads++;
        const r = quiet(withJoinings(tokens, [...chosen, ...combo]));
        if (!statesMoreKeepingEvery(current.table, r.table)) continue;
        keepers.push(combo);
        firstReading ??= r;
      }
      if (keepers.length === 0 || !firstReading) {
        left.push(group);
        continue;
      }
      kept.push(keepers);
      chosen = [...chosen, ...(keepers[0] as Choice[])];
      current = firstReading;
    }
    if (left.length === open.length) break;
    open = left;
  }
  if (kept.length === 0) return base;
  const baseDiagnostics = ctx.diagnostics.splice(mark);
  const joined = read(withJoinings(tokens, chosen));
  if (!statesMoreKeepingEvery(base.table, joined.table)) {
    ctx.diagnostics.splice(mark);
    for (const d of baseDiagnostics) ctx.diagnostics.push(d);
    return base;
  }
  // several combinations kept for a group: the cells they read otherwise are ambiguous
  for (const keepers of kept) {
    const mine = new Set((keepers[0] as Choice[]).map((c) => c.block));
    for (const other of keepers.slice(1)) {
      const choice = [...chosen.filter((c) => !mine.has(c.block)), ...other];
      readEitherWay(
        ctx,
        't3',
        () => joined,
        () => read(withJoinings(tokens, choice)),
        (r) => r.table as Record<string, unknown>,
      );
    }
  }
  return joined;
}
