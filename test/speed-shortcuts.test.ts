/**
 * Cheap tests that let a clean table skip a repair built for broken layouts (issue 16, perf10): where
 * the test rules the repair out, its input comes back as it was (the same tokens, the same array).
 */
import { describe, expect, it } from 'vitest';
import { joinParagraphCells, lexLines } from '../src/grammar/lines.js';
import { joinStackedMarks } from '../src/tables/stacked-marks.js';
import { detectLayout, tokenize, type TableToken } from '../src/tables/tokens.js';

function tokensOf(text: string): TableToken[] {
  const lines = joinParagraphCells(lexLines(text), text);
  return tokenize(lines, detectLayout(lines), null, { stackedNumbers: false });
}

describe('wrapped two-dash marks: no lone dash, nothing to join', () => {
  it('returns the tokens themselves where no line holds a dash alone', () => {
    const tokens = tokensOf(['甲类事项      3      0      3', '乙类事项      ——     2      2', '丙类事项      1      1      2'].join('\n'));
    expect(tokens.some((t) => t.kind === 'blank')).toBe(true);
    expect(joinStackedMarks(tokens)).toBe(tokens);
  });

  it('still joins a mark wrapped over the lines around its row', () => {
    const text = ['              —', '甲类事项            4      0      4', '              —'].join('\n');
    const tokens = tokensOf(text);
    const out = joinStackedMarks(tokens);
    expect(out).not.toBe(tokens);
    const cells = out.filter((t) => t.kind === 'value' || t.kind === 'blank').map((t) => t.raw);
    expect(cells).toEqual(['——', '4', '0', '4']);
  });
});
