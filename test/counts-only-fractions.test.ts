/**
 * Tables 三 and 四 hold counts only (`countsOnly`, `tables/open-fractions.ts` `closeFractions`): a
 * word cut at a decimal point there is no amount wrapped at its point but a list number printed apart
 * from its label (plain `pdftotext` of a Word-exported page prints `2.` on a line of its own between a
 * row's label and numbers of other rows). Joined with the digits of the next line as a decimal
 * (`2.` + `0`), it took a zero from the rows below, and a row of blank cells read seven zeros, silently
 * (the lead's check of a real Word-exported page through Chromium print and plain pdftotext).
 * Lines written here; nothing is copied from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { lexLines } from '../src/grammar/lines.js';
import { detectLayout, tokenize, type TableToken } from '../src/tables/tokens.js';

function tokensOf(lines: readonly string[], countsOnly: boolean): string[] {
  const lexed = lexLines(lines.join('\n'));
  return tokenize(lexed, detectLayout(lexed), null, { countsOnly })
    .filter((t): t is Exclude<TableToken, { kind: 'break' }> => t.kind !== 'break')
    .map((t) => `${t.line} ${t.kind} ${t.kind === 'label' ? t.text : t.raw}${t.kind === 'value' && t.glued ? ' (glued)' : ''}`);
}

const LINES = ['重复申请', '2.', '0', '0', '要求提供公开出 0'];

describe('a list number cut from its label in a table of counts', () => {
  it('is no decimal amount: its digit and point stay apart from the numbers after it', () => {
    expect(tokensOf(LINES, true)).toEqual([
      '0 label 重复申请',
      '1 value 2 (glued)',
      '1 label .',
      '2 value 0',
      '3 value 0',
      '4 label 要求提供公开出',
      '4 value 0',
    ]);
  });

  it('in table 二 (amounts with decimals) is still joined as a number cut at its point', () => {
    expect(tokensOf(LINES, false)).toContain('1 value 2.0');
  });
});

/**
 * A row label's list number wrapped onto a line of its own in a narrow cell (plain `pdftotext` of a
 * Chromium print whose labels write a space after the number: `4.` / `保护第三方合法` / `权益`). Read
 * as a glued `4` and a point, the row above took the `4` as a cell and every row after it lost its
 * numbers (probe seeds 264–286: eleven Chromium reports, 49–105 cells of table 三 each, flagged).
 */
describe('a list number alone on its line, its label text starting the next line', () => {
  it('is one label with that text, on the text line', () => {
    expect(tokensOf(['100 749', '4.', '保护第三方合法', '权益', '26 66'], true)).toEqual([
      '0 value 100',
      '0 value 749',
      '2 label 4.保护第三方合法',
      '3 label 权益',
      '4 value 26',
      '4 value 66',
    ]);
  });

  it('stays a glued digit and a point where the next line is no label text of its own', () => {
    // a blank line between
    expect(tokensOf(['4.', '', '保护第三方合法'], true)).toEqual(['0 value 4 (glued)', '0 label .', '2 label 保护第三方合法']);
    // a group label's bracket, or the next row's own list number
    expect(tokensOf(['4.', '（三）不予公开'], true).slice(0, 2)).toEqual(['0 value 4 (glued)', '0 label .']);
    expect(tokensOf(['4.', '5.属于三类内部事务信息'], true).slice(0, 2)).toEqual(['0 value 4 (glued)', '0 label .']);
    // more than the number on its line
    expect(tokensOf(['0 4.', '保护第三方合法'], true)).toEqual(['0 value 0', '0 value 4 (glued)', '0 label .', '1 label 保护第三方合法']);
  });
});
