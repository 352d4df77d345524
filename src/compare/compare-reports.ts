/**
 * `compareReports(previous, current)`: two annual reports of one agency side by side. Pure; the
 * cross-year relations are those of `validateSeries` (called, not re-implemented), their cells
 * named as the template prints them.
 */
import type { Report } from '../model/report.js';
import { listCells, type CellRecord } from '../parse/list-cells.js';
import { expectedVersionForYear } from '../template/version.js';
import { rules, validateSeries, type CheckResult } from '../validate/index.js';
import { cellPlace, describePlace } from './cell-place.js';
import { compareText } from './text-reuse.js';
import type {
  CellChange,
  CellSnapshot,
  ComparedReport,
  ComparedSide,
  CrossYearCheck,
  RelationCell,
  ReportComparison,
  VersionChange,
} from './types.js';

/** Year given to a report of unknown year, so that `validateSeries` can order the pair. */
const PLACEHOLDER_YEAR = 2000;

/**
 * Compares last year's report of an agency with this year's: every cell's change (absolute and
 * relative; cells zero or blank in both years are left out), the cross-year relations (this year's
 * 上年结转 equals last year's 结转下年度 per column; table 二's stock of currently valid documents
 * where both years use the 2021 template; the 2019 item counts), changes of template version, and
 * text reuse (per section, the share of sentences repeating last year's, with the repeated
 * passages located in both reports).
 *
 * The relations are assessed when the years are consecutive or one of them is unknown (the order
 * of the arguments is then trusted); reports further apart get none (`consecutive: false`).
 *
 * @param previous - last year's report.
 * @param current - this year's report of the same agency.
 * @throws TypeError when either argument is not a report.
 */
export function compareReports(previous: Report, current: Report): ReportComparison {
  for (const [name, r] of [
    ['previous', previous],
    ['current', current],
  ] as const) {
    if (typeof r !== 'object' || r === null || typeof r.tables !== 'object' || r.tables === null || !Array.isArray(r.sections)) {
      throw new TypeError(`compareReports(previous, current): ${name} is not a Report (from parseReport or createReport)`);
    }
  }
  const y0 = previous.meta.year;
  const y1 = current.meta.year;
  const consecutive = y0 === null || y1 === null || y1 === y0 + 1;
  return {
    previous: identity(previous),
    current: identity(current),
    consecutive,
    versionChanges: versionChanges(previous, current),
    cells: cellChanges(previous, current),
    relations: consecutive ? crossYear(previous, current) : [],
    textReuse: compareText(previous, current),
  };
}

function identity(r: Report): ComparedReport {
  return { agency: r.meta.agency, year: r.meta.year, templateVersions: { ...r.templateVersions } };
}

function versionChanges(previous: Report, current: Report): VersionChange[] {
  const out: VersionChange[] = [];
  for (const [table, key] of [
    ['t2', 'table2'],
    ['t3', 'table3'],
  ] as const) {
    const a = previous.templateVersions[key];
    const b = current.templateVersions[key];
    if (a === b) continue;
    const y0 = previous.meta.year;
    const y1 = current.meta.year;
    const expected =
      y0 === null || y1 === null || a === null || b === null ? null : expectedVersionForYear(y0) === a && expectedVersionForYear(y1) === b;
    out.push({ table, previous: a, current: b, expected });
  }
  return out;
}

function snapshot(c: CellRecord | undefined): CellSnapshot {
  return c ? { status: c.status, value: c.value } : { status: 'missing', value: null };
}

/** Blank or zero: nothing to compare. */
function empty(s: CellSnapshot): boolean {
  return s.status === 'blank' || (s.status === 'value' && s.value === 0);
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function cellChanges(previous: Report, current: Report): CellChange[] {
  const before = new Map(listCells(previous).map((c) => [c.address, c]));
  const out: CellChange[] = [];
  for (const c of listCells(current)) {
    const p = before.get(c.address);
    if (!p) continue; // not a cell of last year's template
    const prev = snapshot(p);
    const cur = snapshot(c);
    if ((empty(prev) && empty(cur)) || (prev.status === 'missing' && cur.status === 'missing')) continue;
    const delta = prev.value !== null && cur.value !== null ? round(cur.value - prev.value) : null;
    const relative = delta !== null && prev.value ? round(delta / prev.value) : null;
    out.push({
      ...cellPlace(c.address, current.templateVersions),
      previous: prev,
      current: cur,
      delta,
      relative,
      changed: prev.status !== cur.status || prev.value !== cur.value,
    });
  }
  return out;
}

function crossYear(previous: Report, current: Report): CrossYearCheck[] {
  const y0 = previous.meta.year ?? (current.meta.year !== null ? current.meta.year - 1 : PLACEHOLDER_YEAR);
  const y1 = y0 + 1;
  const prev: Report = { ...previous, meta: { ...previous.meta, year: y0 } };
  const cur: Report = { ...current, meta: { ...current.meta, year: y1 } };
  const side = (year: string): ComparedSide => (year === String(y1) ? 'current' : 'previous');
  const result = validateSeries([prev, cur]);
  return result.checks.map((check) => {
    const cells: RelationCell[] = check.addresses.map((a) => {
      const [year = '', address = ''] = a.split(':');
      const s = side(year);
      const report = s === 'current' ? current : previous;
      return { ...cellPlace(address, report.templateVersions), side: s, year: report.meta.year };
    });
    return relation(check, cells);
  });
}

function yearName(cell: RelationCell, lang: 'zh' | 'en'): string {
  if (cell.year !== null) return lang === 'zh' ? `${cell.year}年` : String(cell.year);
  if (lang === 'zh') return cell.side === 'current' ? '本年' : '上年';
  return cell.side === 'current' ? 'this year' : 'last year';
}

function relation(check: CheckResult, cells: RelationCell[]): CrossYearCheck {
  const def = rules.find((r) => r.id === check.rule);
  const severity = check.status === 'fail' ? (def?.severity ?? 'warning') : 'info';
  const out: CrossYearCheck = { rule: check.rule, status: check.status, severity, cells, message: '', messageEn: '' };
  if (typeof check.expected === 'number') out.expected = check.expected;
  if (typeof check.actual === 'number') out.actual = check.actual;
  if (check.delta !== undefined) out.delta = check.delta;
  const where = (lang: 'zh' | 'en'): string =>
    cells.map((c) => `${yearName(c, lang)} ${describePlace(c, lang)}`).join(lang === 'zh' ? '；' : '; ');
  const numbers = (lang: 'zh' | 'en'): string => {
    if (check.status === 'uncertain')
      return lang === 'zh' ? '有单元格为空、缺失或存疑，无法判断' : 'a cell is blank, missing or ambiguous, so it cannot be decided';
    if (out.expected === undefined || out.actual === undefined) return '';
    if (lang === 'zh') return `应为 ${out.expected}，报告为 ${out.actual}${out.delta ? `（差 ${out.delta}）` : ''}`;
    return `expected ${out.expected}, the report says ${out.actual}${out.delta ? ` (off by ${out.delta})` : ''}`;
  };
  out.message = `${def?.title.zh ?? check.rule}：${where('zh')}：${numbers('zh')}。`;
  out.messageEn = `${def?.title.en ?? check.rule}: ${where('en')}: ${numbers('en')}.`;
  return out;
}
