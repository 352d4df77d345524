/**
 * The rule catalogue, as data: every consistency rule the validator checks, with stable ids
 * (those of ../shared/spec/tables.json where it has one), titles, severity and scope.
 * `docs/rules.md` is generated from it.
 */
import type { Severity } from '../diagnostics/catalogue.js';
import type { TemplateVersion } from '../template/version.js';

/** Stable rule ids. Never renamed or reused. */
export type RuleId =
  | 'T3.BALANCE'
  | 'T3.ROWSUM'
  | 'T3.RESULTS'
  | 'T3.NONNEG'
  | 'T4.REVIEW'
  | 'T4.DIRECT'
  | 'T4.AFTER'
  | 'T4.NONNEG'
  | 'T2.NONNEG'
  | 'T2.INTEGER'
  | 'T2.PUBLISHED_LE_TOTAL'
  | 'T2.ITEMS_NONNEG'
  | 'T2.ISSUED_LE'
  | 'T2.UNIT'
  | 'S.TABLES'
  | 'S.TABLE_EMPTY'
  | 'S.SECTIONS'
  | 'S.VERSION_YEAR'
  | 'S.MIXED_VERSIONS'
  | 'R.YEAR'
  | 'R.SECTION5_EMPTY'
  | 'R.FEES'
  | 'R.ALL_CLOSED'
  | 'X.NARRATIVE'
  | 'X.CARRY'
  | 'X.VALID'
  | 'X.ITEMS'
  | 'X.ROLLUP';

/** What a rule looks at. */
export type RuleKind = 'table' | 'structure' | 'report' | 'narrative' | 'series' | 'rollup';

/** One rule of the catalogue. */
export interface RuleDefinition {
  /** Stable id. */
  readonly id: RuleId;
  /** Short title in zh-CN and English. */
  readonly title: {
    /** zh-CN title. */
    readonly zh: string;
    /** English title. */
    readonly en: string;
  };
  /** Severity of a failure. */
  readonly severity: Severity;
  /** What the rule looks at. */
  readonly kind: RuleKind;
  /** Template versions the rule applies to. */
  readonly versions: readonly TemplateVersion[];
  /** What is checked, and how blanks and unknown cells are treated (English). */
  readonly description: string;
}

const BOTH: readonly TemplateVersion[] = ['2019', '2021'];

/** The rules without their descriptions: what checking needs. */
const RULES: readonly Omit<RuleDefinition, 'description'>[] = [
  {
    id: 'T3.BALANCE',
    title: { zh: '表三本列勾稽关系：第一项加第二项等于第三项加第四项', en: 'Table 三 column balance: new + carried over = handled + carried forward' },
    severity: 'error',
    kind: 'table',
    versions: BOTH,
  },
  {
    id: 'T3.ROWSUM',
    title: { zh: '表三各行总计等于各类申请人之和', en: 'Table 三 row total = sum of the six applicant columns' },
    severity: 'error',
    kind: 'table',
    versions: BOTH,
  },
  {
    id: 'T3.RESULTS',
    title: { zh: '表三办理结果之和等于（七）总计', en: 'Table 三 results add up to （七）总计' },
    severity: 'error',
    kind: 'table',
    versions: BOTH,
  },
  {
    id: 'T3.NONNEG',
    title: { zh: '表三数值为非负整数', en: 'Table 三 values are non-negative integers' },
    severity: 'error',
    kind: 'table',
    versions: BOTH,
  },
  {
    id: 'T4.REVIEW',
    title: { zh: '表四行政复议四项结果之和等于总计', en: 'Table 四 review results add up to the total' },
    severity: 'error',
    kind: 'table',
    versions: BOTH,
  },
  {
    id: 'T4.DIRECT',
    title: { zh: '表四未经复议直接起诉四项结果之和等于总计', en: 'Table 四 direct litigation results add up to the total' },
    severity: 'error',
    kind: 'table',
    versions: BOTH,
  },
  {
    id: 'T4.AFTER',
    title: { zh: '表四复议后起诉四项结果之和等于总计', en: 'Table 四 litigation after review results add up to the total' },
    severity: 'error',
    kind: 'table',
    versions: BOTH,
  },
  {
    id: 'T4.NONNEG',
    title: { zh: '表四数值为非负整数', en: 'Table 四 values are non-negative integers' },
    severity: 'error',
    kind: 'table',
    versions: BOTH,
  },
  {
    id: 'T2.NONNEG',
    title: { zh: '表二数值非负（本年增/减除外）', en: 'Table 二 values are non-negative (except 本年增/减)' },
    severity: 'error',
    kind: 'table',
    versions: BOTH,
  },
  {
    id: 'T2.INTEGER',
    title: { zh: '表二件数、项数为整数', en: 'Table 二 counts are integers' },
    severity: 'error',
    kind: 'table',
    versions: BOTH,
  },
  {
    id: 'T2.PUBLISHED_LE_TOTAL',
    title: { zh: '本年新公开数量不超过对外公开总数量', en: 'Newly published ≤ total published' },
    severity: 'warning',
    kind: 'table',
    versions: ['2019'],
  },
  {
    id: 'T2.ITEMS_NONNEG',
    title: { zh: '上一年项目数量加本年增减不为负', en: 'Previous item count + change is not negative' },
    severity: 'warning',
    kind: 'table',
    versions: ['2019'],
  },
  {
    id: 'T2.ISSUED_LE',
    title: { zh: '本年制发件数不超过现行有效件数与本年废止件数之和', en: 'Issued ≤ currently valid + repealed' },
    severity: 'warning',
    kind: 'table',
    versions: ['2021'],
  },
  {
    id: 'T2.UNIT',
    title: { zh: '金额单位', en: 'Amount units' },
    severity: 'info',
    kind: 'table',
    versions: BOTH,
  },
  {
    id: 'S.TABLES',
    title: { zh: '三张统计表齐全', en: 'The three tables are present' },
    severity: 'warning',
    kind: 'structure',
    versions: BOTH,
  },
  {
    id: 'S.TABLE_EMPTY',
    title: { zh: '统计表有数值', en: 'Tables hold values' },
    severity: 'warning',
    kind: 'structure',
    versions: BOTH,
  },
  {
    id: 'S.SECTIONS',
    title: { zh: '六个部分齐全', en: 'The six sections are present' },
    severity: 'warning',
    kind: 'structure',
    versions: BOTH,
  },
  {
    id: 'S.VERSION_YEAR',
    title: { zh: '格式版本与报告年度相符', en: 'Template version matches the report year' },
    severity: 'warning',
    kind: 'structure',
    versions: BOTH,
  },
  {
    id: 'S.MIXED_VERSIONS',
    title: { zh: '各表格式版本一致', en: 'Tables use one template version' },
    severity: 'warning',
    kind: 'structure',
    versions: BOTH,
  },
  {
    id: 'R.YEAR',
    title: { zh: '标题年度、统计期限与正文一致', en: 'Title year, statistics period and body agree' },
    severity: 'warning',
    kind: 'report',
    versions: BOTH,
  },
  {
    id: 'R.SECTION5_EMPTY',
    title: { zh: '第五部分不为空', en: 'Section 五 is not empty' },
    severity: 'warning',
    kind: 'report',
    versions: BOTH,
  },
  {
    id: 'R.FEES',
    title: { zh: '收费情况前后一致', en: 'Fees are reported consistently' },
    severity: 'info',
    kind: 'report',
    versions: ['2021'],
  },
  {
    id: 'R.ALL_CLOSED',
    title: { zh: '“全部办结”与结转数一致', en: '"All closed" agrees with carried forward' },
    severity: 'warning',
    kind: 'report',
    versions: BOTH,
  },
  {
    id: 'X.NARRATIVE',
    title: { zh: '正文数字与统计表一致', en: 'Numbers in the text agree with the tables' },
    severity: 'info',
    kind: 'narrative',
    versions: BOTH,
  },
  {
    id: 'X.CARRY',
    title: { zh: '上年结转等于上一年度的结转下年度', en: 'Carried over = last year’s carried forward' },
    severity: 'warning',
    kind: 'series',
    versions: BOTH,
  },
  {
    id: 'X.VALID',
    title: { zh: '现行有效件数的存量关系', en: 'Stock of currently valid documents' },
    severity: 'info',
    kind: 'series',
    versions: ['2021'],
  },
  {
    id: 'X.ITEMS',
    title: { zh: '上一年项目数量与上一年度的增减', en: 'Previous item counts follow last year’s change' },
    severity: 'info',
    kind: 'series',
    versions: ['2019'],
  },
  {
    id: 'X.ROLLUP',
    title: { zh: '汇总报告等于下级报告之和', en: 'A summary report equals the sum of its parts' },
    severity: 'warning',
    kind: 'rollup',
    versions: BOTH,
  },
];

/**
 * What each rule checks (English, for docs and tools). Kept apart so that a bundle that only
 * validates leaves these texts out: only {@link rules} reads them.
 */
const DESCRIPTIONS: Record<RuleId, string> = {
  'T3.BALANCE':
    'Per column (the stated relation of the template): 本年新收 + 上年结转 = （七）总计 + 结转下年度. A blank applicant cell counts as 0 (noted); a blank 总计 cell is "not reported" and makes the check uncertain, as does a missing or ambiguous cell.',
  'T3.ROWSUM':
    'Per data row: 总计 = 自然人 + the five 法人或其他组织 columns. Blank applicant cells count as 0 (noted); a blank 总计 is "not reported" (uncertain).',
  'T3.RESULTS':
    'Per column: （七）总计 = 予以公开 + 部分公开 + the 8 不予公开 rows + the 3 无法提供 rows + the 5 不予处理 rows + 其他处理 (one row in 2019, three in 2021).',
  'T3.NONNEG':
    'Every stated table-三 value is an integer ≥ 0.',
  'T4.REVIEW':
    '行政复议: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计.',
  'T4.DIRECT':
    '行政诉讼 / 未经复议直接起诉: the four results = 总计.',
  'T4.AFTER':
    '行政诉讼 / 复议后起诉: the four results = 总计.',
  'T4.NONNEG':
    'Every stated table-四 value is an integer ≥ 0.',
  'T2.NONNEG':
    'Every stated table-二 value is ≥ 0, except the signed 2019 本年增/减 column.',
  'T2.INTEGER':
    'Counts of documents, items and decisions are integers; only amounts (采购总金额, 本年收费金额) may have decimals.',
  'T2.PUBLISHED_LE_TOTAL':
    '2019 第二十条第（一）项, per row: 本年新公开数量 ≤ 对外公开总数量.',
  'T2.ITEMS_NONNEG':
    '2019 第二十条第（五）（六）（八）项, per row: 上一年项目数量 + 本年增/减 ≥ 0.',
  'T2.ISSUED_LE':
    '2021 第二十条第（一）项, per row: every document issued this year is still valid or was repealed.',
  'T2.UNIT':
    'Notes the unit written in amount cells: the 2021 本年收费金额 is in 万元, so a value written in 元 is reported; units of the 2019 采购总金额 (no unit in the template) are noted.',
  'S.TABLES':
    'Tables 二, 三 and 四 were found in the report.',
  'S.TABLE_EMPTY':
    'A table that was found holds at least one value or blank cell (headings with no table, or a table whose cells were all lost).',
  'S.SECTIONS':
    'Each of the six template sections (总体情况 … 其他需要报告的事项) was found.',
  'S.VERSION_YEAR':
    'Reports for 2019–2020 use the 2019 template, later ones the 2021 template; a mismatch (a 2023 report on the 2019 table 三) is a warning, not an error.',
  'S.MIXED_VERSIONS':
    'Tables 二 and 三 follow the same template version.',
  'R.YEAR':
    'The year in the title equals the year of the statistics period (统计期限) when both are given.',
  'R.SECTION5_EMPTY':
    '存在的主要问题及改进情况 has text.',
  'R.FEES':
    'Table 二 reports fees collected (本年收费金额 > 0) while section 六 says no fee was collected. The two are different fees (行政事业性收费 vs 信息处理费), so this is information for a reader to check, not an error.',
  'R.ALL_CLOSED':
    'The text says every application was closed (全部办结, 均已办结 …) while table 三 carries applications forward (结转下年度 > 0).',
  'X.NARRATIVE':
    'Counts and percentages stated in the text (收到/新收/受理/办结/结转, 予以公开 … 其他处理, 行政复议/行政诉讼, 信息处理费) are compared with the table quantity they name. 受理 may mean 新收 or 新收 + 上年结转; 办结 means （七）总计; percentages are shares of （七）总计. A claim that matches no table quantity is reported as information, not as a failure.',
  'X.CARRY':
    'Same agency, consecutive years, per column: 上年结转 (Y) = 结转下年度继续办理 (Y − 1).',
  'X.VALID':
    '现行有效件数 (Y) = 现行有效件数 (Y − 1) + 本年制发件数 (Y) − 本年废止件数 (Y). Often broken by amendments and clean-ups: information only.',
  'X.ITEMS':
    '2019 template, consecutive years: 上一年项目数量 (Y) = 上一年项目数量 (Y − 1) + 本年增/减 (Y − 1).',
  'X.ROLLUP':
    "A parent's table-三 and table-四 values (and table-二 counts) equal the sum over its child reports; a child value that is missing or ambiguous makes the cell uncertain.",
};

/** Every rule, in the order checks are run. */
export const rules: readonly RuleDefinition[] = /* @__PURE__ */ (() => RULES.map((r) => ({ ...r, description: DESCRIPTIONS[r.id] })))();

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The definition of a rule (without its description, which checking never reads). */
export function ruleDefinition(id: RuleId): Omit<RuleDefinition, 'description'> {
  return BY_ID.get(id) as Omit<RuleDefinition, 'description'>;
}
