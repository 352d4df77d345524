/**
 * One-line text (crawler: all whitespace collapsed) of table 三 where most rows left some zero
 * cells blank: a blank leaves no token, so each such row shows fewer numbers than cells, and which
 * cells were blank is decided only by the table's equations over all rows together. The search
 * asks which readings of each row take part in *some* combination that adds up
 * (`src/tables/support-search.ts`), without listing the combinations: it decides such tables
 * where listing them ran out of budget (every cell of those rows was ambiguous), and it finds the
 * same readings as listing them wherever listing ends.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport } from 'zfxxgk-report';
import { WorkBudget } from '../src/tables/budget.js';
import { searchCombinations, type OpenRow } from '../src/tables/row-search.js';
import { supportedReadings } from '../src/tables/support-search.js';
import { compileRelations } from '../src/template/arithmetic.js';
import { consistentCells } from './helpers/fixtures.js';
import { renderInLayout } from './helpers/layouts.js';

describe('one-line table 三 whose rows lost blank (zero) cells', () => {
  it('reads the cells every combination that adds up agrees on, and states no other', () => {
    const cells: Record<string, number | null> = consistentCells(16, { table2: '2019', table3: '2019' }, 60);
    // The first zero of every results row left blank (the row sums and the results total still hold).
    let blanked = 0;
    const rowsDone = new Set<string>();
    for (const [a, v] of Object.entries(cells)) {
      const row = a.slice(0, a.lastIndexOf('.'));
      if (!a.startsWith('t3.results.') || a.startsWith('t3.results.total') || v !== 0 || rowsDone.has(row)) continue;
      rowsDone.add(row);
      cells[a] = null;
      blanked++;
    }
    expect(blanked).toBeGreaterThan(10);
    const original = createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
    const parsed = parseReport(renderInLayout(original, 'one-line'), { format: 'text' });
    expect(parsed.diagnostics.filter((d) => d.code === 'search-budget-exhausted')).toEqual([]);
    const want = new Map(listCells(original).map((c) => [c.address, c.status === 'blank' ? null : c.value]));
    const t3 = listCells(parsed.report!).filter((c) => c.table === 't3');
    const stated = t3.filter((c) => c.status === 'value' || c.status === 'blank');
    expect(stated.filter((c) => (c.status === 'blank' ? null : c.value) !== want.get(c.address)).map((c) => c.address)).toEqual([]);
    // Before: the combinations ran the table's budget out and every such row stayed ambiguous.
    expect(stated.filter((c) => c.address.startsWith('t3.results.') && cells[c.address] === null).length).toBeGreaterThan(0);
  });

  it('finds the same readings per row as listing every combination (property)', () => {
    // Cells: three rows of two cells, a fixed row of two; per column: the fixed cell = the rows' sum.
    const rel = compileRelations(
      [0, 1].map((c) => ({ rule: 'T3.RESULTS' as const, left: [`f${c}`], right: [0, 1, 2].map((r) => `r${r}c${c}`) })),
      (x) => (x.startsWith('f') ? 6 + Number(x[1]) : Number(x[1]) * 2 + Number(x[3])),
    );
    const reading = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 2 });
    fc.assert(
      fc.property(
        fc.array(fc.array(reading, { minLength: 1, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        (readings, f0, f1) => {
          const cells = new Float64Array([...new Array<number>(6).fill(Number.NaN), f0, f1]);
          const rows: OpenRow[] = readings.map((r, k) => ({ base: k * 2, readings: r }));
          const fast = supportedReadings(cells, 2, rel, rows, new WorkBudget(1e6));
          // (a leaf check that accepts everything makes searchCombinations list every combination)
          const listed = searchCombinations(cells, 2, rel, rows, new WorkBudget(1e6), () => true);
          expect(fast?.complete).toBe(true);
          expect(fast?.surviving.map((s) => [...s].sort())).toEqual(listed.surviving.map((s) => [...s].sort()));
        },
      ),
      { numRuns: Number(process.env.PROP_RUNS ?? 300) },
    );
  });

  it('stops within its budget and decides nothing then', () => {
    const rel = compileRelations([{ rule: 'T3.RESULTS', left: ['f'], right: ['a', 'b'] }], (x) => ({ a: 0, b: 1, f: 2 })[x] as number);
    const cells = new Float64Array([Number.NaN, Number.NaN, 5]);
    const rows: OpenRow[] = [
      { base: 0, readings: [[1], [2], [3], [4]] },
      { base: 1, readings: [[1], [2], [3], [4]] },
    ];
    expect(supportedReadings(cells, 1, rel, rows, new WorkBudget(1))?.complete).toBe(false);
    const all = supportedReadings(cells, 1, rel, rows, new WorkBudget(1e6));
    expect(all?.surviving.map((s) => [...s].sort())).toEqual([
      [0, 1, 2, 3],
      [0, 1, 2, 3],
    ]);
    // A value of more than two decimals is not compared in hundredths: the caller lists combinations.
    expect(supportedReadings(cells, 1, rel, [{ base: 0, readings: [[1.234]] }, rows[1]!], new WorkBudget(1e6))).toBeNull();
  });
});
