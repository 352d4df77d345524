/**
 * Reviewing a collection of reports: grouping them by agency and year, validating each, comparing
 * each agency's consecutive years, checking summary reports against their parts, and gathering
 * every problem in plain language (table, row and column as the template prints them). Pure: the
 * command line reads the files and writes the overview.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Severity } from '../diagnostics/catalogue.js';
import type { CellStatus } from '../model/cell.js';
import type { Report } from '../model/report.js';
import { listCells } from '../parse/list-cells.js';
import { SECTIONS } from '../template/sections.js';
import { TABLE_NAMES } from '../template/table-names.js';
import {
  rules,
  validateReport,
  validateRollup,
  type ReportValidationResult,
  type RuleId,
  type ValidationIssue,
} from '../validate/index.js';
import { cellPlace, type CellPlace } from './cell-place.js';
import { compareReports } from './compare-reports.js';
import type { CrossYearCheck, ReportComparison } from './types.js';

/** This share of sentences (or more) repeating last year's flags a report as largely copied. */
export const COPIED_TEXT_SHARE = 0.8;

/** Fewer counted sentences than this are too little text to call a report copied. */
export const COPIED_TEXT_MIN_SENTENCES = 5;

/**
 * A year after an agency's last report counts as missing only when at least this share of the
 * collection's agencies has a report for it (a collection of one region for the years it covers);
 * years between an agency's first and last report are always missing. So a heterogeneous
 * collection does not flag every agency for the years only a few others reach.
 */
export const MISSING_YEAR_QUORUM = 0.5;

/** Rows or columns named one by one in a problem; more are summarised. */
const MAX_NAMED_LABELS = 3;

/** One document of the collection as read. */
export interface ReviewDocument {
  /** Path as given (shown to people, and matched by the agency mapping). */
  file: string;
  /** The parse result, or `null` when the file could not be read at all. */
  report: Report | null;
  /** Parse diagnostics (empty when unreadable). */
  diagnostics: Diagnostic[];
  /** Why the file could not be read, when it could not. */
  error?: string;
}

/** Maps file names and agency names as printed to one canonical agency, and agencies to their parent. */
export interface AgencyMapping {
  /** File path or base name → canonical agency. */
  files: ReadonlyMap<string, string>;
  /** Agency name as printed → canonical agency. */
  aliases: ReadonlyMap<string, string>;
  /** Canonical agency → the canonical agency whose summary report sums it up. */
  parents: ReadonlyMap<string, string>;
}

/** What kind of problem. */
export type ProblemKind = 'check' | 'incomplete' | 'cross-year' | 'rollup' | 'missing-year' | 'copied-text' | 'duplicate';

/** One problem, in plain language. */
export interface ReviewProblem {
  /** What kind of problem. */
  kind: ProblemKind;
  /** The rule, for checks, cross-year relations and roll-ups. */
  rule?: RuleId;
  /** Severity. */
  severity: Severity;
  /** Canonical agency. */
  agency: string;
  /** Year. */
  year: number;
  /** The report's file (none for a missing year). */
  file: string | null;
  /** Id of the report's page in the overview (none for a missing year). */
  reportId: string | null;
  /** Table name as printed (`表三`), or empty. */
  table: string;
  /** Row label(s) as printed, or empty. */
  row: string;
  /** Column header(s) as printed, or empty. */
  column: string;
  /** What was expected, when a number. */
  expected?: number;
  /** What the report says, when a number. */
  actual?: number;
  /** Addresses of the report's cells concerned, for programs (people get `table`, `row`, `column`). */
  cells: string[];
  /** Message in zh-CN. */
  message: string;
  /** Message in English. */
  messageEn: string;
}

/** Cell counts of a report by status. */
export type CellCounts = Record<CellStatus, number>;

/** One report of the collection. */
export interface ReviewedReport {
  /** Stable id (page anchor). */
  id: string;
  /** File. */
  file: string;
  /** Canonical agency. */
  agency: string;
  /** Agency as the report prints it. */
  printedAgency: string | null;
  /** Year. */
  year: number;
  /** The report. */
  report: Report;
  /** Parse diagnostics. */
  diagnostics: Diagnostic[];
  /** Cells by status. */
  cells: CellCounts;
  /** True when every cell was read (no missing or ambiguous cell). */
  complete: boolean;
  /** Its validation (the verdict `ok` · `failed` · `incomplete`, issues, checks, coverage). */
  validation: ReportValidationResult;
  /** Its problems (its own checks, its year against the previous, its roll-up), in the order found. */
  problems: ReviewProblem[];
  /** True when another file was taken for the same agency and year. */
  duplicate: boolean;
}

/** A document left out of the statistics. */
export interface SetAsideDocument {
  /** File. */
  file: string;
  /** Why. */
  reason: 'unreadable' | 'not-a-report' | 'no-agency' | 'no-year';
  /** Explanation in zh-CN. */
  message: string;
  /** Explanation in English. */
  messageEn: string;
}

/** One square of the agency × year matrix. */
export interface MatrixCell {
  /** Canonical agency. */
  agency: string;
  /** Year. */
  year: number;
  /** The report, or `null` for a gap. */
  reportId: string | null;
  /**
   * `missing` (no report: a year between the agency's first and last report, or a later year most
   * agencies of the collection have, see {@link MISSING_YEAR_QUORUM}), `none` (no report expected),
   * `pass`, `fail` (an error), `warn` (warnings or notes only).
   */
  status: 'missing' | 'none' | 'pass' | 'warn' | 'fail';
  /** Every cell read. */
  complete: boolean | null;
  /** Problems of the report. */
  problems: number;
}

/** A comparison of two consecutive years of an agency. */
export interface ReviewComparison {
  /** Canonical agency. */
  agency: string;
  /** Earlier report id. */
  previousId: string;
  /** Later report id. */
  currentId: string;
  /** The comparison. */
  comparison: ReportComparison;
}

/** Result of {@link reviewCollection}. */
export interface CollectionReview {
  /** Canonical agencies, sorted. */
  agencies: string[];
  /** Years of the collection, ascending, without holes. */
  years: number[];
  /** Reports taken into the statistics. */
  reports: ReviewedReport[];
  /** The matrix, agency by agency, year by year. */
  matrix: MatrixCell[];
  /** Every problem, by agency, year and kind. */
  problems: ReviewProblem[];
  /** Documents left out of the statistics. */
  setAside: SetAsideDocument[];
  /** Year-over-year comparisons made. */
  comparisons: ReviewComparison[];
  /** Roll-up checks that could not be made (a child's report missing), in plain language. */
  rollupNotes: { agency: string; year: number; message: string; messageEn: string }[];
  /** Counts. */
  totals: { documents: number; reports: number; agencies: number; problems: number; setAside: number; complete: number; passed: number };
}

const EMPTY_MAPPING: AgencyMapping = { files: new Map(), aliases: new Map(), parents: new Map() };

function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

function canonical(file: string, printed: string | null, mapping: AgencyMapping): string | null {
  return (
    mapping.files.get(file) ?? mapping.files.get(baseName(file)) ?? (printed !== null ? (mapping.aliases.get(printed) ?? printed) : null)
  );
}

function ruleTitle(id: RuleId): { zh: string; en: string; severity: Severity } {
  const r = rules.find((x) => x.id === id);
  return { zh: r?.title.zh ?? id, en: r?.title.en ?? id, severity: r?.severity ?? 'warning' };
}

function isCellAddress(a: string): boolean {
  return /^t[234]\.[^.]+\./.test(a);
}

function joinLabels(labels: string[], lang: 'zh' | 'en'): string {
  const unique = [...new Set(labels.filter((l) => l !== ''))];
  if (unique.length <= MAX_NAMED_LABELS) return unique.join(lang === 'zh' ? '；' : '; ');
  return lang === 'zh'
    ? `${unique.slice(0, MAX_NAMED_LABELS).join('；')} 等${unique.length}项`
    : `${unique.slice(0, MAX_NAMED_LABELS).join('; ')} and ${unique.length - MAX_NAMED_LABELS} more`;
}

/** Where a check is: the table, rows and columns of its cells, or a section. */
function whereOf(addresses: readonly string[], report: Report): { table: string; row: string; column: string; zh: string; en: string } {
  const cells: CellPlace[] = addresses
    .map((a) => a.slice(a.indexOf(':') + 1))
    .filter(isCellAddress)
    .map((a) => cellPlace(a, report.templateVersions));
  if (cells.length > 0) {
    const table = [...new Set(cells.map((c) => c.tableName))].join('、');
    const row = joinLabels(
      cells.map((c) => c.rowLabel),
      'zh',
    );
    const column = joinLabels(
      cells.map((c) => c.columnLabel),
      'zh',
    );
    const zh = [table, row && `“${row}”行`, column && `“${column}”列`].filter(Boolean).join(' ');
    const en = [`table ${table.replace(/表/g, '')}`, row && `row “${row}”`, column && `column “${column}”`].filter(Boolean).join(', ');
    return { table, row, column, zh, en };
  }
  const sections = addresses
    .filter((a) => a.startsWith('sections.'))
    .map((a) => SECTIONS.find((s) => `sections.${s.key}` === a)?.heading ?? '');
  const tables = addresses.filter((a): a is keyof typeof TABLE_NAMES => a in TABLE_NAMES).map((a) => TABLE_NAMES[a]);
  const row = sections.join('；');
  const table = tables.join('、');
  return {
    table,
    row,
    column: '',
    zh: [table, row].filter(Boolean).join(' '),
    en: [table && `table ${table.replace(/表/g, '')}`, row && `section “${row}”`].filter(Boolean).join(', '),
  };
}

function numbers(
  expected: number | string | undefined,
  actual: number | string | undefined,
  delta: number | undefined,
): { zh: string; en: string } | null {
  if (expected === undefined || actual === undefined) return null;
  return {
    zh: `应为 ${String(expected)}，报告为 ${String(actual)}${delta ? `（差 ${delta}）` : ''}`,
    en: `expected ${String(expected)}, the report says ${String(actual)}${delta ? ` (off by ${delta})` : ''}`,
  };
}

function checkProblem(issue: ValidationIssue, r: ReviewedReport): ReviewProblem {
  const t = ruleTitle(issue.rule);
  const where = whereOf(issue.addresses, r.report);
  const n = numbers(issue.expected, issue.actual, issue.delta);
  // Checks on prose and structure say what they found in their detail; arithmetic says it in numbers.
  const zhDetail = n ? n.zh : issue.message.replace(/^[^：]*：/, '').replace(/。$/, '');
  const enDetail = n ? n.en : issue.messageEn.replace(/^[^:]*: /, '').replace(/\.$/, '');
  const p: ReviewProblem = {
    kind: issue.rule === 'X.ROLLUP' ? 'rollup' : 'check',
    rule: issue.rule,
    severity: issue.severity,
    agency: r.agency,
    year: r.year,
    file: r.file,
    reportId: r.id,
    table: where.table,
    row: where.row,
    column: where.column,
    cells: issue.addresses.map((a) => a.slice(a.indexOf(':') + 1)).filter(isCellAddress),
    message: [t.zh, where.zh, zhDetail].filter(Boolean).join('：') + '。',
    messageEn: [t.en, where.en, enDetail].filter(Boolean).join(': ') + '.',
  };
  if (typeof issue.expected === 'number') p.expected = issue.expected;
  if (typeof issue.actual === 'number') p.actual = issue.actual;
  return p;
}

function relationProblem(check: CrossYearCheck, r: ReviewedReport): ReviewProblem {
  const current = check.cells.filter((c) => c.side === 'current');
  const cells = current.length > 0 ? current : check.cells;
  const p: ReviewProblem = {
    kind: 'cross-year',
    rule: check.rule,
    severity: check.severity,
    agency: r.agency,
    year: r.year,
    file: r.file,
    reportId: r.id,
    table: [...new Set(cells.map((c) => c.tableName))].join('、'),
    row: joinLabels(
      cells.map((c) => c.rowLabel),
      'zh',
    ),
    column: joinLabels(
      cells.map((c) => c.columnLabel),
      'zh',
    ),
    cells: current.map((c) => c.address),
    message: check.message,
    messageEn: check.messageEn,
  };
  if (check.expected !== undefined) p.expected = check.expected;
  if (check.actual !== undefined) p.actual = check.actual;
  return p;
}

function simpleProblem(
  kind: ProblemKind,
  severity: Severity,
  agency: string,
  year: number,
  r: ReviewedReport | null,
  zh: string,
  en: string,
): ReviewProblem {
  return {
    kind,
    severity,
    agency,
    year,
    file: r?.file ?? null,
    reportId: r?.id ?? null,
    table: '',
    row: '',
    column: '',
    cells: [],
    message: zh,
    messageEn: en,
  };
}

function countCells(report: Report): CellCounts {
  const counts: CellCounts = { value: 0, blank: 0, missing: 0, ambiguous: 0 };
  for (const c of listCells(report)) counts[c.status]++;
  return counts;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Reviews a collection: every readable report is validated and placed by agency (canonical, via
 * `mapping`) and year; consecutive years of an agency are compared (failed cross-year relations,
 * text copied from last year; a template version not in force for its year is already a failed
 * check of that report, S.VERSION_YEAR, so a version change is not counted twice); a parent's report is
 * checked against its children's of the same year when all of them are there; a missing year
 * (between an agency's first and last report, or after its last when most agencies have that
 * year) is a problem too. Documents
 * that could not be read, are no report, or lack an agency or a year are set aside, out of the
 * statistics.
 */
export function reviewCollection(documents: readonly ReviewDocument[], mapping: AgencyMapping = EMPTY_MAPPING): CollectionReview {
  const setAside: SetAsideDocument[] = [];
  const reports: ReviewedReport[] = [];
  const usedIds = new Set<string>();
  for (const d of documents) {
    if (!d.report) {
      if (d.error !== undefined)
        setAside.push({ file: d.file, reason: 'unreadable', message: `无法读取：${d.error}`, messageEn: `cannot be read: ${d.error}` });
      else {
        const e = d.diagnostics.find((x) => x.severity === 'error');
        setAside.push({
          file: d.file,
          reason: 'not-a-report',
          message: e?.message ?? '不是现行格式的年度报告',
          messageEn: e?.messageEn ?? 'not a report of the current templates',
        });
      }
      continue;
    }
    const agency = canonical(d.file, d.report.meta.agency, mapping);
    const year = d.report.meta.year;
    if (agency === null) {
      setAside.push({
        file: d.file,
        reason: 'no-agency',
        message: '报告未写明机关名称，且映射表中没有该文件',
        messageEn: 'the report names no agency and the mapping does not list the file',
      });
      continue;
    }
    if (year === null) {
      setAside.push({ file: d.file, reason: 'no-year', message: '报告未写明年度', messageEn: 'the report states no year' });
      continue;
    }
    let id = `r-${reports.length + 1}`;
    while (usedIds.has(id)) id += '-';
    usedIds.add(id);
    const cells = countCells(d.report);
    reports.push({
      id,
      file: d.file,
      agency,
      printedAgency: d.report.meta.agency,
      year,
      report: d.report,
      diagnostics: d.diagnostics,
      cells,
      complete: cells.missing === 0 && cells.ambiguous === 0,
      validation: validateReport(d.report),
      problems: [],
      duplicate: false,
    });
  }
  // One report per agency and year: the first in input order; the others are duplicates.
  const byAgency = new Map<string, Map<number, ReviewedReport>>();
  const extraProblems: ReviewProblem[] = [];
  for (const r of reports) {
    let years = byAgency.get(r.agency);
    if (!years) byAgency.set(r.agency, (years = new Map()));
    const first = years.get(r.year);
    if (first) {
      r.duplicate = true;
      r.problems.push(
        simpleProblem(
          'duplicate',
          'warning',
          r.agency,
          r.year,
          r,
          `同一机关同一年度有多份报告（另见 ${first.file}），未计入对比`,
          `another report of the same agency and year (${first.file}); left out of the comparisons`,
        ),
      );
    } else years.set(r.year, r);
  }
  for (const r of reports) {
    const t = r.report.templateVersions;
    if (!r.complete) {
      const n = r.cells.missing + r.cells.ambiguous;
      r.problems.push({
        ...simpleProblem(
          'incomplete',
          'warning',
          r.agency,
          r.year,
          r,
          `有 ${n} 个单元格未能确定（缺失 ${r.cells.missing}，存疑 ${r.cells.ambiguous}）`,
          `${n} cells could not be read (${r.cells.missing} missing, ${r.cells.ambiguous} ambiguous)`,
        ),
        table: [t.table2 ? '' : '表二', t.table3 ? '' : '表三'].filter(Boolean).join('、'),
      });
    }
    for (const issue of r.validation.issues) if (issue.status === 'fail') r.problems.push(checkProblem(issue, r));
  }
  const allYears = reports.map((r) => r.year);
  const lastYear = allYears.length > 0 ? allYears.reduce((a, b) => Math.max(a, b), -Infinity) : 0;
  const firstYear = allYears.length > 0 ? allYears.reduce((a, b) => Math.min(a, b), Infinity) : 0;
  const years = allYears.length > 0 ? Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i) : [];
  const agencies = [...byAgency.keys()].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const comparisons: ReviewComparison[] = [];
  const matrix: MatrixCell[] = [];
  const reported = new Map<number, number>();
  for (const own of byAgency.values()) for (const y of own.keys()) reported.set(y, (reported.get(y) ?? 0) + 1);
  const isMissing = (own: Map<number, ReviewedReport>, year: number): boolean => {
    const ys = [...own.keys()];
    if (year < ys.reduce((a, b) => Math.min(a, b), Infinity) || own.has(year)) return false;
    return year < ys.reduce((a, b) => Math.max(a, b), -Infinity) || (reported.get(year) ?? 0) >= MISSING_YEAR_QUORUM * byAgency.size;
  };
  for (const agency of agencies) {
    const own = byAgency.get(agency) as Map<number, ReviewedReport>;
    for (const year of years) {
      const r = own.get(year);
      if (!r) {
        if (isMissing(own, year))
          extraProblems.push(
            simpleProblem('missing-year', 'warning', agency, year, null, `缺少 ${year} 年度报告`, `no report for ${year}`),
          );
        continue;
      }
      const prev = own.get(year - 1);
      if (!prev) continue;
      const comparison = compareReports(prev.report, r.report);
      comparisons.push({ agency, previousId: prev.id, currentId: r.id, comparison });
      for (const check of comparison.relations) if (check.status === 'fail') r.problems.push(relationProblem(check, r));
      const reuse = comparison.textReuse;
      if (reuse.sentences >= COPIED_TEXT_MIN_SENTENCES && reuse.share >= COPIED_TEXT_SHARE) {
        const pct = Math.round(reuse.share * 100);
        r.problems.push(
          simpleProblem(
            'copied-text',
            'warning',
            agency,
            year,
            r,
            `正文 ${pct}% 的句子与 ${year - 1} 年报告相同（数字不计，${reuse.repeated}/${reuse.sentences} 句）`,
            `${pct}% of the sentences repeat the ${year - 1} report (numbers aside; ${reuse.repeated} of ${reuse.sentences})`,
          ),
        );
      }
    }
  }
  // Roll-ups: a parent's report against its children's of the same year.
  const children = new Map<string, string[]>();
  for (const [child, parent] of mapping.parents) {
    const list = children.get(parent);
    if (list) list.push(child);
    else children.set(parent, [child]);
  }
  const rollupNotes: CollectionReview['rollupNotes'] = [];
  for (const [parent, kids] of children) {
    const own = byAgency.get(parent);
    if (!own) continue;
    for (const [year, r] of own) {
      const present = kids.map((k) => byAgency.get(k)?.get(year)).filter((x): x is ReviewedReport => x !== undefined);
      const absent = kids.filter((k) => !byAgency.get(k)?.get(year));
      if (absent.length > 0) {
        rollupNotes.push({
          agency: parent,
          year,
          message: `未做汇总核对：缺少 ${absent.join('、')} 的 ${year} 年度报告`,
          messageEn: `roll-up not checked: no ${year} report of ${absent.join(', ')}`,
        });
        continue;
      }
      const result = validateRollup(
        r.report,
        present.map((p) => p.report),
      );
      for (const issue of result.issues) if (issue.status === 'fail') r.problems.push(checkProblem(issue, r));
    }
  }
  const problems = [...reports.flatMap((r) => r.problems), ...extraProblems].sort(
    (a, b) => a.agency.localeCompare(b.agency, 'zh-CN') || a.year - b.year || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  for (const agency of agencies) {
    const own = byAgency.get(agency) as Map<number, ReviewedReport>;
    for (const year of years) {
      const r = own.get(year);
      if (!r) {
        matrix.push({ agency, year, reportId: null, status: isMissing(own, year) ? 'missing' : 'none', complete: null, problems: 0 });
        continue;
      }
      const worst = r.problems.reduce<Severity | null>(
        (w, p) => (w === null || SEVERITY_ORDER[p.severity] < SEVERITY_ORDER[w] ? p.severity : w),
        null,
      );
      matrix.push({
        agency,
        year,
        reportId: r.id,
        status: worst === null ? 'pass' : worst === 'error' ? 'fail' : 'warn',
        complete: r.complete,
        problems: r.problems.length,
      });
    }
  }
  return {
    agencies,
    years,
    reports,
    matrix,
    problems,
    setAside,
    comparisons,
    rollupNotes,
    totals: {
      documents: documents.length,
      reports: reports.length,
      agencies: agencies.length,
      problems: problems.length,
      setAside: setAside.length,
      complete: reports.filter((r) => r.complete).length,
      passed: reports.filter((r) => r.validation.ok).length,
    },
  };
}
