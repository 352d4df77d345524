/** Findings: parse diagnostics and validation results as one filterable list. */
import type { Diagnostic, Severity, SourceLocation, ValidationIssue, ValidationResult } from 'zfxxgk-report';
import { t, type Lang } from './i18n.js';

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
    ...issues.map(
      (i): Finding => ({
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
      }),
    ),
    ...diagnostics.map(
      (d): Finding => ({
        kind: 'diagnostic',
        id: d.code,
        severity: d.severity,
        message: d.message,
        messageEn: d.messageEn,
        ...(d.expected !== undefined ? { expected: d.expected } : {}),
        ...(d.actual !== undefined ? { actual: d.actual } : {}),
        locations: d.location ? [d.location] : [],
        addresses: [...new Set([...(d.addresses ?? []), ...(d.path && /^t[234]\./.test(d.path) ? [d.path] : [])])],
      }),
    ),
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
