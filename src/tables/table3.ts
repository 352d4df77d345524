/**
 * Reader of table 三 (收到和处理政府信息公开申请情况): recognises its row labels, decides the
 * template version from the （六）其他处理 rows, and places every row's values into the seven
 * applicant columns.
 */
import { missingCell, type Cell } from '../model/cell.js';
import type { Table3, Table3Row } from '../model/tables.js';
import type { ParseContext } from '../parse/context.js';
import { TABLE3_2019, TABLE3_2021, TABLE3_COLUMNS, table3Definition, type Table3RowDefinition } from '../template/table3.js';
import type { TemplateVersion } from '../template/version.js';
import { buildRowCells, type ColumnTarget } from './cells.js';
import { cleanLabel, cleanText, matchLabel, type MatchCandidate } from './label-match.js';
import { placeRow } from './placement.js';
import { gapBaseline, reportUnplaced, segmentRows, type LabelRole, type RowSegment } from './rows.js';
import type { LabelToken, TableToken } from './tokens.js';
import { setPath } from './paths.js';

const NCOLS = TABLE3_COLUMNS.length;

/** All row definitions of both versions, by key (the 2019 data row （六） and the 2021 group share a key). */
const ROWS_BY_KEY = new Map<string, Table3RowDefinition>();
for (const r of [...TABLE3_2019.rows, ...TABLE3_2021.rows]) if (!ROWS_BY_KEY.has(r.key)) ROWS_BY_KEY.set(r.key, r);

const GROUP_KEYS = new Set(['results', 'results.denied', 'results.unableToProvide', 'results.notProcessed']);
const OTHER_HANDLING = 'results.otherHandling';
const SUB_ROWS_2021 = new Set(['results.otherHandling.overdueCorrection', 'results.otherHandling.unpaidFee', 'results.otherHandling.other']);

const CANDIDATES: MatchCandidate<string>[] = [...ROWS_BY_KEY.values()]
  .filter((r) => r.keywords.length > 0)
  .map((r) => ({ key: r.key, labels: [cleanLabel(r.label).clean], keywords: r.keywords.map(cleanText) }));

/** Result of reading table 三. */
export interface Table3Result {
  /** The typed table. */
  table: Table3;
  /** Whether any value or blank was read. */
  hasContent: boolean;
}

/** Reads table 三 from the tokens of its region. */
export function readTable3(ctx: ParseContext, tokens: readonly TableToken[], prior: TemplateVersion | null): Table3Result {
  const baseline = gapBaseline(tokens);
  const seg = segmentRows<string>(tokens, classify, baseline);

  const keys = new Set(seg.rows.map((r) => r.key));
  const has2021Rows = [...SUB_ROWS_2021].some((k) => keys.has(k));
  const otherHandlingRows = seg.rows.filter((r) => r.key === OTHER_HANDLING);
  const otherHandlingHasValues = otherHandlingRows.some((r) => r.evidence.items.some((i) => i.token.kind === 'value'));
  let version: TemplateVersion;
  if (has2021Rows) version = '2021';
  else if (otherHandlingHasValues) version = '2019';
  else {
    version = prior ?? '2021';
    ctx.report('version-assumed', { target: '表三', expected: version, path: 't3' });
  }

  const def = table3Definition(version);
  const table = { version } as unknown as Record<string, unknown>;
  let hasContent = false;
  const unplaced = [...seg.orphans];

  for (const g of seg.groups) unplaced.push(...g.items);

  for (const rowDef of def.rows) {
    const rowAddress = `t3.${rowDef.key}`;
    const candidates = seg.rows.filter((r) => r.key === rowDef.key);
    if (rowDef.type === 'group') {
      for (const r of candidates) {
        if (r.evidence.items.some((i) => i.token.kind === 'value')) {
          ctx.report('group-has-values', { detail: r.label.text, path: rowAddress, location: ctx.location(r.label.start, r.label.end) });
          unplaced.push(...r.evidence.items);
        }
      }
      continue;
    }
    const targets: ColumnTarget[] = TABLE3_COLUMNS.map((c) => ({ address: `${rowAddress}.${c.key}`, columnLabel: c.label }));
    const chosen = chooseSegment(ctx, candidates, rowAddress);
    let cells: Cell[];
    if (!chosen) {
      cells = targets.map(() => missingCell());
      ctx.report('row-missing', { target: '表三', detail: rowDef.label, path: rowAddress, addresses: targets.map((t) => t.address) });
    } else {
      noteMatch(ctx, chosen, rowDef.label);
      const placement = placeRow(NCOLS, chosen.evidence);
      cells = buildRowCells(ctx, placement, targets, rowAddress, labelText(chosen), chosen.label);
      if (chosen.evidence.items.length > 0) hasContent = true;
      unplaced.push(...chosen.overflow);
    }
    const row = {} as Record<string, Cell>;
    TABLE3_COLUMNS.forEach((c, j) => (row[c.key] = cells[j] as Cell));
    setPath(table, rowDef.key, row as unknown as Table3Row);
  }
  reportUnplaced(ctx, '表三', unplaced);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first && last) (table as { location?: unknown }).location = ctx.location(first.start, last.end);
  return { table: table as unknown as Table3, hasContent };
}

function classify(label: LabelToken, state: { rowsSoFar: number; lastKey: string | null }): LabelRole<string> {
  const { numbering, clean } = cleanLabel(label.text);
  if (clean === '') return { role: 'other' };
  const inBody = state.rowsSoFar > 0;
  if (clean === '总计' || clean === '合计') {
    if ((numbering?.style === 'cnParen' && numbering.value === 7) || inBody) {
      return { role: 'row', key: 'results.total', matched: '（七）总计', how: 'context' };
    }
    return { role: 'other' };
  }
  if (clean === '其他') {
    if (numbering?.style === 'cnParen' && numbering.value === 6) return { role: 'row', key: OTHER_HANDLING, matched: '（六）其他处理', how: 'context' };
    if ((numbering?.style === 'arabic' && numbering.value === 3) || (inBody && state.lastKey?.startsWith(`${OTHER_HANDLING}.`))) {
      return { role: 'row', key: 'results.otherHandling.other', matched: '3.其他', how: 'context' };
    }
    return { role: 'other' };
  }
  const m = matchLabel(clean, CANDIDATES);
  if (!m) return { role: 'other' };
  if (GROUP_KEYS.has(m.key)) return { role: 'group', key: m.key };
  return { role: 'row', key: m.key, matched: m.matched, how: m.how };
}

/**
 * Picks the occurrence of a row to use. The first occurrence with values wins; a later
 * occurrence with different values makes the row a `duplicate-row` (reported, first kept).
 */
function chooseSegment(ctx: ParseContext, candidates: RowSegment<string>[], rowAddress: string): RowSegment<string> | null {
  if (candidates.length === 0) return null;
  const withItems = candidates.filter((c) => c.evidence.items.length > 0);
  const chosen = withItems[0] ?? (candidates[0] as RowSegment<string>);
  for (const other of withItems.slice(1)) {
    const a = chosen.evidence.items.map((i) => i.token.kind === 'value' ? i.token.content.value : null).join(',');
    const b = other.evidence.items.map((i) => i.token.kind === 'value' ? i.token.content.value : null).join(',');
    if (a !== b) {
      ctx.report('duplicate-row', { detail: other.label.text, path: rowAddress, location: ctx.location(other.label.start, other.label.end) });
    }
  }
  return chosen;
}

function noteMatch(ctx: ParseContext, seg: RowSegment<string>, templateLabel: string): void {
  if (seg.how === 'fuzzy') {
    ctx.report('label-fuzzy-match', {
      actual: seg.label.text,
      expected: templateLabel,
      location: ctx.location(seg.label.start, seg.label.end),
    });
  }
}

function labelText(seg: RowSegment<string>): string {
  return seg.labels.map((l) => l.text).join('');
}
