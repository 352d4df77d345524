/** Unit tests of internal grammar modules (always against src/). */
import fc from 'fast-check';
import P from 'parsimmon';
import { describe, expect, it } from 'vitest';
import { MAYBE_CELL, mayBeCell, parseCellContent, parseCellGrammar } from '../src/grammar/cell.js';
import { parseHeadingNumber, parseHeadingNumberUnfiltered, chineseNumeralValue } from '../src/grammar/heading.js';
import { lexLines } from '../src/grammar/lines.js';

describe('cell grammar', () => {
  it('reads integers, decimals, signs, thousands separators', () => {
    expect(parseCellContent('0')).toMatchObject({ kind: 'number', value: 0, signed: false });
    expect(parseCellContent('280232.58')).toMatchObject({ kind: 'number', value: 280232.58 });
    expect(parseCellContent('+3')).toMatchObject({ kind: 'number', value: 3, signed: true });
    expect(parseCellContent('-18')).toMatchObject({ kind: 'number', value: -18, signed: true });
    expect(parseCellContent('1,234')).toMatchObject({ kind: 'number', value: 1234 });
  });

  it('strips units and keeps annotations', () => {
    expect(parseCellContent('117批次')).toMatchObject({ kind: 'number', value: 117, unit: '批次' });
    expect(parseCellContent('251000元')).toMatchObject({ kind: 'number', value: 251000, unit: '元' });
    expect(parseCellContent('3.5 万元')).toMatchObject({ kind: 'number', value: 3.5, unit: '万元' });
    expect(parseCellContent('22(其中修订16件)')).toMatchObject({ kind: 'number', value: 22, note: '其中修订16件' });
    expect(parseCellContent('55 (含自然失效29件)')).toMatchObject({ kind: 'number', value: 55, note: '含自然失效29件' });
  });

  it('recognises blank markers', () => {
    for (const s of ['', ' ', '/', '-', '—', '——', '无']) expect(parseCellContent(s)).toEqual({ kind: 'blank' });
  });

  it('treats labels and malformed numbers as text', () => {
    for (const s of ['规章', '1.属于国家秘密', '17.46%', '2023年', '3-', '1.2.3']) expect(parseCellContent(s).kind).toBe('text');
  });

  // Pieces of cells around the shortcuts' edges: signs, spaces, leading zeros, long digit runs, markers.
  const cellPieces = [
    '0',
    '1',
    '7',
    '00',
    '123456',
    '1234567',
    '+',
    '-',
    '\u2212',
    ' ',
    '\t',
    ',',
    ',000',
    '.5',
    '/',
    '\\',
    '—',
    '\u2012',
    '\u2015',
    '\u2016',
    '无',
    '空',
    'N',
    'n',
    'N/A',
    '件',
    '万元',
    '(注)',
    '规章',
    'x',
    '\u00a0',
    '\n',
  ];
  const cellStrings = fc.array(fc.constantFrom(...cellPieces), { maxLength: 6 }).map((p) => p.join(''));

  it('the pre-check agrees with its pattern on every string (property)', () => {
    fc.assert(
      fc.property(fc.oneof(cellStrings, fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), (s) => {
        expect(mayBeCell(s)).toBe(MAYBE_CELL.test(s));
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 5000) },
    );
  });

  it('reads every cell as the grammar reads it, field by field and in the same order (property)', () => {
    fc.assert(
      fc.property(fc.oneof(cellStrings, fc.integer({ min: 0, max: 99_999_999 }).map(String)), (s) => {
        expect(JSON.stringify(parseCellContent(s))).toBe(JSON.stringify(parseCellGrammar(s)));
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 5000) },
    );
  });
});

describe('heading numbers', () => {
  it('reads every numbering style', () => {
    expect(parseHeadingNumber('一、总体情况')).toMatchObject({ style: 'cn', numeral: '一', value: 1, level: 1, titleStart: 2 });
    expect(parseHeadingNumber('(四)主动公开政府信息情况')).toMatchObject({ style: 'cnParen', numeral: '四', value: 4, level: 2 });
    expect(parseHeadingNumber('1.属于国家秘密')).toMatchObject({ style: 'arabic', value: 1, level: 3 });
    expect(parseHeadingNumber('1、申请人无正当理由')).toMatchObject({ style: 'arabic', value: 1 });
    expect(parseHeadingNumber('## 二、主动公开政府信息情况')).toMatchObject({ style: 'cn', markdownDepth: 2, marker: '二、' });
    expect(parseHeadingNumber('第三部分 收到和处理')).toMatchObject({ style: 'part', value: 3 });
  });

  it('recognises markers whose numeral was lost', () => {
    expect(parseHeadingNumber('、主动公开政府信息情况')).toMatchObject({ style: 'lost', numeral: null, marker: '、' });
    expect(parseHeadingNumber(')政务公开工作开展总体情况')).toMatchObject({ style: 'lost', marker: ')' });
  });

  it('does not take years, decimals or plain text for markers', () => {
    expect(parseHeadingNumber('2020年,我局严格贯彻')).toBeNull();
    expect(parseHeadingNumber('3.5万元')).toBeNull();
    expect(parseHeadingNumber('一是加强组织领导')).toBeNull();
  });

  it('computes Chinese numeral values', () => {
    expect(chineseNumeralValue('十')).toBe(10);
    expect(chineseNumeralValue('十二')).toBe(12);
    expect(chineseNumeralValue('二十')).toBe(20);
    expect(chineseNumeralValue('九')).toBe(9);
  });
});

describe('line grammar', () => {
  it('classifies blank, text, pipe and separator lines', () => {
    const lines = lexLines('一、总体情况\n\n规章 | 0 | 0 | 0 |\n|---|---|\n8 |\n11 | ||');
    expect(lines.map((l) => l.kind)).toEqual(['text', 'blank', 'pipe', 'separator', 'pipe', 'pipe']);
    expect(lines[2]?.cells.map((c) => c.text)).toEqual(['规章', '0', '0', '0']);
    expect(lines[4]?.cells.map((c) => c.text)).toEqual(['8']);
    expect(lines[5]?.cells.map((c) => c.text)).toEqual(['11', '', '']);
  });

  it('splits space-aligned text into segments at runs of spaces', () => {
    const [l] = lexLines('规章               0          0       0');
    expect(l?.cells.map((c) => c.text)).toEqual(['规章', '0', '0', '0']);
    expect(l?.cells[1]?.start).toBe(17);
  });

  it('keeps Markdown leading pipes out of the cells', () => {
    const [l] = lexLines('| 规章 | 22 | 235 |');
    expect(l?.leadingPipe).toBe(true);
    expect(l?.cells.map((c) => c.text)).toEqual(['规章', '22', '235']);
  });

  it('accepts any string, including an empty one', () => {
    expect(lexLines('')).toHaveLength(1);
    expect(lexLines('\n\n')).toHaveLength(3);
  });
});

describe('heading-marker pre-check', () => {
  const pieces = [
    '一',
    '二',
    '十',
    '三',
    '第',
    '部分',
    '(',
    ')',
    '（',
    '、',
    '.',
    ',',
    ':',
    ' ',
    '\t',
    '#',
    '1',
    '2',
    '0',
    '12',
    '是',
    '主动公开',
    '年',
    '|',
    'a',
  ];
  it('never turns away a line the grammar accepts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const line = parts.join('');
        const full = parseHeadingNumberUnfiltered(line);
        if (full !== null) expect(parseHeadingNumber(line)).toEqual(full);
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 2000) },
    );
  });

  it('reads the marker parsimmon.alt would read, trying the alternatives in order (property)', () => {
    // The marker grammar picks its alternatives by their first character (byFirstChar); this is the
    // grammar as first written, each alternative tried in turn, run by parsimmon's own parse.
    const CN = '[一二三四五六七八九十]{1,3}';
    const alts: [string, RegExp][] = [
      ['part', new RegExp(`第(${CN})部分[ \\t]*[、.:]?[ \\t]*`)],
      ['cnParen', new RegExp(`\\([ \\t]*(${CN})[ \\t]*\\)[ \\t]*[、.]?[ \\t]*`)],
      ['cn', new RegExp(`(${CN})[ \\t]*[、.,][ \\t]*`)],
      ['cn', new RegExp(`(${CN})[ \\t]{1,8}(?=[\\u4e00-\\u9fff])`)],
      ['arabicParen', /\((\d{1,2})\)[ \t]*/],
      ['arabic', /(\d{1,2})[ \t]*[.、](?!\d)[ \t]*/],
      ['lost', /[、)][ \t]*(?=[\u4e00-\u9fff])()/],
    ];
    const reference = P.seqMap(
      P.regexp(/[ \t]*(#{0,6})[ \t]*/),
      P.alt(...alts.map(([style, re]) => P.regexp(re, 0).map((text) => ({ style, text })))),
      P.all,
      (h, mk) => ({ style: mk.style, titleStart: h.length + mk.text.length }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces, '第三部分', '(二)', '( 十二 )', '四、', '3.', '(7)', '、', ')'), { maxLength: 8 }),
        (parts) => {
          const line = parts.join('');
          const want = reference.parse(line);
          const got = parseHeadingNumberUnfiltered(line);
          expect(got && { style: got.style, titleStart: got.titleStart }).toEqual(want.status ? want.value : null);
        },
      ),
      { numRuns: Number(process.env.PROP_RUNS ?? 2000) },
    );
  });

  it('turns away value lines and sentences without running the grammar', () => {
    expect(parseHeadingNumber('12 |')).toBeNull();
    expect(parseHeadingNumber('2023年，本机关')).toBeNull();
    expect(parseHeadingNumber('一是加强')).toBeNull();
    expect(parseHeadingNumber('## 三、收到和处理')?.numeral).toBe('三');
  });
});

describe('line grammar', () => {
  it('has one line per newline-separated piece, with exact offsets (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '规章', '|', '\n', ' ', '\t', '12'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const want: [number, number][] = [];
        let start = 0;
        for (const piece of text.split('\n')) {
          want.push([start, start + piece.length]);
          start += piece.length + 1;
        }
        expect(lexLines(text).map((l) => [l.start, l.end])).toEqual(want);
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 1000) },
    );
  });
});
