/**
 * Table 三 of `pdftotext -layout` text (our probe reports): a row whose numbers stand on the line right
 * above its wrapped label, and a row found by a later piece of its label whose numbered beginning
 * holds the numbers (`src/repairs/numbers-line-above.ts`, `src/repairs/label-begun-empty.ts`).
 *
 * - 324 p03 chromium-layout: `1. 申请人…` (the row 申请人无正当理由逾期不补正…) is found by a later piece;
 *   its numbers, on the line of its first piece, fell to the row before (`5. 要求行…`, its own numbers
 *   on its label's line) and the table was flagged.
 * - 328 p06 lo-layout: `2. 重复申请` printed blank, its label alone on two lines; the line of zeros
 *   three lines under it stands right above `3. 要求提供公开出版物`. Read in order, the blank row took it
 *   and the other row was left blank: the line is the lower row's (and a zeros report: nothing else
 *   tells, so its cells stay open, none stated blank).
 * - 261 p09 lo-layout: the numbers beside `1. 申请人无正` (its label's numbered beginning, a group
 *   label's piece before it), the row found by a later piece.
 */
import { describe, expect, it } from 'vitest';
import { parseReport, validateReport } from 'zfxxgk-report';
import { cellsUnder, readFixture, statedOtherwise, valuesUnder as shown } from './helpers/probe-fixtures.js';

describe('probe 324 p03 (chromium-layout): numbers on the line of a label found by a later piece', () => {
  const text = readFixture('probe-324-p03-chromium-layout.txt');
  const TRUTH: Record<string, (number | null)[]> = {
    't3.results.notProcessed.confirmOrReissue.': [null, null, null, 7, null, 0, 7],
    't3.results.otherHandling.overdueCorrection.': [5, 30, 12, null, 48, 0, 95],
    't3.results.total.': [192, 220, 156, 181, 349, 210, 1308],
    't3.newReceived.': [164, 220, 156, 181, 349, 263, 1333],
  };

  it.each(Object.keys(TRUTH))('%s reads every cell as printed', (row) => {
    expect(shown(text, row)).toEqual(TRUTH[row]);
  });

  it('leaves no number of table 三 unplaced', () => {
    expect(parseReport(text).diagnostics.filter((d) => d.path === 't3' && d.code === 'values-unplaced')).toEqual([]);
  });

  it('names every stated cell of the row by a failing rule where its line does not add up (total changed)', () => {
    const broken = text.replace(/( 48 {3}0 {3})95\n/, '$190\n');
    expect(broken).not.toBe(text);
    const row = 't3.results.otherHandling.overdueCorrection.';
    const failing = validateReport(parseReport(broken).report!).issues.filter((i) => i.status === 'fail' && i.severity !== 'info');
    const stated = cellsUnder(broken, row).filter((c) => c.status === 'value');
    expect(stated.map((c) => c.value)).toEqual([5, 30, 12, 48, 0, 90]);
    for (const c of stated) expect(failing.some((i) => i.addresses.includes(c.address))).toBe(true);
  });
});

describe('probe 328 p06 (lo-layout): a blank row above a line of zeros that stands right above the next label', () => {
  const text = readFixture('probe-328-p06-lo-layout.txt');

  it('reads the blank row blank and states nothing of the next row otherwise', () => {
    expect(shown(text, 't3.results.notProcessed.duplicate.')).toEqual([null, null, null, null, null, null, null]);
    const publication = 't3.results.notProcessed.publication.';
    expect(statedOtherwise(text, publication, [null, 0, 0, 0, null, null, null])).toEqual([]);
    expect(cellsUnder(text, `${publication}researchInstitution`)[0]?.candidates).toContain(0);
  });

  it('states no cell of 不予公开 1 wrong (its zero on the line above its label)', () => {
    expect(statedOtherwise(text, 't3.results.denied.stateSecret.', [null, null, 0, null, null, null, null])).toEqual([]);
  });
});

describe('probe 261 p09 (lo-layout): the numbers beside a label’s numbered beginning', () => {
  const text = readFixture('probe-261-p09-lo-layout.txt');

  it('gives the row found by a later piece the numbers of its beginning', () => {
    const row = 't3.results.otherHandling.overdueCorrection.';
    // (its blanks stated since layout15: the table's complete rows, one space apart, speak for its places)
    expect(shown(text, row)).toEqual([null, 35, null, 20, null, 54, 109]);
  });
});
