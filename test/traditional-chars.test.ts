import { describe, expect, it } from 'vitest';
import { countTraditionalChars, TRADITIONAL_ONLY_CHARS } from '../src/normalize/traditional-chars.js';

describe('countTraditionalChars (table lookup)', () => {
  it('counts exactly the characters of the list, for every BMP code unit', () => {
    const listed = new Set(TRADITIONAL_ONLY_CHARS);
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    expect(countTraditionalChars(all)).toBe(listed.size);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (countTraditionalChars(ch) !== (listed.has(ch) ? 1 : 0)) expect.fail(`U+${c.toString(16)}`);
    }
  });

  it('counts repeats, stops at the limit, and finds none in simplified text', () => {
    expect(countTraditionalChars('這個這個國')).toBe(5);
    expect(countTraditionalChars('這個這個國', 2)).toBe(2);
    expect(countTraditionalChars('这个国家的政府信息公开工作年度报告')).toBe(0);
    expect(countTraditionalChars('')).toBe(0);
  });
});
