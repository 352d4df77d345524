/**
 * A table-三 row found by a later piece of its own wrapped label, its numbers wrapped beside the
 * label's first lines (issue 12, probe seed 288 p01, our own 2021 report with Word's column widths
 * printed by Chromium, read from the PDF's items). `5.属于三类内部事务信息` wraps over four lines
 * (`5.属于三` / `类` / `内部事务` / `信息`) and its numbers 49, 49, 22 and 120 a digit a line beside the
 * first three; the pieces are not joined, blank markers make each line whole, and the row was found
 * by its keyword on `内部事务`: that line's numbers (blank markers and the `0` of 120) keep the row sum
 * and were stated, 4 cells silently wrong. The numbers on the line of the label's numbered beginning
 * (`5.属于三`), which no row took, now contest the row (`repairs/label-begun-before.ts`): the cells the
 * two readings disagree on are ambiguous and named (`ownership-undecided`).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parsePositionedText, parseReport, type PositionedText } from 'zfxxgk-report';
import { readFixture, statedWrong } from './helpers/probe-fixtures.js';

/** The print's text items (the library's own PDF reader), as `[text, page, x, y, width, size]`. */
const ITEMS = 'probe-288-p01-chromium-pdf.items.json';
const ROW = 't3.results.denied.internalAffairs';
/** The row as the truth has it, in the template's column order. */
const TRUTH = [null, 49, null, 49, 22, null, 120];

function read(): ReturnType<typeof parsePositionedText> {
  const rows = JSON.parse(readFixture(ITEMS)) as [string, number, number, number, number, number][];
  const items = rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
  return parsePositionedText(items, { pages: 5 });
}

describe('probe 288 p01 (chromium-pdf items): a row found by a later piece of its wrapped label', () => {
  it('states none of its cells wrong: its numbers, and blanks under the beginning’s numbers, are ambiguous', () => {
    const cells = listCells(read().report!).filter((c) => c.address.startsWith(`${ROW}.`));
    expect(cells).toHaveLength(7);
    expect(statedWrong(cells, TRUTH)).toEqual([]);
    expect(cells.map((c) => c.status)).toEqual(['blank', 'ambiguous', 'blank', 'ambiguous', 'ambiguous', 'blank', 'ambiguous']);
    expect(cells.map((c) => (c.status === 'ambiguous' ? c.candidates : c.value))).toEqual([null, [4], null, [4], [2], null, [0, 1]]);
  });

  it('names the contested cells', () => {
    const named = read().diagnostics.filter((d) => d.code === 'ownership-undecided' && d.path === ROW);
    expect(named.map((d) => [d.severity, d.addresses])).toEqual([
      ['warning', ['commercialEnterprise', 'publicInterestOrg', 'legalServiceOrg', 'total'].map((c) => `${ROW}.${c}`)],
    ]);
  });
});

describe('probe 261 p06 (chromium-layout): every cell of the row wrapped, a digit a line', () => {
  // (`２．没有现 ２ ２ １ １ ２ ２ １` / `成信息需要 ２ ６ ４ ８ ０ ５ ２` / `另行制作 ０ ４ １ ６ １ ３ ６` /
  // `５`: the row found on its last piece, its line's `1` under the `1` of the beginning's line, both
  // pieces of 141: a number both lines give is contested too, never stated from one line)
  it('states none of the row’s cells', () => {
    const { report } = parseReport(readFixture('probe-261-p06-chromium-layout.txt'));
    const cells = listCells(report!).filter((c) => c.address.startsWith('t3.results.unableToProvide.needsCreation.'));
    expect(statedWrong(cells, [220, 264, 141, 186, 201, 253, 1265])).toEqual([]);
    expect(cells.map((c) => c.status)).toEqual(Array(7).fill('ambiguous'));
  });

  // (hunt12: rows read from their pieces are checked too; `１．本机关 １ ２ ２ ０ １ ９ １` / `不掌握相关 …` /
  // `政府信息 …`: the digits on the beginning's line are pieces the row's own reading took, none unclaimed)
  it('keeps a row read from its pieces whose beginning’s digits it read itself (1.本机关不掌握相关政府信息)', () => {
    const { report } = parseReport(readFixture('probe-261-p06-chromium-layout.txt'));
    const cells = listCells(report!).filter((c) => c.address.startsWith('t3.results.unableToProvide.notHeld.'));
    expect(cells.map((c) => (c.status === 'value' ? c.value : c.status))).toEqual([162, 294, 269, 0, 190, 94, 1009]);
  });
});
