/** Key of one of the six required sections. */
export type SectionKey =
  'overview' | 'proactiveDisclosure' | 'applications' | 'reviewLitigation' | 'problemsAndImprovements' | 'otherMatters';

/** Definition of a required section. */
export interface SectionDefinition {
  /** Stable key. */
  readonly key: SectionKey;
  /** Chinese numeral of the section in the template. */
  readonly number: string;
  /** Heading exactly as in the template skeleton. */
  readonly heading: string;
  /**
   * Keyword families matched against a cleaned heading (numbering, spaces and punctuation removed).
   * Each inner list is one family; a heading matches the family when it contains every keyword of it.
   */
  readonly keywordFamilies: readonly (readonly string[])[];
  /** Table the section contains, if any. */
  readonly contains?: 't2' | 't3' | 't4';
}

/** The six sections in template order (identical in both versions). */
export const SECTIONS: readonly SectionDefinition[] = [
  {
    key: 'overview',
    number: '一',
    heading: '一、总体情况',
    keywordFamilies: [['总体情况'], ['总体'], ['概述'], ['工作开展情况'], ['基本情况'], ['工作情况']],
  },
  {
    key: 'proactiveDisclosure',
    number: '二',
    heading: '二、主动公开政府信息情况',
    keywordFamilies: [['主动公开', '情况'], ['主动公开政府信息']],
    contains: 't2',
  },
  {
    key: 'applications',
    number: '三',
    heading: '三、收到和处理政府信息公开申请情况',
    keywordFamilies: [['收到和处理'], ['收到', '处理', '申请'], ['依申请公开', '情况'], ['公开申请情况']],
    contains: 't3',
  },
  {
    key: 'reviewLitigation',
    number: '四',
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    keywordFamilies: [
      ['行政复议', '行政诉讼'],
      ['复议', '诉讼'],
    ],
    contains: 't4',
  },
  {
    key: 'problemsAndImprovements',
    number: '五',
    heading: '五、存在的主要问题及改进情况',
    keywordFamilies: [['问题', '改进'], ['问题', '建议'], ['问题', '措施'], ['问题', '整改'], ['存在', '问题'], ['存在的不足']],
  },
  {
    key: 'otherMatters',
    number: '六',
    heading: '六、其他需要报告的事项',
    keywordFamilies: [['其他需要报告'], ['其他', '事项']],
  },
];
