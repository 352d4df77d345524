import { describe, expect, it } from 'vitest';
import { layoutText, type PositionedText } from 'zfxxgk-report';
import { item, PARAGRAPH_LINES, textLines } from './helpers/positioned-items.js';

const lines = textLines;

const VALUES = [260, 300, 340];
const row = (y: number, values: string[]): PositionedText[] => values.map((v, k) => item(v, VALUES[k] as number, y));

describe('layout: a wrapped group label whose second piece falls on a row line', () => {
  it('the piece goes back to the group label line one pitch above it; the row keeps its numbers alone', () => {
    const out = layoutText([
      ...PARAGRAPH_LINES,
      item('（三）不', 94, 624),
      item('５．属于三类内部事', 152, 613.5),
      item('予公开', 94, 606),
      ...row(604.5, ['5588', '9076', '7']),
      item('务信息', 152, 595.5),
    ]);
    expect(
      lines(out.text)
        .slice(3)
        .map((l) => l.trim().split(/ +/)),
    ).toEqual([['（三）不予公开'], ['５．属于三类内部事'], ['5588', '9076', '7'], ['务信息']]);
  });

  it('stays where it is without the line pitch, or with a step other than the pitch', () => {
    const items = (groupY: number): PositionedText[] => [
      item('（三）不', 94, groupY),
      item('５．属于三类内部事', 152, 613.5),
      item('予公开', 94, 606),
      ...row(604.5, ['5588', '9076', '7']),
      item('务信息', 152, 595.5),
    ];
    expect(layoutText(items(624)).text).toMatch(/予公开 +5588/);
    expect(layoutText([...PARAGRAPH_LINES, ...items(627)]).text).toMatch(/予公开 +5588/);
  });

  it('a row whose label is on its line (no pieces around it) keeps it', () => {
    const out = layoutText([...PARAGRAPH_LINES, item('甲', 94, 624), item('乙', 94, 606), ...row(606, ['1', '2', '3'])]);
    expect(
      lines(out.text)
        .slice(3)
        .map((l) => l.trim().split(/ +/)),
    ).toEqual([['甲'], ['乙', '1', '2', '3']]);
  });
});
