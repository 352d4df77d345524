import type { TemplateVersion } from './version.js';

/** Key of a table-二 sub-table: the item of 条例 article 20 it reports on. */
export type Table2SubTableKey = 'art20_1' | 'art20_5' | 'art20_6' | 'art20_8' | 'art20_9';

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
  /** Stable key. */
  readonly key: Table2SubTableKey;
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
export interface Table2Definition {
  /** Template version. */
  readonly version: TemplateVersion;
  /** First header cell of every sub-table. */
  readonly firstHeaderCell: string;
  /** Sub-tables in template order. */
  readonly subTables: readonly Table2SubTableDefinition[];
}

const PREVIOUS_YEAR_COUNT: Table2ColumnDefinition = { key: 'previousYearCount', label: '上一年项目数量', unit: '项' };
const YEAR_CHANGE: Table2ColumnDefinition = {
  key: 'yearChange',
  label: '本年增/减',
  aliases: ['本年增减', '本年增加/减少'],
  unit: '项',
  signed: true,
};
const DECISION_COUNT_2019: Table2ColumnDefinition = {
  key: 'decisionCount',
  label: '处理决定数量',
  crossVersionAliases: ['本年处理决定数量'],
  unit: '件',
};

/** Table 二 of the 2019 template: five sub-tables, 22 value cells. */
export const TABLE2_2019: Table2Definition = {
  version: '2019',
  firstHeaderCell: '信息内容',
  subTables: [
    {
      key: 'art20_1',
      caption: '第二十条第（一）项',
      item: '一',
      columns: [
        {
          key: 'newlyMade',
          label: '本年新制作数量',
          crossVersionAliases: ['本年制发件数'],
          unit: '件',
          noteKeywords: ['新制定', '新制作', '修订'],
        },
        { key: 'newlyPublished', label: '本年新公开数量', unit: '件' },
        { key: 'totalPublished', label: '对外公开总数量', unit: '件' },
      ],
      rows: [
        { key: 'regulations', label: '规章' },
        { key: 'normativeDocuments', label: '规范性文件', aliases: ['行政规范性文件'] },
      ],
    },
    {
      key: 'art20_5',
      caption: '第二十条第（五）项',
      item: '五',
      columns: [PREVIOUS_YEAR_COUNT, YEAR_CHANGE, DECISION_COUNT_2019],
      rows: [
        { key: 'administrativeLicensing', label: '行政许可' },
        { key: 'otherExternalManagementServices', label: '其他对外管理服务事项' },
      ],
    },
    {
      key: 'art20_6',
      caption: '第二十条第（六）项',
      item: '六',
      columns: [PREVIOUS_YEAR_COUNT, YEAR_CHANGE, DECISION_COUNT_2019],
      rows: [
        { key: 'administrativePenalty', label: '行政处罚' },
        { key: 'administrativeCompulsion', label: '行政强制' },
      ],
    },
    {
      key: 'art20_8',
      caption: '第二十条第（八）项',
      item: '八',
      columns: [PREVIOUS_YEAR_COUNT, YEAR_CHANGE],
      rows: [{ key: 'administrativeFees', label: '行政事业性收费' }],
    },
    {
      key: 'art20_9',
      caption: '第二十条第（九）项',
      item: '九',
      columns: [
        { key: 'procurementItemCount', label: '采购项目数量', unit: '项' },
        { key: 'procurementTotalAmount', label: '采购总金额', unit: null, decimal: true },
      ],
      rows: [{ key: 'centralizedProcurement', label: '政府集中采购' }],
    },
  ],
};

const DECISION_COUNT_2021: Table2ColumnDefinition = {
  key: 'decisionCount',
  label: '本年处理决定数量',
  crossVersionAliases: ['处理决定数量'],
  unit: '件',
};

/** Table 二 of the 2021 template: four sub-tables, 10 value cells. */
export const TABLE2_2021: Table2Definition = {
  version: '2021',
  firstHeaderCell: '信息内容',
  subTables: [
    {
      key: 'art20_1',
      caption: '第二十条第（一）项',
      item: '一',
      columns: [
        {
          key: 'issued',
          label: '本年制发件数',
          crossVersionAliases: ['本年新制作数量'],
          unit: '件',
          noteKeywords: ['新制定', '制发', '修订'],
        },
        { key: 'repealed', label: '本年废止件数', unit: '件', noteKeywords: ['废止', '失效', '撤销', '停止执行'] },
        {
          key: 'currentlyValid',
          label: '现行有效件数',
          aliases: ['现行有效件数(历史累计)', '现行有效数量'],
          unit: '件',
          noteKeywords: ['现行有效'],
        },
      ],
      rows: [
        { key: 'regulations', label: '规章' },
        { key: 'normativeDocuments', label: '行政规范性文件', aliases: ['规范性文件'] },
      ],
    },
    {
      key: 'art20_5',
      caption: '第二十条第（五）项',
      item: '五',
      columns: [DECISION_COUNT_2021],
      rows: [{ key: 'administrativeLicensing', label: '行政许可' }],
    },
    {
      key: 'art20_6',
      caption: '第二十条第（六）项',
      item: '六',
      columns: [DECISION_COUNT_2021],
      rows: [
        { key: 'administrativePenalty', label: '行政处罚' },
        { key: 'administrativeCompulsion', label: '行政强制' },
      ],
    },
    {
      key: 'art20_8',
      caption: '第二十条第（八）项',
      item: '八',
      columns: [{ key: 'feeAmount', label: '本年收费金额（单位：万元）', aliases: ['本年收费金额'], unit: '万元', decimal: true }],
      rows: [{ key: 'administrativeFees', label: '行政事业性收费' }],
    },
  ],
};

/** Table-二 definition of a version. */
export function table2Definition(version: TemplateVersion): Table2Definition {
  const def = Object.prototype.hasOwnProperty.call(TABLE2_BY_VERSION, version) ? TABLE2_BY_VERSION[version] : undefined;
  if (!def) throw new TypeError(`table2Definition: template version ${JSON.stringify(version)} is not supported`);
  return def;
}

/** Table 二 of each version (a `Record`: a version added to `TemplateVersion` must bring its table). */
const TABLE2_BY_VERSION: Readonly<Record<TemplateVersion, Table2Definition>> = { '2019': TABLE2_2019, '2021': TABLE2_2021 };
