/**
 * Columns of a line laid out from positions stand where their x puts them, whatever the line holds
 * before them. A CJK glyph or a full-width digit is one character over two columns of the page: a
 * layout that spaced each gap on its own moved every later cell of a line one column left per wide
 * character before it, so a row with few numbers stood columns right of a row with many. In the text
 * our layout made of our own LibreOffice PDF (probe seed 144, p03, 2021 template, full-width digits,
 * blanks left empty), `5.属于三类内部事务信息` printed `０` (科研机构) and `０` (其他): the second zero
 * stood nearer the 总计 numbers of the rows around it than their 其他 numbers, and was read as the
 * total (truth: blank), silently.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, listCells, parsePositionedText, type PositionedText } from 'zfxxgk-report';
import { readFixture } from './helpers/probe-fixtures.js';

/** One text item of 12 pt: the width of its characters (CJK and full-width one size, others half). */
function item(text: string, x: number, y: number): PositionedText {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 12 : 6;
  return { text, page: 1, x, y, width: w, size: 12 };
}

describe('layout: wide characters before a cell', () => {
  it('a full-width number stands at the column of its x on every line', () => {
    const out = layoutText([
      item('１２', 100, 700),
      item('３４', 150, 700),
      item('５６', 200, 700),
      item('７８', 250, 700),
      item('９', 250, 680),
    ]);
    const [full, short] = out.text.split('\n') as [string, string];
    expect(short.indexOf('９')).toBe(full.indexOf('７８'));
  });

  it('a number after a CJK label stands where a number at the same x stands on a line without one', () => {
    const out = layoutText([item('其他法律行政法规', 20, 700), item('１２', 250, 700), item('３４', 250, 680)]);
    const [labelled, bare] = out.text.split('\n') as [string, string];
    expect(labelled.indexOf('１２')).toBe(bare.indexOf('３４'));
  });
});

describe('our LibreOffice PDF with full-width digits (probe seed 144 p03)', () => {
  it('no cell of 属于三类内部事务信息 stated wrong: its zeros are 科研机构 and 其他', () => {
    const rows = JSON.parse(readFixture('probe-144-p03-lo-pdf.items.json')) as [string, number, number, number, number, number][];
    const items = rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
    const result = parsePositionedText(items, { pages: 2 });
    const cells = listCells(result.report!).filter((c) => c.address.startsWith('t3.results.denied.internalAffairs.'));
    // (its blanks marked since its row stands clear of the wrapped numbers' pieces of its block: read
    // blank, as printed; `missing` before)
    expect(cells.map((c) => [c.address, c.status, c.value])).toEqual([
      ['t3.results.denied.internalAffairs.naturalPerson', 'blank', null],
      ['t3.results.denied.internalAffairs.commercialEnterprise', 'blank', null],
      ['t3.results.denied.internalAffairs.researchInstitution', 'value', 0],
      ['t3.results.denied.internalAffairs.publicInterestOrg', 'blank', null],
      ['t3.results.denied.internalAffairs.legalServiceOrg', 'blank', null],
      ['t3.results.denied.internalAffairs.otherOrg', 'value', 0],
      ['t3.results.denied.internalAffairs.total', 'blank', null],
    ]);
  });
});
