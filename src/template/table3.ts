import type { TemplateVersion } from './version.js';

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

/** The seven table-三 columns in grid order (left to right). Identical in both versions. */
export const TABLE3_COLUMNS: readonly Table3ColumnDefinition[] = [
  { key: 'naturalPerson', label: '自然人' },
  { key: 'commercialEnterprise', label: '商业企业', group: '法人或其他组织' },
  { key: 'researchInstitution', label: '科研机构', group: '法人或其他组织' },
  { key: 'publicInterestOrg', label: '社会公益组织', group: '法人或其他组织' },
  { key: 'legalServiceOrg', label: '法律服务机构', group: '法人或其他组织' },
  { key: 'otherOrg', label: '其他', group: '法人或其他组织' },
  { key: 'total', label: '总计' },
];

/** The six applicant columns (every column but 总计). */
export const TABLE3_APPLICANT_COLUMNS: readonly Table3ColumnKey[] = TABLE3_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);

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

const T3_HEAD_ROWS: readonly Table3RowDefinition[] = [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量', type: 'data', level: 1, keywords: ['本年新收', '新收政府信息公开申请'] },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', type: 'data', level: 1, keywords: ['上年结转'] },
  { key: 'results', label: '三、本年度办理结果', type: 'group', level: 1, keywords: ['本年度办理结果', '办理结果'] },
  { key: 'results.granted', label: '（一）予以公开', type: 'data', level: 2, keywords: ['予以公开'] },
  {
    key: 'results.partiallyGranted',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    type: 'data',
    level: 2,
    keywords: ['部分公开', '区分处理的'],
  },
  { key: 'results.denied', label: '（三）不予公开', type: 'group', level: 2, keywords: ['不予公开'] },
  { key: 'results.denied.stateSecret', label: '1.属于国家秘密', type: 'data', level: 3, keywords: ['国家秘密'] },
  {
    key: 'results.denied.prohibitedByLaw',
    label: '2.其他法律行政法规禁止公开',
    type: 'data',
    level: 3,
    keywords: ['法规禁止公开', '法律行政法规', '禁止公开'],
  },
  { key: 'results.denied.securityStability', label: '3.危及“三安全一稳定”', type: 'data', level: 3, keywords: ['三安全一稳定', '三安全'] },
  {
    key: 'results.denied.thirdPartyRights',
    label: '4.保护第三方合法权益',
    type: 'data',
    level: 3,
    keywords: ['第三方合法权益', '保护第三方'],
  },
  { key: 'results.denied.internalAffairs', label: '5.属于三类内部事务信息', type: 'data', level: 3, keywords: ['内部事务'] },
  { key: 'results.denied.processInformation', label: '6.属于四类过程性信息', type: 'data', level: 3, keywords: ['过程性信息', '四类过程'] },
  { key: 'results.denied.enforcementCaseFile', label: '7.属于行政执法案卷', type: 'data', level: 3, keywords: ['执法案卷'] },
  { key: 'results.denied.administrativeQuery', label: '8.属于行政查询事项', type: 'data', level: 3, keywords: ['查询事项'] },
  { key: 'results.unableToProvide', label: '（四）无法提供', type: 'group', level: 2, keywords: ['无法提供'] },
  {
    key: 'results.unableToProvide.notHeld',
    label: '1.本机关不掌握相关政府信息',
    type: 'data',
    level: 3,
    keywords: ['不掌握相关', '本机关不掌握'],
  },
  {
    key: 'results.unableToProvide.needsCreation',
    label: '2.没有现成信息需要另行制作',
    type: 'data',
    level: 3,
    keywords: ['另行制作', '没有现成信息'],
  },
  {
    key: 'results.unableToProvide.stillUnclear',
    label: '3.补正后申请内容仍不明确',
    type: 'data',
    level: 3,
    keywords: ['仍不明确', '补正后申请'],
  },
  { key: 'results.notProcessed', label: '（五）不予处理', type: 'group', level: 2, keywords: ['不予处理'] },
  {
    key: 'results.notProcessed.petitionOrComplaint',
    label: '1.信访举报投诉类申请',
    type: 'data',
    level: 3,
    keywords: ['信访举报', '举报投诉'],
  },
  { key: 'results.notProcessed.duplicate', label: '2.重复申请', type: 'data', level: 3, keywords: ['重复申请'] },
  {
    key: 'results.notProcessed.publication',
    label: '3.要求提供公开出版物',
    type: 'data',
    level: 3,
    keywords: ['公开出版物', '提供公开出版'],
  },
  {
    key: 'results.notProcessed.massRepeated',
    label: '4.无正当理由大量反复申请',
    type: 'data',
    level: 3,
    keywords: ['大量反复', '无正当理由大量'],
  },
  {
    key: 'results.notProcessed.confirmOrReissue',
    label: '5.要求行政机关确认或重新出具已获取信息',
    type: 'data',
    level: 3,
    keywords: ['确认或重新', '重新出具', '已获取信息'],
  },
];

const T3_TAIL_ROWS: readonly Table3RowDefinition[] = [
  { key: 'results.total', label: '（七）总计', type: 'data', level: 2, keywords: [] },
  {
    key: 'carriedForward',
    label: '四、结转下年度继续办理',
    type: 'data',
    level: 1,
    keywords: ['结转下年度', '下年度继续办理'],
  },
];

/** Full definition of table 三 for one template version. */
export interface Table3Definition {
  /** Template version. */
  readonly version: TemplateVersion;
  /** Header note cell stating the per-column balance. */
  readonly note: string;
  /** Columns in grid order. */
  readonly columns: readonly Table3ColumnDefinition[];
  /** Rows in template order, group labels included. */
  readonly rows: readonly Table3RowDefinition[];
}

const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** Table 三 of the 2019 template: （六）其他处理 is one data row (23 data rows). */
export const TABLE3_2019: Table3Definition = {
  version: '2019',
  note: NOTE,
  columns: TABLE3_COLUMNS,
  rows: [
    ...T3_HEAD_ROWS,
    { key: 'results.otherHandling', label: '（六）其他处理', type: 'data', level: 2, keywords: ['其他处理'] },
    ...T3_TAIL_ROWS,
  ],
};

/** Table 三 of the 2021 template: （六）其他处理 is a group of three data rows (25 data rows). */
export const TABLE3_2021: Table3Definition = {
  version: '2021',
  note: NOTE,
  columns: TABLE3_COLUMNS,
  rows: [
    ...T3_HEAD_ROWS,
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
    ...T3_TAIL_ROWS,
  ],
};

/** Table-三 definition of a version. */
export function table3Definition(version: TemplateVersion): Table3Definition {
  const def = Object.prototype.hasOwnProperty.call(TABLE3_BY_VERSION, version) ? TABLE3_BY_VERSION[version] : undefined;
  if (!def) throw new TypeError(`table3Definition: template version ${JSON.stringify(version)} is not supported`);
  return def;
}

/** Table 三 of each version (a `Record`: a version added to `TemplateVersion` must bring its table). */
const TABLE3_BY_VERSION: Readonly<Record<TemplateVersion, Table3Definition>> = { '2019': TABLE3_2019, '2021': TABLE3_2021 };

/** Keys of the data rows of a version, in template order. */
export function table3DataRowKeys(version: TemplateVersion): string[] {
  return table3Definition(version)
    .rows.filter((r) => r.type === 'data')
    .map((r) => r.key);
}
