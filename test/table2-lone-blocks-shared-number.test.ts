/**
 * Table 二 in plain `pdftotext` of an Office print whose lines hold no run of numbers (every number a
 * block of its own, so the region is not recognised as a block stream): poppler writes a cell's block
 * after the label block above it as readily as after its own. `行政处罚 / 50 / 行政强制 / 第二十条第（八）项`
 * is the text both of 行政处罚 50 with 行政强制 blank and of 行政处罚 blank with 行政强制 50 (table 二 has
 * no arithmetic to tell them apart): 行政处罚's number is only a candidate. Our own report (probe seed
 * 346 p09, LibreOffice; 行政处罚 blank, 行政强制 50).
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';

const SUB = 't2.art20_6.';
const FIXTURE = 'probe-346-p09-lo-plain.txt';

/** Each cell as its value, `ambiguous:[…]`, or its status. */
const shown = (text: string, prefix: string): unknown[] =>
  cellsUnder(text, prefix).map((c) =>
    c.status === 'value' ? c.value : c.status === 'ambiguous' ? `ambiguous:${JSON.stringify(c.candidates)}` : c.status,
  );

describe('table 二: a row before a lost row, numbers as blocks of their own', () => {
  it('states no number for the row before a row that shows none', () => {
    expect(shown(readFixture(FIXTURE), SUB)).toEqual(['ambiguous:[50]', 'missing']);
  });

  it('keeps the rows before rows that show their numbers', () => {
    const text = readFixture(FIXTURE);
    expect(shown(text, 't2.art20_1.regulations.')).toEqual([36, 0, 44]);
    expect(shown(text, 't2.art20_5.')).toEqual([16]);
    expect(shown(text, 't2.art20_8.')).toEqual([13437.3]);
  });

  it('keeps the number written as a block of its own after its label (beside it, on its baseline)', () => {
    // (行政规范性文件 shown whole: a wider row short of a cell contests the number too, test/table2-wide-row-cells.test.ts)
    const text = readFixture(FIXTURE)
      .replace('行政规范性文件\n\n60\n\n60\n', '行政规范性文件\n\n60\n\n0\n\n60\n')
      .replace(/行政处罚\n50\n/, '行政处罚\n\n50\n');
    expect(shown(text, SUB)).toEqual([50, 'missing']);
  });

  it('keeps the number where each cell follows the text before it on the next line (no block of its own)', () => {
    // (the same region with its blank lines taken out: Chromium's plain text writes so, in order)
    const text = readFixture(FIXTURE).replace('行政规范性文件\n\n60\n\n60\n', '行政规范性文件\n\n60\n\n0\n\n60\n');
    const at = text.indexOf('二、主动公开');
    const end = text.indexOf('三、收到和处理');
    const packed = text.slice(0, at) + text.slice(at, end).replace(/\n\n+/g, '\n') + text.slice(end);
    expect(shown(packed, SUB)).toEqual([50, 'missing']);
  });
});
