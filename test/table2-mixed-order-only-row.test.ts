/**
 * Table 二 of LibreOffice's plain `pdftotext` read numbers-before-labels for the whole table from its
 * structure alone (`0 / 0 / 9` before `规章`, `17,938.71` before `行政事业性收费`), while 第二十条第（五）项
 * prints its one row's number after the label (`行政许可 / 37 / 第二十条第（六）项`). Read before their labels,
 * 37 went across the next caption to 行政处罚 and 行政处罚's 56 to 行政强制 (blank): a one-row sub-table whose
 * numbers follow its label shows the order is mixed, and each sub-table is read by its own evidence. Our own
 * report (probe seed 497 p03, LibreOffice: 行政许可 37, 行政处罚 56, 行政强制 blank).
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';

const FIXTURE = 'probe-497-p03-lo-plain.txt';

/** Each cell as its value, `ambiguous:[…]`, or its status. */
const shown = (text: string, prefix: string): unknown[] =>
  cellsUnder(text, prefix).map((c) =>
    c.status === 'value' ? c.value : c.status === 'ambiguous' ? `ambiguous:${JSON.stringify(c.candidates)}` : c.status,
  );

describe('table 二: numbers before their labels, a one-row sub-table whose number follows its label', () => {
  it('gives the one-row sub-table its number and states no number across a caption', () => {
    const text = readFixture(FIXTURE);
    expect(shown(text, 't2.art20_5.')).toEqual([37]);
    expect(shown(text, 't2.art20_6.')).toEqual(['ambiguous:[56]', 'ambiguous:[56]']);
  });
});
