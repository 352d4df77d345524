/**
 * A decimal amount cut at its point whose other piece comes after a piece of the row's wrapped label
 * (issue 12, probe seed 371 p04, Chromium's print of our own report: `政府集中采` / `８８３５．` / `购` /
 * `５９` in plain text, `政府集中采      ８８３５．` over `购          ５９` laid out with the label at the
 * page's edge, the tail a column left of the head). The head was read as a candidate only (nothing
 * joined it), but the tail past the label's last piece was stated as the amount: 59 for 8835.59, the
 * count blank, no rule to show it. Now the first number after the cut one, within two lines, past
 * label text only and the only number on its line, is a candidate too (`open-fractions.ts`).
 * Texts below are ours, written for the test (the tokens' in ASCII digits: the reader reads full-width
 * digits so before it tokenises).
 */
import { describe, expect, it } from 'vitest';
import { procurement, tokensOf, withRow as withRowOf } from './helpers/procurement-row.js';

/** Our report with the amount 8835.59 and a blank count, the procurement row's line replaced by `row`. */
const withRow = (row: readonly string[]): string => withRowOf(row, null, 8835.59);

describe('a cut amount, its tail after a piece of the wrapped label', () => {
  it('plain text: `政府集中采` / `８８３５．` / `购` / `５９` states neither number', () => {
    expect(tokensOf(['政府集中采', '8835.', '购', '59'])).toEqual([
      '0 label 政府集中采',
      '1 value 8835. (candidate)',
      '2 label 购',
      '3 value 59 (candidate)',
    ]);
    expect(procurement(withRow(['政府集中采', '８８３５．', '购', '５９']))).toEqual({
      count: ['ambiguous', 8835],
      amount: ['ambiguous', 59],
    });
  });

  it('laid out, the label at the page edge and the tail set a column left of the head: neither is stated', () => {
    const row = [' 政府集中采      ８８３５．', '   购          ５９'];
    expect(tokensOf([' 政府集中采      8835.', '   购          59'])).toEqual([
      '0 label 政府集中采',
      '0 value 8835. (candidate)',
      '1 label 购',
      '1 value 59 (candidate)',
    ]);
    expect(procurement(withRow(row))).toEqual({ count: ['ambiguous', 8835], amount: ['ambiguous', 59] });
  });

  it('leaves alone a number further than two lines, one beside another number, and the rows after a joined amount', () => {
    expect(tokensOf(['政府集中采', '8835.', '购', '其他', '59'])).toEqual([
      '0 label 政府集中采',
      '1 value 8835. (candidate)',
      '2 label 购',
      '3 label 其他',
      '4 value 59',
    ]);
    expect(tokensOf(['政府集中采', '8835.', '购', '59 6'])).toEqual([
      '0 label 政府集中采',
      '1 value 8835. (candidate)',
      '2 label 购',
      '3 value 59',
      '3 value 6',
    ]);
    // (joined on the next line, as before: nothing left open)
    expect(tokensOf(['政府集中采购', '8835.', '59', '合计', '12'])).toEqual([
      '0 label 政府集中采购',
      '1 value 8835.59',
      '3 label 合计',
      '4 value 12',
    ]);
  });
});
