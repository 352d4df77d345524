/**
 * The converter gauntlet's CI checks over the committed documents of test/gauntlet/ (see
 * docs/gauntlet.md), as a suite over some of its layouts: the text layouts and the binary ones
 * (PDF, DOCX) run as two test files so vitest reads them in parallel.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, validateReport } from 'zfxxgk-report';
import { parseDocx } from '../../src/docx/index.js';
import { parsePdf } from '../../src/pdf/index.js';
import {
  GAUNTLET_DIR,
  gauntletReports,
  LAYOUTS,
  readBaseline,
  rightPercent,
  runGauntlet,
  silentKey,
  type GauntletApi,
  type Layout,
  type LayoutScore,
} from '../../scripts/gauntlet/score-lib.mjs';

const api = { parseReport, parsePdf, parseDocx, listCells, validateReport } as unknown as GauntletApi;

/** Declares the gauntlet's tests for the layouts `which` selects. */
export function gauntletSuite(name: string, which: (layout: Layout) => boolean): void {
  const baseline = readBaseline();
  const layouts = LAYOUTS.filter(which);
  describe(`converter gauntlet: ${name}`, () => {
    let rows: LayoutScore[] = [];

    it('has the committed documents: every report with its truth; a CI minimum for every layout', () => {
      const reports = gauntletReports(GAUNTLET_DIR);
      expect(reports.length).toBeGreaterThanOrEqual(14);
      for (const r of reports) expect(Object.keys(r.truth).length, r.id).toBeGreaterThan(150);
      for (const l of layouts) expect(baseline.minimumRightPercent[l.id], l.id).toBeTypeOf('number');
    });

    it('reads every document', async () => {
      rows = await runGauntlet(GAUNTLET_DIR, api, { layouts });
      for (const r of rows) expect(r.documents, r.layout.id).toBeGreaterThan(0);
    }, 180_000);

    it('states no wrong value silently (beyond the known ones of baseline.json, which issue 12 removes)', () => {
      const known = new Set(baseline.knownSilentWrong);
      const silent = rows.flatMap((r) => r.silent.map((w) => ({ key: silentKey(r.layout.id, w), got: w.got, truth: w.expected })));
      expect(silent.filter((s) => !known.has(s.key))).toEqual([]);
    });

    for (const layout of layouts) {
      it(`${layout.id}: right cells at least the CI minimum (issue 12 target ${layout.target ?? '–'}%)`, () => {
        const row = rows.find((r) => r.layout.id === layout.id);
        expect(row).toBeDefined();
        expect(rightPercent(row!)).toBeGreaterThanOrEqual(baseline.minimumRightPercent[layout.id] ?? 100);
      });
    }
  });
}
