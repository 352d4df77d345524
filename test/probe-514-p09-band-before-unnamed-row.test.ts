/**
 * Table 三 of LibreOffice `pdftotext -layout` text (our own reports, probe seed 514): a row's band of
 * wrapped pieces runs to the next row's label, but the next row is found only where the reader names
 * it. In p09 (2021, sparse) the row `3. 要求提供公开出版物` prints `０ ０ ３ ３` over `４ ４` (blank, 0, 0,
 * 34, blank, blank, 34), and the next row's label starts with a line `无正当理由` that names no row
 * alone (the row is found at `大量反复申`, a line further down), its numbers `３ ３ ６` on that line.
 * The band took them: its deals with cells printed as nothing (layout21's `vanishedBlankDeals` for a
 * band no full deal reads) joined `3|4|3` and `3|4|6`, and 0 + 0 + 343 + 3 = 346 adds up as both rows
 * do, so every deal stated the total 346 with no rule failing on it. A line of the band led by text
 * in the row labels' column that is no piece of the row's label starts another row: the band ends
 * before it (`band-end.ts`). In p05 (2021, digits) the row `二、上年结转政府信息公开申请数量` read a line
 * led by the group label `三、本年` as its own (now read whole), while `2. 申请人逾期未按收…`, whose
 * label's second line `费通知要求缴纳费` the reader did not join to it, keeps its band: that text is
 * found in the row's template label.
 */
import { describe, expect, it } from 'vitest';
import { LINE_OFFSETS, labelAt, rowItemAt } from './helpers/layout-text.js';
import { readFixture, statedOtherwise, valuesUnder } from './helpers/probe-fixtures.js';
import { bandBeforeUnnamedRow, labelBeginnings, textByLine } from '../src/tables/band-end.js';
import type { RowItem } from '../src/tables/placement.js';
import type { LabelToken, TableToken } from '../src/tables/tokens.js';

describe('probe 514 p09 (lo-layout): a band ends before a row the reader could not name', () => {
  const text = readFixture('probe-514-p09-lo-layout.txt');

  it('states no cell of 要求提供公开出版物 otherwise than printed: its total is not the joined 346', () => {
    expect(statedOtherwise(text, 't3.results.notProcessed.publication.', [null, 0, 0, 34, null, null, 34])).toEqual([]);
    expect(valuesUnder(text, 't3.results.notProcessed.publication.total')).not.toEqual([346]);
  });

  it('states no cell of the row after it otherwise than printed', () => {
    expect(statedOtherwise(text, 't3.results.notProcessed.massRepeated.', [null, null, null, 37, null, 30, 67])).toEqual([]);
  });
});

describe('probe 514 p05 (lo-layout): the band of a row ends at a group label, not at its own label text', () => {
  const text = readFixture('probe-514-p05-lo-layout.txt');

  it('reads 上年结转 from its own lines, not the line led by 三、本年', () => {
    expect(valuesUnder(text, 't3.carriedOver.')).toEqual([2226, 7878, 5550, 0, 0, 4, 15658]);
  });

  it('keeps the band of 申请人逾期未按收费… whose label line the reader did not join', () => {
    expect(valuesUnder(text, 't3.results.otherHandling.unpaidFee.')).toEqual([3, 9069, 0, 75, 0, 53985, 63132]);
  });
});

/** A piece of a band at a line and character column (offsets ordered by line, then column). */
const piece = (line: number, column: number, raw: string): RowItem => rowItemAt(line, column, raw, LINE_OFFSETS);

/** Text at a line and character column. */
const label = (line: number, column: number, text: string): LabelToken => labelAt(line, column, text, LINE_OFFSETS);

describe('bandBeforeUnnamedRow', () => {
  const own = label(0, 4, '3. 要求提');
  const row = { labels: [own, label(2, 4, '供公开出版')], matched: '3.要求提供公开出版物' };
  const band = [piece(0, 18, '0'), piece(0, 24, '0'), piece(0, 28, '3'), piece(0, 41, '3'), piece(2, 27, '4'), piece(2, 40, '4')];
  const next = [piece(6, 28, '3'), piece(6, 37, '3'), piece(6, 41, '6')];
  const beginnings = labelBeginnings(['（五）不予处理', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '三、本年度办理结果']);
  const raws = (items: readonly RowItem[]): string[] => items.map((i) => `${i.token.line}:${i.token.raw}`);
  const cut = (tokens: TableToken[], r = row): string[] =>
    raws(bandBeforeUnnamedRow([...band, ...next], r, textByLine(tokens), beginnings));

  it('ends the band before a line led by the beginning of another label in the label column, list number or not', () => {
    expect(cut([...row.labels, label(4, 6, '物'), label(6, 4, '无正当理由')])).toEqual(raws(band));
    expect(cut([...row.labels, label(6, 4, '4.无正当')])).toEqual(raws(band));
    expect(cut([...row.labels, label(6, 3, '三、本年')])).toEqual(raws(band));
  });

  it('keeps a line led by text left of the label column, or by no beginning of a label', () => {
    expect(cut([...row.labels, label(6, 0, '无正当理由')])).toEqual(raws([...band, ...next]));
    expect(cut([...row.labels, label(6, 4, '本年')])).toEqual(raws([...band, ...next]));
    expect(cut([...row.labels, label(6, 4, '理由')])).toEqual(raws([...band, ...next]));
  });

  it('keeps a line led by text the row’s template label holds, joined or not', () => {
    expect(cut([...row.labels, label(6, 5, '要求提供')])).toEqual(raws([...band, ...next]));
  });

  it('keeps a line whose text stands after its numbers', () => {
    expect(cut([...row.labels, label(6, 50, '无正当理由')])).toEqual(raws([...band, ...next]));
  });

  it('reads the label column where the row’s own text starts, past a group piece read into its token', () => {
    const glued = { labels: [label(0, 0, '不予 3.要求提供公开出版物')], matched: '3.要求提供公开出版物' };
    expect(cut([...glued.labels, label(6, 0, '无正当理由')], glued)).toEqual(raws([...band, ...next]));
    expect(cut([...glued.labels, label(6, 4, '无正当理由')], glued)).toEqual(raws(band));
  });
});
