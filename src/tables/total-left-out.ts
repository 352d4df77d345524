/**
 * A row of table 三 placed by the positions of its numbers (`positions.ts`) that leaves the total
 * column empty while its own numbers add up with the last of them as the total. `pdftotext -layout`
 * maps x to character columns line by line, so a run of lines whose labels hold other characters
 * may stand part of a column pitch off the rows the grid was read from: a row printed
 * `45 0 51 · 61 30 187` may then fit the grid one column left (`187` under 其他, the total cell
 * empty). Both readings fit the evidence (the positions one way, the row's sum the other): the grid
 * is not used for such a row, whose cells are then placed by their count (candidates, never a guess).
 */
import { columnsByPosition, type PositionGrid } from './positions.js';
import type { RowItem } from './placement.js';

/** Numbers of a row at least whose sum is read (a part and its total: `40 40`). */
const MIN_SUMMED_ITEMS = 2;

/**
 * Whether the grid places the row's items leaving its last column (the total) empty, while the
 * items add up: the last a whole number above 0, the sum of the others (whole numbers; blank marks left out).
 * A test of a partial row whose columns are in doubt, not the template's row sum (which needs each
 * cell's column): only whether its last number is the sum of those before it.
 */
export function totalLeftOut(items: readonly RowItem[], grid: PositionGrid, ncols: number): boolean {
  if (items.length < MIN_SUMMED_ITEMS) return false;
  const columns = columnsByPosition(items, grid);
  if (!columns || columns.includes(ncols - 1)) return false;
  const last = (items[items.length - 1] as RowItem).token;
  // (a total of 0: zeros add up in whatever columns they stand, the sum says nothing against the positions)
  if (last.kind !== 'value' || last.content.signed || !Number.isInteger(last.content.value) || last.content.value === 0) return false;
  let sum = 0;
  for (const it of items.slice(0, -1)) {
    const t = it.token;
    if (t.kind === 'blank') continue;
    if (t.content.signed || !Number.isInteger(t.content.value)) return false;
    sum += t.content.value;
  }
  return sum === last.content.value;
}
