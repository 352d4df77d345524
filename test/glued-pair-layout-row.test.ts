/**
 * Two cells of a table-三 row printed without a gap in `pdftotext -layout` text, the row's label on the
 * line before them (issue 12, probe seed 415 p02, Chromium's packed narrow cells: `（3）要求提供公开出版物
 * ２８６１２６ ０ ０ ２２３ ２０９ ８４４` for 286 126 0 0 223 209 844). The glued pair's repair read lines of
 * numbers alone; read by position, the six numbers took the wrong cells and the total was lost, two cells
 * stated silently. The numbers after a row's label, in text laid out by position, are now such a line:
 * cut where exactly one cut of one number makes the row keep its sum (`digit-run-split`), never where
 * the line as printed keeps it (a blank may have vanished). Reports of our own (test/helpers/fixtures.ts).
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';
import { APPLICANTS } from './helpers/block-stream.js';

const VERSIONS = { table2: '2019', table3: '2019' } as const;
const ROW = 't3.results.notProcessed.duplicate';

/** Our 2019 report, `pdftotext -layout` style, with 重复申请's cells `cells` (null: blank, printed as spaces). */
function layoutText(cells: readonly (number | null)[]): string {
  const report = createReport({
    versions: VERSIONS,
    cells: { ...consistentCells(7, VERSIONS), ...Object.fromEntries(APPLICANTS.map((c, j) => [`${ROW}.${c}`, cells[j] ?? null])) },
    meta: { agency: '示例县示例局', year: 2020 },
  });
  return renderLayoutText(report, { wrap: 'none' });
}

/** {@link layoutText} with 重复申请's first two cells printed as one number. */
function glued(cells: readonly number[]): string {
  const lines = layoutText(cells).split('\n');
  const at = lines.findIndex((l) => l.includes('重复申请'));
  const line = lines[at] as string;
  const first = line.indexOf(` ${cells[0]} `) + 1;
  const second = line.indexOf(` ${cells[1]} `, first) + 1;
  if (first <= 0 || second <= first) throw new Error('no cells on the row');
  lines[at] = `${line.slice(0, first)}${cells[0]}${cells[1]}${line.slice(second + String(cells[1]).length)}`;
  return lines.join('\n');
}

function row(text: string): { cells: unknown[]; cut: boolean } {
  const { report, diagnostics } = parseReport(text);
  const by = new Map((report ? listCells(report) : []).map((c) => [c.address, c]));
  return {
    cells: APPLICANTS.map((c) => {
      const cell = by.get(`${ROW}.${c}`);
      return cell?.status === 'value' ? cell.value : cell?.status;
    }),
    cut: diagnostics.some((d) => d.code === 'digit-run-split'),
  };
}

describe('two cells of a table-三 row run together after its label, pdftotext -layout', () => {
  it('the text holds the row with its first two cells as one number', () => {
    expect(
      glued([286, 126, 0, 0, 223, 209, 844])
        .split('\n')
        .find((l) => l.includes('重复申请')),
    ).toMatch(/重复申请\s+286126 +0 +0 +223 +209 +844$/);
  });
  it('is cut where the one cut keeps the row sum, and the row reads whole', () => {
    expect(row(glued([286, 126, 0, 0, 223, 209, 844]))).toEqual({ cells: [286, 126, 0, 0, 223, 209, 844], cut: true });
  });
  it('is not cut where the line as printed keeps the row sum (a blank vanished), and reads as before', () => {
    // (`1200 5 8 3 4 1220`, the second cell blank: 1200 + 5 + 8 + 3 + 4 = 1220 as printed; the blank cell
    // stays `missing`, a blank and a lost cell print alike)
    expect(row(layoutText([1200, null, 5, 8, 3, 4, 1220]))).toEqual({ cells: [1200, 'missing', 5, 8, 3, 4, 1220], cut: false });
  });
});
