/**
 * Repair: the right-hand columns of table 三's last rows printed as a tail after the last row label
 * (plain `pdftotext` of a Chromium print). Chromium lays the label cells and the first columns of
 * the last rows out in one flow, and plain `pdftotext` writes each of those rows' label with its
 * first few numbers (`（七）总计` / `44 96`, `四、结转下年度继续办理` / `0 0`), then, after the last
 * label, the other columns of those rows as a tail of bare number lines, in blocks: a band of
 * consecutive rows at a time (top to bottom), the band's columns in blocks of one or more columns
 * (left to right), each block one line per row of the band (`0 0` / `50 77` / `2 0`: columns 3–4
 * of three rows; then `0` / `45` / `0`: column 5 of the same rows). Segmentation gives every such
 * row a few numbers and the last row the whole tail (`values-unplaced`), and the rows are flagged.
 *
 * The evidence the repair reads is counted and checked, never the order alone:
 * - the tail rows are the last rows of the table in the template's order, each read once (a second
 *   piece of a row's label right after it, holding no number, is that row's label: `labelPiece`), each
 *   holding fewer numbers than a row has cells and nothing after them but the next row's label
 *   (the last row: numbers on the line of its first number, then the tail, no label in it); their
 *   missing cells add up exactly to the tail's count (no cell of theirs vanished);
 * - where a row's first cells stand before its label (a label wrapped beside the next one: the row
 *   above holds two lines, this row none), the rows' first cells are read by their lines: the run of
 *   such rows must stand on exactly as many lines as it has rows, each line fewer numbers than a row
 *   has cells, and each line is one row's first cells, in the rows' order (the row sums and the
 *   equations below then judge every reading);
 * - a row's first cells wrapped over two lines (`266 213 266 0` / `25` where the other rows print
 *   five) are one row's where the run is read by its lines: a line shorter than most, with the next
 *   line making it as long, is joined with it (`joinWrappedHeads`);
 * - a line of the tail is one row's block (its numbers are consecutive cells of one row), and
 *   each row's cells keep their order (the label line's first, then its blocks left to right);
 * - a word of a tail line shorter than most lines may be two numbers that lost their gap
 *   (`3,19016,307`, `276516284`): where the tail falls short of the rows' missing cells by one or
 *   two, the tail is also read with that many such words cut in two, every choice and cut
 *   (`gluedReadings`); a word that is no number as printed is read only cut. Readings found with
 *   different counts of cut words read different rows: then nothing is decided;
 * - every cut of the tail rows into bands (bounded: {@link MAX_TAIL_ROWS} rows, the table's work
 *   budget) is read so; a reading is kept only when every tail row keeps its row sum and no
 *   equation of the table touching them fails (its other cells read only from rows of their own).
 *   A band whose rows, once full, do not keep their row sums ends the cuts that begin with it.
 * Every reading kept is handed to the reader: a cell all of them give the same is read, the
 * others are `ambiguous` with their candidates; where none is kept, nothing changes. (A tail of
 * one row is the last row's numbers going on over the lines after its first, read in order where
 * `row-continuation.ts` left it, under the same checks.)
 *
 * Every cell of the tail rows is named by a warning (`rows-tail-columns`): the reading rests on
 * the count, the lines and the arithmetic, and on the order of the blocks (bands top to bottom,
 * blocks left to right) where the arithmetic leaves only one reading among those tried.
 *
 * The repair decides; the reader applies the decision.
 */
import type { RowItem } from '../tables/placement.js';
import { segmentsByKey, type RowSegment } from '../tables/rows.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { TABLE_NAMES } from '../template/table-names.js';
import type { RowWindowInput } from './interleaved-rows.js';
import type { ValueToken } from '../tables/tokens.js';
import { cutsInTwo } from './glued-pair.js';

/**
 * The most tail rows tried (every data row of table 三: a page break may leave all but the first few
 * rows' right-hand columns for the tail, 22 rows seen). The cuts into bands double with every row
 * (2^(n−1)), but a band whose rows break their row sums ends every cut after it, and the table's
 * work budget bounds the rest.
 */
export const MAX_TAIL_ROWS = 30;

/** Units of the work budget one line dealt to a row costs. */
const STEP_COST = 1;

/** Units of the work budget judging one complete reading against the table's equations costs. */
const JUDGE_COST = 10;

/** The most words of the tail read as two numbers run together (a row's block that lost a gap). */
const MAX_GLUED_WORDS = 2;

/** The most readings of the tail with words cut that are tried (more: none is). */
const MAX_GLUED_READINGS = 64;

/** What the repair decided for a table's tail. */
export interface ColumnTailDecision<K extends string> {
  /** The repair. */
  repair: 'column-tail';
  /**
   * The tail rows in template order, each with the numbers of its label's line (`head`, its first
   * cells) and its distinct readings (cells in column order).
   */
  rows: { segment: RowSegment<K>; head: RowItem[]; readings: RowItem[][] }[];
  /** The tail's numbers (taken from the last row). */
  consumed: ReadonlySet<RowItem>;
  /** How many cuts into bands were read in full and kept every equation. */
  kept: number;
  /** Some equation touching the rows named a cell no row of its own gives (row sums decided alone). */
  undecided: boolean;
}

/** The value or blank a row item states, as a key. */
function valueKey(items: readonly RowItem[]): string {
  return items.map((i) => (i.token.kind === 'value' ? String(i.token.content.value) : '-')).join(',');
}

/** Consecutive items of one text line, in order. */
function linesOf(items: readonly RowItem[]): RowItem[][] {
  const lines: RowItem[][] = [];
  let prev: RowItem | undefined;
  for (const it of items) {
    const last = lines[lines.length - 1];
    if (last && prev && prev.token.line === it.token.line) last.push(it);
    else lines.push([it]);
    prev = it;
  }
  return lines;
}

/** A tail row with the numbers of its label's line (its first cells). */
interface ChainRow<K extends string> {
  segment: RowSegment<K>;
  head: RowItem[];
}

/** The rows of a table and its last row with its first cells: what the tail rows above it are read from. */
interface AboveLast<K extends string> {
  rows: readonly RowSegment<K>[];
  dataRows: readonly K[];
  ncols: number;
  taken: ReadonlySet<RowSegment<K>>;
  last: RowSegment<K>;
  head: RowItem[];
}

/** Whether a row's items may be a tail row's first cells: none inside a row of the grid, none glued. */
function plainItems(items: readonly RowItem[]): boolean {
  return !items.some((it) => it.token.inRow === true || (it.token.kind === 'value' && it.token.glued === true));
}

/**
 * Whether the segment at `i` is a piece of the label before it: the same row's key, no number of
 * its own, right after that row's segment (`2.没有现成信息需要 59 0` / `供` / `另行制作`: the group
 * label's last character, printed between the row label's two lines, cut the label in two).
 */
function labelPiece<K extends string>(rows: readonly RowSegment<K>[], i: number): boolean {
  const r = rows[i] as RowSegment<K>;
  const before = rows[i - 1];
  return before !== undefined && before.key === r.key && r.evidence.items.length === 0 && r.overflow.length === 0;
}

/**
 * The data rows right above the last, in template order, as long as `fits` accepts them: each read
 * once and not read by another repair (a group's label printed among its rows, holding no cells,
 * is passed over); at most {@link MAX_TAIL_ROWS} − 1.
 */
function rowsAbove<K extends string>(
  rows: readonly RowSegment<K>[],
  dataRows: readonly K[],
  taken: ReadonlySet<RowSegment<K>>,
  fits: (r: RowSegment<K>) => boolean,
): RowSegment<K>[] {
  const byKey = segmentsByKey(rows.filter((_, i) => !labelPiece(rows, i)));
  const out: RowSegment<K>[] = [];
  for (let i = rows.length - 2; i >= 0 && out.length + 1 < MAX_TAIL_ROWS; i--) {
    const r = rows[i] as RowSegment<K>;
    if (!dataRows.includes(r.key) && r.evidence.items.length === 0 && r.overflow.length === 0) continue;
    if (labelPiece(rows, i)) continue;
    const above = dataRows[dataRows.length - 2 - out.length];
    if (r.key !== above || byKey.get(r.key)?.length !== 1 || taken.has(r) || !fits(r)) break;
    out.push(r);
  }
  return out.reverse();
}

/**
 * The tail rows above the last, each holding its own first cells (its items, nothing after them),
 * in template order, the last row (`head`) included.
 */
function headsAbove<K extends string>({ rows, dataRows, ncols, taken, last, head }: AboveLast<K>): ChainRow<K>[] {
  const fits = (r: RowSegment<K>): boolean => {
    const items = r.evidence.items;
    return r.overflow.length === 0 && items.length > 0 && items.length < ncols && plainItems(items);
  };
  const chain: ChainRow<K>[] = rowsAbove(rows, dataRows, taken, fits).map((segment) => ({ segment, head: segment.evidence.items }));
  chain.push({ segment: last, head });
  return chain;
}

/**
 * The tail rows above the last where some row's first cells stand before its label (on the line
 * after the row above's: that row holds two rows' first cells, its own is empty): every row of the
 * run holds fewer numbers than a row has cells, and the run's numbers stand on exactly as many lines
 * as it has rows. Each line is then one row's first cells, the lines in the rows' order (the
 * row sums and the table's equations judge every reading after). Null when the lines do not count
 * out so, or no row of the run is empty (`headsAbove` reads that run).
 */
function headLines<K extends string>({ rows, dataRows, ncols, taken, last, head }: AboveLast<K>): ChainRow<K>[] | null {
  const itemsOf = (r: RowSegment<K>): RowItem[] => [...r.evidence.items, ...r.overflow];
  // (a row holding a whole row's numbers on a line is a row of its own: the run stops above it)
  const fits = (r: RowSegment<K>): boolean =>
    r.evidence.items.length < ncols && plainItems(itemsOf(r)) && !linesOf(itemsOf(r)).some((l) => l.length >= ncols);
  const run = rowsAbove(rows, dataRows, taken, fits);
  // The run starts at its first row holding numbers (an empty row above them has no line to take).
  while (run.length > 0 && itemsOf(run[0] as RowSegment<K>).length === 0) run.shift();
  if (!run.some((r) => r.evidence.items.length === 0)) return null;
  const stream: RowItem[] = [];
  for (const r of run) for (const it of itemsOf(r)) stream.push(it);
  let lines = linesOf(stream);
  if (lines.length > run.length) lines = joinWrappedHeads(lines, ncols);
  if (lines.length !== run.length) return null;
  const chain: ChainRow<K>[] = run.map((segment, j) => ({ segment, head: lines[j] as RowItem[] }));
  chain.push({ segment: last, head });
  return chain;
}

/** The most common count of numbers on a line among `lines` (the first such count where several are). */
function usualWidth(lines: readonly RowItem[][]): number {
  const widths = new Map<number, number>();
  for (const l of lines) widths.set(l.length, (widths.get(l.length) ?? 0) + 1);
  let usual = 0;
  for (const [w, c] of widths) if (c > (widths.get(usual) ?? 0)) usual = w;
  return usual;
}

/**
 * Head lines with each row's head wrapped over two lines joined (`266 213 266 0` / `25` where the
 * other rows print five numbers before their tail): a line shorter than most head lines whose next
 * line makes it exactly as long is one head. The row sums and the table's equations judge every
 * reading of the joined lines after.
 */
function joinWrappedHeads(lines: readonly RowItem[][], ncols: number): RowItem[][] {
  const usual = usualWidth(lines);
  if (usual >= ncols) return [...lines];
  const out: RowItem[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as RowItem[];
    const next = lines[i + 1];
    if (next && l.length < usual && l.length + next.length === usual) {
      out.push([...l, ...next]);
      i++;
    } else out.push(l);
  }
  return out;
}

/**
 * Finds the tail of table 三 among `rows` (segments in source order) and reads it (see the module
 * comment). `dataRows` is the template's order of data rows, `ncols` the cells of a row;
 * `rowHolds(key, items)` whether a row of `ncols` items keeps its row sum; `judge(assignment)` how
 * the table's equations stand with the tail rows read so; `taken` the segments other repairs
 * already read (a tail touching one is left alone). Null when there is no such tail, no reading
 * keeps the arithmetic, or the budget runs out.
 */
export function decideColumnTail<K extends string>(input: RowWindowInput<K>): ColumnTailDecision<K> | null {
  const { rows, dataRows, ncols, taken } = input;
  const last = rows[rows.length - 1];
  if (!last || last.key !== dataRows[dataRows.length - 1] || taken.has(last)) return null;
  const all = [...last.evidence.items, ...last.overflow];
  const first = all[0];
  if (!first) return null;
  // (a last row holding its cells with nothing after a break is read as it stands)
  if (all.length === ncols && last.overflow.length === 0) return null;
  const head = all.filter((i) => i.token.line === first.token.line);
  const tail = all.slice(head.length);
  // The head is the line of the row's first number; every later number is the tail.
  if (head.length >= ncols || tail.length === 0 || all.slice(0, head.length).some((i) => !head.includes(i))) return null;
  // (a word of the tail that holds two numbers by its separators, `3,19016,307`, is read only cut)
  const gluedWord = (i: RowItem): boolean => i.token.kind === 'value' && i.token.glued === true;
  if (all.some((i) => i.token.inRow === true) || head.some(gluedWord)) return null;
  const glued = tail.filter(gluedWord);
  if (segmentsByKey(rows).get(last.key)?.length !== 1) return null;
  // The tail rows, last first: consecutive template rows just above, each read once, holding a few
  // numbers and nothing after them before the next row's label.
  const above: AboveLast<K> = { rows, dataRows, ncols, taken, last, head };
  const chain = headLines(above) ?? headsAbove(above);
  // The tail as printed, and, where its numbers fall short of the rows' missing cells, with words of
  // two numbers run together cut (`3,19016,307`): each count of cut words reads its own rows (every
  // tail row misses at least one cell, so one count of rows at most makes up each count of numbers).
  const tries: { rows: ChainRow<K>[]; walked: TailWalk }[] = [];
  for (let cut = 0; cut <= MAX_GLUED_WORDS; cut++) {
    const tailRows = rowsMissing(chain, ncols, tail.length + cut);
    if (!tailRows) continue;
    if (cut < glued.length) continue;
    for (const numbers of cut === 0 ? [tail] : gluedReadings(tail, cut, glued)) {
      const walked = walkTail(tailRows, numbers, input);
      if (walked.abandoned) return null;
      if (walked.kept > 0) tries.push({ rows: tailRows, walked });
    }
  }
  const [firstTry] = tries;
  // (readings of different rows, as with and without a cut word, leave the rows undecided)
  if (!firstTry || tries.some((t) => t.rows !== firstTry.rows)) return null;
  const found: RowItem[][][] = firstTry.rows.map(() => []);
  for (const { walked } of tries)
    walked.found.forEach((readings, j) => {
      const into = found[j] as RowItem[][];
      for (const r of readings) if (!into.some((x) => valueKey(x) === valueKey(r))) into.push(r);
    });
  return {
    repair: 'column-tail',
    rows: firstTry.rows.map((r, j) => ({ segment: r.segment, head: r.head, readings: found[j] as RowItem[][] })),
    consumed: new Set<RowItem>(tail),
    kept: tries.reduce((a, t) => a + t.walked.kept, 0),
    undecided: tries.some((t) => t.walked.undecided),
  };
}

/** The last rows of `chain` whose missing cells add up to exactly `count`, or null. */
function rowsMissing<K extends string>(chain: readonly ChainRow<K>[], ncols: number, count: number): ChainRow<K>[] | null {
  let n = 0;
  let missing = 0;
  for (; n < chain.length && missing < count; n++) missing += ncols - (chain[chain.length - 1 - n] as ChainRow<K>).head.length;
  return missing === count ? chain.slice(chain.length - n) : null;
}

/**
 * The tail read with `cut` of its words cut in two (each the only cut that gives two numbers as
 * printed, or one of a few: `276516284`), every choice of such words among those standing on a line
 * shorter than most of the tail's lines (the line of a row's block that lost a gap), the `glued`
 * words (no number as printed) among them; none when there are more than {@link MAX_GLUED_READINGS}
 * choices.
 */
function gluedReadings(tail: readonly RowItem[], cut: number, glued: readonly RowItem[]): RowItem[][] {
  const lines = linesOf(tail);
  const usual = usualWidth(lines);
  const words: { item: RowItem; cuts: [ValueToken, ValueToken][] }[] = [];
  for (const l of lines) {
    if (l.length >= usual) continue;
    for (const item of l) {
      const cuts = item.token.kind === 'value' ? cutsInTwo(item.token) : [];
      if (cuts.length > 0) words.push({ item, cuts });
    }
  }
  const out: RowItem[][] = [];
  const choose = (from: number, left: number, pieces: Map<RowItem, [ValueToken, ValueToken]>): boolean => {
    if (left === 0) {
      if (glued.some((i) => !pieces.has(i))) return true;
      out.push(
        tail.flatMap((i) => {
          const two = pieces.get(i);
          return two ? two.map((token) => ({ ...i, token })) : [i];
        }),
      );
      return out.length <= MAX_GLUED_READINGS;
    }
    for (let k = from; k < words.length; k++) {
      const { item, cuts } = words[k] as (typeof words)[number];
      for (const two of cuts) {
        pieces.set(item, two);
        const more = choose(k + 1, left - 1, pieces);
        pieces.delete(item);
        if (!more) return false;
      }
    }
    return true;
  };
  return choose(0, cut, new Map()) ? out : [];
}

/** What walking one tail over its rows found. */
interface TailWalk {
  /** Each row's distinct readings. */
  found: RowItem[][][];
  /** Cuts into bands read in full that kept every equation. */
  kept: number;
  /** Some equation touching the rows named a cell no row of its own gives. */
  undecided: boolean;
  /** The budget ran out. */
  abandoned: boolean;
}

/**
 * Every cut of the tail's numbers `tail` into bands of `tailRows` (see the module comment), judged by
 * the row sums and the table's equations.
 */
function walkTail<K extends string>(tailRows: readonly ChainRow<K>[], tail: readonly RowItem[], input: RowWindowInput<K>): TailWalk {
  const { ncols, rowHolds, judge, budget } = input;
  const n = tailRows.length;
  const need = tailRows.map((r) => ncols - r.head.length);
  const keys = tailRows.map((r) => r.segment.key);
  const lines = linesOf(tail);
  const found: RowItem[][][] = tailRows.map(() => []);
  let kept = 0;
  let undecided = false;
  let abandoned = false;
  const parts: RowItem[][] = tailRows.map(() => []);
  const judgeCut = (): void => {
    const full = tailRows.map((r, j) => [...r.head, ...(parts[j] as RowItem[])]);
    if (!full.every((items, j) => rowHolds(keys[j] as K, items))) return;
    const judged = judge(new Map<K, readonly RowItem[]>(full.map((items, j) => [keys[j] as K, items])));
    if (judged === 'fails') return;
    if (judged === 'undecided') undecided = true;
    kept++;
    full.forEach((items, j) => {
      const readings = found[j] as RowItem[][];
      if (!readings.some((r) => valueKey(r) === valueKey(items))) readings.push(items);
    });
  };
  // (a band's rows, once full, keep their row sums: no cut after a band that does not is read)
  const bandHolds = (row: number, h: number): boolean => {
    for (let j = row; j < row + h; j++)
      if (!rowHolds(keys[j] as K, [...(tailRows[j] as ChainRow<K>).head, ...(parts[j] as RowItem[])])) return false;
    return true;
  };
  // Cuts into bands: a band of h rows takes blocks of h lines (one per row) until each row is full.
  const walk = (row: number, line: number): void => {
    if (row === n) {
      if (line !== lines.length) return;
      if (!budget.spend(JUDGE_COST)) abandoned = true;
      else judgeCut();
      return;
    }
    for (let h = 1; row + h <= n && !abandoned; h++) {
      // (a band of several rows each filled by one line deals as those rows one band each: the
      // same reading, read once, so that a tail of one line a row is not cut 2^(n−1) ways; skipped
      // before any line is dealt, at no cost, as the tail may be read several ways, its words cut)
      if (h > 1 && line + h <= lines.length && need.slice(row, row + h).every((k, j) => (lines[line + j] as RowItem[]).length === k))
        continue;
      let at = line;
      let fits = true;
      const dealt = new Array<number>(h).fill(0);
      while (fits && dealt.some((d, j) => d < (need[row + j] as number))) {
        if (dealt.some((d, j) => d === need[row + j]) || at + h > lines.length || !budget.spend(STEP_COST * h)) {
          fits = false;
          break;
        }
        for (let j = 0; j < h; j++) {
          const l = lines[at + j] as RowItem[];
          for (const it of l) (parts[row + j] as RowItem[]).push(it);
          dealt[j] = (dealt[j] as number) + l.length;
          if ((dealt[j] as number) > (need[row + j] as number)) fits = false;
        }
        at += h;
      }
      if (budget.exhausted) abandoned = true;
      else if (fits && bandHolds(row, h)) walk(row + h, at);
      for (let j = 0; j < h; j++) (parts[row + j] as RowItem[]).length = 0;
    }
  };
  walk(0, 0);
  return { found, kept, undecided, abandoned };
}

/**
 * Runs {@link decideColumnTail} and applies it: the last row keeps the numbers of its first line
 * as its evidence (its tail taken from it), each tail row's readings go into `readings`, and the
 * rows are reported (`rows-tail-columns`, naming the rows' cells, `addressesOf(key)`).
 */
export function applyColumnTail<K extends string>(
  ctx: Reporter,
  input: RowWindowInput<K>,
  readings: Map<RowSegment<K>, RowItem[][]>,
): ColumnTailDecision<K> | null {
  const { table, addressesOf } = input;
  const d = decideColumnTail(input);
  if (!d) return null;
  for (const { segment, head, readings: cuts } of d.rows) {
    // A row read one way is a row of its own for the readers after (its cells in one run).
    const [only] = cuts;
    const items = cuts.length === 1 && only ? only.map((i) => ({ ...i, run: head[0]?.run ?? i.run })) : head;
    segment.evidence = { ...segment.evidence, items };
    segment.overflow = [];
    readings.set(segment, cuts);
  }
  const [top] = d.rows;
  if (top)
    ctx.report('rows-tail-columns', {
      target: TABLE_NAMES[table],
      detail: d.rows.map((r) => r.segment.label.text).join(' / '),
      path: `${table}.${top.segment.key}`,
      addresses: d.rows.flatMap((r) => addressesOf(r.segment.key)),
      location: ctx.location(top.segment.label.start, top.segment.label.end),
    });
  return d;
}
