/**
 * Reader of table 三 (收到和处理政府信息公开申请情况): recognises its row labels, decides the
 * template version from the （六）其他处理 rows, and places every row's values into the seven
 * applicant columns.
 */
import { splitGluedPairs } from '../repairs/glued-pair.js';
import { missingCell, type Cell } from '../model/cell.js';
import type { Table3, Table3Row } from '../model/tables.js';
import type { RecordingReporter, Reporter } from '../diagnostics/reporter.js';
import { TABLE3_COLUMNS, table3DataRowKeys, table3Definition, type Table3RowDefinition } from '../template/table3.js';
import { LATEST_TEMPLATE_VERSION, REGISTERED_VERSIONS, table3VersionEvidence } from '../template/registry.js';
import type { TemplateVersion } from '../template/version.js';
import { buildRowCells, type ColumnTarget } from './cells.js';
import { cleanLabel, cleanText, ExactLabels, matchLabel, type MatchCandidate } from './label-match.js';
import { isGroupText } from './group-words.js';
import { parseHeadingNumber, type HeadingNumber } from '../grammar/heading.js';
import {
  candidateOnly,
  evidenceFor,
  placedByPosition,
  placeRow,
  type Placement,
  type RowEvidence,
  type RowPlacement,
} from './placement.js';
import { gridsNear, numberLines } from './positions.js';
import { totalLeftOut } from './total-left-out.js';
import { mixedGridRows } from './mixed-grid-rows.js';
import { offGridRows } from './off-grid-rows.js';
import { pastEdgeRows } from './past-edge-rows.js';
import { LOOSE_FITS, placesFitting, roomyCompleteRowsNear, TIGHT_FIT } from './position-fit.js';
import { readingKey, readingsWithoutPositions } from './positions-premise.js';
import { applyDisplacedValues, decideDisplacedValues } from '../repairs/displaced-values.js';
import { decideOwnership, type LabelProbe, type OwnershipDecision } from '../repairs/ownership.js';
import type { RowStart } from '../repairs/dealt-rows.js';
import { readEitherWay } from '../repairs/either-way.js';
import { table3RowContradicts } from '../repairs/coincident-agreement.js';
import { decideBlockStream, type BlockStreamDecision } from '../repairs/block-stream.js';
import { joinCellPieces } from '../repairs/cell-pieces.js';
import { statesMoreKeepingEvery } from './more-stated.js';
import { readSideJoinings } from './side-joinings.js';
import { reportBlockOrder } from '../repairs/block-order.js';
import { decideLabelOutOfOrder } from '../repairs/label-out-of-order.js';
import { decideNumberedPiece } from '../repairs/numbered-piece.js';
import { applyStackedRows } from '../repairs/stacked-rows.js';
import { readAlternatingRows } from '../repairs/alternating-rows.js';
import { applyInterleavedRows, type RowWindowInput, type WindowJudgement } from '../repairs/interleaved-rows.js';
import { applyColumnTail } from '../repairs/column-tail.js';
import { decideTailAfterShortRow } from '../repairs/tail-after-short-row.js';
import { decideUniformTable, type UniformTableDecision } from '../repairs/uniform-table.js';
import { decideBandedStream } from '../repairs/banded-stream.js';
import { decideBlockFillStream } from '../repairs/block-fill-stream.js';
import {
  decideNumberStream,
  keepsReadCandidates,
  placeStream,
  streamCells,
  type NumberStreamDecision,
  type ReadCell,
  type StreamCell,
  type StreamPlacement,
} from '../repairs/number-stream.js';
import { decideCutStream } from '../repairs/cut-stream.js';
import { besideLabels, decideSideStream } from '../repairs/side-stream.js';
import { decideMovedRun } from '../repairs/moved-run.js';
import { decideDeferredRuns } from '../repairs/deferred-runs.js';
import { decideLabelFlowCells, labelFlowPlaces } from '../repairs/label-flow-cells.js';
import { applySpilledValues } from '../repairs/spilled-values.js';
import { applyShiftedRows } from '../repairs/shifted-rows.js';
import { applySurplusReach } from '../repairs/surplus-reach.js';
import { decideLabelBegunBefore } from '../repairs/label-begun-before.js';
import { decideUnownedAfter, decideUnownedBefore, type LabelledRow } from '../repairs/unowned-before.js';
import { decideEmptyRowBefore } from '../repairs/empty-row-before.js';
import { decideWrappedPieces, type PieceRow, type PieceWay, type WrappedPiecesDecision } from '../repairs/wrapped-pieces.js';
import { decidePiecesByColumns } from '../repairs/pieces-by-columns.js';
import { centredTrade, contestedHeadsTrade } from './head-above-centred.js';
import { parseCellContent } from '../grammar/cell.js';
import { readLabelBegunEmpty } from '../repairs/label-begun-empty.js';
import { readNumbersLineAbove } from '../repairs/numbers-line-above.js';
import { readNumbersLineDown } from '../repairs/numbers-line-down.js';
import { rowsBesideMissing, strayZerosLeft, zeroRowsBeforeMissing } from '../repairs/missing-row-beside.js';
import { shortRowsBeside } from '../repairs/short-row-beside.js';
import { heldUnstated, shortRowsWithPieceUnder } from '../repairs/piece-under-unclaimed.js';
import { labelWords, rowsAfterRepeatedLabel, tokenLines } from '../repairs/repeated-label-before.js';
import { totalBoundsHold } from '../repairs/total-bounds.js';
import { applyRowContinuation, decideRowContinuation } from '../repairs/row-continuation.js';
import { decideEmptyLineCells, tokensWithEmptyCells, type EmptyLineCells } from '../repairs/empty-line-cells.js';
import {
  applyOrderedValues,
  decideOrderedValues,
  FIT_OF_ROW_SUM,
  snapshotSegmentation,
  type RowSumOutcome,
} from '../repairs/ordered-values.js';
import {
  compileRelations,
  evaluateCompiled,
  indexRelation,
  operandsStatus,
  relationStatus,
  readingsKept,
  tallyRelations,
  TABLE3_ROW_SUM,
  valuesStatus,
  type CompiledRelation,
  type IndexedRelation,
  type Operand,
  type ReadingFit,
} from '../template/arithmetic.js';
import { blankCountsAsZero, table3Relations, table3RowSums, type TableRelation } from '../template/relations.js';
import {
  gapBaseline,
  gapsShowLoss,
  reportUnplaced,
  segmentRows,
  segmentsByKey,
  type LabelRole,
  type OrphanRow,
  type RowSegment,
  type Segmentation,
} from './rows.js';
import { placeReadings, type RowItem } from './placement.js';
import {
  hasDigitRun,
  hasVanishedBlanks,
  LAST_IS_SUM,
  MAX_LOST_UNSEEN,
  MAX_VANISHED,
  readingsOfRow,
  vanishedBlankReadings,
} from './digit-runs.js';
import { BASE_WORK, WorkBudget } from './budget.js';
import { partBounds } from './part-bounds.js';
import { equationFamilies, familiesKnown, totalMayVanish } from './vanished-total.js';
import {
  columnPlaces,
  describeUnwrapped,
  mayHoldWrappedCells,
  printedPieces,
  vanishedBlankDeals,
  WRAPPED_ROW_WORK,
  wrappedCellReadings,
} from './wrapped-cells.js';
import { setApartMoves } from './set-apart-pieces.js';
import { bandBeforeUnnamedRow, bandEnd, bandFromRowBefore, templateLabelBeginnings, textByLine } from './band-end.js';
import { searchCombinations, type OpenRow } from './row-search.js';
import { unknownsFit } from './unknown-blanks.js';
import { runTogetherReadings } from './run-together.js';
import { decideEmptyRowsBlank, type ContestedRows } from '../repairs/empty-rows-blank.js';
import { unsignedCounts, type BlankToken, type LabelToken, type TableToken, type ValueToken } from './tokens.js';
import { getPath, setPath } from './paths.js';
import { blocksOfOne } from './text-position.js';
import { settledOnLabelLines, settledRows } from './settled.js';
import { TABLE_NAMES } from '../template/table-names.js';
import { ShortenedLabels } from './shortened-labels.js';

const NCOLS = TABLE3_COLUMNS.length;
/** The column keys, in order. */
const COLUMN_KEYS = TABLE3_COLUMNS.map((c) => c.key);

/**
 * Units the deals with blanks printed as nothing of one band no full deal reads may spend, every set
 * of blank cells together (each cell tried is one): twice a band's own deal, then the row is left as
 * before (its numbers unplaced).
 */
const LOST_BLANK_DEALS_WORK = 2 * WRAPPED_ROW_WORK;

/** Readings a band's set-apart cells may add by moving (`set-apart-pieces.ts`): more are no evidence of any. */
const MAX_SET_APART_MOVES = 64;

/** Digits inside label text that are not its list numbering (a number the tokens could not read). */
const UNREAD_DIGITS_RE = /\d/;

/**
 * All row definitions of every registered version (oldest first), by key: the first version's
 * definition of a key wins (the 2019 data row （六） and the 2021 group share a key).
 */
const ROWS_BY_KEY = new Map<string, Table3RowDefinition>();
for (const r of REGISTERED_VERSIONS.flatMap((v) => table3Definition(v).rows)) if (!ROWS_BY_KEY.has(r.key)) ROWS_BY_KEY.set(r.key, r);

const GROUP_KEYS = new Set(['results', 'results.denied', 'results.unableToProvide', 'results.notProcessed']);
const OTHER_HANDLING = 'results.otherHandling';
/** Rows of one version that are groups over rows in another (（六）其他处理). */
const PARENT_ROWS = new Set([...ROWS_BY_KEY.keys()].filter((k) => [...ROWS_BY_KEY.keys()].some((o) => o.startsWith(`${k}.`))));
/** The rows above the results: an unnumbered 总计 right after one of them is a column header. */
const HEAD_ROWS = new Set(['newReceived', 'carriedOver']);

const CANDIDATES: MatchCandidate<string>[] = [...ROWS_BY_KEY.values()]
  .filter((r) => r.keywords.length > 0)
  .map((r) => ({ key: r.key, labels: [cleanLabel(r.label).clean], keywords: r.keywords.map(cleanText) }));
/** The exact labels of {@link CANDIDATES}: the wrapped-label repair's probes are turned away by this index first. */
const EXACT = new ExactLabels(CANDIDATES);
/** The numbered rows' labels as reports shorten them (words left out, a keyword kept): the wrapped-label repair reads joins by these too. */
const SHORTENED = new ShortenedLabels(CANDIDATES.map((c) => ({ ...(ROWS_BY_KEY.get(c.key) as Table3RowDefinition), key: c.key })));
/**
 * Every row label of the template as it stands in normalised text, list marker off (`（六）其他处理`
 * is `其他处理` there): what {@link splitRunOnLabels} cuts run-on labels by. (The candidates above
 * keep the template's full-width brackets, so their group-style labels match by keyword.)
 */
const RUN_ON = new ExactLabels(
  CANDIDATES.map((c) => ({ ...c, labels: [cleanLabel((ROWS_BY_KEY.get(c.key) as Table3RowDefinition).label.normalize('NFKC')).clean] })),
);

/** Result of reading table 三. */
export interface Table3Result {
  /** The typed table. */
  table: Table3;
  /** Whether any value or blank was read. */
  hasContent: boolean;
  /** The region is a block stream (`repairs/block-stream.ts`): the other tables of the text are read as one too. */
  blockStream?: boolean;
  /**
   * Some row of runs together digits could not be read whole (no cut into a full row adds up): blank
   * cells vanish from this text, so table 四's run is read with vanished blanks too.
   */
  blanksVanish?: boolean;
  /** Where the numbers start that the column-tail repair read as the last rows' right-hand columns (`repairs/column-tail.ts`). */
  tailRead?: ReadonlySet<number>;
  /**
   * Whether the region is printed a cell a paragraph (`repairs/empty-line-cells.ts`: every row's gaps
   * accounted for its missing cells exactly, or every row whole a cell a line): table 四's gaps of
   * the same text are its empty cells too. Asked only where table 四 needs it.
   */
  cellsALine?: () => boolean;
}

/** Each template version's table-三 data rows by key, in the template's order (built on first use). */
const ROW_RANKS = new Map<TemplateVersion, Map<string, number>>();

/** The position of a table-三 row key in a version's order of data rows. */
function rowRankOf(version: TemplateVersion): (key: string) => number | undefined {
  let ranks = ROW_RANKS.get(version);
  if (!ranks) {
    ranks = new Map(table3DataRowKeys(version).map((key, i) => [key, i]));
    ROW_RANKS.set(version, ranks);
  }
  const known = ranks;
  return (key) => known.get(key);
}

/**
 * Reports how a row's blanks were read (`blank-placed`, `blank-by-position`) at the row's label:
 * the label's text as detail, the row as path, so every such note of table 三 names its row alike.
 */
function reportAtRowLabel(
  ctx: Reporter,
  code: 'blank-placed' | 'blank-by-position',
  key: string,
  label: { readonly text: string; readonly start: number; readonly end: number },
): void {
  ctx.report(code, { target: TABLE_NAMES.t3, detail: label.text, path: `t3.${key}`, location: ctx.location(label.start, label.end) });
}

/**
 * Reads table 三 from the tokens of its region. How the numbers stand to their labels (after them,
 * before them, inside a wrapped label) is decided first, from the document's evidence
 * (`repairs/ownership.ts`); when the evidence leaves two readings, only what both agree on is kept.
 */
export function readTable3(
  ctx: RecordingReporter,
  printedTokens: readonly TableToken[],
  prior: TemplateVersion | null,
  options: Table3ReadOptions = {},
): Table3Result {
  const signedTokens = splitGluedPairs(ctx, printedTokens, NCOLS);
  const mark = ctx.diagnostics.length;
  const read = readTable3Signed(ctx, signedTokens, prior, options);
  // (the stream of a block stream counts a wrapped cell once: its pieces joined, `repairs/cell-pieces.ts`)
  const blocks = decideBlockStream(signedTokens);
  return readAsStream(ctx, blocks.blockStream ? joinCellPieces(signedTokens) : signedTokens, read, mark);
}

/** How the text of table 三 was made, as far as the reading depends on it. */
export interface Table3ReadOptions {
  /**
   * The text's lines were laid out from measured positions (`parsePositionedText`: the text items
   * of a PDF, OCR boxes): a number stands on the line of its height on the page, which lies in its
   * row's cell. `pdftotext -layout` text given as text is not: its lines are the tool's. Default `false`.
   */
  measuredLines?: boolean;
  /**
   * Every page of the text stands on one character grid: laid out from a PDF's text items
   * (`layoutText`: one left edge for the whole document, a column per half font size of x), the
   * same x is the same column on every page, so the complete rows of another page show a row its
   * columns (`page-grids.ts`). `pdftotext -layout` sets each page apart, and scanned pages (OCR
   * boxes) stand where the scanner put them. Default `false`.
   */
  pagesOnOneGrid?: boolean;
}

function readTable3Signed(
  ctx: RecordingReporter,
  signedTokens: readonly TableToken[],
  prior: TemplateVersion | null,
  options: Table3ReadOptions,
): Table3Result {
  const uniform = uniformTable(signedTokens);
  if (!uniform) return readTable3Tokens(ctx, signedTokens, prior, options);
  // A table of one value whose numbers are as many as its cells: read as printed first; where that
  // leaves a cell without the value, read with each row's cells after its label (kept only when
  // every cell then has the value).
  const mark = ctx.diagnostics.length;
  const printed = readTable3Tokens(ctx, signedTokens, prior, options);
  if (everyCellIs(printed.table, uniform.value)) return printed;
  const printedDiagnostics = ctx.diagnostics.splice(mark);
  const r = readTable3Tokens(ctx, uniform.tokens, prior, options);
  if (everyCellIs(r.table, uniform.value)) {
    ctx.report('table-uniform', { target: TABLE_NAMES.t3, detail: String(uniform.value), path: 't3' });
    return r;
  }
  ctx.diagnostics.splice(mark);
  for (const d of printedDiagnostics) ctx.diagnostics.push(d);
  return printed;
}

/**
 * The table read as one stream of cells in the template's order (`repairs/number-stream.ts`), where
 * the reading as printed left cells flagged and the stream's division, kept by the equations and by
 * every cell that reading stated, states more. The warnings of the reading as printed are then
 * taken back (its information kept) and every cell is named by `values-after-labels`.
 */
function readAsStream(ctx: RecordingReporter, tokens: readonly TableToken[], read: Table3Result, mark: number): Table3Result {
  const table = read.table as unknown as Record<string, unknown>;
  const version = (read.table as { version?: TemplateVersion }).version;
  if (!version) return read;
  const keys = table3DataRowKeys(version);
  // (each row read once: its cells by column)
  const rowsRead = keys.map((key) => getPath(table, key) as Record<string, Cell> | undefined);
  const cellOfRead = (i: number, j: number): Cell | undefined => rowsRead[i]?.[COLUMN_KEYS[j] as string];
  let stated = 0;
  for (let i = 0; i < keys.length; i++) for (let j = 0; j < NCOLS; j++) if (isStated(cellOfRead(i, j))) stated++;
  if (stated === keys.length * NCOLS) return read;
  const cells = streamCells(tokens);
  const rowIndex = new Map(keys.map((k, i) => [k, i]));
  // (each address placed once: the stream searches ask for the same addresses over every reading they try)
  const placedAt = new Map<string, { row: number; column: number } | null>();
  const cellAt = (address: string): { row: number; column: number } | null => {
    let placed = placedAt.get(address);
    if (placed === undefined) {
      const at = cellOf(address);
      const row = rowIndex.get(at.row);
      placed = row === undefined || at.column < 0 ? null : { row, column: at.column };
      placedAt.set(address, placed);
    }
    return placed;
  };
  const relations = table3Relations(version);
  // (numbers glued to a label may be two cells run together: the cut reading takes them too)
  const cutCells = cells ?? streamCells(tokens, true);
  const decision =
    cutCells &&
    ((cells && decideNumberStream(cells, keys.length, NCOLS, cellAt, relations, blankCountsAsZero)) ??
      decideCutStream(cutCells, keys.length, NCOLS, cellAt, relations, blankCountsAsZero) ??
      (cells && sideStream(cells, tokens, keys.length, cellAt, relations)) ??
      (cells && decideMovedRun(cells, keys.length, NCOLS, cellAt, relations, blankCountsAsZero)) ??
      (cells && decideBandedStream(cells, keys.length, NCOLS, cellAt, relations, blankCountsAsZero)) ??
      // (runs printed later where the text's order is the tool's flow: in text laid out by position a
      // cell's place on its line is the evidence, and the order of the lines is no evidence of a run)
      (cells && !laidOutByPosition(cells) ? decideDeferredRuns(cells, keys.length, NCOLS, cellAt, relations, blankCountsAsZero) : null) ??
      (cells && !laidOutByPosition(cells) ? labelFlowStream(cells, tokens, keys.length, cellAt, relations) : null));
  const readAs = (i: number, j: number): ReadCell => {
    const c = cellOfRead(i, j);
    return c?.status === 'value' ? c.value : c?.status === 'blank' ? 'blank' : null;
  };
  // (the blocks reading, the widest search, only where the others placed nothing that states more; in
  // text laid out by position only where it keeps every two-way reading the table as read holds)
  const openAs = (i: number, j: number): readonly number[] | null => {
    const c = cellOfRead(i, j);
    return c?.status === 'ambiguous' ? c.candidates : null;
  };
  const blocks = (): StreamPlacement | null => {
    if (!cells) return null;
    const p = placeDecision(decideBlockFillStream(cells, keys.length, NCOLS, cellAt, relations, blankCountsAsZero), readAs);
    return p && (!laidOutByPosition(cells) || keepsReadCandidates(p, openAs)) ? p : null;
  };
  const placed = statesMore(decision && placeStream(decision, readAs), stated) ?? statesMore(blocks(), stated);
  if (!placed) return read;
  // (the reading as printed taken back: its warnings are about cells read otherwise now)
  const taken = ctx.diagnostics.splice(mark);
  for (const d of taken) if (d.severity === 'info') ctx.diagnostics.push(d);
  const out = { version } as unknown as Record<string, unknown>;
  const addresses: string[] = [];
  keys.forEach((key, i) => {
    const targets = targetsOf(key);
    for (const t of targets) addresses.push(t.address);
    const label = ROWS_BY_KEY.get(key)?.label ?? key;
    const placement = { columns: placed.rows[i] as Placement[], surplus: 0, deficit: 0 };
    setPath(out, key, rowOf(buildRowCells(ctx, placement, targets, `t3.${key}`, label, tableSpan(tokens))));
  });
  ctx.report('values-after-labels', { target: TABLE_NAMES.t3, actual: placed.orders.join(' / '), path: 't3', addresses });
  if (table.location !== undefined) out.location = table.location;
  return { ...read, table: out as unknown as Table3, hasContent: true };
}

/**
 * Whether some of a stream's cells stand set off by a run of spaces (`pdftotext -layout`: their places
 * come from the page, lines sorted by height). The repairs that leave a cell between two readings (two
 * rows' alternating lines dealt either way, a band of pieces either of two rows') read those places: a
 * line half a row down is either row's, and the order the blocks read is no evidence against either.
 */
function laidOutByPosition(cells: readonly StreamCell[]): boolean {
  return cells.some((t) => t.setOff === true);
}

/** A stream's placement where it states more cells than `stated` (the table as read), else null. */
function statesMore(placed: StreamPlacement | null, stated: number): StreamPlacement | null {
  if (!placed) return null;
  let now = 0;
  for (const row of placed.rows) for (const p of row) if (p.status === 'value' || p.status === 'blank') now++;
  return now > stated ? placed : null;
}

/** {@link placeStream} of a decision, null without one. */
function placeDecision(decision: NumberStreamDecision | null, readAs: (row: number, column: number) => ReadCell): StreamPlacement | null {
  return decision && placeStream(decision, readAs);
}

/** {@link decideSideStream} over table 三's stream, the cells beside labels the ones that may stand apart. */
function sideStream(
  cells: readonly StreamCell[],
  tokens: readonly TableToken[],
  rows: number,
  cellAt: (address: string) => { row: number; column: number } | null,
  relations: readonly TableRelation[],
): NumberStreamDecision | null {
  const beside = besideLabels(tokens);
  return decideSideStream(cells, (i) => beside[i] === true, rows, NCOLS, cellAt, relations, blankCountsAsZero);
}

/** {@link decideLabelFlowCells} over table 三's stream, the cells beside labels the ones that may come in the labels' flow. */
function labelFlowStream(
  cells: readonly StreamCell[],
  tokens: readonly TableToken[],
  rows: number,
  cellAt: (address: string) => { row: number; column: number } | null,
  relations: readonly TableRelation[],
): NumberStreamDecision | null {
  return decideLabelFlowCells(cells, labelFlowPlaces(tokens), rows, NCOLS, cellAt, relations, blankCountsAsZero);
}

/** Whether a cell states something (a value or a blank). */
function isStated(c: Cell | undefined): boolean {
  return c?.status === 'value' || c?.status === 'blank';
}

/** The span of a region's tokens (where a row read from the stream is located). */
function tableSpan(tokens: readonly TableToken[]): { start: number; end: number } {
  return { start: tokens[0]?.start ?? 0, end: tokens[tokens.length - 1]?.end ?? 0 };
}

/** {@link decideUniformTable} for table 三's tokens, its rows recognised by {@link classify}. */
function uniformTable(tokens: readonly TableToken[]): UniformTableDecision | null {
  // (cheap first: a table of several values, or none, is no such table)
  let first: number | null = null;
  for (const t of tokens) {
    if (t.kind !== 'value') continue;
    if (t.content.kind !== 'number' || (first !== null && t.content.value !== first)) return null;
    first = t.content.value;
  }
  if (first === null) return null;
  const seg = segmentRows<string>(tokens, classify, 0);
  const versions = REGISTERED_VERSIONS.map((v) => table3DataRowKeys(v));
  return decideUniformTable(
    tokens,
    seg.rows.map((r) => ({ key: r.key, label: r.label })),
    versions,
    NCOLS,
  );
}

/** Whether every cell of `table` (its rows' cells, at any depth) is a value equal to `value`. */
function everyCellIs(table: Table3, value: number): boolean {
  let cells = 0;
  let all = true;
  const walk = (o: unknown): void => {
    if (!all || typeof o !== 'object' || o === null) return;
    const c = o as { status?: unknown; value?: unknown };
    if (typeof c.status === 'string') {
      cells++;
      all = c.status === 'value' && c.value === value;
      return;
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'location') walk(v);
  };
  walk(table);
  return all && cells > 0;
}

function readTable3Tokens(
  ctx: RecordingReporter,
  signedTokens: readonly TableToken[],
  prior: TemplateVersion | null,
  options: Table3ReadOptions,
): Table3Result {
  const regionTokens = unsignedCounts(signedTokens);
  const split = splitRunOnLabels(splitGroupHeads(regionTokens));
  const cells = withEmptyLineCells(split, prior);
  const blocks = decideBlockStream(cells.tokens);
  // (evidence for table 四 only where a row shows the layout beyond one number after a run of empty
  // lines: `EmptyLineCells.confirmed`)
  const cellsALine = (): boolean =>
    (cells.decided ? cells.empty : blocks.blockStream ? null : emptyLines(split, prior, true))?.confirmed === true;
  const reading: ReadingOptions = { ...options, paragraphCells: cells.decided, cellsALine };
  const joined = blocks.blockStream ? joinCellPieces(blocks.tokens) : null;
  if (!joined) return readBlocks(ctx, blocks, prior, reading);
  const readTokens = (tokens: readonly TableToken[]): Table3Result => readBlocks(ctx, { ...blocks, tokens }, prior, reading);
  const mark = ctx.diagnostics.length;
  const printed = readBlocks(ctx, blocks, prior, reading);
  // Numbers wrapped side by side (`tables/side-joinings.ts`): read after the single wrapped cells.
  if (joined.length === blocks.tokens.length) return readSideJoinings(ctx, mark, blocks.tokens, printed, readTokens);
  // Numbers wrapped in their cells (`repairs/cell-pieces.ts`): the region is read as printed and with
  // each wrapped cell's pieces joined; the joined reading is kept where it states more cells and
  // states no cell otherwise than the reading as printed (a block of two rows' cells in one column
  // joined reads fewer cells, or other values: then the reading as printed stands).
  const printedDiagnostics = ctx.diagnostics.splice(mark);
  const whole = readBlocks(ctx, { ...blocks, tokens: joined }, prior, reading);
  if (statesMoreKeepingEvery(printed.table, whole.table)) return readSideJoinings(ctx, mark, joined, whole, readTokens);
  ctx.diagnostics.splice(mark);
  for (const d of printedDiagnostics) ctx.diagnostics.push(d);
  return readSideJoinings(ctx, mark, blocks.tokens, printed, readTokens);
}

/** Reads a region's tokens as the block-stream decision gives them (ownership decided first). */
function readBlocks(
  ctx: RecordingReporter,
  blocks: BlockStreamDecision,
  prior: TemplateVersion | null,
  reading: ReadingOptions,
): Table3Result {
  const decision = decideOwnership({
    tokens: blocks.tokens,
    classify,
    probe: probeLabel,
    ncols: NCOLS,
    failing: (seg) => failingEquations(seg, prior),
    baselineOf: (t) => ctx.location(t.start, t.end).y,
    rowRank: rowRankOf(prior ?? LATEST_TEMPLATE_VERSION),
    wholeTable: (seg) => holdsEveryDataRow(seg, prior),
    rowStart,
    rowSum: (key, items) => rowSumOutcome(key, items, REGISTERED_VERSIONS.find((v) => rowSumOf(v).has(key)) ?? LATEST_TEMPLATE_VERSION),
    budget: WorkBudget.forTable(blocks.tokens.length),
  });
  reportOwnership(ctx, 't3', decision);
  const vanish = { shown: false };
  if (decision.order === 'undecided' && decision.alternative) {
    const alternative = decision.alternative;
    const either = readEitherWay(
      ctx,
      't3',
      () => readReading(ctx, decision.tokens, prior, blocks, false, vanish, reading),
      () => readReading(ctx, alternative, prior, blocks, false, vanish, reading),
      (r) => r.table as unknown as Record<string, unknown>,
      table3RowContradicts,
    );
    return { ...either, blockStream: blocks.blockStream, blanksVanish: vanish.shown, cellsALine: reading.cellsALine };
  }
  return {
    ...readReading(
      ctx,
      decision.tokens,
      prior,
      blocks,
      decision.order === 'after',
      vanish,
      reading,
      decision.segmentation,
      decision.dealt,
      decision.dealtReadings,
    ),
    blockStream: blocks.blockStream,
    blanksVanish: vanish.shown,
    cellsALine: reading.cellsALine,
  };
}

/**
 * How one reading of the region reads it: the caller's options, and whether the region is a cell
 * per paragraph (its empty lines were read as its blank cells, {@link withEmptyLineCells}).
 */
interface ReadingOptions extends Table3ReadOptions {
  /**
   * Every row's gaps accounted for its missing cells exactly: the text is a cell per paragraph in
   * the page's order (a browser's copy of the table), not lines a renderer laid out, so a label
   * broken over lines inside its cell says nothing about the order of the lines.
   */
  paragraphCells?: boolean;
  /** {@link Table3Result.cellsALine}, passed on to the result. */
  cellsALine?: () => boolean;
}

/**
 * The region's tokens with its empty lines read as blank cells where its gaps account for every
 * row's missing cells exactly (`repairs/empty-line-cells.ts`: a Word-exported table's clipboard
 * copy, each cell a paragraph), and whether they did; the tokens as they were otherwise.
 */
function withEmptyLineCells(
  tokens: readonly TableToken[],
  prior: TemplateVersion | null,
): { tokens: readonly TableToken[]; decided: boolean; empty: EmptyLineCells | null } {
  // (a gap wider than the usual one before a cell or a label: a row all blank shows only there)
  const baseline = gapBaseline(tokens);
  const empty = tokens.some((t) => t.lineStart && t.kind !== 'break' && t.gapBefore > baseline) ? emptyLines(tokens, prior) : null;
  return empty ? { tokens: tokensWithEmptyCells(tokens, empty, baseline), decided: true, empty } : { tokens, decided: false, empty: null };
}

/** `decideEmptyLineCells` over the region's rows (`whole`: every row whole a cell a line counts too). */
function emptyLines(tokens: readonly TableToken[], prior: TemplateVersion | null, whole = false): EmptyLineCells | null {
  const baseline = gapBaseline(tokens);
  if (baseline <= 0) return null;
  const seg = segmentRows<string>(tokens, classify, baseline);
  const dataRows = new Set(table3DataRowKeys(versionOfRows(seg) ?? prior ?? LATEST_TEMPLATE_VERSION));
  return decideEmptyLineCells(tokens, seg, baseline, (r) => (dataRows.has(r.key) ? NCOLS : null), whole);
}

/**
 * The longest label text cut in two (characters): row labels are short, so a longer text is no pair
 * of labels run together, and the cut search stays linear in the region.
 */
const MAX_RUN_ON_LABEL = 80;

/**
 * Two row labels run together (one-line text of a row whose cells are all blank:
 * `保护第三方合法权益 属于三类内部事务信息 13 0 30 …`, the space normalised away, labels without
 * their list numbers, so the tokenizer's split at list markers does not apply): a label that is no
 * row label itself but, cut at one place, is exactly two different row labels of the template is two
 * labels. Otherwise the run-on label matches the first row by its keywords and takes the second
 * row's numbers.
 */
function splitRunOnLabels(tokens: readonly TableToken[]): TableToken[] {
  const out: TableToken[] = [];
  let lastLabel: LabelToken | null = null;
  for (const t of tokens) {
    const beforeLast = t.kind === 'label' ? (runOnTotal(t) ?? runOnOther(t) ?? otherRunOnTotal(t, lastLabel)) : null;
    if (t.kind === 'label') lastLabel = t;
    if (beforeLast) {
      for (const p of beforeLast) out.push(p);
      continue;
    }
    // (a text whose end is the end of no label has no tail that is one: every cut fails)
    // (keyWhereMayEnd: undefined where no label ends so, the key where the text is one)
    if (t.kind !== 'label' || t.text.length > MAX_RUN_ON_LABEL || RUN_ON.keyWhereMayEnd(t.text) !== null) {
      out.push(t);
      continue;
    }
    for (const p of runOnPieces(t)) out.push(p);
  }
  return out;
}

/** The total row's label as it stands in normalised text without its list marker (`（七）总计`). */
const TOTAL_LABELS = ['总计', '合计'];

/**
 * A row label run into the total row's label (`其他处理 总计 37 179 …`: the row above the total
 * all blank, the space normalised away): the labels, or null. The total row's label has no
 * keywords (it is read by its place, {@link classify}), so {@link runOnPieces} cannot find it.
 */
function runOnTotal(t: LabelToken): TableToken[] | null {
  // (the text before it may be labels run together itself: two blank rows before the total)
  return runOnLast(t, TOTAL_LABELS, (heads, head) => heads.length > 1 || RUN_ON.keyOf(head) !== null, runOnOther);
}

/** The label of （六）其他处理's last row (2021 `3.其他`) as it stands without its list marker. */
const OTHER_LABEL = '其他';
/** The rows of （六）其他处理 before `3.其他` (2021): the rows its unnumbered label can run on from. */
const BEFORE_OTHER = new Set([`${OTHER_HANDLING}.overdueCorrection`, `${OTHER_HANDLING}.unpaidFee`]);

/**
 * A row label of （六）其他处理 run into the label of its row `3.其他` (`…不再处理其政府信息公开申请
 * 其他 5 0 0 …`: the row before `3.其他` all blank, the space normalised away, labels without their
 * list numbers): the labels, or null. `3.其他` has no keywords (it is read by its place,
 * {@link classify}), so {@link runOnPieces} cannot find it; no label of the rows before it ends in
 * `其他`. The text before it is cut again where it is two labels itself (both rows before it blank).
 */
function runOnOther(t: LabelToken): TableToken[] | null {
  return runOnLast(t, [OTHER_LABEL], (heads) => {
    const last = heads[heads.length - 1] as TableToken;
    const role = last.kind === 'label' ? classify(last, { rowsSoFar: 1, lastKey: null }) : null;
    return role?.role === 'row' && BEFORE_OTHER.has(role.key);
  });
}

/**
 * `3.其他` run into the total row's label, both without their list numbers (`…不再处理其政府信息公开申请
 * 51 0 51 其他 总计 119 110 …`: `3.其他` all blank, the space normalised away): the two labels, or
 * null. Neither has keywords (both are read by their place), so only the label before the run tells:
 * a row of （六）其他处理 before `3.其他` (its own numbers between).
 */
function otherRunOnTotal(t: LabelToken, before: LabelToken | null): TableToken[] | null {
  const cut = cutLastLabel(t, TOTAL_LABELS);
  if (!cut || !before || cleanLabel(cut[0].text).clean !== OTHER_LABEL) return null;
  const role = classify(before, { rowsSoFar: 1, lastKey: null });
  return role.role === 'row' && BEFORE_OTHER.has(role.key) ? cut : null;
}

/**
 * A run-on label that ends in one of `lastLabels` (labels read by their place, without keywords):
 * the labels before it (cut by `before`, else {@link runOnPieces}, where they run together) and it,
 * when `accepts` takes the labels before; null otherwise.
 */
function runOnLast(
  t: LabelToken,
  lastLabels: readonly string[],
  accepts: (heads: readonly TableToken[], head: string) => boolean,
  before?: (t: LabelToken) => TableToken[] | null,
): TableToken[] | null {
  const cut = cutLastLabel(t, lastLabels);
  if (!cut) return null;
  const heads = before?.(cut[0]) ?? runOnPieces(cut[0]);
  return accepts(heads, cut[0].text) ? [...heads, cut[1]] : null;
}

/**
 * A label token cut before the one of `lastLabels` its text ends in (a label run on into another
 * read by its place: `…申请 其他`, `行政强制 合计`): the text before it and it, or null.
 */
export function cutLastLabel(t: LabelToken, lastLabels: readonly string[]): [LabelToken, LabelToken] | null {
  const text = t.text.trimEnd();
  const last = lastLabels.find((l) => text.endsWith(l));
  if (last === undefined || text.length > MAX_RUN_ON_LABEL) return null;
  const head = text.slice(0, text.length - last.length).trimEnd();
  if (head === '') return null;
  const from = text.length - last.length;
  return [
    { ...t, text: head, end: t.start + head.length },
    {
      ...t,
      text: last,
      start: t.start + from,
      end: t.start + text.length,
      lineStart: false,
      gapBefore: 0,
      setOff: false,
      column: (t.column ?? 0) + from,
    },
  ];
}

/** The two row labels a run-on label is, or the label alone (see {@link splitRunOnLabels}). */
function runOnPieces(t: LabelToken): TableToken[] {
  for (let at = 1; at < t.text.length; at++) {
    const head = t.text.slice(0, at).trimEnd();
    const tail = t.text.slice(at).trimStart();
    const a = head === '' ? null : RUN_ON.keyOf(head);
    if (a === null || tail === '') continue;
    const from = t.text.length - tail.length;
    const rest: LabelToken = {
      ...t,
      text: tail,
      start: t.start + from,
      lineStart: false,
      gapBefore: 0,
      setOff: false,
      column: (t.column ?? 0) + from,
    };
    const b = RUN_ON.keyOf(tail);
    const pieces = b === null ? restPieces(a, rest) : b === a ? null : [rest];
    if (pieces === null) continue;
    return [{ ...t, text: head, end: t.start + head.length }, ...pieces];
  }
  return [t];
}

/**
 * The labels the rest of a run-on label is after the whole row label `head` (its key), or null:
 * a group label run into its first row's (`补正后申请内容仍不明确 不予处理 信访举报投诉类申请`, the
 * blank row before the group gone), that row's label cut again where it is two; or two or more
 * whole row labels run together (`其他处理 <blank row's label> <next row's label> 0 0 …`: the 2021
 * group `（六）` is keyed as the 2019 data row, so {@link groupHeadPieces} does not know it as a group
 * head; or two blank rows in a row, `保护第三方合法权益 属于三类内部事务信息 属于四类过程性信息 3 0 …`).
 * Without the cut the whole text matches the first blank row by its keywords and takes the numbers of
 * the row after the last.
 */
function restPieces(head: string, rest: LabelToken): TableToken[] | null {
  const group = groupHeadPieces(rest);
  if (group) {
    const [label, row] = group as [LabelToken, LabelToken];
    return [label, ...runOnPieces(row)];
  }
  const pieces = runOnPieces(rest);
  const first = pieces[0] as LabelToken;
  return pieces.length > 1 && RUN_ON.keyOf(first.text) !== head ? pieces : null;
}

/**
 * Whether a row's first number stands on a line after text (its label, or the last piece of a
 * wrapped label: `政法规禁止公 627`), not at the start of a line of numbers.
 */
function onLabelLine(r: RowSegment<string>): boolean {
  const first = r.evidence.items[0];
  return first !== undefined && !first.token.lineStart;
}

/**
 * At most this many leading characters of a row's label token are tried as a group label's piece
 * printed before the row's own label on its line (a group cell a few characters wide: `不予处`, `本年度办理`).
 */
const MAX_GROUP_LEAD = 6;

/**
 * Whether the row's label token starts with a group label's piece before the row's own label
 * (`不予处 要求提供公开出版物`, read `不予处要求提供公开出版物`): up to {@link MAX_GROUP_LEAD} leading
 * characters are group label text and the rest is exactly that row's label. A leading list marker
 * that is the row's own numbering in the template of `version` is the row's label, not a group's piece
 * (`(六)其他处理`, a row of 2019, though `(六)` is a group's marker in 2021).
 */
function ledByGroupPiece(version: TemplateVersion, r: RowSegment<string>): boolean {
  const text = r.label.text.normalize('NFKC').replace(/\s+/g, '');
  const own = numberedDataRows(version).get(r.key) ?? null;
  for (let k = 1; k <= MAX_GROUP_LEAD && k < text.length; k++) {
    if (!isGroupText(text.slice(0, k)) || ownMarker(text.slice(0, k), own)) continue;
    const rest = text.slice(k);
    const row = probeText(rest) ?? probeMarked(rest);
    if (row?.exact && row.key === r.key) return true;
  }
  return false;
}

/** Whether `lead` is a list marker alone, numbering as `own` does (same style level and numeral). */
function ownMarker(lead: string, own: HeadingNumber | null): boolean {
  const n = parseHeadingNumber(lead);
  return own !== null && n !== null && n.titleStart >= lead.length && n.level === own.level && n.value === own.value;
}

/** A missing cell in a row sum checked as a blank (only summed, never placed). */
const MISSING_AS_BLANK: RowItem = {
  token: { kind: 'blank', raw: '', start: 0, end: 0, line: 0, gapBefore: 0, lineStart: false },
  collapsedBefore: 0,
  run: 0,
};

/**
 * Applies {@link decideWrappedPieces}: the cells a join of the pieces beside their row changes
 * become `ambiguous` with their own and the joined values (each reported as `cell-ambiguous`).
 */
function contestWrappedPieces(
  ctx: Reporter,
  built: readonly { rowDef: Table3RowDefinition; targets: readonly ColumnTarget[]; chosen: RowSegment<string>; placement: RowPlacement }[],
  unplaced: readonly RowItem[],
  version: TemplateVersion,
): WrappedPiecesDecision[] {
  if (!unplaced.some((i) => i.token.kind === 'value')) return [];
  const occupied = new Set<number>();
  // (the lines of a row's labels and of the numbers placed in its cells: a number the row took
  // beyond its cells, unplaced, may be a piece)
  for (const { chosen, placement } of built) {
    for (const l of chosen.labels) occupied.add(l.line);
    for (const p of placement.columns) {
      const placed = p.status === 'ambiguous' ? p.tokens : p.status === 'missing' ? [] : [p.token];
      for (const t of placed) for (const q of (t.kind === 'value' ? t.printed : undefined) ?? [t]) occupied.add(q.line);
    }
  }
  // (rows read from their pieces, a digit-run or wrapped-cell reading, too: one reading that left a
  // line of pieces beside the row out may have read only the middle of its numbers)
  const rows: PieceRow[] = built.map((b) => ({
    row: b.rowDef.key,
    // (the row sum of every table-三 row: six applicant cells add up to the total; a blank part as 0,
    // a blank total leaves it open)
    mayHold: (values) => valuesStatus(TABLE3_ROW_SUM, values) !== 'fails',
    labelLines: [b.chosen.label.line, b.chosen.labels.reduce((a, l) => Math.max(a, l.line), b.chosen.label.line)],
    columns: b.placement.columns,
    holds: (values) =>
      rowSumHolds(
        b.rowDef.key,
        b.placement.columns.map((p, j) => {
          const v = values[j];
          // (an ambiguous cell takes the value tried, on its first token; a missing cell counts as a
          // blank, as the row's own reading is checked)
          if (p.status === 'missing') return MISSING_AS_BLANK;
          const token = p.status === 'ambiguous' ? (p.tokens[0] as ValueToken) : (p as { token: ValueToken | BlankToken }).token;
          return {
            token: v === null || v === undefined || token.kind !== 'value' ? token : { ...token, content: { ...token.content, value: v } },
            collapsedBefore: 0,
            run: 0,
          };
        }),
        version,
      ),
  }));
  const decisions = decideWrappedPieces(rows, unplaced, occupied);
  for (const d of decisions) {
    const b = built.find((x) => x.rowDef.key === d.row) as (typeof built)[number];
    d.columns.forEach((j, k) => {
      const own = b.placement.columns[j] as { token: ValueToken };
      const chain = d.joinedFrom?.[k];
      // (the join alone: the cell is the number its pieces make, each piece as printed kept)
      const joined = chain ? joinedToken(own.token, chain, (d.candidates[k] as number[])[0] as number) : null;
      b.placement.columns[j] = joined
        ? { status: 'value', token: joined }
        : { status: 'ambiguous', candidates: d.candidates[k] as number[], tokens: [own.token] };
    });
    // (a joined number whose first piece printed above the row's centred numbers: the text's order
    // does not place it among them; the orders that keep the row's sum are candidates)
    const pieceRow = rows.find((r) => r.row === d.row) as PieceRow;
    d.columns.forEach((j, k) => {
      const chain = d.joinedFrom?.[k];
      const trade = chain ? centredTrade(b.placement.columns, j, chain, placedByPosition, pieceRow.holds) : null;
      trade?.columns.forEach((c, t) => {
        b.placement.columns[c] = {
          status: 'ambiguous',
          candidates: trade.candidates[t] as number[],
          tokens: [trade.tokens[t] as ValueToken],
        };
      });
    });
    // (contested heads before the row's centred numbers: neither's place among the other is shown)
    const heads = d.columns.filter((_, k) => !d.joinedFrom?.[k]);
    const headLine = heads.reduce((a, j) => {
      const p = b.placement.columns[j];
      return p?.status === 'ambiguous' ? Math.min(a, (p.tokens[0] as ValueToken).line) : a;
    }, Number.POSITIVE_INFINITY);
    const tailLine = unplaced.reduce(
      (a, i) => (i.token.kind === 'value' && i.token.line > headLine && d.pieces.includes(i.token.raw) ? Math.min(a, i.token.line) : a),
      Number.POSITIVE_INFINITY,
    );
    const heldTrade =
      d.ways && heads.length > 0 && Number.isFinite(tailLine)
        ? contestedHeadsTrade(b.placement.columns, heads, tailLine, d.ways, placedByPosition, pieceRow.holds)
        : null;
    heldTrade?.columns.forEach((c, t) => {
      b.placement.columns[c] = {
        status: 'ambiguous',
        candidates: heldTrade.candidates[t] as number[],
        tokens: [heldTrade.tokens[t] as ValueToken],
      };
    });
    // (a row that breaks its sum as read: the cells it still states are named, the sum no longer showing them)
    if (d.unchecked && d.unchecked.length > 0)
      ctx.report('equation-unkept', {
        target: TABLE_NAMES.t3,
        detail: ROW_SUM_RULE,
        path: `t3.${b.rowDef.key}`,
        addresses: d.unchecked.map((j) => (b.targets[j] as ColumnTarget).address),
      });
  }
  return decisions;
}

/**
 * Applies {@link decidePiecesByColumns}: rows whose wrapped pieces keep the row sum in several ways,
 * their contested cells still ambiguous as {@link contestWrappedPieces} left them, read where the
 * table's column equations keep one way's number. The other rows count where they are stated whole
 * and keep their own sums.
 */
function choosePiecesByColumns(
  built: readonly { rowDef: Table3RowDefinition; placement: RowPlacement }[],
  decisions: readonly WrappedPiecesDecision[],
  version: TemplateVersion,
  dataRows: readonly string[],
): void {
  const rowIndex = new Map(dataRows.map((r, i) => [r, i]));
  const byKey = new Map(built.map((b) => [b.rowDef.key, b]));
  // (a row still as the pieces left it: its contested cells ambiguous on their own token, the rest stated)
  const open = decisions.flatMap((d) => {
    const b = byKey.get(d.row);
    const at = rowIndex.get(d.row);
    if (!d.ways || !b || at === undefined) return [];
    // (a cell the join alone read is stated already)
    const contested = d.columns.filter((_, k) => !d.joinedFrom?.[k]);
    const still = b.placement.columns.every((p, j) =>
      contested.includes(j) ? p.status === 'ambiguous' && p.tokens.length === 1 : p.status !== 'ambiguous',
    );
    return still && contested.length > 0 ? [{ d, b, at, contested }] : [];
  });
  if (open.length === 0) return;
  const cells = new Float64Array((dataRows.length + 1) * NCOLS).fill(Number.NaN);
  const openRows = new Set(open.map((o) => o.d.row));
  for (const b of built) {
    const at = rowIndex.get(b.rowDef.key);
    if (at === undefined || openRows.has(b.rowDef.key)) continue;
    const values = b.placement.columns.map((p) => (p.status === 'value' ? p.token.content.value : p.status === 'blank' ? null : undefined));
    if (values.some((v) => v === undefined) || valuesStatus(TABLE3_ROW_SUM, values) !== 'holds') continue;
    values.forEach((v, j) => {
      cells[at * NCOLS + j] = v === null || v === undefined ? (j === NCOLS - 1 ? Number.NaN : 0) : v;
    });
  }
  const rowIndexOf = (address: string): number => {
    const at = cellOf(address);
    return (rowIndex.get(at.row) ?? dataRows.length) * NCOLS + at.column;
  };
  const decided = decidePiecesByColumns(
    cells,
    NCOLS,
    compiledRelations(version, 'columns', rowIndexOf),
    open.map((o) => ({ base: o.at * NCOLS, ways: o.d.ways as PieceWay[], columns: o.contested })),
    (j) => j !== NCOLS - 1,
  );
  for (const { row, column, value, chain } of decided) {
    const { b } = open[row] as (typeof open)[number];
    const own = (b.placement.columns[column] as { tokens: ValueToken[] }).tokens[0] as ValueToken;
    const token = chain ? joinedToken(own, chain, value) : own.content.value === value ? own : null;
    if (token) b.placement.columns[column] = { status: 'value', token };
  }
}

/**
 * The number `chain` (a cell's own token among wrapped pieces, top to bottom) makes, on the own
 * token's place; null where it does not read as `value`.
 */
function joinedToken(own: ValueToken, chain: readonly ValueToken[], value: number): ValueToken | null {
  const raw = chain.map((p) => p.raw).join('');
  const content = parseCellContent(raw);
  return content.kind === 'number' && content.value === value ? { ...own, raw, content, printed: chain } : null;
}

/**
 * Applies {@link decideUnownedBefore}: the contested cells of a row become `ambiguous` with the
 * values of both readings, and the row is reported (`ownership-undecided`, naming its cells).
 */
function contestUnownedBefore(
  ctx: Reporter,
  seg: Segmentation<string>,
  built: readonly { rowDef: Table3RowDefinition; targets: readonly ColumnTarget[]; chosen: RowSegment<string>; placement: RowPlacement }[],
  readings: ReadonlyMap<RowSegment<string>, unknown>,
  unplaced: readonly RowItem[],
  dataRows: readonly string[],
  version: TemplateVersion,
  tokens: readonly TableToken[],
): void {
  // Extra numbers stand either unclaimed or among the previous row's own (a row holding more
  // numbers than its cells: the next row's, printed before that row's label).
  if (!unplaced.some((i) => i.token.kind === 'value') && !seg.rows.some((r) => r.evidence.items.length > NCOLS)) return;
  const byRow = new Map(built.map((b) => [b.chosen, b]));
  const rows: LabelledRow[] = seg.rows
    .filter((r) => dataRows.includes(r.key))
    .map((r) => {
      const b = byRow.get(r);
      return {
        row: `t3.${r.key}`,
        labelStart: r.label.start,
        order: dataRows.indexOf(r.key),
        cells: NCOLS,
        items: r.evidence.items,
        numbersOnLabelLine: onLabelLine(r),
        ...(b && !readings.has(r) ? { columns: b.placement.columns } : {}),
      };
    });
  const before = decideUnownedBefore(rows, unplaced, (row, items) => rowSumOutcome(row.slice('t3.'.length), items, version) === 'fails');
  // (the mirror reads the rows as the first contest left them)
  const contested = new Set(before.map((d) => d.row));
  const after = decideUnownedAfter(
    rows.map((r) => (contested.has(r.row) ? { ...r, columns: undefined } : r)),
    unplaced,
    (row, items) => rowSumHolds(row.slice('t3.'.length), items, version),
  );
  for (const d of after) contested.add(d.row);
  // (a row found by a later piece of its wrapped label, numbers no row took on its numbered beginning's line;
  // a row read from its pieces too: its reading left that line out)
  const columnsOf = new Map(built.map((b) => [`t3.${b.rowDef.key}`, b.placement.columns]));
  const begun = decideLabelBegunBefore({
    tokens,
    rows: rows.map((r) => {
      if (contested.has(r.row)) return { ...r, columns: undefined };
      const read = r.columns ? undefined : columnsOf.get(r.row);
      return read ? { ...r, columns: read, piecesRead: piecesOf(read) } : r;
    }),
    unplaced,
    begins: rowBegunBy,
  });
  for (const d of [...before, ...after, ...begun]) {
    const b = built.find((x) => `t3.${x.rowDef.key}` === d.row);
    if (!b) continue;
    d.columns.forEach((j, k) => {
      b.placement.columns[j] = { status: 'ambiguous', candidates: d.candidates[k] as number[], tokens: d.tokens[k] as ValueToken[] };
    });
    ctx.report('ownership-undecided', {
      target: TABLE_NAMES.t3,
      detail: `${labelText(b.chosen)}: ${d.unclaimed.join(' ')}`,
      path: d.row,
      location: ctx.location(b.chosen.label.start, b.chosen.label.end),
      addresses: d.columns.map((j) => (b.targets[j] as ColumnTarget).address),
    });
  }
}

/** The offsets of the printed pieces a row's placed cells were read from (a joined number's pieces, an ambiguous cell's tokens'). */
function piecesOf(columns: readonly Placement[]): Set<number> {
  const out = new Set<number>();
  for (const p of columns) {
    const placed = p.status === 'ambiguous' ? p.tokens : p.status === 'missing' ? [] : [p.token];
    for (const t of placed) for (const q of (t.kind === 'value' ? t.printed : undefined) ?? [t]) out.add(q.start);
  }
  return out;
}

/**
 * Applies {@link decideEmptyRowBefore} and {@link decideLabelOutOfOrder}: each column the row
 * holding the numbers states a number in becomes `ambiguous` in both rows (the number, or a blank),
 * a column it states blank is unknown in both (`missing`: the blank is either row's), and both rows
 * are reported (`ownership-undecided`, naming their cells). Returns the pairs contested, with the
 * holder's cells as read before.
 */
function contestEmptyRowBefore(
  ctx: Reporter,
  seg: Segmentation<string>,
  built: readonly { rowDef: Table3RowDefinition; targets: readonly ColumnTarget[]; chosen: RowSegment<string>; placement: RowPlacement }[],
  readings: ReadonlyMap<RowSegment<string>, unknown>,
  dataRows: readonly string[],
  version: TemplateVersion,
  tokens: readonly TableToken[],
  measuredLines: boolean,
): ContestedRows[] {
  const byRow = new Map(built.map((b) => [b.chosen, b]));
  // (a row that printed nothing, read blank by the table search, is contested as a row read from its own items)
  const readBlank = (b: (typeof built)[number]): boolean =>
    printedNoNumber(b.chosen) && b.placement.columns.every((c) => c.status === 'blank');
  const stated = new Set(built.filter((b) => !readings.has(b.chosen) || readBlank(b)).map((b) => b.chosen));
  const decisions: { empty: RowSegment<string>; holder: RowSegment<string> }[] = decideEmptyRowBefore({
    rows: seg.rows,
    dataRows,
    ncols: NCOLS,
    stated,
    onLabelLine,
    tableHolds: tableHoldsWith(seg, version),
    blankRow: (like) => Array.from({ length: NCOLS }, () => blankLike(like)),
    unknownRow: (like) => unconfirmedBlanks(Array.from({ length: NCOLS }, () => blankLike(like))),
    headed: new Set(seg.groups.map((g) => g.beforeRow)),
    sameGroup: (a, b) => sameGroup(version, a, b),
    ledByGroup: (r) => ledByGroupPiece(version, r),
    joined: (from, to) => !tokens.some((t) => t.lineStart && t.line > from && t.line <= to && t.gapBefore > 0),
    measuredLines,
  });
  // (a row printed out of the template's order with no numbers: the row above's may be its)
  const printedCells = tokens.filter((t) => t.kind === 'value' || t.kind === 'blank').length;
  for (const d of decideLabelOutOfOrder({ rows: seg.rows, dataRows, stated, onLabelLine, ncols: NCOLS, printedCells }))
    if (!decisions.some((o) => o.empty === d.empty && o.holder === d.holder)) decisions.push(d);
  const pairs: ContestedRows[] = [];
  for (const d of decisions) {
    const a = byRow.get(d.empty);
    const b = byRow.get(d.holder);
    if (!a || !b) continue;
    pairs.push({
      empty: a.rowDef.key,
      holder: b.rowDef.key,
      cells: b.placement.columns.map((p) => (p.status === 'value' ? p.token.content.value : p.status === 'blank' ? 'blank' : null)),
    });
    const contested: number[] = [];
    b.placement.columns.forEach((p, j) => {
      // (a blank either row may own is known of neither; a row contested twice, in a chain, keeps
      // the candidates of both)
      const either = candidateOnly(p);
      if (p.status === 'value') contested.push(j);
      a.placement.columns[j] = withCandidates(a.placement.columns[j] as Placement, either);
      b.placement.columns[j] = either;
    });
    a.placement.deficit = 0;
    for (const r of [a, b])
      ctx.report('ownership-undecided', {
        target: TABLE_NAMES.t3,
        detail: `${labelText(a.chosen)} / ${labelText(b.chosen)}`,
        path: `t3.${r.rowDef.key}`,
        location: ctx.location(r.chosen.label.start, r.chosen.label.end),
        addresses: contested.map((j) => (r.targets[j] as ColumnTarget).address),
      });
  }
  return pairs;
}

/**
 * Makes every stated cell of a built row (a number or a blank) a candidate only and reports the row
 * (`ownership-undecided`, naming those cells); nothing where the row states no cell.
 */
function contestRow(
  ctx: Reporter,
  b: { targets: readonly ColumnTarget[]; chosen: RowSegment<string>; placement: RowPlacement },
  detail: string,
  path: string,
): void {
  const named = b.targets.filter((_, j) => {
    const p = b.placement.columns[j] as Placement;
    return p.status === 'value' || p.status === 'blank';
  });
  if (named.length === 0) return;
  b.placement.columns = b.placement.columns.map(candidateOnly);
  ctx.report('ownership-undecided', {
    target: TABLE_NAMES.t3,
    detail,
    path,
    location: ctx.location(b.chosen.label.start, b.chosen.label.end),
    addresses: named.map((t) => t.address),
  });
}

/**
 * Applies {@link decideNumberedPiece}: every stated cell of the row becomes a candidate only (a
 * number `ambiguous`, a blank unknown), and the row is reported (`ownership-undecided`, naming them).
 */
function contestNumberedPiece(
  ctx: Reporter,
  built: readonly { rowDef: Table3RowDefinition; targets: readonly ColumnTarget[]; chosen: RowSegment<string>; placement: RowPlacement }[],
  tokens: readonly TableToken[],
  version: TemplateVersion,
): void {
  const numbered = numberedDataRows(version);
  const decisions = decideNumberedPiece({
    tokens,
    rows: built.map((b) => ({
      row: `t3.${b.rowDef.key}`,
      templateNumber: numbered.get(b.rowDef.key) ?? cleanLabel(b.rowDef.label.normalize('NFKC')).numbering,
      labels: b.chosen.labels,
      items: b.chosen.evidence.items,
    })),
    numberingOf: lastNumbering,
    numbersARow: (n) => {
      for (const r of numbered.values()) if (r?.level === n.level && r.value === n.value) return true;
      return false;
    },
  });
  for (const d of decisions) {
    const b = built.find((x) => `t3.${x.rowDef.key}` === d.row);
    if (!b) continue;
    contestRow(ctx, b, `${labelText(b.chosen)} / ${d.piece.text}`, d.row);
  }
}

/**
 * Applies {@link rowsAfterRepeatedLabel}: every stated cell of the row becomes a candidate only (a
 * number `ambiguous`, a blank unknown), and the row is reported (`ownership-undecided`, naming them).
 */
function contestRepeatedLabelBefore(
  ctx: Reporter,
  built: readonly { rowDef: Table3RowDefinition; targets: readonly ColumnTarget[]; chosen: RowSegment<string>; placement: RowPlacement }[],
  readings: ReadonlyMap<RowSegment<string>, unknown>,
  tokens: readonly TableToken[],
  measuredLines: boolean,
): void {
  const indented = indentedLines(tokens);
  const decisions = rowsAfterRepeatedLabel(
    built.map((b) => {
      const items = readings.has(b.chosen) ? [] : b.chosen.evidence.items;
      const first = items[0]?.token;
      return {
        key: b.rowDef.key,
        labelStart: (b.chosen.labels[0] ?? b.chosen.label).start,
        labelWords: labelWords(labelText(b.chosen)),
        pieceStarts: b.chosen.labels.map((l) => l.start),
        firstItemStart: first?.start ?? null,
        labelLines: b.chosen.labels.flatMap(tokenLines),
        firstItemPlacedLine: first ? placedLine(items, measuredLines, indented) : null,
      };
    }),
    tokens,
  );
  for (const d of decisions) {
    const b = built.find((x) => x.rowDef.key === d.key);
    const o = built.find((x) => x.rowDef.key === d.other);
    if (!b || !o) continue;
    contestRow(ctx, b, `${labelText(o.chosen)} / ${labelText(b.chosen)}`, `t3.${b.rowDef.key}`);
  }
}

/**
 * The line where the text places a row's numbers by position, or null: lines laid out from measured
 * positions, a line where one of the row's numbers stands set off by a run of spaces or a TAB
 * (`pdftotext -layout`: the line is a band of the page), or a line whose text is indented
 * ({@link indentedLines}: a cramped row of single spaces). A number joined from pieces printed over lines
 * counts only on the line of its first piece; where the row's first number's first piece is printed on
 * another line (its pieces wrapped under the label's line, `０` under `５７４`), the first number whose
 * first piece is on its line places the row there.
 */
function placedLine(items: readonly RowItem[], measuredLines: boolean, indented: ReadonlySet<number>): number | null {
  for (const { token: t } of items) {
    if (t.kind === 'value' && t.printed && t.printed[0]?.line !== t.line) continue;
    return measuredLines || indented.has(t.line) || items.some((it) => it.token.line === t.line && it.token.setOff === true)
      ? t.line
      : null;
  }
  return null;
}

/**
 * The lines whose first text is indented by a run of spaces (`pdftotext -layout` sets a line's text
 * where it stands on the page; plain text begins every line at its first character): such a line is
 * a band of the page, so what stands on it stands side by side, even where single spaces part it
 * (`     处理 用、行政机关不再处理其政府信息公开申 ０ / ０ ０ ６０ ０ ６０`).
 */
function indentedLines(tokens: readonly TableToken[]): Set<number> {
  const out = new Set<number>();
  for (const t of tokens) if (t.lineStart && t.setOff === true && t.kind === 'label') out.add(t.line);
  return out;
}

/**
 * The last of the list markers a label's text begins with (`三、（一）` of a group label's piece and
 * a row's numbering run together: `（一）`), null when it begins with none.
 */
function lastNumbering(l: LabelToken): HeadingNumber | null {
  let numbering = cleanLabel(l.text).numbering;
  let rest = numbering ? l.text.slice(numbering.titleStart).trim() : '';
  for (let inner = parseHeadingNumber(rest); inner && inner.value !== null && inner.titleStart > 0; inner = parseHeadingNumber(rest)) {
    numbering = inner;
    rest = rest.slice(inner.titleStart).trim();
  }
  return numbering;
}

/** Whether no group label stands between two data rows in the template of `version`. */
function sameGroup(version: TemplateVersion, a: string, b: string): boolean {
  const keys = table3Definition(version).rows.map((r) => r.key);
  const [from, to] = [keys.indexOf(a), keys.indexOf(b)].sort((x, y) => x - y) as [number, number];
  if (from < 0) return false;
  return !table3Definition(version)
    .rows.slice(from + 1, to)
    .some((r) => r.type === 'group');
}

/** A contested placement keeping the candidates it had (an ambiguous cell contested again). */
function withCandidates(had: Placement, now: Placement): Placement {
  if (had.status !== 'ambiguous') return now;
  if (now.status !== 'ambiguous') return now.status === 'missing' ? now : had;
  const candidates = [...had.candidates];
  const tokens = [...had.tokens];
  now.candidates.forEach((c, i) => {
    if (candidates.includes(c)) return;
    candidates.push(c);
    tokens.push(now.tokens[i] as ValueToken);
  });
  return { status: 'ambiguous', candidates, tokens };
}

/** The group labels of table 三 without their numbering (`本年度办理结果`, `不予公开`, `无法提供`, `不予处理`), longest first. */
const GROUP_HEADS = [...ROWS_BY_KEY.values()]
  .filter((r) => r.type === 'group')
  .map((r) => cleanLabel(r.label.normalize('NFKC')).clean)
  .sort((a, b) => b.length - a.length);

/**
 * A group label run into the row label after it (one-line text of a table whose labels carry no
 * numbering: normalisation removes the space between Han characters, `不予公开属于国家秘密`) is cut
 * into the two labels, when the rest is a row label of its own; every other token is kept.
 */
function splitGroupHeads(tokens: readonly TableToken[]): readonly TableToken[] {
  return splitLabels(tokens, groupHeadPieces);
}

/** The tokens with each label that `piecesOf` cuts replaced by its pieces (the same array where none is cut). */
export function splitLabels(
  tokens: readonly TableToken[],
  piecesOf: (t: LabelToken) => readonly LabelToken[] | null,
): readonly TableToken[] {
  let out: TableToken[] | null = null;
  tokens.forEach((t, k) => {
    const pieces = t.kind === 'label' ? piecesOf(t) : null;
    if (pieces && !out) out = tokens.slice(0, k);
    if (out) for (const p of pieces ?? [t]) out.push(p);
  });
  return out ?? tokens;
}

function groupHeadPieces(t: LabelToken): LabelToken[] | null {
  for (const head of GROUP_HEADS) {
    const at = t.text.indexOf(head);
    if (at < 0) continue;
    const cut = at + head.length;
    const rest = t.text.slice(cut).trimStart();
    // The head must be the label's beginning (after its numbering), and the rest a row label.
    if (rest === '' || cleanLabel(t.text.slice(0, cut)).clean !== head) continue;
    const probe: LabelToken = { ...t, text: rest, start: t.end - rest.length, lineStart: false, gapBefore: 0 };
    if (classify(probe, { rowsSoFar: 1, lastKey: null }).role !== 'row') continue;
    return [{ ...t, text: t.text.slice(0, cut), end: t.start + cut }, probe];
  }
  return null;
}

/** Reports what the ownership repair decided (nothing when the numbers simply follow their labels). */
export function reportOwnership(ctx: Reporter, table: 't2' | 't3', d: OwnershipDecision): void {
  for (const j of d.joined)
    ctx.report('label-wrapped', {
      target: TABLE_NAMES[table],
      detail: j.label.text,
      path: table,
      location: ctx.location(j.label.start, j.label.end),
    });
  if (d.order === 'before') ctx.report('numbers-before-labels', { target: TABLE_NAMES[table], detail: d.why, path: table });
  if (d.order === 'undecided') ctx.report('ownership-undecided', { target: TABLE_NAMES[table], detail: d.why, path: table });
  if (d.dealt) ctx.report('rows-dealt', { target: TABLE_NAMES[table], path: table });
}

/**
 * A text piece as a row label of either version, when it is exactly the whole template label (the
 * wrapped-label repair uses only exact readings; null for anything else).
 */
function probeText(text: string): { key: string; exact: boolean } | null {
  if (EXACT.keyOf(text) === null) return probeShortened(text);
  const r = classify({ kind: 'label', text, start: 0, end: 0, line: 0, gapBefore: 0, lineStart: true }, { rowsSoFar: 1, lastKey: null });
  if (r.role !== 'row') return null;
  return { key: r.key, exact: r.how === 'exact' };
}
/** A text that is a row's label shortened ({@link SHORTENED}), read as exactly that row's when the reader names the same row. */
function probeShortened(text: string): { key: string; exact: boolean } | null {
  const key = SHORTENED.keyOf(text);
  if (key === null) return null;
  const r = classify({ kind: 'label', text, start: 0, end: 0, line: 0, gapBefore: 0, lineStart: true }, { rowsSoFar: 1, lastKey: null });
  return r.role === 'row' && r.key === key ? { key, exact: true } : null;
}
/**
 * {@link probeText} for a list marker joined with a label's text: a label of the template's
 * bracketed numbering (`（一）予以公开`) stands in normalised text as `(一)予以公开`, exactly that
 * label, as `1.属于国家秘密` is exactly its own.
 */
function probeMarked(text: string): { key: string; exact: boolean } | null {
  const key = EXACT.keyOf(text) ?? RUN_ON.keyOf(text);
  if (key === null) return null;
  const r = classify({ kind: 'label', text, start: 0, end: 0, line: 0, gapBefore: 0, lineStart: true }, { rowsSoFar: 1, lastKey: null });
  return r.role === 'row' && r.key === key ? { key, exact: true } : null;
}
/**
 * {@link probeText} with the index's pre-check for the joins that share a last piece (the labels as
 * normalised text prints them too, which {@link probeMarked} reads: `(二)部分公开(区分处理的,…)` ends in
 * a half-width bracket the template's label does not).
 */
const probeLabel: LabelProbe = Object.assign(probeText, {
  mayEndWith: (tail: string) => EXACT.mayEndWith(tail) || SHORTENED.mayEndWith(tail) || RUN_ON.mayEndWith(tail),
  marked: probeMarked,
  groupText: isGroupText,
});

/**
 * The version the rows show (the template registry's evidence rows, newest version first): 2021
 * sub-rows of （六）, or a 2019 data row （六） with values; null when they show none.
 */
function versionOfRows(seg: Segmentation<string>): TemplateVersion | null {
  const keys = new Set(seg.rows.map((r) => r.key));
  for (const e of table3VersionEvidence()) {
    if (!keys.has(e.key)) continue;
    if (!e.needsValues || seg.rows.some((r) => r.key === e.key && r.evidence.items.some((i) => i.token.kind === 'value'))) return e.version;
  }
  return null;
}

/** Every data row's label by its numbering and text, for {@link rowStart}. */
const NUMBERED_ROWS = [...ROWS_BY_KEY.values()]
  .filter((r) => r.type !== 'group')
  .map((r) => ({ key: r.key, matched: r.label, ...cleanLabel(r.label.normalize('NFKC')) }));

/**
 * The numberings of one template version's data rows by row key (its groups' left out: `（六）其他处理`
 * numbers a row in 2019 and a group in 2021, whose first lines stand beside its sub-rows' numbers).
 */
const NUMBERED_DATA_ROWS = new Map<TemplateVersion, ReadonlyMap<string, HeadingNumber | null>>();
function numberedDataRows(version: TemplateVersion): ReadonlyMap<string, HeadingNumber | null> {
  let out = NUMBERED_DATA_ROWS.get(version);
  if (!out) {
    out = new Map(
      table3Definition(version)
        .rows.filter((r) => r.type !== 'group')
        .map((r) => [r.key, cleanLabel(r.label.normalize('NFKC')).numbering] as const),
    );
    NUMBERED_DATA_ROWS.set(version, out);
  }
  return out;
}

/** The shortest beginning of a row label (characters after its numbering) read as that row. */
const MIN_LABEL_START = 3;

/**
 * The row a numbered label begins (the dealt reading, `repairs/dealt-rows.ts`): a label the reader
 * reads as a row, or the numbered beginning of exactly one row label (`5.属于三类内部事`, the rest
 * wrapped to the lines below); null for text without numbering or a group label.
 */
function rowStart(l: LabelToken): RowStart | null {
  const { numbering, clean } = cleanLabel(l.text);
  if (!numbering) return null;
  const role = classify(l, { rowsSoFar: 1, lastKey: null });
  if (role.role === 'row') return role;
  if (role.role === 'group' || clean.length < MIN_LABEL_START) return null;
  let found: RowStart | null = null;
  for (const r of NUMBERED_ROWS) {
    if (r.numbering?.style !== numbering.style || r.numbering.value !== numbering.value || !r.clean.startsWith(clean)) continue;
    if (found && found.key !== r.key) return null;
    found = { key: r.key, matched: r.matched, how: 'keyword' };
  }
  return found;
}

/**
 * The data row whose label, numbered `numbering`, begins with `clean`: its key; `undefined` when it
 * begins none, null when it begins the labels of two rows.
 */
function numberedRowBegun(numbering: HeadingNumber, clean: string): string | null | undefined {
  let found: string | undefined;
  for (const r of NUMBERED_ROWS) {
    if (r.numbering?.style !== numbering.style || r.numbering.value !== numbering.value || !r.clean.startsWith(clean)) continue;
    if (found !== undefined && found !== r.key) return null;
    found = r.key;
  }
  return found;
}

/**
 * For {@link decideLabelBegunBefore}: the row (`t3.` address prefix) a numbered label begins; null
 * for numbered text beginning no row or several, and for a row's or group's label; undefined for a
 * piece of a wrapped label (unnumbered text that names no row).
 */
function rowBegunBy(l: LabelToken): string | null | undefined {
  const { numbering, clean } = cleanLabel(l.text);
  if (numbering) {
    if (clean.length < MIN_UNNAMED_ROW_WORDS) return null;
    // (or of a shortened label's: `5.要求确认或`, words of `5.要求行政机关确认或…` left out)
    const key = numberedRowBegun(numbering, clean) ?? SHORTENED.beginningOf(l.text);
    return typeof key === 'string' ? `t3.${key}` : null;
  }
  return classify(l, { rowsSoFar: 1, lastKey: null }).role === 'other' ? undefined : null;
}

/** Whether a segmentation holds each data row of its version exactly once (and no other row). */
function holdsEveryDataRow(seg: Segmentation<string>, prior: TemplateVersion | null): boolean {
  const keys = table3DataRowKeys(versionOfRows(seg) ?? prior ?? LATEST_TEMPLATE_VERSION);
  if (seg.rows.length !== keys.length) return false;
  const seen = new Set(seg.rows.map((r) => r.key));
  return seen.size === keys.length && keys.every((k) => seen.has(k));
}

/** Equations of table 三 that hold and fail under a segmentation (rows read by position when they have seven cells). */
function failingEquations(seg: Segmentation<string>, prior: TemplateVersion | null): { holds: number; fails: number } {
  const version = versionOfRows(seg) ?? prior ?? LATEST_TEMPLATE_VERSION;
  const cells = new Map<string, Operand>();
  for (const r of seg.rows) {
    const items = r.evidence.items;
    if (items.length !== NCOLS) continue;
    const targets = targetsOf(r.key);
    // (the last column's address: a row of this key set already)
    if (cells.has((targets[NCOLS - 1] as ColumnTarget).address)) continue;
    items.forEach((it, j) => cells.set((targets[j] as ColumnTarget).address, it.token.kind === 'value' ? it.token.content.value : 'blank'));
  }
  return tallyRelations(table3Relations(version), (a) => cells.get(a) ?? null, blankCountsAsZero);
}

/**
 * Reads table 三 from tokens in the order the ownership repair decided; `ordinary`: that order is
 * numbers after their labels, decided (rows may then go on over several lines, `row-continuation.ts`).
 */
function readReading(
  ctx: Reporter,
  tokens: readonly TableToken[],
  prior: TemplateVersion | null,
  blocks: BlockStreamDecision,
  ordinary: boolean,
  vanish: { shown: boolean },
  options: ReadingOptions,
  segmented?: Segmentation<string>,
  dealt?: true,
  dealtReadings?: ReadonlyMap<RowSegment<string>, RowItem[][]>,
): Table3Result {
  const baseline = blocks.blockStream ? blocks.baseline : gapBaseline(tokens);
  const lossShows = gapsShowLoss(tokens, baseline);
  // (the ownership repair's segmentation of the same tokens, when it made one with the same baseline)
  const seg = segmented && (baseline === 0 || dealt) ? segmented : segmentRows<string>(tokens, classify, baseline);
  const budget = WorkBudget.forTable(tokens.length);

  const fromRows = versionOfRows(seg);
  const version: TemplateVersion = fromRows ?? prior ?? LATEST_TEMPLATE_VERSION;
  if (!fromRows) ctx.report('version-assumed', { target: TABLE_NAMES.t3, expected: version, path: 't3' });

  const def = table3Definition(version);
  const table = { version } as unknown as Record<string, unknown>;
  let hasContent = false;
  const dataRowKeys = table3DataRowKeys(version);
  // Two rows whose numbers `pdftotext -layout` wrote on alternating lines after their labels; where
  // either turn of the lines reads both rows, each row's items by both turns (read below, the cells
  // on which the turns differ ambiguous).
  // (a table settled as segmented, every row's cells on its label's line: none of the four line
  // repairs below has a row to act on, `settledOnLabelLines`, so none runs)
  const settledAsRead = settledOnLabelLines(seg, NCOLS, dataRowKeys);
  const eitherTurn = new Map<RowSegment<string>, RowItem[][]>();
  if (!settledAsRead) readAlternatingRows(seg, tokens, new Set(dataRowKeys), NCOLS, eitherTurn);
  // Two rows whose numbers came out one line down (the first row's label alone on its line): each
  // row's items from either line (`numbers-line-down.ts`), read below as the turns above are.
  const lineDown = new Set(settledAsRead ? [] : readNumbersLineDown(seg, tokens, dataRowKeys, NCOLS, eitherTurn).flat());
  // A row whose numbers came out on the line right above its wrapped label, beside a group label's
  // piece, after the row before it (`numbers-line-above.ts`): the line is the row's.
  const dataRowSet = new Set(dataRowKeys);
  const begunRow = (l: LabelToken): string | null | undefined => {
    const begun = rowBegunBy(l);
    return typeof begun === 'string' ? begun.slice('t3.'.length) : begun;
  };
  if (!settledAsRead) readNumbersLineAbove(seg, tokens, dataRowKeys, NCOLS, begunRow);
  // A row found by a later piece of its wrapped label, holding no number, the line of numbers beside
  // its label's numbered beginning held by no row as its own (`label-begun-empty.ts`): the line is the row's.
  if (!settledAsRead) readLabelBegunEmpty(seg, tokens, dataRowSet, NCOLS, begunRow);
  // Rows whose numbers go on over the lines after their first (plain pdftotext without blank lines);
  // only a row with numbers beyond its first line (overflow) can be one.
  const continued =
    ordinary && seg.rows.some((r) => r.overflow.length > 0)
      ? decideRowContinuation(
          seg,
          NCOLS,
          new Set(dataRowKeys),
          (key, items) => (items.length === NCOLS ? rowSumHolds(key, items, version) : someBlankPlacementHolds(items, budget)),
          MAX_VANISHED,
          tokens.filter((t) => t.kind === 'label' && cleanLabel(t.text).numbering !== null).map((t) => t.start),
          tokens.filter((t): t is LabelToken => t.kind === 'label' && rowStart(t) !== null).map((t) => t.start),
        )
      : [];
  applyRowContinuation(seg, continued);
  for (const c of continued)
    ctx.report('row-continued', {
      target: TABLE_NAMES.t3,
      detail: labelText(c.segment),
      path: `t3.${c.segment.key}`,
      location: ctx.location(c.segment.label.start, c.segment.label.end),
    });
  // A settled table (`settled.ts`): every row whole on its own line, nothing unclaimed, every
  // equation holding. No repair below has evidence to act on, so none runs.
  // (settled as read: no repair above changed the segmentation, so its rows are settled still)
  const settled = ordinary && (settledAsRead || settledRows(seg, NCOLS, dataRowKeys)) && settledTableHolds(seg, version, dataRowKeys);
  const displaced: RowItem[] = [];
  // The segmentation as read, for the ordered-values repair (below), which decides on it: the
  // floating-label pairing, when it places nothing, changes it only by giving rows new evidence
  // (never in place), so each row's evidence as read is all there is to keep.
  const evidenceAsRead = seg.rows.map((r) => r.evidence);
  // Numbers standing alone (a lone line, or the only number a floating label caught): the only
  // unplaced numbers that may be a value moved out of its cell.
  const isolated = new Set<RowItem>();
  for (const o of seg.orphanRows) if (o.items.length === 1) isolated.add(o.items[0] as RowItem);
  const resolved = settled ? new Set<RowItem>() : resolveOrphanRows(ctx, seg, dataRowKeys, version, displaced, isolated);
  // Numbers kept in the template's row order while wrapped labels floated (plain pdftotext): where
  // the floating-label pairing above paired nothing, the rows between anchored rows take the numbers between
  // them, by count and arithmetic, decided on the segmentation as read.
  const ordered = new Map<RowSegment<string>, RowItem[][]>();
  if (resolved.size === 0 && !settled) {
    // (the segmentation as read is put back only while the repair decides, and only when it changed)
    const changed = seg.rows.some((r, i) => r.evidence !== evidenceAsRead[i]);
    const now = changed ? snapshotSegmentation(seg) : null;
    if (changed) seg.rows.forEach((r, i) => (r.evidence = evidenceAsRead[i] as RowEvidence));
    const decision = decideOrderedValues(
      seg,
      dataRowKeys,
      NCOLS,
      (key, items) => rowSumOutcome(key, items, version),
      tableHoldsWith(seg, version),
      budget,
    );
    now?.restore();
    if (decision) {
      applyOrderedValues(ctx, 't3', seg, decision, ordered);
      // Numbers the floating-label pairing handed back that the decision placed are no longer unplaced.
      let kept = 0;
      for (const item of displaced) if (!decision.consumed.has(item)) displaced[kept++] = item;
      displaced.length = kept;
    }
  }
  // Labels stacked apart from their rows of numbers (plain pdftotext): the run is cut by the count
  // and the row sums, and each row keeps the cuts the table's equations allow it.
  const stacked = new Map<RowSegment<string>, RowItem[][]>();
  if (!settled)
    applyStackedRows(
      ctx,
      't3',
      seg.rows,
      dataRowKeys,
      NCOLS,
      (key, items) => rowSumHolds(key, items, version),
      tableHoldsWith(seg, version),
      budget,
      stacked,
    );
  // Two adjacent rows whose numbers came out interleaved (plain pdftotext of a LibreOffice print):
  // split by the count, the row sums and the table's equations, decided by rows read on their own;
  // a window decided may decide the next (up to one pass per row).
  const taken = new Set<RowSegment<string>>();
  for (const [r, cuts] of [...stacked, ...ordered]) if (cuts.length > 1) taken.add(r);
  // (rows some repair read already: the tail repair leaves them alone)
  const alreadyRead = new Set<RowSegment<string>>([...stacked.keys(), ...ordered.keys()]);
  // What the window repairs (interleaved rows, column tail) work from; a fresh judge each time
  // (it reads the rows' evidence at its first judgement, and a repair changes that evidence).
  const windowInput = (leftAlone: ReadonlySet<RowSegment<string>>): RowWindowInput<string> => ({
    table: 't3',
    rows: seg.rows,
    dataRows: dataRowKeys,
    ncols: NCOLS,
    rowHolds: (key, items) => rowSumHolds(key, items, version),
    judge: judgeWindowWith(seg, version, taken),
    budget,
    taken: leftAlone,
    addressesOf: (key) => targetsOf(key).map((t) => t.address),
  });

  for (let pass = 0; !settled && pass < seg.rows.length; pass++) {
    const decided = applyInterleavedRows(ctx, windowInput(taken));
    for (const d of decided) for (const r of d.rows) alreadyRead.add(r.segment);
    if (decided.length === 0) break;
  }
  // The last rows' right-hand columns printed after the last label (plain pdftotext of a Chromium
  // print): read by the count, the lines and the arithmetic, unless a number of theirs was paired already.
  const tailRows = new Map<RowSegment<string>, RowItem[][]>();
  const columnTail =
    settled || seg.rows.some((r) => r.overflow.some((i) => resolved.has(i)))
      ? null
      : applyColumnTail(ctx, windowInput(alreadyRead), tailRows);
  // Column spans from character positions (pdftotext -layout), from the complete rows near a row.
  // (a settled table's rows are whole: placement asks for no grid)
  const gridNear = settled
    ? () => null
    : gridsNear(
        seg.rows.map((r) => r.evidence.items),
        NCOLS,
        numberLines(tokens),
        options.pagesOnOneGrid === true,
      );
  // Blanks read as unknown counts (`unknown-blanks.ts`) only where a number cannot have been lost:
  // the whole table on one line (crawler text), with no digits the tokens left inside label text
  // (`3,12315,548`: two numbers run together that are no number, cells nobody read). A PDF's text
  // may drop or move a number, and a row short of one there did not lose a blank.
  // (the source line: crawler text is cut into pieces at the structure it holds, `outline/run-on.ts`)
  const lead = tokens.find((t) => t.kind !== 'break');
  let tail: TableToken | undefined;
  for (let k = tokens.length - 1; k >= 0 && !tail; k--) if ((tokens[k] as TableToken).kind !== 'break') tail = tokens[k];
  // (read only where the table is not settled)
  const onOneSourceLine =
    !settled &&
    lead !== undefined &&
    tail !== undefined &&
    ctx.location(lead.start, lead.end).line === ctx.location(tail.start, tail.end).line;
  const oneLine = !settled && onOneSourceLine && !tokens.some((t) => t.kind === 'label' && UNREAD_DIGITS_RE.test(cleanLabel(t.text).clean));
  // (numbers wrapped inside narrow cells, read by the digit-run search: the lines they take)
  const unwrapped = new Set<RowItem>();
  const belowBand = new Map<RowSegment<string>, RowItem[]>();
  // (rows whose readings the digit search could not complete: no cell of theirs is stated)
  const unproven = new Set<RowSegment<string>>();
  const readings = settled
    ? new Map<RowSegment<string>, RowItem[][]>()
    : readDigitRuns(
        ctx,
        seg,
        dataRowKeys,
        version,
        budget,
        oneLine,
        vanish,
        { resolved, taken: unwrapped, belowBand },
        unproven,
        {
          rows: eitherTurn,
          byLine: lineDown,
        },
        options.pagesOnOneGrid === true,
        textByLine(tokens),
      );
  // (rows on alternating lines read either way that the search did not read: every reading of both turns)
  // (rows whose numbers may stand a line down that the search did not read: no cell of theirs is stated)
  for (const [r, turns] of eitherTurn) {
    if (readings.has(r)) continue;
    readings.set(r, turnReadings(turns, budget)?.map(unconfirmedBlanks) ?? []);
    if (lineDown.has(r)) unproven.add(r);
  }
  // (a deal that lost blank cells: each row's readings that keep every equation)
  if (dealtReadings) for (const [r, cuts] of dealtReadings) if (!readings.has(r)) readings.set(r, cuts);
  for (const [r, cuts] of stacked) if (!readings.has(r)) readings.set(r, cuts);
  for (const [r, cuts] of tailRows) if (!readings.has(r)) readings.set(r, cuts);
  for (const [r, cuts] of ordered) if (!readings.has(r)) readings.set(r, cuts);
  // A row read from its pieces over several lines, right after a row label that took no number:
  // a line of its numbers may be that row's (`pdftotext -layout` files a row's numbers between the
  // lines of the next row's wrapped label). Without that line, a whole row that keeps its sum is one
  // more reading (the cells the readings give differently are ambiguous; the empty row stays missing).
  if (!settled) for (const [r, kept] of withLineOfEmptyRowBefore(seg, dataRowKeys, readings, version)) readings.set(r, kept);
  // A whole row mixing the column grids of the rows above and below it (pdftotext -layout): its
  // cells in doubt between the printed order and the columns' order, unless the row sum keeps one.
  // (not in a table on one source line, crawler text cut into pieces at its labels: a number's
  // character column there is the length of its row's label and numbers before it, no column of a page)
  if (!settled && !onOneSourceLine) {
    const rowItems = seg.rows.map((r) => r.evidence.items);
    for (const [k, columns] of mixedGridRows(rowItems, NCOLS)) {
      const r = seg.rows[k] as RowSegment<string>;
      if (readings.has(r) || !dataRowKeys.includes(r.key)) continue;
      const printed = [...r.evidence.items];
      const placed = new Array<RowItem>(NCOLS);
      printed.forEach((it, i) => (placed[columns[i] as number] = it));
      const kept = [printed, placed].filter((reading) => rowSumHolds(r.key, reading, version));
      readings.set(r, kept.length === 1 ? kept : [printed, placed]);
    }
    // A whole row printed off the grid of the rows near it (pdftotext -layout, after a page break):
    // its readings are the orders of its blocks that keep the row sum (`off-grid-rows.ts`).
    // A row whose last cell stands past the table's right edge on its page: its readings put that
    // cell before each of the others in turn, kept unless the row sum refutes them (a blank total
    // leaves the sum unknown; `past-edge-rows.ts`).
    const rawOf = (reading: readonly RowItem[]): string => reading.map((it) => (it.token.kind === 'value' ? it.token.raw : '')).join('|');
    const holds = (key: string, reading: readonly RowItem[]): boolean => rowSumHolds(key, reading, version);
    const unrefuted = (key: string, reading: readonly RowItem[]): boolean => rowSumOutcome(key, reading, version) !== 'fails';
    const reordered = [
      ...[...offGridRows(rowItems, NCOLS)].map(([k, orders]) => ({ k, orders, keeps: holds })),
      ...[...pastEdgeRows(rowItems, NCOLS)].map(([k, orders]) => ({ k, orders, keeps: unrefuted })),
    ];
    for (const { k, orders, keeps } of reordered) {
      const r = seg.rows[k] as RowSegment<string>;
      if (readings.has(r) || !dataRowKeys.includes(r.key)) continue;
      const all = orders.map((o) => o.map((i) => r.evidence.items[i] as RowItem));
      const kept = all.filter((reading) => keeps(r.key, reading));
      const chosen = kept.length > 0 ? kept : all;
      // (every reading kept states the printed values: nothing in doubt)
      const printed = rawOf(r.evidence.items);
      if (chosen.every((reading) => rawOf(reading) === printed)) continue;
      readings.set(r, chosen);
    }
  }
  // A short row whose numbers may stand after the next row's label (blanks that vanished): the
  // readings that keep the arithmetic either way are both kept (`repairs/spilled-values.ts`).
  // (blanks vanish: no blank marker, no gap showing a lost cell, no position grid)
  const vanishing = !settled && !lossShows && !tokens.some((t) => t.kind === 'blank') && !seg.rows.some((r) => r.evidence.grid);
  if (!settled)
    applySpilledValues(
      ctx,
      't3',
      {
        rows: seg.rows,
        dataRows: dataRowKeys,
        ncols: NCOLS,
        blanksVanish: blocks.blockStream && vanishing,
        blocksSetOff: (blocks.blockStream || baseline >= 1) && vanishing,
        vanishedAtMost: NCOLS * dataRowKeys.length - tokens.filter((t) => t.kind === 'value').length,
        readings,
        rowSum: (v) => v.slice(0, NCOLS - 1).reduce<number>((x, y) => x + (y ?? 0), 0) === (v[NCOLS - 1] ?? 0),
        tableHolds: tableHoldsWith(seg, version),
      },
      readings,
    );
  // A whole row right before a short row's label, whose numbers may be that row's (printed before
  // its label): kept only as candidates (`repairs/shifted-rows.ts`).
  if (!settled)
    applyShiftedRows(
      ctx,
      't3',
      {
        rows: seg.rows,
        dataRows: dataRowKeys,
        ncols: NCOLS,
        unpositioned: !tokens.some((t) => t.kind === 'blank') && !seg.rows.some((r) => r.evidence.grid),
        tokens,
        rowHolds: (key, items) => rowSumHolds(key, items, version),
        tableHolds: tableHoldsWith(seg, version),
        unknownRow: (like) => unconfirmedBlanks(Array.from({ length: NCOLS }, () => blankLike(like))),
      },
      readings,
    );
  // A row whose label took whole rows of numbers more than its own, more than the rows up to the
  // next row holding numbers: that row's own may be among them (`repairs/surplus-reach.ts`).
  if (!settled)
    applySurplusReach(
      ctx,
      't3',
      { rows: seg.rows, dataRows: dataRowKeys, ncols: NCOLS, read: readings, rowHolds: (key, items) => rowSumHolds(key, items, version) },
      readings,
    );
  const unplaced = [...seg.orphans.filter((i) => !resolved.has(i)), ...displaced];

  for (const g of seg.groups) for (const item of g.items) unplaced.push(item);

  // Placements first, cells after: a value a converter moved out of its cell can then be put back
  // (recoverDisplaced) before the row diagnostics are written.
  const built: { rowDef: Table3RowDefinition; targets: readonly ColumnTarget[]; chosen: RowSegment<string>; placement: RowPlacement }[] =
    [];
  const rowsByKey = segmentsByKey(seg.rows);
  for (const rowDef of def.rows) {
    const rowAddress = `t3.${rowDef.key}`;
    const candidates = rowsByKey.get(rowDef.key) ?? [];
    if (rowDef.type === 'group') {
      for (const r of candidates) {
        if (r.evidence.items.some((i) => i.token.kind === 'value')) {
          ctx.report('group-has-values', { detail: r.label.text, path: rowAddress, location: ctx.location(r.label.start, r.label.end) });
          for (const item of r.evidence.items) unplaced.push(item);
        }
      }
      continue;
    }
    const targets = targetsOf(rowDef.key);
    const chosen = chooseSegment(ctx, candidates, rowAddress);
    if (!chosen) {
      ctx.report('row-missing', {
        target: TABLE_NAMES.t3,
        detail: rowDef.label,
        path: rowAddress,
        addresses: targets.map((t) => t.address),
      });
      setPath(table, rowDef.key, rowOf(targets.map(() => missingCell())));
      continue;
    }
    noteMatch(ctx, chosen, rowDef.label);
    const alternatives = readings.get(chosen);
    // (a row read by its band's deals: its items past the band's end are no cell of it)
    if (alternatives) for (const item of belowBand.get(chosen) ?? []) if (!alternatives.some((a) => a.includes(item))) unplaced.push(item);
    const first = chosen.evidence.items[0];
    // (placement reads the grid only for a row with fewer items than columns)
    const near = first && chosen.evidence.items.length < NCOLS ? gridNear(first.token.line) : null;
    // (not where the grid leaves the total empty and the row adds up with its last number as the total)
    const grid = near && !totalLeftOut(chosen.evidence.items, near, NCOLS) ? near : null;
    // (a row's gaps anchor its ends only where they show every cell it lost, even in a table whose
    // gaps show other rows' lost cells: plain pdftotext prints a row's cells elsewhere in its order)
    const placement = alternatives ? placeReadings(alternatives, NCOLS) : placeRow(NCOLS, evidenceFor(chosen.evidence, true, grid));
    if (unproven.has(chosen)) placement.columns = placement.columns.map(candidateOnly);
    if (neitherOrderHolds(rowDef.key, placement, version)) {
      const stated = targets.filter((_, j) => ['value', 'blank'].includes((placement.columns[j] as Placement).status));
      if (stated.length > 0)
        ctx.report('equation-unkept', {
          target: TABLE_NAMES.t3,
          detail: ROW_SUM_RULE,
          path: rowAddress,
          addresses: stated.map((t) => t.address),
        });
    }
    if (chosen.evidence.items.length > 0) hasContent = true;
    for (const item of chosen.overflow.filter((i) => !resolved.has(i) && !unwrapped.has(i))) unplaced.push(item);
    built.push({ rowDef, targets, chosen, placement });
  }
  let stillUnplaced = unplaced;
  if (unplaced.some((i) => i.token.kind === 'value')) {
    // Only a table with numbers no row claims can have a displaced value (most tables have none).
    const byAddress = new Map<string, Placement>();
    for (const b of built) b.targets.forEach((t, j) => byAddress.set(t.address, b.placement.columns[j] as Placement));
    const decisions = decideDisplacedValues(byAddress, table3Relations(version), unplaced, isolated, blankCountsAsZero);
    stillUnplaced = applyDisplacedValues(ctx, byAddress, decisions, unplaced);
    for (const { targets, placement } of built) placement.columns = targets.map((t) => byAddress.get(t.address) as Placement);
  }
  // Numbers no row claims right before a row label: that row may own them (printed before its label).
  if (!settled) contestUnownedBefore(ctx, seg, built, readings, stillUnplaced, dataRowKeys, version, tokens);
  // A row label that took no numbers, right before a label whose numbers stand below it: either row may own them.
  const contested = settled
    ? []
    : contestEmptyRowBefore(ctx, seg, built, readings, dataRowKeys, version, tokens, options.measuredLines === true);
  // A row whose numbers stand after another row's numbered label piece on their line: either row's.
  if (!settled) contestNumberedPiece(ctx, built, tokens, version);
  // A row whose numbers follow its label right after another printing of another row's label: either row's.
  if (!settled) contestRepeatedLabelBefore(ctx, built, readings, tokens, options.measuredLines === true);
  // A line of unclaimed digits beside a row: the ends of its numbers wrapped in their cells?
  const pieceDecisions = contestWrappedPieces(ctx, built, stillUnplaced, version);
  const unclaimedAt = stillUnplaced.flatMap((i) => (i.token.kind === 'value' ? [i.token.start] : []));
  // A short row with unclaimed numbers after it: its own may be among them.
  const beside = settled
    ? []
    : shortRowsBeside(
        built
          .filter((b) => !readings.has(b.chosen))
          .map((b) => ({
            key: b.rowDef.key,
            labelStart: b.chosen.label.start,
            lastEnd: b.chosen.evidence.items.reduce((a, i) => Math.max(a, i.token.end), b.chosen.label.end),
            short: b.chosen.evidence.items.length < NCOLS,
            belowLabel: b.chosen.evidence.items.length > 0 && !onLabelLine(b.chosen),
          })),
        unclaimedAt,
        NCOLS,
      );
  // A row not found, and numbers no row claims on the far side of its neighbour: the neighbour's may be its.
  // (a printed blank marker is a cell of such a row as much as a number: `— 0 46 21 0 — 67`)
  const unclaimedCellsAt = stillUnplaced.map((i) => i.token.start);
  const foundAt = new Map(built.map((b) => [b.rowDef.key, b]));
  const besideMissing = rowsBesideMissing(
    dataRowKeys.map((key) => {
      const b = foundAt.get(key);
      return { key, labelStart: b?.chosen.label.start ?? null, empty: b?.placement.columns.every((c) => c.status === 'missing') };
    }),
    unclaimedCellsAt,
    NCOLS,
  );
  // A full row of zeros below its label just before a row not found, or in a table that left zeros unplaced
  // (fewer than a row): the lost row's zeros, or the unplaced zeros' rows', may be among its.
  const zerosBeforeMissing = settled
    ? []
    : zeroRowsBeforeMissing(
        dataRowKeys.map((key) => {
          const b = foundAt.get(key);
          const items = b?.chosen.evidence.items ?? [];
          const [first, last, labelEnd] = [items[0]?.token.start, items[items.length - 1]?.token.start, b?.chosen.label.end];
          return {
            key,
            found: b !== undefined,
            empty: items.length === 0,
            full: items.length === NCOLS && items.every((i) => i.token.kind === 'value'),
            allZero: allZeros(items),
            belowLabel: b !== undefined && items.length > 0 && !onLabelLine(b.chosen),
            // (label text between its numbers, or its numbers begun among its own label's pieces and gone on past them)
            split:
              first !== undefined &&
              last !== undefined &&
              labelEnd !== undefined &&
              (tokens.some((t) => t.kind === 'label' && t.start > first && t.start < last) || (first < labelEnd && last > labelEnd)),
            inLabel: first !== undefined && labelEnd !== undefined && first < labelEnd,
          };
        }),
        // (where the numbers are blocks of one number each, in an order of the tool's: an Office print's plain
        // text; a block stream's runs of numbers hold rows' cells together)
        !blocks.blockStream &&
          blocksOfOne(tokens) &&
          strayZerosLeft(
            stillUnplaced.flatMap((i) => (i.token.kind === 'value' ? [i.token.content.value] : [])),
            NCOLS,
          ),
      );
  // A short row holding a lone piece of digits under a number no row states (unclaimed, or held by
  // a row that states no cell of it): the tail of that number wrapped in its narrow cell may be all
  // the row holds (`repairs/piece-under-unclaimed.ts`).
  const tokensOnLine = new Map<number, number>();
  for (const t of tokens) if (t.kind !== 'break') tokensOnLine.set(t.line, (tokensOnLine.get(t.line) ?? 0) + 1);
  const pieceUnder = settled
    ? []
    : shortRowsWithPieceUnder(
        built.filter((b) => !readings.has(b.chosen)).map((b) => ({ key: b.rowDef.key, items: b.chosen.evidence.items, cells: NCOLS })),
        stillUnplaced.concat(heldUnstated(built.map((b) => ({ items: b.chosen.evidence.items, placement: b.placement })))),
        (item) => tokensOnLine.get(item.token.line) === 1,
      );
  // (either way, the row's stated numbers are candidates only)
  for (const b of built)
    if (
      beside.includes(b.rowDef.key) ||
      besideMissing.includes(b.rowDef.key) ||
      zerosBeforeMissing.includes(b.rowDef.key) ||
      pieceUnder.includes(b.rowDef.key)
    )
      b.placement.columns = b.placement.columns.map(candidateOnly);
  // Rows whose pieces keep their sums several ways: the column equations choose (`repairs/pieces-by-columns.ts`;
  // not a row whose numbers were just made candidates, another row's maybe).
  const doubted = new Set([...beside, ...besideMissing, ...zerosBeforeMissing, ...pieceUnder]);
  choosePiecesByColumns(
    built,
    pieceDecisions.filter((d) => !doubted.has(d.row)),
    version,
    dataRowKeys,
  );
  // Block streams: a row stated from several blocks keeps its order only where the arithmetic confirms it.
  // Cells of a row on several lines keep the lines' order only where the text keeps the page's
  // order: not in a block stream, nor where labels broke over lines inside their cells (a PDF's
  // text laid out by a renderer, whose blocks come in an order of the tool's own; a cell per
  // paragraph, every gap accounted for, is the page's order).
  const labelsBroken =
    options.paragraphCells !== true && !tokens.some((t) => t.inRow === true) && seg.rows.some((r) => r.labels.length > 1);
  if (blocks.orderUnproven || labelsBroken || continued.length > 0)
    reportBlockOrder(
      ctx,
      't3',
      built.map((b) => ({ row: `t3.${b.rowDef.key}`, targets: b.targets, placement: b.placement })),
      table3Relations(version),
      blankCountsAsZero,
      budget,
    );
  // A row that printed no number, in text laid out by position: blank where the whole table
  // accounts for every number and its equations hold with the row blank (`empty-rows-blank.ts`).
  const blankRows = decideEmptyRowsBlank(
    built.map((b) => ({
      key: b.rowDef.key,
      addresses: b.targets.map((t) => t.address),
      segment: b.chosen,
      placement: b.placement,
      read: readings.has(b.chosen),
    })),
    dataRowKeys,
    table3Relations(version),
    tokens,
    stillUnplaced.some((i) => i.token.kind === 'value'),
    blocks.blockStream,
    contested,
  );
  for (const b of built) {
    if (!blankRows.includes(b.rowDef.key)) continue;
    const at = b.chosen.label;
    const blank: BlankToken = { kind: 'blank', raw: '', start: at.end, end: at.end, line: at.line, gapBefore: 0, lineStart: false };
    b.placement.columns = b.targets.map((): Placement => ({ status: 'blank', token: blank }));
    reportAtRowLabel(ctx, 'blank-by-position', b.rowDef.key, at);
  }
  // The last row's numbers after its label, right after a short row, where blanks vanish: they may
  // hold that row's right-hand columns (`repairs/tail-after-short-row.ts`).
  const lastAfterShort =
    settled || columnTail
      ? null
      : decideTailAfterShortRow({
          rows: seg.rows,
          dataRows: dataRowKeys,
          ncols: NCOLS,
          blanksVanish: !tokens.some((t) => t.kind === 'blank') && !seg.rows.some((r) => r.evidence.grid),
        });
  for (const { rowDef, targets, chosen, placement } of built) {
    const cells = buildRowCells(ctx, placement, targets, `t3.${rowDef.key}`, labelText(chosen), chosen.label);
    setPath(table, rowDef.key, rowOf(cells));
    const named = lastAfterShort?.last === chosen ? targets.filter((_, j) => cells[j]?.status === 'value').map((t) => t.address) : [];
    if (lastAfterShort && named.length > 0)
      ctx.report('numbers-may-be-row-before', {
        target: TABLE_NAMES.t3,
        detail: `${lastAfterShort.short.label.text} / ${chosen.label.text}`,
        path: `t3.${rowDef.key}`,
        addresses: named,
      });
  }
  reportUnplaced(ctx, 't3', stillUnplaced);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first && last) (table as { location?: unknown }).location = ctx.location(first.start, last.end);
  return {
    table: table as unknown as Table3,
    hasContent,
    ...(columnTail ? { tailRead: new Set([...columnTail.consumed].map((i) => i.token.start)) } : {}),
  };
}

/**
 * The rows read from several readings (pieces over several lines) right after a row label of the
 * template's previous row that took no number, each with its readings and one more: its items
 * without one line of them, where exactly a row's numbers are left and they keep the row sum.
 */
function withLineOfEmptyRowBefore(
  seg: Segmentation<string>,
  dataRows: readonly string[],
  readings: ReadonlyMap<RowSegment<string>, RowItem[][]>,
  version: TemplateVersion,
): Map<RowSegment<string>, RowItem[][]> {
  const out = new Map<RowSegment<string>, RowItem[][]>();
  for (let k = 1; k < seg.rows.length; k++) {
    const r = seg.rows[k] as RowSegment<string>;
    const before = seg.rows[k - 1] as RowSegment<string>;
    const cuts = readings.get(r);
    if (!cuts || before.evidence.items.length > 0 || dataRows.indexOf(before.key) !== dataRows.indexOf(r.key) - 1) continue;
    const items = r.evidence.items;
    const lines = [...new Set(items.map((i) => i.token.line))];
    if (lines.length < 2 || items.length <= NCOLS) continue;
    const more: RowItem[][] = [];
    for (const line of lines) {
      const rest = items.filter((i) => i.token.line !== line);
      if (rest.length === NCOLS && rowSumHolds(r.key, rest, version)) more.push(rest);
    }
    if (more.length > 0) out.set(r, [...cuts, ...more]);
  }
  return out;
}

/**
 * {@link tableHoldsWith} with no row read otherwise, for a table whose structure is settled
 * (`settled.ts`: each data row once, whole): no equation fails with a blank counted as in
 * validation, and no result cell stands above its column's total. The same verdict, worked on a
 * vector of the cells with the equations compiled once per version (the check by address cost more
 * than the repairs it lets the reader skip).
 */
function settledTableHolds(seg: Segmentation<string>, version: TemplateVersion, dataRows: readonly string[]): boolean {
  const rowIndex = new Map(dataRows.map((r, i) => [r, i]));
  // (plain arrays: a typed array's buffer costs more to allocate than this check reads)
  const cells = new Array<number>((dataRows.length + 1) * NCOLS).fill(Number.NaN);
  const totals = new Array<number | null>(NCOLS).fill(null);
  for (const r of seg.rows) {
    const at = rowIndex.get(r.key);
    if (at === undefined) continue;
    const targets = targetsOf(r.key);
    r.evidence.items.forEach((i, c) => {
      const t = i.token;
      if (t.kind === 'value') cells[at * NCOLS + c] = t.content.value;
      else if (!t.uncertain && blankCountsAsZero((targets[c] as ColumnTarget).address)) cells[at * NCOLS + c] = 0;
      if (r.key === TOTAL_ROW && t.kind === 'value') totals[c] = t.content.value;
    });
  }
  const indexOf = (address: string): number => {
    const at = cellOf(address);
    return (rowIndex.get(at.row) ?? dataRows.length) * NCOLS + at.column;
  };
  for (const rel of compiledRelations(version, 'all', indexOf)) if (evaluateCompiled(rel, cells) === 'fails') return false;
  // (the bound of `totalBoundsHold`, on the numbers as read: a blank is no number above a total)
  for (const r of seg.rows) {
    if (!r.key.startsWith(RESULTS_PREFIX) || r.key === TOTAL_ROW || !rowIndex.has(r.key)) continue;
    for (let c = 0; c < NCOLS; c++) {
      const t = (r.evidence.items[c] as RowItem).token;
      const total = totals[c];
      if (t.kind === 'value' && total !== null && total !== undefined && t.content.value > total) return false;
    }
  }
  return true;
}

/** The results total's row key, and the prefix of the result rows' keys (as in `repairs/total-bounds.ts`). */
const TOTAL_ROW = 'results.total';
const RESULTS_PREFIX = 'results.';

/**
 * The result row or group each bracketed list marker of table 三 numbers (`（六）` → `results.otherHandling`,
 * a row in 2019 and a group in 2021), across the registered versions; a marker numbering different keys
 * in two versions is left out (no scope is known for it).
 */
const MARKER_SCOPES: ReadonlyMap<number, string> = (() => {
  const out = new Map<number, string | null>();
  for (const r of REGISTERED_VERSIONS.flatMap((v) => table3Definition(v).rows)) {
    const n = cleanLabel(r.label.normalize('NFKC')).numbering;
    if (n?.style !== 'cnParen' || n.value === null || !r.key.startsWith(RESULTS_PREFIX)) continue;
    const had = out.get(n.value);
    out.set(n.value, had === undefined || had === r.key ? r.key : null);
  }
  const scopes = new Map<number, string>();
  for (const [v, k] of out) if (k !== null) scopes.set(v, k);
  return scopes;
})();

/**
 * Characters of words after a data-row list marker (`1.`) for an unrecognised label to be read as a
 * row of its own ({@link LabelRole}'s `startsRow`): a marker with a word or two after it is the
 * start of a row label, not a stray number or a wrapped piece of another label.
 */
const MIN_UNNAMED_ROW_WORDS = 2;

function classify(label: LabelToken, state: { rowsSoFar: number; lastKey: string | null }): LabelRole<string> {
  const { numbering, clean } = cleanLabel(label.text);
  if (clean === '') return { role: 'other' };
  const inBody = state.rowsSoFar > 0;
  if (clean === '总计' || clean === '合计') {
    // Right after a head row's label, an unnumbered 总计 is the column header (plain pdftotext
    // prints the first row's tall label among the header words): the 总计 row follows the results.
    if (!numbering && state.lastKey !== null && HEAD_ROWS.has(state.lastKey)) return { role: 'other' };
    if ((numbering?.style === 'cnParen' && numbering.value === 7) || inBody) {
      return { role: 'row', key: 'results.total', matched: '（七）总计', how: 'context' };
    }
    return { role: 'other' };
  }
  if (clean === '其他') {
    if (numbering?.style === 'cnParen' && numbering.value === 6)
      return { role: 'row', key: OTHER_HANDLING, matched: '（六）其他处理', how: 'context' };
    if ((numbering?.style === 'arabic' && numbering.value === 3) || (inBody && state.lastKey?.startsWith(`${OTHER_HANDLING}.`))) {
      return { role: 'row', key: 'results.otherHandling.other', matched: '3.其他', how: 'context' };
    }
    return { role: 'other' };
  }
  const m = matchLabel(clean, CANDIDATES);
  if (!m) {
    // Numbered text starts a row the reader cannot name. A numbered beginning of a row label
    // (`1.属于国家秘`, the rest wrapped below) is that row's, read by the repairs that join or deal
    // it: it ends only an open row of another key (numbers on its line are never the row's before).
    if (!numbering || clean.length < MIN_UNNAMED_ROW_WORDS) return { role: 'other' };
    const begun = numberedRowBegun(numbering, clean);
    // (a bracketed number begins a data row (`（二）部分公`, of （二）部分公开…) or a group's label
    // (`（三）不予公`): only the former is read as a row's beginning, and only of a row that is no
    // group in another version (`（六）其他处`: its first sub-row's numbers may stand on its line))
    // (a bracketed marker before words that begin none of its rows, `（六）申请人无` with the sub-row's
    // `1.` left out: the line is inside the rows that marker numbers, so its numbers are none of an open
    // row outside them)
    if (numbering.style === 'cnParen') {
      if (typeof begun === 'string' && !PARENT_ROWS.has(begun)) return { role: 'other', startsRow: true, begins: begun };
      const scope = begun === undefined && numbering.value !== null ? MARKER_SCOPES.get(numbering.value) : undefined;
      return scope ? { role: 'other', startsRow: true, outside: scope } : { role: 'other' };
    }
    if (numbering.style !== 'arabic') return { role: 'other' };
    if (begun === undefined) return { role: 'other', startsRow: true };
    return begun === null ? { role: 'other' } : { role: 'other', startsRow: true, begins: begun };
  }
  if (GROUP_KEYS.has(m.key)) return { role: 'group', key: m.key };
  return { role: 'row', key: m.key, matched: m.matched, how: m.how };
}

/**
 * Picks the occurrence of a row to use. The first occurrence with values wins; a later
 * occurrence with different values makes the row a `duplicate-row` (reported, first kept).
 */
function chooseSegment(ctx: Reporter, candidates: RowSegment<string>[], rowAddress: string): RowSegment<string> | null {
  if (candidates.length === 0) return null;
  const withItems = candidates.filter((c) => c.evidence.items.length > 0);
  const chosen = withItems[0] ?? (candidates[0] as RowSegment<string>);
  for (const other of withItems.slice(1)) {
    const a = chosen.evidence.items.map((i) => (i.token.kind === 'value' ? i.token.content.value : null)).join(',');
    const b = other.evidence.items.map((i) => (i.token.kind === 'value' ? i.token.content.value : null)).join(',');
    if (a !== b) {
      ctx.report('duplicate-row', {
        detail: other.label.text,
        path: rowAddress,
        location: ctx.location(other.label.start, other.label.end),
      });
    }
  }
  return chosen;
}

function noteMatch(ctx: Reporter, seg: RowSegment<string>, templateLabel: string): void {
  if (seg.how === 'fuzzy') {
    ctx.report('label-fuzzy-match', {
      actual: seg.label.text,
      expected: templateLabel,
      location: ctx.location(seg.label.start, seg.label.end),
    });
  }
}

/** The seven column targets of a row (the same for every report: built once per row key). */
const TARGETS = new Map<string, readonly ColumnTarget[]>();
function targetsOf(rowKey: string): readonly ColumnTarget[] {
  let t = TARGETS.get(rowKey);
  if (!t) {
    t = TABLE3_COLUMNS.map((c) => ({ address: `t3.${rowKey}.${c.key}`, columnLabel: c.label }));
    TARGETS.set(rowKey, t);
  }
  return t;
}

function rowOf(cells: readonly Cell[]): Table3Row {
  const row = {} as Record<string, Cell>;
  TABLE3_COLUMNS.forEach((c, j) => (row[c.key] = cells[j] as Cell));
  return row as unknown as Table3Row;
}

function labelText(seg: RowSegment<string>): string {
  return seg.labels.map((l) => l.text).join('');
}

/**
 * Rows whose label was printed away from their values: a converter that floats labels out of
 * Markdown rows, or plain pdftotext that prints the numbers of tall-label rows before the labels.
 * When the unclaimed value rows (complete rows of seven) are exactly as many as the recognised
 * labels left without values, they are paired: value rows in source order (they keep their order;
 * only labels float) with the waiting labels in template order. While labels float, a label that
 * owns numbers but stands out of template order may have caught another row's numbers; the rows
 * of such an inversion join the pairing (a label sharing a pipe row with its numbers always owns
 * them), and are flagged if it fails. The pairing is kept only if the whole table then adds up
 * where its cells are known (row sums, results total, per-column balance); since the results total
 * checks the set of rows and not which row is which, each pairing is reported as a warning
 * (`row-label-floating`). A floating label that caught a few stray values outside the pipe rows
 * still waits for its row; its stray values are handed back through `displaced` (they become
 * `values-unplaced`), a single one also through `isolated`. Returns the items it placed.
 */
function resolveOrphanRows(
  ctx: Reporter,
  seg: Segmentation<string>,
  dataRows: readonly string[],
  version: TemplateVersion,
  displaced: RowItem[],
  isolated: Set<RowItem>,
): Set<RowItem> {
  const placed = new Set<RowItem>();
  const dataSet = new Set(dataRows);
  // In a Markdown table whose unclaimed values are whole pipe rows, a floating label (outside any
  // pipe row) that caught only a few stray values outside rows is still waiting for its row; the
  // stray values are then not its cells (they go back to the unplaced values).
  const pipeOrphans = seg.orphanRows.length > 0 && seg.orphanRows.every((o) => o.items.every((i) => i.token.inRow));
  const stray = (r: RowSegment<string>): boolean =>
    pipeOrphans && !r.label.inRow && r.evidence.items.length < NCOLS && r.evidence.items.every((i) => !i.token.inRow);
  for (const r of seg.rows) {
    if (r.evidence.items.length > 0 && stray(r)) {
      if (r.evidence.items.length === 1) isolated.add(r.evidence.items[0] as RowItem);
      for (const item of r.evidence.items) displaced.push(item);
      r.evidence = { items: [], gapsVisible: false, collapsedAfter: null };
    }
  }
  const withValues = new Set(seg.rows.filter((r) => r.evidence.items.length > 0).map((r) => r.key));
  // Surplus in cell-per-line text: a row followed by whole rows of values that belong to later labels.
  const chunks: OrphanRow[] = [];
  for (const r of seg.rows) {
    const items = r.evidence.items;
    if (items.length >= 2 * NCOLS && items.length % NCOLS === 0 && !items.some((i) => i.token.inRow)) {
      for (let k = NCOLS; k < items.length; k += NCOLS) chunks.push({ at: r.at + k / NCOLS / 100, items: items.slice(k, k + NCOLS) });
    }
  }
  // The surplus rows keep only their own seven items.
  const trimmed = new Map<RowSegment<string>, RowItem[]>();
  for (const r of seg.rows)
    if (chunks.some((c) => r.evidence.items.includes(c.items[0] as RowItem))) trimmed.set(r, r.evidence.items.slice(0, NCOLS));
  const orphans = [...seg.orphanRows, ...chunks].filter((o) => o.items.length === NCOLS);
  const pending = seg.rows
    .filter((r) => dataSet.has(r.key) && !withValues.has(r.key))
    .filter((r, i, all) => all.findIndex((x) => x.key === r.key) === i);
  if (orphans.length === 0 && pending.length === 0) return placed;
  // While labels float, a label that owns numbers but stands out of the template's order may have
  // caught the numbers of a row whose label floated (plain pdftotext: '3.… label' then the numbers
  // of row 5). Every row of such an inversion is paired again like a floating one, or flagged.
  // A label printed in the same pipe row as its numbers owns them whatever the order of the rows.
  // Two labels in one pipe cell, the first without values (glued one-line text of a converter's
  // Markdown: labels floated out of their rows run into the cell before a label-less row): the row
  // is not evidently the second label's (either order occurs in real documents).
  const afterEmptyLabel = new Set<RowSegment<string>>();
  seg.rows.forEach((r, i) => {
    const before = seg.rows[i - 1];
    if (
      before &&
      before.evidence.items.length === 0 &&
      dataSet.has(before.key) &&
      before.label.inRow &&
      r.label.inRow &&
      before.label.line === r.label.line &&
      r.at === before.at + 1
    )
      afterEmptyLabel.add(r);
  });
  const sharesPipeRow = (r: RowSegment<string>): boolean =>
    !afterEmptyLabel.has(r) && r.labels.some((l) => l.inRow && r.evidence.items.every((i) => i.token.inRow && i.token.line === l.line));
  const owning = seg.rows
    .filter((r) => dataSet.has(r.key) && r.evidence.items.length > 0)
    .filter((r, i, all) => all.findIndex((x) => x.key === r.key) === i)
    .filter((r) => !sharesPipeRow(r));
  // A label printed on one line with exactly a whole row of numbers that keeps its row sum owns them
  // as a pipe row's label does: two such rows out of the template's order were printed in each other's
  // place (their labels went with them), not paired with another row's numbers. An inversion with any
  // other row still joins the pairing.
  const wholeOnItsLine = (r: RowSegment<string>): boolean =>
    r.overflow.length === 0 &&
    r.evidence.items.length === NCOLS &&
    r.evidence.items.every((i) => i.token.kind === 'value' && i.token.line === r.label.line) &&
    rowSumOutcome(r.key, r.evidence.items, version) === 'holds';
  const involved = new Set<RowSegment<string>>();
  owning.forEach((a, i) => {
    for (const b of owning.slice(i + 1)) {
      if (dataRows.indexOf(a.key) > dataRows.indexOf(b.key) && !(wholeOnItsLine(a) && wholeOnItsLine(b))) {
        involved.add(a);
        involved.add(b);
      }
    }
  });
  // Labels stacked above their rows of numbers (two labels on lines of their own, then two lines of
  // numbers): the last label of the stack takes the first line, and the lines after it are left to
  // no label. A label that took numbers right after a label that took none, while numbers no label
  // claims follow its own, is not evidently their owner: it joins the pairing (in order) too.
  // Such a label joins the pairing where values no label claims follow later in the table: whole
  // rows of them, or more values than its cells after a later label (a label-less pipe row run on
  // after the row before it).
  const surplusAfter = (r: RowSegment<string>): boolean =>
    seg.orphanRows.some((o) => o.at > r.at && o.items.length === NCOLS) ||
    seg.rows.some((x) => x.at > r.at && x.evidence.items.filter((it) => it.token.kind === 'value').length > NCOLS);
  seg.rows.forEach((r, i) => {
    const before = seg.rows[i - 1];
    if (!before || (r.overflow.length === 0 && !(afterEmptyLabel.has(r) && surplusAfter(r))) || !owning.includes(r) || trimmed.has(r))
      return;
    if (before.evidence.items.length === 0 && pending.some((p) => p.key === before.key)) involved.add(r);
  });
  for (const r of involved) {
    orphans.push({ at: r.at + 0.5, items: trimmed.get(r) ?? r.evidence.items });
    pending.push(r);
  }
  const flagInvolved = (): Set<RowItem> => {
    for (const r of involved) {
      for (const item of r.evidence.items) displaced.push(item);
      r.evidence = { items: [], gapsVisible: false, collapsedAfter: null };
    }
    return placed;
  };
  // Value rows keep their order (only labels float): the i-th value row in the source is the
  // i-th waiting row of the template. Only with as many value rows as waiting labels; with any
  // other count the order says nothing reliable, and nothing is paired.
  orphans.sort((a, b) => a.at - b.at);
  pending.sort((a, b) => dataRows.indexOf(a.key) - dataRows.indexOf(b.key));
  if (orphans.length === 0 || orphans.length !== pending.length || orphans.some((o) => o.items.length !== NCOLS)) return flagInvolved();
  let pairs: [RowSegment<string>, OrphanRow][] = orphans.map((o, i) => [pending[i] as RowSegment<string>, o]);
  if (pairsAcrossOwner(seg, pairs, dataRows)) return flagInvolved();
  // Value rows keep their order: a row of values printed before the label of a row that owns a
  // row of numbers is a row above that one in the template. Given to a waiting label below it, the
  // owner's numbers are not evidently its own (its own row may be among the values before its
  // label, those after it a waiting row's): the owner joins the pairing, in order, once.
  const late = ownersPassed(seg, pairs, dataRows, involved);
  if (late.length > 0) {
    for (const r of late) {
      involved.add(r);
      orphans.push({ at: r.at + 0.5, items: r.evidence.items });
      pending.push(r);
    }
    orphans.sort((a, b) => a.at - b.at);
    pending.sort((a, b) => dataRows.indexOf(a.key) - dataRows.indexOf(b.key));
    pairs = orphans.map((o, i) => [pending[i] as RowSegment<string>, o]);
  }
  const values = new Map<string, (number | null)[]>();
  const rowValues = (all: readonly RowItem[]): (number | null)[] | null => {
    // Trailing empty cells beyond the grid are padding (as in placement).
    let items = all;
    while (items.length > NCOLS && (items[items.length - 1] as RowItem).token.kind === 'blank') items = items.slice(0, -1);
    if (items.length !== NCOLS) return null;
    // A blank applicant cell counts as 0 (as in validation); a blank total, or an empty converter
    // cell (its number may have moved), is unknown and leaves out the checks that need it.
    return items.map((i, j) => {
      const t = i.token;
      if (t.kind === 'value') return t.content.value;
      return t.uncertain || j === NCOLS - 1 ? null : 0;
    });
  };
  for (const r of seg.rows) {
    const v = rowValues(trimmed.get(r) ?? r.evidence.items);
    if (v && !values.has(r.key)) values.set(r.key, v);
  }
  for (const [p, o] of pairs) {
    const v = rowValues(o.items);
    if (!v) return flagInvolved();
    values.set(p.key, v);
  }
  if (pairsAcrossOwner(seg, pairs, dataRows)) return flagInvolved();
  if (!arithmeticHolds(values, dataRows, version)) return flagInvolved();
  for (const [r, items] of trimmed) {
    r.evidence.items = items;
    // The label owned several whole rows of numbers and keeps the first: paired by order too.
    ctx.report('row-label-floating', { detail: r.label.text, path: `t3.${r.key}`, location: ctx.location(r.label.start, r.label.end) });
  }
  for (const [p, o] of pairs) {
    p.evidence = { items: o.items, gapsVisible: false, collapsedAfter: null };
    for (const i of o.items) placed.add(i);
    ctx.report('row-label-floating', { detail: p.label.text, path: `t3.${p.key}`, location: ctx.location(p.label.start, p.label.end) });
  }
  return placed;
}

/**
 * The rows holding a row of numbers after their label, paired with none, that a pairing passes:
 * it gives a waiting label further down the template a row of values printed before the row's
 * label (anywhere before it: {@link pairsAcrossOwner} refuses the pairings where it stands right
 * before). Only rows whose numbers are exactly a row, so that they can join the pairing.
 */
function ownersPassed(
  seg: Segmentation<string>,
  pairs: readonly [RowSegment<string>, OrphanRow][],
  dataRows: readonly string[],
  involved: ReadonlySet<RowSegment<string>>,
): RowSegment<string>[] {
  const paired = new Set(pairs.map(([p]) => p));
  const out: RowSegment<string>[] = [];
  for (const r of seg.rows) {
    const at = dataRows.indexOf(r.key);
    if (at < 0 || paired.has(r) || involved.has(r) || r.overflow.length > 0 || r.evidence.items.length !== NCOLS) continue;
    if (r.evidence.items.some((i) => i.token.inRow)) continue;
    if (pairs.some(([p, o]) => dataRows.indexOf(p.key) > at && o.at < r.at)) out.push(r);
  }
  return out;
}

/**
 * A pairing that gives a waiting label further down the template a row of values printed right
 * before the label of a row above it that owns numbers (`…8.` / numbers / `1.本机关不掌握…` /
 * numbers / `2.…` / numbers / `3.…`): plain pdftotext printed those rows' numbers before their
 * labels, and the row right after the unclaimed numbers may own them as well as the waiting one.
 * Or a waiting label given a row of values printed after the label of a row below it that owns
 * numbers (`重复申请` alone, `要求提供公开出版物 0 0 0 0 55 1 56`, `无正当理由… 0 30 …`, then
 * `0 60 0 5 …` alone: a browser print whose rows' numbers each fell on the next label's line):
 * value rows in order would put the waiting row's before that row's, so those rows may each hold the
 * one above's. The arithmetic cannot tell (the results total adds the rows in any order), so such a
 * pairing is not made (the rows are then flagged by `repairs/unowned-before.ts` and
 * `repairs/missing-row-beside.ts`).
 */
function pairsAcrossOwner(
  seg: Segmentation<string>,
  pairs: readonly [RowSegment<string>, OrphanRow][],
  dataRows: readonly string[],
): boolean {
  const paired = new Set(pairs.map(([p]) => p));
  return pairs.some(([p, o]) =>
    seg.rows.some((r, i) => {
      const before = seg.rows[i - 1];
      if (paired.has(r) || r.evidence.items.length === 0 || dataRows.indexOf(r.key) < 0) return false;
      const above = dataRows.indexOf(r.key) < dataRows.indexOf(p.key);
      return above ? o.at < r.at && (!before || before.at < o.at) : p.at < r.at && r.at < o.at;
    }),
  );
}

/** Cells of a row of seven items as operands (a blank applicant cell counts as 0 in the equations; an empty converter cell is unknown). */
function rowOperands(key: string, items: readonly RowItem[], into: Map<string, Operand>): void {
  targetsOf(key).forEach((t, j) => {
    const tok = (items[j] as RowItem).token;
    into.set(t.address, tok.kind === 'value' ? tok.content.value : tok.uncertain ? null : 'blank');
  });
}

/**
 * Whether no equation of table 三 fails with the rows of seven read by position and an
 * assignment's rows read so. The stacked-rows search calls this for every assignment it tries of
 * one window (the same rows each time) and changes no row while it does: the rows read by position
 * are collected once, and the equations without a cell of the window's rows are judged once per
 * window (they come out the same for every assignment).
 */
function tableHoldsWith(
  seg: Segmentation<string>,
  version: TemplateVersion,
): (assignment: ReadonlyMap<string, readonly RowItem[]>) => boolean {
  let base: Map<string, Operand> | null = null;
  let windowKeys: string[] | null = null;
  let othersFail = false;
  let touched: readonly TableRelation[] = [];
  return (assignment) => {
    if (!base) {
      base = new Map<string, Operand>();
      const seen = new Set<string>();
      for (const r of seg.rows) {
        if (seen.has(r.key) || r.evidence.items.length !== NCOLS) continue;
        seen.add(r.key);
        rowOperands(r.key, r.evidence.items, base);
      }
    }
    const read = base;
    if (!sameKeys(assignment, windowKeys)) {
      windowKeys = [...assignment.keys()];
      const inWindow = (a: string): boolean => assignment.has(cellOf(a).row);
      const relations = table3Relations(version);
      touched = relations.filter((rel) => rel.left.some(inWindow) || rel.right.some(inWindow));
      const others = relations.filter((rel) => !touched.includes(rel));
      othersFail = tallyRelations(others, (a) => read.get(a) ?? null, blankCountsAsZero, true).fails > 0;
    }
    if (othersFail) return false;
    // The assignment's rows stand over every cell of their keys (rowOperands sets all seven).
    const cells = new Map<string, Operand>();
    for (const [key, items] of assignment) rowOperands(key, items, cells);
    const lookup = (a: string): Operand => (cells.has(a) ? (cells.get(a) as Operand) : (read.get(a) ?? null));
    if (tallyRelations(touched, lookup, blankCountsAsZero, true).fails > 0) return false;
    // No result cell above its column's total (the equations cannot tell the total row from the carried-forward row).
    return totalBoundsHold(lookup, table3DataRowKeys(version), COLUMN_KEYS).holds;
  };
}

/** Whether a map's keys are `keys`, in order. */
function sameKeys(assignment: ReadonlyMap<string, unknown>, keys: readonly string[] | null): boolean {
  if (keys === null || assignment.size !== keys.length) return false;
  let k = 0;
  for (const key of assignment.keys()) if (key !== keys[k++]) return false;
  return true;
}

/**
 * How table 三's equations stand with an interleaved window's rows read one way
 * (`repairs/interleaved-rows.ts`): the other cells are read only from rows of their own (a key
 * read once, seven items keeping the row sum, no other repair's readings); an equation naming a
 * cell no such row gives is undecided.
 */
function judgeWindowWith(
  seg: Segmentation<string>,
  version: TemplateVersion,
  taken: ReadonlySet<RowSegment<string>>,
): (assignment: ReadonlyMap<string, readonly RowItem[]>) => WindowJudgement {
  // (the rows of their own are read on the first judgement: the repair judges before it changes any
  // row, and most tables have no window to judge)
  let base: Map<string, Operand> | null = null;
  const relations = table3Relations(version);
  return (assignment) => {
    if (!base) {
      const count = new Map<string, number>();
      for (const r of seg.rows) count.set(r.key, (count.get(r.key) ?? 0) + 1);
      base = new Map<string, Operand>();
      for (const r of seg.rows) {
        if (count.get(r.key) !== 1 || taken.has(r) || r.overflow.length > 0 || r.evidence.items.length !== NCOLS) continue;
        if (!rowSumHolds(r.key, r.evidence.items, version)) continue;
        rowOperands(r.key, r.evidence.items, base);
      }
    }
    const read = base;
    const cells = new Map<string, Operand>();
    for (const [key, items] of assignment) rowOperands(key, items, cells);
    const lookup = (a: string): Operand => (cells.has(a) ? (cells.get(a) as Operand) : (read.get(a) ?? null));
    let undecided = false;
    for (const rel of relations) {
      if (!rel.left.some((a) => cells.has(a)) && !rel.right.some((a) => cells.has(a))) continue;
      const status = relationStatus(rel, lookup, blankCountsAsZero);
      if (status === 'fails') return 'fails';
      if (status === 'unknown') undecided = true;
    }
    return undecided ? 'undecided' : 'holds';
  };
}

/**
 * A row that lost blank cells keeps its row sum with the blanks put back somewhere (its total
 * printed: a lost total would let any numbers pass).
 */
function someBlankPlacementHolds(items: readonly RowItem[], budget: WorkBudget): boolean {
  const sums = (v: (number | null)[]): boolean => valuesStatus(TABLE3_ROW_SUM, v) === 'holds';
  return (vanishedBlankReadings(items, NCOLS, sums, budget)?.length ?? 0) > 0;
}

/**
 * The sum of a reading's first six cells (the applicant columns), a blank as 0, left to right: the
 * bound a row whose blanks are unknown counts must keep (its written numbers add up to at most its
 * total). Not an equation of the template: the row sum itself is {@link TABLE3_ROW_SUM}.
 */
function applicantSum(v: readonly (number | null)[]): number {
  let sum = 0;
  for (let i = 0; i < 6 && i < v.length; i++) sum += v[i] ?? 0;
  return sum;
}

/** A row of seven items keeps its row sum (a blank applicant cell counts as 0; an empty converter cell is unknown). */
/** The rule of table 三's row sums (`validate/`), named by the warning on a row no order keeps. */
const ROW_SUM_RULE = 'T3.ROWSUM';

/**
 * Whether a row read both in printed and in column order has a row sum that fails in both: then a
 * cell both orders agree on is proven by nothing, and the sum that would name it cannot be checked
 * with the cells in doubt (probe seed 295 p04, `-layout` text: 27, 56, 2, 85 over two lines, 85's
 * `8` and `5` read as two cells, the `5` the total in both orders). The row's stated cells are then
 * named by `equation-unkept` (their values kept: the sum fails whichever order holds).
 */
function neitherOrderHolds(key: string, placement: RowPlacement, version: TemplateVersion): boolean {
  const readings = placement.orderReadings;
  if (!readings || !rowSumOf(version).has(key)) return false;
  return readings.every((r) => rowSumOutcome(key, r, version) === 'fails');
}

function rowSumHolds(key: string, items: readonly RowItem[], version: TemplateVersion): boolean {
  return rowSumOutcome(key, items, version) === 'holds';
}

/** How a row of seven items stands to its row sum: `unknown` when a cell it needs is unknown or a blank total (not reported). */
function rowSumOutcome(key: string, items: readonly RowItem[], version: TemplateVersion): RowSumOutcome {
  const rel = rowSumOf(version).get(key);
  if (!rel || items.length !== NCOLS) return 'fails';
  // (evaluateRelation over the row's operands, as rowOperands states them, without building them:
  // the searches ask this for every reading they try)
  return operandsStatus(rel, items, itemOperand);
}

/** A row item as an operand of its row sum: an empty converter cell is unknown; a blank counts as 0 only where the equation says so. */
function itemOperand(item: RowItem | undefined): Operand {
  const t = item?.token;
  if (!t) return null;
  if (t.kind === 'value') return t.content.value;
  return t.uncertain ? null : 'blank';
}

/** The row-sum equation of each data row of a version, over the row's columns (built once per version). */
const ROW_SUMS = new Map<TemplateVersion, Map<string, IndexedRelation>>();
function rowSumOf(version: TemplateVersion): Map<string, IndexedRelation> {
  let m = ROW_SUMS.get(version);
  if (!m) {
    m = new Map();
    for (const rel of table3RowSums(version))
      if (!m.has(rel.row as string))
        m.set(
          rel.row as string,
          indexRelation(rel, (a) => cellOf(a).column, blankCountsAsZero),
        );
    ROW_SUMS.set(version, m);
  }
  return m;
}

/**
 * Row sums, the results total and the per-column balance, each checked where its cells are known
 * (an unknown cell leaves out its row sum and its column). The results total must be checkable
 * (every result row known, with at least one column fully known): a pairing that cannot be
 * verified is not kept.
 */
function arithmeticHolds(values: Map<string, (number | null)[]>, dataRows: readonly string[], version: TemplateVersion): boolean {
  const results = dataRows.filter((r) => r.startsWith('results.') && r !== 'results.total');
  if (!values.has('results.total') || !results.every((r) => values.has(r))) return false;
  const lookup = (address: string): Operand => {
    const at = cellOf(address);
    return values.get(at.row)?.[at.column] ?? null;
  };
  let checkedColumns = 0;
  for (const rel of table3Relations(version)) {
    const status = relationStatus(rel, lookup, blankCountsAsZero);
    if (status === 'fails') return false;
    if (status === 'holds' && rel.rule === 'T3.RESULTS') checkedColumns++;
  }
  return checkedColumns > 0;
}

/** A run of digits with no sign (thousands separators allowed): its numbers are all at least 0. */
const UNSIGNED_RUN = /^\d[\d,]*$/;

/**
 * Work units for reading one glued row again, once the table's budget ran out (its readings with
 * its blank cells as unknown counts): a row's own search, bounded apart from the table's.
 */
const ROW_RECHECK_WORK = BASE_WORK;

/**
 * The search over combinations of open rows (`support-search.ts`) may spend this many times the
 * table's budget, a budget of its own: a table whose rows all lost blank cells in one-line text
 * needs about ten times a table's budget to decide (measured: 167,000 units, the parse then 4× an
 * ordinary report's time), and a search that runs out still stops at a bounded multiple.
 */
const COMBINATION_WORK_FACTOR = 12;

/**
 * The first search over the open rows as read, the one whose combinations a table whose rows lost
 * blank cells is read by (every later search retries with other readings where it keeps none), may
 * spend this many times the table's budget. It decides nothing until it finds one combination (then
 * what it has not ruled out stays: `support-search.ts`); one-line tables of rows that all lost
 * blanks found none within {@link COMBINATION_WORK_FACTOR} (measured on probe seeds 400–487: 5 of 7
 * such one-line tables find their first at 24–48 times, none more between 48 and 100). Still a
 * bounded multiple of the table's tokens: a search that runs out costs four times the others'.
 */
const FIRST_COMBINATION_WORK_FACTOR = 48;

/**
 * Rows whose cells ran together (`641002067`): each row's cuts that satisfy its row sum (pruned by
 * partial sums while cutting), then the combinations of rows that keep the results total and the
 * per-column balance (pruned by partial column sums). Every step is paid from the table's work
 * budget; when it runs out, a row keeps all the readings of its own that add up (its cells stay
 * ambiguous where they differ) and `search-budget-exhausted` says so: with its blanks read as
 * unknown counts where the table may leave counts blank (readings the search had no time to rule
 * out), and, where blanks may have vanished from its run (no blank marker in the table), none of its
 * cells stated (`unproven`: its readings with vanished blanks were never tried). Returns, for each such row,
 * the readings that survive (one: the row is read; several: ambiguous where they differ; none:
 * missing).
 */
function readDigitRuns(
  ctx: Reporter,
  seg: Segmentation<string>,
  dataRows: readonly string[],
  version: TemplateVersion,
  budget: WorkBudget,
  unknownsAllowed: boolean,
  vanish: { shown: boolean },
  wrap: {
    resolved: ReadonlySet<RowItem>;
    taken: Set<RowItem>;
    /** A row's own items past its band's end (`band-end.ts`), where the band is read: the row's reading does not hold them. */
    belowBand: Map<RowSegment<string>, RowItem[]>;
  },
  unproven: Set<RowSegment<string>>,
  turned: {
    rows: ReadonlyMap<RowSegment<string>, RowItem[][]>;
    /** Rows whose turns are whole lines (`numbers-line-down.ts`): each read by its positions where a complete row's spacing fits it. */
    byLine: ReadonlySet<RowSegment<string>>;
  },
  oneGrid: boolean,
  text: ReadonlyMap<number, readonly LabelToken[]>,
): Map<RowSegment<string>, RowItem[][]> {
  const eitherTurn = turned.rows;
  const out = new Map<RowSegment<string>, RowItem[][]>();
  // A vanished blank applicant cell counts as 0; a vanished total is "not reported" here, and the
  // column relations below (where a blank counts as 0) decide whether that reading survives.
  const rowSum = (v: (number | null)[]): boolean => valuesStatus(TABLE3_ROW_SUM, v) !== 'fails';
  // (a blank an unknown count: the written numbers add up to at most the total; a bound, not the row sum)
  const rowSumOpen = (v: (number | null)[]): boolean => v[6] === null || applicantSum(v) <= (v[6] as number);
  // Most tables have no run of digits at all: nothing to cut, nothing to collect.
  // (Rows that lost blank cells without a trace, in one-line text, are searched the same way.)
  // A table written on one line (crawler text: each row's numbers on one line, one space apart,
  // none starting a line): a row showing fewer numbers lost blank cells, however many. (A row's
  // numbers over several lines, or padded, may have lost cells in other ways: a label wrapped around
  // them, a row's numbers split over its label's lines.)
  let oneLine = true;
  for (const r of seg.rows) {
    const items = r.evidence.items;
    for (let k = 0; k < items.length; k++) {
      const t = (items[k] as RowItem).token;
      const prev = k > 0 ? (items[k - 1] as RowItem).token : null;
      const apart = prev && t.column !== undefined && prev.column !== undefined ? t.column - (prev.column + (prev.end - prev.start)) : 1;
      if (t.lineStart || t.gapBefore !== 0 || (prev && prev.line !== t.line) || apart !== 1) oneLine = false;
    }
  }
  // A row on one line of `pdftotext -layout` text whose numbers' spacing a complete row near it
  // shows (`position-fit.ts`): only the places that spacing fits are read, however many blanks
  // the row lost.
  const rowItems = seg.rows.map((r) => r.evidence.items);
  const fitOf = placesFitting(rowItems, NCOLS, TIGHT_FIT, oneGrid);
  const fits = new Map<RowSegment<string>, (places: readonly number[]) => boolean>();
  // (the rows' numbers stand at character columns of their lines: text laid out by position)
  const laidOut = !oneLine && seg.rows.some((r) => r.evidence.items.some((i) => i.token.kind === 'value' && i.token.column !== undefined));
  const noCompleteRow = laidOut && !seg.rows.some((r) => r.evidence.items.length >= NCOLS);
  for (const r of seg.rows) {
    const fit = oneLine ? null : fitOf(r.evidence.items);
    if (fit) fits.set(r, fit);
  }
  // (such a row's blank lines around it part rows, not cells: its positions show where cells are)
  // (a row whose positions place it: a one-digit number touching the end of its label, `情形）0`, is
  // one cell, no digits run together)
  const vanishable = (r: RowSegment<string>): boolean =>
    fits.has(r)
      ? hasVanishedBlanks(
          { items: r.evidence.items.map(unglueOneDigit), gapsVisible: false, collapsedAfter: r.evidence.collapsedAfter },
          NCOLS,
          MAX_LOST_UNSEEN,
        )
      : hasVanishedBlanks(r.evidence, NCOLS, oneLine ? MAX_LOST_UNSEEN : MAX_VANISHED);
  // A short row on one line of a table whose other rows are placed by their positions, where no
  // complete row near it fits its spacing (it drifted with a block of its own): its blanks may stand
  // anywhere, and only the table's equations place them (every one it takes part in known and
  // holding); its blanks are not known (`unfittedRows`).
  const unfitted = (r: RowSegment<string>): boolean =>
    (fits.size > 0 || noCompleteRow) && !fits.has(r) && unfittedRow(r.evidence.items, NCOLS);
  // Numbers wrapped inside narrow cells (`wrapped-cells.ts`): the row's band, its items and the
  // lines after it no label claims. A row read whole as printed that adds up keeps that reading
  // beside the deals of its band; one the stacked-number join made whole and adding up is read so.
  const wholeAsRead = (items: readonly RowItem[]): boolean =>
    items.length === NCOLS &&
    items.every((i) => i.token.kind === 'value') &&
    rowSum(items.map((i) => (i.token.kind === 'value' ? i.token.content.value : null)));
  // The row as printed on its own lines, beside the deals of its band: read whole, or, where its
  // positions fit the spacing of a complete row near it (`position-fit.ts`), with its blanks where
  // the positions put them. A band's later lines may be another row's numbers whose label the
  // reader could not name: a row that adds up as printed keeps that reading (null: the budget ran out).
  const ownLineReadings = (r: RowSegment<string>, accept: (v: (number | null)[]) => boolean): RowItem[][] | null => {
    const items = r.evidence.items;
    if (wholeAsRead(items)) return [items];
    const fit = fits.get(r);
    if (!fit || items.length >= NCOLS || !items.every((i) => i.token.kind === 'value')) return [];
    return vanishedBlankReadings(items, NCOLS, accept, budget, fitOfReading(fit, items));
  };
  // A row read from either of two lines (`numbers-line-down.ts`): each line as a row printed on its
  // own line is read, by the positions where a complete row's spacing fits it (null: the budget ran out).
  const lineTurnReadings = (turns: readonly RowItem[][]): RowItem[][] | null => {
    const out: RowItem[][] = [];
    for (const items of turns) {
      const fit = items.length === NCOLS ? null : fitOf(items);
      // (a line short of cells that no complete row's spacing places: its blanks could stand
      // anywhere, enough to make up for a row placed wrong by its positions; out of the search)
      if (items.length < NCOLS && !fit) return [];
      const alts = fit
        ? vanishedBlankReadings(items, NCOLS, rowSum, budget, fitOfReading(fit, items))
        : [items.slice()].filter(wholeAsRead);
      if (alts === null) return null;
      // (a line no reading of which makes a row: the other line is not both rows', out of the search)
      if (alts.length === 0) return [];
      for (const alt of alts) out.push(alt);
    }
    return out;
  };
  // The columns a row's own line leaves blank where a complete row's spacing places it (`fits`): each
  // placement's blank columns; null where no spacing places the row.
  const fittedBlanks = (r: RowSegment<string>): Set<string> | null => {
    const fit = fits.get(r);
    const items = r.evidence.items;
    if (!fit) return null;
    if (items.length >= NCOLS || !items.every((i) => i.token.kind === 'value')) return new Set();
    const readings = vanishedBlankReadings(items, NCOLS, () => true, undefined, fitOfReading(fit, items)) ?? [];
    return new Set(readings.map(blankColumns));
  };
  // (the table's labels as the template writes them: where a band may end, `band-end.ts`)
  let beginnings: readonly string[] | undefined;
  // (a row's numbers after its label, its overflow less the pieces already read)
  const printedOf = (r: RowSegment<string>): RowItem[] => [...r.evidence.items, ...r.overflow.filter((i) => !wrap.resolved.has(i))];
  const bandOf = (r: RowSegment<string>): RowItem[] | null => {
    if (wholeAsRead(r.evidence.items) && r.evidence.items.some((i) => i.token.kind === 'value' && i.token.printed)) return null;
    // (lines after the row's label are its own only where the row printed before it is not short of
    // numbers: the cells of a row short of them may stand half a line down, under this row's label;
    // not where the label's line holds a number in every cell: the lines under it are farther down)
    const before = seg.rows[seg.rows.indexOf(r) - 1];
    const shown = before?.evidence.items ?? [];
    // (a word of digits or zeros, `００`, may be several cells run together: such a row is not short)
    const short = shown.length > 0 && shown.length < NCOLS && !shown.some((i) => i.token.kind === 'value' && i.token.glued === true);
    if (r.overflow.length > 0 && short && before?.overflow.length === 0 && !wholeLabelLine(r.evidence.items)) return null;
    const own = printedOf(r);
    // (only numbers printed after the row's label: the band runs from its label to the next)
    if (own.some((i) => i.token.start < r.label.start)) return null;
    // (and to the next row's start where the reader could not name that row: its label's beginning leads a line)
    beginnings ??= templateLabelBeginnings(table3Definition(version).rows);
    // (from that line on, where its text begins this row's label, the row above's band is this row's:
    // the items past that band's end, where it is read as a band, on lines below the row above's own)
    const fromBefore = before
      ? bandFromRowBefore(printedOf(before), bandEnd(printedOf(before), before, text, beginnings), r, table3Definition(version).rows)
      : [];
    const taken = fromBefore.length > 0 && bandOf(before as RowSegment<string>) !== null;
    const band = [...(taken ? fromBefore : []), ...bandBeforeUnnamedRow(own, r, text, beginnings)];
    return mayHoldWrappedCells(printedPieces(band), NCOLS) ? band : null;
  };
  // A table on one line whose blanks vanish, every number of it held by a row: its rows that printed
  // no number (below) are searched too, even where no other row lost a blank.
  const emptyRowsOpen =
    unknownsAllowed && oneLine && !seg.rows.some((r) => r.evidence.items.some((i) => i.token.kind === 'blank')) && everyNumberInRows(seg);
  const printedNothing = (r: RowSegment<string>): boolean => dataRows.includes(r.key) && printedNoNumber(r);
  if (
    eitherTurn.size === 0 &&
    !(emptyRowsOpen && seg.rows.some(printedNothing)) &&
    !seg.rows.some(
      (r) => r.evidence.items.some((i) => i.token.kind === 'value' && i.token.glued) || vanishable(r) || unfitted(r) || bandOf(r) !== null,
    )
  )
    return out;
  // Two neighbouring cells printed without a gap (`3071520` for 307 and 1520): a row one number
  // short is also read with its widest number cut in two (`run-together.ts`); the column relations
  // decide among these readings and those with a vanished blank.
  const runTogether = runTogetherReadings(seg.rows, NCOLS, budget, TABLE3_ROW_SUM);
  const firstByKey = new Map<string, RowSegment<string>>();
  for (const r of seg.rows) if (!firstByKey.has(r.key) && r.evidence.items.length > 0) firstByKey.set(r.key, r);
  const fixed = new Map<string, number[]>();
  const open: {
    key: string;
    seg: RowSegment<string>;
    alts: RowItem[][];
    vanished?: true;
    /** Placed by the equations alone (`unfitted`): its blanks are not known. */
    loose?: true;
    /** A row on alternating lines that either turn of the lines reads (`alternating-rows.ts`): its readings are both turns'. */
    turns?: true;
    band?: RowItem[];
    asRead?: readonly RowItem[][];
    /**
     * A wrapped row's deals with one cell left blank (`vanishedBlankDeals`): never read alone; where
     * only they keep the equations, the row's full deals stand beside them (ambiguous where they differ).
     */
    lostBlank?: ReadonlySet<RowItem[]>;
    /** A row that printed no number: its one reading, every cell blank. */
    empty?: true;
  }[] = [];
  let exhausted = false;
  // (the table's cells as a vector, row by row: the column equations compiled over it)
  const rowIndex = new Map(dataRows.map((r, i) => [r, i]));
  const indexOf = (address: string): number => {
    const at = cellOf(address);
    return (rowIndex.get(at.row) ?? dataRows.length) * NCOLS + at.column;
  };
  const relations = compiledRelations(version, 'columns', indexOf);
  // Glued rows (one run of digits, or several): each cut whole first, every row before any is cut
  // with a vanished blank, so what every row's whole cuts show narrows the others' vanished blanks.
  const gluedAt = (row: number): RowSegment<string> | undefined => {
    const r = firstByKey.get(dataRows[row] as string);
    return r && !eitherTurn.has(r) && hasDigitRun(r.evidence.items, NCOLS) ? r : undefined;
  };
  const wholeCuts = new Map<number, RowItem[][] | null>();
  for (let row = 0; row < dataRows.length; row++) {
    const r = gluedAt(row);
    if (r)
      wholeCuts.set(
        row,
        readingsOfRow(r.evidence.items, NCOLS, rowSum, () => false, true, budget, LAST_IS_SUM),
      );
  }
  // (a row every reading of which holds its row sum with its total written: its residual is 0, `vanished-total.ts`)
  const balanced = (row: number): boolean => {
    const whole = wholeCuts.get(row);
    return !!whole && whole.length > 0 && whole.every((reading) => reading[NCOLS - 1]?.token.kind === 'value');
  };
  // (a glued row's readings all keep its row sum, blanks as 0: unsigned, none has a residual below 0)
  const nonNegative = (row: number): boolean => {
    const r = gluedAt(row);
    return !!r && r.evidence.items.every((i) => i.token.kind !== 'value' || (i.token.glued === true && UNSIGNED_RUN.test(i.token.raw)));
  };
  const families = equationFamilies(relations, NCOLS);
  // (glued rows whose readings a narrowing left fewer: checked below against the search they feed)
  const narrowedRows = new Set<RowSegment<string>>();
  // A glued row's readings: its whole cuts where some hold (or it is not one run), else its cuts
  // with a vanished blank, within `most` (a part at most its whole) and without a vanished total
  // where the row's numbers could not then keep its families (`vanished-total.ts`).
  const gluedReadings = (row: number, r: RowSegment<string>, most: number[] | undefined): RowItem[][] | null => {
    const whole = wholeCuts.get(row);
    const items = r.evidence.items;
    if (whole === undefined || whole === null || whole.length > 0 || items.length !== 1) return whole ?? null;
    const raw = (items[0] as RowItem).token.kind === 'value' ? ((items[0] as RowItem).token as ValueToken).raw : '';
    // (a run of zeros, or signed, may vanish its total with a residual of 0)
    const totalFree = !UNSIGNED_RUN.test(raw) || !/[1-9]/.test(raw) || totalMayVanish(row, families, { balanced, nonNegative });
    if (!totalFree || most) narrowedRows.add(r);
    return readingsOfRow(items, NCOLS, rowSum, (p) => p !== NCOLS - 1 || totalFree, true, budget, LAST_IS_SUM, {
      noWholeCut: true,
      ...(most ? { most } : {}),
    });
  };
  // A part is at most its whole: the glued rows that are the whole of a column equation (总计's) are
  // read first, and the other rows' readings with a vanished blank are cut within the most each
  // whole's readings hold (`part-bounds.ts`).
  const bounds = partBounds(relations, dataRows.length, NCOLS, (row) => {
    const r = gluedAt(row);
    return r ? gluedReadings(row, r, undefined) : undefined;
  });
  // (each narrowed row's open entry with the readings it was given: a row given others later is no longer narrowed)
  const narrowedAlts = new Map<(typeof open)[number], RowItem[][]>();
  let places: ReturnType<typeof columnPlaces> | undefined;
  const valuesKey = (reading: readonly RowItem[]): string =>
    reading.map((i) => (i.token.kind === 'value' ? i.token.content.value : '')).join(',');
  for (const [key, r] of firstByKey) {
    if (!dataRows.includes(key)) continue;
    const turns = eitherTurn.get(r);
    if (turns) {
      // (a turn short of cells lost blanks: its readings count only where its equations hold)
      const alts = turned.byLine.has(r) ? lineTurnReadings(turns) : turnReadings(turns, budget);
      if (alts !== null && alts.length === 0) continue;
      if (alts === null) exhausted = true;
      else open.push({ key, seg: r, alts, turns: true, ...(turns.some((t) => t.length < NCOLS) ? { vanished: true as const } : {}) });
      continue;
    }
    const band = hasDigitRun(r.evidence.items, NCOLS) ? null : bandOf(r);
    // (a wrapped row's total is written: a blank total would let any deal of the pieces add up)
    const wrappedSum = (v: (number | null)[]): boolean => v[NCOLS - 1] !== null && rowSum(v);
    const wrapped = band ? wrappedCellReadings(band, NCOLS, wrappedSum) : null;
    // A band no full deal reads (every cell a piece) whose deals with blanks printed as nothing do
    // (`vanishedBlankDeals`): those deals are its readings, the equations place its blanks.
    const bandOnly = band !== null && wrapped?.length === 0;
    places ??= bandOnly
      ? columnPlaces(
          seg.rows.map((x) => x.evidence.items),
          NCOLS,
        )
      : undefined;
    // (a row whose own line a complete row's spacing places, `fits`: its blanks where those positions put them)
    const blanksAt = bandOnly ? fittedBlanks(r) : null;
    const lostOnly =
      bandOnly && places
        ? vanishedBlankDeals(band, NCOLS, wrappedSum, places, {
            budget: new WorkBudget(LOST_BLANK_DEALS_WORK),
            ...(blanksAt ? { blanks: blanksAt } : {}),
          })
        : null;
    if (band && lostOnly && lostOnly.length > 0) {
      const asRead = ownLineReadings(r, wrappedSum) ?? [];
      const seenValues = new Set(asRead.map(valuesKey));
      const lostBlank = lostOnly.filter((d) => !seenValues.has(valuesKey(d)));
      open.push({
        key,
        seg: r,
        alts: [...asRead, ...lostBlank],
        band,
        ...(asRead.length ? { asRead } : {}),
        ...(lostBlank.length > 0 ? { lostBlank: new Set(lostBlank) } : {}),
      });
      continue;
    }
    if (band && wrapped && wrapped.length > 0) {
      const asRead = ownLineReadings(r, wrappedSum);
      // (a blank printed as nothing: the deals with one cell left blank stand beside the full ones)
      places ??= columnPlaces(
        seg.rows.map((x) => x.evidence.items),
        NCOLS,
      );
      const lost = vanishedBlankDeals(band, NCOLS, wrappedSum, places);
      // (a one-character cell set apart on its line: its place rests on the order alone)
      const moved = setApartMoves(band, wrapped, wrappedSum, places, MAX_SET_APART_MOVES);
      if (asRead === null || lost === null || moved === null) exhausted = true;
      const full = [...(asRead ?? []), ...wrapped, ...(moved ?? [])];
      const seenValues = new Set(full.map(valuesKey));
      const lostBlank = (lost ?? []).filter((d) => !seenValues.has(valuesKey(d)));
      open.push({
        key,
        seg: r,
        alts: [...full, ...lostBlank],
        band,
        ...(asRead?.length ? { asRead } : {}),
        ...(lostBlank.length > 0 ? { lostBlank: new Set(lostBlank) } : {}),
      });
      continue;
    }
    if (hasDigitRun(r.evidence.items, NCOLS)) {
      const row = rowIndex.get(key) as number;
      const alts = bounds.wholes.has(row) ? (bounds.wholes.get(row) ?? null) : gluedReadings(row, r, bounds.mostOf(row));
      if (alts === null && budget.exhausted) exhausted = true;
      const o = { key, seg: r, alts: alts ?? [] };
      open.push(o);
      if (narrowedRows.has(r) && alts) narrowedAlts.set(o, alts);
    } else if (vanishable(r)) {
      // Only rows some reading of which adds up; the others are placed as they are (ambiguous).
      const fit = fits.get(r);
      const items = r.evidence.items;
      const alts = vanishedBlankReadings(items, NCOLS, rowSum, budget, fitOfReading(fit, items));
      // (a row no reading of which adds up stays out of the search, as before: cut readings join others only)
      const ran = alts === null || alts.length === 0 ? [] : runTogether(items);
      if (alts === null || ran === null) exhausted = true;
      else if (alts.length > 0) open.push({ key, seg: r, alts: [...alts, ...ran], vanished: true });
    } else if (unfitted(r)) {
      const alts = vanishedBlankReadings(r.evidence.items, NCOLS, rowSum, budget);
      const ran = alts === null || alts.length === 0 ? [] : runTogether(r.evidence.items);
      if (alts === null || ran === null) exhausted = true;
      else if (alts.length > 0) open.push({ key, seg: r, alts: [...alts, ...ran], vanished: true, loose: true });
    } else {
      const items = r.evidence.items;
      // (a row whose pieces no deal reads is no known row: its seven items are not its cells)
      if (items.length === NCOLS && items.every((i) => i.token.kind === 'value') && (!band || wholeAsRead(items)))
        fixed.set(
          key,
          items.map((i) => (i.token.kind === 'value' ? i.token.content.value : 0)),
        );
    }
  }
  // A row that printed no number at all in a table written on one line whose blanks vanish (crawler
  // text of a page whose blank cells are empty: no blank marker anywhere, every row's numbers one
  // space apart): every one of its cells vanished, as a short row's blanks do. It takes part in the
  // search with that one reading (every cell blank), so the equations through it are known: each
  // must hold with the row blank for any combination to count. Only where every number of the
  // table is held by a row (none a label left unclaimed, none on a group's label).
  const emptyRows = seg.rows.filter((r) => printedNothing(r) && !firstByKey.has(r.key) && !open.some((o) => o.key === r.key));
  // (a row that printed nothing, open with its one reading: every cell blank)
  const emptyOpen = (r: RowSegment<string>) => ({
    key: r.key,
    seg: r,
    alts: [emptyRowReading(r)],
    vanished: true as const,
    empty: true as const,
  });
  if (emptyRowsOpen) for (const r of emptyRows) open.push(emptyOpen(r));
  // (a band read: the row's own items past its end, `band-end.ts`, are no cell of its deals; those the
  // next row's band took are that row's to place)
  const inBands = new Set<RowItem>();
  for (const o of open) for (const i of o.band ?? []) inBands.add(i);
  for (const o of open) {
    const band = o.band;
    const below = band ? o.seg.evidence.items.filter((i) => !band.includes(i) && !inBands.has(i)) : [];
    if (below.length > 0) wrap.belowBand.set(o.seg, below);
  }
  // A run no cut of which makes a whole row that adds up lost cells (or its document breaks its
  // arithmetic): either way a whole cut elsewhere in the text is no evidence that no blank vanished.
  // (a row that printed no number shows no blank vanished from a row that printed some)
  if (open.some((o) => !o.empty && (o.vanished || !o.alts.some((alt) => alt.every((i) => i.token.kind === 'value'))))) vanish.shown = true;
  if (open.length === 0) return out;
  // Combinations of the open rows that keep the table's column relations (the row sums hold
  // already), over a vector of the table's cells (NaN: not known yet).
  const cells = new Float64Array((dataRows.length + 1) * NCOLS).fill(Number.NaN);
  for (const [key, row] of fixed) {
    const base = (rowIndex.get(key) ?? dataRows.length) * NCOLS;
    for (let c = 0; c < NCOLS; c++) cells[base + c] = row[c] as number;
  }
  // (a vanished blank counts as 0 in the column relations, as in validation)
  const openRowOf = (o: (typeof open)[number]): OpenRow => ({
    base: (rowIndex.get(o.key) ?? dataRows.length) * NCOLS,
    readings: o.alts.map((alt) => alt.map((i) => (i.token.kind === 'value' ? i.token.content.value : 0))),
    ...(o.vanished ? { mustHold: true } : {}),
  });
  // (every combination search over open rows: the table's cells and equations, a budget of its own
  // `factor` times the table's, so a search that runs out leaves the others as they were)
  const searchOpen = (rows: readonly (typeof open)[number][], factor = COMBINATION_WORK_FACTOR): ReturnType<typeof searchCombinations> =>
    searchCombinations(cells, NCOLS, relations, rows.map(openRowOf), new WorkBudget(budget.limit * factor));
  // (the bounds narrow only a search that checks the equations they come from: else the rows are cut again without them)
  if (narrowedAlts.size > 0) {
    const openRows = open.map(openRowOf);
    if (!bounds.holdIn(cells, openRows) || !familiesKnown(families, cells, openRows, NCOLS)) {
      for (const o of narrowedAlts.keys()) {
        const alts = readingsOfRow(o.seg.evidence.items, NCOLS, rowSum, () => true, true, budget, LAST_IS_SUM);
        if (alts === null && budget.exhausted) exhausted = true;
        o.alts = alts ?? [];
      }
      narrowedAlts.clear();
    }
  }
  let search = searchOpen(open, FIRST_COMBINATION_WORK_FACTOR);
  // Rows that printed nothing, in a table laid out by position whose rows that lost blanks are placed
  // by the spacing of a complete row of their page: with their cells not known, every column
  // equation through them is unknown, and a row that lost blanks counts only where each of its
  // equations is known and holds, so no combination counted (a Word-width table of mostly blank cells
  // with a whole row blank: every other row found and placed, the table unread). They join this
  // search with their one reading, every cell blank (as in the retries below), where every number of
  // the table is held by a row; kept where some combination then keeps every equation (the rows'
  // places are those the first search reads, nothing placed that it would not place).
  const placedRows = open.some((o) => o.vanished && !o.loose && fits.has(o.seg));
  if (
    search.complete &&
    search.surviving.every((x) => x.size === 0) &&
    placedRows &&
    !emptyRowsOpen &&
    emptyRows.length > 0 &&
    everyNumberInRows(seg)
  ) {
    const joined = emptyRows.map(emptyOpen);
    // (a row of zeros only is placed by no equation: its places by position alone would be read, and
    // a complete row's spacing has put such a row a column off; here it takes every placement)
    // Where the row's positions leave it one placement, and the complete rows near it on its page
    // show their columns by room (not packed one run apart), that placement is kept.
    const zeroRows = open.filter(
      (o) =>
        o.vanished &&
        !o.loose &&
        fits.has(o.seg) &&
        allZeros(o.seg.evidence.items) &&
        !(o.alts.length === 1 && roomyCompleteRowsNear(rowItems, NCOLS, o.seg.evidence.items, oneGrid)),
    );
    const before = zeroRows.map((o) => o.alts);
    const retry = new WorkBudget(budget.limit);
    const every = zeroRows.map((o) => vanishedBlankReadings(o.seg.evidence.items, NCOLS, rowSum, retry));
    if (every.every((a) => a !== null)) {
      zeroRows.forEach((o, k) => (o.alts = every[k] as RowItem[][]));
      const withEmpty = searchOpen([...open, ...joined]);
      if (withEmpty.complete && !withEmpty.surviving.every((x) => x.size === 0)) {
        for (const o of joined) open.push(o);
        for (const o of zeroRows) o.loose = true;
        search = withEmpty;
      } else zeroRows.forEach((o, k) => (o.alts = before[k] as RowItem[][]));
    }
  }
  let surviving = search.surviving;
  let complete = !exhausted && search.complete;
  // Rows that lost blanks are a guess about the layout: when no combination adds up, or the
  // search ran out, they are placed as they are (ambiguous), not left missing nor read by their
  // row sum alone.
  let noneHolds = surviving.every((s) => s.size === 0);
  // Glued rows take part only where the region writes its blanks as markers (`/`, `无`): a blank
  // then never vanished, and every reading of a glued row is among its cuts. Where blanks may have
  // vanished from a glued run, its cuts are searched with the row sum whole, and a row whose true
  // reading is not among them could leave a wrong combination alone.
  const markersShown = seg.rows.some((r) => r.evidence.items.some((i) => i.token.kind === 'blank'));
  // A glued row whose digits cut into a whole row that adds up was read whole only; where no
  // combination keeps the column equations and blanks vanish (no marker in the table), such a row
  // may have lost a blank all the same (`1714012649`: 1 7 14 0 1 26 49 adds up, and so does
  // _ 17 14 0 12 6 49). Its readings with one vanished blank are searched beside the whole ones.
  const gluedRows = open.filter((o) => !o.vanished && !o.band && !o.turns);
  if (complete && noneHolds && !markersShown && gluedRows.length > 0) {
    // (the total written: a row whose vanished blank is its total adds up whatever its cuts, checked by nothing)
    const totalWritten = (v: (number | null)[]): boolean => v[NCOLS - 1] !== null && rowSum(v);
    for (const o of gluedRows) {
      // (no reading with its total vanished is written: none is cut)
      const alts = readingsOfRow(o.seg.evidence.items, NCOLS, totalWritten, (p) => p !== NCOLS - 1, false, budget, LAST_IS_SUM);
      if (alts === null) complete = false;
      else o.alts = alts;
    }
    if (complete) {
      const again = searchOpen(open);
      surviving = again.surviving;
      complete = again.complete;
      noneHolds = surviving.every((s) => s.size === 0);
    }
  }
  // Rows placed by their positions where no combination keeps the equations: -layout text may pack
  // a row's numbers on a grid of its own that a complete row's spacing near it fits the wrong way
  // (a placement that fits leaves out the true one). Their blanks may then stand anywhere: searched
  // again with every placement that adds up, as rows no complete row fits (`loose`: their blanks not
  // known, ambiguous where the combinations left differ); where none holds either, as before.
  const fitted = open.filter((o) => o.vanished && !o.loose && !o.turns && fits.has(o.seg));
  // (rows the loose fit placed where every placement left them otherwise: named below)
  const byNearFit = new Set<(typeof open)[number]>();
  if (complete && noneHolds && (fitted.length > 0 || (noCompleteRow && emptyRows.length > 0))) {
    const before = fitted.map((o) => o.alts);
    // Rows that printed nothing, in a table laid out by position whose other rows lost blanks: with
    // their cells not known, every column equation through them is unknown and a row that lost
    // blanks counts only where each of its equations is known and holds, so no combination counted
    // (a Word-width table of mostly blank cells with whole rows blank). They join this search with
    // their one reading, every cell blank (as in a table on one line, above), where every number of
    // the table is held by a row; read so where some combination keeps every equation, and still
    // contested by a neighbour whose numbers may be theirs (`contestEmptyRowBefore`).
    const joined = (emptyRowsOpen || !everyNumberInRows(seg) ? [] : emptyRows).map(emptyOpen);
    // The search with the fitted rows' readings those `fitOfRow` leaves (every placement that adds up
    // where it gives no test): the combinations kept and whether the rows that printed nothing joined
    // them, 'none' where the search completed and none holds, null where a search ran out.
    type Kept = { found: ReturnType<typeof searchCombinations>; withEmpty: boolean };
    const attempt = (fitOfRow: (items: readonly RowItem[]) => ((places: readonly number[]) => boolean) | null): Kept | 'none' | null => {
      // (a budget of its own: a retry that runs out leaves the table's other searches as they were)
      const retry = new WorkBudget(budget.limit);
      for (const o of fitted) {
        const items = o.seg.evidence.items;
        const alts = vanishedBlankReadings(items, NCOLS, rowSum, retry, fitOfReading(fitOfRow(items) ?? undefined, items));
        if (alts === null) return null;
        o.alts = alts;
      }
      const again = searchOpen(open);
      if (!again.complete) return null;
      if (!again.surviving.every((x) => x.size === 0)) return { found: again, withEmpty: false };
      if (joined.length === 0) return 'none';
      const withEmpty = searchOpen([...open, ...joined]);
      if (!withEmpty.complete) return null;
      return withEmpty.surviving.every((x) => x.size === 0) ? 'none' : { found: withEmpty, withEmpty: true };
    };
    // (each open row's readings a search kept, as text)
    const keptKeys = (k: Kept): string[][] =>
      [...open, ...(k.withEmpty ? joined : [])].map((o, i) =>
        [...(k.found.surviving[i] as Set<number>)].map((a) => readingKey(o.alts[a] as RowItem[])),
      );
    let kept = attempt(() => null);
    // Where every placement leaves several readings (or the search runs out), the fitted rows' numbers
    // are held near the columns a complete row shows, a whole column's drift allowed (`LOOSE_FITS`):
    // the place of a row the tight fit put a column off is among them. Read where that keeps some
    // combination; every row whose readings kept then differ from those every placement keeps (all
    // of them, where that search ran out) rests on the positions and is named (`blank-by-position`).
    // (Where every placement was searched and none held, fewer hold none either.)
    if (fitted.length > 0 && (kept === null || (kept !== 'none' && kept.found.surviving.some((x) => x.size > 1)))) {
      // (compared as text: the near attempt makes the fitted rows' readings again)
      const was = kept === null ? null : keptKeys(kept);
      const everyAlts = fitted.map((o) => o.alts);
      // (the nearest reach first; a wider one only where the nearer keeps no combination)
      let near: Kept | 'none' | null = 'none';
      for (const reach of LOOSE_FITS) {
        near = attempt(placesFitting(rowItems, NCOLS, reach, oneGrid));
        if (near !== 'none') break;
      }
      // (a row of another kind the positions narrowed, digits run together or a wrapped band: not read so)
      const nearKept = near === 'none' ? null : near;
      let usable = nearKept !== null;
      if (nearKept !== null) {
        const rows = [...open, ...(nearKept.withEmpty ? joined : [])];
        keptKeys(nearKept).forEach((keys, i) => {
          const o = rows[i] as (typeof open)[number];
          const had = was?.[i];
          if (had && had.length === keys.length && keys.every((x) => had.includes(x))) return;
          // (a row that printed nothing has its one reading, every cell blank, named as before)
          if (o.empty) return;
          if (o.vanished && !o.band && !o.turns) byNearFit.add(o);
          else usable = false;
        });
      }
      if (usable) kept = nearKept;
      else {
        byNearFit.clear();
        fitted.forEach((o, k) => (o.alts = everyAlts[k] as RowItem[][]));
      }
    }
    if (kept !== null && kept !== 'none') {
      if (kept.withEmpty) for (const o of joined) open.push(o);
      surviving = kept.found.surviving;
      noneHolds = false;
      for (const o of fitted) o.loose = true;
    } else {
      byNearFit.clear();
      fitted.forEach((o, k) => (o.alts = before[k] as RowItem[][]));
    }
  }
  // A table laid out by position whose rows no complete row's spacing fits (Chromium's narrow cells packed
  // with one space: no grid), where the search kept nothing: the rows more of whose blanks vanished than a
  // row is searched with are placed by the equations alone (`loose`), as in a table with no complete row
  // (above), and the rows that printed nothing join blank; kept where the search completes and some
  // combination keeps every equation.
  if (complete && noneHolds && fits.size === 0 && laidOut && !noCompleteRow) {
    const retry = new WorkBudget(budget.limit);
    const extra: (typeof open)[number][] = [];
    let all = true;
    for (const [key, r] of firstByKey) {
      if (!dataRows.includes(key) || fixed.has(key) || open.some((o) => o.key === key) || !unfittedRow(r.evidence.items, NCOLS)) continue;
      const alts = vanishedBlankReadings(r.evidence.items, NCOLS, rowSum, retry);
      if (alts === null) {
        all = false;
        break;
      }
      if (alts.length > 0) extra.push({ key, seg: r, alts, vanished: true, loose: true });
    }
    const blank = emptyRowsOpen || !everyNumberInRows(seg) ? [] : emptyRows.map(emptyOpen);
    const again = all && extra.length > 0 ? searchOpen([...open, ...extra, ...blank]) : null;
    if (again && again.complete && !again.surviving.every((x) => x.size === 0)) {
      for (const o of [...extra, ...blank]) open.push(o);
      surviving = again.surviving;
      noneHolds = false;
    }
  }
  // (rows read with their blanks as unknown counts: a row that printed no number takes no part,
  // its cells not known, as where it stays out of the search)
  if (complete && noneHolds && unknownsAllowed)
    for (let k = open.length - 1; k >= 0; k--)
      if ((open[k] as (typeof open)[number]).empty) {
        open.splice(k, 1);
        surviving.splice(k, 1);
      }
  const openRead = new Set<(typeof open)[number]>();
  if (
    complete &&
    noneHolds &&
    unknownsAllowed &&
    !open.some((o) => o.turns) &&
    open.some((o) => o.vanished || markersShown) &&
    open.every((o) => o.vanished || markersShown)
  ) {
    // No placement adds up with the blanks read as 0: the document may have left blank a cell its
    // tables count. Read every blank as an unknown count instead (`unknown-blanks.ts`): a placement
    // stands only where the written numbers leave the unknowns one consistent value in every
    // equation, the row sums included.
    const rows: { base: number; readings: number[][] }[] = [];
    for (const o of open) {
      const alts = o.vanished
        ? vanishedBlankReadings(o.seg.evidence.items, NCOLS, rowSumOpen, budget, fitOfReading(fits.get(o.seg), o.seg.evidence.items))
        : readingsOfRow(o.seg.evidence.items, NCOLS, rowSumOpen, () => true, true, budget, LAST_IS_SUM);
      if (alts === null) break;
      o.alts = alts;
      openRead.add(o);
      rows.push({
        base: (rowIndex.get(o.key) ?? dataRows.length) * NCOLS,
        readings: o.alts.map((alt) => alt.map((i) => (i.token.kind === 'value' ? i.token.content.value : Number.NaN))),
      });
    }
    const all = compiledRelations(version, 'all', indexOf);
    const scratch = new Float64Array(cells.length);
    // Every equation through an open row must be known (its unknowns found) for a combination to count.
    const inOpen = (i: number): boolean => rows.some((r) => i >= r.base && i < r.base + NCOLS);
    const mustResolve = new Set(all.flatMap((rel, k) => ([...rel.left, ...rel.right].some(inOpen) ? [k] : [])));
    const unknowns =
      rows.length === open.length
        ? searchCombinations(cells, NCOLS, all, rows, budget, (c) => budget.spend(all.length) && unknownsFit(c, all, scratch, mustResolve))
        : null;
    complete = unknowns !== null && unknowns.complete && !budget.exhausted;
    // A reading some combination leaves unchecked (an equation through the row with two unknown
    // counts) is not refuted: it stands beside the confirmed ones (see readingsKept).
    if (unknowns)
      surviving = unknowns.surviving.map((confirmed, k) => {
        const unchecked = unknowns.unchecked?.[k] ?? new Set<number>();
        const fits = (rows[k] as { readings: unknown[] }).readings.map((_, a): ReadingFit =>
          confirmed.has(a) ? 'confirmed' : unchecked.has(a) ? 'unchecked' : 'refuted',
        );
        return new Set(readingsKept(fits) ?? []);
      });
    noneHolds = surviving.every((s) => s.size === 0);
  }
  // (complete and nothing adds up: the glued rows are left missing, and this says why)
  if (complete && noneHolds && gluedRows.length > 0)
    ctx.report('digit-runs-unsplit', { target: TABLE_NAMES.t3, count: gluedRows.length, path: 't3' });
  if (!complete) {
    ctx.report('search-budget-exhausted', { target: TABLE_NAMES.t3, detail: 'digits run together', path: 't3' });
    for (const o of open) {
      if (o.vanished || o.turns) continue;
      // (a row cut within its parts' bounds holds only the readings some combination could keep: unchecked, none is stated)
      if (narrowedAlts.get(o) === o.alts) {
        unproven.add(o.seg);
        continue;
      }
      // Readings never tried stand beside the ones kept: where blanks vanish, those that lost cells;
      // where a blank may be a count left unwritten, those whose numbers add up to less than the total.
      if (!markersShown) unproven.add(o.seg);
      else if (unknownsAllowed && !openRead.has(o) && o.seg.evidence.items.some((i) => i.token.kind === 'blank'))
        o.alts =
          readingsOfRow(o.seg.evidence.items, NCOLS, rowSumOpen, () => true, true, new WorkBudget(ROW_RECHECK_WORK), LAST_IS_SUM) ?? [];
    }
  }
  // Every number of the region is held by a row read (none unclaimed, in a group's line, in a row's
  // overflow, or in a second row of one label). A line no label claims holds pieces of a wrapped
  // row's numbers where that row's one reading the equations confirm deals them to its cells.
  // (a deal with a vanished blank is not read alone: the full deals stand beside it)
  open.forEach((o, i) => {
    const s = surviving[i];
    const lost = o.lostBlank;
    if (!lost || !s || s.size === 0 || ![...s].every((a) => lost.has(o.alts[a] as RowItem[]))) return;
    o.alts.forEach((alt, a) => {
      if (!lost.has(alt)) s.add(a);
    });
  });
  const dealt = new Set<RowItem>();
  if (complete && !noneHolds)
    open.forEach((o, i) => {
      const kept = o.alts.filter((_, a) => (surviving[i] as Set<number>).has(a));
      if (o.band && kept.length === 1 && !(o.asRead ?? []).includes(kept[0] as RowItem[])) for (const item of o.band) dealt.add(item);
    });
  const keysWithItems = new Set<string>();
  let everyNumberHeld =
    !seg.orphanRows.some((r) => r.items.some((i) => i.token.kind === 'value' && !dealt.has(i))) &&
    !seg.groups.some((g) => g.items.some((i) => i.token.kind === 'value'));
  for (const r of seg.rows)
    if (r.evidence.items.length > 0) {
      if (keysWithItems.has(r.key)) everyNumberHeld = false;
      keysWithItems.add(r.key);
    }
  // A row whose one placement the text fixed by its positions alone (every other reading refuted
  // by where its numbers stand, not by the equations) enters the column equations as a premise:
  // where the positions drifted, the equations then hold on wrong columns and place the other rows'
  // blanks to match. The rows the search placed are then read by positions too (named alike).
  const pinnedByPositions = open.some((o) => o.vanished === true && (fits.has(o.seg) || o.loose === true) && o.alts.length === 1);
  // Unless the equations place the row as well without the positions: the search again with every
  // row placed by its positions open to every placement that keeps its row sum (as a row no complete
  // row fits). A row whose readings left are the same rests on the equations alone (where the
  // positions drifted, the true placements keep the equations too, and the row's readings differ).
  // (searched once, where a row asks; null: not known, every such row rests on the positions)
  let withoutPositions: { readonly left: ReadonlyMap<(typeof open)[number], ReadonlySet<string>> | null } | undefined;
  const restsOnPositions = (o: (typeof open)[number], kept: readonly RowItem[][]): boolean => {
    // (the readings with blanks as unknown counts come from another search: not compared)
    if (openRead.size > 0) return true;
    withoutPositions ??= {
      left: readingsWithoutPositions(
        open,
        (x) => fits.has(x.seg),
        rowSum,
        NCOLS,
        new WorkBudget(budget.limit * COMBINATION_WORK_FACTOR),
        (rows, work) => searchCombinations(cells, NCOLS, relations, rows.map(openRowOf), work),
      ),
    };
    const left = withoutPositions.left?.get(o);
    const placed = new Set(kept.map(readingKey));
    return !left || left.size !== placed.size || ![...placed].every((k) => left.has(k));
  };
  open.forEach((o, i) => {
    if (o.turns) {
      // Both turns' readings the equations keep (unconfirmed: every reading, its vanished blanks
      // not known); a turn that lost blanks rests on the equations only where some reading left
      // keeps its row sum with its total written (readingsKept), as for any row that lost blanks.
      const kept = complete && !noneHolds ? o.alts.filter((_, a) => (surviving[i] as Set<number>).has(a)) : [];
      const confirmed =
        kept.length > 0 && (!o.vanished || readingsKept(kept.map((alt) => FIT_OF_ROW_SUM[rowSumOutcome(o.key, alt, version)])) !== null);
      out.set(o.seg, confirmed ? kept : o.alts.map(unconfirmedBlanks));
      return;
    }
    if (o.vanished && (noneHolds || !complete)) return;
    // A row that printed no number moved nothing into its total: its one reading, every cell blank,
    // rests on the column equations that held with it (every number of the table held by a row).
    if (o.empty) {
      if (complete && !noneHolds && everyNumberHeld && (surviving[i] as Set<number>).has(0)) {
        out.set(o.seg, o.alts);
        reportAtRowLabel(ctx, 'blank-placed', o.key, o.seg.label);
      }
      return;
    }
    // A row that lost blanks whose readings left all put a blank in its total (its row sum
    // unchecked) rests on the column equations, where that blank counts as 0: in a report that does
    // not add up, a blank moved into the total looks whole. Never read on its own (readingsKept);
    // where the row's positions show its cells (position-fit), the places rest on them.
    if (
      o.vanished &&
      !openRead.has(o) &&
      (!fits.has(o.seg) || o.loose === true) &&
      readingsKept(
        o.alts.filter((_, a) => (surviving[i] as Set<number>).has(a)).map((alt) => FIT_OF_ROW_SUM[rowSumOutcome(o.key, alt, version)]),
      ) === null
    )
      return;
    // Unconfirmed by the column relations (the search ran out), a blank a cut put where a cell may
    // have vanished is a guess, not a blank read: it is placed as not known. A wrapped row's deals
    // that add up stay its readings where the columns cannot choose (one: read by its row sum;
    // several: ambiguous where they differ).
    const kept =
      complete && !(o.band && noneHolds)
        ? o.alts.filter((_, a) => (surviving[i] as Set<number>).has(a))
        : o.band
          ? o.alts
          : o.alts.map(unconfirmedBlanks);
    // A column a row's positions leave empty in -layout text held a blank or a number the text
    // moved elsewhere (a piece of a wrapped number, a zero among them): not known.
    const placedByFit = fits.has(o.seg) || o.loose === true;
    // Unless the row's one reading left is confirmed by every equation it takes part in and the
    // table has no number that no row holds (nowhere a cell of this row could have gone): its
    // empty columns are then blank, named by a warning (`blank-by-position`).
    const blanksHeld = placedByFit && o.vanished === true && complete && !noneHolds && kept.length === 1 && everyNumberHeld;
    const keep = placedByFit && !blanksHeld ? kept.map(unconfirmedBlanks) : kept;
    if (blanksHeld && (byNearFit.has(o) || (kept[0] as RowItem[]).some((i) => i.token.kind === 'blank')))
      reportAtRowLabel(ctx, 'blank-by-position', o.key, o.seg.label);
    out.set(o.seg, keep);
    if (o.band) {
      // (the lines of the band are read where every kept reading deals them)
      const asRead = o.asRead ?? [];
      // (compared before the positions' blanks are made not known: that copies the readings)
      if (!kept.some((k) => asRead.includes(k))) for (const item of o.band) wrap.taken.add(item);
      if (kept.length === 1 && !asRead.includes(kept[0] as RowItem[]))
        ctx.report('cells-unwrapped', {
          detail: describeUnwrapped(keep[0] as RowItem[]),
          path: `t3.${o.key}`,
          location: ctx.location(o.seg.label.start, o.seg.label.end),
        });
      return;
    }
    if (o.vanished) {
      if (!blanksHeld && (byNearFit.has(o) || (pinnedByPositions && o.alts.length > 1 && restsOnPositions(o, kept))))
        reportAtRowLabel(ctx, 'blank-by-position', o.key, o.seg.label);
      else if (keep.length === 1 && !placedByFit) reportAtRowLabel(ctx, 'blank-placed', o.key, o.seg.label);
      return;
    }
    const raw = o.seg.evidence.items
      .filter((x) => x.token.kind === 'value' && x.token.glued)
      .map((x) => (x.token.kind === 'value' ? x.token.raw : ''))
      .join(' ');
    if (keep.length === 1) {
      ctx.report('digit-run-split', {
        detail: `${raw} → ${(keep[0] as RowItem[]).map((x) => (x.token.kind === 'value' ? x.token.raw : '')).join(' ')}`,
        path: `t3.${o.key}`,
        location: ctx.location(o.seg.label.start, o.seg.label.end),
      });
    }
  });
  return out;
}

/**
 * Whether a row's items are a number in every cell on one line of known columns, none of them
 * glued: its label's line is whole, so no cell of the row before it stands there.
 */
function wholeLabelLine(items: readonly RowItem[]): boolean {
  const first = items[0];
  return (
    items.length === NCOLS &&
    first !== undefined &&
    items.every(
      (i) => i.token.kind === 'value' && i.token.glued !== true && i.token.column !== undefined && i.token.line === first.token.line,
    )
  );
}

/** Each version's equations compiled over {@link readDigitRuns}'s cell vector (its data rows' cells, by row): built once. */
const COMPILED = new Map<string, readonly CompiledRelation[]>();

/**
 * A version's table-三 equations compiled by `indexOf` (the cell vector of the version's data rows,
 * the same for every table of the version): `all`, or `columns` (all but the row sums).
 */
function compiledRelations(
  version: TemplateVersion,
  which: 'all' | 'columns',
  indexOf: (address: string) => number,
): readonly CompiledRelation[] {
  const key = `${version}:${which}`;
  let compiled = COMPILED.get(key);
  if (!compiled) {
    const relations = table3Relations(version);
    compiled = compileRelations(which === 'all' ? relations : relations.filter((r) => r.rule !== 'T3.ROWSUM'), indexOf);
    COMPILED.set(key, compiled);
  }
  return compiled;
}

/** A test of a row's readings by the places they give its items (none without one of places). */
function fitOfReading(
  fit: ((places: readonly number[]) => boolean) | undefined,
  items: readonly RowItem[],
): ((reading: readonly RowItem[]) => boolean) | undefined {
  return fit ? (reading) => fit(placesIn(reading, items)) : undefined;
}

/** The column of each of a row's items in a reading of it (the reading keeps the items, blanks put between them). */
function placesIn(reading: readonly RowItem[], items: readonly RowItem[]): number[] {
  const out: number[] = [];
  let k = 0;
  reading.forEach((it, c) => {
    if (it === items[k]) {
      out.push(c);
      k++;
    }
  });
  return out;
}

/** A blank cell no marker wrote, where `like` stands (for readings of a row's cells). */
function blankLike(like: RowItem): RowItem {
  const t = like.token;
  return { ...like, token: { kind: 'blank', raw: '', start: t.start, end: t.start, line: t.line, gapBefore: 0, lineStart: false } };
}

/** Whether every item of a row is the number 0. */
function allZeros(items: readonly RowItem[]): boolean {
  return items.length > 0 && items.every((i) => i.token.kind === 'value' && i.token.content.value === 0);
}

/**
 * A row `readDigitRuns` may place by the table's equations alone where no complete row near it
 * fits its positions: fewer numbers than columns, all on one line of `pdftotext -layout` text (each
 * with its character column), no blank marker, no digits run together, none inside a pipe row.
 */
function unfittedRow(items: readonly RowItem[], ncols: number): boolean {
  const first = items[0];
  if (!first || items.length >= ncols) return false;
  return items.every(
    (i) =>
      i.token.kind === 'value' && !i.token.glued && !i.token.inRow && i.token.column !== undefined && i.token.line === first.token.line,
  );
}

/**
 * The readings of a row on alternating lines by both turns of the lines (`alternating-rows.ts`):
 * a turn with a cell for every column as it is, one short of cells with its digits run together cut
 * and its lost blanks put wherever the row sum keeps (or leaves unchecked: a blank total); null
 * when the budget ran out.
 */
function turnReadings(turns: readonly RowItem[][], budget: WorkBudget): RowItem[][] | null {
  const rowSum = (v: (number | null)[]): boolean =>
    v[NCOLS - 1] === null || v.slice(0, NCOLS - 1).reduce<number>((a, b) => a + (b ?? 0), 0) === v[NCOLS - 1];
  const out: RowItem[][] = [];
  for (const items of turns) {
    // (digits run together, `００`: every cut of them, as for any row with such a run)
    const alts =
      items.length === NCOLS
        ? [items.slice()]
        : hasDigitRun(items, NCOLS)
          ? readingsOfRow(items, NCOLS, rowSum, () => true, true, budget, LAST_IS_SUM)
          : vanishedBlankReadings(items, NCOLS, rowSum, budget);
    if (alts === null) return null;
    for (const alt of alts) out.push(alt);
  }
  return out;
}

/** The item with a one-digit number glued to text (`情形）0`) read as not glued: one digit is one number. */
function unglueOneDigit(item: RowItem): RowItem {
  const t = item.token;
  if (t.kind !== 'value' || t.glued !== true || !ONE_DIGIT_RE.test(t.raw)) return item;
  return { ...item, token: { ...t, glued: false } };
}

/** One digit, ASCII or full-width. */
const ONE_DIGIT_RE = /^[0-9０-９]$/;

/** The one reading of a row that printed no number: every cell a blank that vanished, at its label's end. */
function emptyRowReading(r: RowSegment<string>): RowItem[] {
  const at = r.label;
  const token: BlankToken = { kind: 'blank', raw: '', start: at.end, end: at.end, line: at.line, gapBefore: 0, lineStart: false };
  return Array.from({ length: NCOLS }, (): RowItem => ({ token, collapsedBefore: 0, run: 0 }));
}

/** Whether no number of a table stands outside its rows (none a label left unclaimed, none on a group's label). */
function everyNumberInRows(seg: Segmentation<string>): boolean {
  return (
    !seg.orphanRows.some((r) => r.items.some((i) => i.token.kind === 'value')) &&
    !seg.groups.some((g) => g.items.some((i) => i.token.kind === 'value'))
  );
}

/** Whether a row printed nothing: no number after its label, none on the lines it overflows to. */
function printedNoNumber(r: RowSegment<string>): boolean {
  return r.evidence.items.length === 0 && r.overflow.length === 0;
}

/** A reading whose blanks that no marker wrote (cells that may have vanished) are not known (`uncertain`). */
function unconfirmedBlanks(reading: RowItem[]): RowItem[] {
  if (!reading.some((i) => i.token.kind === 'blank' && i.token.raw === '')) return reading;
  return reading.map((i) => (i.token.kind === 'blank' && i.token.raw === '' ? { ...i, token: { ...i.token, uncertain: true } } : i));
}

const COLUMN_INDEX = new Map(TABLE3_COLUMNS.map((c, i) => [c.key as string, i]));

/** The row key and column index of a table-三 address (`t3.<row>.<column>`), parsed once. */
const CELLS = new Map<string, { row: string; column: number }>();
function cellOf(address: string): { row: string; column: number } {
  let c = CELLS.get(address);
  if (!c) {
    const dot = address.lastIndexOf('.');
    c = { row: address.slice(3, dot), column: COLUMN_INDEX.get(address.slice(dot + 1)) ?? -1 };
    CELLS.set(address, c);
  }
  return c;
}

/** The columns a reading of a row leaves blank, as a key (`1,4`). */
function blankColumns(reading: readonly RowItem[]): string {
  const out: number[] = [];
  reading.forEach((i, c) => {
    if (i.token.kind === 'blank') out.push(c);
  });
  return out.join(',');
}
