/**
 * Blank markers where a PDF's text layer gives two cells of a row as one item, `２１ ２９`: a narrow
 * column's number set a few points before the next column's (LibreOffice's print of our own report,
 * probe seed 145 p12, 2019 template, full-width digits, blanks left empty). The line was no row (its
 * run no number), so it cut the table's rows into blocks of one, which found no columns and left
 * every blank `missing`. Each number of such a run is a run of its own now, placed by its share of
 * the run's width.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, type PositionedText } from 'zfxxgk-report';

/** One text item of 12 pt (full-width characters 12 wide, others 6), or as wide as `width`. */
function item(text: string, x: number, y: number, width?: number): PositionedText {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 12 : 6;
  return { text, page: 1, x, y, width: width ?? w, size: 12 };
}

/**
 * Three rows of four columns (x 100, 150, 200, 250): a whole row, a row whose last two cells the text
 * layer gave as one item (`lastTwo`, 74 wide from x 200), and a short row with cells in the first and
 * last columns only.
 */
function threeRows(lastTwo: string): PositionedText[] {
  return [
    item('甲行', 20, 700),
    ...[
      ['１１', 100],
      ['２２', 150],
      ['３３', 200],
      ['４４', 250],
    ].map(([t, x]) => item(t as string, x as number, 700)),
    item('乙行', 20, 680),
    item('５５', 100, 680),
    item('６６', 150, 680),
    item(lastTwo, 200, 680, 74),
    item('丙行', 20, 660),
    item('９', 100, 660),
    item('１０', 250, 660),
  ];
}

describe('layout: two numbers of a row in one item', () => {
  it('the row keeps its block: the short row after it gets its blank markers', () => {
    // `７７` at 200 and `８８` at 250, one item 74 wide.
    const out = layoutText(threeRows('７７ ８８'));
    const lines = out.text.split('\n');
    expect(lines[2]).toMatch(/^丙行 +９ +— +— +１０$/);
    // The line of the item is as it was.
    expect(lines[1]).toMatch(/^乙行 +５５ +６６ +７７ +８８$/);
  });

  it('a run of a number and a word is no row of numbers (no markers)', () => {
    const out = layoutText(threeRows('７７ 件'));
    expect(out.text).not.toContain('—');
  });
});
