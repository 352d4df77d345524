/**
 * The row API of the one evaluator (`template/arithmetic.ts`, issue 12 item 6): a row's equation
 * over its cells in column order (`TABLE3_ROW_SUM`, `valuesStatus`), the known sum of a side
 * (`knownSideSum`), and the row equations of `template/relations.ts` (`table3RowSums`,
 * `isRowRelation`, `table3ColumnIndex`). Each is checked against `evaluateRelation` on the
 * template's own equations, with cells written here.
 */
import { describe, expect, it } from 'vitest';
import {
  evaluateRelation,
  indexRelation,
  knownSideSum,
  operandSideSum,
  operandsStatus,
  TABLE3_ROW_SUM,
  valuesStatus,
  type Operand,
} from '../src/template/arithmetic.js';
import {
  blankCountsAsZero,
  isRowRelation,
  relationsByAddress,
  table3ColumnIndex,
  table3Relations,
  table3RowSum,
  table3RowSums,
  TABLE4_RELATIONS,
} from '../src/template/relations.js';
import { TABLE3_COLUMNS, table3DataRowKeys } from '../src/template/table3.js';

describe('TABLE3_ROW_SUM and valuesStatus', () => {
  it('is table 三 row sum: six applicant cells, the total the seventh', () => {
    expect(TABLE3_ROW_SUM.left.at).toEqual([6]);
    expect(TABLE3_ROW_SUM.right.at).toEqual([0, 1, 2, 3, 4, 5]);
    expect(TABLE3_ROW_SUM.left.blankAsZero).toEqual([false]);
    expect(TABLE3_ROW_SUM.right.blankAsZero).toEqual([true, true, true, true, true, true]);
  });

  it('holds, fails, or is unknown (a blank total) as evaluateRelation says on the same row', () => {
    const rows: (number | null)[][] = [
      [1, 2, 0, 0, 0, 3, 6],
      [1, 2, 0, 0, 0, 3, 7],
      [1, null, null, 0, 0, 3, 4],
      [1, 2, 0, 0, 0, 3, null],
      [null, null, null, null, null, null, null],
      [0.1, 0.2, 0, 0, 0, 0, 0.3],
    ];
    const rel = table3RowSum('newReceived');
    const expected = ['holds', 'fails', 'holds', 'unknown', 'unknown', 'holds'];
    rows.forEach((v, i) => {
      const lookup = (a: string): Operand => v[table3ColumnIndex(a)] ?? 'blank';
      expect(evaluateRelation(rel, lookup, blankCountsAsZero).status).toBe(expected[i]);
      expect(valuesStatus(TABLE3_ROW_SUM, v)).toBe(expected[i]);
    });
  });

  it('counts a cell past the end of a short vector as a blank', () => {
    expect(valuesStatus(TABLE3_ROW_SUM, [1, 2, 3])).toBe('unknown');
  });

  it('compiles any equation over a vector (indexRelation)', () => {
    const rel = indexRelation(
      { left: ['x'], right: ['y', 'z'] },
      (a) => ['x', 'y', 'z'].indexOf(a),
      (a) => a !== 'x',
    );
    expect(valuesStatus(rel, [5, 2, 3])).toBe('holds');
    expect(valuesStatus(rel, [5, null, 3])).toBe('fails');
    expect(valuesStatus(rel, [null, 2, 3])).toBe('unknown');
  });
});

describe('operandsStatus', () => {
  /** A row of cells of our own kind: a number, a written blank, or nothing read. */
  type Cell = { n: number } | 'blank' | null;
  const operand = (c: Cell | undefined): Operand => (c === undefined || c === null ? null : c === 'blank' ? 'blank' : c.n);

  it('says what valuesStatus says, with each cell stated by the caller', () => {
    expect(operandsStatus<Cell>(TABLE3_ROW_SUM, [{ n: 1 }, 'blank', 'blank', 'blank', 'blank', { n: 2 }, { n: 3 }], operand)).toBe('holds');
    expect(operandsStatus<Cell>(TABLE3_ROW_SUM, [{ n: 1 }, 'blank', 'blank', 'blank', 'blank', { n: 2 }, { n: 4 }], operand)).toBe('fails');
    // a cell not read, a blank total (not reported): unknown
    expect(operandsStatus<Cell>(TABLE3_ROW_SUM, [{ n: 1 }, null, 'blank', 'blank', 'blank', { n: 2 }, { n: 3 }], operand)).toBe('unknown');
    expect(operandsStatus<Cell>(TABLE3_ROW_SUM, [{ n: 0 }, 'blank', 'blank', 'blank', 'blank', 'blank', 'blank'], operand)).toBe('unknown');
  });

  it('gives a cell at index -1 (not in the row) as undefined: unknown', () => {
    const rel = indexRelation(
      { left: ['x'], right: ['y', 'elsewhere'] },
      (a) => ['x', 'y'].indexOf(a),
      () => true,
    );
    expect(operandsStatus<Cell>(rel, [{ n: 3 }, { n: 3 }], operand)).toBe('unknown');
    expect(operandSideSum<Cell>(rel.left, [{ n: 3 }, { n: 3 }], operand)).toBe(3);
    expect(operandSideSum<Cell>(rel.right, [{ n: 3 }, { n: 3 }], operand)).toBeNull();
  });
});

describe('knownSideSum', () => {
  it('adds the numbers, a blank as nothing, and says whether a cell is unknown', () => {
    const cells: Record<string, Operand> = { a: 2, b: 'blank', c: null, d: 0.1, e: 0.2 };
    const lookup = (a: string): Operand => cells[a] ?? null;
    expect(knownSideSum(['a', 'b', 'd', 'e'], lookup)).toEqual({ sum: 2.3, complete: true });
    expect(knownSideSum(['a', 'c'], lookup)).toEqual({ sum: 2, complete: false });
    expect(knownSideSum([], lookup)).toEqual({ sum: 0, complete: true });
    // given how a blank counts: a blank that is not reported leaves the side incomplete
    expect(knownSideSum(['a', 'b'], lookup, (x) => x !== 'b')).toEqual({ sum: 2, complete: false });
    expect(knownSideSum(['a', 'b'], lookup, () => true)).toEqual({ sum: 2, complete: true });
  });
});

describe('the row equations of relations.ts', () => {
  it('table3RowSums: one T3.ROWSUM per data row of each version, in the rows order', () => {
    for (const version of ['2019', '2021'] as const) {
      const sums = table3RowSums(version);
      expect(sums.map((r) => r.row)).toEqual(table3DataRowKeys(version));
      expect(sums.every((r) => r.rule === 'T3.ROWSUM')).toBe(true);
      expect(sums).toEqual(table3Relations(version).filter((r) => r.rule === 'T3.ROWSUM'));
    }
  });

  it('isRowRelation: row sums and table-四 group totals, not the column equations', () => {
    const rules = table3Relations('2021')
      .filter(isRowRelation)
      .map((r) => r.rule);
    expect(new Set(rules)).toEqual(new Set(['T3.ROWSUM']));
    expect(TABLE4_RELATIONS.every(isRowRelation)).toBe(true);
  });

  it('relationsByAddress: the equations touching each cell', () => {
    const byAddress = relationsByAddress(table3Relations('2019'));
    const touching = byAddress.get('t3.newReceived.total') ?? [];
    // its column's balance and its row sum
    expect(touching.map((r) => r.rule).sort()).toEqual(['T3.BALANCE', 'T3.ROWSUM']);
    expect((byAddress.get('t3.results.total.naturalPerson') ?? []).map((r) => r.rule).sort()).toEqual([
      'T3.BALANCE',
      'T3.RESULTS',
      'T3.ROWSUM',
    ]);
    expect(byAddress.get('t3.nothing.total')).toBeUndefined();
  });

  it('table3ColumnIndex: the column of an address among TABLE3_COLUMNS, -1 for none', () => {
    expect(table3ColumnIndex('t3.results.total.total')).toBe(TABLE3_COLUMNS.length - 1);
    expect(table3ColumnIndex('t3.newReceived.naturalPerson')).toBe(0);
    expect(table3ColumnIndex('t3.newReceived.nothing')).toBe(-1);
  });
});
