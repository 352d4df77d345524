/**
 * A wrapped number whose lower piece stands on a line that a group label's piece starts
 * (`src/tables/stacked-numbers.ts`, `src/tables/group-words.ts`, issue 12). In `pdftotext -layout` of a
 * Chromium print of a `digits` report (probe seed 131, p07), table 三's （一）予以公开 prints its wide
 * counts over two lines of their narrow cells; the group label `三、本年度办理结果` is wrapped in its own
 * cell at the margin, `三、本年度` on the row's line, `办理结果` on the next, beside the counts' last
 * pieces. Both lines then started at the margin and both held a label, so the pieces were no stack
 * (read as rows one under the other) and the row's cells were flagged. A line's group pieces at the
 * margin say nothing of its indent or of which row it is; the two lines are one row where the joined
 * numbers make the row's sum (the total column). Lines below are ours, written for the test.
 */
import { describe, expect, it } from 'vitest';
import { lexLines } from '../src/grammar/lines.js';
import { detectLayout, tokenize, type TableToken } from '../src/tables/tokens.js';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';

/** A line with each text at its character column. */
function line(...parts: readonly (readonly [number, string])[]): string {
  let out = '';
  for (const [column, text] of parts) out = out.padEnd(column) + text;
  return out;
}

/** The tokens of some lines as `line kind text`, breaks left out. */
function tokensOf(lines: readonly string[]): string[] {
  const lexed = lexLines(lines.join('\n'));
  return tokenize(lexed, detectLayout(lexed), null, { countsOnly: true })
    .filter((t): t is Exclude<TableToken, { kind: 'break' }> => t.kind !== 'break')
    .map((t) => `${t.line} ${t.kind} ${t.kind === 'label' ? t.text : t.raw}`);
}

/** 予以公开's row: 3 | 0 | 64012 | 2571 | 9 | 4718 | 71313 (the last two cells' pieces wrapped). */
function granted(lastPiece: string): string[] {
  return [
    line([0, '三、本年度'], [17, '(一)予以公开'], [35, '3'], [41, '0'], [43, '640'], [47, '257'], [51, '9'], [53, '471'], [57, '713']),
    line([1, '办理结果'], [44, '12'], [47, '1'], [54, '8'], [58, lastPiece]),
  ];
}

describe('a wrapped number beside a group label piece, pdftotext -layout', () => {
  it('joins the pieces into one row where the joined numbers make the row sum', () => {
    expect(tokensOf(granted('13'))).toEqual([
      '0 label 三、本年度',
      '0 label 办理结果',
      '0 label (一)予以公开',
      '0 value 3',
      '0 value 0',
      '0 value 64012',
      '0 value 2571',
      '0 value 9',
      '0 value 4718',
      '0 value 71313',
    ]);
  });

  it('joins nothing where the joined numbers do not sum (two rows one under the other, as before)', () => {
    expect(tokensOf(granted('14'))).toEqual([
      '0 label 三、本年度',
      '0 label (一)予以公开',
      '0 value 3',
      '0 value 0',
      '0 value 640',
      '0 value 257',
      '0 value 9',
      '0 value 471',
      '0 value 713',
      '1 label 办理结果',
      '1 value 12',
      '1 value 1',
      '1 value 8',
      '1 value 14',
    ]);
  });

  it('joins nothing where the row label stands one space after the group piece (plain text, not placed)', () => {
    const [first, second] = granted('13') as [string, string];
    const plain = '三、本年度 (一)予以公开' + first.slice('三、本年度 (一)予以公开'.length);
    expect(tokensOf([plain, second]).filter((t) => t.includes('value'))).toEqual([
      '0 value 3',
      '0 value 0',
      '0 value 640',
      '0 value 257',
      '0 value 9',
      '0 value 471',
      '0 value 713',
      '1 value 12',
      '1 value 1',
      '1 value 8',
      '1 value 13',
    ]);
  });

  it('reads （一）予以公开 of probe 131 p07 chromium-layout (its wrapped cells were flagged)', () => {
    const cells = cellsUnder(readFixture('probe-131-p07-chromium-layout.txt'), 't3.results.granted.');
    expect(cells.map((c) => (c.status === 'value' ? c.value : c.status))).toEqual([2, 0, 78077, 1431, 2, 3541, 83053]);
  });
});
