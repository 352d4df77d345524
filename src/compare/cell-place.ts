/**
 * Naming a cell as the template prints it (table, row label, column header) so that a person can
 * find it in the report, never by its internal address.
 */
import { cellLabelMap } from '../template/labels.js';
import { LATEST_TEMPLATE_VERSION } from '../template/registry.js';
import { TABLE_NAMES, type TableKey } from '../template/table-names.js';
import type { TemplateVersion } from '../template/version.js';
import type { TemplateVersions } from '../model/report.js';

/** A cell named as the template prints it. */
export interface CellPlace {
  /** Cell address (for programs; never shown to people). */
  address: string;
  /** Table: `t2`, `t3` or `t4`. */
  table: TableKey;
  /** The table's name as the template prints it (`表三`). */
  tableName: string;
  /** Row label path as printed (`三、本年度办理结果 / （一）予以公开`); empty for table 四, which has one row. */
  rowLabel: string;
  /** Column header path as printed (`法人或其他组织 / 商业企业`). */
  columnLabel: string;
}

/** The version a report with neither table is labelled with: the newest registered. */
const FALLBACK_VERSION: TemplateVersion = LATEST_TEMPLATE_VERSION;

/** The versions to label a report's cells with (a table not found takes the other's, else the newest version). */
export function labelVersions(versions: TemplateVersions): { table2: TemplateVersion; table3: TemplateVersion } {
  const table2 = versions.table2 ?? versions.table3 ?? FALLBACK_VERSION;
  const table3 = versions.table3 ?? versions.table2 ?? FALLBACK_VERSION;
  return { table2, table3 };
}

/** The place of a cell address in a report of the given versions. */
export function cellPlace(address: string, versions: TemplateVersions): CellPlace {
  const table = address.slice(0, 2) as TableKey;
  const labels = cellLabelMap(labelVersions(versions)).get(address);
  return {
    address,
    table,
    tableName: TABLE_NAMES[table] ?? table,
    rowLabel: labels?.rowLabel ?? '',
    columnLabel: labels?.columnLabel ?? '',
  };
}

/** A cell place as one line of plain text: `表三 三、本年度办理结果 / （一）予以公开 × 自然人`. */
export function describePlace(place: CellPlace, lang: 'zh' | 'en' = 'zh'): string {
  const parts = [place.rowLabel, place.columnLabel].filter((p) => p !== '');
  if (lang === 'en') return `table ${place.tableName.slice(1)} ${parts.map((p) => `“${p}”`).join(' × ')}`.trim();
  return `${place.tableName} ${parts.join(' × ')}`.trim();
}
