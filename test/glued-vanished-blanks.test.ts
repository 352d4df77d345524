/**
 * Glued crawler text (every cell run together, blank cells vanished without a trace): a cut of
 * table 四's digits that fills all fifteen cells is not evidence that no blank vanished, and a
 * blank a cut puts where a cell may have vanished is not read unless the arithmetic confirmed it.
 * Our own reports, rendered by our renderer and flattened by `oneLine` (test/helpers/layouts.ts).
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport, type CellRecord, type Report } from 'zfxxgk-report';
import { consistentCells, consistentReport } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';

const GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
const RESULTS = ['upheld', 'corrected', 'otherResult', 'pending', 'total'] as const;

/**
 * A consistent report (seed 3) whose table 四 is the three groups given (null: a blank cell). With
 * `blankRow`, a table-三 row of zeros has three of its cells blank: its glued digits (`0000`) are
 * too few for a row, so the text shows that blank cells vanish from it.
 */
function withTable4(groups: readonly (readonly (number | null)[])[], blankRow = true): Report {
  const cells: Record<string, number | null> = consistentCells(3, { table2: '2019', table3: '2019' }, 12);
  if (blankRow) {
    const zeros = 't3.results.unableToProvide.notHeld';
    expect(Object.keys(cells).filter((a) => a.startsWith(`${zeros}.`) && cells[a] !== 0)).toEqual([]);
    for (const k of ['commercialEnterprise', 'researchInstitution', 'legalServiceOrg']) cells[`${zeros}.${k}`] = null;
  }
  GROUPS.forEach((g, i) => RESULTS.forEach((k, j) => (cells[`t4.${g}.${k}`] = (groups[i] as (number | null)[])[j] as number | null)));
  return createReport({ versions: { table2: '2019', table3: '2019' }, cells, meta: { agency: '示例县示例局', year: 2020 } });
}

function table4Cells(report: Report): CellRecord[] {
  const { report: back } = parseReport(oneLine(renderReport(report, { to: 'text' }), true), { format: 'text' });
  return listCells(back!).filter((c) => c.table === 't4');
}

/** Cells stated (value or blank) that differ from the original. */
function statedWrong(original: Report, cells: readonly CellRecord[]): string[] {
  const want = new Map(listCells(original).map((c) => [c.address, c]));
  return cells
    .filter((c) => c.status === 'value' || c.status === 'blank')
    .filter((c) => {
      const w = want.get(c.address)!;
      return w.status !== c.status || w.value !== c.value;
    })
    .map((c) => `${c.address}: ${c.status} ${String(c.value)}`);
}

describe('glued text: table 四 with blank cells that vanished', () => {
  it('a cut of fifteen numbers that only fits because the blanks were filled leaves those cells ambiguous', () => {
    // 40105 | 002020 | 017017 (two blanks): the same digits cut whole read 4 0 1 0 5 | 0 0 2 0 2 |
    // 0 0 17 0 17, every group sum holding. Any number of blanks may have vanished, so 行政复议 is
    // open too (`_ 4 0 1 5`, with the two blanks of the other groups three that vanished).
    const original = withTable4([
      [4, 0, 1, 0, 5],
      [null, 0, 0, 20, 20],
      [0, null, 17, 0, 17],
    ]);
    const cells = table4Cells(original);
    expect(statedWrong(original, cells)).toEqual([]);
    const status = Object.fromEntries(cells.map((c) => [c.address.slice(3), c.status === 'value' ? c.value : c.status]));
    expect(status).toEqual({
      'review.upheld': 'ambiguous',
      'review.corrected': 'ambiguous',
      'review.otherResult': 'ambiguous',
      'review.pending': 'ambiguous',
      'review.total': 'ambiguous',
      'litigationDirect.upheld': 'ambiguous',
      'litigationDirect.corrected': 'ambiguous',
      'litigationDirect.otherResult': 'ambiguous',
      'litigationDirect.pending': 'ambiguous',
      'litigationDirect.total': 'ambiguous',
      'litigationAfterReview.upheld': 'ambiguous',
      'litigationAfterReview.corrected': 'ambiguous',
      'litigationAfterReview.otherResult': 'ambiguous',
      'litigationAfterReview.pending': 'ambiguous',
      'litigationAfterReview.total': 17,
    });
  });

  it('where nothing in the text shows how blanks print, a whole cut of table 四 is one reading among those with vanished blanks (the same digits, no blank)', () => {
    const original = withTable4(
      [
        [4, 0, 1, 0, 5],
        [0, 0, 2, 0, 2],
        [0, 0, 17, 0, 17],
      ],
      false,
    );
    const cells = table4Cells(original);
    expect(statedWrong(original, cells)).toEqual([]);
    // (the reading of the previous case, two blanks that vanished, fits the same digits: no blank
    // written as a mark anywhere is evidence against it, so the cells it reads differently stay open)
    const open = Array<string>(14).fill('ambiguous');
    expect(cells.map((c) => (c.status === 'value' ? c.value : c.status))).toEqual([...open, 17]);
  });

  it('a blank total (a group of zeros) may have vanished too: it is not read as 0', () => {
    const original = withTable4([
      [0, 0, 0, 0, null],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 2, 2],
    ]);
    const cells = table4Cells(original);
    expect(statedWrong(original, cells)).toEqual([]);
    const total = cells.find((c) => c.address === 't4.review.total')!;
    expect(total.status).toBe('ambiguous');
  });
});

describe('glued text: table 三 rows cut with a vanished blank, the search unfinished', () => {
  it('a blank the cut put where a cell may have vanished is not read as blank when the column relations could not confirm it', () => {
    // Generated: 2021 template, counts up to 60, six cells blanked (some non-zero: the document breaks
    // its arithmetic, so no whole cut of some rows adds up and the table's search runs out).
    const original = consistentReport(88, '2021', { scale: 60, blanks: [193, 150, 114, 185, 26, 46] });
    const { report, diagnostics } = parseReport(oneLine(renderReport(original, { to: 'text' }), true), { format: 'text' });
    expect(diagnostics.some((d) => d.code === 'search-budget-exhausted' && d.path === 't3')).toBe(true);
    const cell = listCells(report!).find((c) => c.address === 't3.results.notProcessed.duplicate.total')!;
    expect(listCells(original).find((c) => c.address === cell.address)!.value).toBe(93);
    expect(cell.status).toBe('missing');
  });
});
