/** The gauntlet's scorer (scripts/gauntlet/score-lib.mjs): right, flagged, shown and silent wrong. */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, validateReport, type Diagnostic } from 'zfxxgk-report';
import { scoreParse, type GauntletApi } from '../scripts/gauntlet/score-lib.mjs';
import { consistentCells } from './helpers/fixtures.js';

const api = { listCells, validateReport } as unknown as Pick<GauntletApi, 'listCells' | 'validateReport'>;
const truth: Record<string, number | null> = consistentCells(7, { table2: '2021', table3: '2021' });
truth['t2.art20_1.regulations.repealed'] = null;

function parsed(change: Record<string, number | null | undefined>, diagnostics: Partial<Diagnostic>[] = []) {
  const cells: Record<string, number | null> = {};
  for (const [a, v] of Object.entries({ ...truth, ...change })) if (v !== undefined) cells[a] = v;
  return { report: createReport({ versions: { table2: '2021', table3: '2021' }, cells }), diagnostics: diagnostics as Diagnostic[] };
}

describe('gauntlet scorer', () => {
  it('counts every cell right when the parse equals the truth, blanks included', () => {
    const s = scoreParse(parsed({}), truth, api);
    expect(s).toMatchObject({ cells: Object.keys(truth).length, right: Object.keys(truth).length, flagged: 0, wrong: [] });
  });

  it('counts a missing cell as flagged, and a missing report as all flagged', () => {
    expect(scoreParse(parsed({ 't3.newReceived.total': undefined }), truth, api)).toMatchObject({ flagged: 1, wrong: [] });
    expect(scoreParse({ report: null, diagnostics: [] }, truth, api)).toMatchObject({ right: 0, flagged: Object.keys(truth).length });
  });

  it('a wrong table-二 value (no arithmetic) is silent unless a warning names its cell or row', () => {
    const change = {
      't2.art20_5.administrativeLicensing.decisionCount': (truth['t2.art20_5.administrativeLicensing.decisionCount'] as number) + 1,
    };
    expect(scoreParse(parsed(change), truth, api).wrong).toEqual([
      expect.objectContaining({ address: 't2.art20_5.administrativeLicensing.decisionCount', caught: null }),
    ]);
    const named = parsed(change, [{ code: 'value-floating', severity: 'warning', path: 't2.art20_5.administrativeLicensing' }]);
    expect(scoreParse(named, truth, api).wrong[0]?.caught).toBe('value-floating');
    const listed = parsed(change, [
      {
        code: 'cells-missing',
        severity: 'warning',
        path: 't2.art20_5.administrativeLicensing',
        addresses: ['t2.art20_5.administrativeLicensing.other'],
      },
    ]);
    expect(scoreParse(listed, truth, api).wrong[0]?.caught).toBeNull();
    const info = parsed(change, [{ code: 'order-recovered', severity: 'info', path: 't2.art20_5.administrativeLicensing.decisionCount' }]);
    expect(scoreParse(info, truth, api).wrong[0]?.caught).toBeNull();
  });

  it('a wrong table-三 value that breaks a row sum is shown by the failing rule; a blank stated as 0 is wrong', () => {
    const s = scoreParse(
      parsed({ 't3.results.granted.naturalPerson': (truth['t3.results.granted.naturalPerson'] as number) + 5 }),
      truth,
      api,
    );
    expect(s.wrong).toEqual([
      expect.objectContaining({ address: 't3.results.granted.naturalPerson', caught: expect.stringMatching(/^T3\./) }),
    ]);
    expect(scoreParse(parsed({ 't2.art20_1.regulations.repealed': 0 }), truth, api).wrong).toEqual([
      expect.objectContaining({ got: 0, expected: null, caught: null }),
    ]);
  });
});
