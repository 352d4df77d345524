/**
 * The tidy CSV: one line per cell ({@link toRows}), byte for byte what `zfxxgk parse --format csv`
 * writes, so a browser, a worker or a script produces the same file as the CLI.
 */
import type { Report } from '../model/report.js';
import { toRows, type TidyRow } from './to-rows.js';

/** The header line of the tidy CSV (with its line feed). */
export const CSV_HEADER = 'file,agency,year,table,address,row_label,column_label,value,status\n';

/**
 * The header line of the tidy CSV of one report among several (`zfxxgk parse --split`): `report` (its
 * number, from 1) and `report_line` (the line of the input where it starts) follow `file`.
 */
export const CSV_HEADER_SPLIT = 'file,report,report_line,agency,year,table,address,row_label,column_label,value,status\n';

/** The byte order mark `--bom` puts before the header (Excel reads the file as UTF-8 with it). */
const UTF8_BOM = '\ufeff';

/** `status` of the one line written for a report without cells (as the CLI does). */
const NO_CELLS_STATUS = 'no-cells';

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** The `file` column: the input's name as the user gave it. Default `''`. */
  file?: string;
  /** Start with a UTF-8 byte order mark (the CLI's `--bom`). Ignored when `header` is `false`. Default `false`. */
  bom?: boolean;
  /** Start with the header line. `false` for the lines of one report among several (the CLI writes the header once). Default `true`. */
  header?: boolean;
  /** One report of an input holding several: its number (from 1) and start line, written as `report,report_line` after `file` (header {@link CSV_HEADER_SPLIT}). */
  part?: {
    /** Number of the report in the input, from 1. */
    readonly index: number;
    /** Line of the input where it starts (1-based). */
    readonly line: number;
  };
}

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
 * Numbers are written as JavaScript prints them: whole numbers without decimals (`12`), amounts with theirs (`856.03`).
 */
export function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The tidy CSV of a report (or of rows from {@link toRows}): header
 * `file,agency,year,table,address,row_label,column_label,value,status`, one line per cell, `\n` line
 * ends, a trailing line feed; `null` agency, year and value are empty fields. A report without cells
 * gives one line with `no-cells` in `status` (as the CLI writes); rows without any give the header only.
 *
 * @example
 * ```ts
 * const { report } = parseReport(text);
 * if (report) writeFileSync('cells.csv', toCsv(report, { file: 'report.txt', bom: true }));
 * ```
 */
export function toCsv(input: Report | readonly TidyRow[], options: CsvOptions = {}): string {
  const file = options.file ?? '';
  const part = options.part;
  const head = options.header === false ? '' : (options.bom === true ? UTF8_BOM : '') + (part ? CSV_HEADER_SPLIT : CSV_HEADER);
  const lead: (string | number)[] = part ? [file, part.index, part.line] : [file];
  const isRows = Array.isArray(input);
  const rows: readonly TidyRow[] = isRows ? (input as readonly TidyRow[]) : toRows(input as Report);
  const lines = rows.map((r) =>
    [...lead, r.agency, r.year, r.table, r.address, r.rowLabel, r.columnLabel, r.value, r.status].map(csvField).join(','),
  );
  if (lines.length === 0 && !isRows) lines.push([...lead, '', '', '', '', '', '', '', NO_CELLS_STATUS].map(csvField).join(','));
  return head + lines.map((l) => `${l}\n`).join('');
}
