/**
 * LibreOffice sets a row's cells at the top of the row: its numbers stand a few points above the
 * baseline of its label's first line. A wrapped group label's last piece in the column to the left
 * can sit a little higher still, within one line's reach of both; the line grouping took the numbers
 * onto that piece's line, after the row above's label, and the row above read the numbers (probe seed
 * 328 p06, LibreOffice print of our own 2019 report of zeros: `2.重复申请` took the three zeros of
 * `3.要求提供公开出版物`, silent). Numbers strictly nearer the next line's start now go to that line.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, type PositionedText } from 'zfxxgk-report';
import { item, textLines } from './helpers/positioned-items.js';

/** A group label's pieces down the column at x = 95, one per line pitch (26.1), the last at `lastY`. */
function groupPieces(pieces: readonly string[], lastY: number): PositionedText[] {
  return pieces.map((p, k) => item(p, 95, lastY + 26.1 * (pieces.length - 1 - k)));
}

/** Cells at x = 247, 287, 315. */
const cells = (y: number, values: readonly string[]): PositionedText[] => values.map((v, k) => item(v, [247, 287, 315][k] as number, y));

/** The laid-out lines, cells apart by ` | `. */
const tableLines = (items: readonly PositionedText[]): string[] =>
  textLines(layoutText(items, { blankCells: false }).text).map((l) => l.split(/\s{2,}/).join(' | '));

const ROWS: readonly PositionedText[] = [
  ...groupPieces(['甲', '乙', '丙', '丁', '戊', '己'], 666.7),
  item('2.', 123.7, 728.9),
  item('重复申', 139, 728.9),
  item('请', 144.7, 702.8),
  item('3.', 125.1, 660.6),
  item('要求提', 140.3, 660.6),
  item('供公开出', 126.7, 634.5),
];

describe('layout: numbers at the top of a row go to its label line, not to a group piece above', () => {
  it('zeros 2.8 pt above the row label and 3.3 pt below the group piece read on the row label line', () => {
    expect(tableLines([...ROWS, ...cells(663.4, ['0', '0', '0'])])).toEqual([
      '甲',
      '乙',
      '丙',
      '2. 重复申',
      '丁',
      '请',
      '戊',
      '己',
      '3. 要求提 | 0 | 0 | 0',
      '供公开出',
    ]);
  });

  it('numbers nearer the group piece than the next line stay on the piece line', () => {
    expect(tableLines([...ROWS, ...cells(665.5, ['0', '0', '0'])]).slice(-3)).toEqual(['己 | 0 | 0 | 0', '3. 要求提', '供公开出']);
  });

  it('a next line holding numbers of its own takes none', () => {
    const own = [item('5', 400, 660.6)];
    expect(tableLines([...ROWS, ...cells(663.4, ['0', '0', '0']), ...own]).slice(-3)).toEqual([
      '己 | 0 | 0 | 0',
      '3. 要求提 | 5',
      '供公开出',
    ]);
  });
});
