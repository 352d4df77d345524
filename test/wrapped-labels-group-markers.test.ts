/**
 * （一）予以公开 and （二）部分公开 run into the pieces of the group label 三、本年度办理结果 (issue 12, `pdftotext
 * -layout` of Word-width reports printed by Chromium, probe seeds 260–311, mostly `digits` reports). Before, the
 * two rows were not found in 22 chromium-layout reports' worth of tables, their numbers unclaimed:
 * - the group's list marker printed on the first row's line (`三、 （一）予以公` / `本年     开`): `三、` was no
 *   group text, so the group words reading (`groupWordsJoin`) did not leave it out; now a group's marker, alone
 *   or followed by the start of the group's text (`三、本`), is group text (`isGroupText` in `table3.ts`);
 * - a join ending in a half-width bracket (`…不计其他情形)`) was ruled out by the probe's pre-check, which knew
 *   the template's full-width brackets only; it now knows the labels as normalised text prints them;
 * - a report printing the labels without their list markers (`本 予以公` / `年 开`), or the row's marker alone
 *   on the line before (`三、 （一）` / `本年 予以 公`): the bracketed rows were read exactly only with their
 *   marker joined; a join's text is now read so without a marker too, and from a row marker alone that is no
 *   group's (`(一)`; a group's `(四)` still is read by the lone-marker reading);
 * - a join starting at a marker alone leaves the group's text before the row's (`年予以公开` leaves `年`), not
 *   the whole word (read as a second 予以公开 row).
 */
import { describe, expect, it } from 'vitest';
import { joinParagraphCells, lexLines } from '../src/grammar/lines.js';
import { normalize } from '../src/normalize/normalize.js';
import { markPrintedColumns } from '../src/parse/printed-columns.js';
import { joinWrappedLabels, type LabelProbe, type WrappedLabel } from '../src/repairs/wrapped-labels.js';
import { detectLayout, tokenize } from '../src/tables/tokens.js';
import { readFixture, shownUnder as shown } from './helpers/probe-fixtures.js';

/** The labels joined in `text` (normalised and with its columns as printed, as the reader does). */
function joins(text: string, probe: LabelProbe): string[] {
  const norm = normalize(text);
  const lines = joinParagraphCells(lexLines(norm.text), norm.text);
  markPrintedColumns(lines, norm.toOriginal);
  const joined: WrappedLabel[] = [];
  joinWrappedLabels(tokenize(lines, detectLayout(lines)), probe, joined);
  return joined.map((j) => j.label.text);
}

/**
 * A probe knowing `labels` exactly; group text: a part of `groups`, or (with `marked`) `三、` followed by the
 * start of the first.
 */
function probeOf(labels: readonly string[], groups: readonly string[], marked = true): LabelProbe {
  const p = (t: string) => (labels.includes(t) ? { key: t, exact: true } : null);
  const groupText = (w: string): boolean =>
    w !== '' && (groups.some((g) => g.includes(w)) || (marked && w.startsWith('三、') && (groups[0] ?? '').startsWith(w.slice(2))));
  return Object.assign(p, { groupText });
}

describe('the group marker printed on the first row’s line', () => {
  const groups = ['本年度办理结果', '不予公开'];
  const text = ['三、 （一）予以公 15 2 0 7 0 3 27', '本年     开', '度办 （二）部分公 4 0 0 1 0 0 5', '理结 开（区分处', '果 理）'].join(
    '\n',
  );

  it('leaves out the marker and the group’s words and joins both rows', () => {
    expect(joins(text, probeOf(['(一)予以公开', '(二)部分公开(区分处理)'], groups))).toEqual(['(一)予以公开', '(二)部分公开(区分处理)']);
  });

  it('joins the first row only where the marker is group text', () => {
    expect(joins(text, probeOf(['(一)予以公开', '(二)部分公开(区分处理)'], groups, false))).toEqual(['(二)部分公开(区分处理)']);
  });
});

describe('probe 270 p09 (chromium-layout, 2021 digits): 三、 （一）予以公 / 本年 开', () => {
  const text = readFixture('probe-270-p09-chromium-layout.txt');

  it('finds （一） and （二） with the numbers printed on their lines', () => {
    expect(shown(text, 't3.results.granted.')).toEqual([26853, 29473, 23816, 27, 968, 36122, 117259]);
    expect(shown(text, 't3.results.partiallyGranted.')).toEqual([6, 57020, 8, 37, 396, 7, 57474]);
  });
});

describe('probe 297 p07 (chromium-layout, 2021 digits, labels without list markers): 本 予以公 / 年 开', () => {
  const text = readFixture('probe-297-p07-chromium-layout.txt');

  it('finds the rows and reads the table', () => {
    expect(shown(text, 't3.results.granted.')).toEqual([41, 519, 328, 857, 559, 397, 2701]);
    expect(shown(text, 't3.results.partiallyGranted.')).toEqual([4560, 7859, 644, 74742, 'blank', 70, 87875]);
    expect(shown(text, 't3.results.denied.stateSecret.')).toEqual([32, 4, 87497, 43626, 5, 5, 131169]);
  });
});

describe('probe 264 p05 (chromium-plain, 2021 digits): 三、本 （一） / numbers / 年 予以公开', () => {
  const text = readFixture('probe-264-p05-chromium-plain.txt');

  it('reads （一） once, the group’s 年 left over', () => {
    expect(shown(text, 't3.results.granted.')).toEqual([2276, 0, 60, 28, 742, 861, 3967]);
  });
});
