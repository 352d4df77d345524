/** One finding shape (issue 17 item 4): parse diagnostics and validation issues as `Finding`s. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  collectFindings,
  diagnosticFinding,
  issueFinding,
  parseReport,
  validateReport,
  type Diagnostic,
  type FindingBase,
  type ValidationIssue,
} from 'zfxxgk-report';
import { pipeReport } from './helpers/fixtures.js';

describe('findings', () => {
  it('Diagnostic and ValidationIssue share the base shape', () => {
    expectTypeOf<Diagnostic>().toMatchTypeOf<FindingBase>();
    expectTypeOf<ValidationIssue>().toMatchTypeOf<FindingBase>();
  });

  it('lists validation issues, then diagnostics, with their ids, addresses and locations', () => {
    // The total row disagrees with the sum of the results: T3 rules fail.
    const { report, diagnostics } = parseReport(pipeReport({ '(七)总计': '5 | 1 | 0 | 0 | 0 | 0 | 9' }));
    expect(report).not.toBeNull();
    const validation = validateReport(report!, { diagnostics });
    expect(validation.issues.length).toBeGreaterThan(0);
    const findings = collectFindings(diagnostics, validation);
    expect(findings).toHaveLength(validation.issues.length + diagnostics.length);
    const rules = findings.filter((f) => f.kind === 'rule');
    expect(rules.map((f) => f.id)).toEqual(validation.issues.map((i) => i.rule));
    for (const [k, i] of validation.issues.entries()) {
      const f = rules[k]!;
      expect(f.status).toBe(i.status);
      expect(f.addresses).toEqual(i.addresses);
      expect(f.locations).toEqual(i.locations);
      expect(f.severity).toBe(i.severity);
      expect(f.expected).toBe(i.expected);
      expect(f.actual).toBe(i.actual);
    }
    expect(findings.filter((f) => f.kind === 'diagnostic').map((f) => f.id)).toEqual(diagnostics.map((d) => d.code));
    expect(issueFinding(validation.issues[0]!)).toEqual(rules[0]);
  });

  it('a diagnostic naming a cell keeps its path among the addresses, and its location', () => {
    const location = { start: 3, end: 5, line: 1, column: 4 };
    const d: Diagnostic = {
      code: 'cell-ambiguous',
      severity: 'warning',
      message: 'm',
      messageEn: 'm',
      path: 't4.review.total',
      location,
      candidates: [1, 2],
    };
    expect(diagnosticFinding(d)).toEqual({
      kind: 'diagnostic',
      id: 'cell-ambiguous',
      severity: 'warning',
      message: 'm',
      messageEn: 'm',
      addresses: ['t4.review.total'],
      locations: [location],
    });
    expect(diagnosticFinding({ ...d, path: 'sections.overview', location: undefined } as Diagnostic).addresses).toEqual([]);
  });
});
