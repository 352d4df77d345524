/**
 * Ownership decided by evidence: before a table's numbers are given to its row labels, establish
 * how this document orders them.
 *
 * - **after** (the ordinary order): a row label, then its numbers.
 * - **before**: the numbers of a row, then its label (plain `pdftotext` of browser- or
 *   Office-printed PDFs reads a tall label cell after the short cells beside it). Read in the
 *   ordinary order, every row takes the next row's numbers; when most rows are zero the tables
 *   still add up, so the arithmetic alone cannot be trusted to notice.
 * - **wrapped**: a long label printed around its numbers (`6.属于四类` / numbers / `过程性信息`).
 *
 * The evidence is the document's own: a run of numbers before the first row label of a block and a
 * last label with nothing after it (numbers before labels), label pieces that make a template label
 * only when joined across the numbers between them (wrapped), pipe rows (a label in the same row as
 * its numbers owns them: the question does not arise), PDF coordinates where the input has them
 * (numbers printed on the baseline of the label they belong to), and the arithmetic of each
 * candidate reading. When the structure points one way and the arithmetic the other, the decision
 * is `undecided` and the table reader keeps only what both readings agree on (the rest is
 * `ambiguous` with both candidates).
 *
 * The repair returns its decision and the reason, and the token stream of the reading to use; it
 * never changes a token's text or value.
 */
import type { LabelToken, TableToken } from '../tables/tokens.js';
import { segmentRows, type LabelRole, type Segmentation } from '../tables/rows.js';
import { joinWrappedLabels, type LabelProbe, type WrappedLabel } from './wrapped-labels.js';
import { dealRowsByCount, dealRowsWithVanished, type RowStart } from './dealt-rows.js';
import type { RowItem } from '../tables/placement.js';
import type { RowSegment } from '../tables/rows.js';
import type { WorkBudget } from '../tables/budget.js';
import type { RowSumOutcome } from './ordered-values.js';
import { MIN_PLACED_INDENT } from '../tables/text-position.js';

/** How a table's numbers stand to their labels. */
export type OwnershipOrder = 'after' | 'before' | 'undecided';

/** What the ownership repair decided, and why. */
export interface OwnershipDecision {
  /** The order the evidence establishes. */
  order: OwnershipOrder;
  /** Evidence that decided it, in English (for diagnostics and tests). */
  why: string;
  /** Labels joined around the numbers printed inside them (wrapped labels). */
  joined: readonly WrappedLabel[];
  /** The tokens of the reading to use (`after`: the source order; `before`: each run of numbers moved after the label it precedes). */
  tokens: readonly TableToken[];
  /** With `undecided`: the tokens of the other reading (numbers before their labels). */
  alternative?: readonly TableToken[];
  /**
   * With `before` decided from the text's structure alone (no PDF coordinates): the tokens as printed
   * (wrapped labels joined), for a reader whose parts may each show their own order (table 二's
   * sub-tables) to check that reading against each part's own evidence.
   */
  printed?: readonly TableToken[];
  /**
   * With `after`, when the repair segmented `tokens` to decide: that segmentation (gap baseline 0),
   * for a reader that segments the same tokens the same way to use instead of segmenting again.
   */
  segmentation?: Segmentation<string>;
  /** With `after`: the numbers were dealt to the rows by count (`dealt-rows.ts`), every row whole and every equation holding. */
  dealt?: true;
  /**
   * With `dealt`, when blank cells vanished from the deal: every reading each row keeps in some deal
   * that holds every equation (the reader states what they agree on).
   */
  dealtReadings?: ReadonlyMap<RowSegment<string>, RowItem[][]>;
}

/** What a reader's classifier may know of the rows before a label. */
export interface RowState {
  /** Rows recognised so far. */
  rowsSoFar: number;
  /** Key of the last row. */
  lastKey: string | null;
}

/** A state for classifying one label out of context (inside the table body). */
const IN_BODY: RowState = { rowsSoFar: 1, lastKey: null };

export type { LabelProbe } from './wrapped-labels.js';

/** What the repair needs from the table reader. */
export interface OwnershipInput {
  /** The table region's tokens. */
  tokens: readonly TableToken[];
  /** Classifies a label as the reader does (row, group, other), without side effects. */
  classify: (label: LabelToken, state: RowState) => LabelRole<string>;
  /** Classifies a text piece against the row labels (for joining wrapped labels). */
  probe: LabelProbe;
  /** The number of cells of a data row when every row has the same (table 三: 7); null otherwise. */
  ncols: number | null;
  /**
   * Equations of the table that hold and fail under a reading (row sums, column totals, balance),
   * counted where their cells are known; absent for a table without arithmetic (table 二).
   */
  failing?: (seg: Segmentation<string>) => { holds: number; fails: number };
  /** The baseline (PDF points from the bottom) of a token when the input is a PDF; undefined otherwise. */
  baselineOf?: (token: TableToken) => number | undefined;
  /**
   * The position of a row key in the template's order (undefined for a key it does not know). With it, row
   * labels standing out of that order (labels printed late, after rows below them) keep the signature of
   * numbers printed before their labels from deciding alone.
   */
  rowRank?: (key: string) => number | undefined;
  /** Whether a segmentation holds every data row of its template version (tables with arithmetic); needed for the dealt reading. */
  wholeTable?: (seg: Segmentation<string>) => boolean;
  /** The row a numbered label begins (the label, or the numbered beginning of one); needed for the dealt reading. */
  rowStart?: (l: LabelToken) => RowStart | null;
  /** How a row's cells stand to its own equation (its row sum); with `budget`, deals that lost blank cells are searched too. */
  rowSum?: (key: string, items: readonly RowItem[]) => RowSumOutcome;
  /** The table's work budget (the search of deals that lost blank cells). */
  budget?: WorkBudget;
}

/** Two PDF baselines closer than this (points) are one printed line. */
const SAME_LINE_POINTS = 2;

/**
 * Decides the order of a table's numbers and labels (see the module comment). Linear in the
 * number of tokens (each reading is segmented at most once).
 */
export function decideOwnership(input: OwnershipInput): OwnershipDecision {
  const joined: WrappedLabel[] = [];
  const tokens = joinWrappedLabels(input.tokens, input.probe, joined);
  const classify = (l: LabelToken, state: RowState = IN_BODY): LabelRole<string> => input.classify(l, state);
  const after: OwnershipDecision = {
    order: 'after',
    why: joined.length > 0 ? 'labels wrapped around their numbers' : 'labels before their numbers',
    joined,
    tokens,
  };
  // A label printed in the same pipe row as numbers owns them: the order question does not arise.
  if (tokens.some((t) => t.kind === 'value' && t.inRow)) return after;
  const segA = segmentRows<string>(tokens, classify, 0);
  after.segmentation = segA;
  const a = shape(segA, input.ncols);
  // Every row took numbers and none is left over: the ordinary reading fits.
  if (a.empty === 0 && a.unclaimed === 0) return after;
  // Rows left without numbers or numbers left without a row: the numbers dealt to the rows by count
  // (a Chromium print's mixed order) read the table when every row is whole and every equation holds.
  const dealt = dealtReading(input, tokens, joined, true);
  if (dealt) return dealt;
  // The other reading, its segmentation and the coordinates' vote are each worked out when a
  // branch below first needs them (each is pure in the tokens: the decision is the same).
  let movedTokens: TableToken[] | undefined;
  const moved = (): TableToken[] => (movedTokens ??= numbersAfterNextLabel(tokens, classify));
  let segBRead: Segmentation<string> | undefined;
  const segB = (): Segmentation<string> => (segBRead ??= segmentRows<string>(moved(), classify, 0));
  let bRead: Shape | undefined;
  const b = (): Shape => (bRead ??= shape(segB(), input.ncols));
  let vote: number | undefined;
  const coordinates = (): number => (vote ??= input.baselineOf ? coordinateVote(tokens, classify, input.baselineOf) : 0);
  const before = (why: string): OwnershipDecision => ({ order: 'before', why, joined, tokens: moved() });
  // (decided by the structure alone: the printed reading kept for a reader that checks it part by part)
  const beforeByStructure = (why: string): OwnershipDecision => ({ ...before(why), printed: tokens });
  // Where neither order is established (and no deal reads the table), keep what both readings agree on.
  const undecided = (why: string): OwnershipDecision =>
    dealtReading(input, tokens, joined, false) ?? { order: 'undecided', why, joined, tokens, alternative: moved() };
  const structure = (): number => b().empty + b().unclaimed - (a.empty + a.unclaimed);
  // Text without coordinates: numbers that follow a row label on its own text line stand on that
  // label's baseline (plain pdftotext joins only words of one baseline into a line), so no reading by
  // structure or arithmetic alone moves them to the next label. Nor where a label is printed around
  // numbers (its pieces joined across them): they stand inside that label's cell, so they are its own,
  // not the next label's.
  let lines: number | undefined;
  const sameLine = (): number => (lines ??= lineVote(tokens, classify));
  const beforeUnlessLines = (why: string): OwnershipDecision => {
    if (sameLine() > 0) return undecided(`${why}, but numbers follow their label on its own line`);
    if (joined.length > 0) return undecided(`${why}, but labels are printed around numbers inside them`);
    return beforeByStructure(why);
  };
  if (a.leading > 0 && a.lastEmpty) {
    // Numbers before the first label and none after the last one: the numbers precede their labels,
    // if that reading is tidier (fewer labels without numbers, fewer numbers without a label).
    if (structure() >= 0 || (input.ncols !== null && b().complete < a.complete)) return after;
    if (coordinates() > 0) return { ...after, why: 'PDF coordinates put the numbers on the baseline of the label before them' };
    if (coordinates() < 0) return before('PDF coordinates put the numbers on the baseline of the label after them');
    if (input.failing) {
      const fa = input.failing(segA);
      const fb = input.failing(segB());
      if (fb.fails > fa.fails)
        return undecided(
          `numbers stand before the first label and none after the last, but that reading breaks ${fb.fails} equations against ${fa.fails}`,
        );
    }
    // Row labels out of the template's order: labels printed late (a tall label cell written after the
    // rows below it) leave the same signature, numbers before the first label and a label after the last
    // numbers, while every other row's numbers follow its label. Neither reading is established.
    if (input.rowRank && !labelsInTemplateOrder(segA, input.rowRank))
      return undecided('numbers stand before the first label and none after the last, but the row labels stand out of the template order');
    // The only numbers "before the first label" are a run under a group label inside the table (a
    // page break or a wrapped cell can leave one there), while the first row label has its numbers
    // after it: the signature is too weak to move every row's numbers. Neither reading is established.
    if (a.runsBeforeFirstRow === 0)
      return undecided('numbers stand under a group label and none after the last label, but none stand before the first row label');
    return beforeUnlessLines('numbers before the first label of a block and none after its last one');
  }
  // The last label has no numbers but none stand before the first one either: a document printing
  // numbers before labels whose first row vanished (all blank), or an ordinary one whose last row
  // vanished. Only coordinates or the arithmetic can tell: the numbers go before their labels only
  // when that reading breaks fewer equations and keeps as many; otherwise the ordinary reading
  // stands (where both add up, a first row left blank reads as the second row's numbers: the one
  // case the evidence cannot show; see docs/architecture.md).
  // Numbers stand before the first label, yet the last label has numbers too: a document that
  // prints some rows' numbers before their labels and others after (a tall label cell beside short
  // ones in plain pdftotext): a whole row of numbers (the table's number of cells) stands before
  // the first row label, and nothing else does. Read in the ordinary order the leading run is orphaned and each row
  // may take the next row's numbers; read the other way, the rows after a label lose theirs. Unless
  // coordinates tell, neither reading is established: keep only what both agree on. In text laid out by
  // position whose first row's numbers wrap over several lines, the run is the top line of those wrapped
  // cells (a browser centres them beside a shorter label): no order is shown, the numbers follow their labels.
  if (input.ncols !== null && !a.lastEmpty && leadsWithFullRow(segA, input.ncols)) {
    if (leadsWithWrappedLine(segA, input.ncols))
      return { ...after, why: 'the numbers before the first label are the top line of its wrapped cells, laid out by position' };
    if (coordinates() > 0) return { ...after, why: 'PDF coordinates put the numbers on the baseline of the label before them' };
    if (coordinates() < 0) return before('PDF coordinates put the numbers on the baseline of the label after them');
    return undecided('numbers stand before the first label, and the last label has numbers after it: the order is mixed');
  }
  // A table without arithmetic (table 二) whose numbers stand both before its first label and after
  // its last one: the order is mixed, and nothing can check either reading.
  if (input.ncols === null && !input.failing && a.leading > 0 && !a.lastEmpty && unclaimedRightBeforeRow(tokens, segA, classify)) {
    if (coordinates() > 0) return { ...after, why: 'PDF coordinates put the numbers on the baseline of the label before them' };
    if (coordinates() < 0) return before('PDF coordinates put the numbers on the baseline of the label after them');
    return undecided('numbers stand before the first label, and the last label has numbers after it: the order is mixed');
  }
  if (!a.lastEmpty || a.leading > 0 || !input.failing || structure() > 0) return after;
  if (coordinates() > 0) return after;
  if (coordinates() < 0) return before('PDF coordinates put the numbers on the baseline of the label after them');
  const fa = input.failing(segA);
  const fb = input.failing(segB());
  if (fb.fails < fa.fails && fb.holds >= fa.holds) {
    // Equations that fail either way: the document breaks its own arithmetic (cells left blank),
    // and failing less is no evidence of the order.
    if (fb.fails > 0)
      return undecided(`the last label has no numbers, and ${fb.fails} equations fail read before their labels, ${fa.fails} after`);
    return beforeUnlessLines(`the last label has no numbers, and read before their labels ${fb.fails} equations fail against ${fa.fails}`);
  }
  return after;
}

/**
 * How a part of a table reads in each order, for a repair that decides parts on their own
 * (`subtable-ownership.ts`): whether every row label takes numbers and no number is left without a
 * row, read as printed (`after`) and with each run of numbers moved after the label printed next
 * (`before`), and the tokens of that second reading.
 */
export function orderFits(
  tokens: readonly TableToken[],
  classify: (label: LabelToken) => LabelRole<string>,
): { after: boolean; before: boolean; beforeTokens: TableToken[] } {
  const beforeTokens = numbersAfterNextLabel(tokens, classify);
  const fits = (seg: Segmentation<string>): boolean => {
    const s = shape(seg, null);
    return s.empty === 0 && s.unclaimed === 0 && seg.rows.length > 0;
  };
  return {
    after: fits(segmentRows<string>(tokens, (l) => classify(l), 0)),
    before: fits(segmentRows<string>(beforeTokens, (l) => classify(l), 0)),
    beforeTokens,
  };
}

/**
 * The reading with the numbers dealt to the rows by count (`dealt-rows.ts`), kept only when every
 * data row of the table is there, in the template's order, and every equation of the table holds (at
 * least one being known); null otherwise.
 */
function dealtReading(
  input: OwnershipInput,
  tokens: readonly TableToken[],
  joined: readonly WrappedLabel[],
  mixedOnly: boolean,
): OwnershipDecision | null {
  const { ncols, failing, wholeTable, rowStart, rowRank } = input;
  if (ncols === null || !failing || !wholeTable || !rowStart || !rowRank) return null;
  // Text laid out by position (`pdftotext -layout`: numbers set off by runs of spaces) is read by the
  // columns' positions instead.
  if (tokens.some((t) => t.kind === 'value' && t.setOff === true)) return null;
  // The deal keeps the rows' order: labels standing out of the template's order (printed late) would
  // take other rows' numbers, whole rows that keep every equation (the results total checks the set
  // of rows, not which is which).
  const holds = (seg: Segmentation<string>): boolean => {
    if (!wholeTable(seg) || !labelsInTemplateOrder(seg, rowRank)) return false;
    const f = failing(seg);
    return f.fails === 0 && f.holds > 0;
  };
  // (the tokens as printed too: a label joined around its numbers hides the line its first cells share with it)
  for (const dealt of tokens === input.tokens ? [tokens] : [tokens, input.tokens]) {
    const seg = dealRowsByCount({ tokens: dealt, rowStart, ncols, mixedOnly });
    if (seg) {
      if (holds(seg))
        return { order: 'after', why: 'numbers dealt to the rows by count', joined, tokens: dealt, segmentation: seg, dealt: true };
      continue;
    }
    // Numbers short of the rows' cells by a blank or two that vanished: the deals the arithmetic keeps.
    const { rowSum, budget } = input;
    if (!rowSum || !budget) continue;
    const d = dealRowsWithVanished({ tokens: dealt, rowStart, ncols, mixedOnly, rowSum, tableHolds: holds, budget });
    if (d)
      return {
        order: 'after',
        why: `numbers dealt to the rows by count, ${d.vanished} blank cell(s) vanished`,
        joined,
        tokens: dealt,
        segmentation: d.segmentation,
        dealt: true,
        dealtReadings: d.readings,
      };
  }
  return null;
}

/** Some number no row claims (after a caption or header, or before every row) stands right before a row label. */
function unclaimedRightBeforeRow(
  tokens: readonly TableToken[],
  seg: Segmentation<string>,
  classify: (l: LabelToken) => LabelRole<string>,
): boolean {
  const unclaimed = new Set<TableToken>();
  for (const o of seg.orphanRows) for (const i of o.items) unclaimed.add(i.token);
  for (const g of seg.groups) for (const i of g.items) unclaimed.add(i.token);
  if (unclaimed.size === 0) return false;
  let previous: TableToken | null = null;
  for (const t of tokens) {
    if (t.kind === 'break') continue;
    if (t.kind === 'label' && previous !== null && unclaimed.has(previous) && classify(t).role === 'row') return true;
    previous = t;
  }
  return false;
}

/** Exactly one run of numbers stands before the first row label, and it has a whole row's cells. */
/** Whether the rows of a reading stand in the template's order (keys the rank does not know are skipped). */
function labelsInTemplateOrder(seg: Segmentation<string>, rank: (key: string) => number | undefined): boolean {
  let last = -1;
  for (const r of seg.rows) {
    const at = rank(r.key);
    if (at === undefined) continue;
    if (at < last) return false;
    last = at;
  }
  return true;
}

/**
 * Whether the whole row of numbers before the first row label (see {@link leadsWithFullRow}) is the top
 * line of that row's wrapped cells: text laid out by position (every number of the run at its character
 * column, `pdftotext -layout`), whose first row holds more numbers than the table has columns (its
 * numbers wrapped over several lines of their narrow cells). A browser centres a cell's lines in its row,
 * so numbers wrapped over more lines than the label start on a line above the label's: that line shows
 * no order of numbers and labels, as the row's other lines stand after its label.
 */
function leadsWithWrappedLine(seg: Segmentation<string>, ncols: number): boolean {
  const first = seg.rows[0];
  const firstRow = first?.at ?? Number.POSITIVE_INFINITY;
  const leading = seg.orphanRows.find((o) => o.at < firstRow);
  if (!first || !leading) return false;
  const placed = (i: RowItem): boolean => i.token.column !== undefined && i.token.column >= MIN_PLACED_INDENT;
  return leading.items.every(placed) && first.evidence.items.length + first.overflow.length > ncols && first.evidence.items.every(placed);
}

function leadsWithFullRow(seg: Segmentation<string>, ncols: number): boolean {
  const firstRow = seg.rows[0]?.at ?? Number.POSITIVE_INFINITY;
  if (seg.groups.some((g) => g.items.length > 0)) return false;
  const leading = seg.orphanRows.filter((o) => o.at < firstRow);
  return leading.length === 1 && (leading[0] as { items: readonly unknown[] }).items.length === ncols;
}

interface Shape {
  /** Row labels (first occurrence of each key) without items. */
  empty: number;
  /** Physical runs of items no row claims. */
  unclaimed: number;
  /** Rows with exactly `ncols` items. */
  complete: number;
  /** Runs of items before the first row label. */
  leading: number;
  /** The last row label has no items. */
  lastEmpty: boolean;
  /** Runs of items before the first row label (under a group label printed before it, too), not counting runs under a group label further down. */
  runsBeforeFirstRow: number;
}

function shape(seg: Segmentation<string>, ncols: number | null): Shape {
  const seen = new Set<string>();
  let empty = 0;
  let complete = 0;
  for (const r of seg.rows) {
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    if (r.evidence.items.length === 0) empty++;
    else if (ncols !== null && r.evidence.items.length === ncols) complete++;
  }
  const firstRow = seg.rows[0]?.at ?? Number.POSITIVE_INFINITY;
  const runsBeforeFirstRow =
    seg.orphanRows.filter((o) => o.at < firstRow).length + seg.groups.filter((g) => g.beforeRow === 0 && g.items.length > 0).length;
  const leading = seg.orphanRows.filter((o) => o.at < firstRow).length + seg.groups.filter((g) => g.items.length > 0).length;
  const last = seg.rows[seg.rows.length - 1];
  const lastEmpty = last !== undefined && last.evidence.items.length === 0 && last.overflow.length === 0;
  const unclaimed = seg.orphanRows.length + seg.groups.filter((g) => g.items.length > 0).length;
  return { empty, unclaimed, complete, leading, lastEmpty, runsBeforeFirstRow };
}

const isItem = (t: TableToken): boolean => t.kind === 'value' || t.kind === 'blank';

/**
 * The reading with each run of numbers (values and blanks with no row label between them) moved
 * to right after the row label printed next after it (or after that label's sub-row printed right
 * after it: `（六）其他处理` then `1.申请人…` are one row's label cells). A row label followed by
 * another row label took no numbers: its row vanished (all blank).
 */
function numbersAfterNextLabel(tokens: readonly TableToken[], classify: (l: LabelToken) => LabelRole<string>): TableToken[] {
  const out: TableToken[] = [];
  let pending: TableToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as TableToken;
    if (isItem(t)) {
      pending.push(t);
      continue;
    }
    if (t.kind === 'label' && pending.length > 0) {
      // The first row label of the labels that follow (up to the next number); a row label printed
      // right after it that is one of its sub-rows (（六）其他处理 then 1.申请人…) takes its place.
      let lastRow = -1;
      let firstKey: string | null = null;
      for (let j = i; j < tokens.length && !isItem(tokens[j] as TableToken); j++) {
        const u = tokens[j] as TableToken;
        if (u.kind === 'break' && u.reason === 'end') break;
        if (u.kind !== 'label') continue;
        const role = classify(u);
        if (role.role === 'group' && firstKey !== null) break;
        if (role.role !== 'row') continue;
        if (firstKey === null) {
          firstKey = role.key;
          lastRow = j;
        } else if (role.key.startsWith(`${firstKey}.`)) {
          lastRow = j;
          break;
        } else break;
      }
      if (lastRow >= 0) {
        for (let k = i; k <= lastRow; k++) out.push(tokens[k] as TableToken);
        for (const item of pending) out.push(item);
        pending = [];
        i = lastRow;
        continue;
      }
    }
    if (t.kind === 'break' && t.reason === 'end') {
      for (const item of pending) out.push(item);
      pending = [];
    }
    out.push(t);
  }
  for (const item of pending) out.push(item);
  return out;
}

/**
 * Text without coordinates: for each run of numbers between two row labels, does it start on the
 * text line of the label before it, after that label (+1), or end on the text line of the label after
 * it, before that label (−1)? Returns the sign of the sum when every run that can be judged agrees,
 * 0 otherwise (no such run, or mixed).
 */
function lineVote(tokens: readonly TableToken[], classify: (l: LabelToken) => LabelRole<string>): number {
  let previous: LabelToken | undefined;
  let first: TableToken | undefined;
  let last: TableToken | undefined;
  let pos = 0;
  let neg = 0;
  for (const t of tokens) {
    if (isItem(t)) {
      first ??= t;
      last = t;
      continue;
    }
    if (t.kind !== 'label' || classify(t).role !== 'row') continue;
    if (first && last) {
      const onPrev = previous !== undefined && previous.line === first.line && previous.end <= first.start;
      const onNext = t.line === last.line && last.end <= t.start;
      if (onPrev && !onNext) pos++;
      else if (onNext && !onPrev) neg++;
    }
    first = undefined;
    last = undefined;
    previous = t;
  }
  if (pos > 0 && neg === 0) return 1;
  if (neg > 0 && pos === 0) return -1;
  return 0;
}

/**
 * PDF input: for each run of numbers between two row labels, is it printed on the baseline of the
 * label before it (+1) or of the label after it (−1)? Returns the sign of the sum when every run
 * that can be judged agrees, 0 otherwise (no coordinates, or mixed).
 */
function coordinateVote(
  tokens: readonly TableToken[],
  classify: (l: LabelToken) => LabelRole<string>,
  baselineOf: (t: TableToken) => number | undefined,
): number {
  let previous: number | undefined;
  let run: number | undefined;
  let pos = 0;
  let neg = 0;
  const pendingRuns: number[] = [];
  for (const t of tokens) {
    if (isItem(t)) {
      if (run === undefined) run = baselineOf(t);
      continue;
    }
    if (t.kind !== 'label' || classify(t).role !== 'row') continue;
    const y = baselineOf(t);
    if (run !== undefined) pendingRuns.push(run);
    for (const r of pendingRuns) {
      const onPrev = previous !== undefined && Math.abs(previous - r) < SAME_LINE_POINTS;
      const onNext = y !== undefined && Math.abs(y - r) < SAME_LINE_POINTS;
      if (onPrev && !onNext) pos++;
      else if (onNext && !onPrev) neg++;
    }
    pendingRuns.length = 0;
    run = undefined;
    previous = y;
  }
  if (pos > 0 && neg === 0) return 1;
  if (neg > 0 && pos === 0) return -1;
  return 0;
}
