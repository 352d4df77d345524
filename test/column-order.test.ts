/**
 * A row over several lines of `pdftotext -layout` text whose numbers' character columns disagree
 * with their reading order: LibreOffice wraps a narrow blank cell's `——` into `—` over `—`, printed
 * on the label's wrapped lines above and below the row's numbers (probe seed 111: the `—` above read
 * as the row's first cell shifted five cells silently; seed 112 likewise in table 四). Our report as
 * layout text (test/helpers/rewritten-rows.ts), that row written by hand.
 */
import { describe, expect, it } from 'vitest';
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
