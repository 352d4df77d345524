/**
 * Table 三 of a Word-exported page printed to PDF: Word's narrow column widths wrap each value
 * column's header to one or two characters a line, and most cells are blank (Word's empty
 * paragraphs print nothing). The rows' numbers stand in a few columns only, so the columns of the
 * numbers alone do not show the empty ones: the header does. A column header wrapped over many
 * lines is one column (its characters stand at one x range); a number over one header column and no
 * other is in that column, and the columns a row leaves empty get a blank marker. Where a number
 * stands between two header columns, nothing is placed from the header (the row reads as before).
 * Probe seed 260 p08 (our own 2019 report with Word's widths, `sparse`, Chromium print): 136 of 198
 * cells right before, 177 after, none wrong.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, listCells, parsePositionedText, type PositionedText } from 'zfxxgk-report';
import { readFixture } from './helpers/probe-fixtures.js';

/** One text item of 12 pt: the width of its characters (CJK one size, others half). */
function item(text: string, x: number, y: number, page = 1): PositionedText {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 12 : 6.7;
  return { text, page, x, y, width: w, size: 12 };
}

/**
 * Seven value columns 40 pt wide from x = 200, their headers wrapped to two characters a line
 * (自然人 to 自然 / 人), the group header 法人或其他组织 over five of them, at the top of page `page`.
 */
function header(page: number, top: number): PositionedText[] {
  const at = (c: number, text: string): number => 200 + 40 * c + (40 - 12 * text.length) / 2;
  const line = (y: number, words: [number, string][]): PositionedText[] => words.map(([c, t]) => item(t, at(c, t), y, page));
  return [
    item('三、收到和处理政府信息公开申请情况', 40, top + 40, page),
    line(top, [[0, '自然']]),
    [item('法人或其他组织', 260, top, page)],
    line(top, [[6, '总计']]),
    line(top - 16, [
      [0, '人'],
      [1, '商业'],
      [2, '科研'],
      [3, '社会'],
      [4, '法律'],
      [5, '其他'],
    ]),
    line(top - 32, [
      [1, '企业'],
      [2, '机构'],
      [3, '公益'],
      [4, '服务'],
    ]),
    line(top - 48, [
      [3, '组织'],
      [4, '机构'],
    ]),
  ].flat();
}

/** A row: its label at x = 40, then each number centred in its column. */
function row(label: string, y: number, numbers: [column: number, text: string][], page = 1): PositionedText[] {
  return [item(label, 40, y, page), ...numbers.map(([c, t]) => item(t, 200 + 40 * c + (40 - 6.7 * t.length) / 2, y, page))];
}

/** The cells of the laid-out line starting with `label` (split at runs of spaces). */
function cellsOf(text: string, label: string): string[] {
  const line = text.split('\n').find((l) => l.trim().startsWith(label)) ?? '';
  return line.trim().split(/\s{2,}/);
}

describe('layout: a header wrapped to one or two characters a line shows the empty columns', () => {
  it('every number is in its header column; the columns a row leaves empty get a blank marker', () => {
    const out = layoutText([
      ...header(1, 700),
      ...row('一、本年新收申请数量', 630, [
        [0, '5'],
        [6, '5'],
      ]),
      ...row('二、上年结转申请数量', 610, [
        [2, '3'],
        [6, '3'],
      ]),
      ...row('四、结转下年度办理', 590, [
        [0, '0'],
        [6, '0'],
      ]),
    ]).text;
    expect(cellsOf(out, '一、')).toEqual(['一、本年新收申请数量', '5', '—', '—', '—', '—', '—', '5']);
    expect(cellsOf(out, '二、')).toEqual(['二、上年结转申请数量', '—', '—', '3', '—', '—', '—', '3']);
    expect(cellsOf(out, '四、')).toEqual(['四、结转下年度办理', '0', '—', '—', '—', '—', '—', '0']);
  });

  it('a number between two header columns: no marker from the header in the block', () => {
    const out = layoutText([
      ...header(1, 700),
      ...row('一、本年新收申请数量', 630, [
        [0, '5'],
        [6, '5'],
      ]),
      // (at x 270: over 商业企业's column and 4.7 pt before 科研机构's)
      item('二、上年结转申请数量', 40, 610),
      item('12', 270, 610),
      ...row('', 610, [[6, '3']]).slice(1),
      ...row('四、结转下年度办理', 590, [
        [0, '0'],
        [6, '0'],
      ]),
    ]).text;
    expect(out).not.toContain('—');
  });

  it('rows continued at the top of the next page are read by the header columns of the previous page', () => {
    const out = layoutText([
      ...header(1, 200),
      ...row(
        '一、本年新收申请数量',
        130,
        [
          [0, '5'],
          [6, '5'],
        ],
        1,
      ),
      ...row(
        '二、上年结转申请数量',
        110,
        [
          [2, '3'],
          [6, '3'],
        ],
        1,
      ),
      ...row(
        '（一）予以公开',
        780,
        [
          [3, '2'],
          [6, '2'],
        ],
        2,
      ),
      ...row(
        '（二）部分公开',
        760,
        [
          [0, '0'],
          [6, '0'],
        ],
        2,
      ),
    ]).text;
    expect(cellsOf(out, '（一）')).toEqual(['（一）予以公开', '—', '—', '—', '2', '—', '—', '2']);
    expect(cellsOf(out, '（二）')).toEqual(['（二）部分公开', '0', '—', '—', '—', '—', '—', '0']);
  });
});

describe('our Word-styled report printed by Chromium (probe seed 260 p08, 2019 template, sparse)', () => {
  const rows = JSON.parse(readFixture('probe-260-p08-chromium-pdf.items.json')) as [string, number, number, number, number, number][];
  const items = rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
  const truth = JSON.parse(readFixture('probe-260-p08.t3-truth.json')) as Record<string, number | null>;
  const cells = listCells(parsePositionedText(items, { pages: 4 }).report!).filter((c) => c.address.startsWith('t3.'));

  it('reads rows whose numbers stand in two or three of seven columns by their x', () => {
    const row = (path: string): [string, string, number | null][] =>
      cells.filter((c) => c.address.startsWith(`${path}.`)).map((c) => [c.address.slice(path.length + 1), c.status, c.value]);
    expect(row('t3.carriedOver')).toEqual([
      ['naturalPerson', 'blank', null],
      ['commercialEnterprise', 'value', 0],
      ['researchInstitution', 'value', 11],
      ['publicInterestOrg', 'blank', null],
      ['legalServiceOrg', 'value', 0],
      ['otherOrg', 'blank', null],
      ['total', 'value', 11],
    ]);
    expect(row('t3.results.granted')).toEqual([
      ['naturalPerson', 'blank', null],
      ['commercialEnterprise', 'blank', null],
      ['researchInstitution', 'value', 0],
      ['publicInterestOrg', 'blank', null],
      ['legalServiceOrg', 'value', 40],
      ['otherOrg', 'blank', null],
      ['total', 'value', 40],
    ]);
  });

  it('no cell of table 三 stated otherwise than generated; and none flagged (the blank row of labels reads blank by position)', () => {
    const wrong = cells.filter((c) => (c.status === 'value' || c.status === 'blank') && c.value !== truth[c.address]);
    expect(wrong.map((c) => c.address)).toEqual([]);
    const flagged = cells
      .filter((c) => c.status === 'missing' || c.status === 'ambiguous')
      .map((c) => c.address.replace(/\.[a-zA-Z]+$/, ''));
    // (administrativeQuery and notHeld read whole since the wrapped-label join leaves out another
    // cell's pieces standing left of the row label's column: `test/wrapped-label-three-lines.test.ts`;
    // the blank row enforcementCaseFile reads blank by position since `repairs/empty-rows-blank.ts`)
    expect([...new Set(flagged)]).toEqual([]);
  });
});
