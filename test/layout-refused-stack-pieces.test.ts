import { describe, expect, it } from 'vitest';
import { listCells, parsePositionedText, type PositionedText } from 'zfxxgk-report';
import { item, tableLinesAfterParagraph } from './helpers/positioned-items.js';
import { readFixture } from './helpers/probe-fixtures.js';

// A compact table printed by a browser (issue 12, probe seed 512 p10, chromium-pdf): its rows stand one
// line pitch apart (18 here, the paragraph's), so one column's numbers of three rows (`51`, `79`, `24`)
// look like the pieces of one number wrapped over three lines, and a three-digit number over the next
// row's one-digit number (`135` over `0`) like a number wrapped over two. The three-line stack is refused
// (its first line holds the row above's other numbers, `59` and `0`), yet its pieces vouched for the `24`
// standing on the two-line stack's lower line, as if joined on the middle row's line: `135` and `0` were
// joined into 1350 on the `总计` row, a number printed nowhere. A piece of a refused stack stands where
// it is printed, and the two-line stack is refused too (the next row's `24` beside its lower piece).

const ROWS = [
  item('甲行', 40, 700),
  item('51', 200, 700),
  item('59', 240, 700),
  item('0', 320, 700),
  item('（七）总计', 60, 682),
  item('79', 200, 682),
  item('135', 240, 682),
  item('108', 320, 682),
  item('四、结转行', 20, 664),
  item('24', 200, 664),
  item('0', 240, 664),
];

describe('layout: pieces of a refused stack stay where they stand', () => {
  it('reads three rows of one-line numbers, nothing joined', () => {
    expect(tableLinesAfterParagraph(ROWS)).toEqual(['甲行 | 51 | 59 | 0', '（七）总计 | 79 | 135 | 108', '四、结转行 | 24 | 0 | —']);
  });

  it('still joins a number wrapped over two lines where the row below’s cells stand off its lines', () => {
    // (no `24` under `79`: the lower line holds only the piece `0`, and the label of a row of its own
    // is not at the upper label's left edge, so nothing tells two rows)
    const rows = ROWS.filter((it) => it.text !== '24' && it.text !== '51');
    expect(tableLinesAfterParagraph(rows)).toEqual(['甲行 | — | 59 | 0', '（七）总计 | 79 | 1350 | 108', '四、结转行']);
  });
});

describe('probe 512 p10 (chromium-pdf): the `总计` row of a compact table read from its own line', () => {
  it('states 总计 as printed and leaves 结转下年度办理 flagged, no number made of two rows', () => {
    const rows = JSON.parse(readFixture('probe-512-p10-chromium-pdf.items.json')) as [string, number, number, number, number, number][];
    const items = rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
    const cells = listCells(parsePositionedText(items, { pages: 2 }).report!);
    const row = (prefix: string): (number | string)[] =>
      cells.filter((c) => c.address.startsWith(prefix)).map((c) => (c.status === 'value' ? (c.value as number) : c.status));
    expect(row('t3.results.total.')).toEqual([271, 79, 135, 265, 108, 111, 969]);
    // (24, 0, 34 and 0, 58 with two blanks printed as nothing: which cells hold them the row does not say alone)
    expect(row('t3.carriedForward.').every((s) => s === 'ambiguous')).toBe(true);
  });
});
