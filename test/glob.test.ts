/** The CLI's glob patterns (src/cli/files.ts): meaning, and no slow matching on repeated `**`. */
import { describe, expect, it } from 'vitest';
import { globToRegExp } from '../src/cli/files.js';

describe('globToRegExp', () => {
  it('matches as a shell glob would', () => {
    const re = globToRegExp('**/*.txt');
    expect(['a.txt', 'x/a.txt', 'x/y/a.txt'].every((p) => re.test(p))).toBe(true);
    expect(re.test('a.md')).toBe(false);
    expect(globToRegExp('a?/*.md').test('ab/c.md')).toBe(true);
    expect(globToRegExp('a?/*.md').test('ab/x/c.md')).toBe(false);
  });

  it('treats repeated ** segments and runs of * as one (regression: polynomial matching)', () => {
    expect(globToRegExp('**/**/**/x.txt').source).toBe(globToRegExp('**/x.txt').source);
    expect(globToRegExp('a/****.txt').source).toBe(globToRegExp('a/**.txt').source);
    const hostile = globToRegExp(`${'**/'.repeat(40)}x.txt`);
    const path = `${'d/'.repeat(200)}y.txt`;
    const t = performance.now();
    expect(hostile.test(path)).toBe(false);
    expect(performance.now() - t).toBeLessThan(50);
  });
});
