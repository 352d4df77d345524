import { describe, expect, it } from 'vitest';
import { joinWrappedPieces } from '../src/tables/wrapped-number.js';

describe('joinWrappedPieces: how a number wrapped in its cell breaks', () => {
  it('joins a first piece no narrower than the rest', () => {
    expect(joinWrappedPieces('4482', '4')).toBe(44824);
    expect(joinWrappedPieces('12', '34')).toBe(1234);
    expect(joinWrappedPieces('５', '８')).toBe(58);
  });
  it('refuses a first piece starting with 0 or narrower than the rest', () => {
    expect(joinWrappedPieces('0', '12')).toBeNull();
    expect(joinWrappedPieces('０５', '1')).toBeNull();
    expect(joinWrappedPieces('4', '482')).toBeNull();
  });
});
