/**
 * Generated fixtures: random consistent reports (with random blank cells) rendered into every
 * layout, parsed back. Lossless layouts must give back every cell; lossy ones may flag cells but
 * never state a wrong number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, type TemplateVersion } from 'zfxxgk-report';
import { consistentReport } from './helpers/fixtures.js';
import { BLANKS_VANISH, LOSSLESS, LOSSY, renderInLayout } from './helpers/layouts.js';
import { statedDiffering } from './helpers/probe-fixtures.js';

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
          expect(listCells(back).map((c) => [c.address, c.status, c.value])).toEqual(
            listCells(r).map((c) => [c.address, c.status, c.value]),
          );
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
          // Glued crawler text cannot show a blank cell at all (it vanishes); its fixtures have none.
          const r = consistentReport(seed, v, { blanks: BLANKS_VANISH.includes(layout) ? [] : blanks, scale: 15 });
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

  it('layouts without blank cells read back completely (aligned, cell per line, blank lines, one line)', () => {
    for (const layout of ['aligned', 'cell-per-line', 'blank-lines', 'one-line'] as const) {
      for (const v of ['2019', '2021'] as const) {
        const r = consistentReport(99, v, { scale: 15 });
        const back = parseReport(renderInLayout(r, layout)).report!;
        const missing = listCells(back).filter((c) => c.status !== 'value');
        expect(
          missing.map((c) => c.address),
          layout,
        ).toEqual([]);
      }
    }
  });

  it('converter Markdown without blanks reads back completely: floating labels paired, a floated total and floated table-二 cells put back', () => {
    const codes = new Map<string, number>();
    for (let seed = 1; seed <= Number(process.env.PROP_RUNS ?? 40); seed++) {
      const v = seed % 2 ? '2021' : '2019';
      const r = consistentReport(seed, v, { scale: 15 });
      const { report, diagnostics } = parseReport(renderInLayout(r, 'converter'));
      expect(
        listCells(report!).map((c) => [c.address, c.status, c.value]),
        `seed ${seed}`,
      ).toEqual(listCells(r).map((c) => [c.address, c.status, c.value]));
      for (const d of diagnostics) codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
      expect(
        diagnostics.filter((d) => d.code === 'values-unplaced'),
        `seed ${seed}`,
      ).toEqual([]);
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
      expect(
        listCells(report!).map((c) => [c.address, c.status, c.value]),
        `seed ${seed}`,
      ).toEqual(listCells(r).map((c) => [c.address, c.status, c.value]));
      for (const d of diagnostics) codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
    }
    expect(codes.get('row-label-floating')).toBeGreaterThan(40);
  });

  it('regression: two labelled pipe rows swapped while other labels float stay in their own rows', () => {
    const r = consistentReport(2, '2019', { scale: 12 });
    const lines = renderInLayout(r, 'converter').split('\n');
    const a = lines.findIndex((l) => l.startsWith('| 8.属于行政查询事项 |'));
    const b = lines.findIndex((l) => l.startsWith('| （四）无法提供 |'));
    expect(b).toBe(a + 1);
    [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
    const { report, diagnostics } = parseReport(lines.join('\n'));
    expect(diagnostics.some((d) => d.code === 'row-label-floating')).toBe(true);
    expect(statedDiffering(listCells(report!), r)).toEqual([]);
    const moved = listCells(report!).filter(
      (c) => c.address.startsWith('t3.results.denied.administrativeQuery.') || c.address.startsWith('t3.results.unableToProvide.notHeld.'),
    );
    expect(moved.every((c) => c.status === 'value')).toBe(true);
  });

  it('regression: a value line garbled into text inside a row with lost cells does not shift the values after it', () => {
    const r = consistentReport(683292, '2021', { scale: 12 });
    const lines = renderInLayout(r, 'plain').split('\n');
    const t4 = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
    // The third value of the row turns into text (as the mangling property found it).
    const values = lines.map((l, i) => (i > t4 && /^\d+$/.test(l) ? i : -1)).filter((i) => i >= 0);
    const third = values[2] as number;
    lines[third] = `\uFFFD${lines[third]}`;
    const { report } = parseReport(lines.join('\n'));
    expect(
      statedDiffering(
        listCells(report!).filter((c) => c.table === 't4'),
        r,
      ),
    ).toEqual([]);
  });

  it('regression: the first value of a row garbled into text does not make the next value the first cell', () => {
    const r = consistentReport(11, '2021', { scale: 12 });
    const lines = renderInLayout(r, 'blank-lines').split('\n');
    const label = lines.findIndex((l) => l.startsWith('3.危及'));
    const first = lines.findIndex((l, i) => i > label && /^\d+$/.test(l));
    lines[first] = `\uFFFD${lines[first]}`;
    const { report } = parseReport(lines.join('\n'));
    const row = listCells(report!).filter((c) => c.address.startsWith('t3.results.denied.securityStability.'));
    expect(row[0]?.status).not.toBe('value');
    // The other cells are right or flagged: the region shows no lost cell as a gap, so the gaps
    // anchor neither end of the short row (plain pdftotext writes nothing for a blank cell).
    expect(statedDiffering(row, r)).toEqual([]);
  });
});
