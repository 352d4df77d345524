/**
 * Table 三 of a block stream with a row's first number wrapped over its label's lines
 * (`repairs/label-pieces.ts`): which later line of the label's block continues the number is not in
 * the text (a neighbouring cell, centred, may stand between its pieces), so each chain the block's
 * shape allows is read, and the arithmetic chooses. A chain is kept where its reading states more
 * cells than the reading before it, states every cell that reading states the same way, leaves no
 * new row missing its sum (`more-stated.ts`), and states the joined number at a cell left open
 * before, in a row whose sum checks it. Heads are tried in turn, each on top of the chains kept
 * before it, those left once more. One chain kept → read; several → the column equations may
 * choose one (`column-choice.ts`: the row sum cannot, pieces exchanged within a row keep it); else
 * each other one is read with the rest and must keep every cell too, and the cells they differ on
 * are `ambiguous` with every kept chain's numbers as candidates (`repairs/either-way.ts`); none
 * kept → as printed (flagged as before). Never by order alone.
 *
 * Runs only where the reading leaves a few cells open ({@link MAX_OPEN_FOR_PIECES}) and the finder
 * lists a head; bounded by
 * {@link MAX_LABEL_READS} readings of the table (a head whose chains would pass it is left as
 * printed).
 */
import type { RecordingReporter } from '../diagnostics/reporter.js';
import type { Cell } from '../model/cell.js';
import { readEitherWay } from '../repairs/either-way.js';
import { findLabelHeads, withLabelChains, type LabelHead } from '../repairs/label-pieces.js';
import { chosenByEquations } from './column-choice.js';
import { newlyCheckedValues, statesMoreKeepingEvery } from './more-stated.js';
import type { TableToken } from './tokens.js';

/** Readings of the table at most, over every head (the alternatives' checks included). */
export const MAX_LABEL_READS = 16;

/**
 * Cells a reading may leave open (not a value, not a blank) for the pieces among label text to be
 * tried: a table lost more widely (its rows interleaved, most of its cells open) is not read whole by
 * joining a few pieces, and each try costs a reading of the table.
 */
export const MAX_OPEN_FOR_PIECES = 21;

/** Whether `table` leaves at most {@link MAX_OPEN_FOR_PIECES} cells open (and at least one). */
export function fewCellsOpen(table: object): boolean {
  let open = 0;
  const walk = (o: unknown): void => {
    if (open > MAX_OPEN_FOR_PIECES || typeof o !== 'object' || o === null) return;
    const c = o as Partial<Cell>;
    if (typeof c.status === 'string') {
      if (c.status !== 'value' && c.status !== 'blank') open++;
      return;
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'location') walk(v);
  };
  walk(table);
  return open > 0 && open <= MAX_OPEN_FOR_PIECES;
}

/** Passes over the heads left at most (a head kept may let another be read). */
const MAX_LABEL_PASSES = 2;

/** One head's chosen chain. */
interface Chosen {
  readonly head: number;
  readonly chain: readonly number[];
}

/** The joined number of a chain. */
function joinedValue(tokens: readonly TableToken[], c: Chosen): number {
  return Number([c.head, ...c.chain].map((k) => (tokens[k] as { raw: string }).raw).join(''));
}

/** Whether every number `chosen` joins is stated in `after` at a cell `before` left open, in a row whose sum checks it. */
function joinedRead(tokens: readonly TableToken[], before: object, after: object, chosen: readonly Chosen[]): boolean {
  const fresh = newlyCheckedValues(before, after);
  for (const c of chosen) {
    const v = joinedValue(tokens, c);
    const left = fresh.get(v) ?? 0;
    if (left === 0) return false;
    fresh.set(v, left - 1);
  }
  return true;
}

/** The outcome: the tokens read (the kept chains joined) and their reading. */
export interface LabelJoined<R> {
  /** The region's tokens with the kept chains joined (the input where none is kept). */
  readonly tokens: readonly TableToken[];
  /** The reading of `tokens` (the base reading where none is kept). */
  readonly result: R;
}

/**
 * Table 三's reading with the first numbers wrapped over their labels' lines joined where the
 * arithmetic leaves their chain (see the module comment). `base` is the reading of `tokens` as they
 * are, its diagnostics in `ctx` from `mark` on; `read` reads a token list (its diagnostics pushed
 * to `ctx`).
 */
export function readLabelJoinings<R extends { hasContent: boolean; table: object }>(
  ctx: RecordingReporter,
  mark: number,
  tokens: readonly TableToken[],
  base: R,
  read: (tokens: readonly TableToken[]) => R,
): LabelJoined<R> {
  const unchanged = { tokens, result: base };
  if (!fewCellsOpen(base.table)) return unchanged;
  const heads = findLabelHeads(tokens);
  if (heads.length === 0) return unchanged;
  let reads = 0;
  const quiet = (chosen: readonly Chosen[]): R | null => {
    const t = withLabelChains(tokens, chosen);
    if (!t) return null;
    reads++;
    const at = ctx.diagnostics.length;
    const r = read(t);
    ctx.diagnostics.splice(at);
    return r;
  };
  let current = base;
  const kept: Chosen[][] = [];
  const chosenNow = (): Chosen[] => kept.map((k) => k[0] as Chosen);
  let open: LabelHead[] = heads;
  for (let pass = 0; pass < MAX_LABEL_PASSES && open.length > 0; pass++) {
    const left: LabelHead[] = [];
    for (const h of open) {
      if (reads + h.chains.length > MAX_LABEL_READS) continue;
      let keepers: Chosen[] = [];
      let readings: R[] = [];
      for (const chain of h.chains) {
        const mine = { head: h.head, chain };
        const r = quiet([...chosenNow(), mine]);
        if (!r || !statesMoreKeepingEvery(current.table, r.table) || !joinedRead(tokens, current.table, r.table, [mine])) continue;
        keepers.push(mine);
        readings.push(r);
      }
      // several chains keep the row sums (pieces exchanged within a row): the column equations may choose
      const one = chosenByEquations(readings.map((r) => r.table));
      if (one >= 0) {
        keepers = [keepers[one] as Chosen];
        readings = [readings[one] as R];
      }
      const firstReading = readings[0];
      if (keepers.length === 0 || !firstReading) {
        left.push(h);
        continue;
      }
      kept.push(keepers);
      current = firstReading;
    }
    if (left.length === open.length) break;
    open = left;
  }
  if (kept.length === 0) return unchanged;
  // a head with several chains kept: each other one is read with the chains chosen for the rest;
  // where one of them takes back a cell or leaves its joined number open, the head is left as printed
  let others: R[] = [];
  for (let round = 0; round <= kept.length; round++) {
    others = [];
    const chosen = chosenNow();
    const dropped = kept.findIndex((keepers, i) => {
      for (const other of keepers.slice(1)) {
        const rest = chosen.filter((_, j) => j !== i);
        const r = reads < 2 * MAX_LABEL_READS ? quiet([...rest, other]) : null;
        if (!r || !statesMoreKeepingEvery(base.table, r.table) || !joinedRead(tokens, base.table, r.table, [other])) return true;
        others.push(r);
      }
      return false;
    });
    if (dropped < 0) break;
    kept.splice(dropped, 1);
  }
  if (kept.length === 0) return unchanged;
  const chosen = chosenNow();
  const joinedTokens = withLabelChains(tokens, chosen);
  if (!joinedTokens) return unchanged;
  const baseDiagnostics = ctx.diagnostics.splice(mark);
  const joined = read(joinedTokens);
  if (!statesMoreKeepingEvery(base.table, joined.table) || !joinedRead(tokens, base.table, joined.table, chosen)) {
    ctx.diagnostics.splice(mark);
    for (const d of baseDiagnostics) ctx.diagnostics.push(d);
    return unchanged;
  }
  // the cells the kept alternatives read otherwise are ambiguous
  for (const r of others)
    readEitherWay(
      ctx,
      't3',
      () => joined,
      () => r,
      (x) => x.table as Record<string, unknown>,
    );
  return { tokens: joinedTokens, result: joined };
}
