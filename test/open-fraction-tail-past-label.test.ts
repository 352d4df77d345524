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
function withRow(row: readonly string[]): string {
  const report = createReport({
    versions: VERSIONS,
    cells: { ...consistentCells(7, VERSIONS), [COUNT]: null, [AMOUNT]: 8835.59 },
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
