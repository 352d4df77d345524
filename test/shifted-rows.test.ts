/**
 * A whole table-三 row read from the numbers after its label that may be the next row's, printed
 * before that row's label (plain pdftotext of a LibreOffice print: a stretch of rows with each
 * row's numbers before its label). Our own text (test/helpers/fixtures.ts pipeReport) written as a
 * block stream, the last rows rearranged so.
 */
import { describe, expect, it } from 'vitest';
import { pipeReport } from './helpers/fixtures.js';
import { asBlockStream, readTable3 } from './helpers/block-stream.js';

const read = (text: string): ReturnType<typeof readTable3> => readTable3(text, 't3.results.otherHandling.other');

/** 3.其他, (七)总计 and 四、结转下年度继续办理 with `before` printed before each of the last two labels. */
function shifted(other: readonly string[], total: readonly string[], carried: readonly string[]): string {
  return asBlockStream(
    pipeReport(),
    new Map([
      ['3.其他', ['3.其他', ...other]],
      ['(七)总计', ['(七)总计', ...total]],
      ['四、结转下年度继续办理', ['四、结转下年度继续办理', ...carried]],
    ]),
  );
}

describe('shifted rows (numbers before their labels, plain pdftotext)', () => {
  it('leaves a whole row ambiguous where its numbers, read as the next row’s, make the next two rows whole', () => {
    // The total row's numbers (5 1 0 0 0 0 6) stand before its label, right after 3.其他's (whose own
    // zeros were printed elsewhere); the carried-forward row's first number before its label.
    const { row, codes } = read(shifted(['5', '1', '0', '0', '0', '0 6'], ['1'], ['0', '0', '0', '0', '0 1']));
    // Read after their labels, 3.其他 took the total row's numbers (no equation fails: the total is unknown).
    expect(row('results.otherHandling.other')).toEqual(Array(7).fill('ambiguous'));
    expect(codes.has('numbers-may-be-next-row')).toBe(true);
  });

  it('reads the row as printed where the shifted reading breaks the table’s equations', () => {
    // 3.其他's own zeros; shifted, the total row would be all zeros against its results (5 1 … 6).
    const { row, codes } = read(shifted(['0', '0', '0', '0', '0', '0 0'], ['1'], ['0', '0', '0', '0', '0 1']));
    expect(row('results.otherHandling.other')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(codes.has('numbers-may-be-next-row')).toBe(false);
  });
});
