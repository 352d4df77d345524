/** Findings: parse diagnostics and validation results as one filterable list. */
import type {
  Diagnostic,
  ReportCoverage,
  Severity,
  SourceLocation,
  ValidationIssue,
  ValidationResult,
  ValidationStatus,
} from 'zfxxgk-report';
import { t, type Lang, type WordKey } from './i18n.js';

/** One finding of either kind, with what the page needs to show and trace it. */
export interface Finding {
  /** `rule` for a validation issue, `diagnostic` for a parse diagnostic. */
  kind: 'rule' | 'diagnostic';
  /** Rule id or diagnostic code. */
  id: string;
  severity: Severity;
  /** `fail` / `uncertain` for rules. */
  status?: string;
  message: string;
  messageEn: string;
  expected?: string | number;
  actual?: string | number;
  locations: SourceLocation[];
  addresses: string[];
}

/** The findings of a parse and its validation: failing rules, uncertain rules, then parse diagnostics. */
export function collectFindings(diagnostics: readonly Diagnostic[], validation: ValidationResult | null): Finding[] {
  const issues = validation ? validation.issues.slice().sort((a, b) => rank(a) - rank(b)) : [];
  return [
    ...issues.map((i): Finding => ({
      kind: 'rule',
      id: i.rule,
      severity: i.severity,
      status: i.status,
      message: i.message,
      messageEn: i.messageEn,
      ...(i.expected !== undefined ? { expected: i.expected } : {}),
      ...(i.actual !== undefined ? { actual: i.actual } : {}),
      locations: i.locations,
      addresses: i.addresses,
    })),
    ...diagnostics.map((d): Finding => ({
      kind: 'diagnostic',
      id: d.code,
      severity: d.severity,
      message: d.message,
      messageEn: d.messageEn,
      ...(d.expected !== undefined ? { expected: d.expected } : {}),
      ...(d.actual !== undefined ? { actual: d.actual } : {}),
      locations: d.location ? [d.location] : [],
      addresses: [...new Set([...(d.addresses ?? []), ...(d.path && /^t[234]\./.test(d.path) ? [d.path] : [])])],
    })),
  ];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function rank(i: ValidationIssue): number {
  return (i.status === 'fail' ? 0 : 10) + SEVERITY_RANK[i.severity];
}

/** "line 12, column 3" or "page 2 (x 72, y 540)". */
export function describeLocation(l: SourceLocation, lang: Lang): string {
  if (l.page !== undefined) {
    const pos = l.x !== undefined && l.y !== undefined ? ` (x ${l.x}, y ${l.y})` : '';
    return lang === 'zh' ? `第 ${l.page} 页${pos}，第 ${l.line} 行` : `page ${l.page}${pos}, line ${l.line}`;
  }
  return lang === 'zh' ? `第 ${l.line} 行第 ${l.column} 列` : `line ${l.line}, column ${l.column}`;
}

/** The list item of a finding (a button: keyboard and click select it). */
export function findingItem(f: Finding, index: number, lang: Lang): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `finding sev-${f.severity}${f.status ? ` st-${f.status}` : ''}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.finding = String(index);
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.textContent = f.status === 'uncertain' ? t('uncertain', lang) : t(f.severity, lang);
  const id = document.createElement('code');
  id.textContent = f.id;
  const message = document.createElement('span');
  message.className = 'message';
  message.textContent = lang === 'en' ? f.messageEn : f.message;
  button.append(badge, ' ', id, ' ', message);
  if (f.expected !== undefined || f.actual !== undefined) {
    const ev = document.createElement('span');
    ev.className = 'expected';
    ev.textContent = `${t('expected', lang)} ${f.expected ?? '—'} · ${t('reported', lang)} ${f.actual ?? '—'}`;
    button.append(ev);
  }
  const where = document.createElement('span');
  where.className = 'where';
  where.textContent = f.locations[0] ? describeLocation(f.locations[0], lang) : t('noLocation', lang);
  button.append(where);
  li.append(button);
  return li;
}

/** The page's words for a verdict. */
const VERDICT_WORDS: Record<ValidationStatus, WordKey> = { ok: 'verdictOk', failed: 'verdictFail', incomplete: 'verdictIncomplete' };

/** The word key of a verdict (`ok` / `failed` / `incomplete`). */
export function verdictKey(status: ValidationStatus): WordKey {
  return VERDICT_WORDS[status];
}

/** The tables in the order of the template. */
const COVERAGE_TABLES = ['t2', 't3', 't4'] as const;

/**
 * Coverage per table as a list: what became of the table (read, partial, blank, unread, absent) and
 * its cells read, blank, missing and ambiguous. Each item carries `data-table` and `data-coverage`.
 */
export function coverageList(coverage: ReportCoverage, lang: Lang): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'coverage';
  ul.setAttribute('aria-label', t('coverageHeading', lang));
  for (const table of COVERAGE_TABLES) {
    const c = coverage[table];
    const li = document.createElement('li');
    li.dataset.table = table;
    li.dataset.coverage = c.status;
    li.className = `cov-${c.status}`;
    const name = document.createElement('span');
    name.className = 'table-name';
    name.textContent = t(`${table}Short`, lang);
    const status = document.createElement('span');
    status.className = 'cov-status';
    status.textContent = t(`cov_${c.status}`, lang);
    const counts = document.createElement('span');
    counts.className = 'cov-counts';
    counts.textContent =
      c.cells === 0
        ? c.evidence
          ? `${t('evidence', lang)} ${c.evidence}`
          : ''
        : `${t('covRead', lang)} ${c.read} · ${t('blank', lang)} ${c.blank} · ${t('missing', lang)} ${c.missing} · ${t('ambiguous', lang)} ${c.ambiguous} / ${c.cells}`;
    li.append(name, ' ', status, ' ', counts);
    ul.append(li);
  }
  return ul;
}
