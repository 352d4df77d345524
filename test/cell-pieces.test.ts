/**
 * A number wrapped inside its narrow cell, in a block stream (plain pdftotext of a LibreOffice
 * print): the cell is one block of lines (`12` / `6` for 126) between the blank lines that set off
 * the other cells. Our own text (test/helpers/fixtures.ts pipeReport) as a block stream.
 */
import { describe, expect, it } from 'vitest';
import { joinCellPieces } from '../src/repairs/cell-pieces.js';
import { newlyCheckedValues, statesMoreKeepingEvery } from '../src/tables/more-stated.js';
import { pipeReport } from './helpers/fixtures.js';
import { asBlockStream } from './helpers/block-stream.js';
import { cellsOf, raws, value } from './helpers/block-pieces.js';

const OTHER = '3.其他';

describe('numbers wrapped in their cells, in a block stream', () => {
  it('reads a wrapped number whole: its pieces are one block', () => {
    const text = asBlockStream(
      pipeReport({ [OTHER]: '4 | 0 | 0 | 126 | 0 | 0 | 130' }),
      new Map([[OTHER, [OTHER, '4', '0', '0', '12\n6', '0', '0 130']]]),
    );
    const cells = cellsOf(text);
    expect(cells.get('t3.results.otherHandling.other.publicInterestOrg')).toMatchObject({ status: 'value', value: 126 });
    expect(cells.get('t3.results.otherHandling.other.naturalPerson')).toMatchObject({ status: 'value', value: 4 });
    expect(cells.get('t3.results.otherHandling.other.total')).toMatchObject({ status: 'value', value: 130 });
  });

  it('keeps two cells of one block apart where joined they would break the row', () => {
    // `12` / `6` fits a wrapped number's shape, but the row is 4 0 0 12 6 0 22: joined, the row is
    // one number short, so the reading as printed stands.
    const text = asBlockStream(
      pipeReport({ [OTHER]: '4 | 0 | 0 | 12 | 6 | 0 | 22' }),
      new Map([[OTHER, [OTHER, '4', '0', '0', '12\n6', '0 22']]]),
    );
    const cells = cellsOf(text);
    expect(cells.get('t3.results.otherHandling.other.publicInterestOrg')).toMatchObject({ status: 'value', value: 12 });
    expect(cells.get('t3.results.otherHandling.other.legalServiceOrg')).toMatchObject({ status: 'value', value: 6 });
    expect(cells.get('t3.results.otherHandling.other.total')).toMatchObject({ status: 'value', value: 22 });
  });

  it('joins only a block set off by blank lines whose pieces break as a wrapped number does', () => {
    // a block of its own, pieces of the first's width then a shorter one
    expect(raws(joinCellPieces([value('15', 1, 1), value('27', 2, 0), value('4', 3, 0), value('9', 5, 1)]))).toEqual(['15274', '9']);
    // a first piece starting with 0, or a later piece wider than the first: two cells
    expect(raws(joinCellPieces([value('0', 1, 1), value('5', 2, 0), value('9', 4, 1)]))).toEqual(['0', '5', '9']);
    expect(raws(joinCellPieces([value('5', 1, 1), value('12', 2, 0), value('9', 4, 1)]))).toEqual(['5', '12', '9']);
    // no blank line before the block, or none after it: the lines are no block of their own
    expect(raws(joinCellPieces([value('12', 1, 0), value('6', 2, 0), value('9', 4, 1)]))).toEqual(['12', '6', '9']);
    expect(raws(joinCellPieces([value('12', 1, 1), value('6', 2, 0), value('9', 3, 0)]))).toEqual(['12', '6', '9']);
  });

  const v = (value: number) => ({ status: 'value', value });
  const m = { status: 'missing' };
  /** Table 三 (2021) with only its first row: two applicant cells, the four others `rest`, and its total. */
  const firstRow = (a: object, b: object, rest: object, total: object) => ({
    version: '2021',
    newReceived: {
      naturalPerson: a,
      commercialEnterprise: b,
      researchInstitution: rest,
      publicInterestOrg: rest,
      legalServiceOrg: rest,
      otherOrg: rest,
      total,
    },
  });

  it('keeps a second reading only where it states more, takes nothing back and breaks no row sum', () => {
    // (the four other applicant cells blank)
    const row = (a: object, b: object, total: object) => firstRow(a, b, { status: 'blank' }, total);
    // more stated, the printed cells kept, the sum holds
    expect(statesMoreKeepingEvery(row(v(4), m, v(10)), row(v(4), v(6), v(10)))).toBe(true);
    // a stated cell read otherwise
    expect(statesMoreKeepingEvery(row(v(4), m, v(10)), row(v(5), v(5), v(10)))).toBe(false);
    // no more cells stated
    expect(statesMoreKeepingEvery(row(v(4), v(6), v(10)), row(v(4), v(6), v(10)))).toBe(false);
  });

  it('takes a new row of values missing its sum (T3.ROWSUM, as validation evaluates it) as breaking it', () => {
    // (the four other applicant cells 0: a row of values)
    const row = (a: object, b: object, total: object) => firstRow(a, b, v(0), total);
    expect(statesMoreKeepingEvery(row(v(4), m, v(10)), row(v(4), v(7), v(10)))).toBe(false);
    expect(statesMoreKeepingEvery(row(v(4), m, v(10)), row(v(4), v(6), v(10)))).toBe(true);
    // the values a reading newly states in a row whose sum it checks
    expect([...newlyCheckedValues(row(v(4), m, v(10)), row(v(4), v(6), v(10)))]).toEqual([[6, 1]]);
    expect(newlyCheckedValues(row(v(4), m, v(10)), row(v(4), v(7), v(10))).size).toBe(0);
    // a table naming no version: no row sum to check, nothing newly checked
    expect(newlyCheckedValues({}, { newReceived: { total: v(1) } }).size).toBe(0);
  });
});
