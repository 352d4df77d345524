/**
 * An equation with an ambiguous cell escapes validation, and so do the cells it states. Where no
 * choice of the ambiguous cells' candidates keeps it, the stated cells are named by an
 * `equation-unkept` warning (issue 12: probe seed 215 p08, a row whose count of seven numbers came
 * from a wrapped piece on the line below, read one column off with its last two cells ambiguous).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from 'zfxxgk-report';
import { unkeptEquations, type EquationCell } from '../src/repairs/unkept-equations.js';
import { roundSum } from '../src/template/arithmetic.js';
import { blankCountsAsZero, TABLE4_RELATIONS, type TableRelation } from '../src/template/relations.js';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';

const REVIEW = ['upheld', 'corrected', 'otherResult', 'pending', 'total'].map((c) => `t4.review.${c}`);

/** Table 四's 行政复议 group as `cells` (the other groups missing). */
function review(cells: readonly EquationCell[]): (address: string) => EquationCell {
  return (a) => cells[REVIEW.indexOf(a)] ?? { status: 'missing' };
}

describe('unkeptEquations', () => {
  it('names the stated cells of an equation no candidate keeps', () => {
    const v = (value: number): EquationCell => ({ status: 'value', value });
    const cells: EquationCell[] = [v(3), { status: 'blank' }, v(4), { status: 'ambiguous', candidates: [1, 2] }, v(20)];
    expect(unkeptEquations(TABLE4_RELATIONS, review(cells), blankCountsAsZero)).toMatchObject([
      {
        relation: { rule: 'T4.REVIEW' },
        addresses: ['t4.review.total', 't4.review.upheld', 't4.review.corrected', 't4.review.otherResult'],
      },
    ]);
  });

  it('leaves an equation some candidate keeps, one an ambiguous part keeps as blank, and one with a missing cell', () => {
    const v = (value: number): EquationCell => ({ status: 'value', value });
    const amb = (...candidates: number[]): EquationCell => ({ status: 'ambiguous', candidates });
    expect(unkeptEquations(TABLE4_RELATIONS, review([v(3), v(0), v(4), amb(1, 13), v(20)]), blankCountsAsZero)).toEqual([]);
    // (a part in doubt may be a blank that vanished: 3 + 0 + 4 + blank = 7)
    expect(unkeptEquations(TABLE4_RELATIONS, review([v(3), v(0), v(4), amb(5), v(7)]), blankCountsAsZero)).toEqual([]);
    expect(unkeptEquations(TABLE4_RELATIONS, review([v(3), { status: 'missing' }, v(4), amb(5), v(70)]), blankCountsAsZero)).toEqual([]);
    // (no ambiguous cell: validation checks it)
    expect(unkeptEquations(TABLE4_RELATIONS, review([v(3), v(0), v(4), v(5), v(70)]), blankCountsAsZero)).toEqual([]);
  });
});

/**
 * The definition the sums are kept by (issue 16, speed: integer sums are kept as bits over their
 * range, others in a set): each side's sums cell by cell in a set, the side not judged past 4,096.
 */
function unkeptByDefinition(
  relations: readonly TableRelation[],
  cellOf: (address: string) => EquationCell,
  blankAsZero: (address: string) => boolean,
): string[][] {
  const sums = (addresses: readonly string[]): Set<number> | null => {
    let s = new Set<number>([0]);
    for (const a of addresses) {
      const c = cellOf(a);
      if (c.status === 'missing' || (c.status === 'blank' && !blankAsZero(a))) return null;
      const options = c.status === 'blank' ? [0] : c.status === 'value' ? [c.value] : blankAsZero(a) ? [...c.candidates, 0] : c.candidates;
      const next = new Set<number>();
      for (const x of s) for (const o of options) next.add(roundSum(x + o));
      if (next.size > 4096) return null;
      s = next;
    }
    return s;
  };
  const out: string[][] = [];
  for (const rel of relations) {
    const cells = [...rel.left, ...rel.right];
    if (!cells.some((a) => cellOf(a).status === 'ambiguous')) continue;
    const left = sums(rel.left);
    const right = left && sums(rel.right);
    if (!left || !right || [...left].some((v) => right.has(v))) continue;
    const stated = cells.filter((a) => ['value', 'blank'].includes(cellOf(a).status));
    if (stated.length > 0) out.push(stated);
  }
  return out;
}

describe('unkeptEquations keeps the sums its definition does', () => {
  const named = (relations: readonly TableRelation[], cells: ReadonlyMap<string, EquationCell>, zero: (a: string) => boolean): string[][] =>
    unkeptEquations(relations, (a) => cells.get(a) ?? { status: 'missing' }, zero).map((u) => u.addresses);

  it('at the bound of 4,096 sums: 12 cells of two choices each are judged, 13 are not', () => {
    for (const n of [12, 13]) {
      const parts = Array.from({ length: n }, (_, i) => `p${i}`);
      // (each part 2^i or a vanished blank: the sums 0 … 2^n − 1, each once)
      const cells = new Map<string, EquationCell>(parts.map((p, i) => [p, { status: 'ambiguous', candidates: [2 ** i] }]));
      cells.set('total', { status: 'value', value: 2 ** n });
      const relations: TableRelation[] = [{ rule: 'T3.BALANCE', left: ['total'], right: parts }];
      const got = named(relations, cells, () => true);
      expect(got).toEqual(n === 12 ? [['total']] : []);
      expect(got).toEqual(
        unkeptByDefinition(
          relations,
          (a) => cells.get(a) ?? { status: 'missing' },
          () => true,
        ),
      );
    }
  });

  it('on random equations of integers, wide integers, fractions and blanks that count or not', () => {
    let seed = 16;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const value = (wide: boolean): number =>
      random() < 0.9
        ? Math.floor(random() * (wide ? 3000 : 30))
        : ([0.5, 1.25, -3, 2.5e9, 70000, 123456][Math.floor(random() * 6)] as number);
    for (let round = 0; round < 400; round++) {
      const wide = random() < 0.3;
      const addresses = Array.from({ length: 1 + Math.floor(random() * 12) }, (_, i) => `c${i}`);
      const cells = new Map<string, EquationCell>();
      for (const a of addresses) {
        const r = random();
        if (r < 0.05) cells.set(a, { status: 'missing' });
        else if (r < 0.15) cells.set(a, { status: 'blank' });
        else if (r < 0.5) cells.set(a, { status: 'value', value: value(wide) });
        else cells.set(a, { status: 'ambiguous', candidates: Array.from({ length: Math.floor(random() * 5) }, () => value(wide)) });
      }
      const relations: TableRelation[] = [0, 1, 2].map(() => {
        const at = 1 + Math.floor(random() * Math.min(3, addresses.length - 1 || 1));
        return { rule: 'T3.BALANCE', left: addresses.slice(0, at), right: addresses.slice(at) };
      });
      const zero = (a: string): boolean => a.length % 2 === 0 || a === 'c1';
      expect(named(relations, cells, zero)).toEqual(unkeptByDefinition(relations, (a) => cells.get(a) ?? { status: 'missing' }, zero));
    }
  });
});

describe('probe seed 215 p08 (2019, full-width digits, blanks written as nothing): rows read from a wrapped piece on another line', () => {
  /** The addresses an `equation-unkept` warning of `text` names. */
  const named = (text: string): string[] =>
    parseReport(text).diagnostics.flatMap((d) => (d.code === 'equation-unkept' ? (d.addresses ?? []) : []));

  it('Chromium -layout: 4.保护第三方合法权益 read one column off (`… ５６ １２` over `３` for 123) is named (was 0 16 0 51 56, silently)', () => {
    const text = readFixture('probe-215-p08-chromium-layout.txt');
    const row = 't3.results.denied.thirdPartyRights.';
    const got = cellsUnder(text, row);
    expect(got.map((c) => (c.status === 'value' ? c.value : c.status))).toEqual([0, 16, 0, 51, 56, 'ambiguous', 'ambiguous']);
    expect(named(text)).toEqual(expect.arrayContaining(got.filter((c) => c.status === 'value').map((c) => c.address)));
  });

  it('LibreOffice -layout: （一）予以公开 whose total is `１０` above the row and `０` below it is named (was 0, silently)', () => {
    const text = readFixture('probe-215-p08-lo-layout.txt');
    const got = cellsUnder(text, 't3.results.granted.');
    expect(got.filter((c) => c.status === 'value').map((c) => [c.address, c.value])).toEqual([
      ['t3.results.granted.commercialEnterprise', 37],
      ['t3.results.granted.total', 0],
    ]);
    expect(named(text)).toEqual(expect.arrayContaining(['t3.results.granted.total', 't3.results.granted.commercialEnterprise']));
  });
});
