/**
 * Reader of table 二 (主动公开政府信息情况): a stack of 第二十条第（X）项 sub-tables. Each row label
 * is unique across sub-tables, so the row names its sub-table; the header read above a row
 * (`信息内容 | 本年制发件数 | …`) names its columns, in source order.
 */
import { missingCell, type Cell } from '../model/cell.js';
import type { Table2 } from '../model/tables.js';
import type { ParseContext } from '../parse/context.js';
import { TABLE2_VERSION_SIGNATURES } from '../template/signatures.js';
import {
  TABLE2_2019,
  TABLE2_2021,
  table2Definition,
  type Table2ColumnDefinition,
  type Table2SubTableDefinition,
  type Table2SubTableKey,
} from '../template/table2.js';
import type { TemplateVersion } from '../template/version.js';
import { buildRowCells, type ColumnTarget } from './cells.js';
import { cleanLabel, cleanText, matchLabel, type MatchCandidate } from './label-match.js';
import { setPath } from './paths.js';
import { placeReadings, placeRow } from './placement.js';
import { hasDigitRun, readingsOfRow } from './digit-runs.js';
import { gapBaseline, reportUnplaced, segmentRows, type LabelRole, type RowSegment } from './rows.js';
import type { LabelToken, TableToken } from './tokens.js';
import { TABLE_NAMES } from '../template/table-names.js';

const UNKNOWN_ROW = '#unknown';
const CAPTION_RE = /第二十条第?([一二三四五六七八九十])项/;
const FIRST_HEADER = '信息内容';

/** Row candidates of both versions; key `art20_X.rowKey`. */
const ROW_CANDIDATES: MatchCandidate<string>[] = (() => {
  const byKey = new Map<string, Set<string>>();
  for (const def of [TABLE2_2019, TABLE2_2021]) {
    for (const sub of def.subTables) {
      for (const r of sub.rows) {
        const key = `${sub.key}.${r.key}`;
        const set = byKey.get(key) ?? new Set<string>();
        for (const l of [r.label, ...(r.aliases ?? [])]) set.add(cleanText(l));
        byKey.set(key, set);
      }
    }
  }
  return [...byKey].map(([key, labels]) => ({ key, labels: [...labels].sort((a, b) => b.length - a.length), keywords: [...labels] }));
})();

const ALL_SIGNATURES: Record<TemplateVersion, string[]> = {
  '2019': TABLE2_VERSION_SIGNATURES['2019'].map(cleanText),
  '2021': TABLE2_VERSION_SIGNATURES['2021'].map(cleanText),
};

/** Result of reading table 二. */
export interface Table2Result {
  /** The typed table. */
  table: Table2;
  /** Whether any value or blank was read. */
  hasContent: boolean;
}

interface Header {
  labels: LabelToken[];
}

/** Reads table 二 from the tokens of its region. */
export function readTable2(ctx: ParseContext, tokens: readonly TableToken[], prior: TemplateVersion | null): Table2Result {
  const version = decideVersion(ctx, tokens, prior);
  const def = table2Definition(version);
  const baseline = gapBaseline(tokens);

  // Header in effect for each row label, collected while classifying in token order.
  const headerOf = new Map<LabelToken, Header | null>();
  let header: Header | null = null;
  let collecting = false;
  const classify = (label: LabelToken): LabelRole<string> => {
    const text = label.text;
    const clean = cleanText(text);
    if (CAPTION_RE.test(clean)) {
      header = null;
      collecting = false;
      return { role: 'group', key: 'caption' };
    }
    if (clean.startsWith(FIRST_HEADER)) {
      header = { labels: [] };
      collecting = true;
      const rest = clean.slice(FIRST_HEADER.length);
      if (rest !== '') header.labels.push({ ...label, text: text.slice(text.indexOf('容') + 1).trim() });
      return { role: 'group', key: 'header' };
    }
    const m = matchLabel(cleanLabel(text).clean, ROW_CANDIDATES);
    if (m) {
      collecting = false;
      headerOf.set(label, header);
      return { role: 'row', key: m.key, matched: m.matched, how: m.how };
    }
    if (collecting && header) {
      header.labels.push(label);
      return { role: 'group', key: 'header' };
    }
    headerOf.set(label, header);
    return { role: 'row', key: UNKNOWN_ROW, matched: '', how: 'context' };
  };
  const seg = segmentRows<string>(tokens, classify, baseline);

  const table = { version } as unknown as Record<string, unknown>;
  let hasContent = false;
  const unplaced = [...seg.orphans];
  for (const g of seg.groups) unplaced.push(...g.items);

  for (const r of seg.rows) {
    if (r.key === UNKNOWN_ROW) {
      if (r.evidence.items.some((i) => i.token.kind === 'value')) {
        ctx.report('label-unrecognized', { target: TABLE_NAMES.t2, detail: r.label.text, location: ctx.location(r.label.start, r.label.end) });
        // Its numbers are not dropped quietly: a value that lost its own row may sit here.
        unplaced.push(...r.evidence.items);
      }
      continue;
    }
    const [subKey] = r.key.split('.') as [Table2SubTableKey];
    if (!def.subTables.some((s) => s.key === subKey && s.rows.some((row) => `${s.key}.${row.key}` === r.key))) {
      ctx.report('label-unrecognized', { target: TABLE_NAMES.t2, detail: r.label.text, location: ctx.location(r.label.start, r.label.end) });
      unplaced.push(...r.evidence.items);
    }
  }

  for (const sub of def.subTables) {
    for (const rowDef of sub.rows) {
      const key = `${sub.key}.${rowDef.key}`;
      const rowAddress = `t2.${key}`;
      const occurrences = seg.rows.filter((r) => r.key === key);
      const chosen = occurrences.find((o) => o.evidence.items.length > 0) ?? occurrences[0];
      const cells: Record<string, Cell> = {};
      for (const c of sub.columns) cells[c.key] = missingCell();
      if (!chosen) {
        ctx.report('row-missing', {
          target: TABLE_NAMES.t2,
          detail: rowDef.label,
          path: rowAddress,
          addresses: sub.columns.map((c) => `${rowAddress}.${c.key}`),
        });
      } else {
        if (chosen.how === 'fuzzy') {
          ctx.report('label-fuzzy-match', { actual: chosen.label.text, expected: rowDef.label, location: ctx.location(chosen.label.start, chosen.label.end) });
        }
        const columns = resolveColumns(ctx, sub, version, headerOf.get(chosen.label) ?? null);
        const targets: ColumnTarget[] = columns.map((c) =>
          c.key ? { address: `${rowAddress}.${c.key}`, columnLabel: c.label } : { address: rowAddress, columnLabel: c.label, ignored: true },
        );
        // Cells run together with no separator: table 二 has no arithmetic, so only a single cut is read.
        const runs = hasDigitRun(chosen.evidence.items, columns.length) ? readingsOfRow(chosen.evidence.items, columns.length, () => true, () => true, false) : null;
        const placement = runs ? placeReadings(runs, columns.length) : placeRow(columns.length, chosen.evidence);
        const built = buildRowCells(ctx, placement, targets, rowAddress, chosen.label.text, chosen.label);
        columns.forEach((c, j) => {
          if (c.key) cells[c.key] = built[j] as Cell;
        });
        const uncovered = sub.columns.filter((c) => !columns.some((x) => x.key === c.key)).map((c) => `${rowAddress}.${c.key}`);
        if (uncovered.length > 0) {
          ctx.report('cells-missing', { detail: chosen.label.text, count: uncovered.length, path: rowAddress, addresses: uncovered });
        }
        if (chosen.evidence.items.length > 0) hasContent = true;
        unplaced.push(...chosen.overflow);
      }
      setPath(table, key, cells);
    }
  }
  reportUnplaced(ctx, 't2', unplaced);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first && last) (table as { location?: unknown }).location = ctx.location(first.start, last.end);
  return { table: table as unknown as Table2, hasContent };
}

function decideVersion(ctx: ParseContext, tokens: readonly TableToken[], prior: TemplateVersion | null): TemplateVersion {
  let n2019 = 0;
  let n2021 = 0;
  for (const t of tokens) {
    if (t.kind !== 'label') continue;
    const c = cleanText(t.text);
    if (ALL_SIGNATURES['2019'].some((s) => c.includes(s))) n2019++;
    if (ALL_SIGNATURES['2021'].some((s) => c.includes(s))) n2021++;
    if (CAPTION_RE.exec(c)?.[1] === '九') n2019++;
  }
  if (n2019 > n2021) return '2019';
  if (n2021 > n2019) return '2021';
  const v = prior ?? '2021';
  ctx.report('version-assumed', { target: TABLE_NAMES.t2, expected: v, path: 't2' });
  return v;
}

/** A source column: the template key it maps to in the chosen version (null when none) and its label. */
interface SourceColumn {
  key: string | null;
  label: string;
}

/**
 * Maps the header found above a row to template columns. Exact labels and aliases map
 * directly; the other version's label for the same quantity maps with a `cross-version-label`
 * note; a truncated header (`本年新`) takes the first unassigned column it is a prefix of; a
 * header of the other version with no counterpart maps to nothing (`column-not-in-template`).
 * Without a usable header the template order is used (`header-missing`).
 */
function resolveColumns(ctx: ParseContext, sub: Table2SubTableDefinition, version: TemplateVersion, header: Header | null): SourceColumn[] {
  const own = sub.columns;
  const fallback = (): SourceColumn[] => {
    ctx.report('header-missing', { target: `表二${sub.caption}`, path: `t2.${sub.key}` });
    return own.map((c) => ({ key: c.key, label: c.label }));
  };
  if (!header || header.labels.length === 0) return fallback();
  const other = table2Definition(version === '2019' ? '2021' : '2019').subTables.find((s) => s.key === sub.key);
  const assigned = new Set<string>();
  const out: SourceColumn[] = [];
  for (const h of header.labels) {
    const hc = cleanText(h.text);
    const exact = own.find((c) => !assigned.has(c.key) && labelsOf(c).includes(hc));
    if (exact) {
      assigned.add(exact.key);
      out.push({ key: exact.key, label: h.text });
      continue;
    }
    const cross = own.find((c) => !assigned.has(c.key) && (c.crossVersionAliases ?? []).map(cleanText).includes(hc));
    if (cross) {
      assigned.add(cross.key);
      ctx.report('cross-version-label', { actual: h.text, expected: cross.label, location: ctx.location(h.start, h.end) });
      out.push({ key: cross.key, label: h.text });
      continue;
    }
    const prefix = hc.length >= 2 ? own.find((c) => !assigned.has(c.key) && labelsOf(c).some((l) => l.startsWith(hc) || hc.startsWith(l))) : undefined;
    if (prefix) {
      assigned.add(prefix.key);
      out.push({ key: prefix.key, label: h.text });
      continue;
    }
    const foreign = other?.columns.find((c) => labelsOf(c).some((l) => l === hc || l.startsWith(hc)));
    if (foreign) {
      ctx.report('column-not-in-template', {
        target: `表二${sub.caption}`,
        detail: h.text,
        expected: version,
        location: ctx.location(h.start, h.end),
      });
      out.push({ key: null, label: h.text });
      continue;
    }
    // Text that is no column header (a stray fragment): ignore it.
  }
  if (out.length === 0 || out.every((c) => c.key === null)) return fallback();
  return out;
}

function labelsOf(c: Table2ColumnDefinition): string[] {
  return [c.label, ...(c.aliases ?? [])].map(cleanText);
}

/** For tests: the row segments of a region (exposed through the table reader only). */
export type { RowSegment };
