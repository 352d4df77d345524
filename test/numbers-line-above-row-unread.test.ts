/**
 * Table 三 of plain `pdftotext` text (our probe report 381 p11, Chromium's print): the numbers of a row
 * whose wrapped label was not read stand on the line right above the next row's label
 * (`src/repairs/numbers-line-above.ts`). `1.属于国家秘密` is printed `属于国` / `家秘密` beside the
 * group labels' pieces (`果 不 属于国 296 27 …` over `予 家秘密`) and its pieces are not joined, so the
 * row is not found; the next row, `2.其他法律行政法规禁止公开`, starts on the line right under the
 * numbers (after a page break), holding none. The line was moved to that row (seven cells stated
 * wrong, its row sum 296 + … + 7 = 833 holding, nothing to show them): the row before it as read,
 * `（二）部分公开`, is not the template's row before it, and the line may as well be the unread row's.
 * Now only a row right after the row before it in the template takes such a line.
 *
 * The label itself was left unjoined because the join of the row before (`年 部分公开` / `度 （区分处理` /
 * … / `结 计其他情形）`, each line led by a piece of the group label `本年度办理结果`) tried its pieces'
 * readings without the group's words over five pieces after the numbers, the fifth (`果 不 属于国`, two
 * group words) giving 96 ways, past the 64 tried (`MAX_COLUMN_CUTS`, `src/repairs/wrapped-labels.ts`):
 * nothing was joined, and the pieces left over kept `属于国` from `家秘密`. Now 128 ways are tried.
 */
import { describe, expect, it } from 'vitest';
import { readFixture, valuesUnder as shown } from './helpers/probe-fixtures.js';

const STATE_SECRET = 't3.results.denied.stateSecret.';
const PROHIBITED = 't3.results.denied.prohibitedByLaw.';

describe('probe 381 p11 (chromium-plain): a line of numbers above a label, the row before it in the template unread', () => {
  const text = readFixture('probe-381-p11-chromium-plain.txt');

  it('gives the line to no row where the label is unread: both rows flagged, none stated', () => {
    const unread = text.replace('果 不 属于国 296', '果 不 296').replace('予 家秘密\n', '予\n');
    expect(unread).not.toBe(text);
    expect(shown(unread, STATE_SECRET)).toEqual(Array(7).fill('missing'));
    expect(shown(unread, PROHIBITED)).toEqual(Array(7).fill('missing'));
  });

  it('joins the label around its numbers and reads the row as printed', () => {
    expect(shown(text, STATE_SECRET)).toEqual([296, 27, 269, 234, 0, 7, 833]);
    expect(shown(text, PROHIBITED)).toEqual(Array(7).fill('missing'));
  });

  it('still reads 部分公开 before them as printed', () => {
    expect(shown(text, 't3.results.partiallyGranted.')).toEqual([38, 247, 0, 0, 135, 15, 435]);
  });

  it('reads the row its numbers belong to where its label is printed whole', () => {
    const whole = text.replace('果 不 属于国 296', '果 不 属于国家秘密 296').replace('予 家秘密\n', '予\n');
    expect(whole).not.toBe(text);
    expect(shown(whole, STATE_SECRET)).toEqual([296, 27, 269, 234, 0, 7, 833]);
    expect(shown(whole, PROHIBITED)).toEqual(Array(7).fill('missing'));
  });
});
