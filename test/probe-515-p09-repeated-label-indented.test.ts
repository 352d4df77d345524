/**
 * The repeated-label contest (`src/repairs/repeated-label-before.ts`) stands down where the text places
 * the row's numbers by position on its own label's line (pos16). Our own 2021 report printed by Chromium
 * through `pdftotext -layout` (probe seed 515 p09): table 三 is so cramped that the row
 * `2、申请人逾期未按收费通知要求缴纳费用、…` prints its numbers on its label's second line with single spaces
 * only (`     处理 用、行政机关不再处理其政府信息公开申 ０ / ０ ０ ６０ ０ ６０`), after the group cell `其他处理`,
 * whose piece `其他` (the words of the row `其他`) stands right before the row's label. No number is set off
 * by a run of spaces, so the row was contested: 7 right cells flagged. The line's text is indented, as
 * `pdftotext -layout` sets it where it stands on the page (plain text begins every line at its first
 * character): the line is a band of the page, and the numbers on it after the row's label piece are the
 * row's. The same lines with the indentation taken away are still contested.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from 'zfxxgk-report';
import { readFixture, statedOtherwise, valuesUnder } from './helpers/probe-fixtures.js';

const ROW = 't3.results.otherHandling.unpaidFee';
const ROW_TRUTH = [0, null, 0, 0, 60, 0, 60];

describe('probe 515 p09 (chromium-layout): a cramped row on an indented line of its label, after a group piece', () => {
  const text = readFixture('probe-515-p09-chromium-layout.txt');

  it('reads the row’s numbers as its own, uncontested (they were ambiguous: 7 cells flagged)', () => {
    expect(valuesUnder(text, `${ROW}.`)).toEqual(ROW_TRUTH);
    const read = parseReport(text, { format: 'text' });
    expect(read.diagnostics.filter((d) => d.code === 'ownership-undecided' && d.path === ROW)).toEqual([]);
  });

  it('states no cell of the row or of the row `其他` otherwise than printed', () => {
    expect(statedOtherwise(text, `${ROW}.`, ROW_TRUTH)).toEqual([]);
    expect(statedOtherwise(text, 't3.results.otherHandling.other.', [null, 60, 0, null, 0, 0, 60])).toEqual([]);
  });

  it('still contests the row where its line is not indented', () => {
    const flush = text.replace(/^ +(处理 用、行政机关不再处理其政府信息公开申 )/mu, '$1');
    expect(flush).not.toEqual(text);
    const read = parseReport(flush, { format: 'text' });
    expect(read.diagnostics.filter((d) => d.code === 'ownership-undecided' && d.path === ROW)).not.toEqual([]);
  });
});
