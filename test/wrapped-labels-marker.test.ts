/**
 * A row label split beside its group's label, its list marker alone right before the numbers and
 * its text after them behind the group's line (`三、本年 （一）  0 0 0 0 32 32` / `度办理结果 予以公开`,
 * `pdftotext -layout` of a Chromium print, issue 12): the marker joins the first piece after the
 * numbers, without up to eight characters of the group's text, where the two are exactly one label
 * by the probe's `marked` reading (the template's bracketed numbering). The other joins keep the
 * probe's own exact labels: a LibreOffice PDF's wrapped `（二）部分公开…` label, joined by the
 * `marked` reading, took two pieces of a wrapped blank marker as cells (probe seed 111 p04 lo-pdf).
 */
import { describe, expect, it } from 'vitest';
import { joinParagraphCells, lexLines } from '../src/grammar/lines.js';
import { joinWrappedLabels, type LabelProbe, type WrappedLabel } from '../src/repairs/wrapped-labels.js';
import { detectLayout, tokenize } from '../src/tables/tokens.js';
import { cellsUnder, readFixture } from './helpers/probe-fixtures.js';

/** Exactly `予以公开` with its marker (what `marked` reads), or the numbered label `1.属于国家秘密`. */
const marked = (t: string): { key: string; exact: boolean } | null =>
  t === '(一)予以公开'
    ? { key: 'granted', exact: true }
    : t === '(二)部分公开(区分处理的,只计这一情形,不计其他情形)'
      ? { key: 'partial', exact: true }
      : null;
const plain = (t: string): { key: string; exact: boolean } | null => (t === '1.属于国家秘密' ? { key: 'stateSecret', exact: true } : null);

function joins(text: string, probe: LabelProbe): string[] {
  const lines = joinParagraphCells(lexLines(text), text);
  const joined: WrappedLabel[] = [];
  joinWrappedLabels(tokenize(lines, detectLayout(lines)), probe, joined);
  return joined.map((j) => j.label.text);
}

describe('a list marker alone before the numbers', () => {
  const text = [
    '三、本年 (一)            0    0    0    0   32  32',
    '度办理结果 予以公开',
    '1.属于国家秘密          1    0    0    0    0   1',
  ].join('\n');

  it('joins the text after the numbers behind five characters of the group (the marked reading)', () => {
    expect(
      joins(
        text,
        Object.assign((t: string) => plain(t), { marked }),
      ),
    ).toEqual(['(一)予以公开']);
  });

  it('joins nothing without the marked reading', () => {
    expect(joins(text, (t: string) => plain(t))).toEqual([]);
  });

  it('the other joins keep the probe itself: a wrapped bracketed label is not joined by the marked reading', () => {
    const wrapped = [
      '(二) 部分 公开(区分处理的,只          —',
      '        1   0   0   0   30    31',
      '计这一情形,不计其他情形)              —',
    ].join('\n');
    expect(
      joins(
        wrapped,
        Object.assign((t: string) => plain(t), { marked }),
      ),
    ).toEqual([]);
  });
});

describe('the other trimmed joins keep the whole word left over', () => {
  it("a plain table whose label ran into 其他's line stays read (probe seed 4 p01, chromium-plain)", () => {
    // (left as the cut prefix, `其他` read as the row 3.其他 and unsettled the whole table: 157 cells flagged)
    const cells = cellsUnder(readFixture('probe-4-p01-chromium-plain.txt'), 't3.');
    expect(cells.filter((c) => c.status === 'ambiguous' || c.status === 'missing').length).toBeLessThan(10);
  });
});

describe('a list marker run into the first piece of a label wrapped around the numbers', () => {
  // (`pdftotext -layout` of a narrow cell, four characters a line, the group's pieces beside it;
  // found by the narrow-cell property of test/layout-text.test.ts)
  const text = ['三、本年度     (一)予              0         0    0', '办理结果      以公开                          0   14   14'].join(
    '\n',
  );

  it('joins the piece and the text after the numbers where the marked reading makes them one label', () => {
    expect(
      joins(
        text,
        Object.assign((t: string) => plain(t), { marked }),
      ),
    ).toEqual(['(一)予以公开']);
  });

  it('joins nothing without the marked reading', () => {
    expect(joins(text, (t: string) => plain(t))).toEqual([]);
  });
});
