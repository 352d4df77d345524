/** Unit tests of label matching and placement (against src/). */
import { describe, expect, it } from 'vitest';
import { boundedEditDistance, cleanLabel, cleanText, matchLabel } from '../src/tables/label-match.js';
import { placeRow, type RowItem } from '../src/tables/placement.js';
import { detectLayout, tokenize, type ValueToken } from '../src/tables/tokens.js';
import { lexLines } from '../src/grammar/lines.js';

function value(v: number, opts: Partial<RowItem> = {}): RowItem {
  const token: ValueToken = {
    kind: 'value',
    raw: String(v),
    content: { kind: 'number', value: v, signed: false, digits: String(v) },
    start: 0,
    end: 1,
    line: 0,
    gapBefore: 0,
    lineStart: false,
  };
  return { token, collapsedBefore: 0, run: 0, ...opts };
}

describe('label matching', () => {
  const candidates = [
    { key: 'prohibited', labels: ['其他法律行政法规禁止公开'], keywords: ['禁止公开', '法律行政法规'] },
    { key: 'internal', labels: ['属于三类内部事务信息'], keywords: ['内部事务'] },
    { key: 'granted', labels: ['予以公开'], keywords: ['予以公开'] },
  ];

  it('splits off the list marker and cleans punctuation', () => {
    expect(cleanLabel('3.危及“三安全一稳定”')).toMatchObject({ clean: '危及三安全一稳定' });
    expect(cleanLabel('(一) 予以公开').numbering?.numeral).toBe('一');
  });

  it('matches by keyword, and damaged labels by bounded edit distance', () => {
    expect(matchLabel('属于三类内部事务信息', candidates)).toMatchObject({ key: 'internal', how: 'exact' });
    expect(matchLabel('其他法律行政止公开', candidates)).toMatchObject({ key: 'prohibited', how: 'fuzzy', distance: 3 });
    expect(matchLabel('属于三类内容事务信息', candidates)).toMatchObject({ key: 'internal', how: 'fuzzy', distance: 1 });
  });

  it('matches nothing for fragments and unrelated text', () => {
    expect(matchLabel('予公开', candidates)).toBeNull();
    expect(matchLabel('法提供', candidates)).toBeNull();
    expect(matchLabel('年度工作总结', candidates)).toBeNull();
  });

  it('removes exactly the characters of its specification, for every BMP character, short or long text', () => {
    // The specification: the character class cleanText was first written as.
    const spec = /[\s“”‘’"'()[\]【】〔〕<>《》、,，.。:：;；!！?？*#|_~·…\-—–]/;
    const differing: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const removed = spec.test(ch);
      const short = cleanText(`a${ch}b`) === 'ab';
      const long = cleanText(`${'x'.repeat(80)}${ch}b`) === `${'x'.repeat(80)}b`;
      if (short !== removed || long !== removed) differing.push(c.toString(16));
    }
    expect(differing).toEqual([]);
    expect(cleanText(` “甲”、乙 ${'丙'.repeat(80)}。`)).toBe(`甲乙${'丙'.repeat(80)}`);
  });

  it('gives the same answer from its cache', () => {
    const first = matchLabel('属于三类内容事务信息', candidates);
    expect(matchLabel('属于三类内容事务信息', candidates)).toEqual(first);
    expect(matchLabel('予公开', candidates)).toBeNull();
    expect(matchLabel('予公开', candidates)).toBeNull();
  });

  it('computes bounded edit distances', () => {
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedEditDistance('abc', 'abc', 1)).toBe(0);
    expect(boundedEditDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('placement', () => {
  it('places a complete row by position', () => {
    const p = placeRow(3, { items: [value(1), value(2), value(3)], gapsVisible: false, collapsedAfter: null });
    expect(p.columns.map((c) => (c.status === 'value' ? c.token.content.value : c.status))).toEqual([1, 2, 3]);
  });

  it('keeps a surplus cell only when every reading agrees', () => {
    const same = placeRow(1, { items: [value(0), value(0), value(0)], gapsVisible: false, collapsedAfter: null });
    expect(same.columns[0]).toMatchObject({ status: 'value' });
    expect(same.surplus).toBe(2);
    const differ = placeRow(1, { items: [value(3), value(2)], gapsVisible: false, collapsedAfter: null });
    expect(differ.columns[0]).toMatchObject({ status: 'ambiguous', candidates: [3, 2] });
  });

  it('never fills a short row in reading order', () => {
    const p = placeRow(7, { items: [value(3), value(3)], gapsVisible: false, collapsedAfter: null });
    expect(p.columns.every((c) => c.status === 'ambiguous')).toBe(true);
    expect(p.deficit).toBe(5);
  });

  it('anchors a short row to its end when no cell collapsed after it', () => {
    const p = placeRow(7, { items: [value(5, { collapsedBefore: 6 })], gapsVisible: true, collapsedAfter: 0 });
    expect(p.columns[6]).toMatchObject({ status: 'value' });
    expect(p.columns.slice(0, 6).every((c) => c.status === 'missing')).toBe(true);
  });

  it('anchors to the start when nothing collapsed before the first value', () => {
    const p = placeRow(3, { items: [value(4), value(5)], gapsVisible: true, collapsedAfter: 2 });
    expect(p.columns.map((c) => c.status)).toEqual(['value', 'value', 'missing']);
  });

  it('recovers the order of runs only where the arithmetic allows one order', () => {
    // Two groups of (a, b, total); runs came out as [1 2 3] [4 6 10] in the wrong order… or not.
    const items = [
      value(4, { run: 1 }),
      value(6, { run: 1 }),
      value(10, { run: 1 }),
      value(1, { run: 2 }),
      value(2, { run: 2 }),
      value(3, { run: 2 }),
    ];
    const sums = (v: readonly (number | null)[]): boolean => v[0]! + v[1]! === v[2] && v[3]! + v[4]! === v[5];
    const p = placeRow(6, { items, gapsVisible: false, collapsedAfter: null }, sums);
    expect(p.reordered).toBe(true);
    // Both orders add up, so every cell stays ambiguous.
    expect(p.columns.every((c) => c.status === 'ambiguous')).toBe(true);
    const onlyOne = (v: readonly (number | null)[]): boolean => v[0] === 1;
    const q = placeRow(6, { items, gapsVisible: false, collapsedAfter: null }, onlyOne);
    expect(q.columns.map((c) => (c.status === 'value' ? c.token.content.value : c.status))).toEqual([1, 2, 3, 4, 6, 10]);
  });

  it('drops trailing empty cells beyond the grid', () => {
    const blank = {
      token: { kind: 'blank' as const, raw: '', start: 0, end: 0, line: 0, gapBefore: 0, lineStart: false },
      collapsedBefore: 0,
      run: 0,
    };
    const p = placeRow(2, { items: [value(1), value(2), blank], gapsVisible: false, collapsedAfter: null });
    expect(p.surplus).toBe(0);
    expect(p.columns.map((c) => c.status)).toEqual(['value', 'value']);
  });
});

describe('tokenize: header and label text that holds digits', () => {
  const tokens = (lines: string[]) => {
    const l = lexLines(lines.join('\n'));
    return tokenize(l, detectLayout(l))
      .filter((t) => t.kind !== 'break')
      .map((t) => (t.kind === 'value' ? t.content.value : t.kind === 'label' ? t.text : `(${t.kind})`));
  };

  it('reads placeholder column names as header text, not as numbers (regression: corpus 09 listed them as unplaced)', () => {
    expect(tokens(['| 类别 | 数据1 | 数据2 | 总计 |'])).toEqual(['类别', '数据1', '数据2', '总计']);
    expect(tokens(['| Column1 | col12 |'])).toEqual(['Column1', 'col12']);
  });

  it('keeps a list number set off by a space with its label, and a lone number as a number', () => {
    expect(tokens(['| 1. 属于国家秘密 | 0 | 3 |'])).toEqual(['1. 属于国家秘密', 0, 3]);
    expect(tokens(['| 2、 重复申请 | 4 |'])).toEqual(['2、 重复申请', 4]);
    expect(tokens(['| 规章 | 5. |']).slice(0, 2)).toEqual(['规章', 5]);
  });

  it('keeps two list numbers run together before a label with the label (two labels wrapped side by side), not as the number 1.2', () => {
    expect(tokens(['（四） 无 1.2. 本机关不掌握相关'])).not.toContain(1.2);
    expect(tokens(['（四） 无 1.2. 本机关不掌握相关']).some((t) => typeof t === 'number')).toBe(false);
    expect(tokens(['| 规章 | 1.2 |']).slice(0, 2)).toEqual(['规章', 1.2]);
  });
});

describe('placement: a row with surplus numbers and a lost cell of its own', () => {
  it('states no column when the layout shows a vanished cell (regression: the total was read from the next row)', () => {
    // Own row: (blank vanished) 15 7 0 14 0 36, then the seven numbers of the next row.
    const own = [value(15, { collapsedBefore: 1 }), value(7), value(0), value(14), value(0), value(36)];
    const next = [0, 0, 0, 0, 0, 0, 0].map((v) => value(v));
    const p = placeRow(7, { items: [...own, ...next], gapsVisible: true, collapsedAfter: null });
    expect(p.columns.every((c) => c.status !== 'value')).toBe(true);
    expect(p.columns[6]).toMatchObject({ status: 'ambiguous' });
    expect((p.columns[6] as { candidates: number[] }).candidates).toContain(36);
  });

  it('still reads the agreeing columns of a surplus row without lost cells', () => {
    const items = [5, 0, 0, 0, 0, 0, 5, 0].map((v) => value(v));
    const p = placeRow(7, { items, gapsVisible: true, collapsedAfter: null });
    expect(p.columns.slice(1, 5).every((c) => c.status === 'value')).toBe(true);
  });
});
