/**
 * Glued one-line text (every cell of a row run together, `…数量1979602374200…`): table 三's budget
 * went in cutting the digit runs. A row no whole cut of which adds up is read with a vanished blank,
 * and a vanished total leaves the cut free (any numbers): its cuts outnumbered the budget, which was
 * spent at once, before the combinations of rows were searched. Two facts of the table's own
 * equations now narrow that cutting without changing what a finished search keeps:
 * - a total that vanished leaves its row's numbers unbalanced (`src/tables/vanished-total.ts`):
 *   where every other row of an equation family keeps its row sum, no combination keeps a reading
 *   with a vanished total and a number above 0, and those cuts are not listed;
 * - a part is at most its whole (`src/tables/part-bounds.ts`): 总计's readings, cut first, bound the
 *   cells of the results rows' readings with a vanished blank (`splitBounded`).
 * Both hold only in a search that checks their equations (each cell known, none negative); the rows
 * are cut again without them where it does not, and a narrowed row of a search that ran out states
 * nothing. Probe seed 529 p05 (our own 2021 report, six-digit counts, rows that lost one blank): was
 * `search-budget-exhausted` and 175 cells of table 三 flagged; now every cell read.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { compileRelations } from '../src/template/arithmetic.js';
import { table3Relations } from '../src/template/relations.js';
import { table3DataRowKeys } from '../src/template/table3.js';
import { WorkBudget } from '../src/tables/budget.js';
import { splitBounded, splitDigits } from '../src/tables/digit-runs.js';
import { partBounds } from '../src/tables/part-bounds.js';
import type { RowItem } from '../src/tables/placement.js';
import { equationFamilies, familiesKnown, totalMayVanish } from '../src/tables/vanished-total.js';
import { APPLICANTS } from './helpers/block-stream.js';
import { readFixture, valuesOf } from './helpers/probe-fixtures.js';

const TEXT = 'probe-529-p05-glued.txt';
const ROWS: [string, (number | null)[]][] = [
  ['t3.results.granted.', [339, 806, 72027, 211, 900, 13503, 87786]],
  ['t3.results.partiallyGranted.', [28, 979, 1, 623, 2894, 8, 4533]],
  ['t3.results.denied.stateSecret.', [19, null, 7889, 38397, 939, 715, 47959]],
  ['t3.results.denied.prohibitedByLaw.', [14683, 0, 1, null, 73, 2, 14759]],
  ['t3.results.denied.securityStability.', [7, 54413, 3, 440, 0, 2558, 57421]],
  ['t3.results.denied.thirdPartyRights.', [7440, 3620, 77, 0, 98869, null, 110006]],
  ['t3.results.denied.internalAffairs.', [177, null, 3982, 73, 62937, 998, 68167]],
  ['t3.results.denied.processInformation.', [448, 45118, 6278, 80, null, 7784, 59708]],
  ['t3.results.denied.enforcementCaseFile.', [1880, 586, 496, 44598, 28, 2, 47590]],
  ['t3.results.denied.administrativeQuery.', [743, 802, 3, 0, 5, 53, 1606]],
  ['t3.results.unableToProvide.notHeld.', [2026, 878, 57148, 968, 773, 41543, 103336]],
  ['t3.results.unableToProvide.needsCreation.', [2822, 83, 46123, 65, 1002, 0, 50095]],
  ['t3.results.unableToProvide.stillUnclear.', [8, 12, 0, 19051, 0, 2, 19073]],
  ['t3.results.notProcessed.petitionOrComplaint.', [71354, 91, 8, 8, null, 4806, 76267]],
  ['t3.results.notProcessed.duplicate.', [1, 8, 21138, 49349, 7, 2, 70505]],
  ['t3.results.notProcessed.publication.', [200, 69980, 5247, 64064, 6834, 2383, 148708]],
  ['t3.results.notProcessed.massRepeated.', [89, 69, 27, 49, 0, 230, 464]],
  ['t3.results.notProcessed.confirmOrReissue.', [912, 4006, 9345, 0, 26, 400, 14689]],
  ['t3.results.otherHandling.overdueCorrection.', [81875, 85248, 880, 4, 2168, 9, 170184]],
  ['t3.results.otherHandling.unpaidFee.', [5868, 131, null, 356, 2, 0, 6357]],
  ['t3.results.otherHandling.other.', [7047, 19, 6048, 673, 29, 39070, 52886]],
  ['t3.results.total.', [197966, 266849, 236721, 219009, 177486, 114068, 1212099]],
  ['t3.carriedForward.', [1, 21168, 26967, 9085, null, 24002, 81223]],
  ['t3.carriedOver.', [7, 50597, 74, 43037, 5, 93408, 187128]],
  ['t3.newReceived.', [197960, 237420, 263614, 185057, 177481, 44662, 1106194]],
];

describe('probe 529 p05 (glued): the cutting narrowed by the table’s own equations', () => {
  const { report, diagnostics } = parseReport(readFixture(TEXT), { format: 'text' });
  const cells = listCells(report!);
  it('reads every cell of table 三 (was 175 flagged, the budget spent cutting)', () => {
    for (const [prefix, want] of ROWS) expect(valuesOf(cells, prefix), prefix).toEqual(want);
  });
  it('says no search of table 三 ran out', () => {
    expect(diagnostics.filter((d) => d.code === 'search-budget-exhausted' && d.path === 't3')).toEqual([]);
  });
});

describe('splitBounded', () => {
  const bruteForce = (digits: string, most: number[]): number[][] =>
    (splitDigits(digits, most.length) ?? []).filter((cut) => cut.every((n, j) => n <= (most[j] as number)));
  it('lists exactly the free cuts within the bounds, in the same order', () => {
    const cases: [string, number[]][] = [
      ['152133110293170', [2443, 2723, 2760, 2537, 2970, 2347]],
      ['1020304050', [9, 99, 999, 9, 99]],
      ['000120', [0, 10, 0, 99]],
      ['987654321', [5, 5, 5]],
    ];
    for (const [digits, most] of cases) expect(splitBounded(digits, most), digits).toEqual(bruteForce(digits, most));
  });
  it('spends the budget at once where the cuts outnumber it', () => {
    const budget = new WorkBudget(100);
    expect(splitBounded('12345678901234567890', [1e9, 1e9, 1e9, 1e9, 1e9, 1e9], budget)).toBeNull();
    expect(budget.exhausted).toBe(true);
  });
});

describe('the residual of a vanished total (table 三’s equation families)', () => {
  const keys = table3DataRowKeys('2021');
  const row = (key: string): number => keys.indexOf(key);
  const relations = compileRelations(
    table3Relations('2021').filter((r) => r.rule !== 'T3.ROWSUM'),
    (address) => {
      const parts = address.split('.');
      const column = APPLICANTS.indexOf(parts.pop() as string);
      return keys.indexOf(parts.slice(1).join('.')) * 7 + column;
    },
  );
  const families = equationFamilies(relations, 7);
  it('finds the two families, one equation a column each', () => {
    expect(families.map((f) => [f.relations.length, f.rows.size, f.left.size])).toEqual([
      [7, 4, 2],
      [7, keys.filter((k) => k.startsWith('results.')).length, 1],
    ]);
  });
  const granted = row('results.granted');
  const total = row('results.total');
  it('rules out a results row’s vanished total where 总计 and the other results rows keep their row sums', () => {
    expect(totalMayVanish(granted, families, { balanced: () => true, nonNegative: () => true })).toBe(false);
    // (总计 itself lost its total in some reading: the two may balance)
    expect(totalMayVanish(granted, families, { balanced: (r) => r !== total, nonNegative: () => true })).toBe(true);
    // (another results row read as printed may have a residual below 0)
    expect(totalMayVanish(granted, families, { balanced: () => true, nonNegative: (r) => r !== row('results.partiallyGranted') })).toBe(
      true,
    );
    // (a results row unbalanced on the same side adds to the same side: no help)
    expect(totalMayVanish(granted, families, { balanced: (r) => r !== row('results.partiallyGranted'), nonNegative: () => true })).toBe(
      false,
    );
  });
  it('holds only where every cell of the families is known', () => {
    const cells = new Float64Array((keys.length + 1) * 7).fill(0);
    expect(familiesKnown(families, cells, [], 7)).toBe(true);
    cells[row('carriedForward') * 7 + 3] = Number.NaN;
    expect(familiesKnown(families, cells, [], 7)).toBe(false);
    expect(familiesKnown(families, cells, [{ base: row('carriedForward') * 7, readings: [[0, 0, 0, 0, 0, 0, 0]] }], 7)).toBe(true);
  });
  it('bounds the parts by the most their whole’s readings hold', () => {
    const item = (v: number | null): RowItem =>
      ({ token: v === null ? { kind: 'blank' } : { kind: 'value', content: { value: v } } }) as unknown as RowItem;
    const readings = [
      [5, 7, 0, 2, 1, 0, 15],
      [5, 7, null, 2, 1, 1, 16],
    ].map((r) => r.map(item));
    const bounds = partBounds(relations, keys.length, 7, (r) => (r === total ? readings : undefined));
    expect(bounds.mostOf(granted)).toEqual([5, 7, 0, 2, 1, 1, 16]);
    expect(bounds.mostOf(total)).toBeUndefined();
    expect(bounds.mostOf(row('newReceived'))).toBeUndefined();
    const cells = new Float64Array((keys.length + 1) * 7).fill(0);
    expect(bounds.holdIn(cells, [])).toBe(true);
    cells[granted * 7] = -1;
    expect(bounds.holdIn(cells, [])).toBe(false);
  });
});
