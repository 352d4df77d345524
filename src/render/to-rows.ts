/**
 * Tidy records: one row per cell with the report's identity and the template labels, ready
 * for pandas, R or a spreadsheet (the CLI's CSV output is these rows).
 */
import { listCells } from '../model/list-cells.js';
import type { CellStatus } from '../model/cell.js';
import type { Report } from '../model/report.js';
import { cellLabelMap } from '../template/labels.js';
import { versionOfAddresses } from '../template/addresses.js';

/** One cell as a tidy record. */
export interface TidyRow {
  /** Reporting agency (from the report's metadata), or `null`. */
  agency: string | null;
  /** Report year, or `null`. */
  year: number | null;
  /** Table: `t2`, `t3`, `t4`. */
  table: 't2' | 't3' | 't4';
  /** Cell address. */
  address: string;
  /** Row label path of the template (`三、本年度办理结果 / （一）予以公开`). */
  rowLabel: string;
  /** Column header path of the template (`法人或其他组织 / 商业企业`). */
  columnLabel: string;
  /** The number, or `null` unless `status` is `value`. */
  value: number | null;
  /** Cell status. */
  status: CellStatus;
}

/** The tidy records of every cell of a report (see {@link TidyRow}). */
export function toRows(report: Report): TidyRow[] {
  const cells = listCells(report);
  const v2 = versionOfAddresses(
    't2',
    cells.filter((c) => c.table === 't2').map((c) => c.address),
  );
  const v3 = versionOfAddresses(
    't3',
    cells.filter((c) => c.table === 't3').map((c) => c.address),
  );
  const labels = cellLabelMap({ table2: v2, table3: v3 });
  return cells.map((c) => {
    const l = labels.get(c.address);
    return {
      agency: report.meta.agency,
      year: report.meta.year,
      table: c.table,
      address: c.address,
      rowLabel: l?.rowLabel ?? '',
      columnLabel: l?.columnLabel ?? '',
      value: c.value,
      status: c.status,
    };
  });
}
