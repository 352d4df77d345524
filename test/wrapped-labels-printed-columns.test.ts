/**
 * Row labels found by the columns their characters were printed in (`pdftotext -layout` of Word-width
 * tables printed by Chromium, probe seeds 260–303). Normalisation takes out a single space between Han
 * characters, the space between a group cell's text and the row label's too (`理结 不予公 家秘密` reads
 * `理结不予公家秘密`), so the column cut of the wrapped-label repair cut such a piece at the wrong
 * character and the row (1.属于国家秘密 in 13 chromium-layout reports, 1.本机关不掌握相关政府信息 in 17) was
 * not found, its numbers unclaimed, the whole table unread. Now:
 * - the lines whose characters normalisation moved keep the columns as printed
 *   (`src/parse/printed-columns.ts`), and the column cut reads a piece from the row label's column as
 *   printed where a space was printed right before it (`printedCut` in `src/repairs/wrapped-labels.ts`);
 * - the cut is also tried against the last label token before the numbers where the last word of its
 *   line is no whole token (`（三） 1. 属于 国`: the list marker apart from its text);
 * - a piece's leading words of group label text (`理`, `不予`, parted from the row's text by a printed
 *   space) are left out where that alone joins a label (`groupWordsJoin`), not where the join would then
 *   start at a list marker alone;
 * - a blank row's label wrapped over lines with no number among its pieces (`3.危及“三` / `安 全` /
 *   `一稳定”`) is joined where its pieces make exactly one label (`joinLabelRuns`).
 */
import { describe, expect, it } from 'vitest';
import { joinParagraphCells, lexLines } from '../src/grammar/lines.js';
import { normalize } from '../src/normalize/normalize.js';
import { markPrintedColumns } from '../src/parse/printed-columns.js';
import { joinWrappedLabels, type LabelProbe, type WrappedLabel } from '../src/repairs/wrapped-labels.js';
import { detectLayout, tokenize } from '../src/tables/tokens.js';

/** The labels joined in `text` (normalised as the reader does), with or without the columns as printed. */
function joins(text: string, probe: LabelProbe, printed = true): string[] {
  const norm = normalize(text);
  const lines = joinParagraphCells(lexLines(norm.text), norm.text);
  if (printed) markPrintedColumns(lines, norm.toOriginal);
  const joined: WrappedLabel[] = [];
  joinWrappedLabels(tokenize(lines, detectLayout(lines)), probe, joined);
  return joined.map((j) => j.label.text);
}

/** A probe that knows `labels` (each its own key) exactly; `groups`: the group label texts. */
function probeOf(labels: readonly string[], groups: readonly string[] = []): LabelProbe {
  const p = (t: string) => (labels.includes(t) ? { key: t, exact: true } : null);
  return groups.length === 0 ? p : Object.assign(p, { groupText: (w: string) => w !== '' && groups.some((g) => g.includes(w)) });
}

describe('the column cut by the columns as printed', () => {
  // (the group cells `理结`, `不予公` and the row's `家秘密` one space apart: `家` printed under `1`)
  const text = [
    '度办 （三） 1.属于国                        0',
    '理结 不予公 家秘密',
    '果  开 2.法律行 0                       21   21',
  ].join('\n');
  const probe = probeOf(['1.属于国家秘密', '2.法律行']);

  it('cuts the piece where the row label column starts as printed', () => {
    expect(joins(text, probe)).toEqual(['1.属于国家秘密']);
  });

  it('keeps the columns only on the lines whose characters moved', () => {
    const norm = normalize(text);
    const lines = joinParagraphCells(lexLines(norm.text), norm.text);
    markPrintedColumns(lines, norm.toOriginal);
    // (`度办 （三）`: the space before the bracket taken out too)
    expect(lines[0]?.printedColumns?.slice(0, 8)).toEqual([0, 1, 3, 4, 5, 6, 7, 8]);
    expect(lines[1]?.printedColumns).toEqual([0, 1, 3, 4, 5, 7, 8, 9]);
    expect(lines[2]?.printedColumns).toBeUndefined();
  });

  it('joins nothing by the normalised columns alone (five characters before the column)', () => {
    expect(joins(text, probe, false)).toEqual([]);
  });

  it('cuts nothing where the text runs through the column without a space printed', () => {
    const through = [
      '度办 （三） 1.属于国                        0',
      '理结不予公家秘密',
      '果  开 2.法律行 0                       21   21',
    ].join('\n');
    expect(joins(through, probe)).toEqual([]);
  });
});

describe('the list marker apart from its text', () => {
  const text = [
    '    （三） 1. 属于 国             44 0         44',
    '     不予 家秘密',
    '     公开 2. 其他法          54 0 30          84',
  ].join('\n');

  it('cuts against the column of the label token before the numbers', () => {
    expect(joins(text, probeOf(['1. 属于国家秘密']))).toEqual(['1. 属于国家秘密']);
  });
});

describe("a group label's words before the row label's on their lines", () => {
  const groups = ['本年度办理结果', '不予公开', '无法提供'];
  const text = [' 理 不予 属于国家秘 0 35 0                    35', ' 结 公开     密', ' 果      其他法律行 27 8 0 1           10 46'].join(
    '\n',
  );

  it('leaves out the group words and joins the row label', () => {
    expect(joins(text, probeOf(['属于国家秘密'], groups))).toEqual(['属于国家秘密']);
  });

  it('joins nothing without the group labels', () => {
    expect(joins(text, probeOf(['属于国家秘密']))).toEqual([]);
  });

  it('joins nothing where two numbers of words make two labels', () => {
    expect(joins(text, probeOf(['属于国家秘密', '不予属于国家秘密'], groups))).toEqual([]);
  });

  it('starts no label at a list marker alone with only a group piece left out', () => {
    const marker = [
      '         1. 本机关不掌握相关 政   15   59   0',
      '         府信息',
      '     （四）',
      '         2. 没有现成信息需 要另',
      '     无法                  0    0    0   45   51    0    96',
      '         行制作',
      '     提供',
    ].join('\n');
    expect(joins(marker, probeOf(['1. 本机关不掌握相关政府信息', '(四)没有现成信息需要另行制作'], groups))).toEqual([
      '1. 本机关不掌握相关政府信息',
    ]);
  });
});

describe('a blank row’s label wrapped with no number among its pieces', () => {
  const labels = ['2.法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益'];
  const text = [
    '       2.法律行 0                       21   21',
    '       政法规禁',
    '        止公开',
    '       3.危及“三',
    '       安 全',
    '       一稳定”',
    '       4.保护第           7   0        0    7',
    '       三方合法',
    '         权益',
  ].join('\n');

  it('joins the pieces that make exactly one label', () => {
    expect(joins(text, probeOf(labels))).toEqual(['2.法律行政法规禁止公开', '4.保护第三方合法权益', '3.危及“三安全一稳定”']);
  });

  it('joins nothing where the pieces from one start make two labels', () => {
    expect(joins(text, probeOf([...labels, '3.危及“三安全']))).toEqual(['2.法律行政法规禁止公开', '4.保护第三方合法权益']);
  });

  it('joins no pieces parted by more than one blank line', () => {
    const apart = text.replace('       安 全\n', '       安 全\n\n\n');
    expect(joins(apart, probeOf(labels))).toEqual(['2.法律行政法规禁止公开', '4.保护第三方合法权益']);
  });
});
