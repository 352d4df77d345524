/**
 * Recovering a value a converter moved out of its cell: a cell left `missing` in its row, a number
 * printed alone elsewhere in the same table that no row claims (on a line of its own, not part of
 * a run of numbers that lost its row), and the table's arithmetic requiring exactly that number in
 * that cell through at least two independent equations (for example its row sum and its column
 * balance). Only then is the number placed, with a warning (`value-displaced`); one equation, a
 * number not found in the table, or several equal unplaced numbers leave the cell missing. Nothing
 * is ever computed into a cell: the number must be in the source.
 */
import type { ParseContext } from '../parse/context.js';
import type { TableRelation } from '../template/relations.js';
import type { Placement, RowItem } from './placement.js';

/** Every equation must agree, and at least this many must determine the cell. */
const MIN_EQUATIONS = 2;

/**
 * Fills missing cells among `placements` (by address, before cells are built) from `unplaced`
 * where the arithmetic forces the value and the number is among the `isolated` ones (see the
 * module comment). `blankAsZero` says which blank cells count as 0 in a sum (applicant columns; a
 * blank total is "not reported" and makes an equation unusable). Returns the items still unplaced.
 */
export function recoverDisplaced(
  ctx: ParseContext,
  placements: Map<string, Placement>,
  relations: readonly TableRelation[],
  unplaced: readonly RowItem[],
  isolated: ReadonlySet<RowItem>,
  blankAsZero: (address: string) => boolean,
): RowItem[] {
  let rest = unplaced.slice();
  if (!rest.some((i) => i.token.kind === 'value')) return rest;
  const known = (address: string): number | null => {
    const p = placements.get(address);
    if (p?.status === 'value') return p.token.content.value;
    if (p?.status === 'blank' && blankAsZero(address)) return 0;
    return null;
  };
  const missing = new Set<string>();
  for (const rel of relations) for (const a of [...rel.left, ...rel.right]) if (placements.get(a)?.status === 'missing') missing.add(a);
  for (const address of missing) {
    const forced: number[] = [];
    for (const rel of relations) {
      const inLeft = rel.left.includes(address);
      if (!inLeft && !rel.right.includes(address)) continue;
      const sum = (side: readonly string[]): number | null => {
        let s = 0;
        for (const a of side) {
          if (a === address) continue;
          const v = known(a);
          if (v === null) return null;
          s += v;
        }
        return s;
      };
      const l = sum(rel.left);
      const r = sum(rel.right);
      if (l === null || r === null) continue;
      forced.push(inLeft ? r - l : l - r);
    }
    const value = forced[0];
    if (value === undefined || forced.length < MIN_EQUATIONS || forced.some((v) => v !== value) || value < 0) continue;
    // The only unplaced number of that value, and one standing alone: a number inside a run that
    // lost its row is that row's, not this cell's.
    const matches = rest.filter((i) => i.token.kind === 'value' && i.token.content.value === value);
    if (matches.length !== 1 || !isolated.has(matches[0] as RowItem)) continue;
    const token = (matches[0] as RowItem).token;
    if (token.kind !== 'value') continue;
    placements.set(address, { status: 'value', token });
    ctx.report('value-displaced', { target: address, detail: token.raw, actual: token.raw, count: forced.length, path: address, location: ctx.location(token.start, token.end) });
    rest = rest.filter((i) => i.token !== token);
  }
  return rest;
}
