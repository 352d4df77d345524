/**
 * Generated fixtures: random consistent reports (with random blank cells) rendered into every
 * layout, parsed back. Lossless layouts must give back every cell; lossy ones may flag cells but
 * never state a wrong number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, type TemplateVersion } from 'zfxxgk-report';
import { consistentReport } from './helpers/fixtures.js';
import { LOSSLESS, LOSSY, renderInLayout } from './helpers/layouts.js';

const arb = fc.record({
  seed: fc.integer({ min: 1, max: 10_000_000 }),
  v: fc.constantFrom<TemplateVersion>('2019', '2021'),
  blanks: fc.array(fc.nat(), { maxLength: 8 }),
});

describe('generated layouts read back', () => {
  for (const layout of LOSSLESS) {
    it(`${layout}: every cell comes back`, () => {
      fc.assert(
        fc.property(arb, ({ seed, v, blanks }) => {
          const r = consistentReport(seed, v, { blanks, scale: 15 });
          const back = parseReport(renderInLayout(r, layout), { format: layout === 'html' ? 'html' : 'auto' }).report!;
          expect(listCells(back).map((c) => [c.address, c.status, c.value])).toEqual(listCells(r).map((c) => [c.address, c.status, c.value]));
        }),
        { numRuns: Number(process.env.PROP_RUNS ?? 40) },
      );
    });
  }

  for (const layout of LOSSY) {
    it(`${layout}: no cell comes back wrong; without blanks most come back`, () => {
      let stated = 0;
      let total = 0;
      fc.assert(
        fc.property(arb, ({ seed, v, blanks }) => {
          // Crawler text cannot show a blank cell at all (it vanishes); its fixtures have none.
          const r = consistentReport(seed, v, { blanks: layout === 'crawler' ? [] : blanks, scale: 15 });
          const back = parseReport(renderInLayout(r, layout)).report!;
          const want = new Map(listCells(r).map((c) => [c.address, c]));
          for (const c of listCells(back)) {
            const w = want.get(c.address)!;
            total++;
            if (c.status === 'value' || c.status === 'blank') {
              stated++;
              expect([c.address, c.status, c.value]).toEqual([w.address, w.status, w.value]);
            }
          }
        }),
        { numRuns: Number(process.env.PROP_RUNS ?? 40) },
      );
      expect(stated / total).toBeGreaterThan(0.5);
    });
  }

  it('layouts without blank cells read back completely (aligned, cell per line, blank lines)', () => {
    for (const layout of ['aligned', 'cell-per-line', 'blank-lines'] as const) {
      for (const v of ['2019', '2021'] as const) {
        const r = consistentReport(99, v, { scale: 15 });
        const back = parseReport(renderInLayout(r, layout)).report!;
        const missing = listCells(back).filter((c) => c.status !== 'value');
        expect(missing.map((c) => c.address), layout).toEqual([]);
      }
    }
  });

  it('converter Markdown without blanks reads back completely: floating labels paired, a floated total and floated table-二 cells put back', () => {
    const codes = new Map<string, number>();
    for (let seed = 1; seed <= Number(process.env.PROP_RUNS ?? 40); seed++) {
      const v = seed % 2 ? '2021' : '2019';
      const r = consistentReport(seed, v, { scale: 15 });
      const { report, diagnostics } = parseReport(renderInLayout(r, 'converter'));
      expect(listCells(report!).map((c) => [c.address, c.status, c.value]), `seed ${seed}`).toEqual(listCells(r).map((c) => [c.address, c.status, c.value]));
      for (const d of diagnostics) codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
      expect(diagnostics.filter((d) => d.code === 'values-unplaced'), `seed ${seed}`).toEqual([]);
    }
    // The damage happened and was repaired visibly.
    expect(codes.get('row-label-floating')).toBeGreaterThan(40);
    expect(codes.get('value-displaced')).toBeGreaterThan(5);
    expect(codes.get('value-floating')).toBeGreaterThan(10);
  });

  it('plain pdftotext without blanks reads back completely: numbers before their labels, labels caught by the wrong numbers', () => {
    const codes = new Map<string, number>();
    for (let seed = 1; seed <= Number(process.env.PROP_RUNS ?? 40); seed++) {
      const r = consistentReport(seed, seed % 2 ? '2021' : '2019', { scale: 15 });
      const { report, diagnostics } = parseReport(renderInLayout(r, 'plain'));
      expect(listCells(report!).map((c) => [c.address, c.status, c.value]), `seed ${seed}`).toEqual(listCells(r).map((c) => [c.address, c.status, c.value]));
      for (const d of diagnostics) codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
    }
    expect(codes.get('row-label-floating')).toBeGreaterThan(40);
  });
});

