/**
 * Repair: a row short of numbers whose missing numbers may stand after the next row's label.
 * Where blank cells vanish without a trace (plain `pdftotext`: a blank cell writes nothing), a row
 * showing fewer numbers than cells either left those cells blank or had numbers the converter wrote
 * later, after the next row's label (`4.… 0 / 5.… 0 … 0`: row 4's other numbers then read as row
 * 5's). The count cannot tell the two apart: the next row with k numbers fewer is a row with k more
 * vanished blanks.
 *
 * The evidence read: two rows consecutive in the template and in the text, each key read once, the
 * first short of numbers (a block stream with no blank written and no position grid: blanks vanished) and the
 * second's numbers following the first's with no other number between. The signature of rows
 * printed interleaved: the first row's label line holds a number of its own. Every move of some of
 * the second row's numbers (not those on its own label's lines) to the first row, up to the first
 * row's deficit, is tried: both rows must then keep their row sums with the vanished blanks put
 * back somewhere (a blank total only for a row summing to 0), the second row may not be left more
 * blanks than the table can have lost (its cells less the numbers its text holds), and no equation
 * of the table may fail (`tableHolds`). Where some move passes, the readings it gives are added to the
 * readings of both rows, so the cells where they differ from the reading as printed become
 * `ambiguous` (the reader places every reading); where none passes, the arithmetic decided and the
 * rows stay as read. Out of budget, a move's readings that keep the row sums all stay possible.
 *
 * A second shape: a row showing no number at all, the next row's label starting on the line right
 * under other text, no blank line between (plain `pdftotext` of a LibreOffice print whose blocks are
 * set off by blank lines: `1.属于国家秘` / `密` + `2.其他法律行政法` one block / `0` ×7 /
 * `规禁止公开`). The converter writes a block's lines together and the numbers standing beside them
 * after it: the first row's numbers, printed at its label's height, come out after the next row's
 * first line, among the next row's own (inside its wrapped label). The text is the same where the
 * first row is blank. Not where the row before the first in the text holds more numbers than its
 * cells: the first row's numbers may then be printed before its label (`2.重复申请` with fourteen
 * numbers, `3.要求提供公开出版物` and `4.无正当理由…` one block after them). Every move of the second
 * row's numbers after its label's first line is tried as above (the first row then holds only the
 * numbers moved); the first row stays as placed (it shows no number: `missing`).
 *
 * So too where the next row's label is set off by a blank line but two of its numbers stand on lines
 * right under one another, no blank line between (`twoHeights`): one block of the converter's over two
 * heights of the page, where a row's cells stand at one. The run holds numbers of two rows, and the
 * row above, showing none, may own some (`（一）予以公开` / `（二）部分公开（区分…` / `0` / `0` /
 * `0` + `0` one block / `21` / `28` / `49`: the first row's three zeros among the second's numbers,
 * column by column). Zeros moved between two rows change no sum.
 *
 * The table's equations judge the moves only where they hold with the second row as read: where
 * they fail that way too, they fail for another reason (a row misread elsewhere) and refute no
 * move; the row sums alone judge then.
 *
 * The repair decides; the reader applies the decision.
 */
import type { RowItem } from '../tables/placement.js';
import { segmentsByKey, type RowSegment } from '../tables/rows.js';
import { WorkBudget } from '../tables/budget.js';
import { vanishedBlankReadings } from '../tables/digit-runs.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { TABLE_NAMES } from '../template/table-names.js';

/** Units of the work budget the search of one table may spend (a unit: one reading or one judgement). */
export const SPILL_WORK = 50_000;

/** The most numbers of the second row tried as the short row's (a row has seven cells: every subset of its numbers is at most 2^7). */
const MAX_MOVED = 6;

/** Units one judgement of two rows against the table's equations costs. */
const JUDGE_COST = 10;

/** What the repair works from, given by the table reader. */
export interface SpilledValuesInput<K extends string> {
  /** Rows in source order. */
  rows: readonly RowSegment<K>[];
  /** The template's data rows, in order. */
  dataRows: readonly K[];
  /** Cells per row. */
  ncols: number;
  /** Whether the table writes blanks that vanish (no blank marker, no gap, no position grid). */
  blanksVanish: boolean;
  /**
   * Whether the table's blocks are set off by blank lines and its blanks vanish (no blank marker,
   * no gap showing a lost cell, no position grid): a line right under another, no blank line
   * between, is in that line's block (the second shape, see the module comment).
   */
  blocksSetOff: boolean;
  /**
   * How many cells of the table can have vanished: its cells less the numbers its text holds. A
   * move that leaves the second row more blanks than that is no reading (the numbers the short
   * row lacks stand elsewhere).
   */
  vanishedAtMost: number;
  /** The readings each row has so far (several: ambiguous where they differ); a row not in it is read as printed. */
  readings: ReadonlyMap<RowSegment<K>, readonly RowItem[][]>;
  /** Whether a row of `ncols` values and blanks keeps its row sum (a vanished total counts as not reported). */
  rowSum: (values: (number | null)[]) => boolean;
  /** Whether no equation of the table fails with two rows read so. */
  tableHolds: (assignment: ReadonlyMap<K, readonly RowItem[]>) => boolean;
}

/** The readings the repair adds to one row. */
export interface SpilledRow<K extends string> {
  /** The row. */
  segment: RowSegment<K>;
  /**
   * Its readings: the ones it had (or its numbers as printed) and those of the moves that pass
   * (out of budget: that keep the row sums); null for a short row left as placed.
   */
  readings: RowItem[][] | null;
}

/** What the repair decided for one pair of rows. */
export interface SpilledValuesDecision<K extends string> {
  /** The repair. */
  repair: 'spilled-values';
  /** The short row and the row after it. */
  rows: [SpilledRow<K>, SpilledRow<K>];
  /** The moves (how many numbers of the second row given to the first) that keep every equation. */
  moves: number[];
  /** The search ran out of its budget. */
  exhausted: boolean;
}

/** The values and blanks of some items, as a key. */
function valueKey(items: readonly RowItem[]): string {
  return items.map((i) => (i.token.kind === 'value' ? String(i.token.content.value) : '-')).join(',');
}

/** Whether a number stands on one of a row's label lines or between the pieces of its wrapped label. */
function onLabel<K extends string>(s: RowSegment<K>, item: RowItem): boolean {
  const t = item.token;
  if (s.labels.some((l) => l.line === t.line)) return true;
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const l of s.labels) {
    from = Math.min(from, l.start);
    to = Math.max(to, l.end);
  }
  return t.start > from && t.start < to;
}

/**
 * Whether a row's label starts a line right under other text, no blank line between (in a text whose
 * blocks are set off by blank lines: in the block of the text above it).
 */
function inBlockAbove<K extends string>(s: RowSegment<K>): boolean {
  return s.label.lineStart && s.label.gapBefore === 0;
}

/**
 * Whether two numbers stand on lines right under one another, no blank line between (in a text whose
 * blocks are set off by blank lines: one block of two lines). A row's cells stand at one height on
 * the page, one line of the converter's; a block of numbers over two lines holds numbers of two
 * heights, of two rows (or the pieces of a number wrapped in its cell, which the row sums keep apart).
 */
function twoHeights(items: readonly RowItem[]): boolean {
  return items.some((it, j) => {
    const prev = items[j - 1];
    return prev !== undefined && it.token.lineStart && it.token.gapBefore === 0 && it.token.line === prev.token.line + 1;
  });
}

/**
 * The second row's numbers the first may own: not those on the second row's label's lines (or
 * between its label's pieces), its own; after a row showing none, all but those on its label's first line.
 */
function movableItems<K extends string>(a: RowSegment<K>, b: RowSegment<K>): RowItem[] {
  const empty = a.evidence.items.length === 0;
  return b.evidence.items.filter((i) => (empty ? i.token.line !== b.label.line : !onLabel(b, i)));
}

/**
 * Whether the row before `a` in the text holds more numbers than a row has cells: the numbers of a
 * row showing none may be printed before its label, among that row's (another repair's case).
 */
function surplusBefore<K extends string>(rows: readonly RowSegment<K>[], a: RowSegment<K>, ncols: number): boolean {
  const before = rows[rows.indexOf(a) - 1];
  return before !== undefined && before.evidence.items.length + before.overflow.length > ncols;
}

/** Whether a row's numbers are values only, in the text as printed (nothing glued, nothing inside another row). */
function plainValues(items: readonly RowItem[]): boolean {
  return items.every((i) => i.token.kind === 'value' && !i.token.glued && !i.token.inRow);
}

/** The readings a row has: its own, or its items as printed when they fill the row; null when it has none to compare. */
function readingsOf<K extends string>(s: RowSegment<K>, input: SpilledValuesInput<K>): RowItem[][] | null {
  const had = input.readings.get(s);
  if (had) return had.map((r) => [...r]);
  return s.evidence.items.length === input.ncols ? [[...s.evidence.items]] : null;
}

/**
 * Finds the pairs of rows where a short row's numbers may stand after the next row's label, and
 * the readings that then keep the arithmetic (see the module comment).
 */
export function decideSpilledValues<K extends string>(input: SpilledValuesInput<K>): SpilledValuesDecision<K>[] {
  const { rows, dataRows, ncols, rowSum, tableHolds } = input;
  const out: SpilledValuesDecision<K>[] = [];
  if (!input.blanksVanish && !input.blocksSetOff) return out;
  const byKey = segmentsByKey(rows);
  const budget = new WorkBudget(SPILL_WORK);
  for (let k = 0; k + 1 < dataRows.length; k++) {
    const firsts = byKey.get(dataRows[k] as K);
    const seconds = byKey.get(dataRows[k + 1] as K);
    if (firsts?.length !== 1 || seconds?.length !== 1) continue;
    const a = firsts[0] as RowSegment<K>;
    const b = seconds[0] as RowSegment<K>;
    const aItems = a.evidence.items;
    const bItems = b.evidence.items;
    const deficit = ncols - aItems.length;
    if (deficit < 1 || bItems.length === 0 || a.overflow.length > 0 || b.overflow.length > 0) continue;
    if (!plainValues(aItems) || !plainValues(bItems)) continue;
    // Consecutive in the text: the second row's label after the first's, no number between their numbers.
    if (rows.indexOf(b) !== rows.indexOf(a) + 1) continue;
    // The signature of rows printed interleaved: the short row's label line holds a number of its
    // own; or the row shows none and the next row's label is in the block of the text above it.
    const empty = aItems.length === 0;
    if (
      empty
        ? !input.blocksSetOff || (!inBlockAbove(b) && !twoHeights(movableItems(a, b))) || surplusBefore(rows, a, ncols)
        : !input.blanksVanish || !aItems.some((i) => onLabel(a, i))
    )
      continue;
    const bReadings = readingsOf(b, input);
    if (!bReadings) continue;
    // (the table's equations judge the moves only where they hold with the second row as read: an
    // equation failing that way too fails for another reason, a row misread elsewhere, and refutes no move)
    const judged = bReadings.some((r) => tableHolds(new Map([[b.key, r]])));
    const movable = movableItems(a, b);
    const moves: number[] = [];
    const aAdded: RowItem[][] = [];
    const bAdded: RowItem[][] = [];
    // (the short row's readings matter only when it has some: otherwise it stays as placed)
    const aRead = input.readings.get(a);
    let exhausted = false;
    const most = Math.min(deficit, movable.length, MAX_MOVED);
    // (moves giving both rows the same numbers are one move: a row of zeros has many)
    const tried = new Set<string>();
    const seen = new Set<string>();
    for (let mask = 1; mask < 1 << movable.length; mask++) {
      const moved = movable.filter((_, j) => (mask & (1 << j)) !== 0);
      const kept = bItems.filter((i) => !moved.includes(i));
      if (moved.length > most || ncols - kept.length > input.vanishedAtMost) continue;
      const key = `${valueKey(moved)}|${valueKey(kept)}`;
      if (tried.has(key)) continue;
      tried.add(key);
      const aCuts = vanishedBlankReadings([...aItems, ...moved], ncols, rowSum, budget) ?? [];
      const bCuts = vanishedBlankReadings(kept, ncols, rowSum, budget) ?? [];
      if (budget.exhausted) exhausted = true;
      const aKept = new Set<RowItem[]>();
      let passes = false;
      for (const bCut of bCuts) {
        // Out of budget: every reading that keeps the row sums stays possible.
        let bKept = exhausted;
        for (const aCut of aCuts) {
          if (bKept && (!aRead || aKept.has(aCut))) continue;
          if (judged && !exhausted && !budget.spend(JUDGE_COST)) exhausted = true;
          if (
            judged &&
            !exhausted &&
            !tableHolds(
              new Map([
                [a.key, aCut],
                [b.key, bCut],
              ]),
            )
          )
            continue;
          bKept = true;
          aKept.add(aCut);
        }
        if (bKept && aCuts.length > 0) {
          passes = true;
          if (!seen.has(`b${valueKey(bCut)}`)) bAdded.push(bCut);
          seen.add(`b${valueKey(bCut)}`);
        }
      }
      for (const cut of aKept) if (!seen.has(`a${valueKey(cut)}`)) aAdded.push(cut);
      for (const cut of aKept) seen.add(`a${valueKey(cut)}`);
      if (passes && !moves.includes(moved.length)) moves.push(moved.length);
    }
    if (moves.length === 0) continue;
    out.push({
      repair: 'spilled-values',
      moves,
      exhausted,
      rows: [
        // (a short row not read another way is placed as printed, ambiguous where its cells are not known)
        { segment: a, readings: aRead ? [...aRead.map((r) => [...r]), ...aAdded] : null },
        { segment: b, readings: [...bReadings, ...bAdded] },
      ],
    });
  }
  return out;
}

/**
 * Runs {@link decideSpilledValues} and applies it: each row of a decided pair takes its readings
 * (`into`, the reader's readings per row; a short row left as placed is not touched), and the pair
 * is reported (`values-may-belong-above`, naming the second row's cells).
 */
export function applySpilledValues<K extends string>(
  ctx: Reporter,
  table: 't3',
  input: SpilledValuesInput<K>,
  into: Map<RowSegment<K>, RowItem[][]>,
): SpilledValuesDecision<K>[] {
  const decisions = decideSpilledValues(input);
  for (const d of decisions) {
    for (const { segment, readings } of d.rows) if (readings) into.set(segment, readings);
    const [a, b] = d.rows;
    ctx.report('values-may-belong-above', {
      target: TABLE_NAMES[table],
      detail: `${a.segment.label.text} / ${b.segment.label.text}`,
      path: `${table}.${b.segment.key}`,
      location: ctx.location(b.segment.label.start, b.segment.label.end),
    });
  }
  return decisions;
}
