/**
 * Blank cells written `——` (two dashes to a cell, as many reports do), in glued text (a crawler
 * dropped every space): each dash was read as a blank cell of its own, so a row took twice its
 * blanks and dropped the cut of its glued numbers (`规章118188——` read 118188 and two blanks for
 * 118, 188 and a blank; 58 cells silently wrong on 40 such reports). A line whose dash runs are all
 * of even length writes two to a cell. And hyphens: in a run of them right before a number, the last
 * may be the number's sign (2019 table 二's 本年增/减 is signed): `行政强制--2139` is a blank, -2 and 139
 * as much as two blanks and 2139; both hyphens were read as blank cells and 2139 was stated (4 cells
 * silently wrong on 40 such reports). Fixtures are our own renderings.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport } from '../src/index.js';
import { consistentReport } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';
import { scoreCells } from './helpers/ownership-layouts.js';

const blanks = (seed: number): number[] => Array.from({ length: 12 }, (_, k) => seed * 7919 + k * 104729);

describe('glued text whose blank cells are written `——`', () => {
  it('reads a pair of dashes as one blank cell (a row with glued numbers before it is cut, not read as one number)', () => {
    const r = consistentReport(4, '2021', { blanks: blanks(4) });
    const text = oneLine(renderReport(r, { to: 'text' }), true, '——');
    expect(text).toContain('规章118188——行政规范性文件');
    const { report } = parseReport(text, { format: 'text' });
    const got = new Map(listCells(report!).map((c) => [c.address, c]));
    expect(got.get('t2.art20_1.regulations.currentlyValid')?.status).toBe('blank');
    for (const c of ['issued', 'repealed']) expect(got.get(`t2.art20_1.regulations.${c}`)?.value ?? null).not.toBe(118188);
    expect(got.get('t2.art20_1.regulations.repealed')?.status).not.toBe('blank');
  });

  it('states no wrong cell on reports of both versions with many blanks, and reads most of them', () => {
    let right = 0;
    let cells = 0;
    for (let seed = 1; seed <= 16; seed++) {
      const r = consistentReport(seed, seed % 2 ? '2019' : '2021', { blanks: blanks(seed) });
      const { report, diagnostics } = parseReport(oneLine(renderReport(r, { to: 'text' }), true, '——'), { format: 'text' });
      const s = scoreCells(r, report, diagnostics);
      expect(s.wrongAddresses, `seed ${seed}`).toEqual([]);
      right += s.right;
      cells += s.right + s.flagged + s.silentWrong;
    }
    expect(right / cells).toBeGreaterThan(0.7);
  });

  it('a line with a run of one dash writes one to a cell: a run of two there is two blank cells', () => {
    const r = consistentReport(4, '2021', { blanks: blanks(4) });
    const text = oneLine(renderReport(r, { to: 'text' }), true, '—');
    expect(text).toMatch(/[^—]—[^—]/);
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    expect(scoreCells(r, report, diagnostics).wrongAddresses).toEqual([]);
    const got = new Map(listCells(report!).map((c) => [c.address, c]));
    for (const c of listCells(r))
      if (c.status === 'blank' && c.address.startsWith('t2.')) expect(got.get(c.address)?.status, c.address).toBe('blank');
  });
});

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
