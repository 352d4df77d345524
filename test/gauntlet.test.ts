/**
 * The converter gauntlet (issue 12): reports of our own pushed through the real tools (Chromium,
 * LibreOffice, pdftotext, crawler flattening) and committed under test/gauntlet/ with their truth;
 * `npm run gauntlet:generate` regenerates them. Here every committed document is read back:
 * no silent wrong cell beyond the known ones of test/gauntlet/baseline.json (a wrong value that
 * no failing rule and no warning shows), and per layout at least the right-percentage reached.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, validateReport } from 'zfxxgk-report';
import { parseDocx } from '../src/docx/index.js';
import { parsePdf } from '../src/pdf/index.js';
import { GAUNTLET_DIR, gauntletReports, LAYOUTS, readBaseline, rightPercent, runGauntlet, silentKey, type GauntletApi, type LayoutScore } from '../scripts/gauntlet/score-lib.mjs';

const api = { parseReport, parsePdf, parseDocx, listCells, validateReport } as unknown as GauntletApi;
const baseline = readBaseline();

describe('converter gauntlet', () => {
  let rows: LayoutScore[] = [];

  it('has the committed documents: every report with its truth, every layout', () => {
    const reports = gauntletReports(GAUNTLET_DIR);
    expect(reports.length).toBeGreaterThanOrEqual(12);
    expect(new Set(reports.map((r) => Object.keys(r.truth).length > 150))).toEqual(new Set([true]));
    for (const l of LAYOUTS) expect(baseline.minimumRightPercent[l.id], l.id).toBeTypeOf('number');
  });

  it('reads every document', async () => {
    rows = await runGauntlet(GAUNTLET_DIR, api);
    for (const r of rows) expect(r.documents, r.layout.id).toBeGreaterThan(0);
  }, 180_000);

  it('states no wrong value silently (beyond the known ones, which issue 12 removes)', () => {
    const known = new Set(baseline.knownSilentWrong);
    const silent = rows.flatMap((r) => r.silent.map((w) => `${silentKey(r.layout.id, w)}: got ${w.got ?? 'blank'}, truth ${w.expected ?? 'blank'}`));
    expect(silent.filter((s) => !known.has(s.slice(0, s.indexOf(':'))))).toEqual([]);
  });

  for (const layout of LAYOUTS) {
    it(`${layout.id}: right cells at least the CI minimum (target ${layout.target ?? '–'}%)`, () => {
      const row = rows.find((r) => r.layout.id === layout.id);
      expect(row).toBeDefined();
      expect(rightPercent(row!)).toBeGreaterThanOrEqual(baseline.minimumRightPercent[layout.id] ?? 100);
    });
  }
});
