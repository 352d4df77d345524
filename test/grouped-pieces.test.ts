/**
 * Grouped counts wrapped inside a group (`src/tables/grouped-pieces.ts`, issue 12). In
 * `pdftotext -layout` of our own LibreOffice print (probe seed 310, p09, 2021 `digits`), the counts of
 * table 三's 本年新收 and 总计 rows are six or seven digits grouped by thousands in narrow cells, and
 * break inside a group: `264,63` above the row's label line, `6` below it. The first pieces end in
 * a short group and read as label text (`264,63 362,21 450,88`), so no stack was seen: the last
 * pieces (`6 0 7 4 9`) were numbers no row held, both rows' wrapped cells flagged (14 cells).
 * Texts below are ours, written for the test.
 */
import { describe, expect, it } from 'vitest';
import { lexLines } from '../src/grammar/lines.js';
import { detectLayout, tokenize, type TableToken } from '../src/tables/tokens.js';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';

const at = (column: number, text: string): string => ' '.repeat(column) + text;

/** The tokens of some lines as `line kind text`, breaks left out. */
function tokensOf(lines: readonly string[]): string[] {
  const lexed = lexLines(lines.join('\n'));
  return tokenize(lexed, detectLayout(lexed), null, { countsOnly: true })
    .filter((t): t is Exclude<TableToken, { kind: 'break' }> => t.kind !== 'break')
    .map((t) => `${t.line} ${t.kind} ${t.kind === 'label' ? t.text : t.raw}`);
}

describe('grouped counts wrapped inside a group, pdftotext -layout', () => {
  it('joins `512,30` / `7` and its neighbours into the counts of the row between them', () => {
    expect(
      tokensOf([
        at(30, '512,30') + at(4, '48,91'),
        '一、本年新收申请数量' + at(40, '77') + at(6, '6,120'),
        at(30, '7') + at(9, '5'),
        '二、上年结转申请数量' + at(20, '30') + at(8, '3') + at(8, '77') + at(6, '40'),
      ]),
    ).toEqual([
      '1 label 一、本年新收申请数量',
      '1 value 512,307',
      '1 value 48,915',
      '1 value 77',
      '1 value 6,120',
      '3 label 二、上年结转申请数量',
      '3 value 30',
      '3 value 3',
      '3 value 77',
      '3 value 40',
    ]);
  });

  it('leaves the label as it was where a piece is not joined (no piece below it)', () => {
    expect(tokensOf([at(30, '512,30'), '一、本年新收申请数量' + at(40, '77') + at(6, '6,120')])).toEqual([
      '0 label 512,30',
      '1 label 一、本年新收申请数量',
      '1 value 77',
      '1 value 6,120',
    ]);
  });

  it('reads every table-三 cell of probe 310 p09 lo-layout (14 were flagged)', () => {
    const text = readFixture('probe-310-p09-lo-layout.txt');
    const row = (prefix: string): (number | null)[] => cellsUnder(text, prefix).map((c) => (c.status === 'value' ? c.value : null));
    expect(row('t3.newReceived.')).toEqual([264636, 362210, 450887, 156480, 159602, 382024, 1775839]);
    expect(row('t3.results.total.')).toEqual([264871, 362331, 450803, 205901, 100230, 324158, 1708294]);
    const t3 = cellsUnder(text, 't3.');
    expect(t3).toHaveLength(175);
    expect(t3.filter((c) => c.status === 'ambiguous' || c.status === 'missing')).toEqual([]);
  });
});
