/**
 * Row bands (`src/tables/stacked-bands.ts`) and a later sub-table's header (issue 12). In
 * `pdftotext -layout` of our own LibreOffice print (probe seed 117, p09, 2021), table 二 is one block
 * of lines; 规章's numbers stand on its label's line (`规章  48  43  48`), 行政规范性文件's one line
 * lower, its label wrapped around them (`行政规范性文` / `41  3  48` / `件`). The header lines of
 * the one-column sub-tables below (`信息内容  本年处理决定数量`: two labels side by side at the margin)
 * made the margin a group column, so 规章 read as a piece of a group's cell, not a row label, and the
 * two rows made one band of wrapped numbers: 4841, 433, 4848 were stated for 行政规范性文件, silently.
 * A row label stands left of every cell; header words stand over the cells' columns and make no
 * group column.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** 第二十条第（一）项 of our report's truth: 规章, then 行政规范性文件. */
const TRUTH = [48, 43, 48, 41, 3, 48];

describe('row bands beside a later sub-table header', () => {
  it('joins no number across a one-line row and the wrapped row below it (4841 was stated, silently)', () => {
    const cells = cellsUnder(readFixture('probe-117-p09-lo-layout.txt'), 't2.art20_1.');
    expect(cells).toHaveLength(6);
    expect(statedWrong(cells, TRUTH)).toEqual([]);
    expect(cells.map((c) => c.value)).toEqual(TRUTH);
  });
});
