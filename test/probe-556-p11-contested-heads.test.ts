/**
 * Table 三 of our own 2021 report with wide numbers (`digits`), through Chromium's print and plain
 * `pdftotext` (probe seed 556 p11): in the row `1.属于国家秘密` the counts 15083 (商业企业) and 57962
 * (科研机构) wrapped in their cells (`１５０８` over `３`, `５７９６` over `２`). The print centres the row's
 * one-line numbers between the pieces, so the text reads `１５０８` / `５７９６` / `０` / `１６` /
 * `７３３９ １１８６ ８１５８６` / … / `３` / `２`: the two heads lead the row though their columns are the
 * second and third. The wrapped pieces keep the row's sum in more than one way (the tails `３` and `２`
 * exchanged), so both heads stayed contested; but the numbers printed between the heads and their
 * tails were stated in the order of the text, and 0 (自然人's) was stated as 科研机构's 57962. Every
 * placing of the heads among those numbers that keeps the row's sum is now a candidate.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedOtherwise } from './helpers/probe-fixtures.js';
import { contestedHeadsTrade } from '../src/tables/head-above-centred.js';

const STATE_SECRET = 't3.results.denied.stateSecret.';

describe("probe 556 p11 (chromium-plain): contested heads above the row's centred numbers", () => {
  const text = readFixture('probe-556-p11-chromium-plain.txt');

  it('states no cell of 属于国家秘密 otherwise than printed', () => {
    expect(cellsUnder(text, STATE_SECRET)).toHaveLength(7);
    expect(statedOtherwise(text, STATE_SECRET, [0, 15083, 57962, 16, 7339, 1186, 81586])).toEqual([]);
  });

  it('contests the numbers printed between the heads and their tails; the total stays stated', () => {
    const cells = cellsUnder(text, STATE_SECRET);
    expect(cells.slice(0, 6).map((c) => c.status)).toEqual(new Array(6).fill('ambiguous'));
    expect(cells[0]?.candidates).toEqual([1508, 15083, 15082, 0]);
    expect(cells[1]?.candidates).toContain(15083);
    expect(cells[2]?.candidates?.slice(0, 2)).toEqual([0, 57962]);
    expect(cells[5]?.candidates).toEqual([1186, 57962, 57963]);
    expect(cells[6]?.status).toBe('value');
    expect(cells[6]?.value).toBe(81586);
  });
});

describe('contestedHeadsTrade', () => {
  const token = (value: number, line: number, column?: number) => ({
    kind: 'value' as const,
    raw: String(value),
    start: 0,
    end: 0,
    line,
    gapBefore: 0,
    lineStart: true,
    ...(column === undefined ? {} : { column }),
    content: { value } as never,
  });
  const sumHolds = (v: readonly (number | null)[]): boolean => v.slice(0, 6).reduce<number>((a, x) => a + (x ?? 0), 0) === v[6];
  const row = (headColumn?: number) => [
    { status: 'ambiguous' as const, candidates: [12, 123, 124], tokens: [token(12, 1, headColumn)] },
    { status: 'value' as const, token: token(5, 2) },
    { status: 'value' as const, token: token(6, 2) },
    { status: 'value' as const, token: token(0, 2) },
    { status: 'value' as const, token: token(0, 2) },
    { status: 'value' as const, token: token(0, 2) },
    { status: 'value' as const, token: token(134, 2) },
  ];
  const ways = [{ values: [123, 5, 6, 0, 0, 0, 134] }];

  it('contests the stated numbers printed between a contested head and its tail', () => {
    const trade = contestedHeadsTrade(row() as never, [0], 3, ways, () => false, sumHolds);
    expect(trade?.columns).toEqual([0, 1, 2, 3, 4, 5]);
    expect(trade?.candidates[0]).toEqual([12, 123, 124, 5]);
    expect(trade?.candidates[1]).toEqual([5, 123, 6]);
  });

  it('leaves a head placed by position, or one with no number before its tail, alone', () => {
    expect(contestedHeadsTrade(row(8) as never, [0], 3, ways, (t) => t.column !== undefined, sumHolds)).toBeNull();
    expect(contestedHeadsTrade(row() as never, [0], 2, ways, () => false, sumHolds)).toBeNull();
  });
});
