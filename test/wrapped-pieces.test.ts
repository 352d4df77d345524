/**
 * Plain `pdftotext` of a browser print: a number wrapped in a narrow cell prints its first digits
 * on the line above its row and the rest on the row's line (or its last digits on the line below).
 * A row whose only number is its total still adds up read either way, so the pieces must leave its
 * cells flagged, never stated (issue 12; a held-out probe document read `8` for `58` silently).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parsePositionedText, type Cell, type PositionedText } from 'zfxxgk-report';
import { decideWrappedPieces, type PieceRow } from '../src/repairs/wrapped-pieces.js';
import type { Placement, RowItem } from '../src/tables/placement.js';
import { rewrittenReport, table3Row } from './helpers/rewritten-rows.js';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';
import { item, valueAt } from './helpers/line-tokens.js';

const ROW = 't3.results.notProcessed.duplicate';
/** Our report, the 重复申请 row's cells replaced by `lines`, the 总计 row's numbers gone. */
function text(lines: readonly string[]): string {
  return rewrittenReport({ '2.重复申请': lines, '（七）总计': ['（七）总计'] });
}

function row(t: string): (Cell | undefined)[] {
  return table3Row(t, ROW);
}

describe('digits of a wrapped number on the line beside its row', () => {
  it('leading pieces above the row: the cells they may complete are ambiguous (were 8 and 8, silently)', () => {
    const cells = row(text(['5 5', '2.重复申请  0 0 0 0 0 8 8']));
    for (const c of cells.slice(5)) expect(c).toMatchObject({ status: 'ambiguous', candidates: expect.arrayContaining([8, 58]) });
  });

  it('the pieces below the row end its numbers; with no line of pieces the row reads as printed', () => {
    expect(row(text(['2.重复申请  0 0 0 0 0 2 2', '9 9']))[6]).toMatchObject({ status: 'ambiguous', candidates: [2, 29] });
    expect(row(text(['2.重复申请  0 0 0 0 0 8 8']))[6]).toMatchObject({ status: 'value', value: 8 });
  });

  it('a join that breaks the row sum contests nothing; a line with anything but digits is no line of pieces', () => {
    const columns: Placement[] = [3, 0, 0, 0, 0, 0, 3].map((v, j) => ({ status: 'value', token: valueAt(String(v), 10, 100 + 2 * j) }));
    const holds = (values: readonly (number | null)[]): boolean =>
      values.slice(0, 6).reduce<number>((a, v) => a + (v ?? 0), 0) === values[6];
    const rows: PieceRow[] = [{ row: 'r', labelLines: [10, 10], columns, holds }];
    // `1` joins 3 and 3 into 31 and 31 (holds); `1 2` joins them into 31 and 32 (fails).
    expect(decideWrappedPieces(rows, [item(valueAt('1', 11, 200)), item(valueAt('1', 11, 202))], new Set([10]))).toMatchObject([
      {
        row: 'r',
        columns: [0, 6],
        candidates: [
          [3, 31],
          [3, 31],
        ],
      },
    ]);
    expect(decideWrappedPieces(rows, [item(valueAt('1', 11, 200)), item(valueAt('2', 11, 202))], new Set([10]))).toEqual([]);
    const blank = {
      token: { kind: 'blank', raw: '/', line: 11, start: 204, end: 205, gapBefore: 0, lineStart: false },
      collapsedBefore: 0,
      run: 0,
    } as RowItem;
    expect(decideWrappedPieces(rows, [item(valueAt('1', 11, 200)), item(valueAt('1', 11, 202)), blank], new Set([10]))).toEqual([]);
  });

  it('the ends of several wrapped numbers, each on a line of its own below the row: their cells are ambiguous (were 801, 315 and 1116, silently)', () => {
    // (801 + 315 = 1116 and 80105 + 31530 = 111635: the first pieces keep the row sum too)
    const cells = row(text(['2.重复申请  0 801 0 315 0 0 1116', '05', '30', '35']));
    // (lines of pieces are in the order the tool wrote its blocks: any order of them is a candidate)
    expect(cells[1]).toMatchObject({ status: 'ambiguous', candidates: expect.arrayContaining([801, 80105]) });
    expect(cells[3]).toMatchObject({ status: 'ambiguous', candidates: expect.arrayContaining([315, 31530]) });
    expect(cells[6]).toMatchObject({ status: 'ambiguous', candidates: [1116, 111635] });
    // (one line of pieces stops the run: a line with a label or a number some row claims)
    expect(row(text(['2.重复申请  0 801 0 315 0 0 1116', '05', '3.要求提供公开出版物 0 0 0 0 0 0 0', '30']))[1]).toMatchObject({
      status: 'value',
      value: 801,
    });
  });

  it('probe seed 172 p02 (2019, full-width digits, Chromium plain pdftotext): the wrapped ends under 确认或重新出具 leave its cells flagged', () => {
    const got = cellsUnder(readFixture('probe-172-p02-chromium-plain.txt'), 't3.results.notProcessed.confirmOrReissue.');
    expect(got).toHaveLength(7);
    expect(statedWrong(got, [0, 80105, 0, 31530, 0, 0, 111635])).toEqual([]);
    expect(got.filter((c) => c.status === 'ambiguous').map((c) => c.address)).toEqual([
      't3.results.notProcessed.confirmOrReissue.commercialEnterprise',
      't3.results.notProcessed.confirmOrReissue.publicInterestOrg',
      't3.results.notProcessed.confirmOrReissue.total',
    ]);
  });

  // Seed 162 made with `--count 96` (report p70: 2019, full-width digits): 总计 row 239805 … 1552765,
  // its first pieces (`２３９ ２４４ ３６８ …`) on the line above the row. Read from the row's own line
  // alone the cells still add up (805 + 96 + 457 + 403 + 987 + 17 = 2765 = 276|5), and the column
  // sums cannot tell: two cells of other rows are ambiguous.
  const TOTAL_ROW = [239805, 244096, 368457, 221403, 188987, 290017, 1552765];
  // (both the row as read and its joins keep the row sum; the column equations, 总计 = the results,
  // keep the joins only: plain18's pieces-by-columns reads them, where they were flagged before)
  it('probe seed 162 p70 (Chromium -layout): the first pieces of the 总计 row above its line are read by the column equations (were 805, 96 and 403, silently)', () => {
    const text = readFixture('probe-162-p70-chromium-layout.txt');
    expect(text).toMatch(
      / ２３９ ２４４ ３６８ ２２１ １８８ ２９０ １５５\n +（七）总计 +８０５ ０９６ ４５７ ４０３ ９８７ ０１７ ２７６\n/,
    );
    const got = cellsUnder(text, 't3.results.total.');
    expect(got).toHaveLength(7);
    expect(statedWrong(got, TOTAL_ROW)).toEqual([]);
    expect(got.map((c) => [c.status, c.value])).toEqual(TOTAL_ROW.map((v) => ['value', v]));
  });

  it('probe seed 162 p70 (Chromium plain pdftotext): the first pieces, each on a line of its own above the 总计 label, in another order than the cells', () => {
    const got = cellsUnder(readFixture('probe-162-p70-chromium-plain.txt'), 't3.results.total.');
    expect(got).toHaveLength(7);
    expect(statedWrong(got, TOTAL_ROW)).toEqual([]);
    expect(got.every((c) => c.status === 'ambiguous')).toBe(true);
  });

  // Numbers wrapped over three lines of their cells, the middle pieces on the row's line
  // (`４ １ ２ １９８ １４９ ０ ３５`), the first pieces split by plain pdftotext over two lines above
  // the label and the last ones over two lines below: 244 151 292 198 149 401 1435.
  it('first pieces over two lines above and last pieces over two lines below: the row is contested by the runs on both sides at once', () => {
    const columns: Placement[] = ['4', '1', '2', '198', '149', '0', '35'].map((v, j) => ({
      status: 'value',
      token: valueAt(v, 10, 100 + 4 * j),
    }));
    const holds = (values: readonly (number | null)[]): boolean =>
      values.slice(0, 6).reduce<number>((a, v) => a + (v ?? 0), 0) === values[6];
    const rows: PieceRow[] = [{ row: 'r', labelLines: [9, 9], columns, holds }];
    const pieces = [
      valueAt('2', 7, 200),
      valueAt('15', 7, 202),
      valueAt('29', 7, 205),
      valueAt('4', 8, 210),
      valueAt('14', 8, 212),
      valueAt('4', 11, 220),
      valueAt('1', 12, 230),
    ];
    const [d] = decideWrappedPieces(rows, pieces.map(item), new Set([9, 10]));
    // (the middle pieces alone break the row sum; the joins of both runs keep it: 244 + 151 + 292 + 198 + 149 + 401 = 1435)
    expect(d?.columns).toEqual([0, 1, 2, 5, 6]);
    const truth = [244, 151, 292, 401, 1435];
    d?.candidates.forEach((c, k) => expect(c).toContain(truth[k]));
  });

  it('probe seed 212 p01 (2021, full-width digits, Chromium plain pdftotext): the 总计 row read from its middle pieces is flagged (were 4, 1, 2 and 0, silently)', () => {
    const got = cellsUnder(readFixture('probe-212-p01-chromium-plain.txt'), 't3.results.total.');
    expect(got).toHaveLength(7);
    expect(statedWrong(got, [244, 151, 292, 198, 149, 401, 1435])).toEqual([]);
    expect(got.filter((c) => c.status === 'value').map((c) => c.value)).toEqual([198, 149]);
  });
});

describe('a row whose every number wrapped, the cells it printed nothing in missing (probe seed 260 p05, Chromium PDF)', () => {
  it('a missing cell counts as a blank: the join of the line of pieces above that keeps the row sum contests the stated cells', () => {
    const columns: Placement[] = [null, null, null, 3, null, 6, 9].map((v, j) =>
      v === null ? { status: 'missing' } : { status: 'value', token: valueAt(String(v), 10, 100 + 2 * j) },
    );
    const holds = (values: readonly (number | null)[]): boolean =>
      values.slice(0, 6).reduce<number>((a, v) => a + (v ?? 0), 0) === values[6];
    const rows: PieceRow[] = [{ row: 'r', labelLines: [10, 10], columns, holds }];
    // `1 3 4` over `3 6 9`: 13 + 36 = 49 holds as 3 + 6 = 9 does; `1 3 5` joins into 13 + 36 ≠ 59.
    const pieces = (last: number): RowItem[] => [
      item(valueAt('1', 9, 200)),
      item(valueAt('3', 9, 202)),
      item(valueAt(String(last), 9, 204)),
    ];
    expect(decideWrappedPieces(rows, pieces(4), new Set([10]))).toMatchObject([
      {
        row: 'r',
        columns: [3, 5, 6],
        candidates: [
          [3, 13],
          [6, 36],
          [9, 49],
        ],
      },
    ]);
    expect(decideWrappedPieces(rows, pieces(5), new Set([10]))).toEqual([]);
  });

  it('the table-三 items of our Word-styled page: 申请人逾期未按收费通知要求… reads 13, 36, 49 (was 3, 6, 9, the 3 silently; then flagged 3 / 13, 6 / 36, 9 / 49)', () => {
    // (its label goes on wrapping under the line of the lower pieces: that line gets no blank markers, and the pieces join)
    const rows = JSON.parse(readFixture('probe-260-p05-chromium-pdf-t3.items.json')) as [string, number, number, number, number, number][];
    const items = rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
    const result = parsePositionedText(items, { pages: 3 });
    const path = 't3.results.otherHandling.unpaidFee';
    const cells = listCells(result.report!).filter((c) => c.address.startsWith(`${path}.`));
    expect(cells.map((c) => [c.address.slice(path.length + 1), c.status, c.value, c.candidates ?? null])).toEqual([
      ['naturalPerson', 'blank', null, null],
      ['commercialEnterprise', 'blank', null, null],
      ['researchInstitution', 'blank', null, null],
      ['publicInterestOrg', 'value', 13, null],
      ['legalServiceOrg', 'blank', null, null],
      ['otherOrg', 'value', 36, null],
      ['total', 'value', 49, null],
    ]);
    expect(result.diagnostics.filter((d) => d.path?.startsWith(`${path}.`))).toEqual([]);
  });
});
