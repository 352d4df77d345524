/**
 * The repeated-label contest (`src/repairs/repeated-label-before.ts`) stands down where the text places
 * the row's numbers by position on its own label's line (pos16). Our own 2021 report through
 * LibreOffice and `pdftotext -layout` (probe seed 525 p09, digits): the group cell `其他处理` prints `其他`
 * left of the row `申请人逾期未按收费通知要求缴纳费用、…`, whose wide numbers wrap inside their cells:
 * the label's line holds the first pieces of four of them set off by runs of spaces (`５７４ ５６６８
 * １２２ １２６５`), the line under it the row's first three numbers (`０ ４６ ６７`), the label's second
 * line the rest of the pieces. The row's first number's first piece stands under the label's line, so
 * it was not taken as placed there, and the piece `其他` (the words of the row `其他`) contested the row:
 * 7 right cells flagged. The first number whose first piece is printed on its own line places the row.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from 'zfxxgk-report';
import { readFixture, statedOtherwise, valuesUnder } from './helpers/probe-fixtures.js';

const ROW = 't3.results.otherHandling.unpaidFee';

describe('probe 525 p09 (lo-layout): a row whose wrapped numbers begin on its label’s line, after a group piece', () => {
  const text = readFixture('probe-525-p09-lo-layout.txt');

  it('reads the row’s numbers as its own, uncontested (they were ambiguous: 7 cells flagged)', () => {
    expect(valuesUnder(text, `${ROW}.`)).toEqual([0, 46, 67, 57458, 56684, 12285, 126540]);
    const read = parseReport(text, { format: 'text' });
    expect(read.diagnostics.filter((d) => d.code === 'ownership-undecided' && d.path === ROW)).toEqual([]);
  });

  it('states no cell of the row `其他` otherwise than printed', () => {
    expect(statedOtherwise(text, 't3.results.otherHandling.other.', [17156, 9250, 40, 6710, 769, 5, 33930])).toEqual([]);
  });
});
