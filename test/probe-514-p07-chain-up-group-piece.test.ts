/**
 * Table 三 of our own 2021 report with blank rows, through Chromium and plain `pdftotext` (probe seed
 * 514 p07): the `（三）不予公开` group's last row `属于行政查询事项` is blank (printed nothing), and the
 * numbers of the next group's first row `本机关不掌握相关政府信息` (0 0 0 13 0 0 13) were printed
 * after that blank row's label, before the line `无法 本机关不掌握相关政府信息` (the group label's
 * piece `无法` read into the row's label token). The next row's numbers stand between its label and
 * the next one, so `notHeld` / `needsCreation` were contested (`ownership-undecided`), but the chain
 * up (`chainUp`: the holder's own numbers may stand before its label where that label does not start
 * its line) looked only at labels not starting their line, and `属于行政查询事项` was stated
 * 0 0 0 13 0 0 13 silently. A label led by a group's piece on its line does not start it either.
 */
import { describe, expect, it } from 'vitest';
import { cellsUnder, readFixture, shownUnder as shown, statedOtherwise } from './helpers/probe-fixtures.js';

describe('probe 514 p07 (chromium-plain): the chain up passes a label led by a group piece', () => {
  const text = readFixture('probe-514-p07-chromium-plain.txt');

  it('states no number in the blank row 属于行政查询事项: its cells are candidates only', () => {
    expect(cellsUnder(text, 't3.results.denied.administrativeQuery.')).toHaveLength(7);
    expect(statedOtherwise(text, 't3.results.denied.administrativeQuery.', new Array<null>(7).fill(null))).toEqual([]);
    expect(shown(text, 't3.results.denied.administrativeQuery.')).toEqual(new Array(7).fill('ambiguous'));
  });

  it('states no cell of 本机关不掌握相关政府信息 or 没有现成信息需要另行制作 otherwise than printed', () => {
    expect(statedOtherwise(text, 't3.results.unableToProvide.notHeld.', [0, 0, 0, 13, 0, 0, 13])).toEqual([]);
    expect(statedOtherwise(text, 't3.results.unableToProvide.needsCreation.', [0, 0, 0, 0, 39, 0, 39])).toEqual([]);
  });
});
