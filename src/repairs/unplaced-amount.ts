/**
 * Repair: table 二's amount cell against an amount no row took. Each template has one column of
 * amounts (`decimal`: 2021's 本年收费金额, 2019's 采购总金额); every other cell of table 二 is a count or
 * a change, a whole number with no money unit. A number written with a fraction or a money unit
 * (`19682.81元`) can therefore be no cell but the amount. Where such a number is left unplaced (after
 * the amount's column header, say, in plain `pdftotext` of a print whose labels were stacked apart from
 * their numbers) while the amount cell was read from another number (the number printed after the
 * row's label, which may be the row above's last cell), two readings fit the cell and nothing in
 * table 二 (no arithmetic) chooses: the cell is `ambiguous` with both numbers.
 *
 * The repair decides; the reader applies the decision. Linear in the items.
 */
import type { Placement, RowItem } from '../tables/placement.js';
import type { ValueToken } from '../tables/tokens.js';

/** Units that write money (`元`, `万元`): a number carrying one is an amount. */
const MONEY_UNITS: ReadonlySet<string> = new Set(['元', '万元']);

/** Whether a number can only be an amount: it has a fraction or a money unit. */
export function onlyAnAmount(token: ValueToken): boolean {
  const { value, unit } = token.content;
  return !Number.isInteger(value) || (unit !== undefined && MONEY_UNITS.has(unit));
}

/** The numbers among items no row took that can only be an amount, in source order. */
export function unplacedAmounts(items: readonly RowItem[]): ValueToken[] {
  const out: ValueToken[] = [];
  for (const i of items) if (i.token.kind === 'value' && onlyAnAmount(i.token)) out.push(i.token);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The amount cell's placement against the unplaced amounts: a value read from another number
 * becomes `ambiguous` with that number and every unplaced amount of another value (source order);
 * any other placement is returned as it is.
 */
export function contestAmount(placement: Placement, amounts: readonly ValueToken[]): Placement {
  if (placement.status !== 'value') return placement;
  const own = placement.token;
  const others = amounts.filter((a) => a !== own && a.content.value !== own.content.value);
  if (others.length === 0) return placement;
  const tokens = [own, ...others].sort((a, b) => a.start - b.start);
  const candidates: number[] = [];
  for (const t of tokens) if (!candidates.includes(t.content.value)) candidates.push(t.content.value);
  return { status: 'ambiguous', candidates, tokens };
}
