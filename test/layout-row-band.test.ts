import { describe, expect, it } from 'vitest';
import { type PositionedText } from 'zfxxgk-report';
import { digitStack, item, tableLinesAfterParagraph } from './helpers/positioned-items.js';

// A Word table printed by a browser (issue 12, probe seed 460 p02, chromium-pdf): cells aligned at their
// top, the value columns a digit wide, so every number of a row wraps a digit to a line, each cell to its
// own number of lines, and the row's label wraps over as many lines as its tallest cell (or more). No
// line of the stacks is bare of the label's text and no one-line number stands on the row's first line,
// so no stack found its row's line: the digits stayed a line each and the row read as three rows of
// pieces (80 of 198 cells flagged in that report). The evidence that the lines are one row: they stand
// one line pitch apart (18 here), and a row step (21: the padding and the rule) parts the first of them
// from the row of numbers above, so the table sets its rows off by rules; a band of lines one pitch apart
// is one row of it. The stacks are joined on the band's first line.

/**
 * Three rows: `甲行` at `above` (its numbers unless `bare`), the wrapped row at 679 (its label over
 * three lines, 108 | 34 | 142 a digit a line, aligned at their top), `丙行` a row step under it; `extra`
 * items added.
 */
function table(above: number, bare = false, extra: readonly PositionedText[] = []): PositionedText[] {
  return [
    item('甲行', 40, above),
    ...(bare ? [] : [item('１', 200, above), item('２', 240, above), item('３', 280, above)]),
    item('第一行字', 40, 679),
    item('第二行字', 40, 661),
    item('第三行字', 40, 643),
    ...digitStack('１０８', 200, 679),
    ...digitStack('３４', 240, 679),
    ...digitStack('１４２', 280, 679),
    ...extra,
    item('丙行', 40, 622),
    item('５', 200, 622),
    item('６', 240, 622),
    item('７', 280, 622),
  ];
}

describe('layout: a row band of wrapped numbers, its label as tall as its tallest cell', () => {
  it('a row step under a row of numbers: the stacks joined on the band’s first line', () => {
    expect(tableLinesAfterParagraph(table(700))).toEqual([
      '甲行 | １ | ２ | ３',
      '第一行字 | １０８ | ３４ | １４２',
      '第二行字',
      '第三行字',
      '丙行 | ５ | ６ | ７',
    ]);
  });

  it('no row of numbers above (a header), or the row above one line pitch up (a compact table): left as printed', () => {
    for (const items of [table(700, true), table(697)])
      expect(tableLinesAfterParagraph(items).slice(1, 4)).toEqual([
        '第一行字 | １ | ３ | １',
        '第二行字 | ０ | ４ | ４',
        '第三行字 | ８ | — | ２',
      ]);
  });

  it('another cell on a lower line of the band (a row of its own there): left as printed', () => {
    expect(tableLinesAfterParagraph(table(700, false, [item('—', 320, 661)])).slice(1, 4)).toEqual([
      '第一行字 | １ | ３ | １',
      '第二行字 | ０ | ４ | ４ | —',
      '第三行字 | ８ | — | ２',
    ]);
  });
});
