/**
 * Template data that several versions share (data only: no logic, nothing that depends on the
 * registered versions). A version module spreads what it shares; `as const` keeps every key a
 * literal type, so the model's types can be derived from the data.
 */
import type { Table3ColumnDefinition, Table3RowDefinition } from './definition.js';

/** The seven table-三 columns in grid order (left to right). Identical in both versions. */
export const TABLE3_COLUMNS = [
  { key: 'naturalPerson', label: '自然人' },
  { key: 'commercialEnterprise', label: '商业企业', group: '法人或其他组织' },
  { key: 'researchInstitution', label: '科研机构', group: '法人或其他组织' },
  { key: 'publicInterestOrg', label: '社会公益组织', group: '法人或其他组织' },
  { key: 'legalServiceOrg', label: '法律服务机构', group: '法人或其他组织' },
  { key: 'otherOrg', label: '其他', group: '法人或其他组织' },
  { key: 'total', label: '总计' },
] as const satisfies readonly Table3ColumnDefinition[];

/** The header note of table 三 stating the per-column balance (both versions). */
export const TABLE3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** Table-三 rows from 一、 to （五）不予处理 and its five reasons (both versions). */
export const TABLE3_HEAD_ROWS = [
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
] as const satisfies readonly Table3RowDefinition[];

/** Table-三 rows after （六）其他处理: （七）总计 and 四、结转下年度继续办理 (both versions). */
export const TABLE3_TAIL_ROWS = [
  { key: 'results.total', label: '（七）总计', type: 'data', level: 2, keywords: [] },
  {
    key: 'carriedForward',
    label: '四、结转下年度继续办理',
    type: 'data',
    level: 1,
    keywords: ['结转下年度', '下年度继续办理'],
  },
] as const satisfies readonly Table3RowDefinition[];
