/**
 * Table 四 in clipboard text of a Word-exported table (every cell a paragraph, an empty cell one empty
 * line alone): its one row cannot show by itself that its gaps are cells (it is the region's last
 * row), so where table 三 of the same text is printed a cell a paragraph (their gaps account
 * for every row's missing cells, or every row is whole a cell a line) its empty lines are its blank
 * cells, and the cells after its last number are blank where the gap after the table shows exactly
 * them (`repairs/empty-line-cells.ts` placeByEmptyLines). Our own reports (probe seeds 260 p02, 245
 * p01, 263 p01 clipboard showed the three cases).
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport, type Report } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { clipboardWordCells } from './helpers/layouts.js';

/** Table 四's fifteen cells in short: a value, `blank`, `missing`, or `?` and its candidates. */
const t4Of = (text: string): string[] =>
  listCells(parseReport(text).report!)
    .filter((c) => c.address.startsWith('t4.'))
    .map((c) => (c.status === 'value' ? String(c.value) : c.status === 'ambiguous' ? `?${(c.candidates ?? []).join('|')}` : c.status));

/** A report whose table 四 cells are `t4` (fifteen, null blank) and table 三's cells at `t3Blanks` blank. */
function reportWith(t4: readonly (number | null)[], t3Blanks: readonly number[]): Report {
  const cells: Record<string, number | null> = consistentCells(5, { table2: '2021', table3: '2021' }, 15);
  const t3 = Object.keys(cells).filter((a) => a.startsWith('t3.'));
  for (const b of t3Blanks) cells[t3[b] as string] = null;
  Object.keys(cells)
    .filter((a) => a.startsWith('t4.'))
    .forEach((a, j) => (cells[a] = t4[j] ?? null));
  return createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2023 } });
}

// (the first cell blank, a gap before 51; the last group's three last cells blank, the gap after the table)
const T4 = [null, 51, 0, 5, 56, 0, 0, 57, 0, 57, 0, 0, null, null, null];
const READ = ['blank', '51', '0', '5', '56', '0', '0', '57', '0', '57', '0', '0', 'blank', 'blank', 'blank'];
/** Clipboard text of the report, table 三's cells at `t3Blanks` blank. */
const clipboard = (t3Blanks: readonly number[]): string => clipboardWordCells(renderReport(reportWith(T4, t3Blanks), { to: 'text' }));
/** Table 四's numbers as the text prints them, from its last header word to the next heading. */
const ROW = '总计\n\n\n51\n\n0\n\n5\n\n56\n\n0\n\n0\n\n57\n\n0\n\n57\n\n0\n\n0\n\n\n\n\n五、';

describe('table 四 of clipboard text: empty lines are its blank cells where another table is printed a cell a paragraph', () => {
  it('places the numbers by the empty lines where table 三 shows its blank cells so', () => {
    const text = clipboard([9, 20]);
    expect(text).toContain(ROW);
    expect(t4Of(text)).toEqual(READ);
    expect(
      parseReport(text)
        .diagnostics.filter((d) => d.severity !== 'info')
        .map((d) => d.code),
    ).toEqual([]);
  });

  it('places them so where table 三 is whole, every cell a paragraph', () => {
    expect(t4Of(clipboard([]))).toEqual(READ);
  });

  it('leaves the cells after the last number unknown where the gap after the table is not theirs', () => {
    const text = clipboard([9]).replace(ROW, ROW.replace('\n\n\n\n\n五、', '\n\n\n\n\n\n五、'));
    expect(text).not.toBe(clipboard([9]));
    expect(t4Of(text)).toEqual([...READ.slice(0, 12), 'missing', 'missing', 'missing']);
  });

  it('does not place them where a gap would break a group sum', () => {
    // (the empty cell after 56: the review group's total then blank beside its parts)
    const text = clipboard([9]).replace(ROW, ROW.replace('总计\n\n\n51', '总计\n\n51').replace('56\n\n0', '56\n\n\n0'));
    // (read as before: the first four stated from the start, the rest open)
    expect(t4Of(text)).toEqual([
      '51',
      '0',
      '5',
      '56',
      '?0',
      '?0',
      '?0|57',
      '?0|57',
      '?0|57',
      '?0|57',
      '?57|0',
      '?0|57',
      '?57|0',
      '?0',
      '?0',
    ]);
  });

  it('does not place them where table 三 is not printed a cell a paragraph', () => {
    // (a gap inside a whole row of table 三: its gaps are no cells)
    const text = clipboard([]).replace('（七）总计\n\n', '（七）总计\n\n\n');
    expect(text).not.toBe(clipboard([]));
    // (read as before: every cell open)
    expect(t4Of(text)).toEqual([
      '?51|5',
      '?0|1|51',
      '?5|0',
      '?56|5',
      '?56',
      '?0|56',
      '?0|56',
      '?57|5|0',
      '?0|7|57|5',
      '?57|7',
      '?0|57|5',
      '?0|7|57',
      '?0',
      '?0',
      '?0',
    ]);
  });
  it('does not place them where each row of table 三 holds one number after a run of empty lines', () => {
    // (every applicant cell blank: each row its total alone, as in a text whose converter collapsed
    // the cells it lost; its regular gaps confirm no layout of cells, so table 四 is read as before)
    const t3 = Object.keys(consistentCells(5, { table2: '2021', table3: '2021' }, 15)).filter((a) => a.startsWith('t3.'));
    const blanks = t3.map((_, i) => i).filter((i) => !(t3[i] as string).endsWith('.total'));
    const text = clipboard(blanks);
    expect(text).toContain(ROW);
    expect(t4Of(text)).not.toEqual(READ);
    expect(t4Of(text).filter((c) => c === 'blank')).toEqual([]);
  });
});
