/**
 * Table 三 of our own report of long numbers through LibreOffice and `pdftotext -layout` (probe seed
 * 529 p05): narrow cells wrap the long numbers (`6406` over `4` for 64064). The row
 * `2.重复申请`'s label was not found, so the row before it, `1.信访举报投诉类申请`, took its numbers
 * and the next row's (`3.要求提供公开出版物`, printed on the line before that row's label) as its
 * surplus, every cell of it ambiguous; the wrapped tail `4` fell alone on a line of the next row's
 * label, which held it alone, and the position grid stated it as that row's 社会公益组织 cell (truth
 * 64064): one silent cell. The number `6406` it stands under was held by a row, so the check of a
 * piece under an unclaimed number (probe 503 p01) did not see it.
 *
 * A number held by a row that states no cell of it is a candidate at most, no more placed than an
 * unclaimed one (`heldUnstated`, `repairs/piece-under-unclaimed.ts`): a short row holding a lone
 * piece under it states its numbers as candidates only.
 */
import { describe, expect, it } from 'vitest';
import { heldUnstated, shortRowsWithPieceUnder } from '../src/repairs/piece-under-unclaimed.js';
import type { Placement, RowItem } from '../src/tables/placement.js';
import type { ValueToken } from '../src/tables/tokens.js';
import { cellsUnder, readFixture, shownUnder as shown, statedOtherwise } from './helpers/probe-fixtures.js';
import { LINE_OFFSETS, rowItemAt } from './helpers/layout-text.js';

/** The rows of table 三 around the wrapped tail, as the generated truth has them (template column order). */
const TRUTH: Record<string, (number | null)[]> = {
  't3.results.notProcessed.petitionOrComplaint.': [71354, 91, 8, 8, null, 4806, 76267],
  't3.results.notProcessed.duplicate.': [1, 8, 21138, 49349, 7, 2, 70505],
  't3.results.notProcessed.publication.': [200, 69980, 5247, 64064, 6834, 2383, 148708],
  't3.results.notProcessed.massRepeated.': [89, 69, 27, 49, 0, 230, 464],
  't3.results.notProcessed.confirmOrReissue.': [912, 4006, 9345, 0, 26, 400, 14689],
};

/** A number of digits at a line and character column, as a row item. */
const item = (raw: string, line: number, column: number): RowItem => rowItemAt(line, column, raw, LINE_OFFSETS);

/** A placement stating `it`'s number. */
function stated(it: RowItem): Placement {
  return { status: 'value', token: it.token as ValueToken };
}

/** A placement giving `it`'s number as a candidate only. */
function contested(it: RowItem): Placement {
  return { status: 'ambiguous', candidates: [(it.token as ValueToken).content.value], tokens: [it.token as ValueToken] };
}

describe('probe 529 p05 (lo-layout): a wrapped tail alone under a number no row states', () => {
  const text = readFixture('probe-529-p05-lo-layout.txt');

  it.each(Object.keys(TRUTH))('%s states no cell otherwise than printed', (row) => {
    expect(cellsUnder(text, row)).toHaveLength(7);
    expect(statedOtherwise(text, row, TRUTH[row] as (number | null)[])).toEqual([]);
  });

  it('flags the lone piece instead of stating it in the 社会公益组织 column', () => {
    expect(shown(text, 't3.results.notProcessed.publication.')).toEqual([
      'missing',
      'missing',
      'missing',
      'ambiguous',
      'missing',
      'missing',
      'missing',
    ]);
  });
});

describe('heldUnstated', () => {
  const a = item('6406', 10, 12);
  const b = item('6834', 10, 20);
  const c = item('2383', 10, 28);

  it('gives the numbers a row holds that no row states, surplus and candidates alike', () => {
    const rows = [{ items: [a, b, c], placement: { columns: [contested(a), stated(b)], surplus: 1, deficit: 0 } }];
    expect(heldUnstated(rows)).toEqual([a, c]);
  });

  it('leaves a number stated by another row than the one holding it', () => {
    const rows = [
      { items: [a], placement: { columns: [contested(a)], surplus: 0, deficit: 0 } },
      { items: [], placement: { columns: [stated(a)], surplus: 0, deficit: 0 } },
    ];
    expect(heldUnstated(rows)).toEqual([]);
  });

  it('makes a lone piece under a held, unstated number contested, not under a stated one', () => {
    const short = [{ key: 'short', items: [item('4', 12, 13)], cells: 7 }];
    const alone = (): boolean => true;
    const contestedRows = [{ items: [a], placement: { columns: [contested(a)], surplus: 0, deficit: 0 } }];
    const statedRows = [{ items: [a], placement: { columns: [stated(a)], surplus: 0, deficit: 0 } }];
    expect(shortRowsWithPieceUnder(short, heldUnstated(contestedRows), alone)).toEqual(['short']);
    expect(shortRowsWithPieceUnder(short, heldUnstated(statedRows), alone)).toEqual([]);
  });
});
