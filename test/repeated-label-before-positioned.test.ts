/**
 * The repeated-label contest (`src/repairs/repeated-label-before.ts`) stands down where the text
 * places the row's numbers by position on its own label's line. Our own 2021 report printed by
 * Chromium (probe seed 522 p01), table 三's text items as the library's PDF reader gives them: the
 * group cell `其他处理` is printed over two lines left of the row `申请人逾期未按收费通知要求缴纳费用…`,
 * `其他` on the row label's first line and `处理` on its second, which holds the row's numbers. The
 * piece `其他` right before the row's label has the words of the row `其他`'s label (chosen at its own
 * printing, lower down), so the rule contested the row: 7 right cells flagged. Laid out from the items,
 * the numbers stand at the height of the row's own label: they are the row's. The same lines given as
 * plain text (single spaces, order alone) are still contested.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parsePositionedText, parseReport, type ParseResult, type PositionedText } from 'zfxxgk-report';
import { rowsAfterRepeatedLabel } from '../src/repairs/repeated-label-before.js';
import type { TableToken } from '../src/tables/tokens.js';
import { readFixture } from './helpers/probe-fixtures.js';

const ITEMS = 'probe-522-p01-chromium-pdf-t3.items.json';
const ROW = 't3.results.otherHandling.unpaidFee';
/** The row as the truth has it, in the template's column order. */
const ROW_TRUTH = [25, 40, 0, 0, 0, 21, 86];
/** The row `其他` of the group, whose label's words the group's piece `其他` repeats. */
const OTHER = 't3.results.otherHandling.other';
const OTHER_TRUTH = [0, 3, 27, 0, 0, 0, 30];

function items(): PositionedText[] {
  const rows = JSON.parse(readFixture(ITEMS)) as [string, number, number, number, number, number][];
  return rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
}

const rowOf = (r: ParseResult, row: string): [string, number | null][] =>
  listCells(r.report!)
    .filter((c) => c.address.startsWith(`${row}.`))
    .map((c) => [c.status, c.value]);

describe('a row after a group piece with another row label’s words, its numbers on its label’s line (probe 522 p01, chromium-pdf)', () => {
  const positioned = parsePositionedText(items(), { pages: 2 });

  it('lays the numbers out on the line of the row label’s second piece, after the group’s piece `处理`', () => {
    expect(positioned.text.normalize('NFKC')).toMatch(
      /\n +其他 +申请人逾期未按收费通知要求缴纳费\n +处理 +用、行政机关不再处理其政府信息公开 +25 +40 +0 +0 +0 +21 +86\n/,
    );
  });

  it('reads the row’s numbers as its own, uncontested (they were ambiguous: 7 cells flagged)', () => {
    expect(rowOf(positioned, ROW)).toEqual(ROW_TRUTH.map((v) => ['value', v]));
    expect(rowOf(positioned, OTHER)).toEqual(OTHER_TRUTH.map((v) => ['value', v]));
    expect(positioned.diagnostics.filter((d) => d.code === 'ownership-undecided')).toEqual([]);
  });

  it('reads them so from the same lines given as text, the numbers set off by runs of spaces (`pdftotext -layout`)', () => {
    const layout = parseReport(positioned.text, { format: 'text' });
    expect(rowOf(layout, ROW)).toEqual(ROW_TRUTH.map((v) => ['value', v]));
    expect(layout.diagnostics.filter((d) => d.code === 'ownership-undecided' && d.path === ROW)).toEqual([]);
  });

  it('still contests the row where the same lines come with single spaces (order alone)', () => {
    const single = positioned.text
      .split('\n')
      .map((l) => l.trim().replace(/ +/g, ' '))
      .join('\n');
    const plain = parseReport(single, { format: 'text' });
    expect(rowOf(plain, ROW)).toEqual(ROW_TRUTH.map(() => ['ambiguous', null]));
    expect(plain.diagnostics.filter((d) => d.code === 'ownership-undecided' && d.path === ROW)).toHaveLength(1);
  });
});

describe('rowsAfterRepeatedLabel with the numbers’ line', () => {
  const label = (text: string, start: number, line: number): TableToken => ({
    kind: 'label',
    text,
    start,
    end: start + text.length,
    line,
    gapBefore: 0,
    lineStart: true,
  });
  // `其他` (a group's piece) right before a row label printed over lines 2 and 3; the row `其他` below.
  const tokens = [label('其他', 0, 2), label('逾期未缴费', 10, 2), label('处理', 20, 3), label('其他', 30, 4)];
  const rows = [
    {
      key: 'unpaid',
      labelStart: 10,
      labelWords: '逾期未缴费',
      pieceStarts: [10],
      firstItemStart: 25,
      labelLines: [2, 3],
      firstItemPlacedLine: 3,
    },
    { key: 'other', labelStart: 30, labelWords: '其他', pieceStarts: [30], firstItemStart: 35, labelLines: [4], firstItemPlacedLine: 4 },
  ];

  it('leaves a row whose first number is placed on a line of its own label', () => {
    expect(rowsAfterRepeatedLabel(rows, tokens)).toEqual([]);
  });

  it('names it where the number is not placed by position, or stands off its label’s lines', () => {
    expect(rowsAfterRepeatedLabel([{ ...rows[0]!, firstItemPlacedLine: null }, rows[1]!], tokens)).toEqual([
      { key: 'unpaid', other: 'other' },
    ]);
    expect(rowsAfterRepeatedLabel([{ ...rows[0]!, firstItemPlacedLine: 5 }, rows[1]!], tokens)).toEqual([
      { key: 'unpaid', other: 'other' },
    ]);
  });

  it('leaves it where the other printing stands on the numbers’ line too, left of the row’s label', () => {
    expect(rowsAfterRepeatedLabel([{ ...rows[0]!, firstItemPlacedLine: 2 }, rows[1]!], tokens)).toEqual([]);
  });
});
