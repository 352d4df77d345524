/**
 * The shape of a template version's data: one module per version (`template/versions/2019.ts`,
 * `2021.ts`) holds an object of this shape, registered in `template/versions/index.ts`.
 *
 * This module holds types only and imports nothing that depends on the registered versions, so the
 * version modules can be checked against it while `TemplateVersion` is derived from them (the
 * version key is a type parameter here, not `TemplateVersion`).
 */

/** Definition of one column of a table-二 sub-table. */
export interface Table2ColumnDefinition {
  /** Stable key (`issued`, `decisionCount` …). */
  readonly key: string;
  /** Header label exactly as printed in the template. */
  readonly label: string;
  /**
   * Other header wordings that mean the same column. `crossVersion` aliases are the other
   * template's wording of the same quantity (seed 003 prints 本年新制作数量 over the 2021 本年制发件数).
   */
  readonly aliases?: readonly string[];
  /** Labels of the other version accepted for this column, reported with a `cross-version-label` diagnostic. */
  readonly crossVersionAliases?: readonly string[];
  /** Unit printed in the template, if any. */
  readonly unit: string | null;
  /** Value may be negative (2019 本年增/减). */
  readonly signed?: boolean;
  /** Value may have decimals (amounts). */
  readonly decimal?: boolean;
  /**
   * Words of a cell annotation that name this column (`含自然失效29件` is said of 本年废止件数,
   * `其中修订16件` of 本年制发件数): they place a number whose cell a converter floated out of its row.
   */
  readonly noteKeywords?: readonly string[];
}

/** Definition of one row of a table-二 sub-table. */
export interface Table2RowDefinition {
  /** Stable key. */
  readonly key: string;
  /** Label exactly as printed. */
  readonly label: string;
  /** Other accepted labels. */
  readonly aliases?: readonly string[];
}

/** Definition of a table-二 sub-table (one 第二十条第（X）项 block). */
export interface Table2SubTableDefinition {
  /** Stable key: `art20_` and the item's number (`art20_1`); the keys of every version are `Table2SubTableKey`. */
  readonly key: string;
  /** Caption exactly as printed (`第二十条第（一）项`). */
  readonly caption: string;
  /** The article-20 item numeral (`一`, `五` …). */
  readonly item: string;
  /** Value columns after `信息内容`, left to right. */
  readonly columns: readonly Table2ColumnDefinition[];
  /** Rows, top to bottom. */
  readonly rows: readonly Table2RowDefinition[];
}

/** Full definition of table 二 for one template version. */
export interface Table2DefinitionOf<V extends string> {
  /** Template version. */
  readonly version: V;
  /** First header cell of every sub-table. */
  readonly firstHeaderCell: string;
  /** Sub-tables in template order. */
  readonly subTables: readonly Table2SubTableDefinition[];
}

/** Key of a table-三 column (applicant type, or the 总计 column). */
export type Table3ColumnKey =
  'naturalPerson' | 'commercialEnterprise' | 'researchInstitution' | 'publicInterestOrg' | 'legalServiceOrg' | 'otherOrg' | 'total';

/** Definition of one table-三 column. */
export interface Table3ColumnDefinition {
  /** Stable key, as in `t3.<row>.<column>`. */
  readonly key: Table3ColumnKey;
  /** Header label exactly as printed in the template. */
  readonly label: string;
  /** Header group the column sits under (`法人或其他组织`), if any. */
  readonly group?: string;
}

/** Definition of one table-三 row: a data row (7 values) or a group label (no values). */
export interface Table3RowDefinition {
  /** Stable key; dotted for nested rows (`results.denied.stateSecret`). */
  readonly key: string;
  /** Label exactly as printed in the template (full-width punctuation). */
  readonly label: string;
  /** `data` rows carry seven values; `group` rows are labels spanning their sub-rows. */
  readonly type: 'data' | 'group';
  /** 1 = 一、…; 2 = （一）…; 3 = 1.… */
  readonly level: 1 | 2 | 3;
  /**
   * Discriminating substrings of the label after cleaning (no numbering, spaces, punctuation).
   * A source label containing one of them is this row. Chosen so that no keyword of one row
   * occurs in the label of another row.
   */
  readonly keywords: readonly string[];
}

/** Full definition of table 三 for one template version. */
export interface Table3DefinitionOf<V extends string> {
  /** Template version. */
  readonly version: V;
  /** Header note cell stating the per-column balance. */
  readonly note: string;
  /** Columns in grid order. */
  readonly columns: readonly Table3ColumnDefinition[];
  /** Rows in template order, group labels included. */
  readonly rows: readonly Table3RowDefinition[];
}

/**
 * Everything that differs between two national template versions, in one object: one module per
 * version (`template/versions/2019.ts`, `2021.ts`), registered in `template/versions/index.ts`.
 * Table 四 is the same in every version (`template/table4.ts`).
 */
export interface TemplateDefinitionOf<V extends string> {
  /** The version key used in reports (`report.templateVersions`, `table.version`). */
  readonly version: V;
  /** The document that issued the template. */
  readonly document: string;
  /** First report year printed in this template; it applies until the next version's first year. */
  readonly firstYear: number;
  /** Table 二 (主动公开) of this version. */
  readonly table2: Table2DefinitionOf<V>;
  /** Table 三 (收到和处理申请) of this version. */
  readonly table3: Table3DefinitionOf<V>;
  /** Cleaned strings that only this version's table 二 prints: evidence for the version. */
  readonly table2Signatures: readonly string[];
}
