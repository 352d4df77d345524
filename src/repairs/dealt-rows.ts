/**
 * Rows dealt by count (plain `pdftotext` of a Chromium print): a table whose rows print their
 * numbers partly on the label's line and partly on lines of their own, some before the label (a tall
 * label cell: the short cells beside it come out first), some after it. Neither "numbers after their
 * labels" nor "before" reads such a table; the order of the rows' numbers, though, is kept.
 *
 * The evidence used: a row starts at a numbered label the reader knows as a row label (or the
 * numbered beginning of one, cut at its cell's width); text without a number of its own continues
 * the row's label cell. A number printed on a line after label text belongs to the row whose label
 * that text is, as its first cells; every other number stands on a line of its own, and those are
 * dealt to the rows in order, each row taking as many as it still lacks. The reading is offered when
 * the counts come out exact (no number left over, no row short), or short by one or two blank cells
 * that vanished (`dealRowsWithVanished`: their rows and places searched by the row sums and the
 * table's equations); the caller keeps it only when every data row is there and every equation of
 * the table holds.
 *
 * The repair returns a segmentation (each row with its numbers); it never changes a token.
 */
import type { LabelToken, TableToken, ValueToken, BlankToken } from '../tables/tokens.js';
import type { RowItem } from '../tables/placement.js';
import type { RowSegment, Segmentation } from '../tables/rows.js';
import type { WorkBudget } from '../tables/budget.js';
import { vanishedBlankReadings } from '../tables/digit-runs.js';
import type { RowSumOutcome } from './ordered-values.js';

/** A row label the reader knows (the beginning of a row): its key and how it matched. */
export interface RowStart {
  /** Row key. */
  key: string;
  /** Template label matched. */
  matched: string;
  /** How the label matched. */
  how: RowSegment<string>['how'];
}

/** What the deal needs from the table reader. */
export interface DealInput {
  /** The table region's tokens. */
  tokens: readonly TableToken[];
  /** The row a numbered label begins (null for any other text: it continues the last row's label cell). */
  rowStart: (l: LabelToken) => RowStart | null;
  /** Cells of every data row. */
  ncols: number;
  /**
   * Deal only a mixed table: some row's numbers on its label's line and some on lines of their own
   * (the Chromium signature; a table whose numbers all stand apart from their labels is read by the
   * ownership decision's own readings).
   */
  mixedOnly?: boolean;
}

interface DealtRow {
  segment: RowSegment<string>;
  onLine: RowItem[];
}

const isItem = (t: TableToken): t is ValueToken | BlankToken => t.kind === 'value' || t.kind === 'blank';

/** The rows a deal reads (heading rows left out) and the numbers on lines of their own, in order. */
interface DealSource {
  rows: DealtRow[];
  free: RowItem[];
}

/**
 * The rows with the numbers on their label's lines, and the numbers on lines of their own, or null
 * when a heading row holds numbers of its own before its first sub-row or a row holds more numbers
 * on its lines than it has cells.
 */
function dealSource(input: DealInput): DealSource | null {
  const { tokens, rowStart, ncols } = input;
  const rows: DealtRow[] = [];
  const free: RowItem[] = [];
  // The row whose label text stands earlier on the current line.
  let lineOwner: DealtRow | null = null;
  let line = -1;
  // Runs: items with no text between them (as segmentRows counts them).
  let run = 0;
  let textSinceItem = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as TableToken;
    if (t.kind === 'break') {
      if (t.reason === 'end') break;
      continue;
    }
    if (t.line !== line) {
      line = t.line;
      lineOwner = null;
    }
    if (t.kind === 'label') {
      textSinceItem = true;
      const start = rowStart(t);
      const last = rows[rows.length - 1];
      if (start && start.key !== last?.segment.key) {
        const row: DealtRow = {
          segment: {
            key: start.key,
            label: t,
            labels: [t],
            how: start.how,
            matched: start.matched,
            evidence: { items: [], gapsVisible: false, collapsedAfter: null },
            overflow: [],
            at: i,
          },
          onLine: [],
        };
        rows.push(row);
        lineOwner = row;
      } else if (last) {
        last.segment.labels.push(t);
        lineOwner = last;
      }
      continue;
    }
    if (!isItem(t)) continue;
    if (textSinceItem) run++;
    textSinceItem = false;
    const item: RowItem = { token: t, collapsedBefore: 0, run };
    if (lineOwner) lineOwner.onLine.push(item);
    else free.push(item);
  }
  // A heading row right before its first sub-row (（六）其他处理, then 1.申请人…) is the sub-rows' label cell.
  const kept: DealtRow[] = [];
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as DealtRow;
    const next = rows[k + 1];
    if (next && next.segment.key.startsWith(`${row.segment.key}.`)) {
      if (row.onLine.length > 0) return null;
      continue;
    }
    if (row.onLine.length > ncols) return null;
    kept.push(row);
  }
  if (kept.length === 0 || (input.mixedOnly === true && (free.length === 0 || !kept.some((r) => r.onLine.length > 0)))) return null;
  return { rows: kept, free };
}

/**
 * A dealt row's items as one run: the deal fixes their order (the label's line first, then the lines
 * dealt, in order), so the placement does not try other orders of the pieces a label split them
 * into; the order of the lines is checked like any row printed in several blocks (block-order.ts).
 */
function oneRun(items: readonly RowItem[]): RowItem[] {
  const run = items[0]?.run;
  return run === undefined ? [...items] : items.map((i) => (i.run === run ? i : { ...i, run }));
}

/** A segmentation of the dealt rows (their items set by the caller). */
function segmentationOf(rows: readonly DealtRow[]): Segmentation<string> {
  return { rows: rows.map((r) => r.segment), groups: [], orphans: [], orphanRows: [], runText: new Map() };
}

/**
 * The rows with the numbers dealt by count (see the module comment), or null when the counts do not
 * come out exact (a row with more numbers on its lines than cells, numbers left over or lacking, a
 * heading row with numbers of its own before its first sub-row).
 */
export function dealRowsByCount(input: DealInput): Segmentation<string> | null {
  const source = dealSource(input);
  if (!source) return null;
  const { rows, free } = source;
  let dealt = 0;
  for (const row of rows) {
    const lacks = input.ncols - row.onLine.length;
    if (dealt + lacks > free.length) return null;
    const items: RowItem[] = [...row.onLine];
    for (let k = 0; k < lacks; k++) items.push(free[dealt + k] as RowItem);
    row.segment.evidence.items = oneRun(items);
    dealt += lacks;
  }
  if (dealt !== free.length) return null;
  return segmentationOf(rows);
}

/**
 * The most blank cells a dealt table may have lost without a trace (plain pdftotext prints nothing
 * for a blank cell): each one shifts the deal of every row after its own, so the rows that lost
 * them and their places in those rows are searched, each combination checked by the row sums and
 * then by the whole table's equations.
 */
export const MAX_DEAL_VANISHED = 2;

/** Units of the work budget one complete deal costs (it evaluates the table's equations). */
const DEAL_COST = 10;

/** What the deal with vanished blanks needs besides {@link DealInput}. */
export interface VanishedDealInput extends DealInput {
  /** How a row's cells (blanks in place) stand to the row's own equation (its row sum). */
  rowSum: (key: string, items: readonly RowItem[]) => RowSumOutcome;
  /** Whether the whole table, every row read so, keeps every equation (and holds every data row). */
  tableHolds: (seg: Segmentation<string>) => boolean;
  /** The table's work budget. */
  budget: WorkBudget;
}

/** A deal that lost blank cells: every reading the arithmetic leaves each row. */
export interface VanishedDeal {
  /** The rows, each with its first reading as its evidence. */
  segmentation: Segmentation<string>;
  /** Every reading of each row that some complete deal keeping every equation gives it (one: the row is read). */
  readings: Map<RowSegment<string>, RowItem[][]>;
  /** How many blank cells vanished. */
  vanished: number;
}

/** The value or blank a row's items state, as a key. */
function readingKey(items: readonly RowItem[]): string {
  return items.map((i) => (i.token.kind === 'value' ? String(i.token.content.value) : '-')).join(',');
}

/**
 * The deal of a table whose numbers fall short of its cells by one or two (at most
 * {@link MAX_DEAL_VANISHED}) blanks that vanished: each choice of the rows that lost them deals the
 * numbers in order (each row taking as many as it lacks, less its lost cells), each lost cell is put
 * at every place of its row where the row keeps its row sum, and a complete deal is kept only when
 * the whole table keeps every equation. A row's readings are those of every deal kept (the reader
 * states what they agree on and leaves the rest `ambiguous`). Null when the shortfall is none or
 * more than that, no deal is kept, or the budget runs out.
 */
export function dealRowsWithVanished(input: VanishedDealInput): VanishedDeal | null {
  const source = dealSource(input);
  if (!source) return null;
  const { rows, free } = source;
  const { ncols, rowSum, tableHolds, budget } = input;
  const lacks = rows.map((r) => ncols - r.onLine.length);
  const vanished = lacks.reduce((a, b) => a + b, 0) - free.length;
  if (vanished < 1 || vanished > MAX_DEAL_VANISHED) return null;
  const found: RowItem[][][] = rows.map(() => []);
  const lost = rows.map(() => 0);
  let kept = 0;
  let abandoned = false;
  const seg = segmentationOf(rows);
  // A row that lost no cell reads the same wherever its numbers start in the free ones, whichever
  // rows lost the cells before it: read once per start (key: row × starts), not once per choice.
  const whole = new Map<number, RowItem[][] | null>();
  // A row that lost cells reads the same for the same start and count of lost cells, whichever
  // rows lost the others: searched once (key: row × start × lost); asked again, it pays the budget
  // the search paid, and is searched again where that would run the budget out (where a search
  // stops decides what it returns).
  const lostRead = new Map<number, { readings: RowItem[][] | null; spent: number }>();
  // Each row's readings under the current choice of lost cells (null: the row breaks its sum).
  const rowReadings = (k: number, from: number): RowItem[][] | null => {
    const row = rows[k] as DealtRow;
    const key = k * (free.length + 1) + from;
    if ((lost[k] as number) === 0 && whole.has(key)) return whole.get(key) as RowItem[][] | null;
    const lostKey = key * (ncols + 1) + (lost[k] as number);
    const done = (lost[k] as number) === 0 ? undefined : lostRead.get(lostKey);
    if (done && budget.spent + done.spent <= budget.limit) {
      budget.spend(done.spent);
      return done.readings;
    }
    const items = oneRun([...row.onLine, ...free.slice(from, from + (lacks[k] as number) - (lost[k] as number))]);
    if ((lost[k] as number) === 0) {
      const own = rowSum(row.segment.key, items) !== 'fails' ? [items] : null;
      whole.set(key, own);
      return own;
    }
    const spentBefore = budget.spent;
    const out = vanishedBlankReadings(items, ncols, (values) => values.length === ncols, budget);
    if (!out) {
      abandoned = true;
      return null;
    }
    // A lost cell may be the row's total (its sum then unknown), but only in a row where some place
    // of the lost cells keeps the sum: a row no place adds up in lost a number, not a blank.
    const outcomes = out.map((r) => rowSum(row.segment.key, r));
    const readings = outcomes.includes('holds') ? out.filter((_r, j) => outcomes[j] !== 'fails') : null;
    lostRead.set(lostKey, { readings, spent: budget.spent - spentBefore });
    return readings;
  };
  const tryChoice = (): void => {
    const per: RowItem[][][] = [];
    let at = 0;
    for (let k = 0; k < rows.length; k++) {
      const r = rowReadings(k, at);
      if (!r) return;
      per.push(r);
      at += (lacks[k] as number) - (lost[k] as number);
    }
    // Every combination of the rows' readings (only the rows that lost a cell have several).
    const pick = (k: number): void => {
      if (abandoned) return;
      if (k === rows.length) {
        if (!budget.spend(DEAL_COST)) {
          abandoned = true;
          return;
        }
        if (!tableHolds(seg)) return;
        kept++;
        rows.forEach((r, j) => {
          const readings = found[j] as RowItem[][];
          const items = r.segment.evidence.items;
          if (!readings.some((x) => readingKey(x) === readingKey(items))) readings.push([...items]);
        });
        return;
      }
      for (const reading of per[k] as RowItem[][]) {
        (rows[k] as DealtRow).segment.evidence.items = reading;
        pick(k + 1);
      }
    };
    pick(0);
  };
  // Choices of the rows that lost the cells: one row twice, or two rows once each.
  const choose = (from: number, left: number): void => {
    if (abandoned) return;
    if (left === 0) {
      tryChoice();
      return;
    }
    for (let k = from; k < rows.length && !abandoned; k++) {
      // (a row's lost cells are among those it lacks: its numbers on its label's line are all there)
      if ((lost[k] as number) >= (lacks[k] as number)) continue;
      lost[k] = (lost[k] as number) + 1;
      choose(k, left - 1);
      lost[k] = (lost[k] as number) - 1;
    }
  };
  choose(0, vanished);
  if (abandoned || kept === 0) return null;
  const readings = new Map<RowSegment<string>, RowItem[][]>();
  rows.forEach((r, j) => {
    const cuts = found[j] as RowItem[][];
    r.segment.evidence = { ...r.segment.evidence, items: cuts[0] as RowItem[] };
    readings.set(r.segment, cuts);
  });
  return { segmentation: seg, readings, vanished };
}
