/**
 * Plain `pdftotext` of a browser print: a number wrapped in a narrow cell prints its first digits
 * on the line above its row and the rest on the row's line (or its last digits on the line below).
 * A row whose only number is its total still adds up read either way, so the pieces must leave its
 * cells flagged, never stated (issue 12; a held-out probe document read `8` for `58` silently).
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from 'zfxxgk-report';
import { decideWrappedPieces, type PieceRow } from '../src/repairs/wrapped-pieces.js';
import type { Placement, RowItem } from '../src/tables/placement.js';
import type { ValueToken } from '../src/tables/tokens.js';
import { rewrittenReport, table3Row } from './helpers/rewritten-rows.js';

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
    const token = (value: number, line: number, start: number): ValueToken =>
      ({
        kind: 'value',
        raw: String(value),
        content: { value },
        line,
        start,
        end: start + 1,
        gapBefore: 0,
        lineStart: false,
      }) as ValueToken;
    const columns: Placement[] = [3, 0, 0, 0, 0, 0, 3].map((v, j) => ({ status: 'value', token: token(v, 10, 100 + 2 * j) }));
    const holds = (values: readonly (number | null)[]): boolean =>
      values.slice(0, 6).reduce<number>((a, v) => a + (v ?? 0), 0) === values[6];
    const rows: PieceRow[] = [{ row: 'r', labelLines: [10, 10], columns, holds }];
    const item = (t: ValueToken): RowItem => ({ token: t, collapsedBefore: 0, run: 0 });
    // `1` joins 3 and 3 into 31 and 31 (holds); `1 2` joins them into 31 and 32 (fails).
    expect(decideWrappedPieces(rows, [item(token(1, 11, 200)), item(token(1, 11, 202))], new Set([10]))).toMatchObject([
      {
        row: 'r',
        columns: [0, 6],
        candidates: [
          [3, 31],
          [3, 31],
        ],
      },
    ]);
    expect(decideWrappedPieces(rows, [item(token(1, 11, 200)), item(token(2, 11, 202))], new Set([10]))).toEqual([]);
    const blank = {
      token: { kind: 'blank', raw: '/', line: 11, start: 204, end: 205, gapBefore: 0, lineStart: false },
      collapsedBefore: 0,
      run: 0,
    } as RowItem;
    expect(decideWrappedPieces(rows, [item(token(1, 11, 200)), item(token(1, 11, 202)), blank], new Set([10]))).toEqual([]);
  });
});
