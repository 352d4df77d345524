/** Full-width number characters read as ASCII: one conversion, shared by the PDF layout and the repairs. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiDigits } from '../src/normalize/digits.js';

const SRC = join(__dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('asciiDigits', () => {
  it('reads full-width digits, signs, comma and point as ASCII and leaves the rest', () => {
    expect(asciiDigits('－４')).toBe('-4');
    expect(asciiDigits('＋１２，３４５．６７')).toBe('+12,345.67');
    expect(asciiDigits('规章１２件')).toBe('规章12件');
  });

  it('is the only full-width digit conversion in src/ (src/normalize/digits.ts)', () => {
    const converting = sources(SRC)
      .filter((f) => readFileSync(f, 'utf8').includes('0xfee0'))
      .map((f) => f.slice(SRC.length + 1).replace(/\\/g, '/'));
    expect(converting).toEqual(['normalize/digits.ts']);
  });
});
