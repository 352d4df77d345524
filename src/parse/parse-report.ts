/**
 * The pipeline: adapter → normalisation → line grammar → outline and table regions → table
 * readers → report assembly. Pure; never throws on ordinary input.
 */
import type { AdapterRendering } from '../adapters/adapter.js';
import { coreRegistry, textFormats } from '../adapters/registry.js';
import { joinParagraphCells, lexLines, type Line } from '../grammar/lines.js';
import type { InputFormat, ParseResult, Report, SourceFormat, TemplateVersions } from '../model/report.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReportTables, Table3, Table4 } from '../model/tables.js';
import { normalize } from '../normalize/normalize.js';
import { findSectionHeadings } from '../outline/headings.js';
import { extractMetadata, reportMetadataSources } from '../outline/metadata.js';
import { splitRunOnLines } from '../outline/run-on.js';
import { markPrintedColumns } from './printed-columns.js';
import { buildSections } from '../outline/sections.js';
import {
  isSentence,
  isNoteLine,
  isDatedProse,
  isForeignToTable4,
  ANY_DIGIT_RE,
  isTailNumbers,
  locateTables,
  tailAfterHeading,
  tailAfterText,
  type LineRange,
  type TableRegions,
} from '../tables/locate.js';
import { claimsInText, type NarrativeClaim } from '../narrative/claims.js';
import { readTable2 } from '../tables/table2.js';
import { usesHyphenBlanks, writesBlankMarks } from '../tables/sign-or-blank.js';
import { decideBlockStream } from '../repairs/block-stream.js';
import { readTable3, type Table3ReadOptions, type Table3Result } from '../tables/table3.js';
import { readTable4, readWhole, type Table4Result } from '../tables/table4.js';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../template/table4.js';
import { detectLayout, isPageNumber, tokenize, writesDashPairs, type TableToken, type TokenizeOptions } from '../tables/tokens.js';
import { expectedVersionForYear, type TemplateVersion } from '../template/version.js';
import { classifyText } from './classify.js';
import { ParseContext } from './context.js';
import { TABLE_NAMES, type TableKey } from '../template/table-names.js';
import { noteUnplacedCandidates } from '../diagnostics/unplaced-candidates.js';
import { unkeptEquations, type EquationCell } from '../repairs/unkept-equations.js';
import { swappedColumns, type OppositeResidual, type SwappedColumns } from '../repairs/swapped-columns.js';
import { keptByColumnEquations, type OperandLookup } from '../template/arithmetic.js';
import { TABLE3_COLUMNS, table3DataRowKeys } from '../template/table3.js';
import { packedStacks, stretchedStacks, type PlacedCell } from '../repairs/packed-stacks.js';
import { blankTotalsOverCounts, totalAmongParts } from '../repairs/blank-totals.js';
import { movedColumn, type MovedColumnCell } from '../repairs/moved-column.js';
import { blankCountsAsZero, table3Relations, TABLE4_RELATIONS, type TableRelation } from '../template/relations.js';
import { cellAt, getPath } from '../model/paths.js';
import type { Cell } from '../model/cell.js';
import { resolveLimits, type Limits } from '../limits/limits.js';
import { inputTooLarge } from '../limits/check.js';
import { findReportStarts, reportPart } from './multiple-reports.js';
import { afterDigit, aloneOnPageLine, flagMarkedFigures, marksNamed } from '../tables/note-marks.js';
import { namesRemarksColumn, unreadRemarkRows } from '../tables/remarks-column.js';
import { table2Addresses, table3Addresses as addressesOfTable3, table4Addresses } from '../template/addresses.js';

/** Options of {@link parseReport}. */
export interface ParseOptions {
  /** How to read the input: `'auto'` (default) detects HTML and Markdown; `'text'`, `'markdown'`, `'html'` force one. */
  format?: 'auto' | InputFormat;
  /** Limits on what the parse reads (defaults: `DEFAULT_LIMITS`); exceeding one gives a diagnostic, never a crash. */
  limits?: Partial<Limits>;
}

/**
 * Parses an annual report into typed data.
 *
 * Ordinary bad input never throws: the result holds the best partial report and diagnostics.
 * `report` is `null` only when the input is not a report of the 2019/2021 templates
 * (`not-a-report`, `pre-2019-template`).
 *
 * @throws TypeError when `input` is not a string or `options` is malformed.
 */
export function parseReport(input: string, options: ParseOptions = {}): ParseResult {
  return parseInput(input, options, 'parseReport', false)[0] as ParseResult;
}

/**
 * Parses every report of an input that holds several (the section outline starts again: a page
 * printing the report twice, files joined together). Returns one result per report, in order,
 * each with a `multiple-reports` diagnostic naming where every report starts; an input holding
 * one report gives one result, as {@link parseReport}. Locations point into the whole input.
 *
 * @throws TypeError when `input` is not a string or `options` is malformed.
 */
export function parseReports(input: string, options: ParseOptions = {}): ParseResult[] {
  return parseInput(input, options, 'parseReports', true);
}

function parseInput(input: string, options: ParseOptions, caller: string, split: boolean): ParseResult[] {
  if (typeof input !== 'string') {
    throw new TypeError(`${caller}(input): input must be a string, got ${input === null ? 'null' : typeof input}`);
  }
  if (typeof options !== 'object' || options === null) throw new TypeError(`${caller}(input, options): options must be an object`);
  const requested = options.format ?? 'auto';
  const formats: string[] = ['auto', ...textFormats()];
  if (!formats.includes(requested)) {
    throw new TypeError(`${caller}(input, options): format must be one of ${formats.join(', ')}; got ${String(requested)}`);
  }
  const limits = resolveLimits(options.limits, `${caller}(input, options)`);
  const tooLarge = inputTooLarge(input.length, limits);
  if (tooLarge) return [{ report: null, diagnostics: [tooLarge] }];
  // The adapter registry decides the format (`adapters/registry.ts`) and renders the input as text.
  const registry = coreRegistry();
  const adapter = requested === 'auto' ? registry.detectText(input) : registry.textAdapter(requested);
  return parseRenderedReports({ input, format: adapter.format, limits, ...adapter.render(input) }, split);
}

/** An adapter's rendering of some input, for {@link parseRendered}. */
export interface RenderedInput extends AdapterRendering {
  /** The caller's input (locations point into it). */
  input: string;
  /** Format recorded in `report.source.format`. */
  format: SourceFormat;
  /** Limits of the parse (default: `DEFAULT_LIMITS`). */
  limits?: Limits;
  /**
   * The text's lines were laid out from measured positions (`parsePositionedText`): a number stands
   * on the line of its height on the page (default `false`; see `Table3ReadOptions`).
   */
  measuredLines?: boolean;
  /** Every page of the text on one character grid (a PDF's text items; default `false`; see `Table3ReadOptions`). */
  pagesOnOneGrid?: boolean;
}

/** One report of an input holding several: the diagnostic naming where each starts. */
interface ReportPart {
  readonly multiple: Diagnostic;
}

/** The pipeline after an adapter has rendered its input as text. Used by the HTML, DOCX and PDF paths. Reads the first report of an input holding several. */
export function parseRendered(r: RenderedInput): ParseResult {
  return parseRenderedReports(r, false)[0] as ParseResult;
}

/** {@link parseRendered} for every report of an input holding several (`split`), or the first only. */
export function parseRenderedReports(r: RenderedInput, split: boolean): ParseResult[] {
  const tooLarge = inputTooLarge(r.text.length, r.limits ?? resolveLimits(undefined));
  if (tooLarge) return [{ report: null, diagnostics: [tooLarge] }];
  return parseOne(r, split, null);
}

/** Lines read as the report's head (title, agency, dates) when no section heading is found. */
const HEAD_LINES_WITHOUT_HEADING = 40;

function parseOne(r: RenderedInput, split: boolean, part: ReportPart | null): ParseResult[] {
  const { input, text, format, toInput } = r;
  const norm = normalize(text);
  const ctx = new ParseContext(norm, toInput, input, r.place, (r.limits ?? resolveLimits(undefined)).maxDiagnostics);
  if (part) ctx.add([part.multiple]);
  if (r.diagnostics) ctx.add(r.diagnostics);
  if (norm.controlCharacters > 0) ctx.report('control-characters', { count: norm.controlCharacters });
  if (norm.pinyinRemoved > 0) ctx.report('pinyin-removed', { count: norm.pinyinRemoved });
  if (norm.convertedToSimplified) ctx.report('traditional-converted', { count: norm.traditionalChars });

  const lines = splitRunOnLines(joinParagraphCells(lexLines(norm.text), norm.text), norm.text);
  markPrintedColumns(lines, norm.toOriginal);
  const headings = findSectionHeadings(lines);
  if (!part) {
    const starts = findReportStarts(lines, headings);
    if (starts.length > 1)
      return readParts(
        r,
        split,
        starts.map((i) => lines[i] as Line),
        ctx,
      );
  }
  const regions = locateTables(lines, headings);
  const firstHeading = headings[0]?.line ?? Math.min(lines.length, HEAD_LINES_WITHOUT_HEADING);
  const { meta, evidence: metaEvidence } = extractMetadata(
    lines,
    norm.text,
    firstHeading,
    r.meta ? { meta: r.meta, normalize: (t) => normalize(t).text } : undefined,
  );

  const sectionKeys = new Set(headings.map((h) => h.key).filter((k) => k !== null)).size;
  const verdict = classifyText(norm.text, meta.year, sectionKeys, meta.title !== null);
  if (verdict.kind === 'not-a-report') {
    ctx.report('not-a-report', { detail: verdict.reason });
    return [{ report: null, diagnostics: ctx.finish() }];
  }
  if (verdict.kind === 'pre-2019') {
    ctx.report('pre-2019-template', { detail: verdict.markers.join('、') });
    return [{ report: null, diagnostics: ctx.finish() }];
  }

  if (r.tables && r.tables.count === 0) ctx.report('html-no-tables', { count: r.tables.images });

  const prior: TemplateVersion | null = meta.year !== null ? expectedVersionForYear(meta.year) : null;
  // Text laid out from PDF positions: wrapped numbers were joined from their coordinates already.
  const tokenizeOptions: TokenizeOptions = { stackedNumbers: format !== 'pdf', dashPairs: writesDashPairs(lines) };
  // (tables 三 and 四 hold counts only: a number cut at a decimal point is none of theirs)
  const countOptions: TokenizeOptions = { ...tokenizeOptions, countsOnly: true };
  /** Reads one table's region, or reports it missing; an empty table is reported too. */
  const readRegion = <T>(
    key: TableKey,
    region: LineRange | null,
    read: (tokens: TableToken[]) => { table: T; hasContent: boolean },
    tokens?: TableToken[] | null,
  ): T | null => {
    if (!region) {
      ctx.report('table-missing', { target: TABLE_NAMES[key], path: key });
      return null;
    }
    const r = read(tokens ?? regionTokens(lines, region, key === 't2' ? tokenizeOptions : countOptions, null, null, key === 't4'));
    if (!r.hasContent) ctx.report('table-empty', { target: TABLE_NAMES[key], path: key });
    return r.table;
  };
  // Table 三 tells whether the text is a block stream (plain pdftotext); tables 二 and 四 are read alike.
  let blockStream = false;
  let blanksVanish = false;
  // (table 三 printed a cell a paragraph: table 四's gaps are its empty cells; asked lazily)
  let cellsALine = (): boolean => false;
  // (table 三's tokens are read once: for this decision and by its reader)
  const t3Tokens = regions.t3 !== null ? regionTokens(lines, regions.t3, countOptions) : null;
  // Table 三's last columns printed after the next heading: read with the table only where the
  // column-tail repair reads every number of them (by count and arithmetic); otherwise the table
  // is read as its region stands (what the first reading reported taken back).
  const t3Tail = regions.t3 !== null ? tailAfterHeading(lines, headings, regions) : null;
  // (the tail table 三 took: table 四's region, which may begin at its group header above them, leaves them out)
  const taken: { tail: LineRange | null } = { tail: null };
  const t3Options: Table3ReadOptions = { measuredLines: r.measuredLines === true, pagesOnOneGrid: r.pagesOnOneGrid === true };
  const readT3 = (tokens: TableToken[]): Table3Result => {
    if (!t3Tail || !regions.t3) return readTable3(ctx, tokens, prior, t3Options);
    const mark = ctx.diagnostics.length;
    const withTail = regionTokens(lines, regions.t3, countOptions, t3Tail);
    const r = readTable3(ctx, withTail, prior, t3Options);
    const from = (lines[t3Tail.from] as Line).start;
    const read = r.tailRead;
    if (read && withTail.every((t) => t.kind !== 'value' || t.start < from || read.has(t.start))) {
      taken.tail = t3Tail;
      return r;
    }
    // (or the table read whole with them: every number placed, no cell missing)
    let whole = true;
    for (let k = mark; k < ctx.diagnostics.length && whole; k++) whole = !TAIL_UNREAD.has((ctx.diagnostics[k] as Diagnostic).code);
    if (whole) {
      taken.tail = t3Tail;
      return r;
    }
    ctx.diagnostics.splice(mark);
    return readTable3(ctx, tokens, prior, t3Options);
  };
  // Table 四's cells printed after the sections that follow it: read with the table only where the
  // table so reads every cell and every number (the group sums keep), each cell then named by a
  // warning; otherwise the table is read as its region stands.
  const t4Tail = tailAfterText(lines, regions);
  // (text after table 四's region: the next section or the table's note closes it)
  const textAfter = (): boolean => regions.t4 !== null && lines.slice(regions.t4.to).some((l) => l.kind !== 'blank');
  const readT4 = (tokens: TableToken[]): Table4Result => {
    const read = (t: TableToken[], after: () => number, none?: (line: number) => boolean): Table4Result =>
      readTable4(ctx, t, () => proseClaims(lines, regions), blockStream, blanksVanish, after, none, blanksWritten, cellsALine, textAfter);
    const mark = ctx.diagnostics.length;
    const after = (): number => numbersAfterTables(lines, regions);
    const r = read(tokens, after, (line) => t4Tail === null && blankAfter(lines, line, regions.t4) && after() === 0);
    if (!t4Tail || !regions.t4 || readWhole(r.table)) return r;
    const first = ctx.diagnostics.splice(mark);
    const leave = taken.tail && regions.t4.from < taken.tail.to ? taken.tail : null;
    const withTail = read(regionTokens(lines, regions.t4, countOptions, t4Tail, leave, true), () => 0);
    let whole = readWhole(withTail.table);
    for (let k = mark; k < ctx.diagnostics.length && whole; k++) whole = !TAIL_UNREAD.has((ctx.diagnostics[k] as Diagnostic).code);
    if (whole) {
      ctx.report('values-after-text', { target: TABLE_NAMES.t4, path: 't4', addresses: T4_ADDRESSES });
      return withTail;
    }
    ctx.diagnostics.splice(mark);
    for (const d of first) ctx.diagnostics.push(d);
    return r;
  };
  const blockStreamText = t3Tokens !== null && decideBlockStream(t3Tokens).blockStream;
  // Blank cells written as hyphens in table 三 (a count is never negative there): evidence for table 二.
  const hyphenBlanksText = t3Tokens !== null && usesHyphenBlanks(t3Tokens, true);
  // (table 二's tokens are read once: for the evidence below and by its reader)
  const t2Tokens = regions.t2 !== null ? regionTokens(lines, regions.t2, tokenizeOptions) : null;
  // Blank cells written as marks in table 二 or 三: evidence how the document prints a blank (table 四
  // then reads a run that cuts whole as whole; see readTable4).
  const blanksWritten = (t3Tokens !== null && writesBlankMarks(t3Tokens, true)) || (t2Tokens !== null && writesBlankMarks(t2Tokens, false));
  const tables: ReportTables = {
    t2: readRegion('t2', regions.t2, (tokens) => readTable2(ctx, tokens, prior, blockStreamText, hyphenBlanksText), t2Tokens),
    t3: readRegion(
      't3',
      regions.t3,
      (tokens) => {
        const r = readT3(tokens);
        blockStream = r.blockStream === true;
        blanksVanish = r.blanksVanish === true;
        cellsALine = r.cellsALine ?? cellsALine;
        return r;
      },
      t3Tokens,
    ),
    t4: readRegion(
      't4',
      regions.t4,
      (tokens) => readT4(tokens),
      regions.t4 && taken.tail && regions.t4.from < taken.tail.to
        ? regionTokens(lines, regions.t4, countOptions, null, taken.tail, true)
        : null,
    ),
  };
  const versions: TemplateVersions = { table2: tables.t2?.version ?? null, table3: tables.t3?.version ?? null };

  reportVersions(ctx, versions, meta.year);
  const sections = buildSections(ctx, lines, headings, [regions.t2, regions.t3, regions.t4]);
  reportMetadataSources(meta, metaEvidence, ctx);
  const missingMeta = (['title', 'agency', 'year'] as const).filter((k) => meta[k] === null);
  if (missingMeta.length > 0) ctx.report('metadata-missing', { detail: missingMeta.join(', ') });

  const report: Report = {
    templateVersions: versions,
    meta,
    sections,
    tables,
    source: { format, length: input.length, convertedToSimplified: norm.convertedToSimplified },
  };
  // (markup keeps a footnote mark's raise: HTML and Word write it as the cell's note)
  if (format !== 'html' && format !== 'docx') flagNoteMarks(ctx, norm.text, lines, regions, tables, versions);
  reportUnkeptEquations(ctx, tables);
  if (tables.t3) {
    const t3Cells = table3Cells(tables.t3);
    reportMovedColumn(ctx, tables.t3, t3Cells);
    if (format === 'text') reportPackedStacks(ctx, tables.t3, input, t3Cells);
  }
  noteUnplacedCandidates(ctx.diagnostics);
  return [{ report, diagnostics: ctx.finish() }];
}

/**
 * Each table's figures that may carry a footnote mark its notes name, read either way
 * (`tables/note-marks.ts`); table 三's rows whose total may be a remark's mark, unread
 * (`tables/remarks-column.ts`). Text only: markup keeps the raise and the remarks' own cells.
 */
function flagNoteMarks(
  ctx: ParseContext,
  text: string,
  lines: readonly Line[],
  regions: TableRegions,
  tables: ReportTables,
  versions: TemplateVersions,
): void {
  const read = (root: object | null, region: LineRange | null, addresses: readonly string[]): void => {
    if (root && region)
      flagMarkedFigures(ctx, root, addresses, marksNamed(lines, region), aloneOnPageLine(text, lines, region), afterDigit(lines, region));
  };
  read(tables.t2, regions.t2, table2Addresses(tables.t2?.version ?? versions.table2 ?? '2021'));
  read(tables.t3, regions.t3, addressesOfTable3(tables.t3?.version ?? versions.table3 ?? '2021'));
  read(tables.t4, regions.t4, table4Addresses());
  if (tables.t3 && regions.t3 && namesRemarksColumn(lines, regions.t3))
    unreadRemarkRows(ctx, tables.t3, addressesOfTable3(tables.t3.version ?? versions.table3 ?? '2021'));
}

/**
 * Names the stated cells of every equation of tables 三 and 四 that no choice of its ambiguous
 * cells' candidates keeps (`repairs/unkept-equations.ts`): validation skips an equation with an
 * ambiguous cell, and such an equation fails whatever they hold (`equation-unkept`). Names too the
 * cells of a row whose blank total leaves it unchecked while its parts add up to more than 0
 * (`repairs/blank-totals.ts`, `blank-total-unchecked`), and of a row whose total was not read while
 * its last stated part is the sum of the others (`total-among-parts`).
 */
function reportUnkeptEquations(ctx: ParseContext, tables: ReportTables): void {
  // (each address read once per table: an address is in several equations, each read several times)
  const cellOf = (root: unknown): ((address: string) => EquationCell) => {
    const read = new Map<string, EquationCell>();
    return (address) => {
      let e = read.get(address);
      if (e === undefined) {
        const c = cellAt(root, address);
        if (!c || c.status === 'missing') e = { status: 'missing' };
        else if (c.status === 'ambiguous') e = { status: 'ambiguous', candidates: c.candidates };
        else if (c.status === 'blank' || c.value === null) e = { status: 'blank' };
        else e = { status: 'value', value: c.value };
        read.set(address, e);
      }
      return e;
    };
  };
  const checked: [key: 't3' | 't4', table: Table3 | Table4 | null, relations: () => readonly TableRelation[]][] = [
    ['t3', tables.t3, () => table3Relations((tables.t3 as Table3).version)],
    ['t4', tables.t4, () => TABLE4_RELATIONS],
  ];
  for (const [key, table, relations] of checked) {
    if (!table) continue;
    const read = cellOf(table);
    // A row whose blank total leaves it unchecked while its parts count more than 0 (repairs/blank-totals.ts).
    for (const b of blankTotalsOverCounts(relations(), read)) {
      const path = `${key}.${b.relation.row as string}`;
      ctx.report('blank-total-unchecked', { target: path, actual: b.sum, path, addresses: b.addresses });
    }
    // A row whose total was not read while its last stated part is the sum of the others (repairs/blank-totals.ts).
    for (const b of totalAmongParts(relations(), read)) {
      const path = `${key}.${b.relation.row as string}`;
      ctx.report('total-among-parts', { target: path, actual: b.sum, path, addresses: b.addresses });
    }
    // Two columns a text printed in each other's place (repairs/swapped-columns.ts).
    for (const w of swappedColumns(relations(), operandOf(read), blankCountsAsZero))
      ctx.report('columns-swapped', {
        target: TABLE_NAMES[key],
        detail: swapDetail(w),
        actual: (w.evidence[0] as OppositeResidual).residual,
        path: key,
        addresses: w.addresses,
      });
    // (a table without an ambiguous cell has no such equation: the check reads no cell of it)
    if (!holdsAmbiguousCell(table)) continue;
    for (const u of unkeptEquations(relations(), read, blankCountsAsZero))
      ctx.report('equation-unkept', {
        target: TABLE_NAMES[key],
        detail: u.relation.rule,
        path: u.relation.row !== undefined ? `${key}.${u.relation.row}` : key,
        addresses: u.addresses,
      });
  }
}

/**
 * Names the cells of table 三 a column printed out of the header's order would change
 * (`repairs/moved-column.ts`, `column-order-moved`): rows whose sums fail as read and hold with one
 * column moved, and the rows that cannot tell their order by themselves.
 */
function reportMovedColumn(ctx: ParseContext, t3: Table3, t3Cells: readonly (readonly (Cell | undefined)[])[]): void {
  const cellOf = (c: Cell | undefined): MovedColumnCell => {
    if (!c || c.status === 'missing') return null;
    if (c.status === 'ambiguous') return { candidates: c.candidates };
    return c.status === 'blank' || c.value === null ? 'blank' : c.value;
  };
  const rows = table3CellAddresses(t3.version).map((addresses, r) => ({
    row: (addresses[0] as string).slice(0, (addresses[0] as string).lastIndexOf('.')),
    cells: (t3Cells[r] as readonly (Cell | undefined)[]).map(cellOf),
    addresses,
  }));
  const found = movedColumn(rows);
  if (!found || found.addresses.length === 0) return;
  ctx.report('column-order-moved', {
    target: TABLE_NAMES.t3,
    detail: found.evidence.join('、'),
    actual: found.totalAt + 1,
    expected: TABLE3_COLUMNS.length,
    path: 't3',
    addresses: found.addresses,
  });
}

/** White space ending a cell's first stack of digits (made once: a literal in the loop is a new object per character). */
const WHITE_SPACE_RE = /\s/;

/**
 * Names the cells of table 三 whose digit stacks a converter packed together (`repairs/packed-stacks.ts`,
 * `stacks-packed`): their order in the text is no evidence. Text input only (`input` the text read).
 */
function reportPackedStacks(ctx: ParseContext, t3: Table3, input: string, t3Cells: readonly (readonly (Cell | undefined)[])[]): void {
  const placed = (address: string, c: Cell | undefined): PlacedCell | null => {
    if (!c || c.status !== 'value' || c.value === null || !c.location) return null;
    const { start, end, column } = c.location;
    if (start < 0 || end > input.length || end <= start) return null;
    let width = 0;
    while (start + width < end && !WHITE_SPACE_RE.test(input[start + width] as string)) width++;
    let lines = 1;
    for (let i = start; i < end; i++) if (input[i] === '\n') lines++;
    return { address, value: c.value, column, width, lines };
  };
  const rows = table3CellAddresses(t3.version).map((row, r) =>
    row.map((address, k) => placed(address, (t3Cells[r] as readonly (Cell | undefined)[])[k])),
  );
  const read: OperandLookup = (address) => {
    const c = cellAt(t3, address);
    if (!c || c.status === 'missing' || c.status === 'ambiguous') return null;
    return c.status === 'blank' || c.value === null ? 'blank' : c.value;
  };
  // (the held column equations are worked out only when a packed pair asks: most tables have none)
  let kept: Set<string> | null = null;
  const isKept = (a: string): boolean => (kept ??= keptByColumnEquations(table3Relations(t3.version), read, blankCountsAsZero)).has(a);
  const findings = [
    ['stacks-packed', packedStacks(rows, isKept)],
    ['stacks-stretched', stretchedStacks(rows, isKept)],
  ] as const;
  for (const [code, pairs] of findings)
    for (const p of pairs)
      ctx.report(code, {
        target: TABLE_NAMES.t3,
        detail: p.addresses.map(columnLabelOf).join('、'),
        actual: p.pitch,
        expected: p.apart,
        path: 't3',
        addresses: p.addresses,
      });
}

/** Each version's table-三 data row keys (`table3DataRowKeys`), made once. */
const table3RowKeys = new Map<TemplateVersion, readonly string[]>();

/**
 * Table 三's cells row by row, in {@link table3CellAddresses}' order: each is `cellAt` of its address,
 * each row's object walked to once (not once per cell) for the checks after reading.
 */
function table3Cells(t3: Table3): (Cell | undefined)[][] {
  let keys = table3RowKeys.get(t3.version);
  if (keys === undefined) {
    keys = table3DataRowKeys(t3.version);
    table3RowKeys.set(t3.version, keys);
  }
  return keys.map((r) => {
    const row = getPath(t3, r);
    return TABLE3_COLUMNS.map((c) => cellIn(row, c.key));
  });
}

/** The cell under `key` of a row's object, as `cellAt` reads a table's last step: undefined when none. */
function cellIn(row: unknown, key: string): Cell | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const c = (row as Record<string, unknown>)[key];
  return c && typeof c === 'object' && 'status' in c ? (c as Cell) : undefined;
}

/** Each version's table-三 cell addresses, row by row in template order (`t3.<row>.<column>`), made once. */
const table3Addresses = new Map<TemplateVersion, readonly (readonly string[])[]>();
/** {@link table3Addresses} of a version. */
function table3CellAddresses(version: TemplateVersion): readonly (readonly string[])[] {
  let rows = table3Addresses.get(version);
  if (rows === undefined) {
    rows = table3DataRowKeys(version).map((r) => TABLE3_COLUMNS.map((c) => `t3.${r}.${c.key}`));
    table3Addresses.set(version, rows);
  }
  return rows;
}

/** The printed label of a table-三 address's column. */
function columnLabelOf(address: string): string {
  const k = address.slice(address.lastIndexOf('.') + 1);
  return TABLE3_COLUMNS.find((c) => c.key === k)?.label ?? k;
}

/** A read cell as an operand of the evaluator (`template/arithmetic.ts`): a value, a blank, or unknown. */
function operandOf(read: (address: string) => EquationCell): OperandLookup {
  return (address) => {
    const c = read(address);
    return c.status === 'value' ? c.value : c.status === 'blank' ? 'blank' : null;
  };
}

/** The evidence of `columns-swapped`: each rule and the two columns' residuals, by the columns' printed labels. */
function swapDetail(w: SwappedColumns): string {
  const label = (k: string): string => TABLE3_COLUMNS.find((c) => c.key === k)?.label ?? k;
  const signed = (n: number): string => (n > 0 ? `+${n}` : `−${-n}`);
  const [c1, c2] = w.columns;
  return w.evidence.map((e) => `${e.rule}：“${label(c1)}”列 ${signed(e.residual)}，“${label(c2)}”列 ${signed(-e.residual)}`).join('；');
}

/** Whether any cell of a read table (at any depth of its rows) is ambiguous. */
function holdsAmbiguousCell(o: unknown): boolean {
  if (typeof o !== 'object' || o === null) return false;
  const status = (o as { status?: unknown }).status;
  if (typeof status === 'string') return status === 'ambiguous';
  for (const k in o) if (k !== 'location' && holdsAmbiguousCell((o as Record<string, unknown>)[k])) return true;
  return false;
}

/** Reads the first report of several (or each, when `split`), every result naming where each starts. */
function readParts(r: RenderedInput, split: boolean, startLines: readonly Line[], ctx: ParseContext): ParseResult[] {
  const starts = startLines.map((l) => ctx.norm.toOriginal(l.start, l.start)[0]);
  const where = startLines.map((l) => ctx.location(l.start, l.end));
  // Located at the second report when only the first is read; at its own report's start when each is.
  const multiple = (at: number): Diagnostic =>
    createDiagnostic('multiple-reports', {
      count: starts.length,
      detail: where.map((w) => w.line).join(', '),
      actual: split ? 'split' : 'first',
      location: where[at],
    });
  const out: ParseResult[] = [];
  const count = split ? starts.length : 1;
  for (let k = 0; k < count; k++) {
    const text = reportPart(r.text, starts[k] as number, starts[k + 1] ?? r.text.length);
    out.push(parseOne({ ...r, text }, false, { multiple: multiple(split ? k : 1) })[0] as ParseResult);
  }
  return out;
}

/** The numbers stated in the text outside the tables (read only when table 四 needs them). */
function proseClaims(lines: readonly Line[], regions: TableRegions): NarrativeClaim[] {
  // Lines inside a table region, marked once (not a test over the regions per line).
  const tableLine = new Uint8Array(lines.length);
  for (const r of Object.values(regions)) {
    if (r !== null) tableLine.fill(1, Math.max(0, r.from), Math.max(0, Math.min(r.to, lines.length)));
  }
  const prose: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.kind === 'text' && tableLine[i] === 0) prose.push(l.text);
  }
  return claimsInText(prose.join('\n'), null);
}

/** A line of bare numbers (`0`, `12 3`): no word, no unit, no page-number dashes. */
const BARE_NUMBERS_RE = /^\d[\d,，.]*(?:[ \t]+\d[\d,，.]*)*$/;

/**
 * How many numbers stand on lines of bare numbers after the last table region, outside every region:
 * cells a tool printed after the text that follows the table (plain pdftotext writes a row's last
 * cells at the end of the page), or page numbers. Read only when table 四 lacks cells.
 */
function numbersAfterTables(lines: readonly Line[], regions: TableRegions): number {
  let after = 0;
  for (const r of Object.values(regions)) if (r !== null) after = Math.max(after, r.to);
  let count = 0;
  for (let i = after; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.kind === 'text' && BARE_NUMBERS_RE.test(l.text)) count += l.text.split(/[ \t]+/).length;
  }
  return count;
}

/**
 * Whether every line of `region` after `line` is blank (no prose either: the tokens leave prose out)
 * or a note under the table (`注：数据截至…`: a line no table cell opens so, left out of the region).
 */
function blankAfter(lines: readonly Line[], line: number, region: LineRange | null): boolean {
  if (!region) return false;
  for (let i = region.from; i < region.to; i++) {
    const l = lines[i] as Line;
    if (l.index > line && l.kind !== 'blank' && !isNoteLine(l)) return false;
  }
  return true;
}

/** Table 四's fifteen cell addresses. */
const T4_ADDRESSES = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => `t4.${g.key}.${c.key}`));

/** What says that table 三 read with the numbers after its heading left some unread or some cell without a number. */
const TAIL_UNREAD: ReadonlySet<string> = new Set(['values-unplaced', 'surplus-values', 'cells-missing', 'row-missing', 'cell-ambiguous']);

/**
 * Tokens of a region (and of the lines `tail` after it, see {@link tailAfterHeading}), page numbers
 * left out, and the numbers of the lines `leave` (a tail table 三 read).
 */
function regionTokens(
  lines: readonly Line[],
  range: LineRange,
  options: TokenizeOptions = {},
  tail: LineRange | null = null,
  leave: LineRange | null = null,
  table4 = false,
): TableToken[] {
  const kept = (l: Line): boolean =>
    !(l.kind === 'text' && isPageNumber(l.text)) &&
    !isSentence(l) &&
    !isNoteLine(l) &&
    !isDatedProse(l) &&
    !(leave && l.index >= leave.from && l.index < leave.to && isTailNumbers(l));
  // (table 四's region: a line of words foreign to the table after a line of its numbers is prose under the row)
  let numbersSeen = false;
  const region = lines.slice(range.from, range.to).filter((l) => {
    if (!kept(l)) return false;
    if (table4 && numbersSeen && isForeignToTable4(l)) return false;
    if (l.kind === 'text' && ANY_DIGIT_RE.test(l.text)) numbersSeen = true;
    return true;
  });
  // (of the tail, its numbers and blank lines: table 四's caption and group header printed among them are not table 三's)
  if (tail) for (const l of lines.slice(tail.from, tail.to)) if (kept(l) && (l.kind === 'blank' || isTailNumbers(l))) region.push(l);
  // Blank lines between the table and what follows it (null when the text ends).
  let trailing: number | null = 0;
  let i = tail ? tail.to : range.to;
  while (i < lines.length && (lines[i] as Line).kind === 'blank') {
    trailing++;
    i++;
  }
  if (i >= lines.length) trailing = null;
  return tokenize(region, detectLayout(region), trailing, options);
}

function reportVersions(ctx: ParseContext, versions: TemplateVersions, year: number | null): void {
  if (versions.table2 && versions.table3 && versions.table2 !== versions.table3) {
    ctx.report('mixed-template-versions', { detail: `表二 ${versions.table2}, 表三 ${versions.table3}` });
  }
  const expected = year !== null ? expectedVersionForYear(year) : null;
  if (!expected || year === null) return;
  for (const [key, table] of [
    ['table2', 't2'],
    ['table3', 't3'],
  ] as const) {
    const v = versions[key];
    if (v && v !== expected) {
      ctx.report('version-year-mismatch', { target: TABLE_NAMES[table], actual: v, expected, year, path: table });
    }
  }
}
