/** Key of a table-四 column group. */
export type Table4GroupKey = 'review' | 'litigationDirect' | 'litigationAfterReview';

/** Key of a table-四 result column (the same five under each group). */
export type Table4ColumnKey = 'upheld' | 'corrected' | 'otherResult' | 'pending' | 'total';

/** Definition of a table-四 group of five columns. */
export interface Table4GroupDefinition {
  /** Stable key. */
  readonly key: Table4GroupKey;
  /** Group header as printed (`行政复议`, `未经复议直接起诉`, `复议后起诉`). */
  readonly label: string;
  /** Super-group header (`行政诉讼`) for the two litigation groups. */
  readonly supergroup?: string;
}

/** Definition of a table-四 result column. */
export interface Table4ColumnDefinition {
  /** Stable key. */
  readonly key: Table4ColumnKey;
  /** Header label as printed. */
  readonly label: string;
}

/** The three groups in grid order, as data (`as const`: the model's `Table4` is checked against it). */
export const TABLE4_GROUP_DATA = [
  { key: 'review', label: '行政复议' },
  { key: 'litigationDirect', label: '未经复议直接起诉', supergroup: '行政诉讼' },
  { key: 'litigationAfterReview', label: '复议后起诉', supergroup: '行政诉讼' },
] as const satisfies readonly Table4GroupDefinition[];

/** The three groups in grid order. Identical in both template versions. */
export const TABLE4_GROUPS: readonly Table4GroupDefinition[] = TABLE4_GROUP_DATA;

/** The five result columns of each group, in grid order, as data (`as const`). */
export const TABLE4_COLUMN_DATA = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'otherResult', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const satisfies readonly Table4ColumnDefinition[];

/** The five result columns of each group, in grid order. */
export const TABLE4_COLUMNS: readonly Table4ColumnDefinition[] = TABLE4_COLUMN_DATA;
