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
const MONEY_UNIT_RE = /^万?元$/;

/** The numbers among items that can only be an amount (a fraction or a money unit), in the items' order. */
export function unplacedAmounts(items: readonly RowItem[]): ValueToken[] {
  const out: ValueToken[] = [];
  for (const { token: t } of items)
    if (t.kind === 'value' && (!Number.isInteger(t.content.value) || MONEY_UNIT_RE.test(t.content.unit ?? ''))) out.push(t);
  return out;
}

/**
 * The amount cell's placement against the unplaced amounts: a value read from another number
 * becomes `ambiguous` with that number and every unplaced amount of another value (source order);
 * any other placement is returned as it is.
 */
export function contestAmount(placement: Placement, amounts: readonly ValueToken[]): Placement {
  if (placement.status !== 'value') return placement;
  const own = placement.token;
  const tokens = [...new Set([own, ...amounts.filter((a) => a.content.value !== own.content.value)])];
  if (tokens.length === 1) return placement;
  tokens.sort((a, b) => a.start - b.start);
  return { status: 'ambiguous', candidates: [...new Set(tokens.map((t) => t.content.value))], tokens };
}
