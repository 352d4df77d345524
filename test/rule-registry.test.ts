/**
 * The rule registry (src/validate/rules/registry.ts): every rule file is listed once, with its
 * description, and declares template versions the registry knows. A rule file that is not listed
 * (half-registered) fails here; an id without its rule cannot be written (`RuleId` is derived from
 * the list).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/validate/rules.js';
import { RULE_DESCRIPTIONS } from '../src/validate/rules/descriptions.js';
import { RULE_REGISTRY, type RuleId } from '../src/validate/rules/registry.js';
import { REGISTERED_VERSIONS } from '../src/template/registry.js';

const RULES_DIR = join(__dirname, '..', 'src', 'validate', 'rules');
/** The modules of the folder that are no rule. */
const NOT_RULES = new Set(['registry.ts', 'descriptions.ts']);
const ruleFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f));

/** `T3.BALANCE` → `t3-balance.ts`, `T2.PUBLISHED_LE_TOTAL` → `t2-published-le-total.ts`. */
const fileOf = (id: string): string => `${id.toLowerCase().replace(/[._]/g, '-')}.ts`;

describe('rule registry', () => {
  it('lists every rule file once, under the id its file is named after', async () => {
    expect(ruleFiles.length).toBe(RULE_REGISTRY.length);
    for (const f of ruleFiles) {
      const mod = (await import(join(RULES_DIR, f))) as { rule: (typeof RULE_REGISTRY)[number]; description: string };
      expect(RULE_REGISTRY, f).toContain(mod.rule);
      expect(fileOf(mod.rule.id)).toBe(f);
      expect(RULE_DESCRIPTIONS[mod.rule.id as RuleId]).toBe(mod.description);
    }
    expect(new Set(RULE_REGISTRY.map((r) => r.id)).size).toBe(RULE_REGISTRY.length);
  });

  it('every rule applies to registered versions only, and a table rule names its table', () => {
    for (const r of rules) {
      expect(r.versions.length, r.id).toBeGreaterThan(0);
      for (const v of r.versions) expect(REGISTERED_VERSIONS, r.id).toContain(v);
      if (r.kind === 'table') expect(r.table, r.id).toBeDefined();
    }
  });
});
