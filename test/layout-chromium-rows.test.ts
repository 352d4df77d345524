/**
 * Table 三 in `pdftotext -layout` text of a browser's print (issue 12, the flagged classes of
 * chromium-layout on the probe seeds, docs/gauntlet.md):
 * - two rows whose right-hand cells came out on lines of their own below both label lines, the
 *   first row's between the pieces of the second row's wrapped label: the pieces are no evidence
 *   of whose they are where the arithmetic rules them out, and the count and the row sums split them;
 * - a row whose last two cells touch (`18266` for 18 and 266): the row reads one number short,
 *   and its widest number is cut in two where the table's equations confirm it.
 * Our own report (test/helpers/fixtures.ts consistentCells), printed by test/helpers/layout-text.ts
 * and damaged here; before, both rows of the first case and the whole row of the second were flagged.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, type Report } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { table3 } from './helpers/table3-reading.js';
import { APPLICANTS } from './helpers/block-stream.js';
import { renderLayoutText, rowItemAt } from './helpers/layout-text.js';
import { runTogetherReadings } from '../src/tables/run-together.js';
import { TABLE3_ROW_SUM } from '../src/template/arithmetic.js';
import { WorkBudget } from '../src/tables/budget.js';
import type { RowSegment } from '../src/tables/rows.js';

const VERSIONS = { table2: '2021', table3: '2021' } as const;

/** Seed 7's consistent report (every total written). */
function seven(): Report {
  return createReport({ versions: VERSIONS, cells: consistentCells(7, VERSIONS, 20), meta: { agency: '示例县示例局', year: 2023 } });
}

/** The character column where the `n`-th number (from 0) of a layout line starts. */
function numberAt(line: string, n: number): number {
  const starts = [...line.matchAll(/(?<= )\d+(?= |$)/g)].map((m) => m.index);
  return starts[n] as number;
}

describe('table 三 in -layout text: two rows whose right-hand cells stand on lines of their own', () => {
  it("gives each line of right-hand cells to the row whose sum it keeps, not the wrapped label's row around it", () => {
    // 3.要求提供公开出版物 3 0 0 0 0 5 8 and 4.无正当理由大量反复申请 6 0 10 0 5 0 21: each label
    // line keeps its row's first four cells; the last three of the first row stand on a line of their
    // own, then the second row's beside the last piece of its wrapped label (`申请`), and the group
    // label （五）不予处理 wraps around both rows (`（五）不予处` … `理`).
    const truth = seven();
    const lines = renderLayoutText(truth, { wrap: 'none' }).split('\n');
    const g = lines.findIndex((l) => l.startsWith('（五）不予'));
    expect(lines[g + 1]).toBe('处理');
    lines.splice(g, 2, (lines[g] as string).replace('（五）不予', '     '));
    const a = lines.findIndex((l) => l.includes('3.要求提供公开出版物'));
    const b = lines.findIndex((l) => l.includes('4.无正当理由大量反复申请'));
    expect(b).toBe(a + 1);
    const first = lines[a] as string;
    const second = lines[b] as string;
    const cut = numberAt(first, 4) - 1;
    expect(numberAt(second, 4) - 1).toBe(cut);
    const rest = (line: string, head: string): string => head.padEnd(cut) + line.slice(cut);
    lines.splice(
      a,
      2,
      `（五）不予处${first.slice(6, cut)}`,
      second.slice(0, cut).replace('申请', '  '),
      rest(first, ''),
      rest(second, '理         申请'),
    );
    expect(lines.slice(a, a + 4).map((l) => l.trim().split(/ +/))).toEqual([
      ['（五）不予处', '3.要求提供公开出版物', '3', '0', '0', '0'],
      ['4.无正当理由大量反复', '6', '0', '10', '0'],
      ['0', '5', '8'],
      ['理', '申请', '5', '0', '21'],
    ]);
    const { want, got, codes } = table3(truth, lines.join('\n'));
    expect(got).toEqual(want);
    expect(codes).toContain('rows-interleaved t3.results.notProcessed.publication');
  });
});

describe('table 三 in -layout text: the last two cells of a row printed without a gap', () => {
  it('reads 18266 as 18 and 266 where the row sum and the column equations confirm the cut', () => {
    // 一、本年新收政府信息公开申请数量 95 19 18 71 45 18 266: the other organisations' 18 and the total
    // 266 touch. No number of a whole row of the table has more than three digits.
    const truth = seven();
    const lines = renderLayoutText(truth, { wrap: 'none' }).split('\n');
    const k = lines.findIndex((l) => l.includes('一、本年新收政府信息公开申请数量'));
    lines[k] = (lines[k] as string).replace(/ 18 +266$/, ' 18266');
    expect(lines[k]).toMatch(/ 45 +18266$/);
    const { want, got } = table3(truth, lines.join('\n'));
    expect(got).toEqual(want);
  });

  it('cuts only a number wider than any of a whole row, and only where the row sum holds with its total written', () => {
    // A whole row of three-digit numbers at most: `18266` (five digits) is cut, `1826` (four) is cut
    // too where a cut adds up; `266` (no wider than 274) is not; `18267` has no cut that adds up.
    const row = (line: number, raws: readonly string[]): RowSegment<string> => {
      const items = raws.map((raw, k) => rowItemAt(line, 10 + 8 * k, raw));
      const label = { kind: 'label' as const, text: `r${line}`, start: 0, end: 2, line, gapBefore: 0, lineStart: true };
      return {
        key: `r${line}`,
        label,
        labels: [label],
        how: 'exact',
        matched: `r${line}`,
        evidence: { items, gapsVisible: false, collapsedAfter: null },
        overflow: [],
        at: line,
      };
    };
    const whole = row(0, ['99', '19', '21', '71', '45', '19', '274']);
    const readings = runTogetherReadings([whole], 7, new WorkBudget(10_000), TABLE3_ROW_SUM);
    const values = (raws: readonly string[]): (number | null)[][] | null =>
      readings(row(1, raws).evidence.items)?.map((r) => r.map((i) => (i.token.kind === 'value' ? i.token.content.value : null))) ?? null;
    expect(values(['95', '19', '18', '71', '45', '18266'])).toEqual([[95, 19, 18, 71, 45, 18, 266]]);
    expect(values(['5', '1', '8', '1', '4', '1826'])).toEqual([]);
    expect(values(['95', '19', '18', '71', '45', '18267'])).toEqual([]);
    expect(values(['95', '19', '18', '71', '45', '266'])).toEqual([]);
    // (a row of seven, or one a whole row of the table cannot measure, is no case)
    expect(values(['95', '19', '18', '71', '45', '18', '266'])).toEqual([]);
    expect(
      runTogetherReadings([], 7, new WorkBudget(10_000), TABLE3_ROW_SUM)(row(1, ['95', '19', '18', '71', '45', '18266']).evidence.items),
    ).toEqual([]);
  });
});

describe('table 三 in -layout text: a row that printed no number', () => {
  /** Seed 7's consistent cells with the row `row` left blank (its totals and the columns' adjusted). */
  function withBlankRow(row: string): Report {
    const cells: Record<string, number | null> = consistentCells(7, VERSIONS, 20);
    for (const c of APPLICANTS) {
      const v = cells[`t3.${row}.${c}`] ?? 0;
      cells[`t3.${row}.${c}`] = null;
      // (the results total and the carried-forward row keep the balance without the row's counts)
      if (v !== 0) throw new Error(`row ${row} is not all zero: pick another`);
    }
    return createReport({ versions: VERSIONS, cells, meta: { agency: '示例县示例局', year: 2023 } });
  }

  it('reads the row blank where every number of the table has a row and its equations hold with it blank', () => {
    // 2.其他法律行政法规禁止公开 is all zero in seed 7: printed blank, its line holds the label alone.
    const truth = withBlankRow('results.denied.prohibitedByLaw');
    // (pdftotext writes no spaces after the last text of a line)
    const text = renderLayoutText(truth, { wrap: 'none' }).replace(/ +$/gm, '');
    expect(text).toMatch(/\n +2\.其他法律行政法规禁止公开\n/);
    const { want, got, codes } = table3(truth, text);
    expect(got).toEqual(want);
    expect(codes).toContain('blank-by-position t3.results.denied.prohibitedByLaw');
  });

  it('leaves the row missing where its equations fail with it blank (its numbers lost, not blank)', () => {
    // 6.属于四类过程性信息 (1 19 20 in seed 7) printed without its numbers: the results total counts them.
    const truth = seven();
    const lines = renderLayoutText(truth, { wrap: 'none' }).split('\n');
    const k = lines.findIndex((l) => l.includes('6.属于四类过程性信息'));
    lines[k] = (lines[k] as string).replace(/ +\d[\d ]*$/, '');
    const { report } = parseReport(lines.join('\n'));
    const row = listCells(report!).filter((c) => c.address.startsWith('t3.results.denied.processInformation.'));
    expect(row.map((c) => c.status)).toEqual(APPLICANTS.map(() => 'missing'));
  });
});
