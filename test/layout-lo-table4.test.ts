/**
 * Table 四 as LibreOffice prints it to PDF (positions of our own, no document copied): the header
 * cells of one line written as one text item of words joined by single spaces, each number
 * left-aligned in its cell under its header word, blank cells printing nothing.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, listCells, parsePositionedText, type PositionedText } from 'zfxxgk-report';

const SIZE = 8.5;
/** Width of a space between the header words in the one item (a third of the font size). */
const SPACE = 2.9;

/** One text item: CJK one size wide, digits and Latin half. */
function item(text: string, x: number, y: number, size = SIZE): PositionedText {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? size : ch === ' ' ? SPACE : size / 2;
  return { text, page: 1, x, y, width: w, size };
}

const WORDS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const HEADER = [...WORDS, ...WORDS, ...WORDS];
/** Where each header word starts (and its cell's number): the words one after another, a space apart. */
const STARTS: number[] = [];
for (let k = 0; k < HEADER.length; k++)
  STARTS.push(k === 0 ? 60 : (STARTS[k - 1] as number) + (HEADER[k - 1] as string).length * SIZE + SPACE);

/** Table 四 with the header in one item and the values (null: a blank cell, nothing printed) under it. */
function table4(values: readonly (number | null)[], after: PositionedText[] = []): PositionedText[] {
  return [
    item('四、政府信息公开行政复议、行政诉讼情况', 58, 460),
    item('行政复议', 60, 436),
    item('行政诉讼（未经复议直接起诉）', STARTS[5] as number, 436),
    item('行政诉讼（复议后起诉）', STARTS[10] as number, 436),
    item(HEADER.join(' '), 60, 419),
    ...values.flatMap((v, k) => (v === null ? [] : [item(String(v), STARTS[k] as number, 403)])),
    ...after,
  ];
}

const t4Values = (items: PositionedText[]): (number | null | string)[] => {
  const cells = listCells(parsePositionedText(items).report!).filter((c) => c.address.startsWith('t4.'));
  return cells.map((c) => (c.status === 'value' ? (c.value as number) : c.status === 'blank' ? null : c.status));
};

describe('layout: table 四 under a header written as one item (LibreOffice)', () => {
  const values = [29, null, 29, 0, 58, null, null, null, null, null, 41, null, null, 0, 41];

  it('the header words are its columns: a blank marker in each empty one', () => {
    const row = layoutText(table4(values))
      .text.split('\n')
      .find((l) => l.includes('29'));
    expect(row?.trim().split(/ +/)).toEqual(['29', '—', '29', '0', '58', '—', '—', '—', '—', '—', '41', '—', '—', '0', '41']);
  });

  it('the fifteen cells read where they are printed', () => {
    expect(t4Values(table4(values))).toEqual(values);
  });

  it('a note with figures under the row (no piece of a wrapped number) leaves the markers', () => {
    const sparse = [null, null, 0, 35, 35, 0, 0, null, 0, null, 57, 41, 0, null, 98];
    const note = [
      item('注：数据截至', 57, 388),
      item('2023', 109.5, 388),
      item('年', 132.9, 388),
      item('12', 143.1, 388),
      item('月', 155.6, 388),
      item('31', 165.8, 388),
      item('日，共', 178.3, 388),
      item('3', 205.5, 388),
      item('类情形。', 212.6, 388),
    ];
    expect(t4Values(table4(sparse, note))).toEqual(sparse);
  });

  it('words of one item that are not one em per character apart stay one run: no marker, the cells stay unplaced', () => {
    // The same words in an item twice as wide as its characters and spaces: no space width fits.
    const wide = table4(values).map((it) => (it.text === HEADER.join(' ') ? { ...it, width: it.width * 2 } : it));
    expect(layoutText(wide).text).not.toContain('—');
  });

  it('over a row with a label, a header item with a space inside a cell is not split into cells', () => {
    // (`本年 制发件数` is one cell: its two words are no two columns.)
    const header = '本年 制发件数 本年废 止件数 现行有效 件数';
    const starts = [150, 150 + 6 * 12 + 2 * 4, 150 + 12 * 12 + 4 * 4];
    const out = layoutText([
      item('信息内容', 58, 611, 12),
      { ...item(header, 150, 611, 12), width: 18 * 12 + 5 * 4 },
      item('规章', 58, 591, 12),
      item('0', starts[0] as number, 591, 12),
      item('0', starts[1] as number, 591, 12),
      item('60', starts[2] as number, 591, 12),
    ]);
    expect(out.text).not.toContain('—');
  });
});

describe('layout: a number starting where a header word ends', () => {
  it('is in the column it stands over, not the one it touches (the word item ends with a space)', () => {
    // 2021 table 四 header: words over two lines, each 总计 between them on a line of its own, its
    // item ending with a space that reaches the next column's left edge; every number left-aligned
    // in its cell.
    const x = [58, 94, 130, 165, 201, 228, 264, 299, 335, 370, 398, 433, 469, 504, 540];
    const heads = ['结果', '结果', '其他', '尚未'];
    const tails = ['维持', '纠正', '结果', '审结'];
    const values = [null, null, null, 0, 0, 57, 0, 0, null, 57, 0, null, 0, null, null];
    const items: PositionedText[] = [
      item('四、政府信息公开行政复议、行政诉讼情况', 58, 520, 12),
      item('行政复议', 58, 500, 12),
      item('行政诉讼', 228, 500, 12),
      item('未经复议直接起诉', 228, 485, 12),
      item('复议后起诉', 398, 485, 12),
      ...x.map((v, k) =>
        k % 5 === 4 ? { ...item('总计 ', v, 462.5, 12), width: (x[k + 1] ?? 568) - v } : item(heads[k % 5] as string, v, 470, 12),
      ),
      ...x.flatMap((v, k) => (k % 5 === 4 ? [] : [item(tails[k % 5] as string, v, 455, 12)])),
      ...values.flatMap((v, k) => (v === null ? [] : [item(String(v), x[k] as number, 438, 12)])),
    ];
    expect(t4Values(items)).toEqual(values);
  });
});
