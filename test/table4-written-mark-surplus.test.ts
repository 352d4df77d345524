/**
 * Table 四's row of fifteen with one item too many whose last item is a written blank mark (`-`).
 * `pdftotext -layout` of a Chromium print with full-width digits (probe seed 317 p12,
 * chromium-hf-layout): the review total wrapped in its narrow cell, and both its pieces came out on
 * the row's line (`５     ３` for 53), so the line held sixteen numbers and marks. The placement took
 * the trailing `-` for padding beyond the grid and read the other fifteen in order: every cell
 * after the wrapped total one column off, the review group's sum failing (named by its rule), but
 * both litigation groups with blank totals check nothing, and six of their cells were stated
 * wrong silently. Only an empty cell (padding) beyond the grid is dropped now; a written mark is a
 * cell the text printed, so the row has a surplus, and a column whose window holds a printed mark
 * beside a value is not stated (`src/tables/placement.ts`). Our own report, its table 四 written so.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport } from '../src/index.js';
import { consistentCells } from './helpers/fixtures.js';
import { scoreCells } from './helpers/ownership-layouts.js';

/** Table 四's truth: 12 — 41 0 53 | 30 0 — — 30 | 0 — — — —. */
const T4: Record<string, number | null> = {
  'review.upheld': 12,
  'review.corrected': null,
  'review.otherResult': 41,
  'review.pending': 0,
  'review.total': 53,
  'litigationDirect.upheld': 30,
  'litigationDirect.corrected': 0,
  'litigationDirect.otherResult': null,
  'litigationDirect.pending': null,
  'litigationDirect.total': 30,
  'litigationAfterReview.upheld': 0,
  'litigationAfterReview.corrected': null,
  'litigationAfterReview.otherResult': null,
  'litigationAfterReview.pending': null,
  'litigationAfterReview.total': null,
};

/** Our report as laid-out text (every line indented), its table 四 written as `lines`. */
function withTable4Lines(lines: readonly string[]): { truth: ReturnType<typeof createReport>; text: string } {
  const cells: Record<string, number | null> = consistentCells(4417, { table2: '2019', table3: '2019' });
  for (const [k, v] of Object.entries(T4)) cells[`t4.${k}`] = v;
  const truth = createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
  const out: string[] = [];
  let inT4 = false;
  for (const l of renderReport(truth, { to: 'text' }).split('\n')) {
    if (l.startsWith('四、政府信息公开行政复议')) {
      inT4 = true;
      out.push(l, '本年度行政复议、行政诉讼情况统计如下：', '行政复议              行政诉讼');
      out.push('结果维 结果纠 其他结 尚未审 总 未经复议直接起诉         复议后起诉');
      out.push('持 正 果 结 计 结果维        结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总');
      out.push('                  持 正 果 结 计 持 正 果 结 计', ...lines);
      continue;
    }
    if (inT4 && l.startsWith('五、')) inT4 = false;
    if (!inT4) out.push(l);
  }
  return { truth, text: out.map((l) => (l === '' ? l : `  ${l}`)).join('\n') };
}

describe('table 四: a written mark beyond the fifteen columns', () => {
  it('is a surplus item, not padding: no cell after the wrapped total is stated one column off', () => {
    // 53 wrapped as `５` and `３` on the row's line; 30's `０` under its `３` (joined by position).
    const { truth, text } = withTable4Lines([
      '１２ - ４１ ０ ５     ３ ３０ ０   -   -   ３ ０ - - - -',
      '                                 ０',
    ]);
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
    const t4 = listCells(report!).filter((c) => c.address.startsWith('t4.'));
    expect(t4.map((c) => [c.address.slice(3), c.status, c.value])).toEqual([
      ['review.upheld', 'ambiguous', null],
      ['review.corrected', 'ambiguous', null],
      ['review.otherResult', 'ambiguous', null],
      ['review.pending', 'ambiguous', null],
      ['review.total', 'ambiguous', null],
      ['litigationDirect.upheld', 'ambiguous', null],
      ['litigationDirect.corrected', 'ambiguous', null],
      ['litigationDirect.otherResult', 'ambiguous', null],
      ['litigationDirect.pending', 'blank', null],
      ['litigationDirect.total', 'ambiguous', null],
      ['litigationAfterReview.upheld', 'ambiguous', null],
      ['litigationAfterReview.corrected', 'ambiguous', null],
      ['litigationAfterReview.otherResult', 'blank', null],
      ['litigationAfterReview.pending', 'blank', null],
      ['litigationAfterReview.total', 'blank', null],
    ]);
    expect(diagnostics.some((d) => d.code === 'surplus-values' && d.path === 't4')).toBe(true);
  });

  it('the same row with the total whole reads every cell', () => {
    const { truth, text } = withTable4Lines(['１２ - ４１ ０ ５３     ３０ ０   -   -   ３０ ０ - - - -']);
    const { report, diagnostics } = parseReport(text, { format: 'text' });
    const t4 = listCells(report!).filter((c) => c.address.startsWith('t4.'));
    expect(t4.map((c) => c.value)).toEqual([12, null, 41, 0, 53, 30, 0, null, null, 30, 0, null, null, null, null]);
    expect(t4.map((c) => c.status)).toEqual([
      'value',
      'blank',
      'value',
      'value',
      'value',
      'value',
      'value',
      'blank',
      'blank',
      'value',
      'value',
      'blank',
      'blank',
      'blank',
      'blank',
    ]);
    expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
  });
});
