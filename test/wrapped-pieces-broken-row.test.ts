/**
 * A row of `pdftotext -layout` text (a browser print whose numbers wrap in narrow cells) read as
 * printed on its own line, seven numbers for seven cells, while the other pieces of its wrapped
 * numbers stand on the lines above and below that its band did not take: the row breaks its sum
 * (`80` for 5880, `0` for 98004) and no join with the lines of pieces beside it keeps the sum either.
 * Those cells were stated, caught only by the failing row sum (issue 12, digits1). Now each stated
 * cell with a piece in its stack (within the deal's drift, on a free line near the row, the line
 * indented as text placed by position is) is `ambiguous`: its own number and its joins with those
 * pieces (with one piece in either order: the tool does not keep a cell's lines in order).
 */
import { describe, expect, it } from 'vitest';
import { decideWrappedPieces, type PieceRow } from '../src/repairs/wrapped-pieces.js';
import type { Placement, RowItem } from '../src/tables/placement.js';
import type { ValueToken } from '../src/tables/tokens.js';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** A value token `raw` at character column `column` of `line`. */
const at = (raw: string, line: number, column: number): ValueToken =>
  ({
    kind: 'value',
    raw,
    content: { value: Number(raw) },
    line,
    start: line * 100 + column,
    end: line * 100 + column + raw.length,
    column,
    gapBefore: 0,
    lineStart: false,
  }) as ValueToken;
const item = (t: ValueToken): RowItem => ({ token: t, collapsedBefore: 0, run: 0 });
const holds = (values: readonly (number | null)[]): boolean => values.slice(0, 6).reduce<number>((a, v) => a + (v ?? 0), 0) === values[6];

/** Our row on line 10, its numbers at columns 30, 38, … (as printed: 5 7 0 2 4 0 41, which breaks its sum). */
function rowAt(raws: readonly string[], column = 30): PieceRow {
  const columns: Placement[] = raws.map((raw, j) => ({ status: 'value', token: at(raw, 10, column + 8 * j) }));
  return { row: 'r', labelLines: [10, 10], columns, holds };
}

describe('a row read as printed that breaks its sum, with pieces of its wrapped numbers beside it', () => {
  const row = rowAt(['5', '7', '0', '2', '4', '0', '41']);

  it('its cells with a piece in their stack are ambiguous: own number and joins (no join keeps the sum)', () => {
    // (`1` above the first cell, `3` below the second, `0` above the third, `６` below the total, two
    // characters off: 15 + 73 + … ≠ 416)
    const pieces = [item(at('1', 9, 30)), item(at('0', 9, 46)), item(at('3', 11, 38)), item(at('6', 11, 80))];
    expect(decideWrappedPieces([row], pieces, new Set([10]))).toEqual([
      {
        repair: 'wrapped-pieces',
        row: 'r',
        // (the third cell: `0` over `0` is no wrapped number, whose first piece starts with no `0`)
        columns: [0, 1, 6],
        candidates: [
          [5, 15, 51],
          [7, 37, 73],
          [41, 641, 416],
        ],
        pieces: ['1', '3', '6'],
        // (the cells left stated, named by the reader: the row sum no longer shows them)
        unchecked: [2, 3, 4, 5],
      },
    ]);
  });

  it('where joins keep the sum, a cell every one of them leaves as printed stays stated (named), the others ambiguous', () => {
    // (5 8 0 2 4 0 98 breaks its sum; `1` over the first cell, `7` over the second: only 5 and 87
    // keep it, the second cell's number printed after its piece's, as the tool may)
    const broken = rowAt(['5', '8', '0', '2', '4', '0', '98']);
    expect(decideWrappedPieces([broken], [item(at('1', 9, 30)), item(at('7', 9, 38))], new Set([10]))).toEqual([
      { repair: 'wrapped-pieces', row: 'r', columns: [1], candidates: [[8, 78, 87]], pieces: ['7'], unchecked: [0, 2, 3, 4, 5, 6] },
    ]);
  });

  it('pieces at the margin (plain text), far from every cell, or on a line a row claims contest nothing', () => {
    expect(decideWrappedPieces([row], [item(at('1', 9, 0)), item(at('3', 11, 1))], new Set([10]))).toEqual([]);
    expect(decideWrappedPieces([row], [item(at('1', 9, 90))], new Set([10]))).toEqual([]);
    expect(decideWrappedPieces([row], [item(at('1', 9, 30))], new Set([9, 10]))).toEqual([]);
  });

  it('a row that keeps its sum as read, no join keeping it too, is left as read', () => {
    const whole = rowAt(['5', '7', '0', '2', '4', '0', '18']);
    expect(decideWrappedPieces([whole], [item(at('9', 9, 30)), item(at('9', 9, 38))], new Set([10]))).toEqual([]);
  });
});

describe('probe reports of our own, chromium-layout (digits: counts wrapped in narrow cells)', () => {
  it('probe 268 p09: 3.危及“三安全一稳定”, its first pieces on the line above its label (were 35 67 9 7 37 968 83, shown)', () => {
    const got = cellsUnder(readFixture('probe-268-p09-chromium-layout.txt'), 't3.results.denied.securityStability.');
    const truth = [9835, 2267, 749, 927, 5837, 76968, 96583];
    expect(got).toHaveLength(7);
    expect(statedWrong(got, truth)).toEqual([]);
    expect(got.map((c) => c.status)).toEqual(new Array(7).fill('ambiguous'));
    got.forEach((c, j) => expect(c.candidates, c.address).toContain(truth[j]));
  });

  it('probe 143 p09: 6.属于四类过程性信息 and 1.本机关不掌握相关政府信息, pieces below and above their lines (were 6, 80, 4, 53, 691 and 81, 85, 82, 787, shown)', () => {
    const text = readFixture('probe-143-p09-chromium-layout.txt');
    const process = cellsUnder(text, 't3.results.denied.processInformation.');
    expect(statedWrong(process, [0, 356, 5880, 374, 62533, 0, 69143])).toEqual([]);
    expect(process.map((c) => c.status)).toEqual(new Array(7).fill('ambiguous'));
    // (5880 printed `８０` on the row's line, `５８` on the line under it)
    expect(process[2]?.candidates).toEqual([80, 3580, 8035, 180, 801, 980, 809, 5880]);
    const held = cellsUnder(text, 't3.results.unableToProvide.notHeld.');
    expect(statedWrong(held, [3581, 50, 6285, 68828, 0, 49, 78793])).toEqual([]);
  });
});
