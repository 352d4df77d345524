/**
 * Row bands (`src/tables/stacked-bands.ts`) are cut only in text placed by position (issue 12). In
 * plain `pdftotext` of our own Chromium print (probe seed 114, p04, 2019), table 二 comes out one
 * cell group per line: `行政处罚 １４` / `－２ ０` / `行政强制 ５８`. Read as a band, `１４` and `５８`
 * stood symmetric about a middle line of one-line cells, and were joined into 1458, stated for
 * 行政处罚's decision count, silently (the truth is 0). A one-line cell at the margin is text in
 * reading order, not a cell placed on the page, so no band is cut there.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** 第二十条第（六）项 of our report's truth: 行政处罚 then 行政强制, three cells each. */
const TRUTH = [14, -2, 0, 58, -4, 0];

describe('row bands in plain text', () => {
  it('joins no number across two rows printed at the margin (1458 was stated, silently)', () => {
    const cells = cellsUnder(readFixture('probe-114-p04-chromium-plain.txt'), 't2.art20_6.');
    expect(cells).toHaveLength(6);
    expect(statedWrong(cells, TRUTH)).toEqual([]);
    expect(cells.some((c) => c.status === 'value' && c.value === 1458)).toBe(false);
  });
});
