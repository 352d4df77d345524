/**
 * A one-digit number touching the end of its row label in `pdftotext -layout` text (probe seed 204,
 * p06, 2019 template, Chromium print, blank cells): `（二）部分公开（区分处理的，只计这一情形，不计其他情形）0`,
 * the label filling its column so that the first cell's `0` follows it without a space. The `0` was
 * a value glued to text, so the row (four numbers, three blanks lost) was not searched as a row that
 * lost blanks; its cells were unknown to the table-wide search, every equation through them
 * unchecked, and the search (whose rows that lost blanks count only where their equations hold)
 * found no combination: every short row of table 三 was `ambiguous` (119 of its 161 cells flagged).
 * One digit is one number: such a row is searched like the others.
 */
import { describe, expect, it } from 'vitest';
import type { CellRecord } from 'zfxxgk-report';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** Our report's truth (naturalPerson … total; null: blank). */
const PARTIALLY_GRANTED = [0, null, null, null, 2, 0, 2];
const STATE_SECRET = [50, 54, 41, 0, null, null, 145];
const THIRD_PARTY = [33, null, 0, 0, 2, 37, 72];
const INTERNAL_AFFAIRS = [34, 0, 0, 0, 0, 56, 90];

/** Table 三 cells left flagged: the two rows on alternating lines either turn reads, and four more. */
const FLAGGED = 18;

const shown = (c: CellRecord): number | string | (number | null)[] =>
  c.status === 'value' ? (c.value as number) : c.status === 'ambiguous' ? (c.candidates ?? []) : c.status;

describe('a one-digit number touching its row label (pdftotext -layout)', () => {
  const text = readFixture('probe-204-p06-chromium-layout.txt');

  it('reads the row: its blanks placed by the table-wide search', () => {
    expect(cellsUnder(text, 't3.results.partiallyGranted.').map(shown)).toEqual([0, 'blank', 'blank', 'blank', 2, 0, 2]);
  });

  it('reads the rest of table 三 again, nothing stated wrong', () => {
    expect(statedWrong(cellsUnder(text, 't3.results.partiallyGranted.'), PARTIALLY_GRANTED)).toEqual([]);
    expect(cellsUnder(text, 't3.results.denied.stateSecret.').map(shown)).toEqual([50, 54, 41, 0, 'blank', 'blank', 145]);
    // (the rows on alternating lines after `４．保护第三方合法权益` / `５．属于三类内部事务信息`: either turn adds up)
    const third = cellsUnder(text, 't3.results.denied.thirdPartyRights.');
    const internal = cellsUnder(text, 't3.results.denied.internalAffairs.');
    expect(third.map(shown)).toEqual([[33, 34], [0], [0], [0], [2, 0], [37, 56], [72, 90]]);
    expect(statedWrong(third, THIRD_PARTY)).toEqual([]);
    expect(statedWrong(internal, INTERNAL_AFFAIRS)).toEqual([]);
    expect(statedWrong(cellsUnder(text, 't3.results.denied.stateSecret.'), STATE_SECRET)).toEqual([]);
    const t3 = cellsUnder(text, 't3.');
    expect(t3.filter((c) => c.status === 'ambiguous' || c.status === 'missing').length).toBe(FLAGGED);
  });
});
