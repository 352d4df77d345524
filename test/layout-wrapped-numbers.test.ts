import { describe, expect, it } from 'vitest';
import { layoutText } from 'zfxxgk-report';
import { item, PARAGRAPH_LINES, textLines } from './helpers/positioned-items.js';

const lines = textLines;

const cells = (text: string): string[][] =>
  lines(text)
    .slice(3)
    .map((l) => l.split(/ +/));

describe('layout: numbers wrapped inside their cells', () => {
  it('pieces one line pitch apart, centred on the row label, are one number at the row', () => {
    const out = layoutText([
      ...PARAGRAPH_LINES,
      item('本年新收', 40, 700),
      // 1748 and 2309 wrapped over two lines, 61 on one line at the row's middle.
      item('１７', 200, 709),
      item('４８', 200, 691),
      item('２３', 240, 709),
      item('０９', 240, 691),
      item('６１', 280, 700),
      item('上年结转', 40, 679.8),
      item('２６', 200, 679.8),
      item('７', 240, 679.8),
      item('１', 280, 679.8),
    ]);
    expect(cells(out.text)).toEqual([
      ['本年新收', '１７４８', '２３０９', '６１'],
      ['上年结转', '２６', '７', '１'],
    ]);
  });

  it('a three-line piece stack and a narrower last piece centred below the first', () => {
    const out = layoutText([
      ...PARAGRAPH_LINES,
      item('总计', 40, 700),
      item('１２', 200, 718),
      item('８２', 200, 700),
      item('９', 206, 682),
      item('５', 240, 700),
    ]);
    expect(cells(out.text)).toEqual([['总计', '１２８２９', '５']]);
  });

  it('cells aligned at their top (an Office print): the joined number stands on the row line, not at the stack middle', () => {
    // 50832 wrapped over three lines in a top-aligned cell; the row's one-line numbers and its label stand on
    // the first line, a piece of a group label on the second (the stack's middle).
    const out = layoutText([
      ...PARAGRAPH_LINES,
      item('予以公开', 60, 709),
      item('４', 200, 709),
      item('５０', 240, 709),
      item('８３', 240, 691),
      item('２', 240, 673),
      item('６', 280, 709),
      item('度办理', 20, 691),
    ]);
    expect(cells(out.text)).toEqual([['予以公开', '４', '５０８３２', '６'], ['度办理']]);
  });

  it('two rows of one-line numbers are never joined (their step is the row step, not the line pitch)', () => {
    const out = layoutText([
      ...PARAGRAPH_LINES,
      item('甲', 40, 700),
      item('２６', 200, 700),
      item('乙', 40, 679.8),
      item('７', 200, 679.8),
    ]);
    expect(cells(out.text)).toEqual([
      ['甲', '２６'],
      ['乙', '７'],
    ]);
  });

  it('no join without a wrapped-text line pitch, or without text at the middle of the stack', () => {
    const rows = [item('１７', 200, 709), item('４８', 200, 691), item('本年', 40, 709), item('新收', 40, 691)];
    // No label lines: no line pitch known.
    expect(lines(layoutText(rows).text).map((l) => l.split(/ +/))).toEqual([
      ['本年', '１７'],
      ['新收', '４８'],
    ]);
    // A line pitch, but nothing at the stack's middle (700).
    expect(cells(layoutText([...PARAGRAPH_LINES, ...rows]).text)).toEqual([
      ['本年', '１７'],
      ['新收', '４８'],
    ]);
  });

  it('rows of one-line numbers whose row step is the only step between label lines are never joined', () => {
    // Three rows 18 apart, no wrapped text: the middle row's label stands at the middle of the column.
    const out = layoutText([
      item('甲', 40, 700),
      item('１１', 200, 700),
      item('乙', 40, 682),
      item('２２', 200, 682),
      item('丙', 40, 664),
      item('３３', 200, 664),
    ]);
    expect(lines(out.text).map((l) => l.split(/ +/))).toEqual([
      ['甲', '１１'],
      ['乙', '２２'],
      ['丙', '３３'],
    ]);
  });

  it('the line pitch of text centred in its cells (header words wrapped around their middle) joins the pieces', () => {
    // Only centred wrapped text: no two lines start at one x. Each header word of two lines has one centre.
    const header = [item('商业企', 194, 796), item('业', 206, 778), item('科研机', 234, 796), item('构', 246, 778)];
    const out = layoutText([...header, item('本年新收', 40, 700), item('２７５', 194, 709), item('２', 206, 691), item('６１', 240, 700)]);
    expect(
      lines(out.text)
        .slice(2)
        .map((l) => l.split(/ +/)),
    ).toEqual([['本年新收', '２７５２', '６１']]);
    // The same rows without the header: no pitch, no join.
    expect(
      layoutText([item('本年新收', 40, 700), item('２７５', 194, 709), item('２', 206, 691), item('６１', 240, 700)]).text,
    ).not.toContain('２７５２');
  });

  // A compact table (seed 114 p04, chromium-pdf: 63 silent cells): rows printed one line pitch
  // apart, so a column's one-digit numbers of consecutive rows stand like the pieces of one number.
  // Each row: its label at x 40 and its numbers at x 200 and 240, rows 甲 乙 丙 18 apart (the pitch).
  const compact = (rows: readonly (readonly [string, string])[]) =>
    layoutText([
      ...PARAGRAPH_LINES,
      ...rows.flatMap(([a, b], k) => [
        item('甲乙丙'[k] as string, 40, 700 - 18 * k),
        item(a, 200, 700 - 18 * k),
        item(b, 240, 700 - 18 * k),
      ]),
    ]);

  it.each([
    // Every stack starts with 0: no count has a leading zero.
    ['a stack starting with 0', ['０', '０', '０'], ['０', '０', '０']],
    // Column 200: 3, 0, 1, the middle on 乙's line; 12 on 甲's line is a cell of 甲's row.
    ["another row's number on a stack's line", ['３', '０', '１'], ['１２', '５', '４']],
  ])('one-digit numbers of rows one line pitch apart are no wrapped number: %s', (_, first, second) => {
    const rows = first.map((a, k) => [a, second[k] as string] as const);
    expect(cells(compact(rows).text)).toEqual(rows.map(([a, b], k) => ['甲乙丙'[k], a, b]));
  });

  it("a label's numbering set apart in its own font (`2` before `、其他`) on a stack's line is text, no other row's number (seed 108, lo-pdf)", () => {
    // The label wraps around the row's line; 1748 wrapped over the label's two lines, 61 at the middle.
    const out = layoutText([
      ...PARAGRAPH_LINES,
      item('2', 40, 709),
      item('、其他', 46, 709),
      item('禁止', 52, 691),
      item('１７', 200, 709),
      item('４８', 200, 691),
      item('６１', 240, 700),
    ]);
    expect(cells(out.text)).toEqual([['2、其他'], ['１７４８', '６１'], ['禁止']]);
  });

  it('a number right after a label that fills its cell is a cell of its row, not text: no stack over two rows (seed 129, chromium-pdf)', () => {
    // Table 二 printed compactly, rows one line pitch apart: 149 over 297 in one column looked like
    // one number wrapped at the top of its cell, and 283, 0.17 font sizes after the long label, was
    // taken for part of that text; 149297 was stated and 297's cell read blank, silently.
    const out = layoutText([
      ...PARAGRAPH_LINES,
      item('行政许可', 40, 700),
      item('48', 162, 700),
      item('+3', 200, 700),
      item('149', 240, 700),
      item('其他对外管理服务事项', 40, 682),
      item('283', 162, 682),
      item('-1', 200, 682),
      item('297', 240, 682),
    ]);
    expect(cells(out.text)).toEqual([
      ['行政许可', '48', '+3', '149'],
      ['其他对外管理服务事项', '283', '-1', '297'],
    ]);
  });

  it('a wider piece below is no continuation (wrapping fills the first line)', () => {
    const out = layoutText([...PARAGRAPH_LINES, item('甲', 40, 700), item('７', 200, 709), item('４８', 200, 691)]);
    expect(out.text).not.toContain('７４８');
  });
});

describe('layout: the rest of a row cut by a page break gets no blank markers', () => {
  it('a line of numbers without a label at the top of a page after a page ending with a row', () => {
    const cols = [200, 240, 280, 320];
    const page1 = [
      ...[700, 680].flatMap((y, r) => [item(r === 0 ? '甲' : '乙', 40, y), ...cols.map((x) => item('12', x, y))]),
      item('丙', 40, 40),
      ...cols.map((x) => item('69', x, 40)),
    ];
    // The cut row's last pieces: only two of four columns wrapped onto the next page.
    const page2 = [item('20', 240, 800, 2), item('60', 320, 800, 2), item('丁', 40, 780, 2), ...cols.map((x) => item('1', x, 780, 2))];
    const out = layoutText([...page1, ...page2]);
    expect(out.text).not.toContain('—');
  });
});
