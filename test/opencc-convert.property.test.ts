import fc from 'fast-check';
import { ConverterFactory } from 'opencc-js/core';
import CJK_Compatibility_Ideographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import toCn from 'opencc-js/to/cn';
import { describe, expect, it } from 'vitest';
import { createConverter, traditionalToSimplified } from '../src/normalize/opencc.js';

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
  it('returns what opencc returns for every code unit alone, every dictionary word and every word in context', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (traditionalToSimplified(s) !== opencc(s)) expect([c, traditionalToSimplified(s)]).toEqual([c, opencc(s)]);
    }
    // Each word alone, glued to the next word, and between characters that begin words (both orders of priority).
    for (let i = 0; i < WORDS.length; i++) {
      const w = WORDS[i] as string;
      const next = WORDS[(i * 7919 + 1) % WORDS.length] as string;
      for (const s of [w, w + next, `乾${w}後`, `a${w}\n`]) {
        if (traditionalToSimplified(s) !== opencc(s)) expect([s, traditionalToSimplified(s)]).toEqual([s, opencc(s)]);
      }
    }
  });

  it('grows its output where a phrase is replaced by a longer one', () => {
    const longer = [CJK_Compatibility_Ideographs, ...toCn.flat()]
      .flatMap((d) => d.split('|').map((e) => e.split(' ') as [string, string]))
      .filter(([w, r]) => r.length > w.length)
      .map(([w]) => w);
    expect(longer.length).toBeGreaterThan(0);
    const s = longer.join('').repeat(3);
    expect(traditionalToSimplified(s)).toBe(opencc(s));
    expect(traditionalToSimplified(s).length).toBeGreaterThan(s.length);
  });

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

  it('agrees with opencc on any dictionaries: words of one or more characters, the same word twice, replacements of any length', () => {
    // Few characters, so that words overlap, repeat across dictionaries and begin one another.
    const unit = fc.constantFrom('a', 'b', '這', '乾', '\u{20000}', '\ud840', '\u2ff0', 'x');
    const word = fc.array(unit, { minLength: 1, maxLength: 3 }).map((u) => u.join(''));
    const replacement = fc.array(unit, { maxLength: 3 }).map((u) => u.join(''));
    const dict = fc
      .array(fc.tuple(word, replacement), { minLength: 1, maxLength: 8 })
      .map((es) => es.map(([w, r]) => `${w} ${r}`).join('|'));
    const groups = fc.array(fc.array(dict, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(groups, fc.array(fc.oneof(unit, fc.string({ maxLength: 2 })), { maxLength: 30 }), (gs, parts) => {
        const s = parts.join('');
        expect(createConverter(gs)(s)).toBe(ConverterFactory(...gs)(s));
      }),
      { numRuns: 3000 },
    );
  });
});
