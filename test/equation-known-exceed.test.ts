/**
 * An equation of counts with an unknown cell cannot be evaluated, but where one side is known whole
 * and the other side's known numbers already sum to more, no value of the unknown cells keeps it: the
 * check fails instead of staying uncertain, and names the cells (probe seed 324 p03
 * chromium-hf-layout and chromium-layout: plain `pdftotext -layout` closed the gaps of a table-三 row
 * with four blanks, `34 48 82` for `34 — 48 — — — 82`, so 48 and 82 went to the columns next to 34;
 * every column they landed in had a missing cell, and its known results already exceeded its 总计).
 * Our own report (test/helpers/fixtures.ts).
 */
import { describe, expect, it } from 'vitest';
import { createReport, validateReport, type Report } from 'zfxxgk-report';
import { missingCell } from '../src/model/cell.js';
import { consistentCells } from './helpers/fixtures.js';

const COL = 'commercialEnterprise';

/** Our consistent 2021 report with `missing` cells made missing and `stated` cells overwritten. */
function report(missing: readonly string[], stated: Record<string, number> = {}): Report {
  const cells = { ...consistentCells(11), ...stated };
  const r = createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2022 } });
  for (const a of missing) {
    const path = a.split('.');
    let node = r.tables as unknown as Record<string, unknown>;
    for (const k of path.slice(0, -1)) node = node[k] as Record<string, unknown>;
    node[path[path.length - 1] as string] = missingCell();
  }
  return r;
}

function resultsCheck(r: Report): { status: string; addresses: readonly string[] } | undefined {
  return validateReport(r).checks.find((c) => c.rule === 'T3.RESULTS' && c.addresses.includes(`t3.results.total.${COL}`));
}

describe('an equation of counts whose known cells already exceed the other side', () => {
  const total = consistentCells(11)[`t3.results.total.${COL}`] as number;
  const granted = `t3.results.granted.${COL}`;
  const other = `t3.results.otherHandling.other.${COL}`;

  it('fails, naming every cell of the equation, where a stated part alone exceeds the total', () => {
    const check = resultsCheck(report([granted], { [other]: total + 1 }));
    expect(check?.status).toBe('fail');
    expect(check?.addresses).toContain(other);
  });

  it('stays uncertain where the known parts do not exceed the total', () => {
    expect(resultsCheck(report([granted]))?.status).toBe('uncertain');
  });

  it('stays uncertain where the total itself is unknown', () => {
    expect(resultsCheck(report([`t3.results.total.${COL}`], { [other]: total + 1 }))?.status).toBe('uncertain');
  });
});
