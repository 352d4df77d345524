/**
 * A decimal amount cut before its point, its head of digits on the wrapped label's first line and
 * its tail on the next (issue 12, probe seed 380 p06, Chromium's print of our own report: plain text
 * `政府集中` / `１２９７` / `采购` / `２．６２`, `-layout` text `政府集中      １２９７` over
 * `采购       ２．６２`, the count blank, the amount 12972.62). Both numbers were stated, 1297 as
 * the count and 2.62 as the amount, no rule to show it. A number of one line beside a wrapped label
 * stands on the row's first line with the row's other numbers, never past a piece of the label; so a
 * whole decimal number and a piece of digits past label text only, each the only number on its line
 * within two lines (their columns meeting where a line is set in from the margin), may be one
 * number: both read as candidates only (`open-fractions.ts`, `pieceAcrossLabel`). Nothing is joined.
 * Texts below are ours, written for the test (the tokens' in ASCII digits).
 */
import { describe, expect, it } from 'vitest';
import { procurement, tokensOf, withRow } from './helpers/procurement-row.js';

describe('a decimal amount cut before its point, a piece of the wrapped label between', () => {
  it('plain text: `政府集中` / `１２９７` / `采购` / `２．６２` states neither number', () => {
    expect(tokensOf(['政府集中', '1297', '采购', '2.62'])).toEqual([
      '0 label 政府集中',
      '1 value 1297 (candidate)',
      '2 label 采购',
      '3 value 2.62 (candidate)',
    ]);
    expect(procurement(withRow(['政府集中', '１２９７', '采购', '２．６２'], null, 12972.62))).toEqual({
      count: ['ambiguous', 1297],
      amount: ['ambiguous', 2.62],
    });
  });

  it('laid out, the label at the page edge, the pieces in one column: neither is stated', () => {
    expect(tokensOf([' 政府集中      1297', '  采购       2.62'])).toEqual([
      '0 label 政府集中',
      '0 value 1297 (candidate)',
      '1 label 采购',
      '1 value 2.62 (candidate)',
    ]);
    expect(procurement(withRow([' 政府集中      １２９７', '  采购       ２．６２'], null, 12972.62))).toEqual({
      count: ['ambiguous', 1297],
      amount: ['ambiguous', 2.62],
    });
  });

  it('the other way: a whole decimal, then a label piece, then digits', () => {
    expect(tokensOf(['政府集中', '1297.6', '采购', '2'])).toEqual([
      '0 label 政府集中',
      '1 value 1297.6 (candidate)',
      '2 label 采购',
      '3 value 2 (candidate)',
    ]);
  });

  it('leaves alone the count and amount on the label first line, numbers beside others, pieces in other columns', () => {
    expect(tokensOf(['政府集中', '5', '4815.35', '采购'])).toEqual(['0 label 政府集中', '1 value 5', '2 value 4815.35', '3 label 采购']);
    expect(procurement(withRow(['政府集中', '５', '４８１５．３５', '采购'], 5, 4815.35))).toEqual({ count: 5, amount: 4815.35 });
    expect(tokensOf(['政府集中 11', '1768', '采购', '8.39 4'])).toEqual([
      '0 label 政府集中',
      '0 value 11',
      '1 value 1768',
      '2 label 采购',
      '3 value 8.39',
      '3 value 4',
    ]);
    // (laid out: the count's column and the amount's apart)
    expect(tokensOf(['  政府集中      12', '  采购              345.67'])).toEqual([
      '0 label 政府集中',
      '0 value 12',
      '1 label 采购',
      '1 value 345.67',
    ]);
  });
});

/**
 * The same cut where the amount's point pulled its first digit down (issue 12, probe seed 430 p10,
 * Chromium's print of our own report: `政府集中` / `７８８` / `采购` / `６．１７`, the amount 7886.17 in a
 * cell four characters wide; a point never begins a line, so the `６` before it went down with it and
 * the lower piece is a character wider than the upper). The width rule (the upper piece no narrower
 * than the lower) left it out, and 788 and 6.17 were stated as the count and the amount, silently.
 */
describe('a decimal amount cut before its point, its first digit pulled down with the point', () => {
  it('plain text: `７８８` / `采购` / `６．１７` states neither number', () => {
    expect(tokensOf(['政府集中', '788', '采购', '6.17'])).toEqual([
      '0 label 政府集中',
      '1 value 788 (candidate)',
      '2 label 采购',
      '3 value 6.17 (candidate)',
    ]);
    expect(procurement(withRow(['政府集中', '７８８', '采购', '６．１７'], null, 7886.17))).toEqual({
      count: ['ambiguous', 788],
      amount: ['ambiguous', 6.17],
    });
  });

  it('laid out, the pieces in one column: neither is stated', () => {
    expect(procurement(withRow([' 政府集中       ７８８', '  采购        ６．１７'], null, 7886.17))).toEqual({
      count: ['ambiguous', 788],
      amount: ['ambiguous', 6.17],
    });
  });

  it('leaves alone an upper piece two characters narrower, and a lower piece with two digits before its point', () => {
    expect(tokensOf(['政府集中', '78', '采购', '6.17'])).toEqual(['0 label 政府集中', '1 value 78', '2 label 采购', '3 value 6.17']);
    expect(tokensOf(['政府集中', '788', '采购', '61.75'])).toEqual(['0 label 政府集中', '1 value 788', '2 label 采购', '3 value 61.75']);
  });
});
