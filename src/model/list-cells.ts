import type { Cell, CellStatus } from './cell.js';
import type { SourceLocation } from './location.js';
import type { Report } from './report.js';
import { cellAt } from './paths.js';
import { table2Addresses, table3Addresses, table4Addresses } from '../template/addresses.js';
import { LATEST_TEMPLATE_VERSION } from '../template/registry.js';
import { expectedVersionForYear, type TemplateVersion } from '../template/version.js';

/** One cell of a report as a flat record (see {@link listCells}). */
export interface CellRecord {
  /** Cell address, e.g. `t3.results.denied.stateSecret.naturalPerson`. */
  address: string;
  /** Table the cell belongs to. */
  table: 't2' | 't3' | 't4';
  /** The number, or `null` unless `status` is `value`. */
  value: number | null;
  /** What is known about the cell. */
  status: CellStatus;
  /** Source text of the cell. */
  raw?: string;
  /** Possible values of an ambiguous cell. */
  candidates?: number[];
  /** Where the cell is in the input. */
  location?: SourceLocation;
  /** Unit written in the cell. */
  unit?: string;
  /** Annotation written in the cell. */
  note?: string;
  /** Row label found in the source. */
  rowLabel?: string;
  /** Column header found in (or implied by) the source. */
  columnLabel?: string;
}

/**
 * Every cell of the report's table versions, in table order, each with its status. Tables not
 * found in the source are listed too, with every cell `missing` (their version is the one in force
 * for the report year, 2021 when the year is unknown).
 */
export function listCells(report: Report): CellRecord[] {
  if (typeof report !== 'object' || report === null || typeof report.tables !== 'object') {
    throw new TypeError('listCells(report): expected a Report returned by parseReport');
  }
  const fallback: TemplateVersion =
    (report.meta.year !== null ? expectedVersionForYear(report.meta.year) : null) ?? LATEST_TEMPLATE_VERSION;
  const v2 = report.tables.t2?.version ?? report.templateVersions.table2 ?? fallback;
  const v3 = report.tables.t3?.version ?? report.templateVersions.table3 ?? fallback;
  const out: CellRecord[] = [];
  const add = (table: 't2' | 't3' | 't4', addresses: string[], root: unknown): void => {
    for (const address of addresses) {
      out.push(toRecord(address, table, cellAt(root, address)));
    }
  };
  add('t2', table2Addresses(v2), report.tables.t2);
  add('t3', table3Addresses(v3), report.tables.t3);
  add('t4', table4Addresses(), report.tables.t4);
  return out;
}

function toRecord(address: string, table: 't2' | 't3' | 't4', cell: Cell | undefined): CellRecord {
  if (!cell) return { address, table, value: null, status: 'missing' };
  const r: CellRecord = { address, table, value: cell.value, status: cell.status };
  if (cell.raw !== undefined) r.raw = cell.raw;
  if (cell.status === 'ambiguous') r.candidates = cell.candidates.slice();
  if (cell.location !== undefined) r.location = cell.location;
  if (cell.unit !== undefined) r.unit = cell.unit;
  if (cell.note !== undefined) r.note = cell.note;
  if (cell.rowLabel !== undefined) r.rowLabel = cell.rowLabel;
  if (cell.columnLabel !== undefined) r.columnLabel = cell.columnLabel;
  return r;
}
