import { describe, expect, it } from 'vitest';
import { layoutText, type PositionedText } from 'zfxxgk-report';
import { item, textLines } from './helpers/positioned-items.js';

// A LibreOffice print of table 三 (our own layout, issue 12, probe seed 299 p07): blank cells print
// nothing, and the header's value columns are words over several lines (`商业企` over `业`, `自然`
// over `人`) while the label column's own header (`（本列数据的勾稽关系为：…之和）`) wraps over more
// lines, some of them standing between the value header's lines. Walking up the header from the
// rows, a line of label-column text only used to end the header: the columns of `自然人` and `合计`
// above it were never seen, no row's numbers fitted the header's columns, and the rows' own columns
// (a column needs the numbers of two rows) left out `法律服务机构`, whose number stands in one row:
// no blank markers at all, every empty cell of the block `missing`. Such a line is passed over now.

/** The value columns' left edges: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 合计. */
const HEADER: PositionedText[] = [
  item('（本列数据的勾稽关系', 70, 645),
  item('申请人情况', 301, 645),
  item('为：第一项加第二项之', 70, 619),
  item('自然', 210, 603),
  item('法人或其他组织', 250, 603),
  item('合', 440, 603),
  item('和，等于第三项加第四项', 64, 593),
  item('人', 216, 577),
  item('计', 440, 577),
  item('之和）', 112, 567),
  item('商业企', 250, 561),
  item('科', 300, 561),
  item('社', 330, 561),
  item('法律服', 358, 561),
  item('其', 410, 561),
  item('业', 262, 535),
  item('研', 300, 535),
  item('会', 330, 535),
  item('务机构', 358, 535),
  item('他', 410, 535),
];

/** Number x per column (centred or left in their cells, as LibreOffice sets them). */
const AT = [218.9, 262.6, 304.7, 332.8, 372.8, 412.7, 441.2];

/** Rows: label and, per column, `0` or nothing (a blank cell). */
const ROWS: [string, (0 | null)[]][] = [
  ['一、本年新收申请', [0, null, null, null, 0, null, 0]],
  ['二、上年结转申请', [0, null, null, null, null, null, 0]],
  ['（一）予以公开', [null, null, 0, 0, null, null, null]],
  ['（二）部分公开', [null, null, null, null, null, 0, 0]],
  ['1.属于国家秘密', [0, null, 0, null, null, 0, 0]],
];

function document(): PositionedText[] {
  const rows = ROWS.flatMap(([label, cells], r) => {
    const y = 500 - 30 * r;
    return [item(label, 64, y), ...cells.flatMap((v, k) => (v === null ? [] : [item('0', AT[k] as number, y + 2.8)]))];
  });
  return [...HEADER, ...rows];
}

describe('blank cells under a header whose label column wraps between the value header lines', () => {
  it('every row gets a marker in each header column it leaves empty', () => {
    const lines = textLines(layoutText(document()).text);
    for (const [label, cells] of ROWS) {
      const line = lines.find((l) => l.startsWith(label));
      expect(line?.slice(label.length).trim().split(/ +/)).toEqual(cells.map((v) => (v === null ? '—' : '0')));
    }
  });

  it('a header ended by a line that spans the value columns stays as before (no markers from words above it)', () => {
    // The same rows under a header cut off by a prose line across the columns: its lines above are not read.
    const prose = item('这是一行跨越整个表格宽度的说明文字这是一行跨越整个表格宽度的说明文字', 64, 549);
    const lines = textLines(layoutText([...document(), prose]).text);
    const first = lines.find((l) => l.startsWith('一、本年新收申请'));
    expect(first).not.toContain('—');
  });
});
