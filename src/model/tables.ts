import type { TemplateVersion } from '../template/version.js';
import type { TABLE4_COLUMN_DATA, TABLE4_GROUP_DATA } from '../template/table4.js';
import type { TEMPLATE_DATA } from '../template/versions/index.js';
import type { Cell } from './cell.js';
import type { SourceLocation } from './location.js';

/*
 * The tables of every registered template version are typed from the version's data
 * (`template/versions/<year>.ts`, `as const`): `Table2Of<V>` and `Table3Of<V>` below. The documented
 * interfaces of the 2019 and 2021 tables (`Table2V2019` …) must equal them (`ModelMatchesTemplate`
 * at the end of this file does not compile otherwise), so the model cannot drift from the
 * template's addresses; a version registered without documented interfaces gets the derived types.
 */

/**
 * The cells of table 二 of a template version, derived from its data: sub-table → row → column
 * keys, each a {@link Cell} (`t2.art20_1.regulations.issued`).
 */
export type Table2CellsOf<V extends TemplateVersion> = {
  [S in (typeof TEMPLATE_DATA)[V]['table2']['subTables'][number] as S['key']]: {
    [R in S['rows'][number] as R['key']]: { [C in S['columns'][number] as C['key']]: Cell };
  };
};

/** Table 二 of a template version as derived from its data: its cells, `version` and `location`. */
export type Table2Of<V extends TemplateVersion> = {
  /** Discriminant. */
  version: V;
  /** Where the table is in the original input. */
  location?: SourceLocation;
} & Table2CellsOf<V>;

/** The dotted keys (`results.denied.stateSecret`) of the table-三 data rows of a version. */
export type Table3DataRowKey<V extends TemplateVersion> = Extract<
  (typeof TEMPLATE_DATA)[V]['table3']['rows'][number],
  Record<'type', 'data'>
>['key'];

/**
 * Dotted keys as nested objects: `'a.b' | 'a.c' | 'd'` → `{ a: { b: Leaf; c: Leaf }; d: Leaf }`.
 */
export type NestedKeys<P extends string, Leaf> = {
  [K in P extends `${infer H}.${string}` ? H : P]: K extends P ? Leaf : NestedKeys<P extends `${K}.${infer R}` ? R : never, Leaf>;
};

/** Table 三 of a template version as derived from its data: a {@link Table3Row} per data row, nested by key. */
export type Table3Of<V extends TemplateVersion> = {
  /** Discriminant. */
  version: V;
  /** Where the table is in the original input. */
  location?: SourceLocation;
} & NestedKeys<Table3DataRowKey<V>, Table3Row>;

/* ------------------------------------------------------------------ table 二 */

/** 2019 第二十条第（一）项 row: documents made, published, and published in total. */
export interface Art20_1Row2019 {
  /** 本年新制作数量 */
  newlyMade: Cell;
  /** 本年新公开数量 */
  newlyPublished: Cell;
  /** 对外公开总数量 */
  totalPublished: Cell;
}

/** 2019 第二十条第（五）（六）项 row: item counts and decisions. */
export interface ItemRow2019 {
  /** 上一年项目数量 */
  previousYearCount: Cell;
  /** 本年增/减 (signed) */
  yearChange: Cell;
  /** 处理决定数量 */
  decisionCount: Cell;
}

/** 2019 第二十条第（八）项 row. */
export interface FeeItemRow2019 {
  /** 上一年项目数量 */
  previousYearCount: Cell;
  /** 本年增/减 (signed) */
  yearChange: Cell;
}

/** 2019 第二十条第（九）项 row. */
export interface ProcurementRow2019 {
  /** 采购项目数量 */
  procurementItemCount: Cell;
  /** 采购总金额 (no unit in the template; the unit written is kept in `unit`) */
  procurementTotalAmount: Cell;
}

/** 2019 第二十条第（一）项: documents. */
export interface Art20_1Table2019 {
  /** 规章 */
  regulations: Art20_1Row2019;
  /** 规范性文件 */
  normativeDocuments: Art20_1Row2019;
}

/** 2019 第二十条第（五）项: licensing and other external management services. */
export interface Art20_5Table2019 {
  /** 行政许可 */
  administrativeLicensing: ItemRow2019;
  /** 其他对外管理服务事项 */
  otherExternalManagementServices: ItemRow2019;
}

/** 第二十条第（六）项 (both versions, different columns): penalties and compulsory measures. */
export interface Art20_6Table<R> {
  /** 行政处罚 */
  administrativePenalty: R;
  /** 行政强制 */
  administrativeCompulsion: R;
}

/** 2019 第二十条第（八）项: administrative fees. */
export interface Art20_8Table2019 {
  /** 行政事业性收费 */
  administrativeFees: FeeItemRow2019;
}

/** 2019 第二十条第（九）项: centralised procurement. */
export interface Art20_9Table2019 {
  /** 政府集中采购 */
  centralizedProcurement: ProcurementRow2019;
}

/** Table 二 of the 2019 template (22 cells). */
export interface Table2V2019 {
  /** Discriminant. */
  version: '2019';
  /** 第二十条第（一）项 */
  art20_1: Art20_1Table2019;
  /** 第二十条第（五）项 */
  art20_5: Art20_5Table2019;
  /** 第二十条第（六）项 */
  art20_6: Art20_6Table<ItemRow2019>;
  /** 第二十条第（八）项 */
  art20_8: Art20_8Table2019;
  /** 第二十条第（九）项 */
  art20_9: Art20_9Table2019;
  /** Where the table is in the original input. */
  location?: SourceLocation;
}

/** 2021 第二十条第（一）项 row. */
export interface Art20_1Row2021 {
  /** 本年制发件数 */
  issued: Cell;
  /** 本年废止件数 */
  repealed: Cell;
  /** 现行有效件数 */
  currentlyValid: Cell;
}

/** 2021 第二十条第（五）（六）项 row. */
export interface DecisionRow2021 {
  /** 本年处理决定数量 */
  decisionCount: Cell;
}

/** 2021 第二十条第（一）项: documents. */
export interface Art20_1Table2021 {
  /** 规章 */
  regulations: Art20_1Row2021;
  /** 行政规范性文件 */
  normativeDocuments: Art20_1Row2021;
}

/** 2021 第二十条第（五）项. */
export interface Art20_5Table2021 {
  /** 行政许可 */
  administrativeLicensing: DecisionRow2021;
}

/** 2021 第二十条第（八）项 row. */
export interface FeeRow2021 {
  /** 本年收费金额（单位：万元）; decimals allowed. */
  feeAmount: Cell;
}

/** 2021 第二十条第（八）项. */
export interface Art20_8Table2021 {
  /** 行政事业性收费 */
  administrativeFees: FeeRow2021;
}

/** Table 二 of the 2021 template (10 cells). */
export interface Table2V2021 {
  /** Discriminant. */
  version: '2021';
  /** 第二十条第（一）项 */
  art20_1: Art20_1Table2021;
  /** 第二十条第（五）项 */
  art20_5: Art20_5Table2021;
  /** 第二十条第（六）项 */
  art20_6: Art20_6Table<DecisionRow2021>;
  /** 第二十条第（八）项: fees collected, in 万元 */
  art20_8: Art20_8Table2021;
  /** Where the table is in the original input. */
  location?: SourceLocation;
}

/** The documented table-二 interfaces, by version (a registered version without one gets {@link Table2Of}). */
export interface Table2ByVersion {
  /** Table 二 of the 2019 template. */
  '2019': Table2V2019;
  /** Table 二 of the 2021 template. */
  '2021': Table2V2021;
}

/** Table 二 (主动公开政府信息情况) of any registered version (`Table2V2019 | Table2V2021`). */
export type Table2 = { [V in TemplateVersion]: V extends keyof Table2ByVersion ? Table2ByVersion[V] : Table2Of<V> }[TemplateVersion];

/* ------------------------------------------------------------------ table 三 */

/** One data row of table 三: six applicant columns and the total. */
export interface Table3Row {
  /** 自然人 */
  naturalPerson: Cell;
  /** 法人或其他组织 / 商业企业 */
  commercialEnterprise: Cell;
  /** 法人或其他组织 / 科研机构 */
  researchInstitution: Cell;
  /** 法人或其他组织 / 社会公益组织 */
  publicInterestOrg: Cell;
  /** 法人或其他组织 / 法律服务机构 */
  legalServiceOrg: Cell;
  /** 法人或其他组织 / 其他 */
  otherOrg: Cell;
  /** 总计 */
  total: Cell;
}

/** （三）不予公开: eight reasons. */
export interface DeniedRows {
  /** 1.属于国家秘密 */
  stateSecret: Table3Row;
  /** 2.其他法律行政法规禁止公开 */
  prohibitedByLaw: Table3Row;
  /** 3.危及“三安全一稳定” */
  securityStability: Table3Row;
  /** 4.保护第三方合法权益 */
  thirdPartyRights: Table3Row;
  /** 5.属于三类内部事务信息 */
  internalAffairs: Table3Row;
  /** 6.属于四类过程性信息 */
  processInformation: Table3Row;
  /** 7.属于行政执法案卷 */
  enforcementCaseFile: Table3Row;
  /** 8.属于行政查询事项 */
  administrativeQuery: Table3Row;
}

/** （四）无法提供: three reasons. */
export interface UnableToProvideRows {
  /** 1.本机关不掌握相关政府信息 */
  notHeld: Table3Row;
  /** 2.没有现成信息需要另行制作 */
  needsCreation: Table3Row;
  /** 3.补正后申请内容仍不明确 */
  stillUnclear: Table3Row;
}

/** （五）不予处理: five reasons. */
export interface NotProcessedRows {
  /** 1.信访举报投诉类申请 */
  petitionOrComplaint: Table3Row;
  /** 2.重复申请 */
  duplicate: Table3Row;
  /** 3.要求提供公开出版物 */
  publication: Table3Row;
  /** 4.无正当理由大量反复申请 */
  massRepeated: Table3Row;
  /** 5.要求行政机关确认或重新出具已获取信息 */
  confirmOrReissue: Table3Row;
}

/** 2021 （六）其他处理: three sub-rows. */
export interface OtherHandlingRows2021 {
  /** 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 */
  overdueCorrection: Table3Row;
  /** 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 */
  unpaidFee: Table3Row;
  /** 3.其他 */
  other: Table3Row;
}

/** 三、本年度办理结果 (results block) shared by both versions. */
export interface Table3ResultsBase {
  /** （一）予以公开 */
  granted: Table3Row;
  /** （二）部分公开 */
  partiallyGranted: Table3Row;
  /** （三）不予公开 */
  denied: DeniedRows;
  /** （四）无法提供 */
  unableToProvide: UnableToProvideRows;
  /** （五）不予处理 */
  notProcessed: NotProcessedRows;
  /** （七）总计 */
  total: Table3Row;
}

/** Table 三 of the 2019 template (23 data rows). */
export interface Table3V2019 {
  /** Discriminant. */
  version: '2019';
  /** 一、本年新收政府信息公开申请数量 */
  newReceived: Table3Row;
  /** 二、上年结转政府信息公开申请数量 */
  carriedOver: Table3Row;
  /** 三、本年度办理结果 */
  results: Table3ResultsBase & {
    /** （六）其他处理 (one row in 2019) */
    otherHandling: Table3Row;
  };
  /** 四、结转下年度继续办理 */
  carriedForward: Table3Row;
  /** Where the table is in the original input. */
  location?: SourceLocation;
}

/** Table 三 of the 2021 template (25 data rows). */
export interface Table3V2021 {
  /** Discriminant. */
  version: '2021';
  /** 一、本年新收政府信息公开申请数量 */
  newReceived: Table3Row;
  /** 二、上年结转政府信息公开申请数量 */
  carriedOver: Table3Row;
  /** 三、本年度办理结果 */
  results: Table3ResultsBase & {
    /** （六）其他处理 (three rows in 2021) */
    otherHandling: OtherHandlingRows2021;
  };
  /** 四、结转下年度继续办理 */
  carriedForward: Table3Row;
  /** Where the table is in the original input. */
  location?: SourceLocation;
}

/** The documented table-三 interfaces, by version (a registered version without one gets {@link Table3Of}). */
export interface Table3ByVersion {
  /** Table 三 of the 2019 template. */
  '2019': Table3V2019;
  /** Table 三 of the 2021 template. */
  '2021': Table3V2021;
}

/** Table 三 (收到和处理政府信息公开申请情况) of any registered version (`Table3V2019 | Table3V2021`). */
export type Table3 = { [V in TemplateVersion]: V extends keyof Table3ByVersion ? Table3ByVersion[V] : Table3Of<V> }[TemplateVersion];

/* ------------------------------------------------------------------ table 四 */

/** Five result columns of a table-四 group. */
export interface Table4Group {
  /** 结果维持 */
  upheld: Cell;
  /** 结果纠正 */
  corrected: Cell;
  /** 其他结果 */
  otherResult: Cell;
  /** 尚未审结 */
  pending: Cell;
  /** 总计 */
  total: Cell;
}

/** Table 四 (政府信息公开行政复议、行政诉讼情况), identical in both versions (15 cells). */
export interface Table4 {
  /** 行政复议 */
  review: Table4Group;
  /** 行政诉讼 / 未经复议直接起诉 */
  litigationDirect: Table4Group;
  /** 行政诉讼 / 复议后起诉 */
  litigationAfterReview: Table4Group;
  /** Where the table is in the original input. */
  location?: SourceLocation;
}

/** Table 四 as derived from its data (`template/table4.ts`): group → result column, each a {@link Cell}. */
export type Table4Of = {
  [G in (typeof TABLE4_GROUP_DATA)[number]['key']]: { [C in (typeof TABLE4_COLUMN_DATA)[number]['key']]: Cell };
} & {
  /** Where the table is in the original input. */
  location?: SourceLocation;
};

/** The three statistical tables; `null` where the table was not found in the source. */
export interface ReportTables {
  /** Table 二: 主动公开政府信息情况. */
  t2: Table2 | null;
  /** Table 三: 收到和处理政府信息公开申请情况. */
  t3: Table3 | null;
  /** Table 四: 政府信息公开行政复议、行政诉讼情况. */
  t4: Table4 | null;
}

/* ------------------------------------------------------ model against template */

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AllTrue<T extends Record<string, true>> = T;
/**
 * Compile-time check that each documented table interface has exactly the cells its version's
 * template data has (same keys at every level), and that `Table4` has the groups and columns of
 * `template/table4.ts`.
 * @internal
 */
export type ModelMatchesTemplate = AllTrue<{
  [V in keyof Table2ByVersion]: Same<Table2ByVersion[V], Table2Of<V>>;
}> &
  AllTrue<{ [V in keyof Table3ByVersion]: Same<Table3ByVersion[V], Table3Of<V>> }> &
  AllTrue<{ t4: Same<Table4, Table4Of> }>;
