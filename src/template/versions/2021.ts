/**
 * The revised template (国办公开办函〔2021〕30号), used from the 2021 reports on: its table 二 (four
 * sub-tables, 10 value cells) and table 三 (（六）其他处理 is a group of three data rows: 25 data rows).
 * Data only, registered in `template/versions/index.ts`.
 */
import { TABLE3_COLUMNS, TABLE3_HEAD_ROWS, TABLE3_NOTE, TABLE3_TAIL_ROWS } from './common.js';
import type { Table2ColumnDefinition, TemplateDefinitionOf } from './definition.js';

const DECISION_COUNT_2021 = {
  key: 'decisionCount',
  label: '本年处理决定数量',
  crossVersionAliases: ['处理决定数量'],
  unit: '件',
} as const satisfies Table2ColumnDefinition;

/** The 2021 template. */
export const TEMPLATE_2021 = {
  version: '2021',
  document: '国办公开办函〔2021〕30号',
  firstYear: 2021,
  table2: {
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
  },
  table3: {
    version: '2021',
    note: TABLE3_NOTE,
    columns: TABLE3_COLUMNS,
    rows: [
      ...TABLE3_HEAD_ROWS,
      { key: 'results.otherHandling', label: '（六）其他处理', type: 'group', level: 2, keywords: ['其他处理'] },
      {
        key: 'results.otherHandling.overdueCorrection',
        label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        type: 'data',
        level: 3,
        keywords: ['逾期不补正', '逾期不补'],
      },
      {
        key: 'results.otherHandling.unpaidFee',
        label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        type: 'data',
        level: 3,
        keywords: ['收费通知', '缴纳费用', '逾期未按'],
      },
      { key: 'results.otherHandling.other', label: '3.其他', type: 'data', level: 3, keywords: [] },
      ...TABLE3_TAIL_ROWS,
    ],
  },
  table2Signatures: ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'],
} as const satisfies TemplateDefinitionOf<'2021'>;
