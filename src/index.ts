/**
 * zfxxgk-report: parse and validate 政府信息公开工作年度报告 (Chinese government information
 * disclosure annual reports) in the 2019 and 2021 national templates.
 *
 * @packageDocumentation
 */
export { parseReport, parseReports, type ParseOptions } from './parse/parse-report.js';
export { sniffContent, type ContentKind, type SniffResult } from './adapters/sniff.js';
export { parsePositionedText, type PositionedTextOptions, type PositionedParseResult } from './parse/parse-positioned.js';
export { layoutText, spanAt, type PositionedText, type TextSpan, type LayoutOptions, type LaidOutText } from './layout/layout.js';
export { parseOcr, toPositioned, type OcrParseOptions, type OcrParseResult } from './ocr/parse-ocr.js';
export { LOW_CONFIDENCE } from './ocr/confidence.js';
export type { OcrBox, OcrPage } from './ocr/types.js';
export { DEFAULT_LIMITS, LIMIT_OPTIONS, resolveLimits, type Limits, type LimitName, type LimitOption } from './limits/limits.js';
export { InputReadError, type ReadErrorCode } from './errors/read-error.js';
export { listCells, type CellRecord } from './parse/list-cells.js';
export { normalize, type NormalizeOptions, type NormalizedText } from './normalize/normalize.js';
export type {
  Report,
  ReportMeta,
  ReportPeriod,
  Section,
  TemplateVersions,
  InputFormat,
  SourceFormat,
  ParseResult,
  MetaSources,
  MetaSource,
  MetaEvidence,
} from './model/report.js';
export type { Cell, CellStatus, CellProvenance, ValueCell, BlankCell, MissingCell, AmbiguousCell } from './model/cell.js';
export type { SourceLocation } from './model/location.js';
export type * from './model/tables.js';
export type { Diagnostic } from './diagnostics/diagnostic.js';
export { diagnosticFinding, type Finding, type FindingBase } from './diagnostics/finding.js';
export { collectFindings, issueFinding } from './validate/findings.js';
export {
  DIAGNOSTIC_CODES,
  type DiagnosticCode,
  type DiagnosticDefinition,
  type DiagnosticParams,
  type MessageParams,
  type ParamFields,
  type ParamsOf,
  type Severity,
} from './diagnostics/catalogue.js';
export { type TemplateVersion, TEMPLATE_VERSIONS, expectedVersionForYear } from './template/version.js';
export { type SectionKey, type SectionDefinition, SECTIONS } from './template/sections.js';
export { cellAddresses, table2Addresses, table3Addresses, table4Addresses } from './template/addresses.js';
export { createReport, type CreateReportInit } from './model/create-report.js';
export { validateReport, type ValidateOptions } from './validate/validate-report.js';
export { validateSeries, validateRollup } from './validate/series.js';
export type {
  ValidationResult,
  ReportValidationResult,
  ValidationStatus,
  ValidationIssue,
  CheckResult,
  CheckStatus,
} from './validate/types.js';
export type { ReportCoverage, TableCoverage, TableCoverageStatus } from './validate/coverage.js';
export { rules, type RuleDefinition, type RuleId, type RuleKind, type RuleTitle } from './validate/rules.js';
export { extractNarrativeClaims, claimsInText, type NarrativeClaim, type ClaimKind } from './narrative/claims.js';
export { reportJsonSchema, type JsonSchema } from './schema/report-schema.js';
export { isReport, assertReport, reportSchemaError } from './schema/guards.js';
export { renderReport, type RenderFormat, type RenderOptions } from './render/render-report.js';
export { toRows, type TidyRow } from './render/to-rows.js';
export { toCsv, csvField, CSV_HEADER, CSV_HEADER_SPLIT, type CsvOptions } from './render/to-csv.js';
export { cellLabelMap, type CellLabels } from './template/labels.js';
export { compareReports } from './compare/compare-reports.js';
export { renderComparison, type ComparisonFormat, type ComparisonRenderOptions } from './compare/render-comparison.js';
export { normaliseSentence, MIN_SENTENCE_CHARS } from './compare/text-reuse.js';
export type { CellPlace } from './compare/cell-place.js';
export type {
  ReportComparison,
  ComparedReport,
  ComparedSide,
  CellSnapshot,
  CellChange,
  RelationCell,
  CrossYearCheck,
  VersionChange,
  PassagePlace,
  RepeatedPassage,
  SectionReuse,
  TextReuse,
} from './compare/types.js';
