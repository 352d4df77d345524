/**
 * Glued text (a crawler dropped every space) whose blank cells are hyphens: in a run of hyphens right
 * before a number, the last may be the number's sign (2019 table 二's 本年增/减 is signed):
 * `行政强制--2139` is a blank, -2 and 139 as much as two blanks and 2139. Both hyphens were read as
 * blank cells and 2139 was stated (4 cells silently wrong on 40 such reports). Fixtures are our own
 * renderings.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport } from '../src/index.js';
import { consistentReport } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';
import { scoreCells } from './helpers/ownership-layouts.js';

const blanks = (seed: number): number[] => Array.from({ length: 12 }, (_, k) => seed * 7919 + k * 104729);

describe('glued text: hyphens right before a number', () => {
  it('leaves the last hyphen on the number (a sign, or a blank cell: the cells they disagree on stay ambiguous)', () => {
    const r = consistentReport(7, '2019', { blanks: blanks(7) });
    const text = oneLine(renderReport(r, { to: 'text' }), true, '-');
    expect(text).toContain('行政强制--2139');
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    const got = new Map(listCells(report!).map((c) => [c.address, c]));
    const row = 't2.art20_6.administrativeCompulsion';
    expect(got.get(`${row}.previousYearCount`)?.status).toBe('blank');
    expect(got.get(`${row}.yearChange`)?.status).toBe('ambiguous');
    expect(got.get(`${row}.decisionCount`)?.status).toBe('ambiguous');
    expect(got.get(`${row}.yearChange`)?.candidates).toContain(-2);
    expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
  });

  it('states no wrong cell on reports of both versions with many hyphen blanks', () => {
    for (let seed = 1; seed <= 16; seed++) {
      const r = consistentReport(seed, seed % 2 ? '2019' : '2021', { blanks: blanks(seed) });
      const { report, diagnostics } = parseReport(oneLine(renderReport(r, { to: 'text' }), true, '-'), { format: 'text' });
      expect(scoreCells(r, report, diagnostics).wrongAddresses, `seed ${seed}`).toEqual([]);
    }
  });
});
