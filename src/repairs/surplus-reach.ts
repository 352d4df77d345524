/**
 * Repair check: a row whose label took more than its own numbers, whole rows more (cell-per-line
 * text, plain `pdftotext` of an office print: a label, then a run of numbers that are its row and
 * the rows of the labels printed after the run), when those labels are fewer than the surplus rows.
 * Numbers keep their rows' order while labels float: the surplus rows are the rows after the holder,
 * one each, so a surplus row is left past the labels waiting for the run, and the next row that
 * took numbers after its label may own it. Its numbers after its label are then another row's,
 * printed after it (`2.没有现` / eight rows of numbers / six labels with none / `1.申请人逾期不补正` /
 * `0 0 0 0 0 35 35`: the numbers after the last label are the next row's, whose label floated further
 * down). Each reading keeps the row sum, and the table's column equations add the rows in any
 * order, so no equation need fail.
 *
 * The evidence read: a row S of the template holding `m + 1` whole rows of numbers (none in a pipe
 * row; the floating-label pairing left them unpaired), then labels holding no number, at least one
 * and fewer than `m` of them data rows' (a group label waits for no numbers), then a row R holding
 * exactly a row's numbers, R's place in the template at
 * most `m` rows after S's. R's readings are its own numbers and every surplus row at a place it may
 * take (rows between may be blank and print nothing, so any place up to its own) that keeps R's row
 * sum; where they disagree, its cells are ambiguous.
 *
 * The repair decides; the reader applies the decision.
 */
import type { RowItem } from '../tables/placement.js';
import type { RowSegment } from '../tables/rows.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { TABLE_NAMES } from '../template/table-names.js';

/** What the repair works from, given by the table reader. */
export interface SurplusReachInput<K extends string> {
  /** Rows in source order. */
  rows: readonly RowSegment<K>[];
  /** The template's data rows, in order. */
  dataRows: readonly K[];
  /** Cells per row. */
  ncols: number;
  /** Rows some repair read already (left alone). */
  read: ReadonlyMap<RowSegment<K>, unknown>;
  /** Whether a row of `ncols` items keeps the row's sum. */
  rowHolds: (key: K, items: readonly RowItem[]) => boolean;
}

/** A row whose numbers after its label may be another's, its own in a surplus before it. */
export interface SurplusReachDecision<K extends string> {
  /** The repair. */
  repair: 'surplus-reach';
  /** The row holding whole rows of numbers more than its own. */
  holder: RowSegment<K>;
  /** The row its surplus reaches. */
  row: RowSegment<K>;
  /** The row's readings: its own numbers first, then each surplus row it may own. */
  readings: RowItem[][];
}

/** Finds the rows a holder's surplus reaches (see the module comment). */
export function decideSurplusReach<K extends string>(input: SurplusReachInput<K>): SurplusReachDecision<K>[] {
  const { rows, dataRows, ncols, read, rowHolds } = input;
  const out: SurplusReachDecision<K>[] = [];
  rows.forEach((holder, i) => {
    const items = holder.evidence.items;
    const from = dataRows.indexOf(holder.key);
    if (from < 0 || items.length < 2 * ncols || items.length % ncols !== 0 || items.some((it) => it.token.inRow)) return;
    const surplus = items.length / ncols - 1;
    // (the labels after it holding nothing, up to the next that holds numbers)
    let k = i + 1;
    while (k < rows.length && (rows[k] as RowSegment<K>).evidence.items.length === 0 && (rows[k] as RowSegment<K>).overflow.length === 0)
      k++;
    const row = rows[k];
    if (!row || read.has(row) || row.overflow.length > 0 || row.evidence.items.length !== ncols) return;
    // (data rows' labels waiting for the run, fewer than its surplus rows: a surplus row is left for
    // a row after them; a group label waits for none)
    let waiting = 0;
    for (let w = i + 1; w < k; w++) if (dataRows.includes((rows[w] as RowSegment<K>).key)) waiting++;
    if (waiting < 1 || waiting >= surplus) return;
    const place = dataRows.indexOf(row.key) - from;
    if (place < 1 || place > surplus) return;
    const own = row.evidence.items;
    const readings: RowItem[][] = [[...own]];
    for (let d = 1; d <= place; d++) {
      const cut = items.slice(d * ncols, (d + 1) * ncols);
      if (rowHolds(row.key, cut) && !sameRow(cut, own)) readings.push(cut);
    }
    if (readings.length > 1) out.push({ repair: 'surplus-reach', holder, row, readings });
  });
  return out;
}

/** Whether two readings state the same cells. */
function sameRow(a: readonly RowItem[], b: readonly RowItem[]): boolean {
  return a.every((it, j) => {
    const other = (b[j] as RowItem).token;
    const t = it.token;
    return t.kind === 'value' ? other.kind === 'value' && other.content.value === t.content.value : other.kind === t.kind;
  });
}

/**
 * Runs {@link decideSurplusReach} and applies it: the reached row's readings go `into` the
 * reader's readings per row (cells they disagree on ambiguous), and the row is reported
 * (`ownership-undecided`).
 */
export function applySurplusReach<K extends string>(
  ctx: Reporter,
  table: 't3',
  input: SurplusReachInput<K>,
  into: Map<RowSegment<K>, RowItem[][]>,
): SurplusReachDecision<K>[] {
  const decisions = decideSurplusReach(input);
  for (const d of decisions) {
    into.set(d.row, d.readings);
    ctx.report('ownership-undecided', {
      target: TABLE_NAMES[table],
      detail: `${d.holder.label.text} / ${d.row.label.text}`,
      path: `${table}.${d.row.key}`,
      location: ctx.location(d.row.label.start, d.row.label.end),
    });
  }
  return decisions;
}
