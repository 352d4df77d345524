/**
 * Reader of table 四 (政府信息公开行政复议、行政诉讼情况): one unlabelled row of 15 values under a
 * three-level header, or three five-value blocks each introduced by its group label
 * (`行政复议`, `行政诉讼（未经复议直接起诉）`, `行政诉讼（复议后起诉）`) when a converter split it.
 */
import type { Cell } from '../model/cell.js';
import type { Table4 } from '../model/tables.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS, type Table4GroupKey } from '../template/table4.js';
import { buildRowCells, type ColumnTarget } from './cells.js';
import { cleanText } from './label-match.js';
import { cellAt, setPath } from './paths.js';
import {
  candidateOnly,
  evidenceFor,
  placeReadings,
  placeRow,
  type Placement,
  type RowCheck,
  type RowEvidence,
  type RowItem,
  type RowPlacement,
  type RunSearch,
} from './placement.js';
import { WorkBudget } from './budget.js';
import type { NarrativeClaim } from '../narrative/claims.js';
import { hasDigitRun, readingsOfRow, type GroupSums } from './digit-runs.js';
import { writesBlankMarks } from './sign-or-blank.js';
import { decideBlockStream, printedAsLoneBlocks } from '../repairs/block-stream.js';
import { placeByEmptyLines } from '../repairs/empty-line-cells.js';
import { gapsShowLoss, reportUnplaced, segmentRows, type LabelRole, type Segmentation } from './rows.js';
import { readByColumnHeaders } from '../repairs/table4-columns.js';
import { unsignedCounts, type LabelToken, type TableToken, type ValueToken } from './tokens.js';
import { TABLE_NAMES } from '../template/table-names.js';
import { blankCountsAsZero, TABLE4_RELATIONS } from '../template/relations.js';
import { reportBlockOrder, type PlacedRow } from '../repairs/block-order.js';
import { cannotHoldCompiled, compileRelations, evaluateCompiled } from '../template/arithmetic.js';
import { placeWithLostCells } from './lost-cells.js';
import { readHeaderBlocks } from '../repairs/table4-header-blocks.js';
import { readByHeaderColumns } from '../repairs/table4-header-columns.js';
import { readsAgainstColumns, readWrappedCells } from '../repairs/table4-wrapped-cells.js';
import { readSplitMarks } from '../repairs/table4-split-marks.js';

/** Result of reading table 四. */
export interface Table4Result {
  /** The typed table. */
  table: Table4;
  /** Whether any value or blank was read. */
  hasContent: boolean;
}

function classify(label: LabelToken): LabelRole<Table4GroupKey> {
  const c = cleanText(label.text);
  if (c.includes('未经复议直接起诉') || c.includes('直接起诉')) return row('litigationDirect', label);
  if (c.includes('复议后起诉')) return row('litigationAfterReview', label);
  if (c.startsWith('行政复议') && c.length <= 12 && !c.includes('诉讼')) return row('review', label);
  return { role: 'other' };
}

function row(key: Table4GroupKey, label: LabelToken): LabelRole<Table4GroupKey> {
  return { role: 'row', key, matched: label.text, how: 'exact' };
}

const ALL_TARGETS: ColumnTarget[] = TABLE4_GROUPS.flatMap((g) =>
  TABLE4_COLUMNS.map((c) => ({ address: `t4.${g.key}.${c.key}`, columnLabel: `${g.label}/${c.label}` })),
);

/**
 * A number alone on its line right under a number of the line above, in the same character columns
 * (`pdftotext -layout`: `５` over `１`): possibly the second piece of a number wrapped in its cell
 * that the stack reader did not join. Counted as a cell of its own, it may give the sums a fit that
 * states a piece as a number (and leaves the real cell for lost), so the lost-cells search decides
 * nothing where such a piece stands.
 */
function hasLoneStackedPiece(items: readonly RowItem[]): boolean {
  const perLine = new Map<number, RowItem[]>();
  for (const it of items) {
    const same = perLine.get(it.token.line);
    if (same) same.push(it);
    else perLine.set(it.token.line, [it]);
  }
  for (const [line, onLine] of perLine) {
    const only = onLine.length === 1 ? (onLine[0] as RowItem).token : null;
    if (!only || only.kind !== 'value' || only.column === undefined) continue;
    const from = only.column;
    const to = from + only.raw.length;
    const above = perLine.get(line - 1) ?? [];
    if (above.some((a) => a.token.column !== undefined && a.token.column < to && from < a.token.column + a.token.raw.length)) return true;
  }
  return false;
}

/** Index of each cell address in the row of fifteen. */
const T4_INDEX = new Map(ALL_TARGETS.map((t, i) => [t.address, i]));

/** The group sums of `TABLE4_RELATIONS`, compiled over the row of fifteen. */
const T4_COMPILED = compileRelations(TABLE4_RELATIONS, (a) => T4_INDEX.get(a) as number);

/**
 * The row of fifteen, its runs put in order by the group sums and by the groups their labels name
 * (dropped if no order keeps both). When whole groups stay interchangeable (the sums cannot tell a
 * review group from a litigation group), the totals the text states decide, if exactly they do:
 * reported as `groups-from-text`.
 */
function placeOutOfOrder(
  ctx: Reporter,
  evidence: RowEvidence,
  anchorsOf: () => ReadonlyMap<number, Table4GroupKey>,
  narrative: (() => readonly NarrativeClaim[]) | undefined,
  labelLoc: { start: number; end: number },
  budget: WorkBudget,
): RowPlacement {
  const n = ALL_TARGETS.length;
  // The anchors are read only when the runs have to be ordered (the check is not called otherwise).
  let anchors: ReadonlyMap<number, Table4GroupKey> | null = null;
  const anchorOf = (run: number): Table4GroupKey | undefined => (anchors ??= anchorsOf()).get(run);
  const labelled: RowCheck = (v, seq) =>
    groupSumsHold(v) && seq.every((it, j) => (anchorOf(it.run) ?? groupOfColumn(j)) === groupOfColumn(j));
  const tagged: RunSearch = { budget, runTag: (run) => anchorOf(run) ?? '' };
  const exhausted = (p: RowPlacement): RowPlacement => {
    ctx.report('search-budget-exhausted', {
      target: TABLE_NAMES.t4,
      detail: 'orders of value runs',
      path: 't4',
      location: ctx.location(labelLoc.start, labelLoc.end),
    });
    return p;
  };
  let placement = placeRow(n, evidence, labelled, tagged);
  if (placement.exhausted) return exhausted(placement);
  let byLabels = !(placement.reordered && placement.orders === 0);
  if (!byLabels) placement = placeRow(n, evidence, groupSumsHold, { budget });
  if (placement.exhausted) return exhausted(placement);
  // The groups the labels name are layout evidence, not proof (plain pdftotext prints a group's
  // header before the last numbers of the group before it): where the runs in the order printed keep
  // the group sums too, both readings fit, and a cell they give differently is ambiguous.
  if (byLabels && placement.reordered) {
    const printed = evidence.items;
    const asPrinted = placeRow(n, evidence, (v, seq) => groupSumsHold(v) && seq.every((it, j) => it === printed[j]), { budget });
    if (asPrinted.orders === 1 && !sameValues(asPrinted, placement)) {
      placement = eitherReading(asPrinted, placement);
      byLabels = false;
    }
  }
  if (!placement.reordered || !narrative) return placement;
  const claims = narrative().filter((c) => !c.percent);
  const review = claims.filter((c) => c.kind === 'review').map((c) => c.value);
  const litigation = claims.filter((c) => c.kind === 'litigation').map((c) => c.value);
  // Both totals must be stated: one number alone matches a wrong arrangement too easily (a review
  // count of another scope, a litigation total equal to some group's).
  if (review.length === 0 || litigation.length === 0) return placement;
  const fitsText = (v: readonly (number | null)[]): boolean =>
    (v.length < 5 || review.includes(v[4] ?? 0)) && (v.length < n || litigation.includes((v[9] ?? 0) + (v[14] ?? 0)));
  const said = [...review.map((v) => `行政复议${v}件`), ...litigation.map((v) => `行政诉讼${v}件`)].join('、');
  const decided = placement.columns.every((c) => c.status === 'value' || c.status === 'blank');
  if (decided) {
    // One order fits the sums (and the labels): it must not contradict both totals the text states;
    // when it does, a label printed before a run misled it (pdftotext puts a group's header next to
    // another group's numbers), and the sums alone with the text decide, or nothing does.
    const values = placement.columns.map((c) => (c.status === 'value' ? c.token.content.value : null));
    if (fitsText(values) || !byLabels) return placement;
    const bySums = placeRow(n, evidence, (v) => groupSumsHold(v) && fitsText(v), { budget });
    if (bySums.exhausted) return exhausted(bySums);
    if ((bySums.orders ?? 0) === 0) return placement;
    // Several arrangements fit the text: the cells they disagree on are ambiguous.
    if (bySums.columns.some((c) => c.status === 'ambiguous' || c.status === 'missing')) return bySums;
    ctx.report('groups-from-text', {
      target: TABLE_NAMES.t4,
      detail: said,
      path: 't4',
      location: ctx.location(labelLoc.start, labelLoc.end),
    });
    return bySums;
  }
  const base = byLabels ? labelled : groupSumsHold;
  const byText = placeRow(n, evidence, (v, seq) => base(v, seq) && fitsText(v), byLabels ? tagged : { budget });
  if (byText.exhausted) return exhausted(placement);
  if ((byText.orders ?? 0) === 0 || byText.columns.some((c) => c.status === 'ambiguous' || c.status === 'missing')) return placement;
  ctx.report('groups-from-text', {
    target: TABLE_NAMES.t4,
    detail: said,
    path: 't4',
    location: ctx.location(labelLoc.start, labelLoc.end),
  });
  return byText;
}

/**
 * The review and litigation totals the report's text states (行政复议351件, 行政诉讼46件), as a check
 * of a complete row (`fits`): the review total is one of the review counts stated, the two
 * litigation totals add up to one of the litigation counts; `mayFit` the same of a row with lost
 * cells (NaN: a lost total fits any count, a litigation total alone must not exceed the largest).
 * Null unless both are stated (one number alone matches a wrong arrangement too easily).
 */
function textTotals(
  narrative: (() => readonly NarrativeClaim[]) | undefined,
): { fits: (cells: ArrayLike<number>) => boolean; mayFit: (cells: ArrayLike<number>) => boolean; said: string } | null {
  if (!narrative) return null;
  const claims = narrative().filter((c) => !c.percent);
  const review = claims.filter((c) => c.kind === 'review').map((c) => c.value);
  const litigation = claims.filter((c) => c.kind === 'litigation').map((c) => c.value);
  if (review.length === 0 || litigation.length === 0) return null;
  const most = litigation.reduce((m, v) => Math.max(m, v), 0);
  return {
    fits: (v) => review.includes(v[4] as number) && litigation.includes((v[9] as number) + (v[14] as number)),
    mayFit: (v) => {
      const [r, d, a] = [v[4] as number, v[9] as number, v[14] as number];
      if (!Number.isNaN(r) && !review.includes(r)) return false;
      if (Number.isNaN(d) || Number.isNaN(a)) return Number.isNaN(d) && Number.isNaN(a) ? true : (Number.isNaN(d) ? a : d) <= most;
      return litigation.includes(d + a);
    },
    said: [...review.map((v) => `行政复议${v}件`), ...litigation.map((v) => `行政诉讼${v}件`)].join('、'),
  };
}

/**
 * The three five-column groups each add up (upheld + corrected + other + pending = total), by the
 * one arithmetic evaluator over `TABLE4_RELATIONS`. Prefix-safe: a group not yet complete in
 * `values` (a partial order being searched) is not judged. A blank counts as 0 here, the total too
 * (an order that needs a blank total to hold is not a reading of the row).
 */
function groupSumsHold(values: readonly (number | null)[]): boolean {
  const cells = SCRATCH;
  for (let i = 0; i < cells.length; i++) cells[i] = i < values.length ? (values[i] ?? 0) : Number.NaN;
  for (const rel of T4_COMPILED) if (evaluateCompiled(rel, cells) === 'fails') return false;
  return true;
}

/** Whether table 四 was read whole: every cell a value or a blank, and the group sums keep. */
export function readWhole(table: Table4): boolean {
  const values: (number | null)[] = [];
  for (const t of ALL_TARGETS) {
    const c = cellAt(table, t.address);
    if (c?.status !== 'value' && c?.status !== 'blank') return false;
    values.push(c.value);
  }
  return groupSumsHold(values);
}

/**
 * The group sums as a check of a placement with lost cells (NaN: lost or not placed yet, never
 * negative): it fails only when a group's known cells already rule the sum out.
 */
function groupSumsCanHold(cells: Float64Array): boolean {
  for (const rel of T4_COMPILED) if (cannotHoldCompiled(rel, cells)) return false;
  return true;
}

/** The cells a placement states, for the group sums: a blank 0 (a count left empty), a cell not stated NaN. */
function placedValues(columns: readonly Placement[]): Float64Array {
  const out = new Float64Array(columns.length);
  columns.forEach((c, j) => (out[j] = c.status === 'value' ? c.token.content.value : c.status === 'blank' ? 0 : Number.NaN));
  return out;
}

/**
 * A row of fewer than fifteen numbers whose lost cells leave no trace (plain pdftotext): the
 * placements the group sums allow (`tables/lost-cells.ts`) decide the columns they all agree on.
 * The reading by the layout's own evidence (gaps that anchor the numbers) is kept when it states a
 * cell the sums place otherwise, or when no placement fits.
 */
function withLostCells(
  ctx: Reporter,
  read: RowPlacement,
  items: readonly RowItem[],
  budget: WorkBudget,
  anchorsOf: () => ReadonlyMap<number, Table4GroupKey>,
  narrative: (() => readonly NarrativeClaim[]) | undefined,
  labelLoc: { start: number; end: number },
  numbersAfter: () => number,
  orderUnproven: boolean,
): RowPlacement {
  if (read.deficit === 0 || items.length === 0) return read;
  // The search takes the region's numbers for the row's cells in order, the lost ones vanished or
  // printed after the text that follows the table (bare numbers there). More numbers there than
  // cells lost: some number of the region or after it is not a cell of the row, so the premise
  // fails and the search decides nothing.
  if (numbersAfter() > read.deficit) return read;
  // A run printed after a label naming one group has a number in that group (pdftotext may print a
  // group's last number after the next group's label, so not all of them need be).
  const anchors = anchorsOf();
  // A block stream whose order is unproven (plain pdftotext writes its blocks in an order of its
  // own): the order printed is no evidence, so each block is a run the search may put anywhere
  // (placed in the order read, a lost cell in one group moved a number of another group into it).
  const blocks = orderUnproven ? asBlocks(items) : null;
  const searched = blocks ? blocks.items : items;
  const runOf = (it: RowItem | null): number | undefined => (it && blocks ? blocks.runOf[it.run] : it?.run);
  // (called at every complete placement: no allocation)
  const labelsAgree = (placed: readonly (RowItem | null)[]): boolean => {
    for (const [run, g] of anchors) {
      let placedRun = false;
      let inGroup = false;
      for (let j = 0; j < placed.length && !inGroup; j++) {
        if (runOf(placed[j] ?? null) !== run) continue;
        placedRun = true;
        inGroup = groupOfColumn(j) === g;
      }
      if (placedRun && !inGroup) return false;
    }
    return true;
  };
  let bySums = placeWithLostCells(ALL_TARGETS.length, searched, groupSumsCanHold, budget, labelsAgree);
  if (!bySums) return read;
  // Whole groups left interchangeable: the totals the text states decide, if exactly they do.
  const text = bySums.columns.some((c) => c.status === 'ambiguous') ? textTotals(narrative) : null;
  if (text) {
    const valueOf = (it: RowItem | null): number => (it?.token.kind === 'value' ? it.token.content.value : it ? 0 : Number.NaN);
    const byText = placeWithLostCells(ALL_TARGETS.length, searched, groupSumsCanHold, budget, (placed) => {
      return labelsAgree(placed) && text.mayFit(placed.map(valueOf));
    });
    if (byText) {
      ctx.report('groups-from-text', {
        target: TABLE_NAMES.t4,
        detail: text.said,
        path: 't4',
        location: ctx.location(labelLoc.start, labelLoc.end),
      });
      bySums = byText;
    }
  }
  const decided = bySums;
  const stated = (p: Placement): string | null =>
    p.status === 'value' ? `v${p.token.content.value}` : p.status === 'blank' ? 'blank' : null;
  const conflict = read.columns.some((p, j) => {
    const s = stated(p);
    return s !== null && s !== stated(decided.columns[j] as Placement);
  });
  return conflict ? read : { ...read, columns: unsummedGroups(decided.columns) };
}

/**
 * A group whose total the sums put among the lost cells is checked by nothing: every order of its
 * numbers "adds up" against a total nobody read, so its stated cells rest on reading order alone
 * (a total wrapped in its cell and read as two numbers, `５` `１` for 51, shifts every number
 * after it). Its values are kept as candidates (`ambiguous`), not stated. And wherever a cell was
 * lost, every 0 read may be that lost blank (a property-test counterexample: a group of zeros, its
 * blocks shuffled, stated 0 where the report left the cell blank).
 */
function unsummedGroups(columns: readonly Placement[]): Placement[] {
  const size = TABLE4_COLUMNS.length;
  // (every group then: the lost total moved the numbers after it too, and a group of zeros adds up
  // wherever its numbers fall)
  const totalLost = columns.some((p, j) => j % size === size - 1 && p.status === 'missing');
  // A lost cell the sums count as zero may stand where any 0 was read: a blank and a 0 add up alike,
  // and blocks printed out of order move it anywhere (so every 0 is a candidate, not stated).
  return columns.map((p) => (p.status === 'value' && (totalLost || p.token.content.value === 0) ? candidateOnly(p) : p));
}

/**
 * The items of a block stream with each block (the numbers of one line) a run of its own, so the
 * search tries the blocks in every order; `runOf[k]` is the run block k came from.
 */
function asBlocks(items: readonly RowItem[]): { items: RowItem[]; runOf: number[] } {
  const ids = new Map<string, number>();
  const runOf: number[] = [];
  const out = items.map((it) => {
    const key = `${it.run}:${it.token.line}`;
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = ids.size));
      runOf.push(it.run);
    }
    return { ...it, run: id };
  });
  return { items: out, runOf };
}

/** Every cell stated (a value or a blank) and the group sums hold over them. */
function confirmedBySums(p: RowPlacement): boolean {
  const values: (number | null)[] = [];
  for (const c of p.columns) {
    if (c.status === 'value') values.push(c.token.content.value);
    else if (c.status === 'blank') values.push(null);
    else return false;
  }
  return groupSumsHold(values);
}

/** Whether the cells a placement states stand on more than one line of the text. */
function onSeveralLines(p: RowPlacement): boolean {
  let line: number | null = null;
  for (const c of p.columns) {
    if (c.status !== 'value' && c.status !== 'blank') continue;
    if (line !== null && c.token.line !== line) return true;
    line = c.token.line;
  }
  return false;
}

/** Whether two readings of the row state the same value (or blank) in every column. */
function sameValues(a: RowPlacement, b: RowPlacement): boolean {
  return a.columns.every((p, j) => {
    const q = b.columns[j];
    if (p.status === 'value') return q?.status === 'value' && q.token.content.value === p.token.content.value;
    return p.status === 'blank' && q?.status === 'blank';
  });
}

/**
 * The reading `b`, except where `a` states a value `b` does not agree with: those cells ambiguous with
 * the values of both (`a` stated a reading the sums did not confirm, but it is one).
 */
function overruledWhereContradicted(a: RowPlacement, b: RowPlacement): RowPlacement {
  const columns = b.columns.map((q, j): Placement => {
    const p = a.columns[j];
    if (p?.status !== 'value' || (q.status === 'value' && q.token.content.value === p.token.content.value)) return q;
    const tokens = [p.token, ...(q.status === 'value' ? [q.token] : q.status === 'ambiguous' ? q.tokens : [])];
    return { status: 'ambiguous', candidates: [...new Set(tokens.map((t) => t.content.value))], tokens };
  });
  return { ...b, columns };
}

/** Two readings of the row: a cell they agree on keeps its value; any other is ambiguous with both. */
function eitherReading(a: RowPlacement, b: RowPlacement): RowPlacement {
  const valuesOf = (p: Placement | undefined): ValueToken[] =>
    p?.status === 'value' ? [p.token] : p?.status === 'ambiguous' ? p.tokens : [];
  const columns = a.columns.map((p, j): Placement => {
    const q = b.columns[j];
    if (p.status === 'value' && q?.status === 'value' && p.token.content.value === q.token.content.value) return q;
    const tokens = [...valuesOf(p), ...valuesOf(q)];
    const candidates = [...new Set(tokens.map((t) => t.content.value))];
    return candidates.length === 0 ? { status: 'missing' } : { status: 'ambiguous', candidates, tokens };
  });
  return { ...b, columns };
}

/**
 * Two readings of the row, `a` stating every cell: a cell they read alike (the same value, or both
 * blank) keeps it; any other is ambiguous with the values of both (missing where neither has one).
 */
function bothReadings(a: RowPlacement, b: RowPlacement): RowPlacement {
  const columns = a.columns.map((p, j): Placement => {
    const q = b.columns[j];
    if (p.status === 'value' && q?.status === 'value' && p.token.content.value === q.token.content.value) return p;
    if (p.status === 'blank' && q?.status === 'blank') return p;
    const tokens = [
      ...(p.status === 'value' ? [p.token] : []),
      ...(q?.status === 'value' ? [q.token] : q?.status === 'ambiguous' ? q.tokens : []),
    ];
    const candidates = [...new Set(tokens.map((t) => t.content.value))];
    return candidates.length === 0 ? { status: 'missing' } : { status: 'ambiguous', candidates, tokens };
  });
  return { ...a, columns };
}

/** The cells of a reading as read, joined pieces written `４３５|３４` (the `cells-unwrapped` detail). */
function describeWrapped(p: RowPlacement): string {
  return p.columns
    .map((c) =>
      c.status === 'value' ? (c.token.printed ?? [c.token]).map((t) => t.raw).join('|') : c.status === 'blank' ? c.token.raw : '?',
    )
    .join(' ');
}

/** The digit search's view of table 四's arithmetic: groups of results followed by their total. */
const T4_GROUP_SUMS: GroupSums = { groupSize: TABLE4_COLUMNS.length };

/** Reused cell vector of {@link groupSumsHold} (searches call it for every partial order). */
const SCRATCH = new Float64Array(15);

/** Column j of the row of fifteen belongs to this group. */
const groupOfColumn = (j: number): Table4GroupKey =>
  (TABLE4_GROUPS[Math.floor(j / TABLE4_COLUMNS.length)] as (typeof TABLE4_GROUPS)[number]).key;

/**
 * Runs held to a group by their own labels: the text printed right before a run names exactly one
 * group (`复议后起诉` and its sub-headers, then `12 1 1 6`). A run after text naming two groups, or
 * none, is free.
 */
function runAnchors(tokens: readonly TableToken[], runText: ReadonlyMap<number, readonly [number, number]>): Map<number, Table4GroupKey> {
  const anchors = new Map<number, Table4GroupKey>();
  for (const [run, [from, to]] of runText) {
    const groups = new Set<Table4GroupKey>();
    for (let i = from; i < to; i++) {
      const t = tokens[i] as TableToken;
      const r = t.kind === 'label' ? classify(t) : null;
      if (r?.role === 'row') groups.add(r.key);
    }
    if (groups.size === 1) anchors.set(run, [...groups][0] as Table4GroupKey);
  }
  return anchors;
}

/** The group a header label names (for the column-by-column reading). */
function groupNamed(text: string): Table4GroupKey | null {
  const r = classify({ kind: 'label', text, start: 0, end: 0, line: 0, gapBefore: 0, lineStart: true });
  return r.role === 'row' ? r.key : null;
}

/** Every number of the table stands before the first group label (the header came after the row). */
function numbersBeforeHeader(seg: Segmentation<Table4GroupKey>): boolean {
  const first = seg.rows[0];
  if (!first || seg.groups.some((g) => g.items.length > 0)) return false;
  return (
    seg.orphanRows.length > 0 &&
    seg.orphanRows.every((o) => o.at < first.at) &&
    seg.rows.every((r) => r.evidence.items.length === 0 && r.overflow.length === 0)
  );
}

/**
 * Browser text of table 四 left blank may drop its row of fifteen empty cells altogether (clipboard
 * text: no TAB line under the header): where the region is the TAB-separated header alone, its last
 * row result words only (fifteen result words in all) and nothing after it (no number, no blank, no
 * line of spaces and TABs), that row printed nothing, and its fifteen cells are read as blanks (a
 * row of a browser's table with a number in it is never dropped).
 */
function withDroppedBlankRow(tokens: readonly TableToken[]): readonly TableToken[] {
  if (tokens.some((t) => t.kind === 'value' || t.kind === 'blank')) return tokens;
  let last = tokens.length - 1;
  while (last >= 0 && (tokens[last] as TableToken).kind === 'break') last--;
  const end = tokens[last];
  if (!end || end.kind !== 'label' || !end.inRow) return tokens;
  // (nothing after the header's last line, not even a line of spaces and TABs: no gap, no line of its own)
  if (tokens.slice(last + 1).some((t) => t.line !== end.line || t.gapBefore !== 0)) return tokens;
  const resultWord = (t: TableToken): boolean => t.kind === 'label' && t.inRow === true && RESULT_WORD_RE.test(cleanText(t.text));
  // (the last row all result words, fifteen of them in the header: ten where 行政复议's stand a row higher)
  if (!tokens.every((t) => t.line !== end.line || t.kind === 'break' || resultWord(t))) return tokens;
  if (tokens.filter(resultWord).length !== ALL_TARGETS.length) return tokens;
  return [...tokens.slice(0, last + 1), ...blankRowAfter(end, true), ...tokens.slice(last + 1)];
}

/** Fifteen blank cells after `end`, on the line after it: table 四's row that printed nothing. */
function blankRowAfter(end: TableToken, inRow?: true): TableToken[] {
  return ALL_TARGETS.map((_, k) => ({
    kind: 'blank',
    raw: '',
    start: end.end,
    end: end.end,
    line: end.line + 1,
    gapBefore: 0,
    lineStart: k === 0,
    ...(inRow ? { inRow } : {}),
  }));
}

/**
 * One-line text (a crawler's page text, every whitespace run one space) of table 四 left blank: its
 * row of fifteen empty cells prints nothing at all, so the region is the header alone. Where the
 * region holds no number and no blank mark, its header words (normalisation joins them into one
 * label) hold the fifteen result words and end with one (nothing after the header: the next section
 * or the table's note closes the region), the whole header stands on one line of the source and so
 * does what follows it (`sameSourceLine`: text follows the region, and no line break stands anywhere
 * from the header to it, the text is one line), and no line of bare numbers stands after the tables
 * (`numbersAfter`), the row printed nothing and its fifteen cells are read as blanks: a row of a
 * page's table with a number in it prints the number (as `withDroppedBlankRow` for clipboard text,
 * and table 二's rows that print nothing before the next label in one-line text).
 */
function withOneLineBlankRow(
  tokens: readonly TableToken[],
  numbersAfter: () => number,
  sameSourceLine: (from: number, to: number) => boolean,
): readonly TableToken[] {
  const shown = tokens.filter((t) => t.kind !== 'break');
  const first = shown[0];
  const end = shown[shown.length - 1];
  if (!first || !end || shown.some((t) => t.kind !== 'label')) return tokens;
  const words = shown.map((t) => cleanText((t as LabelToken).text)).join('');
  const found = words.match(RESULT_WORDS_RE) ?? [];
  // (the fifteen result words, the last of them ending the header's text)
  if (found.length !== ALL_TARGETS.length || !words.endsWith(found[found.length - 1] as string)) return tokens;
  // (the header's first word to the character after its last, one line of the source: the next section
  // or the note on it too; `sameSourceLine` is false where no text follows the region: a text cut there)
  if (!sameSourceLine(first.start, end.end + 1) || numbersAfter() > 0) return tokens;
  return [...tokens, ...blankRowAfter(end)];
}

/** Every result word in table 四's header text (its words joined). */
const RESULT_WORDS_RE = /结果维持|结果纠正|其他结果|尚未审结|总计/g;

/** A result word of table 四's header (结果维持, 结果纠正, 其他结果, 尚未审结, 总计). */
const RESULT_WORD_RE = /^(?:结果维持|结果纠正|其他结果|尚未审结|总计)$/;

/** Text of the result words' pieces only (a tool laying them out by position cuts them anywhere). */
const RESULT_PIECES_RE = /^[结果维持纠正其他尚未审总计]+$/;

/** Characters each of the three groups' result words holds once (维持, 纠正, 审结, 总计). */
const RESULT_MARKS = ['维', '持', '纠', '正', '审', '计'] as const;

/**
 * Table 四 left blank, laid out by position (pdftotext): its region holds the header alone, the
 * result words cut into pieces over lines (`结果维 … 总` over `持 … 计`), every piece of the three
 * groups' result words there and the region ending with them (no text, not even prose, after their
 * last line), no number and no marker anywhere in it, and no line of bare numbers after the tables
 * that could be its cells printed elsewhere (`nothingAfter`): fifteen blanks.
 */
function withBlankHeaderOnly(tokens: readonly TableToken[], nothingAfter: (line: number) => boolean): readonly TableToken[] {
  let last = tokens.length - 1;
  while (last >= 0 && (tokens[last] as TableToken).kind === 'break') last--;
  const end = tokens[last];
  if (!end || end.kind !== 'label' || end.inRow || !RESULT_PIECES_RE.test(cleanText(end.text))) return tokens;
  const seen = new Map<string, number>();
  for (const t of tokens) {
    if (t.kind === 'value' || t.kind === 'blank') return tokens;
    if (t.kind === 'label') for (const ch of cleanText(t.text)) seen.set(ch, (seen.get(ch) ?? 0) + 1);
  }
  if (RESULT_MARKS.some((ch) => (seen.get(ch) ?? 0) < TABLE4_GROUPS.length) || !nothingAfter(end.line)) return tokens;
  return [...tokens.slice(0, last + 1), ...blankRowAfter(end)];
}

/**
 * Reads table 四 from the tokens of its region. `narrative` gives the numbers the report's text
 * states (行政复议351件, 行政诉讼46件); they are read only when the values came out of order and
 * the arithmetic and the labels leave the groups interchangeable. `blanksVanish`: the text is known to lose blank cells without a trace (table 三 of the same text
 * has a digit run no whole cut of which adds up), so a run of digits that cuts into fifteen numbers
 * is read with vanished blanks too, and cells those readings give differently are ambiguous.
 * `numbersAfter` counts the numbers on lines of bare numbers after the last table, outside every
 * region: where they outnumber the cells the row lacks, the lost-cells search does not place the row.
 * `nothingAfter(line)`: the region has no text after that line and no line after the tables could
 * hold table 四's cells (a header alone is then a blank table).
 * `blanksWritten`: the document's tables 二 or 三 write a blank cell as a mark (`-`, `/`, `—`, `无`).
 * That, or a mark in table 四's own region, is evidence that blanks print: a row that is one run of digits that cuts
 * whole into fifteen numbers is then read whole (unless `blanksVanish`). Without it nothing shows how
 * blanks print, the run is read with vanished blanks too, and cells the readings give differently
 * are ambiguous.
 * `cellsALine`: whether table 三 of the same text is printed a cell a paragraph (its gaps accounted
 * for every row's missing cells exactly, or every row whole a cell a line): the row of fifteen is then
 * placed by its gaps (`placeByEmptyLines`).
 * `textAfter`: whether text follows the region (the next section, or the table's note): a header alone
 * in one-line text is read as a blank table only where something closes it (`withOneLineBlankRow`).
 */
export function readTable4(
  ctx: Reporter,
  regionTokens: readonly TableToken[],
  narrative?: () => readonly NarrativeClaim[],
  blockStreamDocument = false,
  blanksVanish = false,
  numbersAfter: () => number = () => 0,
  nothingAfter: (line: number) => boolean = () => false,
  blanksWritten = true,
  cellsALine: () => boolean = () => false,
  textAfter: () => boolean = () => false,
): Table4Result {
  // Empty cells of header rows (spans drawn as empty Markdown cells) are layout, not blanks. A
  // written marker (`无`, `—`, `/`) is a cell the report filled, even on a line with the header's
  // words (one-line text puts the whole table on one line).
  const allTokens = withOneLineBlankRow(
    withBlankHeaderOnly(withDroppedBlankRow(unsignedCounts(regionTokens)), nothingAfter),
    numbersAfter,
    (from, to) => textAfter() && ctx.location(from, from + 1).line === ctx.location(to, to + 1).line,
  );
  const headerLines = new Set(allTokens.filter((t) => t.kind === 'label').map((t) => t.line));
  const layoutBlank = (t: TableToken): boolean => t.kind === 'blank' && t.raw.trim() === '' && headerLines.has(t.line);
  // A block stream (plain pdftotext): blank lines are no evidence of vanished cells. Table 四's one
  // row rarely shows it by itself, so table 三's region of the same document speaks for it too.
  const blocks = decideBlockStream(
    allTokens.filter((t) => !layoutBlank(t)),
    blockStreamDocument,
  );
  const tokens = blocks.tokens;
  const baseline = blocks.baseline;
  // The order of the cells is unproven in a block stream, and where each cell is a block of its own
  // (plain pdftotext of narrow cells: a lone number a line, the header a character a line).
  const orderUnproven = blocks.orderUnproven || printedAsLoneBlocks(tokens);
  // Gaps are evidence of lost cells only where some lost cell shows as a gap (see table 三).
  const lossMustShow = !gapsShowLoss(tokens, baseline);
  const seg = segmentRows<Table4GroupKey>(tokens, classify, baseline, false);
  const table: Record<string, unknown> = {};
  const unplaced: RowItem[] = [...seg.orphans];
  for (const g of seg.groups) for (const item of g.items) unplaced.push(item);

  const withItems = seg.rows.filter((r) => r.evidence.items.length > 0);
  const perGroup =
    withItems.length === 3 &&
    new Set(withItems.map((r) => r.key)).size === 3 &&
    withItems.every((r) => r.evidence.items.length === TABLE4_COLUMNS.length);

  let cells: Cell[] = [];
  const labelAt = seg.rows[0]?.label ?? (tokens.find((t) => t.kind === 'label') as LabelToken | undefined);
  const labelLoc = labelAt ?? { start: 0, end: 0 };
  const byColumns = readByColumnHeaders(tokens, groupNamed);
  if (byColumns) {
    // Printed column by column: each number under the header printed right before it.
    ctx.report('table-by-columns', { target: TABLE_NAMES.t4, path: 't4', location: ctx.location(labelLoc.start, labelLoc.end) });
    const columns: Placement[] = ALL_TARGETS.map((_, j) => {
      const t = byColumns.cells.get(j);
      if (!t) return { status: 'missing' };
      return t.kind === 'value' ? { status: 'value', token: t } : t.uncertain ? { status: 'missing' } : { status: 'blank', token: t };
    });
    cells = buildRowCells(ctx, { columns, surplus: 0, deficit: 0 }, ALL_TARGETS, 't4', '行政复议、行政诉讼', labelLoc);
    unplaced.length = 0;
  } else if (perGroup) {
    const placed: (PlacedRow & { label: LabelToken })[] = [];
    for (const g of TABLE4_GROUPS) {
      const r = withItems.find((x) => x.key === g.key);
      const targets = ALL_TARGETS.filter((t) => t.address.startsWith(`t4.${g.key}.`));
      if (!r) continue;
      placed.push({
        row: `t4.${g.key}`,
        targets,
        placement: placeRow(TABLE4_COLUMNS.length, evidenceFor(r.evidence, lossMustShow)),
        label: r.label,
      });
      for (const item of r.overflow) unplaced.push(item);
    }
    // Block streams: a group stated from several blocks keeps its order only where the arithmetic confirms it.
    if (orderUnproven) reportBlockOrder(ctx, 't4', placed, TABLE4_RELATIONS, blankCountsAsZero, WorkBudget.forTable(tokens.length));
    for (const p of placed)
      for (const cell of buildRowCells(ctx, p.placement, p.targets as ColumnTarget[], p.row, p.label.text, p.label)) cells.push(cell);
  } else {
    // One row of fifteen: the values after the header, whichever group label they follow.
    const items: RowItem[] = [];
    for (const r of seg.rows) {
      for (const item of r.evidence.items) items.push(item);
      for (const item of r.overflow) items.push(item);
    }
    if (seg.rows.length === 0) for (const item of unplaced.splice(0)) items.push(item);
    else if (items.length === 0 && numbersBeforeHeader(seg)) {
      // The row of fifteen printed before its header (plain pdftotext): numbers before the first
      // group label and none after the header; the header's position is the evidence.
      ctx.report('numbers-before-labels', { target: TABLE_NAMES.t4, detail: 'the row of numbers stands before the header', path: 't4' });
      for (const item of unplaced.splice(0)) items.push(item);
    } else if (
      items.length > 0 &&
      items.length + unplaced.length === ALL_TARGETS.length &&
      seg.groups.length === 0 &&
      !seg.rows.some((r) => r.key === 'review')
    ) {
      // The first group's label lost (a page break took it away): the numbers printed before the first
      // label are the rest of the row of fifteen, a run of their own whose place the sums decide. (With
      // the 行政复议 label there, numbers before it stand among its header words: another layout.)
      for (const item of unplaced.splice(0).reverse()) items.unshift(item);
    }
    const last = seg.rows[seg.rows.length - 1];
    const evidence = {
      items,
      gapsVisible: baseline > 0,
      lossMustShow,
      collapsedAfter: last && withItems.length <= 1 ? last.evidence.collapsedAfter : null,
    };
    // (a glued run's cuts, with vanished blanks too, are searched in a budget that grows with its digits)
    const runDigits =
      items.length === 1 && hasDigitRun(items, ALL_TARGETS.length)
        ? items.reduce((n, i) => n + (i.token.kind === 'value' && i.token.glued === true ? i.token.raw.length : 0), 0)
        : 0;
    const budget = WorkBudget.forRuns(tokens.length, runDigits);
    // A row that is one glued run (crawler text: no gap shows a cell) is read whole by preference
    // only where the document shows how its blanks print (a written mark).
    const blanksPrint = items.length !== 1 || blanksWritten || writesBlankMarks(regionTokens, true);
    let runs = hasDigitRun(items, ALL_TARGETS.length)
      ? readingsOfRow(items, ALL_TARGETS.length, groupSumsHold, () => true, !blanksVanish && blanksPrint, budget, T4_GROUP_SUMS)
      : null;
    // Several cuts of the digits: the totals the text states keep those that fit them, if any do.
    if (runs && runs.length > 1) {
      const stated = textTotals(narrative);
      const told = stated ? runs.filter((r) => stated.fits(r.map((i) => (i.token.kind === 'value' ? i.token.content.value : 0)))) : [];
      if (stated && told.length > 0 && told.length < runs.length) {
        ctx.report('groups-from-text', {
          target: TABLE_NAMES.t4,
          detail: stated.said,
          path: 't4',
          location: ctx.location(labelLoc.start, labelLoc.end),
        });
        runs = told;
      }
    }
    if (hasDigitRun(items, ALL_TARGETS.length) && budget.exhausted)
      ctx.report('search-budget-exhausted', { target: TABLE_NAMES.t4, detail: 'digits run together', path: 't4' });
    if (runs?.length === 1)
      ctx.report('digit-run-split', {
        detail: (runs[0] as RowItem[]).map((i) => (i.token.kind === 'value' ? i.token.raw : '')).join(' '),
        path: 't4',
      });
    // Numbers of the region no label claims may be the cells that seem lost (printed among the
    // header words): the sums then place nothing.
    const allClaimed = !unplaced.some((it) => it.token.kind === 'value');
    // A text whose table 三 is printed a cell a paragraph (a browser's copy of a Word-exported
    // table): the row's gaps are its empty cells, each number in the column they give it, kept where
    // the group sums can hold (the cells after the last number blank where the gap after the table
    // shows exactly them).
    const byLines = !runs && allClaimed && !orderUnproven ? placeByEmptyLines(ALL_TARGETS.length, items, tokens, baseline) : null;
    const byEmptyLines = byLines && groupSumsCanHold(placedValues(byLines)) && cellsALine() ? byLines : null;
    const read = runs
      ? placeReadings(runs, ALL_TARGETS.length)
      : byEmptyLines
        ? { columns: byEmptyLines, surplus: 0, deficit: byEmptyLines.filter((c) => c.status === 'missing').length }
        : placeOutOfOrder(ctx, evidence, () => runAnchors(tokens, seg.runText), narrative, labelLoc, budget);
    let placement =
      runs || byEmptyLines || !allClaimed || hasLoneStackedPiece(items)
        ? read
        : withLostCells(
            ctx,
            read,
            items,
            budget,
            () => runAnchors(tokens, seg.runText),
            narrative,
            labelLoc,
            numbersAfter,
            blocks.orderUnproven,
          );
    // The numbers under header blocks (plain pdftotext of Word's spanning header cells): where the
    // text shows that layout, the readings it allows decide; a reading so far that states every cell
    // and keeps the group sums is one more reading (a cell where they differ is ambiguous).
    if (!runs && !byEmptyLines) {
      const holds = (c: Float64Array): boolean => groupSumsHold(Array.from(c));
      let byHeaders = readHeaderBlocks(tokens, ALL_TARGETS.length, groupSumsCanHold, holds, budget);
      // Whole groups left interchangeable: the totals the text states decide, if exactly they do.
      const fitsText = byHeaders && byHeaders.placement.columns.some((c) => c.status === 'ambiguous') ? textTotals(narrative) : null;
      const byText = fitsText
        ? readHeaderBlocks(tokens, ALL_TARGETS.length, groupSumsCanHold, (c) => holds(c) && fitsText.fits(c), budget)
        : null;
      if (byText && fitsText) {
        ctx.report('groups-from-text', {
          target: TABLE_NAMES.t4,
          detail: fitsText.said,
          path: 't4',
          location: ctx.location(labelLoc.start, labelLoc.end),
        });
        byHeaders = byText;
      }
      if (byHeaders) {
        placement = confirmedBySums(placement) ? eitherReading(placement, byHeaders.placement) : byHeaders.placement;
        unplaced.length = 0;
      }
    }
    // Text laid out by position: the header's fifteen columns place every number (see the repair).
    const columnOf = (o: number): number => ctx.location(o, o + 1).column - 1;
    const underHeader = byEmptyLines ? null : readByHeaderColumns(tokens, ALL_TARGETS.length, groupSumsHold, columnOf);
    if (underHeader) {
      placement = confirmedBySums(placement) && !sameValues(placement, underHeader) ? eitherReading(placement, underHeader) : underHeader;
      unplaced.length = 0;
      if (placement.columns.some((c) => c.status === 'blank'))
        ctx.report('blank-by-position', {
          target: TABLE_NAMES.t4,
          detail: '行政复议、行政诉讼',
          path: 't4',
          location: ctx.location(labelLoc.start, labelLoc.end),
        });
    }
    // Text laid out by position whose numbers wrapped in their cells, and no reading so far that
    // states every cell and keeps the sums: the deals of the pieces decide, by their columns, or,
    // where no deal fits the columns, by each line's order alone. Where some deal keeps the sums,
    // the readings so far, which took each piece for a cell in an order the layout does not prove
    // and keep no sum, state candidates only.
    const deal = (byOrder: boolean): ReturnType<typeof readWrappedCells> =>
      readWrappedCells(
        tokens,
        ALL_TARGETS.length,
        TABLE4_COLUMNS.length,
        groupSumsHold,
        columnOf,
        WorkBudget.forTable(tokens.length),
        byOrder,
      );
    // A reading so far that keeps the sums stands, unless it places cells against their columns on
    // the page (the pieces read line by line, say): then it is one more reading beside the deals of
    // the pieces by their columns, and the cells where they differ are ambiguous.
    const sums = confirmedBySums(placement);
    const tokensRead = placement.columns.map((c) => (c.status === 'value' || c.status === 'blank' ? c.token : null));
    const contested = sums && readsAgainstColumns(tokensRead, columnOf);
    const wrapped =
      underHeader || runs || byEmptyLines || (sums && !contested) ? null : contested ? deal(false) : (deal(false) ?? deal(true));
    if (wrapped && contested) {
      if (!sameValues(placement, wrapped)) placement = bothReadings(placement, wrapped);
    } else if (contested) {
      // No deal of the pieces fits their columns, but blank marks split over the lines around the
      // row (see the repair) make one more reading by the columns: where it and the order of the
      // lines read a cell differently, the cell is ambiguous.
      const split = readSplitMarks(tokens, ALL_TARGETS.length, groupSumsHold, columnOf);
      if (split && !sameValues(placement, split)) placement = bothReadings(placement, split);
    } else if (wrapped) {
      // (more deals than the search reads, `partial`: the row as read so far is one of many, none proven)
      placement = overruledWhereContradicted({ ...placement, columns: placement.columns.map(candidateOnly) }, wrapped);
      if (!wrapped.partial) {
        unplaced.length = 0;
        ctx.report('cells-unwrapped', {
          detail: describeWrapped(wrapped),
          path: 't4',
          location: ctx.location(labelLoc.start, labelLoc.end),
        });
      }
    }
    if (placement.reordered)
      ctx.report('order-recovered', { target: TABLE_NAMES.t4, path: 't4', location: ctx.location(labelLoc.start, labelLoc.end) });
    // Read in the order of its lines, a row of fifteen whose group sums fail shows that order wrong
    // (plain pdftotext of cells wrapped in a narrow column: pieces of several lines interleaved); a
    // group it leaves unchecked (a blank total) rests on that order alone, as a block stream's.
    // (a cell a paragraph: the order of the lines is the order of the cells)
    const orderFails = !runs && !byEmptyLines && !underHeader && !wrapped && !confirmedBySums(placement) && onSeveralLines(placement);
    if (orderUnproven || orderFails)
      reportBlockOrder(ctx, 't4', [{ row: 't4', targets: ALL_TARGETS, placement }], TABLE4_RELATIONS, blankCountsAsZero, budget);
    cells = buildRowCells(ctx, placement, ALL_TARGETS, 't4', '行政复议、行政诉讼', labelLoc);
  }
  ALL_TARGETS.forEach((t, j) => setPath(table, t.address.slice(3), cells[j]));
  reportUnplaced(ctx, 't4', unplaced);
  const first = tokens[0];
  const lastTok = tokens[tokens.length - 1];
  if (first && lastTok) table['location'] = ctx.location(first.start, lastTok.end);
  const hasContent = cells.some((c) => c.status !== 'missing');
  return { table: table as unknown as Table4, hasContent };
}
