/**
 * The 2019 trial template (国办公开办函〔2019〕60号), used for the 2019 and 2020 reports: its table 二
 * (five sub-tables, 22 value cells) and table 三 (（六）其他处理 is one data row: 23 data rows).
 * Data only, registered in `template/versions/index.ts`.
 */
import { TABLE3_COLUMNS, TABLE3_HEAD_ROWS, TABLE3_NOTE, TABLE3_TAIL_ROWS } from './common.js';
import type { Table2ColumnDefinition, TemplateDefinitionOf } from './definition.js';

const PREVIOUS_YEAR_COUNT = { key: 'previousYearCount', label: '上一年项目数量', unit: '项' } as const satisfies Table2ColumnDefinition;
const YEAR_CHANGE = {
  key: 'yearChange',
  label: '本年增/减',
  aliases: ['本年增减', '本年增加/减少'],
  unit: '项',
  signed: true,
} as const satisfies Table2ColumnDefinition;
const DECISION_COUNT_2019 = {
  key: 'decisionCount',
  label: '处理决定数量',
  crossVersionAliases: ['本年处理决定数量'],
  unit: '件',
} as const satisfies Table2ColumnDefinition;

/** The 2019 template. */
export const TEMPLATE_2019 = {
  version: '2019',
  document: '国办公开办函〔2019〕60号',
  firstYear: 2019,
  table2: {
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
  },
  table3: {
    version: '2019',
    note: TABLE3_NOTE,
    columns: TABLE3_COLUMNS,
    rows: [
      ...TABLE3_HEAD_ROWS,
      { key: 'results.otherHandling', label: '（六）其他处理', type: 'data', level: 2, keywords: ['其他处理'] },
      ...TABLE3_TAIL_ROWS,
    ],
  },
  table2Signatures: [
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '上一年项目数量',
    '本年增/减',
    '其他对外管理服务事项',
    '第二十条第(九)项',
    '政府集中采购',
    '采购项目数量',
    '采购总金额',
  ],
} as const satisfies TemplateDefinitionOf<'2019'>;
