/**
 * `pdftotext -layout` of LibreOffice's PDF, table 四 of a report with blank cells (our own report,
 * probe seed 556, p06): the row's eleven numbers print on one line, the four blank cells printing
 * nothing. Blank lines are the only gaps the row's reading measures, and they show one lost cell
 * (the header's spacing) where four are lost: a lost cell between two numbers of one line leaves no
 * blank line, so the numbers are not anchored at the row's end in turn (that put the review group's
 * numbers in the litigation groups, and a litigation group of zeros kept its sum).
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedOtherwise } from './helpers/probe-fixtures.js';

// review, litigation without review, litigation after review (null: a blank cell)
const TRUTH = [48, 0, 0, 41, 89, null, 0, 0, 0, 0, 34, null, null, null, 34];

describe('pdftotext -layout: table 四 with blank cells on one line', () => {
  const text = readFixture('probe-556-p06-lo-layout.txt');

  it('states no cell of table 四 otherwise than the report has it', () => {
    expect(statedOtherwise(text, 't4.', TRUTH)).toEqual([]);
  });

  it('flags the cells the line does not place (ambiguous, the truth among the candidates)', () => {
    const cells = cellsUnder(text, 't4.');
    expect(cells.map((c) => c.status)).toEqual([...new Array<string>(14).fill('ambiguous'), 'value']);
    expect(cells[14]?.value).toBe(34);
    cells.slice(0, 5).forEach((c, j) => expect(c.candidates, c.address).toContain(TRUTH[j]));
  });
});
