/**
 * Reader of table 二 (主动公开政府信息情况): a stack of 第二十条第（X）项 sub-tables. Each row label
 * is unique across sub-tables, so the row names its sub-table; the header read above a row
 * (`信息内容 | 本年制发件数 | …`) names its columns, in source order.
 */
import { missingCell, type Cell } from '../model/cell.js';
import type { Table2 } from '../model/tables.js';
import type { RecordingReporter, Reporter } from '../diagnostics/reporter.js';
import { LATEST_TEMPLATE_VERSION, REGISTERED_VERSIONS, templateDefinition, versionsWithTable2Item } from '../template/registry.js';
import {
  table2Definition,
  type Table2ColumnDefinition,
  type Table2RowDefinition,
  type Table2SubTableDefinition,
  type Table2SubTableKey,
} from '../template/table2.js';
import type { TemplateVersion } from '../template/version.js';
import { buildRowCells, type ColumnTarget } from './cells.js';
import { joinWrappedPieces } from './wrapped-number.js';
import { cleanLabel, cleanText, ExactLabels, matchLabel, type LabelMatch, type MatchCandidate } from './label-match.js';
import { getPath, setPath } from './paths.js';
import {
  candidateOnly,
  evidenceFor,
  placeReadings,
  placeRow,
  type Placement,
  type RowEvidence,
  type RowItem,
  type RowPlacement,
} from './placement.js';
import { signOrBlankReadings, usesHyphenBlanks } from './sign-or-blank.js';
import { WorkBudget } from './budget.js';
import { decideEmptyLineCells, itemsWithEmptyCells } from '../repairs/empty-line-cells.js';
import { gapBaseline, gapsShowLoss, reportUnplaced, segmentRows, segmentsByKey, type LabelRole, type RowSegment } from './rows.js';
import { blocksOfOne, loneAtMargin, MIN_PLACED_INDENT, nextToken } from './text-position.js';
import { emptyRowsOnTheirLines } from './table2-empty-rows.js';
import { rowsMayHoldWideCell } from './table2-wide-row-cells.js';
import type { BlankToken, LabelToken, TableToken, ValueToken } from './tokens.js';
import { TABLE_NAMES } from '../template/table-names.js';
import { decideOwnership, type LabelProbe, type OwnershipDecision } from '../repairs/ownership.js';
import { decideSubtableOwnership, type SubtableOwnershipDecision } from '../repairs/subtable-ownership.js';
import { decideBlockStream } from '../repairs/block-stream.js';
import { reportBlockOrder } from '../repairs/block-order.js';
import { readEitherWay } from '../repairs/either-way.js';
import { decideTable2RowLines } from '../repairs/table2-row-lines.js';
import { overfullBesideShort, unsettle } from '../repairs/overfull-rows.js';
import { underJoinedLine } from '../repairs/under-joined-line.js';
import { contestAmount, unplacedAmounts } from '../repairs/unplaced-amount.js';
import { cutLastLabel, reportOwnership, splitLabels } from './table3.js';
import { uniformSubtables } from '../repairs/uniform-subtables.js';

const UNKNOWN_ROW = '#unknown';
/** A number written with an explicit sign (ASCII, full-width or typographic). */
const EXPLICIT_SIGN_RE = /^[+＋\-－−–]/;

/** Whether the column `key` of a sub-table takes a sign (本年增/减). */
function signedKey(sub: Table2SubTableDefinition, key: string | null | undefined): boolean {
  return sub.columns.some((c) => c.key === key && c.signed === true);
}
/** Whether a column of the sub-table takes decimals (an amount). */
function decimalKey(sub: Table2SubTableDefinition, key: string | null | undefined): boolean {
  return sub.columns.some((c) => c.key === key && c.decimal === true);
}
const CAPTION_RE = /第二十条第?([一二三四五六七八九十])项/;
const FIRST_HEADER = '信息内容';

/** Row candidates of every registered version, oldest first; key `art20_X.rowKey`. */
const ROW_CANDIDATES: MatchCandidate<string>[] = (() => {
  const byKey = new Map<string, Set<string>>();
  for (const def of REGISTERED_VERSIONS.map(table2Definition)) {
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

/** The cleaned table-二 signatures of each registered version (template registry). */
const ALL_SIGNATURES: ReadonlyMap<TemplateVersion, string[]> = new Map(
  REGISTERED_VERSIONS.map((v) => [v, templateDefinition(v).table2Signatures.map(cleanText)]),
);

/** Result of reading table 二. */
export interface Table2Result {
  /** The typed table. */
  table: Table2;
  /** Whether any value or blank was read. */
  hasContent: boolean;
}

interface Header {
  labels: LabelToken[];
  /** The text of every label of the header's sub-table, caption to caption (cleaned), the header's own among them. */
  region: string[];
}

/**
 * Reads table 二 from the tokens of its region. How the numbers stand to their labels (after them,
 * before them, inside a wrapped label) is decided first from the document's evidence
 * (`repairs/ownership.ts`; table 二 has no arithmetic, so only the structure and PDF coordinates
 * speak).
 */
export function readTable2(
  ctx: RecordingReporter,
  tokens: readonly TableToken[],
  prior: TemplateVersion | null,
  blockStreamDocument = false,
  hyphenBlanksDocument = false,
): Table2Result {
  const mark = ctx.diagnostics.length;
  const read = readTable2Printed(ctx, tokens, prior, blockStreamDocument, hyphenBlanksDocument);
  return withUniformSubtables(ctx, tokens, read, mark);
}

/**
 * Sub-tables of one value whose numbers are as many as their cells (`repairs/uniform-subtables.ts`):
 * where the reading left a cell of one flagged and stated none of them otherwise, every cell of it
 * is read as that value; the reading's diagnostics on the sub-table are taken back and the
 * sub-table is named by `table-uniform`.
 */
function withUniformSubtables(ctx: RecordingReporter, tokens: readonly TableToken[], read: Table2Result, mark: number): Table2Result {
  const table = read.table as unknown as Record<string, unknown>;
  const def = table2Definition(read.table.version);
  // (a sub-table is taken only where the reading left a cell of it open: where none is, nothing is to count)
  if (!def.subTables.some((sub) => holdsOpenCell(table, sub))) return read;
  const found = uniformSubtables(tokens, def);
  for (const { sub, value, raw } of found) {
    let open = false;
    let otherwise = false;
    for (const row of sub.rows)
      for (const col of sub.columns) {
        const c = getPath(table, `${sub.key}.${row.key}.${col.key}`) as Cell | undefined;
        if (c === undefined || c.status === 'missing') open = true;
        else if (c.status === 'ambiguous') {
          open = true;
          if (!c.candidates.includes(value)) otherwise = true;
        } else if (c.value !== value) otherwise = true;
      }
    if (!open || otherwise) continue;
    for (const row of sub.rows)
      for (const col of sub.columns) {
        const cell: Cell = { status: 'value', value, raw, rowLabel: row.label, columnLabel: col.label };
        setPath(table, `${sub.key}.${row.key}.${col.key}`, cell);
      }
    const prefix = `t2.${sub.key}`;
    const within = (p: string): boolean => p === prefix || p.startsWith(`${prefix}.`);
    const kept = ctx.diagnostics
      .splice(mark)
      .filter((d) => !(d.addresses && d.addresses.length > 0 ? d.addresses.every(within) : d.path !== undefined && within(d.path)));
    for (const d of kept) ctx.diagnostics.push(d);
    ctx.report('table-uniform', { target: `${TABLE_NAMES.t2}${sub.caption}`, detail: String(value), path: prefix });
    read.hasContent = true;
  }
  return read;
}

/** Each sub-table's cell paths in a read table (`<sub>.<row>.<column>`), made once per definition. */
const subTablePaths = new WeakMap<Table2SubTableDefinition, readonly string[]>();

/** Whether a cell of a sub-table is missing, absent or ambiguous in a read table (what {@link withUniformSubtables} calls open). */
function holdsOpenCell(table: Record<string, unknown>, sub: Table2SubTableDefinition): boolean {
  let paths = subTablePaths.get(sub);
  if (paths === undefined) {
    paths = sub.rows.flatMap((row) => sub.columns.map((col) => `${sub.key}.${row.key}.${col.key}`));
    subTablePaths.set(sub, paths);
  }
  for (const path of paths) {
    const c = getPath(table, path) as Cell | undefined;
    if (c === undefined || c.status === 'missing' || c.status === 'ambiguous') return true;
  }
  return false;
}

/** {@link readTable2} as the reader reads it, before the sub-tables of one value. */
function readTable2Printed(
  ctx: RecordingReporter,
  tokens: readonly TableToken[],
  prior: TemplateVersion | null,
  blockStreamDocument: boolean,
  hyphenBlanksDocument: boolean,
): Table2Result {
  const regionTokens = splitNoneMarker(splitSumLabels(tokens));
  // A document that writes blank cells as hyphens (tables 三 and 四 of the same text, or this one):
  // a hyphen glued before a number here may be such a blank as well as a sign.
  const hyphenBlanks = hyphenBlanksDocument || usesHyphenBlanks(regionTokens, false);
  // A block stream (plain pdftotext; table 三 of the same text shows it): a row's cells printed over
  // several blocks may come in another order, and table 二 has no arithmetic to confirm it.
  const orderUnproven = decideBlockStream(regionTokens, blockStreamDocument).blockStream;
  let decision = decideOwnership({
    tokens: regionTokens,
    classify: probeClassify,
    probe: probeLabel,
    ncols: null,
    baselineOf: (t) => ctx.location(t.start, t.end).y,
  });
  // Numbers before their labels read from the whole table's structure alone (numbers before its first
  // label, none after its last): that signature speaks for its first and last sub-tables only. A
  // sub-table whose own evidence fits only numbers after their labels shows the order is mixed: the
  // whole table is undecided, and each sub-table decided by its own evidence.
  const mixed = decision.order === 'before' && decision.printed ? mixedOrder(decision, decision.printed) : null;
  if (mixed) decision = mixed;
  // Undecided for the whole table: each sub-table may show its own order (an Office print's plain
  // pdftotext prints a one-row sub-table's number before its label, the others' after theirs).
  const bySubtable = decision.order === 'undecided' && decision.alternative ? subtableOwnership(decision.tokens) : null;
  if (bySubtable) {
    reportOwnership(ctx, 't2', bySubtable.alternative === null ? { ...decision, order: 'after' } : decision);
    reportSubtableOwnership(ctx, bySubtable);
  } else reportOwnership(ctx, 't2', decision);
  // Labels wrapped around numbers on two lines in an order the text does not prove.
  const spread = new Set(decision.joined.filter((j) => j.spread).map((j) => j.label));
  if (bySubtable) {
    // (each sub-table's order decided alone: a row's numbers right after a label that shows none may be either's)
    const { tokens, alternative } = bySubtable;
    if (alternative === null) return readReading(ctx, tokens, prior, orderUnproven, hyphenBlanks, spread, false, false, true);
    return readEitherWay(
      ctx,
      't2',
      () => readReading(ctx, tokens, prior, orderUnproven, hyphenBlanks, spread, false, false, true),
      () => readReading(ctx, alternative, prior, orderUnproven, hyphenBlanks, spread, false, false, true),
      (r) => r.table as unknown as Record<string, unknown>,
    );
  }
  if (decision.order === 'undecided' && decision.alternative) {
    // Two readings and no arithmetic to choose: only what both state is kept.
    const alternative = decision.alternative;
    return readEitherWay(
      ctx,
      't2',
      () => readReading(ctx, decision.tokens, prior, orderUnproven, hyphenBlanks, spread),
      () => readReading(ctx, alternative, prior, orderUnproven, hyphenBlanks, spread),
      (r) => r.table as unknown as Record<string, unknown>,
    );
  }
  return readReading(
    ctx,
    decision.tokens,
    prior,
    orderUnproven,
    hyphenBlanks,
    spread,
    decision.order === 'after',
    decision.order === 'before',
  );
}

/** The words of a sum row some reports add under a sub-table (not a template row: its numbers belong to no cell). */
const SUM_LABELS = ['合计', '总计', '小计'];

/**
 * A row label run into a sum row's label (one-line text: `行政处罚 28 行政强制 合计 28`, the row
 * 行政强制 blank, its cell vanished, the space normalised away) is cut into the two labels: read as
 * one, the row matched 行政强制 by its keyword and took the sum's number. Only where the text before
 * the sum word is exactly a row label (no template label ends in one); every other token is kept.
 */
function splitSumLabels(tokens: readonly TableToken[]): readonly TableToken[] {
  return splitLabels(tokens, (t) => {
    const cut = cutLastLabel(t, SUM_LABELS);
    return cut && EXACT_ROWS.keyOf(cut[0].text) !== null ? cut : null;
  });
}

/** The blank-cell marker `无` and the longest run of it a row label may carry glued (table 二's rows have up to three cells). */
const NONE_MARKER_RE = /无{1,3}$/;

/**
 * A row label with its blank marker glued to it (one-line text: `行政许可 无 第二十条…`, normalisation
 * removes the space between two Han characters, `行政许可无`), no number after it: the label and
 * that many blank cells. Only where the text before the markers is exactly a row label of table 二
 * (no label of the table holds 无) and the next token is no number (a number after it: the tokenizer
 * reads such a marker already); every other token is kept.
 */
function splitNoneMarker(tokens: readonly TableToken[]): readonly TableToken[] {
  let out: TableToken[] | null = null;
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    const m = t.kind === 'label' && next?.kind !== 'value' ? NONE_MARKER_RE.exec(t.text.trimEnd()) : null;
    const head = m && t.kind === 'label' ? t.text.slice(0, m.index).trimEnd() : '';
    const pieces: TableToken[] | null =
      m && t.kind === 'label' && head !== '' && EXACT_ROWS.keyOf(head) !== null
        ? [
            { ...t, text: head, end: t.start + head.length },
            ...[...m[0]].map((_, j): BlankToken => ({
              kind: 'blank',
              raw: '无',
              start: t.start + m.index + j,
              end: t.start + m.index + j + 1,
              line: t.line,
              gapBefore: 0,
              lineStart: false,
            })),
          ]
        : null;
    if (pieces && !out) out = tokens.slice(0, k) as TableToken[];
    if (out) for (const p of pieces ?? [t]) out.push(p);
  });
  return out ?? tokens;
}

/** Reads table 二 from tokens in the order the ownership repair decided. */
function readReading(
  ctx: Reporter,
  tokens: readonly TableToken[],
  prior: TemplateVersion | null,
  orderUnproven: boolean,
  hyphenBlanks: boolean,
  spread: ReadonlySet<LabelToken>,
  numbersFollowLabels = false,
  numbersBeforeLabels = false,
  orderBySubtable = false,
): Table2Result {
  const version = decideVersion(ctx, tokens, prior);
  const def = table2Definition(version);
  const baseline = gapBaseline(tokens);
  // Gaps anchor a short row's numbers only in a region where some lost cell shows as a gap, as in
  // table 三: where none does, blank cells vanished without a trace (plain pdftotext of a print
  // whose empty cells hold nothing) and a row's first number after its label says nothing of its column.
  const lossShows = gapsShowLoss(tokens, baseline);

  // Header in effect for each row label, collected while classifying in token order.
  const headerOf = new Map<LabelToken, Header | null>();
  let header: Header | null = null;
  let collecting = false;
  // (the labels of the sub-table read so far, caption to caption: a header's region)
  let region: string[] = [];
  const wrapped = new WrappedPieces(tokens);
  const classify = (label: LabelToken): LabelRole<string> => {
    const text = label.text;
    const clean = cleanText(text);
    if (CAPTION_RE.test(clean)) {
      header = null;
      collecting = false;
      wrapped.clear();
      region = [];
      return { role: 'group', key: 'caption' };
    }
    region.push(clean);
    if (clean.startsWith(FIRST_HEADER)) {
      header = { labels: [], region };
      collecting = true;
      wrapped.clear();
      const rest = clean.slice(FIRST_HEADER.length);
      if (rest !== '') header.labels.push({ ...label, text: text.slice(text.indexOf('容') + 1).trim() });
      return { role: 'group', key: 'header' };
    }
    const m = matchLabel(cleanLabel(text).clean, ROW_CANDIDATES) ?? wrapped.join(label, header);
    wrapped.clear();
    if (m) {
      collecting = false;
      headerOf.set(label, header);
      return { role: 'row', key: m.key, matched: m.matched, how: m.how };
    }
    wrapped.add(label, collecting && header !== null);
    if (collecting && header) {
      header.labels.push(label);
      return { role: 'group', key: 'header' };
    }
    headerOf.set(label, header);
    return { role: 'row', key: UNKNOWN_ROW, matched: '', how: 'context' };
  };
  // In a block stream a line's end after numbers is no row end (`repairs/block-stream.ts`): a row's
  // numbers go on in the next blocks, up to the next label.
  const segTokens = orderUnproven ? tokens.filter((t) => !(t.kind === 'break' && t.reason === 'line')) : tokens;
  const seg = segmentRows<string>(segTokens, classify, baseline);

  const table = { version } as unknown as Record<string, unknown>;
  let hasContent = false;
  const budget = WorkBudget.forTable(tokens.length);
  const unplaced = [...seg.orphans];
  for (const g of seg.groups) for (const item of g.items) unplaced.push(item);

  for (const r of seg.rows) {
    if (r.key === UNKNOWN_ROW) {
      if (r.evidence.items.some((i) => i.token.kind === 'value')) {
        ctx.report('label-unrecognized', {
          target: TABLE_NAMES.t2,
          detail: r.label.text,
          location: ctx.location(r.label.start, r.label.end),
        });
        // Its numbers are not dropped quietly: a value that lost its own row may sit here.
        for (const item of r.evidence.items) unplaced.push(item);
      }
      continue;
    }
    const dot = r.key.indexOf('.');
    const subKey = (dot < 0 ? r.key : r.key.slice(0, dot)) as Table2SubTableKey;
    if (!def.subTables.some((s) => s.key === subKey && rowKeysOf(s).has(r.key))) {
      ctx.report('label-unrecognized', {
        target: TABLE_NAMES.t2,
        detail: r.label.text,
        location: ctx.location(r.label.start, r.label.end),
      });
      for (const item of r.evidence.items) unplaced.push(item);
    }
  }

  // Columns first (one header lookup per row), cells after: numbers a converter floated out of
  // their rows can then be given back to the rows that lost them.
  const rows: {
    sub: Table2SubTableDefinition;
    rowDef: Table2RowDefinition;
    chosen: RowSegment<string> | undefined;
    columns: SourceColumn[];
    orderUncertain: boolean;
    partialHeader: boolean;
  }[] = [];
  const rowsByKey = segmentsByKey(seg.rows);
  const columnsOf = resolvedOnce(ctx, version, orderUnproven);
  for (const sub of def.subTables) {
    for (const rowDef of sub.rows) {
      const occurrences = rowsByKey.get(`${sub.key}.${rowDef.key}`) ?? [];
      const chosen = occurrences.find((o) => o.evidence.items.length > 0) ?? occurrences[0];
      if (chosen?.how === 'fuzzy') {
        ctx.report('label-fuzzy-match', {
          actual: chosen.label.text,
          expected: rowDef.label,
          location: ctx.location(chosen.label.start, chosen.label.end),
        });
      }
      const resolved = chosen ? columnsOf(sub, headerOf.get(chosen.label) ?? null) : null;
      rows.push({
        sub,
        rowDef,
        chosen,
        columns: resolved?.columns ?? [],
        orderUncertain: resolved?.orderUncertain ?? false,
        partialHeader: resolved?.partial ?? false,
      });
    }
  }
  // Empty lines that are empty cells (a Word-exported table's clipboard copy, each cell a
  // paragraph), where the gaps account for every row's missing cells exactly (`repairs/empty-line-cells.ts`).
  if (!orderUnproven) {
    const columnsOf = new Map<RowSegment<string>, number>();
    for (const r of rows) if (r.chosen) columnsOf.set(r.chosen, r.columns.length);
    const empty = decideEmptyLineCells(segTokens, seg, baseline, (s) => columnsOf.get(s) ?? null);
    if (empty)
      for (const r of seg.rows) {
        const items = itemsWithEmptyCells(r, empty, baseline);
        if (items.length > r.evidence.items.length)
          r.evidence = {
            ...r.evidence,
            items,
            collapsedAfter: r.evidence.collapsedAfter === null && r.evidence.items.length > 0 ? null : 0,
          };
      }
  }
  // A row whose cells go on a line each after its label's line (not a block stream: line ends are row ends there).
  const blockRows = new Set<RowSegment<string>>();
  if (!orderUnproven) {
    const cellsOf = new Map<RowSegment<string>, number>();
    for (const r of rows) if (r.chosen) cellsOf.set(r.chosen, r.columns.length);
    for (const d of decideTable2RowLines(seg, segTokens, (s) => cellsOf.get(s) ?? 0)) {
      d.segment.evidence = { ...d.segment.evidence, items: d.items, collapsedAfter: null };
      d.segment.overflow = [];
      if (d.blocks) blockRows.add(d.segment);
      ctx.report('row-lines-joined', { target: TABLE_NAMES.t2, detail: d.segment.label.text, path: `t2.${d.segment.key}` });
    }
  }
  const floated = returnFloatingValues(ctx, rows, unplaced);
  const unsettled = new Set<RowSegment<string>>();
  // (cells as blocks of their own, plain pdftotext of an Office print: their order is the tool's, not the row's)
  const cellsApart = blocksOfOne(tokens);
  for (const sub of def.subTables) {
    const own = rows.filter((r) => r.sub === sub);
    const flags = overfullBesideShort(
      own.map((r) => (r.chosen ? { items: r.chosen.evidence.items.length + r.chosen.overflow.length, columns: r.columns.length } : null)),
      orderUnproven || numbersBeforeLabels,
    );
    own.forEach((r, i) => {
      if (flags[i] && r.chosen) unsettled.add(r.chosen);
    });
    // (a row's blocks right under a row with some cells joined on one line: their order is unconfirmed)
    const under = underJoinedLine(own.map((r) => (r.chosen ? [...r.chosen.evidence.items, ...r.chosen.overflow] : null)));
    own.forEach((r, i) => {
      if (under[i] && r.chosen) blockRows.add(r.chosen);
    });
  }
  const emptyRowIsBlank = emptyRowsAreBlank(ctx, tokens, numbersFollowLabels, baseline, [
    ...unplaced.filter((i) => !floated.has(i)),
    ...seg.rows.flatMap((r) => r.overflow),
  ]);
  // (a row printing no number in text whose lines are the page's, every number of the table on a
  // line of its own row's label: `table2-empty-rows.ts`)
  const blankOnLines = emptyRowsOnTheirLines(
    rows,
    seg.rows,
    tokens,
    [...unplaced.filter((i) => !floated.has(i)), ...seg.rows.flatMap((r) => r.overflow)].some((i) => i.token.kind === 'value'),
    numbersFollowLabels && !orderUnproven && !numbersBeforeLabels && !cellsApart,
    (start, end) => ctx.location(start, end).line,
  );
  // (numbers printed before their labels: a row's numbers before two labels with nothing between
  // them may be either row's, the other blank; the mirror of the empty-row contest)
  if (orderUnproven || numbersBeforeLabels) for (const r of sharedNumberRows(rows, emptyRowIsBlank)) unsettled.add(r);
  // (so too a number written in its label's block, below it, where cells are blocks of their own)
  else if (cellsApart) for (const r of sharedNumberRows(rows, emptyRowIsBlank, underLabel)) unsettled.add(r);
  // (numbers after a label that shows none, right after it: in a block stream, or in a table whose
  // order was undecided as a whole and decided sub-table by sub-table, either label's)
  const afterLost =
    orderUnproven || orderBySubtable ? rowsAfterLostLabel(rows, emptyRowIsBlank, tokens) : new Map<RowSegment<string>, LabelToken>();
  for (const [row, label] of rowsAfterShortRow(rows, tokens)) if (!afterLost.has(row)) afterLost.set(row, label);
  // (numbers of a narrower sub-table short of numbers, each on a line of its own, after a wider row short
  // of cells: the wider row's lost cell may be written among them, `table2-wide-row-cells.ts`)
  const mayHoldWideCell = rowsMayHoldWideCell(
    rows.map((r) => ({ sub: r.sub, chosen: r.chosen, width: r.sub.columns.length })),
    (r) => emptyRowIsBlank(r) || blankOnLines.has(r),
  );
  // (numbers no row took, or after a row's cells, that can only be an amount: the amount cell may be theirs,
  // `repairs/unplaced-amount.ts`)
  const strayAmounts = unplacedAmounts([...unplaced.filter((i) => !floated.has(i)), ...seg.rows.flatMap((r) => r.overflow)]);
  // (and the first number right after the amount column's own name printed as a line of its own, its
  // row label stacked elsewhere: that number stands under the amount's header, whatever its form)
  const amountNames = amountColumnNames(version);
  for (const r of seg.rows) {
    const first = r.evidence.items[0];
    if (
      r.key === UNKNOWN_ROW &&
      first?.token.kind === 'value' &&
      !floated.has(first) &&
      amountNames.some((n) => cleanText(r.label.text).startsWith(n))
    )
      strayAmounts.push(first.token);
  }
  for (const { sub, rowDef, chosen, columns, orderUncertain, partialHeader } of rows) {
    const key = `${sub.key}.${rowDef.key}`;
    const rowAddress = `t2.${key}`;
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
      const targets: ColumnTarget[] = columns.map((c) =>
        c.key ? { address: `${rowAddress}.${c.key}`, columnLabel: c.label } : { address: rowAddress, columnLabel: c.label, ignored: true },
      );
      // Cells run together with no separator: table 二 has no equations, so every cut (and every
      // place of a vanished blank) that keeps what its numbers mean is a reading; cells the
      // readings disagree on are ambiguous.
      // A hyphen glued before a number is a sign or a blank cell: both readings are kept.
      const runs = signOrBlankReadings(
        chosen.evidence.items,
        columns.length,
        plausibleReading(
          sub,
          columns.map((c) => c.key),
        ),
        hyphenBlanks,
        budget,
      );
      const placement = runs
        ? placeReadings(runs, columns.length)
        : emptyRowIsBlank(chosen) || blankOnLines.has(chosen)
          ? blankRow(columns.length, chosen.label)
          : placeRow(
              columns.length,
              evidenceFor(
                partialHeader ? unanchored(chosen.evidence, columns.length) : chosen.evidence,
                // (a row whose numbers before the next label are all there, some on the lines after
                // its first, lost no blank: its first number after the label starts it)
                !lossShows && chosen.evidence.items.length + chosen.overflow.length < columns.length,
              ),
            );
      if (orderUncertain) unsureOfOrder(placement, columns, sub.columns);
      if (unsettled.has(chosen)) unsettle(placement, chosen.label, cellsApart);
      if (mayHoldWideCell.has(chosen)) placement.columns = placement.columns.map(candidateOnly);
      // A label read by a keyword or a near spelling holds text its template label does not; where a
      // row of the same sub-table was not found, that text may be the lost row's label (damaged, or
      // in a wording we do not know) run into this one (`规章 规范性档案 0 44 44` in one-line text, the
      // first row blank): the numbers after it may be either row's, so they are only candidates.
      if (chosen.how !== 'exact' && rows.some((o) => o.sub === sub && !o.chosen)) placement.columns = placement.columns.map(candidateOnly);
      // (table 二 has no arithmetic to tell which of the two lines comes first)
      if (spread.has(chosen.label)) placement.columns = placement.columns.map(candidateOnly);
      // A number written with its sign (`+2`, `－1`) is a change, never a count: placed in a column
      // that takes no sign, the row's numbers do not stand in their cells' order (a cell printed
      // after the others); every cell of the row is then only a candidate.
      if (placement.columns.some((p, j) => p.status === 'value' && EXPLICIT_SIGN_RE.test(p.token.raw) && !signedKey(sub, columns[j]?.key)))
        placement.columns = placement.columns.map(candidateOnly);
      // A number with a fraction is an amount, never a count: placed in a column of counts, the
      // row's numbers do not stand in their cells' order (an amount cut in two in its narrow cell,
      // `１２３４．５` / a piece of the label / `６`); every cell of the row is then only a candidate.
      if (
        placement.columns.some(
          (p, j) =>
            p.status === 'value' && !Number.isInteger(p.token.content.value) && columns[j]?.key && !decimalKey(sub, columns[j]?.key),
        )
      )
        placement.columns = placement.columns.map(candidateOnly);
      // A number of the row on a line after its first, before the next label (`行政处罚 ３３９４５－４`
      // / `０`), may be the cell a reading of its first line left blank with nothing written there
      // (33945 −4 and a vanished blank): that cell is unknown, not blank.
      if (runs && chosen.overflow.some((i) => i.token.kind === 'value'))
        placement.columns = placement.columns.map((p) => (p.status === 'blank' && p.token.raw.trim() === '' ? { status: 'missing' } : p));
      // (only a row whose every cell is read: in a short row a number after its own may be a lost cell)
      const tails = placement.columns.every((p) => p.status === 'value') ? wrappedTails(chosen.overflow) : [];
      if (tails.length > 0) placement.columns = placement.columns.map((p) => maybeWrappedBy(p, tails));
      if (strayAmounts.length > 0)
        placement.columns = placement.columns.map((p, j) => (decimalKey(sub, columns[j]?.key) ? contestAmount(p, strayAmounts) : p));
      if (orderUnproven || blockRows.has(chosen))
        reportBlockOrder(ctx, 't2', [{ row: rowAddress, targets, placement }], [], () => true, budget);
      const built = buildRowCells(ctx, placement, targets, rowAddress, chosen.label.text, chosen.label);
      if (!runs && blankOnLines.has(chosen) && !emptyRowIsBlank(chosen))
        ctx.report('blank-by-position', {
          target: TABLE_NAMES.t2,
          detail: chosen.label.text,
          path: rowAddress,
          addresses: targets.filter((t) => !t.ignored).map((t) => t.address),
          location: ctx.location(chosen.label.start, chosen.label.end),
        });
      const before = afterLost.get(chosen);
      const named = before ? targets.filter((t, j) => !t.ignored && built[j]?.status === 'value').map((t) => t.address) : [];
      if (before && named.length > 0)
        ctx.report('numbers-may-be-row-before', {
          target: TABLE_NAMES.t2,
          detail: `${before.text} / ${chosen.label.text}`,
          path: rowAddress,
          addresses: named,
        });
      columns.forEach((c, j) => {
        if (c.key) cells[c.key] = built[j] as Cell;
      });
      const uncovered = sub.columns.filter((c) => !columns.some((x) => x.key === c.key)).map((c) => `${rowAddress}.${c.key}`);
      if (uncovered.length > 0) {
        ctx.report('cells-missing', { detail: chosen.label.text, count: uncovered.length, path: rowAddress, addresses: uncovered });
      }
      if (chosen.evidence.items.length > 0) hasContent = true;
      for (const item of chosen.overflow) unplaced.push(item);
    }
    setPath(table, key, cells);
  }
  reportUnplaced(
    ctx,
    't2',
    unplaced.filter((i) => !floated.has(i)),
  );
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first && last) (table as { location?: unknown }).location = ctx.location(first.start, last.end);
  return { table: table as unknown as Table2, hasContent };
}

/** At most this many unrecognised pieces before a label are tried joined with it (a narrow label cell wraps over a few lines). */
/** The amount columns' names (label and aliases, cleaned) per template version, built once. */
const AMOUNT_COLUMN_NAMES = new Map<TemplateVersion, readonly string[]>();

/**
 * The names of table 二's amount columns (the decimal ones) for a template version: a number right after such
 * a name printed as a line of its own stands under the amount's header. Kept per version, not rebuilt per reading.
 */
function amountColumnNames(version: TemplateVersion): readonly string[] {
  let names = AMOUNT_COLUMN_NAMES.get(version);
  if (!names) {
    names = table2Definition(version).subTables.flatMap((s) =>
      s.columns.flatMap((c) => (c.decimal ? [c.label, ...(c.aliases ?? [])].map(cleanText) : [])),
    );
    AMOUNT_COLUMN_NAMES.set(version, names);
  }
  return names;
}

const MAX_LABEL_PIECES_BEFORE = 3;

/**
 * The pieces of a row label wrapped over lines before its numbers (`行政事` / `业性收费  0  0`):
 * each piece alone is no label (the first is read as an unknown row or, right under a header, as a
 * header piece), but the pieces together, with no number or blank between them, are exactly one
 * label of the template. Only an exact join is taken: a piece that might be anything else stays what
 * it was read as, and its row stays `missing` (flagged), never guessed.
 */
class WrappedPieces {
  readonly #index = new Map<TableToken, number>();
  readonly #tokens: readonly TableToken[];
  /** Unrecognised labels since the last recognised one, with whether each was taken as a header piece. */
  #pieces: { label: LabelToken; inHeader: boolean }[] = [];

  constructor(tokens: readonly TableToken[]) {
    this.#tokens = tokens;
    tokens.forEach((t, i) => this.#index.set(t, i));
  }

  /** Forgets the pieces (a recognised label, a caption or a header came). */
  clear(): void {
    this.#pieces = [];
  }

  /** Records an unrecognised label (kept only while no number or blank follows it). */
  add(label: LabelToken, inHeader: boolean): void {
    this.#pieces.push({ label, inHeader });
    if (this.#pieces.length > MAX_LABEL_PIECES_BEFORE) this.#pieces.shift();
  }

  /**
   * The exact template label the pieces before `label` and `label` make together (the longest join
   * first), or null. The pieces used are taken back out of `header`, where they were collected.
   */
  join(label: LabelToken, header: Header | null): LabelMatch<string> | null {
    const at = this.#index.get(label);
    if (at === undefined) return null;
    // Only the pieces after the last number or blank before `label`.
    let from = 0;
    for (let k = this.#pieces.length - 1; k >= 0; k--) {
      const p = this.#index.get((this.#pieces[k] as { label: LabelToken }).label) ?? -1;
      const end = k === this.#pieces.length - 1 ? at : (this.#index.get((this.#pieces[k + 1] as { label: LabelToken }).label) ?? at);
      if (p < 0 || this.#tokens.slice(p + 1, end).some((t) => t.kind === 'value' || t.kind === 'blank')) {
        from = k + 1;
        break;
      }
    }
    for (let k = from; k < this.#pieces.length; k++) {
      const used = this.#pieces.slice(k);
      const m = matchLabel(cleanLabel(used.map((p) => p.label.text).join('') + label.text).clean, ROW_CANDIDATES);
      if (!m || m.how !== 'exact') continue;
      if (header) header.labels = header.labels.filter((l) => !used.some((p) => p.inHeader && p.label === l));
      return m;
    }
    return null;
  }
}

/**
 * Rows whose numbers may be the next row's, in a block stream (plain pdftotext; browser text keeps
 * a row's cells in order): plain `pdftotext` may print a row's numbers before its own label, after
 * the label before it (`行政处罚 / 0 / 行政强制` for 行政处罚 blank and 行政强制 0). Where the row
 * after a row (in the text's order, in its sub-table) shows no number and is read as lost (not
 * blank), the numbers of the row before it, just its own count of them, are placed by order alone:
 * that row is unsettled (its numbers off its label's line are only candidates). So in a table read
 * with its numbers before their labels (`39 / 0 / 39 / 规章 / 行政规范性文件`: either row's, the
 * other blank; probe seed 287 p07, LibreOffice).
 */
function sharedNumberRows(
  rows: readonly { sub: Table2SubTableDefinition; chosen: RowSegment<string> | undefined; columns: readonly SourceColumn[] }[],
  emptyRowIsBlank: (row: RowSegment<string>) => boolean,
  shared: (row: RowSegment<string>) => boolean = () => true,
): RowSegment<string>[] {
  const out: RowSegment<string>[] = [];
  const lost = (r: RowSegment<string>): boolean => r.evidence.items.length === 0 && r.overflow.length === 0 && !emptyRowIsBlank(r);
  for (const sub of new Set(rows.map((r) => r.sub))) {
    const own = rows.filter((r) => r.sub === sub && r.chosen !== undefined).sort((a, b) => a.chosen!.label.start - b.chosen!.label.start);
    own.forEach((r, k) => {
      const next = own[k + 1]?.chosen;
      const row = r.chosen as RowSegment<string>;
      const items = row.evidence.items;
      if (!next || !lost(next) || r.columns.length === 0 || items.length !== r.columns.length || row.overflow.length > 0) return;
      if (items.every((i) => i.token.kind === 'value') && shared(row)) out.push(row);
    });
  }
  return out;
}

/**
 * Whether a row's first number stands on the line right under its label's last line, alone at the
 * margin, no blank line between, in a region whose numbers are blocks of their own
 * ({@link blocksOfOne}): plain `pdftotext` of an Office print writes a cell beside its label, on its
 * baseline, as a block of its own after a blank line (`行政许可` / `` / `16`), and a number set below
 * the label as a line of the label's block (`行政处罚` / `50` / `` / `行政强制`: 行政强制's cell, on the
 * next row's baseline; probe seed 346 p09, LibreOffice). Such a number may be the next row's.
 */
function underLabel(row: RowSegment<string>): boolean {
  const first = row.evidence.items[0]?.token;
  if (first === undefined || first.gapBefore > 0 || !first.lineStart) return false;
  // (the whole label before it: a number between a wrapped label's pieces is on a line of the label)
  const labels = [row.label, ...row.labels];
  return labels.every((l) => l.end <= first.start) && first.line === labels.reduce((m, l) => Math.max(m, l.line), 0) + 1;
}

/**
 * Rows whose numbers may be the row before's, in a block stream: plain `pdftotext` may print a
 * sub-table's labels first and its numbers after them, and a blank cell's line vanishes, so
 * `行政处罚 / 行政强制 / 30` is the text both of 行政处罚 30 with 行政强制 blank and of 行政处罚 blank
 * with 行政强制 30 (probe seeds 263 p07 and 147 p01, LibreOffice; table 二 has no arithmetic to
 * tell them apart). Where a row's label comes right after the label of the row before it (only line
 * ends between, in its sub-table), that row shows no number and is read as lost (not blank), and the
 * row has just its own count of numbers, the row is returned with the label before it: its numbers
 * are kept (the text's order, right far more often than not: read ambiguous, the gauntlet's and the
 * probe seeds' right cells fell by a dozen for each one caught) and named by a warning. So too in a
 * table whose order was undecided as a whole and read sub-table by sub-table (`行政处罚 / 行政强制 / 0`
 * after another sub-table's numbers printed before its labels: probe seed 288 p01, LibreOffice).
 */
function rowsAfterLostLabel(
  rows: readonly { sub: Table2SubTableDefinition; chosen: RowSegment<string> | undefined; columns: readonly SourceColumn[] }[],
  emptyRowIsBlank: (row: RowSegment<string>) => boolean,
  tokens: readonly TableToken[],
): Map<RowSegment<string>, LabelToken> {
  const out = new Map<RowSegment<string>, LabelToken>();
  const lost = (r: RowSegment<string>): boolean => r.evidence.items.length === 0 && r.overflow.length === 0 && !emptyRowIsBlank(r);
  const at = new Map<TableToken, number>();
  tokens.forEach((t, i) => at.set(t, i));
  // The token after `label`, line ends passed over.
  const after = (label: LabelToken): TableToken | undefined => {
    const i = at.get(label);
    if (i === undefined) return undefined;
    for (let k = i + 1; k < tokens.length; k++) if ((tokens[k] as TableToken).kind !== 'break') return tokens[k];
    return undefined;
  };
  for (const sub of new Set(rows.map((r) => r.sub))) {
    const own = rows.filter((r) => r.sub === sub && r.chosen !== undefined).sort((a, b) => a.chosen!.label.start - b.chosen!.label.start);
    own.forEach((r, k) => {
      const prev = own[k - 1]?.chosen;
      const row = r.chosen as RowSegment<string>;
      const items = row.evidence.items;
      if (!prev || !lost(prev) || after(prev.label) !== row.label) return;
      if (r.columns.length === 0 || items.length !== r.columns.length || row.overflow.length > 0) return;
      if (items.every((i) => i.token.kind === 'value')) out.set(row, prev.label);
    });
  }
  return out;
}

/**
 * The end of a number wrapped in its cell: digits, an amount's fraction after them or not (`８．１７`
 * under `１３２７`: 13278.17), the amount's unit after them or not.
 */
const WRAPPED_TAIL_RE = /^(\d+(?:\.\d+)?)(?:万元|元)?$/;

/**
 * The first number a row shows after its own (on a line after its first, before the next label)
 * where it is digits alone, or digits with the amount's unit: in a row whose every cell is read (no
 * lost cell it could be), the end of one of the row's numbers,
 * wrapped in its narrow cell, may be such a piece (plain `pdftotext` of a Chromium print writes
 * `政府集` / `３８８２ ２８３９．３` / `中采购` / `４`: the amount 2839.34, its last digit on the cell's
 * second line, after the label's second piece; probe seed 279 p06). Null when there is none.
 */
function wrappedTail(overflow: readonly RowItem[]): ValueToken | null {
  const first = overflow.find((i) => i.token.kind === 'value')?.token as ValueToken | undefined;
  return first && WRAPPED_TAIL_RE.test(first.raw) ? first : null;
}

/**
 * The numbers a row shows after its own that may end its wrapped numbers: the first
 * ({@link wrappedTail}), and in text laid out by position every other piece of digits set in, each
 * under the number it may end (`规章 ７８８９ ０ ７０６９` / `７ ３` in `pdftotext -layout` text:
 * 78897 and 70693, two numbers wrapped; probe seed 402 p12, where the second piece was left unplaced and
 * the number it ends stated silently).
 */
function wrappedTails(overflow: readonly RowItem[]): ValueToken[] {
  const first = wrappedTail(overflow);
  const out = first ? [first] : [];
  for (const { token: t } of overflow)
    if (t !== first && t.kind === 'value' && t.column !== undefined && t.column >= MIN_PLACED_INDENT && WRAPPED_TAIL_RE.test(t.raw))
      out.push(t);
  return out;
}

/**
 * A cell read from a number one of `tails` may continue ({@link maybeWrapped}): the number as read and
 * each joined reading are candidates. A cell no piece may continue is returned as it is.
 */
function maybeWrappedBy(p: Placement, tails: readonly ValueToken[]): Placement {
  const readings = tails.map((t) => maybeWrapped(p, t)).filter((q) => q.status === 'ambiguous');
  if (readings.length <= 1) return readings[0] ?? p;
  const candidates = [...new Set(readings.flatMap((q) => q.candidates))];
  return { status: 'ambiguous', candidates, tokens: [...new Set(readings.flatMap((q) => q.tokens))] };
}

/**
 * Character columns a piece set in may stand off the number it may continue, in text laid out by
 * position: `pdftotext -layout` writes a Chinese label before the number as one column a character
 * though it is two wide, so the number on the label's line may stand a column left of the piece
 * under it (`行政许可 ２４１７ －４` / `０` under the gap after `２４１７`: 24170; probe seed 285 p02).
 */
const WRAP_COLUMN_SLACK = 1;

/**
 * A cell read from a number the piece `tail` may continue ({@link joinWrappedPieces}: the number as
 * wide as the piece at least, starting with no `0`; in text laid out by position, a piece set in,
 * only a number whose columns it overlaps or touches, {@link WRAP_COLUMN_SLACK}): both readings are candidates, the number as read and the
 * two joined. Any other placement is returned as it is.
 */
function maybeWrapped(p: Placement, tail: ValueToken): Placement {
  if (p.status !== 'value') return p;
  const [at, from] = [tail.column, p.token.column];
  if (
    at !== undefined &&
    at >= MIN_PLACED_INDENT &&
    from !== undefined &&
    (at >= from + p.token.raw.length + WRAP_COLUMN_SLACK || from >= at + tail.raw.length + WRAP_COLUMN_SLACK)
  )
    return p;
  const joined = joinWrappedPieces(p.token.raw, (WRAPPED_TAIL_RE.exec(tail.raw) as RegExpExecArray)[1] as string);
  if (joined === null || !Number.isFinite(joined) || /[^\d.,]/.test(p.token.raw)) return p;
  return { status: 'ambiguous', candidates: [p.token.content.value, joined], tokens: [p.token, tail] };
}

/**
 * Rows whose numbers may hold one of the row before's, in plain `pdftotext` of an Office print: each
 * cell of one line comes out as a block of its own (a blank line before it), but two cells of two rows
 * one under the other can make one block, and the upper one, the row before's, then comes out after
 * this row's label (`规章 / ０ / 行政规范性文 / １７ / ３４ / ２９ / 件`: 规章 0, 17 and a blank;
 * 行政规范性文件 a blank, 34, 29; probe seed 276 p05, LibreOffice), first or not (`行政许可 / ０ /
 * 其他对外管 / ３９ / +２ / ４０`, the last two one block: 行政许可 0, +2 and a blank; the next row 39, a
 * blank, 40; probe seed 362 p10). Returned with the label before them: rows with their own count of
 * numbers, all values, one of which, alone at the margin, has another right under it (the next line,
 * no blank line between, {@link stackedOver}), after a row of their sub-table that shows fewer
 * numbers than its cells, some or none (`规章 / 行政规范性文 / ０ ０ / ２０ / 件`, the labels one block,
 * the zeros one: 规章 a blank, 0, a blank; 行政规范性文件 0, 20, 0, its last 0 printed elsewhere; probe
 * seed 364 p07), in a region whose lone numbers mostly stand as
 * blocks of their own ({@link blocksOfOne}: in Chromium's plain text every cell follows the one
 * before on the next line, and a row's numbers one under another say nothing).
 */
function rowsAfterShortRow(
  rows: readonly { sub: Table2SubTableDefinition; chosen: RowSegment<string> | undefined; columns: readonly SourceColumn[] }[],
  tokens: readonly TableToken[],
): Map<RowSegment<string>, LabelToken> {
  const out = new Map<RowSegment<string>, LabelToken>();
  if (!blocksOfOne(tokens)) return out;
  const at = new Map<TableToken, number>();
  tokens.forEach((t, i) => at.set(t, i));
  for (const sub of new Set(rows.map((r) => r.sub))) {
    const own = rows.filter((r) => r.sub === sub && r.chosen !== undefined).sort((a, b) => a.chosen!.label.start - b.chosen!.label.start);
    own.forEach((r, k) => {
      const before = own[k - 1];
      const row = r.chosen as RowSegment<string>;
      const items = row.evidence.items;
      if (!before?.chosen || before.chosen.overflow.length > 0) return;
      // (its cells shown, blank marks or empty-line cells too, fewer than its cells: some or none)
      if (before.chosen.evidence.items.length >= before.columns.length) return;
      if (r.columns.length === 0 || items.length !== r.columns.length || row.overflow.length > 0) return;
      if (!items.every((i) => i.token.kind === 'value')) return;
      if (items.some((item) => stackedOver(tokens, at.get(item.token)))) out.set(row, before.chosen.label);
    });
  }
  return out;
}

/**
 * Whether token `i` is a number alone at the margin with another right under it, alone at the margin
 * too (the next line, no blank line between): one block of two lines in plain `pdftotext` of an
 * Office print, where a line's cells are blocks of their own, so the two may stand in two rows.
 */
function stackedOver(tokens: readonly TableToken[], i: number | undefined): boolean {
  if (i === undefined || !loneAtMargin(tokens, i)) return false;
  const j = nextToken(tokens, i);
  const below = tokens[j];
  return below?.kind === 'value' && below.line === (tokens[i] as TableToken).line + 1 && below.gapBefore === 0 && loneAtMargin(tokens, j);
}

/**
 * One-line text (no line breaks nor gaps: a blank cell leaves nothing, not even a wider space): in a
 * table whose numbers follow their labels (the ownership repair decided it from the document) and
 * where no number is left without a row, a row label followed on the same source line directly by
 * the next row label (or by the next sub-table's caption, `第二十条第(六)项`) printed no number at all,
 * so every cell of that row is blank: no other reading of the text gives it one. Elsewhere a row without numbers stays `missing` (a gap or a line break
 * may hide them).
 */
function emptyRowsAreBlank(
  ctx: Reporter,
  tokens: readonly TableToken[],
  numbersFollowLabels: boolean,
  baseline: number,
  stray: readonly RowItem[],
): (row: RowSegment<string>) => boolean {
  const oneLine =
    numbersFollowLabels &&
    baseline === 0 &&
    stray.every((i) => i.token.kind !== 'value') &&
    tokens.every((t) => t.gapBefore === 0 && t.kind !== 'blank');
  return (row) => {
    if (!oneLine || row.evidence.items.length > 0 || row.overflow.length > 0) return false;
    // Digits inside the label text (a number the tokenizer could not set apart from it) are not "no number".
    if (/\d/.test(cleanLabel(row.label.text).clean)) return false;
    const at = tokens.indexOf(row.label);
    const next = tokens.slice(at + 1).find((t) => t.kind !== 'break');
    // The next row label, or the next sub-table's caption (`行政许可 第二十条第(六)项 …`: the
    // sub-table's last row), on the same line of the source, nothing between them.
    return (
      next?.kind === 'label' &&
      (probeLabel(next.text) !== null || CAPTION_RE.exec(cleanText(next.text))?.index === 0) &&
      ctx.location(row.label.start, row.label.end).line === ctx.location(next.start, next.end).line
    );
  };
}

/**
 * What a reading of cut digits must keep in a table-二 row (`keys`: the column of each cell). Table
 * 二 has no equations, but its numbers have a meaning the template's rules state: no negative count
 * outside the signed 本年增/减 (T2.NONNEG), 上一年项目数量 + 本年增/减 ≥ 0 (T2.ITEMS_NONNEG),
 * 本年新公开数量 ≤ 对外公开总数量 (T2.PUBLISHED_LE_TOTAL), 本年制发 ≤ 现行有效 + 本年废止
 * (T2.ISSUED_LE). Only cuts of glued digits are filtered by it (`行政处罚6-19` is 6 −1 9, not 6 −19 and
 * a blank); values read as written are never changed by it.
 */
function plausibleReading(sub: Table2SubTableDefinition, keys: readonly (string | null)[]): (values: (number | null)[]) => boolean {
  const signed = new Set(sub.columns.filter((c) => c.signed).map((c) => c.key as string));
  return (values) => {
    const at = (key: string): number | null => {
      const j = keys.indexOf(key);
      return j < 0 ? null : (values[j] ?? null);
    };
    if (values.some((v, j) => v !== null && v < 0 && !signed.has(keys[j] ?? ''))) return false;
    const least = (small: number | null, big: number | null): boolean => small === null || big === null || small <= big;
    const prev = at('previousYearCount');
    const change = at('yearChange');
    if (prev !== null && change !== null && prev + change < 0) return false;
    if (!least(at('newlyPublished'), at('totalPublished'))) return false;
    const valid = at('currentlyValid');
    const repealed = at('repealed');
    return least(at('issued'), valid === null || repealed === null ? null : valid + repealed);
  };
}

/** The placement of a row every cell of which is blank (see {@link emptyRowsAreBlank}). */
function blankRow(ncols: number, label: LabelToken): RowPlacement {
  const token: BlankToken = { kind: 'blank', raw: '', start: label.end, end: label.end, line: label.line, gapBefore: 0, lineStart: false };
  return { columns: Array.from({ length: ncols }, (): Placement => ({ status: 'blank', token })), surplus: 0, deficit: 0 };
}

/** Brackets and what they hold (a column label's unit, `（单位：万元）`); no bracket inside, so each match ends at the next bracket (linear). */
const BRACKETED_RE = /[（(][^（()）]*[）)]/g;

/** Text of a header cell: bracketed parts left out, then cleaned. */
function headerText(text: string): string {
  return cleanText(text.replace(BRACKETED_RE, ''));
}

/** The column labels of every registered version (labels and aliases), as {@link headerText} leaves them, longest first. */
const COLUMN_WORDS: readonly string[] = (() => {
  const words = new Set<string>();
  for (const def of REGISTERED_VERSIONS.map(table2Definition))
    for (const sub of def.subTables)
      for (const c of sub.columns)
        for (const l of [c.label, ...(c.aliases ?? []), ...(c.crossVersionAliases ?? [])]) words.add(headerText(l));
  words.delete('');
  return [...words].sort((a, b) => b.length - a.length);
})();

/**
 * The column words ({@link headerText} of labels and aliases) of each sub-table over every registered
 * version, by its item (`'八'`) and by its key (`art20_8`).
 */
const SUBTABLE_COLUMN_WORDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const out = new Map<string, Set<string>>();
  for (const def of REGISTERED_VERSIONS.map(table2Definition))
    for (const sub of def.subTables)
      for (const id of [`item:${sub.item}`, sub.key]) {
        let words = out.get(id);
        if (!words) out.set(id, (words = new Set()));
        for (const c of sub.columns)
          for (const l of [c.label, ...(c.aliases ?? []), ...(c.crossVersionAliases ?? [])]) words.add(headerText(l));
      }
  return out;
})();

/**
 * Whether header text under a caption names a column that neither the caption's sub-table nor the
 * sub-table of any row standing there (`rowKeys`, `art20_X.rowKey`: a sub-table whose caption came
 * out late) has in any registered version: a column word of another sub-table. False for a caption of
 * no known item.
 */
function foreignHeaderText(caption: LabelToken, label: LabelToken, rowKeys: readonly string[]): boolean {
  const item = CAPTION_RE.exec(cleanText(caption.text))?.[1];
  const own = item === undefined ? undefined : SUBTABLE_COLUMN_WORDS.get(`item:${item}`);
  if (own === undefined) return false;
  const present = (word: string): boolean =>
    own.has(word) || rowKeys.some((k) => SUBTABLE_COLUMN_WORDS.get(k.slice(0, k.indexOf('.')))?.has(word) === true);
  let rest = headerText(label.text);
  if (rest.startsWith(FIRST_HEADER)) rest = rest.slice(FIRST_HEADER.length);
  while (rest !== '') {
    const word = COLUMN_WORDS.find((w) => rest.startsWith(w));
    if (word === undefined) return false;
    if (!present(word)) return true;
    rest = rest.slice(word.length);
  }
  return false;
}

/** The most cells a row has in any registered version, by row key (`art20_X.rowKey`). */
const MAX_CELLS: ReadonlyMap<string, number> = (() => {
  const most = new Map<string, number>();
  for (const def of REGISTERED_VERSIONS.map(table2Definition))
    for (const sub of def.subTables)
      for (const r of sub.rows) {
        const key = `${sub.key}.${r.key}`;
        most.set(key, Math.max(most.get(key) ?? 0, sub.columns.length));
      }
  return most;
})();

/**
 * Whether a label is a sub-table's header text: `信息内容`, column labels (one, or several run
 * together on one line) and their bracketed units.
 */
function isHeaderText(label: LabelToken): boolean {
  let rest = headerText(label.text);
  if (rest.startsWith(FIRST_HEADER)) rest = rest.slice(FIRST_HEADER.length);
  while (rest !== '') {
    const word = COLUMN_WORDS.find((w) => rest.startsWith(w));
    if (word === undefined) return false;
    rest = rest.slice(word.length);
  }
  return true;
}

/**
 * A whole-table decision of numbers before their labels, taken from the structure alone, that a
 * sub-table's own evidence contradicts: read as printed, some sub-table's every row label takes numbers
 * and none is left without a row, while read with the numbers moved after the next label it does not
 * fit (a sub-table printed numbers-first never fits read as printed: its last row label has nothing
 * after it). The decision becomes undecided, the printed tokens its reading and the moved ones the
 * alternative; null where no sub-table shows that.
 */
function mixedOrder(decision: OwnershipDecision, printed: readonly TableToken[]): OwnershipDecision | null {
  const parts = subtableOwnership(printed)?.parts ?? [];
  const after = parts.find(
    (p) => p.caption !== null && (p.order === 'after' || (p.order === 'only-row' && onlyRowNumbersAfter(printed, p.caption))),
  );
  if (!after?.caption) return null;
  return {
    order: 'undecided',
    why: `${decision.why}, but the numbers of ${after.caption.text.trim()} follow their labels`,
    joined: decision.joined,
    tokens: printed,
    alternative: decision.tokens,
  };
}

/** The sub-table-by-sub-table ownership repair over table 二's tokens. */
/**
 * Whether the one-row sub-table under `caption` prints its numbers after its row label, before the next
 * caption (`行政许可 / 37 / 第二十条第（六）项`): read numbers-before-labels, they would go to the next
 * sub-table's first row, across its caption, which no number does (probe seed 497 p03, LibreOffice: 37 and
 * 56 stated for 行政处罚 and 行政强制, truly 行政许可's and 行政处罚's).
 */
function onlyRowNumbersAfter(printed: readonly TableToken[], caption: LabelToken): boolean {
  const at = printed.indexOf(caption);
  if (at < 0) return false;
  let row = false;
  let numbers = 0;
  for (let i = at + 1; i < printed.length; i++) {
    const t = printed[i] as TableToken;
    if (t.kind === 'label') {
      if (CAPTION_RE.test(cleanText(t.text))) break;
      if (!isHeaderText(t) && probeLabel(t.text) !== null) row = true;
    } else if (t.kind === 'value' || t.kind === 'blank') {
      if (!row) return false;
      numbers++;
    }
  }
  return row && numbers > 0;
}

function subtableOwnership(tokens: readonly TableToken[]): SubtableOwnershipDecision | null {
  return decideSubtableOwnership({
    tokens,
    classify: probeClassify,
    isCaption: (l) => CAPTION_RE.test(cleanText(l.text)),
    isHeader: isHeaderText,
    maxCells: (key) => MAX_CELLS.get(key) ?? 0,
    foreignHeader: foreignHeaderText,
  });
}

/** Reports the sub-tables the sub-table ownership repair decided, and how. */
function reportSubtableOwnership(ctx: Reporter, d: SubtableOwnershipDecision): void {
  const decided = d.parts.filter((p) => p.order !== 'undecided' && p.caption !== null);
  const detail = decided.map((p) => `${(p.caption as LabelToken).text.trim()}: ${SUBTABLE_ORDER_WORDS[p.order]}`).join('; ');
  ctx.report('ownership-by-subtable', { target: TABLE_NAMES.t2, detail, path: 't2' });
}

/** How {@link reportSubtableOwnership} names each decision. */
const SUBTABLE_ORDER_WORDS = {
  'only-row': 'the only row of its sub-table owns its numbers',
  after: 'numbers after their labels',
  before: 'numbers before their labels',
  undecided: 'undecided',
} as const;

/** A label's role without the header bookkeeping of the reader (for the ownership repair). */
function probeClassify(label: LabelToken): LabelRole<string> {
  const clean = cleanText(label.text);
  if (CAPTION_RE.test(clean)) return { role: 'group', key: 'caption' };
  if (clean.startsWith(FIRST_HEADER)) return { role: 'group', key: 'header' };
  const m = matchLabel(cleanLabel(label.text).clean, ROW_CANDIDATES);
  return m ? { role: 'row', key: m.key, matched: m.matched, how: m.how } : { role: 'other' };
}

/** The exact labels of {@link ROW_CANDIDATES} (labels and aliases). */
const EXACT_ROWS = new ExactLabels(ROW_CANDIDATES);

/**
 * A text piece as a row label of either version, when it is exactly the whole label or an alias
 * (the wrapped-label repair uses only exact readings; null for anything else).
 */
function probeText(text: string): { key: string; exact: boolean } | null {
  const key = EXACT_ROWS.keyOf(text);
  return key === null ? null : { key, exact: true };
}
/** {@link probeText} with the index's pre-check for the joins that share a last piece. */
const probeLabel: LabelProbe = Object.assign(probeText, { mayEndWith: (tail: string) => EXACT_ROWS.mayEndWith(tail) });

/**
 * Numbers a converter floated out of their rows (a cell printed on two lines, `55` over
 * `(含自然失效29件)`, lands above the Markdown table while its row keeps the other cells). Given
 * back only when: each floating number carries an annotation that names exactly one column
 * (`noteKeywords` of the template), as many pipe rows lack exactly one cell as there are floating
 * numbers, and each annotation names a column of its row. The i-th number goes to the i-th such row
 * (source order; a converter lifts these cells out in reading order) in the column its annotation
 * names, and the row's own cells keep their order around it. Reported per cell
 * (`value-floating`, a warning). Returns the items given back.
 */
function returnFloatingValues(
  ctx: Reporter,
  rows: readonly {
    sub: Table2SubTableDefinition;
    rowDef: Table2RowDefinition;
    chosen: RowSegment<string> | undefined;
    columns: SourceColumn[];
  }[],
  unplaced: readonly RowItem[],
): Set<RowItem> {
  const given = new Set<RowItem>();
  const floating = unplaced.filter((i) => i.token.kind === 'value' && !i.token.inRow && i.token.content.note !== undefined);
  if (floating.length === 0) return given;
  const short = rows.filter(
    (r) =>
      r.chosen &&
      r.columns.length > 1 &&
      r.chosen.evidence.items.length === r.columns.length - 1 &&
      r.chosen.evidence.items.every((i) => i.token.inRow && i.token.kind === 'value'),
  );
  if (short.length !== floating.length) return given;
  const plan: { row: (typeof short)[number]; item: RowItem; at: number; column: string }[] = [];
  for (let k = 0; k < short.length; k++) {
    const row = short[k] as (typeof short)[number];
    const item = floating[k] as RowItem;
    const note = cleanText(item.token.kind === 'value' ? (item.token.content.note ?? '') : '');
    const named = row.sub.columns.filter((c) => (c.noteKeywords ?? []).some((w) => note.includes(w)));
    const at = named.length === 1 ? row.columns.findIndex((c) => c.key === (named[0] as Table2ColumnDefinition).key) : -1;
    if (at < 0) return given;
    plan.push({ row, item, at, column: (named[0] as Table2ColumnDefinition).key });
  }
  for (const { row, item, at, column } of plan) {
    const seg = row.chosen as RowSegment<string>;
    const items = seg.evidence.items.slice();
    // One physical row again: the given-back number joins the row's run.
    items.splice(at, 0, { ...item, run: (items[0] as RowItem).run, collapsedBefore: 0 });
    seg.evidence = { items, gapsVisible: false, collapsedAfter: null };
    given.add(item);
    const address = `t2.${row.sub.key}.${row.rowDef.key}.${column}`;
    ctx.report('value-floating', {
      target: address,
      detail: item.token.raw,
      actual: item.token.raw,
      path: address,
      location: ctx.location(item.token.start, item.token.end),
    });
  }
  return given;
}

/** Label texts whose evidence {@link versionEvidenceOf} remembers at most (reports of one template print the same labels). */
const MAX_REMEMBERED_LABELS = 2048;

/** {@link versionEvidenceOf}'s answers by label text. */
const evidenceByLabel = new Map<string, readonly TemplateVersion[]>();

/**
 * The versions a label is evidence for, once per match: each version with a signature in it, then
 * each version with the table-二 item it captions. A function of the text alone, remembered.
 */
function versionEvidenceOf(text: string): readonly TemplateVersion[] {
  const known = evidenceByLabel.get(text);
  if (known !== undefined) return known;
  const c = cleanText(text);
  const out: TemplateVersion[] = [];
  for (const [v, signatures] of ALL_SIGNATURES) if (signatures.some((s) => c.includes(s))) out.push(v);
  const item = CAPTION_RE.exec(c)?.[1];
  if (item) for (const v of versionsWithTable2Item(item)) out.push(v);
  if (evidenceByLabel.size < MAX_REMEMBERED_LABELS) evidenceByLabel.set(text, out);
  return out;
}

function decideVersion(ctx: Reporter, tokens: readonly TableToken[], prior: TemplateVersion | null): TemplateVersion {
  // Evidence per version: labels with its signatures, captions of items only it has (第二十条第(九)项: 2019).
  const evidence = new Map<TemplateVersion, number>(REGISTERED_VERSIONS.map((v) => [v, 0]));
  for (const t of tokens) {
    if (t.kind !== 'label') continue;
    for (const v of versionEvidenceOf(t.text)) evidence.set(v, (evidence.get(v) as number) + 1);
  }
  // The version with the most evidence wins; a tie is decided by the prior (the year), else assumed.
  const most = [...evidence.values()].reduce((m, n) => Math.max(m, n), 0);
  const leaders = REGISTERED_VERSIONS.filter((v) => evidence.get(v) === most);
  if (leaders.length === 1) return leaders[0] as TemplateVersion;
  const v = prior ?? LATEST_TEMPLATE_VERSION;
  ctx.report('version-assumed', { target: TABLE_NAMES.t2, expected: v, path: 't2' });
  return v;
}

/** A source column: the template key it maps to in the chosen version (null when none) and its label. */
interface SourceColumn {
  key: string | null;
  label: string;
}

/**
 * The columns a header names, and whether their order is evidence: a header wrapped in its cells
 * (pieces that only begin a column name, `上一年` / `处理决`, with the rest of the names left over,
 * `项目数量` / `定数量`) comes out of plain `pdftotext` in another order than the columns, so when its
 * pieces name the columns in another order than the template's, both orders fit.
 */
interface ResolvedColumns {
  /** The source columns, in the order the header names them. */
  columns: SourceColumn[];
  /** The header is in pieces and names the columns in another order than the template's. */
  orderUncertain: boolean;
  /**
   * Part of the header was read and part not: the template's columns are used, and nothing but a
   * whole row places a value (see {@link unanchored}).
   */
  partial?: boolean;
}

/**
 * {@link resolveColumns} remembered per sub-table and header within one reading (issue 16, speed):
 * every row of a sub-table under one header reads the same columns, and the columns depend on
 * nothing but the sub-table, the header, the version and `blocks`. Only a resolution that reported
 * nothing is remembered, so each row still reports what its header's reading reports, as before;
 * no caller changes the columns it is given.
 */
function resolvedOnce(
  ctx: Reporter,
  version: TemplateVersion,
  blocks: boolean,
): (sub: Table2SubTableDefinition, header: Header | null) => ResolvedColumns {
  const known = new Map<Header, Map<Table2SubTableDefinition, ResolvedColumns>>();
  return (sub, header) => {
    const had = header ? known.get(header)?.get(sub) : undefined;
    if (had) return had;
    let reported = false;
    const counting: Reporter = {
      location: (start, end) => ctx.location(start, end),
      report: ((...args: Parameters<Reporter['report']>) => {
        reported = true;
        ctx.report(...args);
      }) as Reporter['report'],
    };
    const resolved = resolveColumns(counting, sub, version, header, blocks);
    if (header && !reported) {
      const bySub = known.get(header) ?? new Map<Table2SubTableDefinition, ResolvedColumns>();
      bySub.set(sub, resolved);
      known.set(header, bySub);
    }
    return resolved;
  };
}

/**
 * Maps the header found above a row to template columns. Exact labels and aliases map
 * directly; the other version's label for the same quantity maps with a `cross-version-label`
 * note; a truncated header (`本年新`) takes the first unassigned column it is a prefix of; a
 * header of the other version with no counterpart maps to nothing (`column-not-in-template`).
 * Without a usable header the template order is used (`header-missing`). In a block stream
 * (`blocks`: plain pdftotext, whose blocks come in an order of its own) a header naming only some
 * of the template's columns, another's name printed nowhere in its sub-table, is read in part.
 */
function resolveColumns(
  ctx: Reporter,
  sub: Table2SubTableDefinition,
  version: TemplateVersion,
  header: Header | null,
  blocks: boolean,
): ResolvedColumns {
  const own = sub.columns;
  const fallback = (): ResolvedColumns => {
    ctx.report('header-missing', { target: `表二${sub.caption}`, path: `t2.${sub.key}` });
    return { columns: own.map((c) => ({ key: c.key, label: c.label })), orderUncertain: false };
  };
  // Pieces of a wrapped header: a column name's beginning matched as a prefix, or its rest left over.
  let pieces = false;
  // Header text that names no column of either version.
  let unread = false;
  if (!header || header.labels.length === 0) return fallback();
  // (the other versions' columns are read only for a piece no column of this version names)
  const others = (): Table2SubTableDefinition[] =>
    REGISTERED_VERSIONS.filter((v) => v !== version).flatMap((v) =>
      templateDefinition(v).table2.subTables.filter((s) => s.key === sub.key),
    );
  const assigned = new Set<string>();
  const out: SourceColumn[] = [];
  for (const h of joinSplitNames(
    header.labels.flatMap((l) => splitJoinedHeader(l, own)),
    own,
  )) {
    const hc = cleanText(h.text);
    // A header cell with nothing left to read (`---`, a Markdown separator row flattened into the
    // header's line by one-line text) names no column: every label would start with its empty text.
    if (hc === '') continue;
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
    const prefix =
      hc.length >= 2 ? own.find((c) => !assigned.has(c.key) && labelsOf(c).some((l) => l.startsWith(hc) || hc.startsWith(l))) : undefined;
    if (prefix) {
      if (labelsOf(prefix).every((l) => l !== hc)) pieces = true;
      assigned.add(prefix.key);
      out.push({ key: prefix.key, label: h.text });
      continue;
    }
    const foreign = others()
      .flatMap((o) => o.columns)
      .find((c) => labelsOf(c).some((l) => l === hc || l.startsWith(hc)));
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
    // Text that is no column header (a stray fragment): ignore it (the rest of a wrapped name marks the header as pieces).
    if (hc.length >= 2 && own.some((c) => labelsOf(c).some((l) => l.includes(hc)))) pieces = true;
    unread = true;
  }
  if (out.length === 0 || out.every((c) => c.key === null)) return fallback();
  // Part of the header read and part of it not (`本年新 本年新` / `制作数量 公开数量` / `对外公` /
  // `开总数量` of plain pdftotext: only `对外公` names a column): the columns the unread text names
  // are still printed, so where the named ones stand among them is unknown. The template's order of
  // all its columns is the reading of a whole row; a row short of cells is not placed (`unanchored`).
  // So too in a block stream, where the cells of a header come out as blocks like any other: a
  // header there that names some of the template's columns, another's name printed nowhere in its
  // sub-table, had that name printed elsewhere (`上一年项目数量` / `4` / `行政处罚`, the other two
  // names a block higher up, after the sub-table above's numbers), and a short row's numbers may be
  // under it. (Names printed in the sub-table after its rows' numbers are the blocks of the columns
  // after the ones named: the rows' numbers before them are the named columns'.)
  const unnamed = own.filter((c) => !out.some((x) => x.key === c.key));
  const elsewhere = blocks && unnamed.some((c) => !header.region.some((t) => labelsOf(c).some((l) => t.includes(l))));
  if ((unread && unnamed.length > 0) || elsewhere) return { ...fallback(), partial: true };
  const named = out.map((c) => c.key).filter((k): k is string => k !== null);
  const templateOrder = own.map((c) => c.key).filter((k) => named.includes(k));
  return { columns: out, orderUncertain: pieces && named.some((k, j) => k !== templateOrder[j]) };
}

/**
 * A row under a header read only in part ({@link ResolvedColumns.partial}): such headers come from
 * plain pdftotext, which prints cells as blocks in an order of its own, so a row short of cells is
 * not anchored at its start or end by the blank lines around its numbers (its cells are
 * `ambiguous` or `missing`); a whole row is read in the template's order.
 */
function unanchored(evidence: RowEvidence, ncols: number): RowEvidence {
  return evidence.items.length >= ncols ? evidence : { ...evidence, gapsVisible: false };
}

/**
 * With a header whose order is no evidence ({@link ResolvedColumns.orderUncertain}): a cell the
 * header's order and the template's order fill differently is `ambiguous` with both readings.
 */
function unsureOfOrder(placement: RowPlacement, columns: readonly SourceColumn[], own: readonly Table2ColumnDefinition[]): void {
  const byHeader = placement.columns.slice();
  const valuesOf = (p: Placement | undefined): { candidates: number[]; tokens: ValueToken[] } =>
    p?.status === 'value'
      ? { candidates: [p.token.content.value], tokens: [p.token] }
      : p?.status === 'ambiguous'
        ? { candidates: p.candidates, tokens: p.tokens }
        : { candidates: [], tokens: [] };
  columns.forEach((c, j) => {
    const t = own.findIndex((o) => o.key === c.key);
    if (c.key === null || t === j || t < 0 || t >= byHeader.length) return;
    const a = byHeader[j];
    const b = byHeader[t];
    if (!a || !b || (JSON.stringify(valuesOf(a).candidates) === JSON.stringify(valuesOf(b).candidates) && a.status === b.status)) return;
    const both = [valuesOf(a), valuesOf(b)];
    const candidates = [...new Set(both.flatMap((x) => x.candidates))];
    placement.columns[j] =
      candidates.length === 0 ? { status: 'missing' } : { status: 'ambiguous', candidates, tokens: both.flatMap((x) => x.tokens) };
  });
}

/**
 * Header words that are one column name split in two (`本年` / `处理决定数量`: a gap inside the name's
 * cell, or its two lines side by side), joined where neither is a name of the sub-table's columns
 * alone and the two together are one. Without the join the first piece takes the column by prefix and
 * the second, a name of another version's column (`处理决定数量`), is read as a column the template
 * does not have, its numbers dropped.
 */
function joinSplitNames(heads: readonly LabelToken[], own: readonly Table2ColumnDefinition[]): LabelToken[] {
  const names = namesOf(own);
  const out: LabelToken[] = [];
  for (let i = 0; i < heads.length; i++) {
    const a = heads[i] as LabelToken;
    const b = heads[i + 1];
    if (b !== undefined) {
      const ca = cleanText(a.text);
      const cb = cleanText(b.text);
      if (ca !== '' && cb !== '' && !names.includes(ca) && !names.includes(cb) && names.includes(ca + cb)) {
        out.push({ ...a, text: a.text + b.text, end: b.end });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Whitespace, taken out of a header before its column names are read (see {@link splitJoinedHeader}). */
const WHITESPACE_RE = /\s+/g;

/**
 * A header whose column names stand on one line set off by single spaces reads as one label
 * (`本年新制作数量 本年新公开数量 对外公开总数量`, `pdftotext -layout`): when its words (or, with the
 * spaces normalised away, its text) are, in order, whole column names of the sub-table, each name is
 * a header of its own. In plain text (no positions) only a label that is nothing but whole names of
 * the sub-table, each once, is split: a line's words come out left to right, so their order is the
 * columns' order; a label with anything else in it (a row label or a piece of a name run into it)
 * stays whole.
 */
function splitJoinedHeader(h: LabelToken, own: readonly Table2ColumnDefinition[]): LabelToken[] {
  // (each row of a sub-table reads the same header: a label is split once per set of columns)
  const known = SPLIT_HEADERS.get(h);
  if (known?.own === own) return known.pieces;
  const pieces = splitHeader(h, own);
  SPLIT_HEADERS.set(h, { own, pieces });
  return pieces;
}
const SPLIT_HEADERS = new WeakMap<LabelToken, { own: readonly Table2ColumnDefinition[]; pieces: LabelToken[] }>();

function splitHeader(h: LabelToken, own: readonly Table2ColumnDefinition[]): LabelToken[] {
  const names = namesOf(own);
  // Only a header placed by position (set off on its line: `pdftotext -layout`) is split at its spaces.
  const words = h.setOff === true ? [...h.text.matchAll(/\S+/g)] : [];
  if (words.length >= 2 && words.every((w) => names.includes(cleanText(w[0]))))
    return words.map((w) => ({ ...h, text: w[0], start: h.start + (w.index ?? 0), end: h.start + (w.index ?? 0) + w[0].length }));
  // Normalisation may have taken the spaces between Han words out: the names run together. Spaces
  // left elsewhere (one-line text of wrapped header cells: `本年增/ 减`, `本年增 /减`) are no cut
  // between names either; the names are read over the text without them (other punctuation keeps the
  // header whole).
  const compact = h.text.replace(WHITESPACE_RE, '');
  if (cleanText(h.text) !== compact) return [h];
  const exactOffsets = compact === h.text;
  const out: LabelToken[] = [];
  const seen = new Set<string>();
  let at = 0;
  while (at < compact.length) {
    const name = names.filter((n) => compact.startsWith(n, at)).sort((a, b) => b.length - a.length)[0];
    if (!name) return [h];
    const column = own.find((c) => labelsOf(c).includes(name)) as Table2ColumnDefinition;
    if (h.setOff !== true && seen.has(column.key)) return [h];
    seen.add(column.key);
    out.push(exactOffsets ? { ...h, text: name, start: h.start + at, end: h.start + at + name.length } : { ...h, text: name });
    at += name.length;
  }
  return out.length >= 2 ? out : [h];
}

/** The row keys of a sub-table (`sub.row`), built once per sub-table definition. */
function rowKeysOf(sub: Table2SubTableDefinition): ReadonlySet<string> {
  let keys = ROW_KEYS.get(sub);
  if (!keys) {
    keys = new Set(sub.rows.map((row) => `${sub.key}.${row.key}`));
    ROW_KEYS.set(sub, keys);
  }
  return keys;
}
const ROW_KEYS = new WeakMap<Table2SubTableDefinition, ReadonlySet<string>>();

/** The names of a sub-table's columns, cleaned, built once per column list. */
function namesOf(own: readonly Table2ColumnDefinition[]): readonly string[] {
  let names = COLUMN_NAMES.get(own);
  if (!names) {
    names = own.flatMap(labelsOf);
    COLUMN_NAMES.set(own, names);
  }
  return names;
}
const COLUMN_NAMES = new WeakMap<readonly Table2ColumnDefinition[], readonly string[]>();

function labelsOf(c: Table2ColumnDefinition): readonly string[] {
  let labels = COLUMN_LABELS.get(c);
  if (!labels) {
    labels = [c.label, ...(c.aliases ?? [])].map(cleanText);
    COLUMN_LABELS.set(c, labels);
  }
  return labels;
}

/** A column's cleaned names, cleaned once per template column (they are read for every header piece). */
const COLUMN_LABELS = new WeakMap<Table2ColumnDefinition, readonly string[]>();

/** For tests: the row segments of a region (exposed through the table reader only). */
export type { RowSegment };
