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
import { createReport, listCells, parseReport } from 'zfxxgk-report';
import { lexLines } from '../src/grammar/lines.js';
import { detectLayout, tokenize, type TableToken } from '../src/tables/tokens.js';
import { consistentCells } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';

const ROW = 't2.art20_9.centralizedProcurement';
const AMOUNT = `${ROW}.procurementTotalAmount`;
const COUNT = `${ROW}.procurementItemCount`;
const VERSIONS = { table2: '2019', table3: '2019' } as const;

/** The tokens of some lines as `line kind text`, breaks left out, a number not proven marked. */
function tokensOf(lines: readonly string[]): string[] {
  const lexed = lexLines(lines.join('\n'));
  return tokenize(lexed, detectLayout(lexed))
    .filter((t): t is Exclude<TableToken, { kind: 'break' }> => t.kind !== 'break')
    .map((t) => `${t.line} ${t.kind} ${t.kind === 'label' ? t.text : t.raw}${t.kind === 'value' && t.endUnproven ? ' (candidate)' : ''}`);
}

/** A 2019 report of our own, `pdftotext -layout` style, the procurement row's line replaced by `row`. */
function withRow(row: readonly string[], count: number | null, amount: number): string {
  const report = createReport({
    versions: VERSIONS,
    cells: { ...consistentCells(7, VERSIONS), [COUNT]: count, [AMOUNT]: amount },
    meta: { agency: '示例县示例局', year: 2020 },
  });
  const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const at = lines.findIndex((l) => l.includes('政府集中采购'));
  lines.splice(at, 1, ...row);
  return lines.join('\n');
}

/** The procurement row's cells: the value, or the status with the candidates. */
function procurement(text: string): { count: unknown; amount: unknown } {
  const { report } = parseReport(text);
  const cells = new Map((report ? listCells(report) : []).map((c) => [c.address, c]));
  const read = (address: string): unknown => {
    const c = cells.get(address);
    return c === undefined ? null : c.status === 'value' ? c.value : [c.status, ...(c.candidates ?? [])];
  };
  return { count: read(COUNT), amount: read(AMOUNT) };
}

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
