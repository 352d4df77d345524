/**
 * Table 四 read with lost cells (issue 12): where the group sums put a group's total among the lost
 * cells, nothing checks that group, and its numbers rest on reading order alone. In `pdftotext
 * -layout` text of our own prints, a total wrapped in its cell (`５` and `１` for 51 on one line;
 * `78,59` over `1` in LibreOffice's print) reads as two numbers, every number after it shifts one
 * cell on, and the group whose total was "lost" stated them all, silently (probe seeds 39 and 121).
 * Its cells are now candidates, not stated.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

const table4 = (name: string) => cellsUnder(readFixture(name), 't4.');

/** Table 四 of our two reports as the truth has it (null: left blank), 15 cells in order. */
const TRUTH: Record<string, (number | null)[]> = {
  'probe-39-p03-chromium-layout.txt': [null, 7, 0, 44, 51, 7, 0, null, 37, 44, 0, 0, null, null, 0],
  'probe-121-p08-lo-layout.txt': [2806, 2, 0, 75783, 78591, null, 0, null, 9, 9, 1519, 839, 170, null, 2528],
};

describe('table 四: a group whose total is among the lost cells', () => {
  it.each(Object.keys(TRUTH))('%s: no cell stated wrong', (name) => {
    const truth = TRUTH[name] as (number | null)[];
    const cells = table4(name);
    expect(cells).toHaveLength(15);
    expect(statedWrong(cells, truth)).toEqual([]);
  });

  it('keeps the shifted numbers as candidates', () => {
    const cells = table4('probe-39-p03-chromium-layout.txt');
    expect(cells.slice(0, 4).map((c) => [c.status, c.status === 'ambiguous' ? c.candidates : null])).toEqual([
      ['ambiguous', [7]],
      ['ambiguous', [0]],
      ['ambiguous', [44]],
      ['ambiguous', [5]],
    ]);
  });
});
