/**
 * Collects check results and turns failing and uncertain ones into issues with messages
 * (zh-CN and English, built from the rule catalogue) and the source locations of their cells.
 */
import type { SourceLocation } from '../model/location.js';
import { withTemplateLabels } from '../template/labels.js';
import { ruleDefinition, type RuleId } from './rules.js';
import type { CheckResult, CheckStatus, ValidationIssue } from './types.js';

/** Extra fields of a check. */
export interface CheckInit {
  /** Expected value. */
  expected?: number | string;
  /** Actual value. */
  actual?: number | string;
  /** Detail in zh-CN (which column, which claim). */
  zh?: string;
  /** Detail in English. */
  en?: string;
}

/** Accumulates checks and issues for one validation run. */
export class Collector {
  /** Every check. */
  readonly checks: CheckResult[] = [];
  /** Failing and uncertain checks with messages. */
  readonly issues: ValidationIssue[] = [];

  /** @param locate - source locations of addresses (cells that have one). */
  constructor(private readonly locate: (addresses: readonly string[]) => SourceLocation[]) {}

  /** Records a check. */
  add(rule: RuleId, status: CheckStatus, addresses: string[], init: CheckInit = {}): CheckResult {
    const check: CheckResult = { rule, status, addresses };
    if (init.expected !== undefined) check.expected = init.expected;
    if (init.actual !== undefined) check.actual = init.actual;
    if (typeof init.expected === 'number' && typeof init.actual === 'number') check.delta = round(init.actual - init.expected);
    if (init.en !== undefined) check.detail = init.en;
    this.checks.push(check);
    if (status === 'fail' || status === 'uncertain') this.issues.push(this.issue(check, init));
    return check;
  }

  private issue(check: CheckResult, init: CheckInit): ValidationIssue {
    const def = ruleDefinition(check.rule);
    const severity = check.status === 'fail' ? def.severity : 'info';
    const numbers =
      check.expected !== undefined && check.actual !== undefined
        ? {
            zh: `应为 ${String(check.expected)}，报告为 ${String(check.actual)}${check.delta !== undefined ? `（差 ${check.delta}）` : ''}`,
            en: `expected ${String(check.expected)}, report says ${String(check.actual)}${check.delta !== undefined ? ` (off by ${check.delta})` : ''}`,
          }
        : null;
    // Details name cells, rows and columns as the template prints them, whatever a check passed.
    const zhParts = [
      def.title.zh,
      init.zh === undefined ? undefined : withTemplateLabels(init.zh),
      check.status === 'uncertain' ? '无法判断' : numbers?.zh,
    ].filter(Boolean);
    const enParts = [
      def.title.en,
      init.en === undefined ? undefined : withTemplateLabels(init.en),
      check.status === 'uncertain' ? 'cannot be decided' : numbers?.en,
    ].filter(Boolean);
    // The check's fields copied one by one, in the order `add` sets them (an object spread of checks of
    // several shapes took V8's slow path: it was half the cost of an issue).
    const issue = { rule: check.rule, status: check.status, addresses: check.addresses } as ValidationIssue;
    if (check.expected !== undefined) issue.expected = check.expected;
    if (check.actual !== undefined) issue.actual = check.actual;
    if (check.delta !== undefined) issue.delta = check.delta;
    if (check.detail !== undefined) issue.detail = check.detail;
    issue.severity = severity;
    issue.message = `${zhParts.join('：')}。`;
    issue.messageEn = `${enParts.join(': ')}.`;
    issue.locations = this.locate(check.addresses);
    return issue;
  }
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
