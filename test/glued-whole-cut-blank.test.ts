/**
 * Glued crawler text, table 三: a row that lost a blank cell may still cut into seven numbers that
 * add up (`1714012649`: 1 7 14 0 1 26 49 holds its row sum, the row is _ 17 14 0 12 6 49). Where no
 * combination of the whole cuts keeps the column equations, the glued rows are searched again with
 * one vanished blank each; and a table no cut reads says why (`digit-runs-unsplit`).
 * Our own reports, rendered by our renderer and flattened by `oneLine` (test/helpers/layouts.ts).
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport, type Report } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';

const APPLICANTS = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg'];
const COLUMNS = [...APPLICANTS, 'total'];

/**
 * A consistent 2019 report (seed 5) whose table-三 row `row` is `values` (null: blank); the results
 * total and the new requests take the difference, each blank counted as `blankCounts` (0: a true
 * blank; more: a count the document left blank but its sums count).
 */
function withRow(row: string, values: readonly (number | null)[], blankCounts = 0): Report {
  const cells: Record<string, number | null> = consistentCells(5, { table2: '2019', table3: '2019' }, 20);
  COLUMNS.forEach((c, i) => {
    const old = cells[`t3.${row}.${c}`] as number;
    const now = values[i] ?? null;
    const delta = (now ?? blankCounts) - old;
    cells[`t3.${row}.${c}`] = now;
    for (const sum of ['results.total', 'newReceived']) cells[`t3.${sum}.${c}`] = (cells[`t3.${sum}.${c}`] as number) + delta;
  });
  return createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
}

function readGlued(original: Report) {
  return parseReport(oneLine(renderReport(original, { to: 'text' }), true), { format: 'text' });
}

/** Table-三 cells stated (value or blank) that differ from the original. */
function statedWrong(original: Report, report: Report): string[] {
  const want = new Map(listCells(original).map((c) => [c.address, c]));
  return listCells(report)
    .filter((c) => c.table === 't3' && (c.status === 'value' || c.status === 'blank'))
    .filter((c) => want.get(c.address)!.status !== c.status || want.get(c.address)!.value !== c.value)
    .map((c) => `${c.address}: ${c.status} ${String(c.value)}`);
}

describe('glued text: a table-三 row that lost a blank but also cuts whole', () => {
  it('is read with its blank where only that reading keeps the column equations', () => {
    const row = 'results.denied.prohibitedByLaw';
    const original = withRow(row, [null, 17, 14, 0, 12, 6, 49]);
    const { report, diagnostics } = readGlued(original);
    expect(statedWrong(original, report!)).toEqual([]);
    const cells = listCells(report!).filter((c) => c.address.startsWith(`t3.${row}.`));
    expect(cells.map((c) => (c.status === 'value' ? c.value : c.status))).toEqual(['blank', 17, 14, 0, 12, 6, 49]);
    expect(diagnostics.some((d) => d.code === 'digit-runs-unsplit')).toBe(false);
  });

  it('a blank the document counts as a number leaves the glued rows missing, and a diagnostic says why', () => {
    const row = 'results.denied.thirdPartyRights';
    // (the blank counts as 12 in the column sums; its row's numbers add up to 0, not 12)
    const original = withRow(row, [null, 0, 0, 0, 0, 0, 12], 12);
    const { report, diagnostics } = readGlued(original);
    expect(statedWrong(original, report!)).toEqual([]);
    const unsplit = diagnostics.filter((d) => d.code === 'digit-runs-unsplit');
    expect(unsplit.map((d) => [d.severity, d.path])).toEqual([['warning', 't3']]);
    expect(listCells(report!).find((c) => c.address === `t3.${row}.total`)!.status).toBe('missing');
  });
});
