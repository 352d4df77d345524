import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from 'zfxxgk-report';
import { isNfkcCandidate } from '../src/normalize/passes.js';

describe('normalize', () => {
  it('strips mirror-site pinyin after Han characters', () => {
    expect(normalize('自治區(qū)住建廳').text).toBe('自治区住建厅');
    expect(normalize('數(shù)量').pinyinRemoved).toBe(1);
  });

  it('leaves list markers, Latin text in brackets and URLs alone', () => {
    const s = '(一)予以公开,a(b),见(http://www.example.gov.cn/a?id=1),第(五)项';
    expect(normalize(s).text).toBe(s);
    expect(normalize(s).pinyinRemoved).toBe(0);
  });

  it('removes doubled toneless pinyin but not single bracketed words', () => {
    expect(normalize('公(gong)(gong)开').text).toBe('公开');
    expect(normalize('公(gong)开').text).toBe('公(gong)开');
  });

  it('applies NFKC: full-width brackets, digits and spaces', () => {
    expect(normalize('（一）予以公开：１２３').text).toBe('(一)予以公开:123');
  });

  it('turns ? placeholders into spaces but keeps question marks in URLs and sentences', () => {
    expect(normalize('?0').text).toBe(' 0');
    expect(normalize('????(六)其他').text).toBe('    (六)其他');
    expect(normalize('a.php?id=3').text).toBe('a.php?id=3');
    expect(normalize('是否公开？').text).toBe('是否公开?');
  });

  it('removes single spaces inside Chinese labels and keeps column gaps', () => {
    expect(normalize('自 然 人').text).toBe('自然人');
    expect(normalize('(一) 予以公开').text).toBe('(一)予以公开');
    expect(normalize('规章      0').text).toBe('规章      0');
  });

  it('makes quotes around Chinese text curly', () => {
    expect(normalize('3.危及"三安全一稳定"').text).toBe('3.危及“三安全一稳定”');
    expect(normalize('危及「三安全一稳定」').text).toBe('危及“三安全一稳定”');
  });

  it('converts traditional to simplified only when the text is traditional', () => {
    const t = normalize('本年新收政府信息公開申請數量');
    expect(t.text).toBe('本年新收政府信息公开申请数量');
    expect(t.convertedToSimplified).toBe(true);
    const s = normalize('本年新收政府信息公开申请数量');
    expect(s.convertedToSimplified).toBe(false);
    // Vocabulary is kept: never the Taiwan phrase conversion (文件 → 文档).
    expect(normalize('關於文件查詢的報告', { toSimplified: true }).text).toBe('关于文件查询的报告');
  });

  it('normalises line ends', () => {
    expect(normalize('a\r\nb\rc').text).toBe('a\nb\nc');
  });

  it('maps every character of the output back into the input', () => {
    const input = '標 ⍽ 題\r\n區(qū)住建廳（一）予以公開?0 “三安全一穩定”';
    const n = normalize(input.replace('⍽', '\u00a0'));
    const target = n.text.indexOf('予以公开');
    const [s, e] = n.toOriginal(target, target + 4);
    expect(n.original.slice(s, e)).toBe('予以公開');
    const [s2, e2] = n.toOriginal(n.text.indexOf('区'), n.text.indexOf('区') + 1);
    expect(n.original.slice(s2, e2)).toBe('區');
  });

  it('round trip property: every output range maps inside the input, in order', () => {
    const alphabet = fc.constantFrom(...'區(qū)數一二（）() 　\u00a0?？0１2.,，“”"自然人\n\r本年公開'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        (input) => {
          const n = normalize(input);
          let prevEnd = 0;
          for (let i = 0; i < n.text.length; i++) {
            const [s, e] = n.toOriginal(i, i + 1);
            expect(s).toBeGreaterThanOrEqual(0);
            expect(e).toBeLessThanOrEqual(input.length);
            expect(s).toBeLessThanOrEqual(e);
            expect(s).toBeGreaterThanOrEqual(prevEnd - 6);
            prevEnd = e;
          }
          // Unchanged ASCII digits map to themselves.
          for (let i = 0; i < n.text.length; i++) {
            if (/\d/.test(n.text[i] as string)) {
              const [s, e] = n.toOriginal(i, i + 1);
              expect(n.original.slice(s, e).normalize('NFKC')).toBe(n.text[i]);
            }
          }
        },
      ),
      { numRuns: Number(process.env.PROP_RUNS ?? 300) },
    );
  });

  it('is the identity on plain simplified text', () => {
    const s = '一、总体情况\n本年度共公开信息12条。';
    const n = normalize(s);
    expect(n.text).toBe(s);
    expect(n.toOriginal(3, 7)).toEqual([3, 7]);
  });
});

describe('NFKC candidates', () => {
  it('are the code units of the character class the pass was first written with, every one', () => {
    // eslint-disable-next-line no-control-regex -- the class starts at U+0000, as the pass's did
    const re = /[^\u0000-\u007f\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u3014-\u301f\u201c\u201d\u2018\u2019\u2014]/;
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isNfkcCandidate(c) !== re.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
