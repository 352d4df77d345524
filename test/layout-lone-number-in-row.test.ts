/**
 * Blank markers and a number set in the middle of a tall cell (issue 12, probe seed 337 p04, lo-pdf):
 * LibreOffice prints table 二's lone row `政府集中采购` with its label wrapped over two lines, the amount
 * wrapped too (`7,354.57` / `元`), both at the top of their cells, and the count `48` alone in its
 * cell, set half a line down, between the label's two lines. Laid out, `48` is a line of its own, no
 * row (a number without a label); the row's line held one number under the header's two columns, so
 * the count's column got a blank marker: the count was stated blank, silently (48 was only reported
 * unplaced, naming no cell). A line of numbers right under a row, closer than a line of text, is a
 * piece of that row: the block gets no markers (as for numbers wrapped in their cells), and the
 * reader flags what it cannot place. Our own items, built here.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, type PositionedText } from 'zfxxgk-report';
import { item, textLines } from './helpers/positioned-items.js';

/** x of the label column, the count column and the amount column. */
const LABEL_X = 60;
const COUNT_X = 170;
const AMOUNT_X = 240;

/** The sub-table: its caption, header, and the row; `count` null for a cell printed blank. */
function subTable(count: string | null, countY: number): PositionedText[] {
  return [
    item('第二十条第（九）项', 100, 720),
    item('信息内容', LABEL_X, 700),
    item('采购项目数量', 145, 700),
    item('采购总金额', 230, 700),
    item('政府集', LABEL_X, 680),
    item('7,354.57', AMOUNT_X, 680),
    ...(count === null ? [] : [item(count, COUNT_X, countY)]),
    item('中采购', LABEL_X, 665),
    item('元', AMOUNT_X + 20, 665),
  ];
}

describe('a lone number between the lines of a row’s wrapped label', () => {
  it('gets no blank marker written in its column on the row’s line', () => {
    const lines = textLines(layoutText(subTable('48', 673)).text);
    expect(lines).toContain('48');
    expect(lines.some((l) => l.includes('\u2014'))).toBe(false);
  });

  it('a cell printed blank still gets its marker (nothing under the row)', () => {
    const lines = textLines(layoutText(subTable(null, 0)).text);
    expect(lines.find((l) => l.startsWith('政府集'))?.split(/ +/)).toEqual(['政府集', '\u2014', '7,354.57']);
  });

  it('a number a whole line below is no piece of the row: the marker stays', () => {
    // (a line of text and more under the row's line: the step between two rows, not a piece of this one)
    const lines = textLines(layoutText(subTable('48', 660)).text);
    expect(lines.find((l) => l.startsWith('政府集'))?.split(/ +/)).toEqual(['政府集', '\u2014', '7,354.57']);
  });
});
