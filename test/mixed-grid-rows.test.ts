/**
 * `pdftotext -layout` of a Chromium print with header and footer (our own report, probe seed 149,
 * p08): on page 2 the upper rows of table 三 stand on one column grid (the last three columns far
 * right) and the lower rows on another; three rows between them mix the two, printing their fifth
 * cell last, at the upper grid's fifth column (`０ ０ ０ ０ ０ ５３ … ５３`). Such a row is in doubt
 * between the printed order and the columns' order, unless its row sum keeps one
 * (tables/mixed-grid-rows.ts).
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';

const value = (c: { status: string; value: number | null }): number | string => (c.status === 'value' ? c.value! : c.status);
const FIXTURE = 'probe-149-p08-chromium-hf-layout.txt';
const row = (text: string, key: string) => cellsUnder(text, `t3.results.${key}.`);

describe('pdftotext -layout: table 三 rows mixing two column grids', () => {
  it('reads a mixed row by its columns where only that order keeps the row sum', () => {
    const text = readFixture(FIXTURE);
    // printed `３５ ０ ５７ ０ ０ ９５ … ３`: 3 is the fifth cell (35 + 57 + 3 = 95)
    expect(row(text, 'unableToProvide.stillUnclear').map(value)).toEqual([35, 0, 57, 0, 3, 0, 95]);
    // printed `２８ ０ ３４ ０ ０ ６２ … ０`
    expect(row(text, 'notProcessed.duplicate').map(value)).toEqual([28, 0, 34, 0, 0, 0, 62]);
  });

  it('leaves the two cells ambiguous where both orders keep the row sum', () => {
    const cells = row(readFixture(FIXTURE), 'notProcessed.petitionOrComplaint');
    expect(cells.map(value)).toEqual([0, 0, 0, 0, 'ambiguous', 'ambiguous', 53]);
    expect(cells.slice(4, 6).map((c) => [...(c.candidates ?? [])].sort((a, b) => a - b))).toEqual([
      [0, 53],
      [0, 53],
    ]);
  });

  it('leaves a row printed in its columns on the lower grid alone', () => {
    // The same row laid on the lower grid in order (its fifth cell where the lower rows keep it).
    const text = readFixture(FIXTURE).replace(/(信访举报投诉类申请 ０ ０ ０ ０) +０ ５３ +５３/, '$1     ５３  ０  ５３');
    expect(text).not.toBe(readFixture(FIXTURE));
    expect(row(text, 'notProcessed.petitionOrComplaint').map(value)).toEqual([0, 0, 0, 0, 53, 0, 53]);
  });
});
