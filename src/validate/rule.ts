/**
 * What a rule is: its metadata (stable id, titles, severity, what it looks at, the template
 * versions and table it applies to) and its check. Each rule lives in its own file under
 * `validate/rules/` and is listed once in `validate/rules/registry.ts`.
 */
import type { Severity } from '../diagnostics/catalogue.js';
import type { Report } from '../model/report.js';
import { REGISTERED_VERSIONS } from '../template/registry.js';
import type { TemplateVersion } from '../template/version.js';
import type { CheckInit } from './collector.js';
import type { ReportCoverage } from './coverage.js';
import type { CellReader } from './operands.js';
import type { CheckStatus } from './types.js';

/** What a rule looks at. */
export type RuleKind = 'table' | 'structure' | 'report' | 'narrative' | 'series' | 'rollup';

/** Title of a rule in zh-CN and English. */
export interface RuleTitle {
  /** zh-CN title. */
  readonly zh: string;
  /** English title. */
  readonly en: string;
}

/** Metadata shared by every rule. */
export interface RuleMeta<Id extends string = string> {
  /** Stable id. Never renamed or reused. */
  readonly id: Id;
  /** Short title in zh-CN and English. */
  readonly title: RuleTitle;
  /** Severity of a failure. */
  readonly severity: Severity;
  /** What the rule looks at. */
  readonly kind: RuleKind;
  /** Template versions the rule applies to. */
  readonly versions: readonly TemplateVersion[];
  /**
   * The table whose version decides whether the rule applies (`versions`). When the report lacks
   * that table, the rule is `not-assessable`; when the table has another version, it is not run.
   */
  readonly table?: 't2' | 't3' | 't4';
}

/** Records checks of one rule. */
export interface RuleEmitter {
  /** Records one instance of the rule (a column, a row, a claim …). */
  add(status: CheckStatus, addresses: string[], init?: CheckInit): void;
}

/** What a check of one report sees. */
export interface ReportRuleContext extends RuleEmitter {
  /** The report. */
  readonly report: Report;
  /** Its cells by address. */
  readonly reader: CellReader;
  /** Version of the rule's table (`null` for rules of no table). */
  readonly version: TemplateVersion | null;
  /** How much of each table was read. */
  readonly coverage: ReportCoverage;
}

/** What a check of two consecutive annual reports of one agency sees. */
export interface SeriesRuleContext extends RuleEmitter {
  /** Last year's report and its cells. */
  readonly previous: { readonly report: Report; readonly reader: CellReader; readonly year: number };
  /** This year's report and its cells. */
  readonly current: { readonly report: Report; readonly reader: CellReader; readonly year: number };
}

/** What a check of a summary report against the reports it sums up sees. */
export interface RollupRuleContext extends RuleEmitter {
  /** The summary report and its cells. */
  readonly parent: { readonly report: Report; readonly reader: CellReader };
  /** The cells of the reports it sums up. */
  readonly children: readonly CellReader[];
}

/** A rule checked on one report by `validateReport`. */
export interface ReportRule<Id extends string = string> extends RuleMeta<Id> {
  /** What the rule looks at. */
  readonly kind: 'table' | 'structure' | 'report' | 'narrative';
  /** Evaluates the rule. Called only when the rule's table is present in a version the rule applies to. */
  check(ctx: ReportRuleContext): void;
}

/** A rule checked by `validateSeries` on each pair of consecutive years. */
export interface SeriesRule<Id extends string = string> extends RuleMeta<Id> {
  /** What the rule looks at. */
  readonly kind: 'series';
  /** Evaluates the rule on one pair of years. */
  check(ctx: SeriesRuleContext): void;
}

/** A rule checked by `validateRollup`. */
export interface RollupRule<Id extends string = string> extends RuleMeta<Id> {
  /** What the rule looks at. */
  readonly kind: 'rollup';
  /** Evaluates the rule. */
  check(ctx: RollupRuleContext): void;
}

/** Any rule. */
export type Rule<Id extends string = string> = ReportRule<Id> | SeriesRule<Id> | RollupRule<Id>;

/**
 * Every registered template version (`template/registry.ts`): the `versions` of a rule whose check
 * is derived from the template data (the table arithmetic, the columns' signs and decimals) or uses
 * only what every version has. A rule that names cells of one version lists that version instead
 * (`versions: ['2021']`), so a newly registered version gets it only once the rule says it holds there.
 */
export const ALL_VERSIONS: readonly TemplateVersion[] = REGISTERED_VERSIONS;
