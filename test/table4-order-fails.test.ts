/**
 * Table 四's row of fifteen read in the order of its lines where that order fails (plain `pdftotext`
 * of a Chromium print, probe seed 286 p10: the totals wrapped in their narrow cells, the pieces of
 * several lines interleaved). Fifteen numbers and marks came out, read in order: two groups' sums
 * fail (named by their rules), but the first group, its total read blank, checks nothing, and its
 * cells were stated silently. The order that fails for two groups is no evidence for the third:
 * every cell it could change is named (`block-order-unconfirmed`, as for a block stream;
 * `src/tables/table4.ts`). Our own report, its table 四 written so.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport } from '../src/index.js';
import { consistentCells } from './helpers/fixtures.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { readFixture } from './helpers/probe-fixtures.js';

/** Table 四's truth: 12 31 — 0 43 | — 25 — — 25 | — 14 — — 14. */
const T4: Record<string, number | null> = {
  'review.upheld': 12,
  'review.corrected': 31,
  'review.otherResult': null,
  'review.pending': 0,
  'review.total': 43,
  'litigationDirect.upheld': null,
  'litigationDirect.corrected': 25,
  'litigationDirect.otherResult': null,
  'litigationDirect.pending': null,
  'litigationDirect.total': 25,
  'litigationAfterReview.upheld': null,
  'litigationAfterReview.corrected': 14,
  'litigationAfterReview.otherResult': null,
  'litigationAfterReview.pending': null,
  'litigationAfterReview.total': 14,
};

/** The report, its table 四 as plain text with its fifteen cells over `lines` (header words first). */
function withTable4Lines(lines: readonly string[]): { truth: ReturnType<typeof createReport>; text: string } {
  const cells: Record<string, number | null> = consistentCells(2861, { table2: '2019', table3: '2019' });
  for (const [k, v] of Object.entries(T4)) cells[`t4.${k}`] = v;
  const truth = createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
  const out: string[] = [];
  let inT4 = false;
  for (const l of renderReport(truth, { to: 'text' }).split('\n')) {
    if (l.startsWith('四、政府信息公开行政复议')) {
      inT4 = true;
      out.push(l, '行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '');
      out.push('结果维 结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总');
      out.push('持 正 果 结 计 持 正 果 结 计 持 正 果 结 计', ...lines);
      continue;
    }
    if (inT4 && l.startsWith('五、')) inT4 = false;
    if (!inT4) out.push(l);
  }
  return { truth, text: out.join('\n') };
}

describe('table 四 read in the order of its lines where that order fails', () => {
  it('names the cells of the group whose blank total checks nothing (they were stated silently)', () => {
    // Read in order: 4 — 14 — — | 2 12 31 — 0 | 4 25 3 5 4; the first group's total blank.
    const { truth, text } = withTable4Lines(['４ - １４ - - ２', '１２ ３１ - ０ ４', '２５', '３', '５', '４']);
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    const t4 = listCells(report!).filter((c) => c.address.startsWith('t4.review.'));
    expect(t4.map((c) => [c.status, c.value])).toEqual([
      ['value', 4],
      ['blank', null],
      ['value', 14],
      ['blank', null],
      ['blank', null],
    ]);
    const named = diagnostics.filter((d) => d.code === 'block-order-unconfirmed' && d.path === 't4').flatMap((d) => d.addresses ?? []);
    expect(named).toEqual(expect.arrayContaining(t4.map((c) => c.address)));
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
  });

  it('a row of fifteen on several lines whose sums hold is not named', () => {
    const { truth, text } = withTable4Lines(['１２ ３１ - ０ ４３', '- ２５ - - ２５', '- １４ - - １４']);
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    expect(diagnostics.filter((d) => d.code === 'block-order-unconfirmed' && d.path === 't4')).toEqual([]);
    expect(scoreCells(truth, report, diagnostics).right).toBeGreaterThan(0);
    expect(
      listCells(report!)
        .filter((c) => c.address.startsWith('t4.') && c.status === 'value')
        .map((c) => c.value),
    ).toEqual([12, 31, 0, 43, 25, 25, 14, 14]);
  });

  it('probe seed 286 p10 (Chromium print, plain): every cell of table 四 is named', () => {
    const text = readFixture('probe-286-p10-chromium-plain.txt');
    const { diagnostics } = parseReport(text);
    const named = diagnostics.filter((d) => d.code === 'block-order-unconfirmed' && d.path === 't4').flatMap((d) => d.addresses ?? []);
    expect(named).toEqual(
      expect.arrayContaining(['t4.review.upheld', 't4.review.corrected', 't4.review.otherResult', 't4.review.pending', 't4.review.total']),
    );
  });
});
