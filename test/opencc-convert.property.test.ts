import fc from 'fast-check';
import { ConverterFactory } from 'opencc-js/core';
import CJK_Compatibility_Ideographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import toCn from 'opencc-js/to/cn';
import { describe, expect, it } from 'vitest';
import { traditionalToSimplified } from '../src/normalize/opencc.js';

/** opencc's own converter, the one the shortcut must agree with. */
const opencc = ConverterFactory([CJK_Compatibility_Ideographs], toCn);

/** Words of the dictionaries the conversion uses (their first characters are where lookups start). */
const WORDS = [CJK_Compatibility_Ideographs, ...toCn.flat()].flatMap((d) => d.split('|').map((e) => e.split(' ')[0] as string));
const PIECES = [
  ...WORDS.filter((_, i) => i % 7 === 0),
  '政府信息公开',
  '年度報告',
  '一、',
  '（二）',
  '| 12 | 0 |',
  '\n',
  ' ',
  '2023年',
  '\u2ff0', // an ideographic description character: opencc steps over a whole sequence
  '\u2ff2',
  '\ud840', // a lone high surrogate
  '\udc00', // a lone low surrogate
  '\u{20000}',
  '\uf900', // a compatibility ideograph
];

describe('traditionalToSimplified (opencc with lookups only where a word may begin)', () => {
  it('returns what opencc returns on text made of dictionary words and other characters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), {
          maxLength: 60,
        }),
        (parts) => {
          const s = parts.join('');
          expect(traditionalToSimplified(s)).toBe(opencc(s));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('converts words and phrases, keeps other text, and leaves description sequences to opencc', () => {
    const cases = ['這個國家的政府資訊公開工作年度報告', '| 行政複議 | 12 |', '', 'abc 123', '\u2ff0這個\u2ff1們來', '𠁞這', '\ud840這'];
    for (const s of cases) expect(traditionalToSimplified(s)).toBe(opencc(s));
    expect(traditionalToSimplified('這個國家')).toBe('这个国家');
    expect(traditionalToSimplified('abc 123')).toBe('abc 123');
  });
});
