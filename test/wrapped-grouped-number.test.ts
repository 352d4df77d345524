/**
 * A count grouped by thousands wrapped in its narrow cell (a LibreOffice print: `46,97` on the cell's
 * first line, `5` on its second, the row's one-line cells centred between): the first piece ends in a
 * short group, so it is no count alone and goes on on the next line, closer than the Chinese text's
 * line pitch as a Latin font's lines are. The pieces are joined where they make one grouped count;
 * a first piece that is a whole count (`1,234` over `5`) is two rows' numbers. Probe seed 303 p03
 * (lo-pdf) read the `5` as the row's only number, in the wrong column.
 */
import { describe, expect, it } from 'vitest';
import { layoutText } from 'zfxxgk-report';
import { item, PARAGRAPH_LINES, textLines } from './helpers/positioned-items.js';

const cells = (text: string): string[][] =>
  textLines(text)
    .slice(3)
    .map((l) => l.split(/ +/));

/** A row whose label wraps over two lines 12 apart, `top` over `bottom` in one cell, three one-line cells between. */
const row = (top: string, bottom: string) => [
  ...PARAGRAPH_LINES,
  item('属于三类', 40, 706),
  item('内部事务', 40, 694),
  item('24', 200, 700),
  item('26,726', 240, 700),
  item(top, 300, 706),
  item(bottom, 300, 694),
  item('81,301', 360, 700),
];

describe('layout: a grouped count wrapped in its cell', () => {
  it('`46,97` over `5` is 46,975 on the row line', () => {
    expect(cells(layoutText(row('46,97', '5')).text)).toEqual([['属于三类'], ['24', '26,726', '46,975', '81,301'], ['内部事务']]);
  });

  it('a first piece that is a whole count, or pieces that make no grouped count, are not joined', () => {
    expect(cells(layoutText(row('1,234', '5')).text)).toEqual([
      ['属于三类', '1,234'],
      ['24', '26,726', '81,301'],
      ['内部事务', '5'],
    ]);
    expect(cells(layoutText(row('46,97', '55')).text)).toEqual([
      ['属于三类', '46,97'],
      ['24', '26,726', '81,301'],
      ['内部事务', '55'],
    ]);
  });
});
