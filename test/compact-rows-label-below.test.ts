/**
 * Rows of a compact table (Chromium print, rows one line pitch apart) whose lower row leaves a column
 * blank: `行政许可 0 3 48` over `其他对外管理服务事项 · 3 0` read `33` and `480` (the upper row's
 * one-line `0` on the first line made the stacks look top-aligned wrapped cells), and
 * `行政处罚 4 -4 51` over `行政强制 0` read `40`, none flagged (probe seed 329 p10, Chromium print of
 * our own 2019 report). The lower line starts a label at the upper label's left edge, and the upper
 * label stops well short of the width its column shows (a longer row label in it), so it is whole:
 * the lower line is a row of its own and nothing is joined. A top-aligned wrapped cell whose label
 * wraps too (its first line filling the column) is joined as before.
 */
import { describe, expect, it } from 'vitest';
import { type PositionedText } from 'zfxxgk-report';
import { item, tableLinesAfterParagraph } from './helpers/positioned-items.js';

/** A row of 12 pt items: its label at x = 40, then its cells (text and x). */
function row(label: string, y: number, cells: readonly (readonly [string, number])[]): PositionedText[] {
  return [item(label, 40, y), ...cells.map(([c, x]) => item(c, x, y))];
}

/** The laid-out lines without the paragraph's, cells joined by ` | `. */

const HEADER: readonly (readonly [string, number])[] = [
  ['上一年项目数量', 200],
  ['本年增/减', 300],
  ['处理决定数量', 400],
];

describe('layout: a row label on the lower line keeps rows one line apart from joining as wrapped numbers', () => {
  it('keeps `3` over `3`, `48` over `0` and `4` over `0` two rows each (one line pitch, 18, apart)', () => {
    const items = [
      ...row('信息内容', 736, HEADER),
      ...row('行政许可', 718, [
        ['0', 200],
        ['3', 300],
        ['48', 400],
      ]),
      ...row('其他对外管理服务事项', 700, [
        ['3', 300],
        ['0', 400],
      ]),
      ...row('信息内容', 682, HEADER),
      ...row('行政处罚', 664, [
        ['4', 200],
        ['-4', 300],
        ['51', 400],
      ]),
      ...row('行政强制', 646, [['0', 200]]),
    ];
    expect(tableLinesAfterParagraph(items)).toEqual([
      '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量',
      '行政许可 | 0 | 3 | 48',
      '其他对外管理服务事项 | — | 3 | 0',
      '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量',
      '行政处罚 | 4 | -4 | 51',
      '行政强制 | 0 | — | —',
    ]);
  });

  it('joins a top-aligned wrapped count whose label wraps too, its first line filling the column', () => {
    const items = [
      ...row('行政许可', 730, [
        ['0', 200],
        ['3', 300],
        ['4', 400],
      ]),
      ...row('其他对外管理服务', 700, [
        ['1', 200],
        ['17', 300],
        ['5', 400],
      ]),
      ...row('事项', 682, [['48', 300]]),
    ];
    expect(tableLinesAfterParagraph(items)).toEqual(['行政许可 | 0 | 3 | 4', '其他对外管理服务 | 1 | 1748 | 5', '事项']);
  });
});
