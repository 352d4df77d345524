/**
 * Table 三 of our own 2019 report with blank cells, through Chromium and plain `pdftotext` (probe
 * seed 516 p06): the table broke over pages, and the last rows' labels came stacked, `总计` over
 * `结转下年度继续办理`, then two lines of numbers (the total row's seven, then the carried-forward
 * row's four). The reader tied `（七）总计` to an earlier printing of `总计` and gave the first line
 * of numbers, right under the stacked labels, to `结转下年度继续办理`: three of its blank cells were
 * stated (the total row's 176 149 125) with no rule failing. A row whose numbers follow its label
 * right after another printing of another row's label may not own them: its cells are candidates
 * only (`repairs/repeated-label-before.ts`).
 */
import { describe, expect, it } from 'vitest';
import { rowsAfterRepeatedLabel } from '../src/repairs/repeated-label-before.js';
import type { TableToken } from '../src/tables/tokens.js';
import { cellsUnder, readFixture, shownUnder as shown, statedOtherwise } from './helpers/probe-fixtures.js';
import { parseReport } from 'zfxxgk-report';

describe('probe 516 p06 (chromium-plain): numbers after a label stacked under another printing of the total row label', () => {
  const text = readFixture('probe-516-p06-chromium-plain.txt');

  it('states no cell of 结转下年度继续办理: they are candidates only', () => {
    expect(cellsUnder(text, 't3.carriedForward.')).toHaveLength(7);
    expect(statedOtherwise(text, 't3.carriedForward.', [17, null, null, null, 38, 58, 113])).toEqual([]);
    expect(shown(text, 't3.carriedForward.')).toEqual(new Array(7).fill('ambiguous'));
  });

  it('reports the row (ownership-undecided) naming its cells', () => {
    const d = parseReport(text).diagnostics.filter((x) => x.code === 'ownership-undecided' && x.path === 't3.carriedForward');
    expect(d).toHaveLength(1);
    expect(d[0]?.addresses).toHaveLength(7);
  });

  it('states no total otherwise than printed', () => {
    expect(statedOtherwise(text, 't3.results.total.', [290, 176, 149, 125, 160, 160, 1060])).toEqual([]);
  });
});

describe('rowsAfterRepeatedLabel', () => {
  const label = (text: string, start: number, line: number): TableToken => ({
    kind: 'label',
    text,
    start,
    end: start + text.length,
    line,
    gapBefore: 0,
    lineStart: true,
  });
  const tokens = [label('总计', 0, 1), label('X', 10, 2), label('总计', 20, 3), label('结转', 30, 4)];
  const rows = [
    { key: 'total', labelStart: 0, labelWords: '总计', pieceStarts: [0], firstItemStart: 5, labelLines: [1], firstItemPlacedLine: null },
    {
      key: 'carried',
      labelStart: 30,
      labelWords: '结转',
      pieceStarts: [30],
      firstItemStart: 40,
      labelLines: [4],
      firstItemPlacedLine: null,
    },
  ];

  it('names a row whose label follows another printing of another row label', () => {
    expect(rowsAfterRepeatedLabel(rows, tokens)).toEqual([{ key: 'carried', other: 'total' }]);
  });

  it('leaves a row whose numbers stand before its label, or that follows the chosen printing', () => {
    expect(rowsAfterRepeatedLabel([rows[0]!, { ...rows[1]!, firstItemStart: 25 }], tokens)).toEqual([]);
    expect(rowsAfterRepeatedLabel([{ ...rows[0]!, labelStart: 20, pieceStarts: [20] }, rows[1]!], tokens)).toEqual([]);
  });
});
