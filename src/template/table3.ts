/**
 * Table 三 (收到和处理政府信息公开申请情况): the definition types, the columns (the same in every
 * version), and the definition of a version from the registry. The data of each version is in
 * `template/versions/<year>.ts`.
 */
import { templateDefinition } from './registry.js';
import { TABLE3_COLUMNS as COLUMNS } from './versions/common.js';
import type { Table3ColumnDefinition, Table3ColumnKey, Table3DefinitionOf } from './versions/definition.js';
import { TEMPLATE_2019 } from './versions/2019.js';
import { TEMPLATE_2021 } from './versions/2021.js';
import type { TemplateVersion } from './version.js';

export type { Table3ColumnDefinition, Table3ColumnKey, Table3RowDefinition } from './versions/definition.js';

/** The seven table-三 columns in grid order (left to right). Identical in both versions. */
export const TABLE3_COLUMNS: readonly Table3ColumnDefinition[] = COLUMNS;

/** The six applicant columns (every column but 总计). */
export const TABLE3_APPLICANT_COLUMNS: readonly Table3ColumnKey[] = TABLE3_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);

/** Full definition of table 三 for one registered template version. */
export type Table3Definition = Table3DefinitionOf<TemplateVersion>;

/** Table 三 of the 2019 template: （六）其他处理 is one data row (23 data rows; `template/versions/2019.ts`). */
export const TABLE3_2019: Table3Definition = TEMPLATE_2019.table3;

/** Table 三 of the 2021 template: （六）其他处理 is a group of three data rows (25 data rows; `template/versions/2021.ts`). */
export const TABLE3_2021: Table3Definition = TEMPLATE_2021.table3;

/**
 * Table-三 definition of a version.
 *
 * @throws TypeError for a version the registry does not know.
 */
export function table3Definition(version: TemplateVersion): Table3Definition {
  return templateDefinition(version, 'table3Definition').table3;
}

/** Keys of the data rows of a version, in template order. */
export function table3DataRowKeys(version: TemplateVersion): string[] {
  return table3Definition(version)
    .rows.filter((r) => r.type === 'data')
    .map((r) => r.key);
}
