/**
 * A table-三 row over two lines of `pdftotext -layout` text, every cell of it wrapped a digit a line
 * where it has two digits (probe seed 295 p04, Chromium's print: 27, 56, 2 and 85 in narrow columns,
 * the other cells blank and not printed): its seven pieces read as seven cells, in printed order
 * (`2 5 2 8` then `7 6 5`) and in their columns' order (`7 2 5 6 2 8 5`). The two orders agree only on
 * the last piece, the `5` of 85, which was stated as the row's total while every other cell was
 * ambiguous: the row sum that would have named it could not be checked. Neither order keeps the row
 * sum (30 against 5), whichever cells the ambiguous ones hold: the row's stated cells are now named
 * by `equation-unkept` (their values kept). Our report as layout text (test/helpers/rewritten-rows.ts),
 * that row written by hand.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { rewrittenReport, table3Row } from './helpers/rewritten-rows.js';

const ROW = '7.属于行政执法案卷';
const ADDRESS = 't3.results.denied.enforcementCaseFile';

/** The character columns of the row's seven numbers in our layout (after the label's list number). */
function columns(): number[] {
  const line = rewrittenReport({})
    .split('\n')
    .find((l) => l.includes(ROW)) as string;
  return [...line.matchAll(/\d+/g)].slice(1).map((m) => m.index as number);
}

/** The row as two lines, its numbers' pieces at (or one character right of) their columns. */
function text(upper: readonly (readonly [number, number, string])[], lower: readonly (readonly [number, number, string])[]): string {
  const at = columns();
  const line = (start: string, pieces: readonly (readonly [number, number, string])[]) => {
    let t = start;
    for (const [j, shift, what] of pieces) t = t.padEnd((at[j] as number) + shift) + what;
    return t;
  };
  return rewrittenReport({ [ROW]: [line('          7.属于行', upper), line('          政执法案卷', lower)] });
}

/** The probe's row: 2 5 2 8 over 7 6 5 (27, 56, 2 and 85 wrapped; the blank cells not printed). */
const PROBE_ROW = text(
  [
    [0, 1, '2'],
    [3, 0, '5'],
    [4, 0, '2'],
    [6, 0, '8'],
  ],
  [
    [0, 0, '7'],
    [3, 1, '6'],
    [6, 1, '5'],
  ],
);

/** The addresses the `equation-unkept` warnings of `source` name on our row. */
function unkept(source: string): string[] {
  return parseReport(source, { format: 'text' }).diagnostics.flatMap((d) =>
    d.code === 'equation-unkept' && d.path === ADDRESS ? (d.addresses ?? []) : [],
  );
}

describe('a row read in two orders, neither keeping its row sum', () => {
  it('names the cell both orders agree on, the others ambiguous', () => {
    const cells = table3Row(PROBE_ROW, ADDRESS);
    expect(cells.map((c) => c?.status)).toEqual([...Array.from({ length: 6 }, () => 'ambiguous'), 'value']);
    expect(cells[0]).toMatchObject({ candidates: [2, 7] });
    expect(cells[6]).toMatchObject({ value: 5 });
    expect(unkept(PROBE_ROW)).toEqual([`${ADDRESS}.total`]);
  });

  it('still states the cells both orders agree on where an order keeps the row sum', () => {
    // (printed 2 5 2 7 6 8 30, columns' order 7 2 5 6 2 8 30: both keep the sum; 8 and 30 agreed)
    const source = text(
      [
        [0, 1, '2'],
        [2, 0, '5'],
        [4, 0, '2'],
      ],
      [
        [0, 0, '7'],
        [3, 1, '6'],
        [5, 0, '8'],
        [6, 0, '30'],
      ],
    );
    const cells = table3Row(source, ADDRESS);
    expect(cells.map((c) => c?.status)).toEqual(['ambiguous', 'ambiguous', 'ambiguous', 'ambiguous', 'ambiguous', 'value', 'value']);
    expect(cells[5]).toMatchObject({ value: 8 });
    expect(cells[6]).toMatchObject({ value: 30 });
    expect(unkept(source)).toEqual([]);
  });
});
