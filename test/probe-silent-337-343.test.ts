/**
 * Silent cells of probe seeds 337–343 (issue 12, hunt12): our own generated reports, the texts the
 * library laid out from their PDFs kept as fixtures (`test/fixtures/probe-*-lo-pdf.txt`,
 * `probe-*-chromium-pdf.txt`; the items of seed 337 p04 are built in `layout-lone-number-in-row.test.ts`).
 *
 * - 337 p10 (lo-pdf, 2019): LibreOffice justifies the label `（二）部分公开（区分处理的，…）` in its cell, so
 *   the laid-out line reads `（二）  部分  —  —  ０  ３６  —  ３６`, the numbering a label token of its own.
 *   The blank row `予以公开` above took the numbers (0, 36, 36 for three blanks), its label's
 *   numbering `（一）` no check reached past `部分`. The numbered-piece check now reads the numbering
 *   of the label pieces before the nearest one on the line: the row's stated cells are candidates only.
 * - 340 p05 (chromium-pdf, 2021, Word's narrow columns, shortened labels): `5.要求确认或` / `重新出具信`
 *   / `息`, the numbers wrapped a digit a line beside them. The row was found by `重新出具信` and read
 *   from the two lines after its numbered beginning (`2` and `90` for 32 and 490), leaving the digits
 *   on the beginning's line unclaimed. The label-begun-before check now knows a shortened label's
 *   numbered beginning (`5.要求确认或`, words of `5.要求行政机关确认或…` left out) and looks at rows read
 *   from their pieces too.
 * - 340 p02 (lo-plain, 2019): plain text prints a cell a line; the numbers of `1、信访举报投诉类申请` stand
 *   on the lines after its numbered beginning `1、信访`, and the open row before it,
 *   `（3）补正后申请内容仍不明确`, took them (its total 77 for 44; the row sum holds, 61 + 16 = 77). The
 *   numbered-piece check now looks past line ends (only line ends between) for the piece before a
 *   row's first number.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { readFixture } from './helpers/probe-fixtures.js';
import { ShortenedLabels } from '../src/tables/shortened-labels.js';
import { table3Definition } from '../src/template/table3.js';

function row(fixture: string, prefix: string): { status: string; value: number | null; candidates?: readonly number[] }[] {
  return listCells(parseReport(readFixture(fixture)).report!)
    .filter((c) => c.address.startsWith(`${prefix}.`))
    .map((c) => ({ status: c.status, value: c.value, ...(c.candidates ? { candidates: c.candidates } : {}) }));
}

/** The addresses of `cells` stated (a value or a blank) otherwise than `truth`. */
function statedOtherwise(cells: readonly { status: string; value: number | null }[], truth: readonly (number | null)[]): number[] {
  return cells.flatMap((c, j) => ((c.status === 'value' || c.status === 'blank') && c.value !== truth[j] ? [j] : []));
}

describe('probe 337 p10 lo-pdf: `（二）  部分` beside the numbers of the blank row above', () => {
  it('the blank row states none of them (0, 36, 36 only candidates)', () => {
    const granted = row('probe-337-p10-lo-pdf.txt', 't3.results.granted');
    expect(statedOtherwise(granted, Array(7).fill(null))).toEqual([]);
    // (the page's own grid, silent2's `gridsNear`, leaves the numbers' columns open wider: five cells
    // hold them as candidates, none stated)
    expect(granted.filter((c) => c.status === 'ambiguous').map((c) => c.candidates)).toEqual([[0], [0, 36], [36], [36], [36]]);
  });
  it('（二）部分公开 states nothing wrong', () => {
    expect(statedOtherwise(row('probe-337-p10-lo-pdf.txt', 't3.results.partiallyGranted'), [null, null, 0, 36, null, null, 36])).toEqual(
      [],
    );
  });
});

describe('probe 340 p05 chromium-pdf: a row read below its shortened label’s numbered beginning', () => {
  it('states no cell: the two it stated wrong are candidates only', () => {
    const cells = row('probe-340-p05-chromium-pdf.txt', 't3.results.notProcessed.confirmOrReissue');
    expect(statedOtherwise(cells, [12, null, 247, 67, 132, 32, 490])).toEqual([]);
    expect(cells.slice(5).map((c) => [c.status, c.candidates])).toEqual([
      ['ambiguous', [2]],
      ['ambiguous', [90]],
    ]);
  });
});

describe('probe 340 p02 lo-plain: numbers after another row’s numbered beginning, a cell a line', () => {
  it('the open row before it (3.补正后申请内容仍不明确) states none of them (0 61 0 0 0 16 77, 1.信访…’s)', () => {
    const cells = row('probe-340-p02-lo-plain.txt', 't3.results.unableToProvide.stillUnclear');
    expect(statedOtherwise(cells, [0, 0, 0, 29, 15, 0, 44])).toEqual([]);
    expect(cells.map((c) => c.candidates)).toEqual([[0], [61], [0], [0], [0], [16], [77]]);
  });
});

describe('ShortenedLabels.beginningOf', () => {
  const rows = table3Definition('2021').rows.filter((r) => r.type !== 'group');
  const index = new ShortenedLabels(rows.map((r) => ({ key: r.key, label: r.label, keywords: r.keywords })));
  it('names the one row whose shortened label a numbered piece may begin', () => {
    expect(index.beginningOf('5.要求确认或')).toBe('results.notProcessed.confirmOrReissue');
  });
  it('names none for a piece too short, of no row, or with another marker', () => {
    expect(index.beginningOf('5.要求')).toBeNull();
    expect(index.beginningOf('5.信访举报')).toBeNull();
    expect(index.beginningOf('4.要求确认或')).toBeNull();
  });
});
