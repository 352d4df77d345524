/**
 * Two readings of table 三 the ownership could not choose between (numbers after their labels or
 * before them) that state the same value in a cell from different source numbers, in a row one
 * reading contradicts (probe seed 559 p10, 2019 template, Chromium print through plain pdftotext,
 * blank cells): the total of `（一）予以公开` wrapped in its cell (`199` printed as `19` … `9`), the
 * numbers-after reading read the row one cell out of step (19 0 47 47 60 0 45, parts 173 against a
 * total of 45), the numbers-before reading gave it the row above's numbers (57 0 10 17 0 0 84), and
 * both stated `0` for 商业企业 and 其他 (truth 47 and 45): two silent cells.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../src/model/cell.js';
import { coincidentAgreement, table3RowContradicts } from '../src/repairs/coincident-agreement.js';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** Our report's truth for `（一）予以公开` (naturalPerson … total). */
const GRANTED = [0, 47, 47, 60, 0, 45, 199];

const KEYS = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'];

function at(value: number, start: number): Cell {
  return { status: 'value', value, raw: String(value), location: { start, end: start + 1, line: 1, column: 1 } };
}

function row(values: readonly number[], from: number): Record<string, unknown> {
  return Object.fromEntries(KEYS.map((k, j) => [k, at(values[j]!, from + j * 10)]));
}

describe('coincident agreement of two readings', () => {
  it('reads a row contradicting its arithmetic only when every cell is stated', () => {
    expect(table3RowContradicts(row([19, 0, 47, 47, 60, 0, 45], 0))).toBe(true);
    expect(table3RowContradicts(row([57, 0, 10, 17, 0, 0, 84], 0))).toBe(false);
    const blank = row([19, 0, 47, 47, 60, 0, 45], 0);
    blank.naturalPerson = { status: 'blank', value: null };
    expect(table3RowContradicts(blank)).toBe(false);
  });

  it('keeps an agreement from one source number, or in rows that both add up', () => {
    const a = row([19, 0, 47, 47, 60, 0, 45], 0);
    const b = row([57, 0, 10, 17, 0, 0, 84], 1000);
    const x = a.commercialEnterprise as Cell;
    expect(coincidentAgreement(x, b.commercialEnterprise as Cell, a, b, table3RowContradicts)).toBe(true);
    // the same source number in both readings: agreement
    expect(coincidentAgreement(x, x, a, a, table3RowContradicts)).toBe(false);
    // both rows add up: either reading right, the value is
    const c = row([57, 0, 10, 17, 0, 0, 84], 2000);
    expect(coincidentAgreement(b.commercialEnterprise as Cell, c.commercialEnterprise as Cell, b, c, table3RowContradicts)).toBe(false);
  });

  it('flags the cells of seed 559 p10 both readings stated from different numbers', () => {
    const cells = cellsUnder(readFixture('probe-559-p10-chromium-plain.txt'), 't3.results.granted.');
    expect(cells.map((c) => c.address.slice('t3.results.granted.'.length))).toEqual(KEYS);
    expect(statedWrong(cells, GRANTED)).toEqual([]);
    expect(cells.find((c) => c.address.endsWith('.commercialEnterprise'))?.status).toBe('ambiguous');
    expect(cells.find((c) => c.address.endsWith('.otherOrg'))?.status).toBe('ambiguous');
  });
});
