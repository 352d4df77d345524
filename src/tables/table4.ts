/**
 * Reader of table 四 (政府信息公开行政复议、行政诉讼情况): one unlabelled row of 15 values under a
 * three-level header, or three five-value blocks each introduced by its group label
 * (`行政复议`, `行政诉讼（未经复议直接起诉）`, `行政诉讼（复议后起诉）`) when a converter split it.
 */
import type { Cell } from '../model/cell.js';
import type { Table4 } from '../model/tables.js';
import type { ParseContext } from '../parse/context.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS, type Table4GroupKey } from '../template/table4.js';
import { buildRowCells, type ColumnTarget } from './cells.js';
import { cleanText } from './label-match.js';
import { setPath } from './paths.js';
import { placeReadings, placeRow, type RowCheck, type RowEvidence, type RowItem, type RowPlacement } from './placement.js';
import type { NarrativeClaim } from '../narrative/claims.js';
import { hasDigitRun, readingsOfRow } from './digit-runs.js';
import { gapBaseline, reportUnplaced, segmentRows, type LabelRole } from './rows.js';
import type { LabelToken, TableToken } from './tokens.js';
import { TABLE_NAMES } from '../template/table-names.js';

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
 * The row of fifteen, its runs put in order by the group sums and by the groups their labels name
 * (dropped if no order keeps both). When whole groups stay interchangeable (the sums cannot tell a
 * review group from a litigation group), the totals the text states decide, if exactly they do:
 * reported as `groups-from-text`.
 */
function placeOutOfOrder(
  ctx: ParseContext,
  evidence: RowEvidence,
  anchorsOf: () => ReadonlyMap<number, Table4GroupKey>,
  narrative: (() => readonly NarrativeClaim[]) | undefined,
  labelLoc: { start: number; end: number },
): RowPlacement {
  const n = ALL_TARGETS.length;
  // The anchors are read only when the runs have to be ordered (the check is not called otherwise).
  let anchors: ReadonlyMap<number, Table4GroupKey> | null = null;
  const labelled: RowCheck = (v, seq) => {
    anchors ??= anchorsOf();
    const a = anchors;
    return groupSumsHold(v) && seq.every((it, j) => (a.get(it.run) ?? groupOfColumn(j)) === groupOfColumn(j));
  };
  let placement = placeRow(n, evidence, labelled);
  if (placement.reordered && placement.orders === 0) placement = placeRow(n, evidence, groupSumsHold);
  if (!placement.reordered || !narrative || !placement.columns.some((c) => c.status === 'ambiguous')) return placement;
  const claims = narrative().filter((c) => !c.percent);
  const review = claims.filter((c) => c.kind === 'review').map((c) => c.value);
  const litigation = claims.filter((c) => c.kind === 'litigation').map((c) => c.value);
  // Both totals must be stated: one number alone matches a wrong arrangement too easily (a review
  // count of another scope, a litigation total equal to some group's).
  if (review.length === 0 || litigation.length === 0) return placement;
  const base = placement.orders === 0 ? groupSumsHold : labelled;
  const stated: RowCheck = (v, seq) =>
    base(v, seq) && review.includes(v[4] ?? 0) && litigation.includes((v[9] ?? 0) + (v[14] ?? 0));
  const byText = placeRow(n, evidence, stated);
  if ((byText.orders ?? 0) === 0 || byText.columns.some((c) => c.status === 'ambiguous' || c.status === 'missing')) return placement;
  const said = [...review.map((v) => `行政复议${v}件`), ...litigation.map((v) => `行政诉讼${v}件`)].join('、');
  ctx.report('groups-from-text', { target: TABLE_NAMES.t4, detail: said, path: 't4', location: ctx.location(labelLoc.start, labelLoc.end) });
  return byText;
}

/** The three five-column groups each add up (upheld + corrected + other + pending = total). */
function groupSumsHold(values: readonly (number | null)[]): boolean {
  for (let g = 0; g < 3; g++) {
    const v = values.slice(g * 5, g * 5 + 5).map((x) => x ?? 0);
    if ((v[0] as number) + (v[1] as number) + (v[2] as number) + (v[3] as number) !== v[4]) return false;
  }
  return true;
}

/** Column j of the row of fifteen belongs to this group. */
const groupOfColumn = (j: number): Table4GroupKey => (TABLE4_GROUPS[Math.floor(j / TABLE4_COLUMNS.length)] as (typeof TABLE4_GROUPS)[number]).key;

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

/**
 * Reads table 四 from the tokens of its region. `narrative` gives the numbers the report's text
 * states (行政复议351件, 行政诉讼46件); they are read only when the values came out of order and
 * the arithmetic and the labels leave the groups interchangeable.
 */
export function readTable4(ctx: ParseContext, allTokens: readonly TableToken[], narrative?: () => readonly NarrativeClaim[]): Table4Result {
  // Empty cells of header rows (spans drawn as empty Markdown cells) are layout, not blanks.
  const headerLines = new Set(allTokens.filter((t) => t.kind === 'label').map((t) => t.line));
  const tokens = allTokens.filter((t) => !(t.kind === 'blank' && headerLines.has(t.line)));
  const baseline = gapBaseline(tokens);
  const seg = segmentRows<Table4GroupKey>(tokens, classify, baseline, false);
  const table: Record<string, unknown> = {};
  const unplaced: RowItem[] = [...seg.orphans];
  for (const g of seg.groups) for (const item of g.items) unplaced.push(item);

  const withItems = seg.rows.filter((r) => r.evidence.items.length > 0);
  const perGroup =
    withItems.length === 3 &&
    new Set(withItems.map((r) => r.key)).size === 3 &&
    withItems.every((r) => r.evidence.items.length === TABLE4_COLUMNS.length);

  let cells: Cell[];
  const labelAt = seg.rows[0]?.label ?? (tokens.find((t) => t.kind === 'label') as LabelToken | undefined);
  const labelLoc = labelAt ?? { start: 0, end: 0 };
  if (perGroup) {
    cells = [];
    for (const g of TABLE4_GROUPS) {
      const r = withItems.find((x) => x.key === g.key);
      const targets = ALL_TARGETS.filter((t) => t.address.startsWith(`t4.${g.key}.`));
      if (!r) continue;
      for (const cell of buildRowCells(ctx, placeRow(TABLE4_COLUMNS.length, r.evidence), targets, `t4.${g.key}`, r.label.text, r.label)) cells.push(cell);
      for (const item of r.overflow) unplaced.push(item);
    }
  } else {
    // One row of fifteen: the values after the header, whichever group label they follow.
    const items: RowItem[] = [];
    for (const r of seg.rows) for (const item of [r.evidence.items, r.overflow].flat()) items.push(item);
    if (seg.rows.length === 0) for (const item of unplaced.splice(0)) items.push(item);
    const last = seg.rows[seg.rows.length - 1];
    const evidence = {
      items,
      gapsVisible: baseline > 0,
      collapsedAfter: last && withItems.length <= 1 ? last.evidence.collapsedAfter : null,
    };
    const runs = hasDigitRun(items, ALL_TARGETS.length) ? readingsOfRow(items, ALL_TARGETS.length, groupSumsHold, (c) => c % 5 !== 4) : null;
    if (runs?.length === 1) ctx.report('digit-run-split', { detail: (runs[0] as RowItem[]).map((i) => (i.token.kind === 'value' ? i.token.raw : '')).join(' '), path: 't4' });
    const placement = runs ? placeReadings(runs, ALL_TARGETS.length) : placeOutOfOrder(ctx, evidence, () => runAnchors(tokens, seg.runText), narrative, labelLoc);
    if (placement.reordered) ctx.report('order-recovered', { target: TABLE_NAMES.t4, path: 't4', location: ctx.location(labelLoc.start, labelLoc.end) });
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
