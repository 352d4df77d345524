/**
 * Table 三 of LibreOffice `pdftotext -layout` text (our own report, probe seed 525 p05, 2021): the row
 * `4.无正当理由大量反复申请` prints its pieces over three lines; the next row's label begins on the line
 * after them, `5.要求行政机关确`, with that row's first line of numbers (`４６ ０ １ ３ １２ ４ １`), and goes
 * on over `认` (with `９ ９ ４ ６`), `或重新出具已获取` (with `０`) and `信息`. The reader finds that row only at
 * `或重新出具已获取`, so every number from `5.要求行政机关确`'s line down was the row above's. layout22's
 * band end (`band-end.ts`) cut the row above's band at that line, but the numbers past the cut stayed
 * unplaced (`values-unplaced`), and with them the rows `2.重复申请` and `3.要求提供公开出版物` were left
 * candidates only; the row `5.…` read `０` alone. The line where the band ends is led by the beginning of
 * the next row's own label: from it on, the numbers are that row's band (`bandFromRowBefore`).
 */
import { describe, expect, it } from 'vitest';
import { LINE_OFFSETS, labelAt, rowItemAt } from './helpers/layout-text.js';
import { readFixture, statedOtherwise, valuesUnder } from './helpers/probe-fixtures.js';
import { bandEnd, bandFromRowBefore, labelBeginnings, textByLine } from '../src/tables/band-end.js';
import type { RowItem } from '../src/tables/placement.js';
import type { LabelToken } from '../src/tables/tokens.js';

describe('probe 525 p05 (lo-layout): the numbers past a band end are the next row’s band', () => {
  const text = readFixture('probe-525-p05-lo-layout.txt');

  it('reads 5.要求行政机关确认… from the lines its label begins on', () => {
    expect(valuesUnder(text, 't3.results.notProcessed.confirmOrReissue.')).toEqual([46, 0, 19, 39, 12, 44, 160]);
  });

  it('reads the rows above it whole, the numbers past the band end placed', () => {
    expect(valuesUnder(text, 't3.results.notProcessed.massRepeated.')).toEqual([0, 4, 0, 13, 57, 33, 107]);
    expect(valuesUnder(text, 't3.results.notProcessed.duplicate.')).toEqual([0, 24, 0, 0, 9, 0, 33]);
    expect(valuesUnder(text, 't3.results.notProcessed.publication.')).toEqual([0, 0, 16, 50, 0, 0, 66]);
  });

  it('states no cell of table 三 otherwise than printed in those rows', () => {
    expect(statedOtherwise(text, 't3.results.notProcessed.confirmOrReissue.', [46, 0, 19, 39, 12, 44, 160])).toEqual([]);
    expect(statedOtherwise(text, 't3.results.notProcessed.massRepeated.', [0, 4, 0, 13, 57, 33, 107])).toEqual([]);
  });
});

/** A piece of a band at a line and character column (offsets ordered by line, then column). */
const piece = (line: number, column: number, raw: string): RowItem => rowItemAt(line, column, raw, LINE_OFFSETS);

/** Text at a line and character column. */
const label = (line: number, column: number, text: string): LabelToken => labelAt(line, column, text, LINE_OFFSETS);

describe('bandFromRowBefore', () => {
  const above = { labels: [label(0, 6, '4.无正当理'), label(2, 5, '由大量反复申请')], matched: '4.无正当理由大量反复申请' };
  const own = [piece(0, 20, '0'), piece(0, 26, '4'), piece(2, 40, '3')];
  const past = [piece(6, 20, '46'), piece(6, 26, '0'), piece(8, 30, '9')];
  const labels = [
    { key: 'massRepeated', label: '4.无正当理由大量反复申请' },
    { key: 'confirmOrReissue', label: '5.要求行政机关确认或重新出具已获取信息' },
    { key: 'otherHandling', label: '（六）其他处理' },
    { key: 'enforcementCaseFile', label: '7.属于行政执法案卷' },
    { key: 'administrativeQuery', label: '8.属于行政查询事项' },
  ];
  const beginnings = labelBeginnings(labels.map((l) => l.label));
  const raws = (items: readonly RowItem[]): string[] => items.map((i) => `${i.token.line}:${i.token.raw}`);
  const taken = (lead: LabelToken, row: { key: string; label: LabelToken }): string[] => {
    const band = [...own, ...past];
    const text = textByLine([...above.labels, lead, row.label]);
    return raws(bandFromRowBefore(band, bandEnd(band, above, text, beginnings), row, labels));
  };
  const next = { key: 'confirmOrReissue', label: label(10, 5, '或重新出具已获取') };

  it('gives the next row the items from the line its label begins on, list number or not', () => {
    expect(taken(label(6, 5, '5.要求行政机关确'), next)).toEqual(raws(past));
    expect(taken(label(6, 5, '要求行政机关确'), next)).toEqual(raws(past));
  });

  it('gives nothing where the line is led by the beginning of another label', () => {
    expect(taken(label(6, 5, '（六）其他处理'), next)).toEqual([]);
    // (a row the reader did not find: its numbers are not the next found row's)
    expect(taken(label(6, 5, '7.属于行'), { key: 'administrativeQuery', label: label(10, 5, '政查询事') })).toEqual([]);
  });

  it('gives nothing where the text leading the line begins several labels', () => {
    expect(taken(label(6, 5, '属于行'), { key: 'administrativeQuery', label: label(10, 5, '政查询事') })).toEqual([]);
  });

  it('gives nothing where the next row’s found label is on that line or above it', () => {
    expect(taken(label(6, 5, '5.要求行政机关确'), { ...next, label: label(6, 5, '5.要求行政机关确') })).toEqual([]);
  });

  it('gives nothing where the band does not end', () => {
    expect(bandFromRowBefore(own, null, next, labels)).toEqual([]);
  });
});
