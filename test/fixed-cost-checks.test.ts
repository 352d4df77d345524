/**
 * Work every parse paid whatever the text (issue 16, perf17), cut without a reading changed: the
 * checks that run after the tables are read evaluate the column equations without building an
 * outcome's lists (`failingResidual`, `keptByColumnEquations` through `relationStatus`), the
 * column-order check (`movedColumn`) answers a row of numbers and blanks whose sum does not fail as
 * read without walking its combinations, and table 三's label beginnings (where a band of wrapped
 * cells may end) are made once per template definition. Each is checked here against the reading it
 * replaces, on random inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { movedColumn, type MovedColumnCell, type MovedColumnRow } from '../src/repairs/moved-column.js';
import { labelBeginnings, templateLabelBeginnings } from '../src/tables/band-end.js';
import { evaluateRelation, failingResidual, keptByColumnEquations, type Operand } from '../src/template/arithmetic.js';
import type { TableRelation } from '../src/template/relations.js';
import { table3Definition } from '../src/template/table3.js';

const ADDRESSES = ['t3.a.x', 't3.a.y', 't3.b.x', 't3.b.y', 't3.c.x', 't3.c.y', 't3.d.x'];

/** An operand: a count, a decimal, a blank, or unknown. */
const operand = fc.oneof(
  fc.integer({ min: 0, max: 9 }),
  fc.integer({ min: 0, max: 300 }).map((n) => n / 100),
  fc.constant<Operand>('blank'),
  fc.constant<Operand>(null),
);

const side = fc.uniqueArray(fc.constantFrom(...ADDRESSES), { minLength: 1, maxLength: 4 });

const relation = fc.record({ left: side, right: side, column: fc.option(fc.constantFrom('x', 'y'), { nil: undefined }) });

const world = fc.record({
  values: fc.array(operand, { minLength: ADDRESSES.length, maxLength: ADDRESSES.length }),
  zero: fc.array(fc.boolean(), { minLength: ADDRESSES.length, maxLength: ADDRESSES.length }),
});

/** A lookup and a blank-as-zero rule over `ADDRESSES`. */
function lookups(w: { values: Operand[]; zero: boolean[] }): [(a: string) => Operand, (a: string) => boolean] {
  return [(a) => w.values[ADDRESSES.indexOf(a)] ?? null, (a) => w.zero[ADDRESSES.indexOf(a)] === true];
}

describe('the equations as the checks after reading evaluate them', () => {
  it('failingResidual is evaluateRelation’s left − right where it fails, null elsewhere', () => {
    fc.assert(
      fc.property(relation, world, (rel, w) => {
        const [lookup, zero] = lookups(w);
        const o = evaluateRelation(rel, lookup, zero);
        expect(failingResidual(rel, lookup, zero)).toBe(o.status === 'fails' ? o.left - o.right : null);
      }),
      { numRuns: 4000, seed: 1617 },
    );
  });

  it('keptByColumnEquations keeps the cells of the holding column equations, in order', () => {
    fc.assert(
      fc.property(fc.array(relation, { maxLength: 6 }), world, (rels, w) => {
        const [lookup, zero] = lookups(w);
        const relations = rels.map((r, i) => ({ ...r, rule: `R${i}` }) as unknown as TableRelation);
        const expected = new Set<string>();
        for (const rel of relations)
          if (rel.column !== undefined && evaluateRelation(rel, lookup, zero).status === 'holds')
            for (const a of [...rel.left, ...rel.right]) expected.add(a);
        expect([...keptByColumnEquations(relations, lookup, zero)]).toEqual([...expected]);
      }),
      { numRuns: 2000, seed: 1617 },
    );
  });
});

/** The row sum of a combination in header order (the total last): 'holds', 'fails' or 'unknown'. */
function sumOf(values: readonly Operand[]): 'holds' | 'fails' | 'unknown' {
  const total = values[values.length - 1];
  if (typeof total !== 'number') return 'unknown';
  let sum = 0;
  for (const v of values.slice(0, -1)) {
    if (typeof v === 'number') sum += v;
    else if (v !== 'blank') return 'unknown';
  }
  return Math.abs(Math.round(sum * 1e6) / 1e6 - total) < 1e-9 ? 'holds' : 'fails';
}

/** Every combination of a row's cells (an ambiguous cell: each candidate or a blank); null if a cell was not read. */
function combinations(cells: readonly MovedColumnCell[]): Operand[][] | null {
  let out: Operand[][] = [[]];
  for (const c of cells) {
    if (c === null) return null;
    const options: Operand[] = typeof c === 'object' ? [...c.candidates, 'blank'] : [c];
    out = out.flatMap((p) => options.map((o) => [...p, o]));
  }
  return out;
}

/**
 * The module comment's evidence rule, by brute force: every combination fails as read, and one holds
 * read with the first part printed after the total (place i holds header column i + 1, the last place
 * header column 0).
 */
function isEvidence(row: MovedColumnRow): boolean {
  const all = combinations(row.cells);
  if (!all) return false;
  const n = row.cells.length;
  const reread = (v: Operand[]): Operand[] => {
    const out = new Array<Operand>(n).fill(null);
    for (let i = 0; i < n; i++) out[(i + 1) % n] = v[i] as Operand;
    return out;
  };
  return all.every((v) => sumOf(v) === 'fails') && all.some((v) => sumOf(reread(v)) === 'holds');
}

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 6 }) },
  { weight: 2, arbitrary: fc.constant<MovedColumnCell>('blank') },
  { weight: 1, arbitrary: fc.constant<MovedColumnCell>(null) },
  { weight: 1, arbitrary: fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 3 }).map((c) => ({ candidates: c })) },
);

describe('the column-order check on rows of numbers and blanks', () => {
  it('finds the evidence rows the brute-force rule finds, whatever the rows', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (cellRows) => {
        const rows = cellRows.map((cells, r) => ({ row: `t3.r${r}`, cells, addresses: cells.map((_, c) => `t3.r${r}.c${c}`) }));
        const found = movedColumn(rows);
        const evidence = rows.filter(isEvidence).map((r) => r.row);
        expect(found?.evidence ?? []).toEqual(evidence);
      }),
      { numRuns: 3000, seed: 1617 },
    );
  });

  it('a row of stated cells that fails as read and holds with a part after the total is still evidence', () => {
    // (as read 1 + 2 + blank + 6 ≠ 3; with the first part printed last: 3 + 1 + 2 + blank = 6, the total)
    const rows: MovedColumnRow[] = [
      { row: 't3.a', cells: [1, 2, 'blank', 6, 3], addresses: ['a0', 'a1', 'a2', 'a3', 'a4'] },
      { row: 't3.b', cells: [1, 1, 0, 0, 2], addresses: ['b0', 'b1', 'b2', 'b3', 'b4'] },
    ];
    expect(movedColumn(rows)?.evidence).toEqual(['t3.a']);
  });
});

describe('table 三’s label beginnings', () => {
  it('are made once per template definition, the same strings as before', () => {
    for (const version of ['2019', '2021'] as const) {
      const rows = table3Definition(version).rows;
      const once = templateLabelBeginnings(rows);
      expect(once).toEqual(labelBeginnings(rows.map((d) => d.label)));
      expect(templateLabelBeginnings(rows)).toBe(once);
    }
  });
});
