/**
 * Coverage: how much of each table was read. Part of the verdict: a report whose tables were not
 * found or not read is not `ok`, however well the rest adds up.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CellReader } from './operands.js';

/**
 * What became of one table:
 * - `read`: every cell holds a value or is blank;
 * - `partial`: values were read, some cells are missing or ambiguous;
 * - `blank`: the table is printed with no number at all, every cell (at least half of them) blank or `/`
 *   (the report left its statistics out: a finding about the report);
 * - `unread`: the table was found, or shown to be there (printed as an image, a PDF with no text), but
 *   no number of it was read (a finding about our reading);
 * - `absent`: the report does not contain the table (a finding about the report).
 */
export type TableCoverageStatus = 'read' | 'partial' | 'blank' | 'unread' | 'absent';

/** Cell counts of one table. */
export interface TableCoverage {
  /** What became of the table. */
  status: TableCoverageStatus;
  /** Cells of the table in its template version (0 when absent). */
  cells: number;
  /** Cells read with a value. */
  read: number;
  /** Cells printed blank (empty, `/`, `—`). */
  blank: number;
  /** Cells whose value was lost in extraction. */
  missing: number;
  /** Cells with several possible values. */
  ambiguous: number;
  /** Why a table counts as unread when it was not found: the parse diagnostic that shows it is there (`html-no-tables`, `pdf-no-text`). */
  evidence?: string;
}

/** Coverage of the three tables. */
export interface ReportCoverage {
  /** Table 二. */
  t2: TableCoverage;
  /** Table 三. */
  t3: TableCoverage;
  /** Table 四. */
  t4: TableCoverage;
}

/** Share of blank cells above which a table with no value is "printed blank" rather than "unread". */
const BLANK_TABLE_SHARE = 0.5;

/** Parse diagnostics that show the tables are in the document though no text of them came through. */
const UNREADABLE_TABLE_EVIDENCE = ['html-no-tables', 'pdf-no-text'] as const;

/** Counts the cells of each table of the report `reader` reads by status. */
export function reportCoverage(reader: CellReader, diagnostics: readonly Pick<Diagnostic, 'code'>[] = []): ReportCoverage {
  const evidence = diagnostics.find((d) => (UNREADABLE_TABLE_EVIDENCE as readonly string[]).includes(d.code))?.code;
  return {
    t2: tableCoverage(reader, 't2', evidence),
    t3: tableCoverage(reader, 't3', evidence),
    t4: tableCoverage(reader, 't4', evidence),
  };
}

function tableCoverage(reader: CellReader, table: 't2' | 't3' | 't4', evidence: string | undefined): TableCoverage {
  const addresses = reader.addresses(table);
  if (!addresses) {
    const absent: TableCoverage = { status: evidence ? 'unread' : 'absent', cells: 0, read: 0, blank: 0, missing: 0, ambiguous: 0 };
    if (evidence) absent.evidence = evidence;
    return absent;
  }
  const n = { value: 0, blank: 0, missing: 0, ambiguous: 0 };
  for (const c of reader.tableCells(table)) n[c?.status ?? 'missing']++;
  const unknown = n.missing + n.ambiguous;
  const status: TableCoverageStatus =
    n.value > 0 ? (unknown > 0 ? 'partial' : 'read') : n.blank > 0 && n.blank >= addresses.length * BLANK_TABLE_SHARE ? 'blank' : 'unread';
  return { status, cells: addresses.length, read: n.value, blank: n.blank, missing: n.missing, ambiguous: n.ambiguous };
}
