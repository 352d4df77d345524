/** Generated documentation pages are current. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, rules } from 'zfxxgk-report';
// @ts-expect-error: a plain ES module script without types.
import { renderDiagnosticsDoc, renderRulesDoc } from '../scripts/docs-lib.mjs';

describe('generated docs', () => {
  it('docs/diagnostics.md matches the catalogue (run npm run docs:generate)', () => {
    const file = readFileSync(join(__dirname, '..', 'docs', 'diagnostics.md'), 'utf8');
    expect(file).toBe((renderDiagnosticsDoc as (c: typeof DIAGNOSTIC_CODES) => string)(DIAGNOSTIC_CODES));
  });

  it('docs/rules.md matches the rule catalogue (run npm run docs:generate)', () => {
    const file = readFileSync(join(__dirname, '..', 'docs', 'rules.md'), 'utf8');
    expect(file).toBe((renderRulesDoc as (r: typeof rules) => string)(rules));
  });
});
