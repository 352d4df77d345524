/** Lines several commands print: the file heading, cell counts, sections, issues with their place. */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SourceLocation } from '../../model/location.js';
import type { Report } from '../../model/report.js';
import { listCells } from '../../parse/list-cells.js';
import { SECTIONS } from '../../template/sections.js';
import { TABLE_NAMES } from '../../template/table-names.js';
import type { ValidationIssue } from '../../validate/types.js';
import type { BytesParseResult } from '../../node/index.js';
import { t, type Lang } from '../i18n.js';
import type { FileError } from '../input.js';
import type { CellCounts, ReportPart } from './types.js';

/** A message of a diagnostic or issue in a language. */
export function pick(m: { message: string; messageEn: string }, lang: Lang): string {
  return lang === 'en' ? m.messageEn : m.message;
}

/** Cells of a report by status. */
export function countCells(report: Report): CellCounts {
  const counts: CellCounts = { value: 0, blank: 0, missing: 0, ambiguous: 0 };
  for (const c of listCells(report)) counts[c.status]++;
  return counts;
}

/** `200 有值 · 0 空白 · 0 缺失 · 0 存疑`. */
export function cellsLine(c: CellCounts, lang: Lang): string {
  return `${c.value} ${t('statusValue', lang)} · ${c.blank} ${t('statusBlank', lang)} · ${c.missing} ${t('statusMissing', lang)} · ${c.ambiguous} ${t('statusAmbiguous', lang)}`;
}

/** What was read: `utf-8, markdown` or `pdf`. */
export function readAs(r: BytesParseResult): string {
  return r.encoding ? `${r.encoding}, ${r.kind}` : r.kind;
}

/** `示例市交通运输局 2023年度` (or the unknown markers). */
export function identity(report: Report, lang: Lang): string {
  const year = report.meta.year === null ? t('unknownYear', lang) : `${report.meta.year}${t('yearSuffix', lang)}`;
  return `${report.meta.agency ?? t('unknownAgency', lang)} ${year}`;
}

/** `章节: 6/6` or `章节: 5/6，缺少 五、存在的主要问题及改进情况`, with headings as the template prints them. */
export function sectionsLine(report: Report, lang: Lang): string {
  const found = new Set(report.sections.map((s) => s.key));
  const missing = SECTIONS.filter((s) => !found.has(s.key)).map((s) => s.heading);
  const head = `${t('sections', lang)}: ${SECTIONS.length - missing.length}/${SECTIONS.length}`;
  if (missing.length === 0) return head;
  return `${head}${lang === 'en' ? '; missing ' : '，缺少 '}${missing.join(lang === 'en' ? ', ' : '、')}`;
}

/** `模板: 表二 2021 / 表三 2021`. */
export function templateLine(report: Report, lang: Lang): string {
  const v = report.templateVersions;
  return `${t('template', lang)}: ${TABLE_NAMES.t2} ${v.table2 ?? '-'} / ${TABLE_NAMES.t3} ${v.table3 ?? '-'}`;
}

/** `诊断: 0 错误, 1 警告, 2 提示`. */
export function diagnosticsLine(diagnostics: readonly Diagnostic[], lang: Lang): string {
  const count = (sev: Diagnostic['severity']): number => diagnostics.filter((d) => d.severity === sev).length;
  return `${t('diagnostics', lang)}: ${count('error')} ${t('error', lang)}, ${count('warning')} ${t('warning', lang)}, ${count('info')} ${t('info', lang)}`;
}

/** `  label: code ×n, …` for the warnings and errors of a parse (none: no line), so repairs that state cells are seen. */
export function codesLine(diagnostics: readonly Diagnostic[], label: string): string[] {
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (d.severity !== 'info') counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return counts.size === 0 ? [] : [`  ${label}: ${[...counts].map(([c, n]) => `${c} ×${n}`).join(', ')}`];
}

/** Where a finding is: the page and position for PDF sources (`第 3 页 x 120 y 540`), the line otherwise. */
export function placeOf(location: SourceLocation | undefined, lang: Lang): string {
  if (!location) return '';
  if (location.page !== undefined) {
    const xy = location.x !== undefined && location.y !== undefined ? ` (x ${Math.round(location.x)}, y ${Math.round(location.y)})` : '';
    return lang === 'en' ? ` @page ${location.page}${xy}` : ` @第 ${location.page} ${t('page', lang)}${xy}`;
  }
  return lang === 'en' ? ` @line ${location.line}` : ` @第 ${location.line} ${t('line', lang)}`;
}

/** One validation issue: `  [错误] T3.ROWSUM 消息 @第 12 行`. */
export function issueLine(i: ValidationIssue, lang: Lang): string {
  const tag = i.status === 'uncertain' ? '?' : t(i.severity, lang);
  return `  [${tag}] ${i.rule} ${pick(i, lang)}${placeOf(i.locations[0], lang)}`;
}

/** Why a parse gave no report, in a language. */
export function notReportMessage(diagnostics: readonly Diagnostic[], lang: Lang): string {
  const e = diagnostics.find((d) => d.severity === 'error');
  return e ? `${pick(e, lang)} (${e.code})` : t('notReport', lang);
}

/** The code of the error that made an input no report (`not-a-report`, `not-text` …). */
export function notReportCode(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.find((d) => d.severity === 'error')?.code ?? 'not-a-report';
}

/** The stderr line of an input that could not be read. */
export function errorNote(file: string, error: FileError): string {
  return `${file}: ${error.message} (${error.code})\n`;
}

/** The name of an input in text output: the file, and with `--split` which report of it (`a.txt [report 2/3, line 120]`). */
export function fileLabel(task: { file: string; lang: Lang; part?: ReportPart }): string {
  const p = task.part;
  if (!p) return task.file;
  return task.lang === 'en'
    ? `${task.file} [report ${p.index}/${p.count}, line ${p.line}]`
    : `${task.file} [第 ${p.index}/${p.count} 份报告，第 ${p.line} 行起]`;
}

/** The `part` field of a JSON record with `--split` (absent otherwise). */
export function partField(part: ReportPart | undefined): { part?: ReportPart } {
  return part ? { part } : {};
}

/** Without `--split`, the line saying that an input holds several reports, where each starts, and that only the first was read. */
export function multipleReportsLine(diagnostics: readonly Diagnostic[], lang: Lang): string[] {
  const d = diagnostics.find((x) => x.code === 'multiple-reports' && x.actual === 'first');
  if (!d) return [];
  return [`  ${pick(d, lang)}${lang === 'en' ? ' --split reads each.' : '加 --split 逐份读取。'}`];
}

/** The JSON record of a read input (parse, show --json): the file, its part with `--split`, what it was read as, the report and its diagnostics in the chosen language. */
export function reportRecord(task: { file: string; lang: Lang; part?: ReportPart }, result: BytesParseResult): Record<string, unknown> {
  return {
    file: task.file,
    ...partField(task.part),
    kind: result.kind,
    encoding: result.encoding,
    report: result.report,
    diagnostics: result.diagnostics.map((d) => ({ ...d, message: pick(d, task.lang) })),
  };
}
