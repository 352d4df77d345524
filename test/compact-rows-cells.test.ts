/**
 * Rows of a compact table (Word's narrow columns printed by Chromium: no cell padding, the rows one
 * line pitch apart) look like numbers wrapped in their cells: `21` over the next row's `0` in one
 * column, one line pitch below. The other cells on the lower line show two rows: a blank mark (`⸺`)
 * or a signed change (`-3`) standing there is a cell of another row, so nothing is joined (probe
 * seed 261 p08, Chromium print of our own 2019 report: `21` over `0` read 210, `4` over `0` read 40,
 * `6` over `3` read 63, none flagged). A number wrapped in its cell is joined as before, a blank
 * mark on its row line or not.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, type PositionedText } from 'zfxxgk-report';
import { item, tableLinesAfterParagraph } from './helpers/positioned-items.js';
import { readFixture } from './helpers/probe-fixtures.js';

/** A row of 12 pt items: its label at x = 40, then its cells at x = 200, 300, 400 (one line pitch, 18, below the row above). */
function row(label: string, y: number, cells: readonly string[]): ReturnType<typeof item>[] {
  return [item(label, 40, y), ...cells.map((c, k) => item(c, 200 + 100 * k, y))];
}

/** The laid-out lines without the paragraph's. */

describe('layout: rows one line pitch apart are no wrapped numbers where the lower line holds other cells', () => {
  it('a blank mark on the lower line keeps `21` over `0` and `4` over `0` two rows', () => {
    expect(
      tableLinesAfterParagraph([...row('行政许可', 700, ['21', '4', '0']), ...row('其他对外管理服务事项', 682, ['0', '0', '⸺'])]),
    ).toEqual(['行政许可 | 21 | 4 | 0', '其他对外管理服务事项 | 0 | 0 | ⸺']);
  });

  it('a signed change and a blank mark on the lower line keep `6` over `3` two rows', () => {
    expect(tableLinesAfterParagraph([...row('行政处罚', 700, ['6', '0', '0']), ...row('行政强制', 682, ['3', '-3', '⸺'])])).toEqual([
      '行政处罚 | 6 | 0 | 0',
      '行政强制 | 3 | -3 | ⸺',
    ]);
  });

  it('a number wrapped in its cell, a blank mark on the row line, is joined as before', () => {
    // `１７` over `４８` around the row line 691 (the middle of the two lines), the other cells on it
    const items = [item('行政许可', 40, 691), item('１７', 200, 700), item('４８', 200, 682), item('⸺', 300, 691), item('0', 400, 691)];
    expect(tableLinesAfterParagraph(items)).toEqual(['行政许可 | １７４８ | ⸺ | 0']);
  });
});

describe('layout: a count wrapped at the closer line pitch of its Latin digits', () => {
  // The paragraph's Chinese lines stand 18 apart; `19` over `2` (centred) 14 apart, the row's other cells on the first line.
  const rowWith = (lower: readonly ReturnType<typeof item>[]): ReturnType<typeof item>[] => [
    item('一、本年新收', 40, 700),
    item('56', 200, 700),
    item('19', 300, 700),
    item('2', 303, 686),
    item('75', 400, 700),
    ...lower,
  ];

  it('joins `19` over a lone `2` into 192 on the row line (probe seed 262 p03, LibreOffice: read 19 before)', () => {
    expect(tableLinesAfterParagraph(rowWith([item('申请数量', 60, 676)]))).toEqual(['一、本年新收 | 56 | 192 | 75', '申请数量']);
  });

  it('keeps them apart where the lower line holds text too (a row of its own)', () => {
    expect(tableLinesAfterParagraph(rowWith([item('二、上年结转', 40, 686)]))).toEqual([
      '一、本年新收 | 56 | 19 | 75',
      '二、上年结转 | — | 2 | —',
    ]);
  });
});

describe('probe seed 262 p03, LibreOffice print of our own 2021 report (page 2: table 三 with the narrow columns)', () => {
  it('lays out 192 printed `19` over a lone `2` in its column on the row line, the other cells as printed', () => {
    const rows = JSON.parse(readFixture('probe-262-p03-lo-pdf-page2.items.json')) as [string, number, number, number, number, number][];
    const items = rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page: page - 1, x, y, width, size }));
    const line = layoutText(items)
      .text.split('\n')
      .find((l) => l.includes('一、本年新收'));
    // (其他 is blank, printed as nothing: its marker from the header's columns, the label column's own header wrapped
    // between the value header's lines passed over, test/layout-header-label-lines.test.ts)
    expect(line?.trim().split(/\s{2,}/)).toEqual(['一、本年新收政府信息公开', '56', '135', '39', '192', '66', '—', '488']);
  });
});
