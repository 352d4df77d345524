/**
 * Table 二 (主动公开政府信息情况): the definition types, and the definition of a version from the
 * registry. The data of each version is in `template/versions/<year>.ts`.
 */
import { templateDefinition } from './registry.js';
import type { Table2DefinitionOf } from './versions/definition.js';
import type { TEMPLATE_DATA } from './versions/index.js';
import { TEMPLATE_2019 } from './versions/2019.js';
import { TEMPLATE_2021 } from './versions/2021.js';
import type { TemplateVersion } from './version.js';

export type { Table2ColumnDefinition, Table2RowDefinition, Table2SubTableDefinition } from './versions/definition.js';

/** Key of a table-二 sub-table of any registered version (`art20_1` …): the item of 条例 article 20 it reports on. */
export type Table2SubTableKey = (typeof TEMPLATE_DATA)[TemplateVersion]['table2']['subTables'][number]['key'];

/** Full definition of table 二 for one registered template version. */
export type Table2Definition = Table2DefinitionOf<TemplateVersion>;

/** Table 二 of the 2019 template: five sub-tables, 22 value cells (`template/versions/2019.ts`). */
export const TABLE2_2019: Table2Definition = TEMPLATE_2019.table2;

/** Table 二 of the 2021 template: four sub-tables, 10 value cells (`template/versions/2021.ts`). */
export const TABLE2_2021: Table2Definition = TEMPLATE_2021.table2;

/**
 * Table-二 definition of a version.
 *
 * @throws TypeError for a version the registry does not know.
 */
export function table2Definition(version: TemplateVersion): Table2Definition {
  return templateDefinition(version, 'table2Definition').table2;
}
