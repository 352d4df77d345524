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
import { placeReadings, placeRow, type RowItem } from './placement.js';
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

/** The three five-column groups each add up (upheld + corrected + other + pending = total). */
function groupSumsHold(values: readonly (number | null)[]): boolean {
  for (let g = 0; g < 3; g++) {
    const v = values.slice(g * 5, g * 5 + 5).map((x) => x ?? 0);
    if ((v[0] as number) + (v[1] as number) + (v[2] as number) + (v[3] as number) !== v[4]) return false;
  }
  return true;
}

/** Reads table 四 from the tokens of its region. */
export function readTable4(ctx: ParseContext, allTokens: readonly TableToken[]): Table4Result {
  // Empty cells of header rows (spans drawn as empty Markdown cells) are layout, not blanks.
  const headerLines = new Set(allTokens.filter((t) => t.kind === 'label').map((t) => t.line));
  const tokens = allTokens.filter((t) => !(t.kind === 'blank' && headerLines.has(t.line)));
  const baseline = gapBaseline(tokens);
  const seg = segmentRows<Table4GroupKey>(tokens, classify, baseline, false);
  const table: Record<string, unknown> = {};
  const unplaced: RowItem[] = [...seg.orphans];
  for (const g of seg.groups) unplaced.push(...g.items);

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
      cells.push(...buildRowCells(ctx, placeRow(TABLE4_COLUMNS.length, r.evidence), targets, `t4.${g.key}`, r.label.text, r.label));
      unplaced.push(...r.overflow);
    }
  } else {
    // One row of fifteen: the values after the header, whichever group label they follow.
    const items: RowItem[] = [];
    for (const r of seg.rows) items.push(...r.evidence.items, ...r.overflow);
    if (seg.rows.length === 0) items.push(...unplaced.splice(0));
    const last = seg.rows[seg.rows.length - 1];
    const evidence = {
      items,
      gapsVisible: baseline > 0,
      collapsedAfter: last && withItems.length <= 1 ? last.evidence.collapsedAfter : null,
    };
    const runs = hasDigitRun(items, ALL_TARGETS.length) ? readingsOfRow(items, ALL_TARGETS.length, groupSumsHold, (c) => c % 5 !== 4) : null;
    if (runs?.length === 1) ctx.report('digit-run-split', { detail: (runs[0] as RowItem[]).map((i) => (i.token.kind === 'value' ? i.token.raw : '')).join(' '), path: 't4' });
    const placement = runs ? placeReadings(runs, ALL_TARGETS.length) : placeRow(ALL_TARGETS.length, evidence, groupSumsHold);
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
