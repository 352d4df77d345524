/**
 * Table 三 of our own 2019 report with wide numbers, through Chromium's print with its running header
 * and footer and plain `pdftotext` (probe seed 538 p04): in the row `1.本机关不掌握相关政府信息` the
 * number 75418 of `商业企业` wrapped in its cell (`７５４１` over `８`). The print centres the row's
 * one-line numbers between the two pieces, so the text reads `７５４１` / `５` / `２` / `９` /
 * `３０００ ７６７６ ８６１１０` / `８`: the first piece leads the row though its column is the second.
 * The wrapped-pieces join (the row's sum holds only with 75418) was right, but the join took the
 * first piece's place in the text, and 75418 and 5 were stated in each other's columns (the row sum
 * kept, no column equation closed). The joined number may stand anywhere among the numbers printed
 * between its pieces' lines: those columns are candidates.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, statedOtherwise } from './helpers/probe-fixtures.js';

const NOT_HELD = 't3.results.unableToProvide.notHeld.';

describe("probe 538 p04 (chromium-hf-plain): a wrapped number's first piece above the row's centred numbers", () => {
  const text = readFixture('probe-538-p04-chromium-hf-plain.txt');

  it('states no cell of 本机关不掌握相关政府信息 otherwise than printed', () => {
    expect(cellsUnder(text, NOT_HELD)).toHaveLength(7);
    expect(statedOtherwise(text, NOT_HELD, [5, 75418, 2, 9, 3000, 7676, 86110])).toEqual([]);
  });

  it('leaves the joined 75418 and the numbers printed between its pieces as candidates of each other', () => {
    const cells = cellsUnder(text, NOT_HELD);
    expect(cells.slice(0, 6).map((c) => c.status)).toEqual(new Array(6).fill('ambiguous'));
    expect(cells[0]?.candidates).toEqual([75418, 5]);
    expect(cells[1]?.candidates).toEqual([5, 75418, 2]);
    expect(cells[5]?.candidates).toEqual([7676, 75418]);
    // (the total is the row's sum in every order: stated)
    expect(cells[6]?.status).toBe('value');
    expect(cells[6]?.value).toBe(86110);
  });
});
