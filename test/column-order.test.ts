/**
 * A row over several lines of `pdftotext -layout` text whose numbers' character columns disagree
 * with their reading order: LibreOffice wraps a narrow blank cell's `——` into `—` over `—`, printed
 * on the label's wrapped lines above and below the row's numbers (probe seed 111: the `—` above read
 * as the row's first cell shifted five cells silently; seed 112 likewise in table 四). Our report as
 * layout text (test/helpers/rewritten-rows.ts), that row written by hand. Table 四's row may start
 * at the line's first columns (probe seed 112 p07: ` 0    0 …`, the line indented by one).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { rewrittenReport, table3Row } from './helpers/rewritten-rows.js';

const ROW = '2.其他法律行政法规禁止公开';

/** The row's lines: label pieces with `—` above and below the blank `otherOrg` cell, its numbers between. */
function text(): string {
  const line = rewrittenReport({})
    .split('\n')
    .find((l) => l.includes(ROW)) as string;
  // (the character columns of the row's seven numbers in our layout, after the label's list number)
  const at = [...line.matchAll(/\d+/g)].slice(1).map((m) => m.index as number);
  const put = (t: string, j: number, what: string) => t.padEnd(at[j] as number) + what;
  let numbers = '';
  for (const [j, v] of [
    [0, '——'],
    [1, '0'],
    [2, '0'],
    [3, '0'],
    [4, '4'],
    [6, '4'],
  ] as const)
    numbers = put(numbers, j, v);
  return rewrittenReport({ [ROW]: [put('          2.其他法律行政法规禁止', 5, '—'), numbers, put('                    公开', 5, '—')] });
}

describe('a row whose numbers stand in another order than their columns', () => {
  it('states only the cells both orders agree on; the others keep both readings', () => {
    const cells = table3Row(text(), 't3.results.denied.prohibitedByLaw');
    expect(cells.map((c) => c?.status)).toEqual(['blank', 'ambiguous', 'value', 'value', 'ambiguous', 'ambiguous', 'value']);
    expect(cells[4]).toMatchObject({ candidates: [0, 4] });
    expect(cells[6]).toMatchObject({ value: 4 });
  });
});

/**
 * Table 四's number row moved to the line's start (indented by one), its blank
 * `litigationDirect.total` wrapped into `—` above and `—` below the row.
 */
function table4Text(): string {
  const lines = rewrittenReport({}).split('\n');
  const head = lines.findIndex((l) => l.includes('四、政府信息公开行政复议'));
  const i = lines.findIndex((l, k) => k > head && /^\s+\d/.test(l));
  const numbers = lines[i] as string;
  const shift = numbers.search(/\d/) - 1;
  const at = [...numbers.matchAll(/\d+/g)].map((m) => (m.index as number) - shift);
  const put = (t: string, j: number, what: string) => t.padEnd(at[j] as number) + what;
  let row = '';
  for (const [j, v] of [
    [0, '7'],
    [1, '0'],
    [2, '0'],
    [3, '0'],
    [4, '7'],
    [5, '——'],
    [6, '——'],
    [7, '——'],
    [8, '——'],
    [10, '0'],
    [11, '5'],
    [12, '0'],
    [13, '0'],
    [14, '5'],
  ] as const)
    row = put(row, j, v);
  lines.splice(i, 1, put('', 9, '—'), row, put('', 9, '—'));
  return lines.join('\n');
}

describe('a table-四 row flush at an indented line start, a blank cell wrapped around it', () => {
  // (read by both orders at first, the cells they disagree on ambiguous; the two dashes are now one
  // blank cell on the row's line at their column, `tables/stacked-marks.ts`: every cell read)
  it('reads the row as printed: no cell shifted by the `—` above', () => {
    const { report } = parseReport(table4Text(), { format: 'text' });
    const cells = listCells(report!).filter((c) => c.address.startsWith('t4.'));
    expect(cells.map((c) => [c.status, c.value])).toEqual([
      ...[7, 0, 0, 0, 7].map((v) => ['value', v]),
      ...Array.from({ length: 5 }, () => ['blank', null]),
      ...[0, 5, 0, 0, 5].map((v) => ['value', v]),
    ]);
  });
});
