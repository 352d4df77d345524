/**
 * Table 三 of our own report of long numbers through LibreOffice and `pdftotext -layout` (probe seed
 * 503 p01): narrow cells wrap the long numbers (`6678` over `3` for 66783), and a row's numbers stand
 * at the middle of its multi-line label, so `pdftotext` lays the row `3.要求提供公开出版物`'s numbers out
 * on the line before its label (held by no row) and the wrapped tail `3` alone on the line after the
 * label's first line. The row then held the lone `3`, and the position grid stated it as the
 * row's 自然人 cell (truth 66783): one silent cell.
 *
 * A short row holding a lone piece of digits that stands within the span of an unclaimed number on
 * the lines right above it (`repairs/piece-under-unclaimed.ts`): the piece may be that number's
 * wrapped tail, so the row's stated numbers are candidates only.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from 'zfxxgk-report';
import { shortRowsWithPieceUnder } from '../src/repairs/piece-under-unclaimed.js';
import type { RowItem } from '../src/tables/placement.js';
import { cellsUnder, readFixture, shownUnder as shown, statedOtherwise } from './helpers/probe-fixtures.js';
import { LINE_OFFSETS, rowItemAt } from './helpers/layout-text.js';

/** The rows of table 三 as the generated truth has them, in the template's column order. */
const TRUTH: Record<string, (number | null)[]> = {
  't3.carriedForward.': [17, 0, 76, 3, 929, 0, 1025],
  't3.carriedOver.': [243, 44, 7681, 8059, 0, 3, 16030],
  't3.newReceived.': [305749, 294133, 118316, 158685, 192536, 162303, 1231722],
  't3.results.denied.administrativeQuery.': [72154, 63711, 2, 42939, 9105, 969, 188880],
  't3.results.denied.enforcementCaseFile.': [1, 23579, 30034, 75884, 534, 0, 130032],
  't3.results.denied.internalAffairs.': [1890, 25315, 31884, 64, 456, 0, 59609],
  't3.results.denied.processInformation.': [13, 50, 87, 4, 60158, 0, 60312],
  't3.results.denied.prohibitedByLaw.': [0, 466, 6, 0, 75, 745, 1292],
  't3.results.denied.securityStability.': [33167, 2718, 54, 8445, 0, 8, 44392],
  't3.results.denied.stateSecret.': [0, 0, 0, 405, 90312, 9, 90726],
  't3.results.denied.thirdPartyRights.': [1316, 0, 332, 889, 100, 994, 3631],
  't3.results.granted.': [0, 0, 9, 4981, 5, 0, 4995],
  't3.results.notProcessed.confirmOrReissue.': [3855, 138, 8934, 9080, 30, 61247, 83284],
  't3.results.notProcessed.duplicate.': [27777, 21918, 2483, 26, 7465, 435, 60104],
  't3.results.notProcessed.massRepeated.': [38, 7, 656, 0, 95, 8835, 9631],
  't3.results.notProcessed.petitionOrComplaint.': [69, 15, 539, 84, 630, 428, 1765],
  't3.results.notProcessed.publication.': [66783, 8, 520, 0, 7, 314, 67632],
  't3.results.otherHandling.other.': [0, 950, 32, 0, 141, 55521, 56644],
  't3.results.otherHandling.overdueCorrection.': [53, 178, 0, 8905, 9386, 13570, 32092],
  't3.results.otherHandling.unpaidFee.': [8436, 93649, 37176, 8498, 0, 13, 147772],
  't3.results.partiallyGranted.': [604, 176, 64, 6027, 6, 9367, 16244],
  't3.results.total.': [305975, 294177, 125921, 166741, 191607, 162306, 1246727],
  't3.results.unableToProvide.needsCreation.': [82339, 60469, 7666, 0, 4, 90, 150568],
  't3.results.unableToProvide.notHeld.': [6572, 5, 462, 0, 8472, 0, 15511],
  't3.results.unableToProvide.stillUnclear.': [908, 825, 4981, 510, 4626, 9761, 21611],
};

/** A number of digits at a line and character column, as a row item. */
const item = (raw: string, line: number, column: number): RowItem => rowItemAt(line, column, raw, LINE_OFFSETS);

describe('probe 503 p01 (lo-layout): a wrapped tail alone under an unclaimed number', () => {
  const text = readFixture('probe-503-p01-lo-layout.txt');

  it.each(Object.keys(TRUTH))('%s states no cell otherwise than printed', (row) => {
    expect(cellsUnder(text, row)).toHaveLength(7);
    expect(statedOtherwise(text, row, TRUTH[row] as (number | null)[])).toEqual([]);
  });

  it('flags the lone piece instead of stating it in the 自然人 column', () => {
    expect(shown(text, 't3.results.notProcessed.publication.')).toEqual([
      'ambiguous',
      'missing',
      'missing',
      'missing',
      'missing',
      'missing',
      'missing',
    ]);
    const cell = cellsUnder(text, 't3.results.notProcessed.publication.naturalPerson')[0];
    expect(cell?.status).toBe('ambiguous');
    const codes = parseReport(text)
      .diagnostics.filter((d) => d.path === 't3.results.notProcessed.publication')
      .map((d) => d.code);
    expect(codes).toContain('cells-missing');
  });

  it('keeps the rows around it as read', () => {
    expect(shown(text, 't3.results.notProcessed.massRepeated.')).toEqual([38, 7, 656, 0, 95, 8835, 9631]);
    expect(shown(text, 't3.results.notProcessed.confirmOrReissue.')).toEqual([3855, 138, 8934, 9080, 30, 61247, 83284]);
  });
});

describe('shortRowsWithPieceUnder', () => {
  const unclaimed = [item('6678', 10, 12), item('8', 10, 20)];
  const alone = (): boolean => true;

  it('names a short row whose lone digits stand within an unclaimed number up to two lines above', () => {
    expect(shortRowsWithPieceUnder([{ key: 'a', items: [item('3', 12, 13)], cells: 7 }], unclaimed, alone)).toEqual(['a']);
    expect(shortRowsWithPieceUnder([{ key: 'a', items: [item('3', 11, 15)], cells: 7 }], unclaimed, alone)).toEqual(['a']);
  });

  it('leaves a piece outside the span, too far below, above, or sharing its line', () => {
    const rows = (line: number, column: number) => [{ key: 'a', items: [item('3', line, column)], cells: 7 }];
    expect(shortRowsWithPieceUnder(rows(12, 16), unclaimed, alone)).toEqual([]);
    expect(shortRowsWithPieceUnder(rows(13, 13), unclaimed, alone)).toEqual([]);
    expect(shortRowsWithPieceUnder(rows(9, 13), unclaimed, alone)).toEqual([]);
    expect(shortRowsWithPieceUnder(rows(12, 13), unclaimed, () => false)).toEqual([]);
  });

  it('leaves a whole row and a table with nothing unclaimed', () => {
    const whole = Array.from({ length: 7 }, (_, k) => item('3', 12, 13 + k * 6));
    expect(shortRowsWithPieceUnder([{ key: 'a', items: whole, cells: 7 }], unclaimed, alone)).toEqual([]);
    expect(shortRowsWithPieceUnder([{ key: 'a', items: [item('3', 12, 13)], cells: 7 }], [], alone)).toEqual([]);
  });
});
