/**
 * Whether the column equations place a row without the positions of the rows placed by them. In
 * `pdftotext -layout` text a row that lost blank cells is placed by the spacing of a complete row
 * near it (`position-fit.ts`); where that leaves it one placement, the search over the table's
 * equations takes it as a premise and places the other rows that lost blanks to match. Where the
 * row's numbers drifted a column off (a browser's print setting each row at offsets of its own),
 * the equations then hold on wrong columns (probe 417 p11 chromium-layout). Searched again with
 * every row placed by its positions open to every placement that keeps its row sum, the true
 * placements are among the combinations: a row whose readings left are the same as with the
 * positions rests on the equations alone; one whose readings differ rests on the positions.
 */
import type { WorkBudget } from './budget.js';
import { vanishedBlankReadings } from './digit-runs.js';
import type { RowItem } from './placement.js';
import type { CombinationSearch } from './row-search.js';

/** An open row of table 三's search (`readDigitRuns`), as far as this reads it. */
export interface PremiseRow {
  readonly alts: RowItem[][];
  readonly seg: { readonly evidence: { readonly items: readonly RowItem[] } };
  /** It lost blank cells (its readings place them). */
  readonly vanished?: true;
  /** Placed by the equations alone: every placement that keeps its row sum. */
  readonly loose?: true;
  readonly turns?: true;
  readonly band?: readonly RowItem[];
  readonly empty?: true;
}

/** A reading as text: each cell's number, `_` for a blank (readings that place alike are one). */
export function readingKey(reading: readonly RowItem[]): string {
  return reading.map((i) => (i.token.kind === 'value' ? String(i.token.content.value) : '_')).join(',');
}

/**
 * For every open row, its readings (as {@link readingKey}) that keep the equations once the rows
 * placed by their positions (`placedByFit`) take every placement of their numbers that keeps their
 * row sum (`rowSum`) beside the readings they had; null where that search or those readings ran
 * out of budget, or where a row placed by its positions is one whose other placements are not made
 * here (read from turns of lines, a wrapped band): nothing known, the rows rest on the positions.
 */
export function readingsWithoutPositions<R extends PremiseRow>(
  open: readonly R[],
  placedByFit: (row: R) => boolean,
  rowSum: (values: (number | null)[]) => boolean,
  ncols: number,
  work: WorkBudget,
  search: (rows: readonly R[], work: WorkBudget) => CombinationSearch,
): Map<R, ReadonlySet<string>> | null {
  const rows: R[] = [];
  for (const o of open) {
    const byPositions = o.vanished === true && (placedByFit(o) || o.loose === true);
    // (a row placed by its positions whose other placements this does not make: its positions stay a premise)
    if (byPositions && (o.turns || o.empty || o.band)) return null;
    const every = byPositions ? vanishedBlankReadings(o.seg.evidence.items, ncols, rowSum, work) : [];
    if (every === null) return null;
    rows.push(every.length > 0 ? { ...o, alts: o.alts.concat(every) } : o);
  }
  const found = search(rows, work);
  if (!found.complete) return null;
  const out = new Map<R, ReadonlySet<string>>();
  open.forEach((o, k) => {
    const alts = (rows[k] as R).alts;
    out.set(o, new Set([...(found.surviving[k] ?? [])].map((a) => readingKey(alts[a] as RowItem[]))));
  });
  return out;
}
