import { REGISTERED_VERSIONS, templateDefinition } from './registry.js';
import type { TemplateVersion } from './version.js';

/**
 * Strings that only occur in one version's table 二 (cleaned: no spaces or punctuation), by version
 * (each version's `table2Signatures`, `template/versions/<year>.ts`). They are evidence for that
 * version; the version with more evidence wins.
 */
export const TABLE2_VERSION_SIGNATURES: Readonly<Record<TemplateVersion, readonly string[]>> = Object.fromEntries(
  REGISTERED_VERSIONS.map((v) => [v, templateDefinition(v).table2Signatures]),
) as Record<TemplateVersion, readonly string[]>;

/** Strings whose presence shows that a table of the post-2019 templates is in the text (any version). */
export const TABLE_PRESENCE_SIGNATURES = {
  t2: ['第二十条第(一)项', '第二十条第(五)项', '第二十条第(六)项', '第二十条第(八)项'],
  t3: ['本列数据的勾稽关系', '本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '结转下年度继续办理'],
  t4: ['未经复议直接起诉', '复议后起诉'],
} as const;

/**
 * Markers of a pre-2019 report (old 条例, 国务院令第492号; statistics per 国办发〔2014〕32号).
 * Matched on cleaned text.
 */
export const PRE_2019_MARKERS: readonly string[] = [
  '国务院令第492号',
  '统计指标',
  '依申请公开政府信息情况',
  '政府信息公开的收费及减免情况',
  '收费及减免',
  '因政府信息公开申请行政复议、提起行政诉讼的情况',
  '申请行政复议、提起行政诉讼和申诉的情况',
  '政府信息公开咨询处理情况',
  '机构建设、保障经费和培训会议情况',
  '存在的主要问题和改进措施',
  '附相关的说明和指标统计表',
  '主动公开政府信息数',
  '其中:主动公开规范性文件数',
  '制发规范性文件总数',
  '收到申请数',
  '当面申请数',
  '传真申请数',
  '网络申请数',
  '信函申请数',
  '申请办结数',
  '按时办结数',
  '延期办结数',
  '属于已主动公开范围数',
  '同意公开答复数',
  '同意部分公开答复数',
  '不同意公开答复数',
  '申请信息不存在数',
  '维持具体行政行为数',
  '被依法纠错数',
  '依申请公开信息收取的费用',
  '政府信息公开工作专门机构数',
];
