/**
 * The geometry the OCR engine uses after recognition (src/ocr/node/grid.ts), on made-up boxes and
 * pixels, so no OCR engine is needed: gaps of columns of numbers (cells the detector missed) and
 * ink a number's reading leaves out (a dropped minus sign).
 */
import { describe, expect, it } from 'vitest';
import { gridGaps, inkMarks, MAX_GAPS, unreadInk } from '../src/ocr/node/grid.js';
import type { OcrBox } from '../src/ocr/types.js';

const H = 20;
const box = (text: string, x: number, row: number): OcrBox => ({
  text,
  x0: x,
  y0: 100 + row * 36,
  x1: x + 10 * text.length,
  y1: 100 + row * 36 + H,
});

/** A table of 5 rows × 4 columns of numbers with a label, minus the cells listed as `skip` ("row,col"). */
function table(skip: readonly string[] = []): OcrBox[] {
  const out: OcrBox[] = [];
  for (let row = 0; row < 5; row++) {
    out.push(box('一、本年新收', 20, row));
    for (let col = 0; col < 4; col++) if (!skip.includes(`${row},${col}`)) out.push(box(String(10 + row + col), 300 + col * 80, row));
  }
  return out;
}

/** RGBA pixels of a white w×h box with black rectangles painted in. */
function pixels(w: number, h: number, rects: readonly [number, number, number, number][], grey = 0): Uint8ClampedArray {
  const data = new Uint8ClampedArray(w * h * 4).fill(255);
  for (const [x0, y0, rw, rh] of rects)
    for (let y = y0; y < y0 + rh; y++)
      for (let x = x0; x < x0 + rw; x++) {
        const j = (y * w + x) * 4;
        data[j] = data[j + 1] = data[j + 2] = grey;
      }
  return data;
}

describe('gridGaps', () => {
  it('finds the cell of a column missing in a row, between its neighbours and at its height', () => {
    const gaps = gridGaps(table(['1,2']));
    expect(gaps).toHaveLength(1);
    const [g] = gaps;
    expect(g!.x0).toBeGreaterThanOrEqual(300 + 80 + 20);
    expect(g!.x1).toBeLessThanOrEqual(300 + 3 * 80);
    expect(g!.x0).toBeLessThan(300 + 2 * 80);
    expect(g!.x1).toBeGreaterThan(300 + 2 * 80 + 20);
    expect(g!.y0).toBeCloseTo(136, 0);
    expect(g!.y1).toBeCloseTo(156, 0);
  });

  it('finds cells missing at the end of the last row (below the column) and none in a full table', () => {
    expect(gridGaps(table())).toEqual([]);
    expect(gridGaps(table(['4,2', '4,3']))).toHaveLength(2);
  });

  it('ignores rows with fewer than two numbers, text rows and columns of fewer than three numbers', () => {
    const boxes = table(['1,1', '1,2', '1,3']);
    expect(gridGaps(boxes)).toEqual([]);
    expect(gridGaps(table(['0,2', '1,2', '2,2']))).toEqual([]);
    expect(gridGaps([box('12', 300, 0), box('13', 380, 0), box('正文', 300, 1)])).toEqual([]);
  });

  it('a row whose boxes fall into two groups (set a little apart) has no gap where a box is', () => {
    const boxes = table();
    // Row 2: the right half of its numbers a little lower (more than half a box height from the first).
    for (const b of boxes) if (b.y0 === 100 + 2 * 36 && b.x0 >= 460) Object.assign(b, { y0: b.y0 + 11, y1: b.y1 + 11 });
    expect(gridGaps(boxes)).toEqual([]);
  });

  it('is bounded', () => {
    const boxes: OcrBox[] = [];
    for (let row = 0; row < 300; row++) {
      for (let col = 0; col < 6; col++) if (col < 2 || row < 3) boxes.push(box('7', 300 + col * 80, row));
    }
    expect(gridGaps(boxes).length).toBeLessThanOrEqual(MAX_GAPS);
  });
});

describe('unreadInk', () => {
  const digit = (x: number): [number, number, number, number] => [x, 4, 8, 14];
  const dash: [number, number, number, number] = [2, 11, 6, 2];

  it('a dash left of the digits that the reading dropped makes the number doubtful', () => {
    const marks = inkMarks(pixels(30, 22, [dash, digit(12)]), 30, 22);
    expect(marks).toHaveLength(2);
    expect(unreadInk('1', marks, 22)).toBe(true);
    expect(unreadInk('-1', marks, 22)).toBe(false);
  });

  it('a faint dash on grey paper is ink; a light-red seal is not', () => {
    const data = pixels(30, 22, [digit(12)], 40);
    for (let x = 2; x < 8; x++)
      for (let y = 11; y < 13; y++) {
        const j = (y * 30 + x) * 4;
        data[j] = data[j + 1] = data[j + 2] = 150;
      }
    for (let i = 0; i < data.length; i += 4) if (data[i] === 255) data[i] = data[i + 1] = data[i + 2] = 215;
    expect(unreadInk('1', inkMarks(data, 30, 22), 22)).toBe(true);
    const red = pixels(30, 22, [digit(12)]);
    for (let x = 2; x < 8; x++)
      for (let y = 11; y < 13; y++) {
        const j = (y * 30 + x) * 4;
        red[j] = 230;
        red[j + 1] = red[j + 2] = 40;
      }
    expect(unreadInk('1', inkMarks(red, 30, 22), 22)).toBe(false);
  });

  it('more digit-tall marks than digits read is doubtful; touching digits (fewer marks) and specks are not', () => {
    const two = inkMarks(pixels(40, 22, [digit(4), digit(20)]), 40, 22);
    expect(unreadInk('1', two, 22)).toBe(true);
    expect(unreadInk('10', two, 22)).toBe(false);
    expect(unreadInk('100', two, 22)).toBe(false);
    const speck = inkMarks(pixels(40, 22, [digit(20), [5, 10, 1, 1]]), 40, 22);
    expect(unreadInk('1', speck, 22)).toBe(false);
  });

  it('only numbers are checked, and a blank box has no marks', () => {
    const marks = inkMarks(pixels(30, 22, [dash, digit(12)]), 30, 22);
    expect(unreadInk('规章', marks, 22)).toBe(false);
    expect(inkMarks(pixels(30, 22, []), 30, 22)).toEqual([]);
  });
});
