/**
 * A short table-三 row whose numbers may stand after the next row's label, where blank cells
 * vanish (plain pdftotext of a LibreOffice print): the short row's label line holds its first
 * number and the rest of both rows' numbers follow the next label. Our own text
 * (test/helpers/fixtures.ts pipeReport) written as a block stream, the two rows rearranged so.
 */
import { describe, expect, it } from 'vitest';
import { pipeReport } from './helpers/fixtures.js';
import { asBlockStream, readTable3 } from './helpers/block-stream.js';

const read = (text: string): ReturnType<typeof readTable3> => readTable3(text, 't3.results.denied.internalAffairs');

/** Rows 4 and 5 of 不予公开 printed interleaved: row 4's label line with its first number, row 5's label wrapped around one. */
function interleaved(row4: string, row5: string, numbers: readonly string[]): string {
  return asBlockStream(
    pipeReport({ '4.保护第三方合法权益': row4, '5.属于三类内部事务信息': row5 }),
    new Map([
      [
        '4.保护第三方合法权益',
        [`4.保护第三方合法权益 ${numbers[0]}`, '5.属于三类内部事务信', numbers[1] as string, '息', ...numbers.slice(2)],
      ],
      ['5.属于三类内部事务信息', []],
    ]),
  );
}

describe('spilled values (a short row, the next row after its label)', () => {
  it('leaves the next row ambiguous where its zeros may be the short row’s (no equation tells them apart)', () => {
    // Row 4 is 0 0 _ 0 _ _ _ and row 5 is 0 0 0 0 0 _ _: eight zeros, one on row 4's label line.
    const { row, codes } = read(interleaved('0 | 0 |  | 0 |  |  | ', '0 | 0 | 0 | 0 | 0 |  | ', ['0', '0', '0', '0', '0', '0', '0', '0']));
    // Read as printed, row 5 took seven zeros (two of them row 4's): its blank otherOrg and total read 0.
    expect(row('results.denied.internalAffairs')).toEqual(Array(7).fill('ambiguous'));
    expect(codes.has('values-may-belong-above')).toBe(true);
  });

  it('reads the next row as printed where moving any of its numbers breaks a row sum', () => {
    // Row 4 is 0 _ _ _ _ _ _ (its label line holds it); row 5 has no zero to give: 5 3 2 1 4 6 21.
    const { row, codes } = read(
      interleaved('0 |  |  |  |  |  | ', '5 | 3 | 2 | 1 | 4 | 6 | 21', ['0', '5', '3', '2', '1', '4', '6', '21']),
    );
    expect(row('results.denied.internalAffairs')).toEqual([5, 3, 2, 1, 4, 6, 21]);
    expect(codes.has('values-may-belong-above')).toBe(false);
  });
});
