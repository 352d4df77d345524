/**
 * Glued crawler text, table 四: a run of digits that cuts whole into fifteen numbers may as well be
 * a row that lost a blank cell (`…23531129395`: 2 353 11 29 395, or 235 31 _ 129 395; both keep the
 * group sums). Where the document shows no blank written as a mark, both readings fit and the cells
 * they read differently are ambiguous; a blank written as a mark in another table is evidence that
 * blanks print, and the whole cut is read. Our own reports, rendered by our renderer and flattened
 * by `oneLine` (test/helpers/layouts.ts).
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, renderReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { oneLine } from './helpers/layouts.js';

/** Table 四 as the two cuts read it: a blank in 其他结果 of 复议后起诉, or every cell written. */
const VANISHED: Record<string, readonly (number | null)[]> = {
  review: [158, 282, 244, 212, 896],
  litigationDirect: [182, 117, 5, 54, 358],
  litigationAfterReview: [235, 31, null, 129, 395],
};
const WHOLE: Record<string, readonly (number | null)[]> = { ...VANISHED, litigationAfterReview: [2, 353, 11, 29, 395] };
const T4_COLUMNS = ['upheld', 'corrected', 'otherResult', 'pending', 'total'];
/** The cells the readings give differently (未经复议直接起诉 has two whole cuts as well). */
const DIFFER = [
  't4.litigationDirect.upheld',
  't4.litigationDirect.corrected',
  't4.litigationDirect.otherResult',
  't4.litigationDirect.pending',
  't4.litigationAfterReview.upheld',
  't4.litigationAfterReview.corrected',
  't4.litigationAfterReview.otherResult',
  't4.litigationAfterReview.pending',
];

/**
 * Our consistent 2021 report with table 四 as `t4`, glued; with `mark`, table 二's first cell is
 * blank and written `—` (a blank printed as a mark).
 */
function glued(t4: Record<string, readonly (number | null)[]>, mark: boolean): string {
  const cells: Record<string, number | null> = consistentCells(7, { table2: '2021', table3: '2021' }, 20);
  for (const [g, values] of Object.entries(t4)) T4_COLUMNS.forEach((c, i) => (cells[`t4.${g}.${c}`] = values[i] ?? null));
  if (mark) cells['t2.art20_1.regulations.issued'] = null;
  const report = createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2022 } });
  let text = renderReport(report, { to: 'text' });
  if (mark) text = text.replace('| 规章 |  |', '| 规章 | — |');
  return oneLine(text, true);
}

/** Table 四's cells read from `text`: the ambiguous ones, and the stated ones that differ from `t4`. */
function readT4(text: string, t4: Record<string, readonly (number | null)[]>): { ambiguous: string[]; wrong: string[] } {
  const { report } = parseReport(text, { format: 'text' });
  const cells = listCells(report!).filter((c) => c.table === 't4');
  const truth = (a: string): number | null => {
    const [, g, c] = a.split('.');
    return t4[g as string]![T4_COLUMNS.indexOf(c as string)] ?? null;
  };
  return {
    ambiguous: cells.filter((c) => c.status === 'ambiguous').map((c) => c.address),
    wrong: cells.filter((c) => (c.status === 'value' || c.status === 'blank') && c.value !== truth(c.address)).map((c) => c.address),
  };
}

describe('glued text: a table-四 run that cuts whole and with a vanished blank', () => {
  it('reads the cells the two cuts give differently as ambiguous (the blank vanished), never the whole cut silently', () => {
    const text = glued(VANISHED, false);
    expect(text).toContain('23531129395');
    expect(readT4(text, VANISHED)).toEqual({ ambiguous: DIFFER, wrong: [] });
  });

  it('reads them ambiguous too where every cell was written but nothing shows how blanks print', () => {
    const text = glued(WHOLE, false);
    expect(text).toContain('23531129395');
    expect(readT4(text, WHOLE)).toEqual({ ambiguous: DIFFER, wrong: [] });
  });

  it('reads the whole cut where another table writes a blank as a mark', () => {
    const text = glued(WHOLE, true);
    expect(text).toContain('规章—');
    expect(text).toContain('23531129395');
    // (复议后起诉 read whole; 未经复议直接起诉 has two whole cuts of its own, ambiguous either way)
    expect(readT4(text, WHOLE)).toEqual({ ambiguous: DIFFER.slice(0, 4), wrong: [] });
  });
});

/** A sparse table 四 with five blank cells (probe seed 213 p05 wrote such a table, blanks as nothing). */
const SPARSE: Record<string, readonly (number | null)[]> = {
  review: [null, 0, 0, 20, 20],
  litigationDirect: [null, null, 10, 0, 10],
  litigationAfterReview: [2, null, null, 47, 49],
};

describe('glued text: a table-四 run that lost more than two blank cells', () => {
  it('keeps the readings with every count of vanished blanks: the cells they read differently are ambiguous (were 0 0 2 0 2 | 0 1 0 0 1, silently)', () => {
    const text = glued(SPARSE, false);
    expect(text).toContain('002020100102474');
    const got = readT4(text, SPARSE);
    expect(got.wrong).toEqual([]);
    // (only 复议后起诉's total, 49, is the same in every reading)
    expect(got.ambiguous).toHaveLength(14);
    expect(got.ambiguous).not.toContain('t4.litigationAfterReview.total');
  });
});
