/**
 * A group label printed a character a line (`（四）无法提供` in a cell so narrow that LibreOffice
 * wraps it after every character; plain `pdftotext` writes each on a line of its own) starts with
 * `无`, which alone on a line is a blank cell's marker. Probe seed 260 p02 (lo-plain): the `无` was
 * read as the blank total of 8.属于行政查询事项, whose row then took the numbers of the next row
 * (1.本机关不掌握相关信息, its label wrapped around the group label's pieces and not found) with
 * that blank total: seven cells stated, six wrong, silently (a blank total checks no row sum). A
 * `无` alone on its line with the next line starting a template word after it (`法`, `正`) is text;
 * so is a `无` first on its line before the row label printed beside it (`pdftotext -layout`), the
 * group's next character starting one of the two lines below.
 */
import { describe, expect, it } from 'vitest';
import { tokenKinds as kinds } from './helpers/token-kinds.js';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';

describe('无 alone on a line above the pieces of a label', () => {
  it("is the label's first character when the next line starts a template word after it", () => {
    expect(kinds(['8.属于行政', '查询事项', '3', '0', '无', '法', '提', '供'].join('\n'))).toEqual([
      'label:8.属于行政',
      'label:查询事项',
      'value:3',
      'value:0',
      'label:无',
      'label:法',
      'label:提',
      'label:供',
    ]);
    expect(kinds(['无', '正当理由'].join('\n'))).toEqual(['label:无', 'label:正当理由']);
  });

  it('stays a blank cell before a number, another marker, other text, or a blank line', () => {
    expect(kinds(['3', '无', '5'].join('\n'))).toEqual(['value:3', 'blank:无', 'value:5']);
    expect(kinds(['3', '无', '无'].join('\n'))).toEqual(['value:3', 'blank:无', 'blank:无']);
    expect(kinds(['3', '无', '（五）不予处理'].join('\n'))).toEqual(['value:3', 'blank:无', 'label:（五）不予处理']);
    expect(kinds(['3', '无', '', '法'].join('\n'))).toEqual(['value:3', 'blank:无', 'label:法']);
  });

  it("is the label's first character before the row label printed beside it, the group's next character starting a line below (-layout)", () => {
    // Probe seed 260 p05 (lo-layout): the `无` was the blank total of the row above, whose six
    // numbers were then read in order (two of them silently wrong).
    const layout = [
      '    属于行政查        0        5   0        5',
      '',
      '     询事项                  3            3',
      '',
      '',
      '无   本机关不掌        13   6                7',
      '',
      '法   握相关政府             1                4',
    ];
    expect(kinds(layout.join('\n')).slice(8, 10)).toEqual(['label:无', 'label:本机关不掌']);
    // (two lines below at most: one empty line between, as LibreOffice's -layout spaces them)
    expect(kinds(['无   本机关不掌  13', '', '', '法   握相关政府  1'].join('\n')).slice(0, 1)).toEqual(['blank:无']);
    expect(kinds(['无   本机关不掌  13', '2.没有现成信息  1'].join('\n')).slice(0, 1)).toEqual(['blank:无']);
  });

  it('probe seed 260 p02 (lo-plain): 8.属于行政查询事项 states no cell', () => {
    const cells = cellsUnder(readFixture('probe-260-p02-lo-plain.txt'), 't3.results.denied.administrativeQuery.');
    expect(cells.map((c) => c.status)).toEqual(new Array(7).fill('ambiguous'));
  });
});
