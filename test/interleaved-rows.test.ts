/**
 * Two adjacent table-三 rows whose numbers came out interleaved (plain pdftotext of a LibreOffice
 * print): blocks of a few columns of one row, then of the other; or each label line with its row's
 * first number and the rest of both rows after. Our own text (test/helpers/fixtures.ts pipeReport)
 * written as a block stream, with the two rows rearranged so.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { pipeReport } from './helpers/fixtures.js';
import { APPLICANTS, asBlockStream } from './helpers/block-stream.js';

function cellsOf(text: string): { cells: Map<string, { status: string; value: number | null }>; codes: Map<string, string[]> } {
  const { report, diagnostics } = parseReport(text, { format: 'text' });
  const codes = new Map<string, string[]>();
  for (const d of diagnostics) for (const a of d.addresses ?? []) codes.set(a, [...(codes.get(a) ?? []), d.code]);
  return { cells: new Map(listCells(report!).map((c) => [c.address, { status: c.status, value: c.value }])), codes };
}

function rowOf(cells: Map<string, { status: string; value: number | null }>, row: string): (number | string | null)[] {
  return APPLICANTS.map((c) => {
    const cell = cells.get(`t3.${row}.${c}`);
    return cell?.status === 'value' ? cell.value : (cell?.status ?? null);
  });
}

describe('interleaved rows (plain pdftotext)', () => {
  it('splits the total and the carried-forward rows printed in alternating blocks, by the table equations', () => {
    const text = asBlockStream(
      pipeReport({
        '一、本年新收政府信息公开申请数量': '40 | 30 | 20 | 10 | 5 | 3 | 108',
        '二、上年结转政府信息公开申请数量': '2 | 1 | 0 | 0 | 0 | 0 | 3',
        '三、本年度办理结果 | (一)予以公开': '30 | 20 | 15 | 5 | 3 | 2 | 75',
        '(七)总计': '32 | 20 | 15 | 5 | 3 | 2 | 77',
        '四、结转下年度继续办理': '10 | 11 | 5 | 5 | 2 | 1 | 34',
      }),
      new Map([
        ['(七)总计', ['(七)总计', '32 20', '10 11', '四、结转下年度继续办理', '15 5', '5 5', '3', '2 77', '2', '1', '34']],
        ['四、结转下年度继续办理', []],
      ]),
    );
    const { cells, codes } = cellsOf(text);
    expect(rowOf(cells, 'results.total')).toEqual([32, 20, 15, 5, 3, 2, 77]);
    expect(rowOf(cells, 'carriedForward')).toEqual([10, 11, 5, 5, 2, 1, 34]);
    // Every cell of both rows is named by the repair's warning.
    expect(codes.get('t3.results.total.naturalPerson')).toContain('rows-interleaved');
    expect(codes.get('t3.carriedForward.total')).toContain('rows-interleaved');
  });

  it("reads two label lines that each carry their row's first number, the rest of both rows after them", () => {
    const text = asBlockStream(
      pipeReport({
        '一、本年新收政府信息公开申请数量': '9 | 4 | 0 | 0 | 2 | 0 | 15',
        '4.保护第三方合法权益': '2 | 3 | 0 | 0 | 0 | 0 | 5',
        '5.属于三类内部事务信息': '1 | 0 | 0 | 0 | 2 | 0 | 3',
        '(七)总计': '8 | 4 | 0 | 0 | 2 | 0 | 14',
        '四、结转下年度继续办理': '2 | 0 | 0 | 0 | 0 | 0 | 2',
      }),
      new Map([
        ['4.保护第三方合法权益', ['4.保护第三方合法权益 2', '5.属于三类内部事务信息 1', '3 0 0 0 0 5', '0 0 0 2 0 3']],
        ['5.属于三类内部事务信息', []],
      ]),
    );
    const { cells } = cellsOf(text);
    expect(rowOf(cells, 'results.denied.thirdPartyRights')).toEqual([2, 3, 0, 0, 0, 0, 5]);
    expect(rowOf(cells, 'results.denied.internalAffairs')).toEqual([1, 0, 0, 0, 2, 0, 3]);
  });

  it('leaves both rows flagged where two splits keep every equation', () => {
    // Both rows' rests are the same numbers in a different order: the row sums and the column
    // equations hold either way round, so neither row is stated.
    const text = asBlockStream(
      pipeReport({
        '一、本年新收政府信息公开申请数量': '7 | 3 | 3 | 0 | 0 | 0 | 13',
        '4.保护第三方合法权益': '1 | 3 | 0 | 0 | 0 | 0 | 4',
        '5.属于三类内部事务信息': '1 | 0 | 3 | 0 | 0 | 0 | 4',
        '(七)总计': '7 | 3 | 3 | 0 | 0 | 0 | 13',
        '四、结转下年度继续办理': '1 | 0 | 0 | 0 | 0 | 0 | 1',
      }),
      new Map([
        ['4.保护第三方合法权益', ['4.保护第三方合法权益', '5.属于三类内部事务信息', '1', '1', '3 0', '0 3', '0 0 0 4', '0 0 0 4']],
        ['5.属于三类内部事务信息', []],
      ]),
    );
    const { cells } = cellsOf(text);
    for (const row of ['results.denied.thirdPartyRights', 'results.denied.internalAffairs']) {
      const got = rowOf(cells, row);
      // Columns 2 and 3 differ between the two readings: never stated.
      expect(['missing', 'ambiguous']).toContain(got[1]);
      expect(['missing', 'ambiguous']).toContain(got[2]);
    }
  });
});
