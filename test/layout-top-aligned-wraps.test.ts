import { describe, expect, it } from 'vitest';
import { digitStack, item, tableLinesAfterParagraph } from './helpers/positioned-items.js';

// Our own Chromium prints of Word-width tables (issue 12, probe seeds 261 p06, 274 p06, 297 p01): the
// value columns are a digit wide, so every number of a row wraps a digit to a line, each cell to its
// own number of lines, and the cells are aligned at their top. No one-line number stands on the row's
// line and the stacks' middles differ, so no stack found its row's line: the digits stayed a line
// each, and whole rows were flagged. Such stacks are joined on their first line where the row's label
// begins there and one of the stacks reaches a line holding no text from that label's left edge on
// (a group label's piece left of it aside): that line is no row's, as every line of a compact table
// of one-line rows holds its label.

describe('numbers wrapped a digit to a line in cells aligned at their top', () => {
  it('a row whose every cell wraps reads its numbers on its label’s first line', () => {
    const items = [
      item('一、本年新收', 40, 700),
      item('申请数量', 52, 682),
      ...digitStack('２４１１', 200, 700),
      ...digitStack('１３９７１', 240, 700),
      ...digitStack('７５', 280, 700),
      item('二、上年结转', 40, 600),
      item('１', 200, 600),
      item('２', 240, 600),
      item('３', 280, 600),
    ];
    expect(tableLinesAfterParagraph(items)).toEqual([
      '一、本年新收 | ２４１１ | １３９７１ | ７５',
      '申请数量',
      '二、上年结转 | １ | ２ | ３',
    ]);
  });

  it('a group label’s pieces left of the row’s label leave the lower lines bare', () => {
    const items = [
      item('三、', 20, 700),
      item('本年', 20, 682),
      item('度办', 20, 664),
      item('（一）予以公开', 60, 700),
      ...digitStack('７５', 200, 700),
      ...digitStack('２４４', 240, 700),
      ...digitStack('８９５', 280, 700),
    ];
    expect(tableLinesAfterParagraph(items)).toEqual(['三、 | （一）予以公开 | ７５ | ２４４ | ８９５', '本年', '度办']);
  });

  it('rows of a compact table, each line holding its label, are never joined, whatever their heights', () => {
    const items = [
      item('甲', 40, 700),
      item('乙', 40, 682),
      item('丙', 40, 664),
      ...digitStack('１２３', 200, 700),
      ...digitStack('４５', 240, 700),
    ];
    expect(tableLinesAfterParagraph(items)).toEqual(['甲 | １ | ４', '乙 | ２ | ５', '丙 | ３ | —']);
  });
});

describe('an outdented row label under a row of a compact table', () => {
  it('`四、结转…` on the lower line, left of `（七）总计`, is a row of its own: nothing joined (probe seed 131 p06)', () => {
    const items = [
      item('（七）总计', 120, 700),
      item('２４９８', 200, 700),
      item('３０５７', 260, 700),
      item('四、结转', 20, 682),
      item('０', 200, 682),
      item('２０', 260, 682),
    ];
    expect(tableLinesAfterParagraph(items)).toEqual(['（七）总计 | ２４９８ | ３０５７', '四、结转 | ０ | ２０']);
  });
});
