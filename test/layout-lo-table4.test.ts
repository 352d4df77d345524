/**
 * Table 四 as LibreOffice prints it to PDF (positions of our own, no document copied): each number
 * left-aligned in its cell under its header word, blank cells printing nothing.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, listCells, parsePositionedText, type PositionedText } from 'zfxxgk-report';

const SIZE = 8.5;
/** Width of a space between the header words (a third of the font size). */
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

/**
 * Table 四 with its header words (as one item joined by single spaces, as LibreOffice writes them,
 * or one item each) and the values (null: a blank cell, nothing printed) under them.
 */
function table4(values: readonly (number | null)[], oneItem: boolean, after: PositionedText[] = []): PositionedText[] {
  return [
    item('四、政府信息公开行政复议、行政诉讼情况', 58, 460),
    item('行政复议', 60, 436),
    item('行政诉讼（未经复议直接起诉）', STARTS[5] as number, 436),
    item('行政诉讼（复议后起诉）', STARTS[10] as number, 436),
    ...(oneItem ? [item(HEADER.join(' '), 60, 419)] : HEADER.map((w, k) => item(w, STARTS[k] as number, 419))),
    ...values.flatMap((v, k) => (v === null ? [] : [item(String(v), STARTS[k] as number, 403)])),
    ...after,
  ];
}

const t4Cells = (items: PositionedText[]): ReturnType<typeof listCells> =>
  listCells(parsePositionedText(items).report!).filter((c) => c.address.startsWith('t4.'));
const t4Values = (items: PositionedText[]): (number | null | string)[] =>
  t4Cells(items).map((c) => (c.status === 'value' ? (c.value as number) : c.status === 'blank' ? null : c.status));

describe('layout: table 四 of a LibreOffice print, a note with figures under it', () => {
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

  it('the note is no line of wrapped pieces: the blank cells are marked under the header words', () => {
    const row = layoutText(table4(sparse, false, note))
      .text.split('\n')
      .find((l) => l.includes('35'));
    expect(row?.trim().split(/ +/)).toEqual(sparse.map((v) => (v === null ? '—' : String(v))));
    expect(t4Values(table4(sparse, false, note))).toEqual(sparse);
  });

  it("a header written as one item of spaced words gives no columns (a word may be a cell's second): no marker, nothing stated wrongly", () => {
    // (`结果 维持` may be one cell with a space in it: its words are no columns.)
    const items = table4(sparse, true, note);
    expect(layoutText(items).text).not.toContain('—');
    const wrong = t4Cells(items).filter(
      (c, j) => (c.status === 'value' && c.value !== sparse[j]) || (c.status === 'blank' && sparse[j] !== null),
    );
    expect(wrong).toEqual([]);
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

/**
 * Table 四 under a header line written as one item of spaced words (`words`), in a font of `size`
 * with spaces `space` wide: an item builder measuring Han characters, spaces and digits, the header's
 * items, and the row's values on their words' starts (centred under them, or at their starts).
 */
function oneItemHeader(size: number, space: number, words: readonly string[]) {
  const at = (text: string, x: number, y: number): PositionedText => {
    let w = 0;
    for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? size : ch === ' ' ? space : size * 0.55;
    return { text, page: 1, x, y, width: w, size };
  };
  const starts: number[] = [];
  for (let k = 0, x = 60; k < words.length; k++) {
    starts.push(x);
    x += at(words[k] as string, 0, 0).width + space;
  }
  const header = [
    at('四、政府信息公开行政复议、行政诉讼情况', 58, 460),
    at('行政复议', 60, 436),
    at('行政诉讼（未经复议直接起诉）', starts[5] as number, 436),
    at('行政诉讼（复议后起诉）', starts[10] as number, 436),
    at(words.join(' '), 60, 419),
  ];
  const row = (values: readonly (number | null)[], centred: boolean): PositionedText[] =>
    values.flatMap((v, k) => {
      if (v === null) return [];
      const value = at(String(v), 0, 0);
      const shift = centred ? (at(words[k] as string, 0, 0).width - value.width) / 2 : 0;
      return [{ ...value, x: (starts[k] as number) + shift, y: 400 }];
    });
  return { at, header, row };
}

describe('layout: a note ending in a figure under a one-item header of spaced words', () => {
  // (Values centred under their words; one word printed as two, `尚未 审结`: the header gives sixteen words.)
  const { at, header, row } = oneItemHeader(
    10.5,
    4.2,
    HEADER.map((w, k) => (k === 3 ? '尚未 审结' : w)),
  );
  const values = [0, null, 3, 0, 3, 0, 6038, 2426, 100, 8564, 0, null, 0, 5659, 5659];
  const items = (note: boolean): PositionedText[] => [
    ...header,
    ...row(values, true),
    ...(note ? [at('注：数据截至', 57, 385), at('2023', 124.2, 385), at('年', 151.5, 385), at('12', 166.2, 385)] : []),
  ];

  it("the note's figures are no cells of the row: the row reads as without the note, nothing stated wrongly", () => {
    const expected = [...Array<string>(6).fill('ambiguous'), 6038, 2426, 100, 8564, ...Array<string>(5).fill('ambiguous')];
    expect(t4Values(items(false))).toEqual(expected);
    expect(t4Values(items(true))).toEqual(expected);
    // (Before: t4.review.pending = 3 and t4.review.total = 0, named by no rule.)
    const result = parsePositionedText(items(true));
    expect(t4Cells(items(true)).find((c) => c.address === 't4.review.pending')?.status).toBe('ambiguous');
    expect(result.diagnostics.filter((d) => d.code === 'cell-ambiguous').map((d) => d.path)).toContain('t4.review.total');
  });
});

describe('layout: a dated note in plain words (no marker) ending in a figure under the row', () => {
  const { at, header, row } = oneItemHeader(
    8.5,
    1.7,
    HEADER.map((w, k) => (k === 0 ? '结果 维持' : w)),
  );
  const values = [1, 1, null, 0, 2, 0, 100, 100, 100, 300, 0, 0, 0, null, 0];
  const items = (note: boolean): PositionedText[] => [
    ...header,
    ...(note ? [at('数据截至时间', 57, 385), at('2023', 109.7, 385), at('年', 130.1, 385), at('12', 140.3, 385)] : []),
    ...row(values, false),
  ];

  it("the note's date is no cell of the row: the row reads as without the note, nothing stated wrongly", () => {
    const expected = [...Array<string>(6).fill('ambiguous'), 100, 100, 100, 300, ...Array<string>(5).fill('ambiguous')];
    expect(t4Values(items(false))).toEqual(expected);
    expect(t4Values(items(true))).toEqual(expected);
    // (Before: t4.review.total = 0, truth 2, named by no rule: the note's 2023 and 12 made the row's pieces fifteen.)
    const result = parsePositionedText(items(true));
    expect(result.diagnostics.filter((d) => d.code === 'cell-ambiguous').map((d) => d.path)).toContain('t4.review.total');
  });
});

describe('layout: a note of words foreign to table 四, figures without a date unit, under the row', () => {
  const { at, header, row } = oneItemHeader(
    8.5,
    1.7,
    HEADER.map((w, k) => (k === 0 ? '结果 维持' : w)),
  );
  const values = [1, 1, null, 0, 2, 0, 100, 100, 100, 300, 0, 0, 0, null, 0];
  const note = (words: string): PositionedText[] => {
    const x = 57 + words.length * 8.5 + 1.7;
    return [at(words, 57, 385), at('2023', x, 385), at('个', x + 1.7 + 4 * 4.675, 385), at('12', x + 3.4 + 4 * 4.675 + 8.5, 385)];
  };
  const expected = [...Array<string>(6).fill('ambiguous'), 100, 100, 100, 300, ...Array<string>(5).fill('ambiguous')];

  it("the note's figures are no cells of the row, with or without a marker", () => {
    // (property counterexample: before, `本机关涉及部门 2023 个 12` made the row's pieces fifteen and
    // stated t4.review.total = 0, truth 2, named by no rule)
    expect(t4Values([...header, ...row(values, false)])).toEqual(expected);
    for (const words of ['本机关涉及部门', '注：本机关涉及部门']) {
      const items = [...header, ...note(words), ...row(values, false)];
      expect(t4Values(items)).toEqual(expected);
      const result = parsePositionedText(items);
      expect(result.diagnostics.filter((d) => d.code === 'cell-ambiguous').map((d) => d.path)).toContain('t4.review.total');
    }
  });

  it('keeps a label a report writes before the row (words of no header, on the first line of numbers)', () => {
    const full = [3, 1, 0, 0, 4, 0, 100, 100, 100, 300, 0, 0, 0, 1, 1];
    const items = [...header, at('案件数', 20, 400), ...row(full, false)];
    expect(t4Values(items)).toEqual(full);
  });
});
