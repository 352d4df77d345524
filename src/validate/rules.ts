/**
 * The rule catalogue, as data: every consistency rule the validator checks, with stable ids
 * (those of ../shared/spec/tables.json where it has one), titles, severity and scope.
 * `docs/rules.md` is generated from it. Each rule lives in its own file under `rules/`, listed in
 * `rules/registry.ts`.
 */
import type { Severity } from '../diagnostics/catalogue.js';
import type { TemplateVersion } from '../template/version.js';
import { RULE_DESCRIPTIONS } from './rules/descriptions.js';
import { RULE_REGISTRY, type RuleId } from './rules/registry.js';
import type { Rule, RuleKind, RuleTitle } from './rule.js';

export type { RuleId } from './rules/registry.js';
export type { RuleKind, RuleTitle } from './rule.js';

/** One rule of the catalogue. */
export interface RuleDefinition {
  /** Stable id. */
  readonly id: RuleId;
  /** Short title in zh-CN and English. */
  readonly title: RuleTitle;
  /** Severity of a failure. */
  readonly severity: Severity;
  /** What the rule looks at. */
  readonly kind: RuleKind;
  /** Template versions the rule applies to. */
  readonly versions: readonly TemplateVersion[];
  /** The table whose version decides whether the rule applies, if any. */
  readonly table?: 't2' | 't3' | 't4';
  /** What is checked, and how blanks and unknown cells are treated (English). */
  readonly description: string;
}

/** Every rule, in the order checks are run. */
export const rules: readonly RuleDefinition[] = /* @__PURE__ */ (() =>
  RULE_REGISTRY.map((r: Rule<RuleId>): RuleDefinition => {
    const def: RuleDefinition = {
      id: r.id,
      title: r.title,
      severity: r.severity,
      kind: r.kind,
      versions: r.versions,
      description: RULE_DESCRIPTIONS[r.id],
    };
    return r.table ? { ...def, table: r.table } : def;
  }))();

const BY_ID: ReadonlyMap<RuleId, Rule<RuleId>> = /* @__PURE__ */ new Map(RULE_REGISTRY.map((r: Rule<RuleId>) => [r.id, r]));

/** The rule with an id (metadata and check). */
export function ruleDefinition(id: RuleId): Rule<RuleId> {
  return BY_ID.get(id) as Rule<RuleId>;
}
