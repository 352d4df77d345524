/**
 * A compact table 二 (rows one line pitch apart) printed by Chromium, laid out from its PDF text
 * layer (probe seed 556, p05, chromium-pdf: our own generated report). `43` over the next row's `0`
 * in one column looked like one number wrapped in a cell aligned at its top (the row's `0` on the
 * stack's first line, nothing at its middle), and `430` was stated with the next row's cell blank,
 * silently. The next row's other cells, `50,929` twice, stand on the stack's second line: whole
 * counts grouped by thousands are one-line cells of another row, as the plain digits are.
 */
import { describe, expect, it } from 'vitest';
import { layoutText } from 'zfxxgk-report';
import { item, PARAGRAPH_LINES, textLines } from './helpers/positioned-items.js';

const cells = (text: string): string[][] =>
  textLines(text)
    .slice(3)
    .map((l) => l.split(/ +/));

describe('layout: a grouped count on a stack line shows two rows', () => {
  it('never joins a number to the next row cell when that row holds grouped counts on its line', () => {
    const out = layoutText([
      ...PARAGRAPH_LINES,
      item('规章', 40, 700),
      item('0', 130, 700),
      item('43', 205, 700),
      item('3,754', 280, 700),
      item('行政规范性文件', 40, 682),
      item('50,929', 130, 682),
      item('0', 205, 682),
      item('50,929', 280, 682),
    ]);
    expect(cells(out.text)).toEqual([
      ['规章', '0', '43', '3,754'],
      ['行政规范性文件', '50,929', '0', '50,929'],
    ]);
  });

  it('still joins a wrapped cell whose row holds a grouped count on its first line (cells aligned at their top)', () => {
    const out = layoutText([
      ...PARAGRAPH_LINES,
      item('本年新收', 40, 700),
      item('3,754', 130, 700),
      item('１７', 205, 700),
      item('４８', 205, 682),
      item('其他', 40, 660),
      item('5', 130, 660),
      item('6', 205, 660),
    ]);
    expect(cells(out.text)).toEqual([
      ['本年新收', '3,754', '１７４８'],
      ['其他', '5', '6'],
    ]);
  });
});
