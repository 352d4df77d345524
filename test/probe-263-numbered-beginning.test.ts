/**
 * A row label wrapped over three lines with its numbers on its first line (`5.要求确 <numbers>` /
 * `认或重新` / `出具信息`), then the next group's bracket and the numbered beginning of the next row
 * label with that row's numbers on its line (`（ 1.申请人 <numbers>`): `pdftotext -layout` of our own
 * LibreOffice print (probe seed 263 p01). Only the last piece `出具信息` is read as a row, and the
 * numbered beginning `1.申请人` (of `1.申请人…逾期不补正…`) was transparent, so the row took the next
 * row's numbers (`0 0 35 0 45 0 80`), silently. A numbered beginning of another row's label with
 * numbers on its line now ends the open row (`startsRow` of `LabelRole`, `begins`): the numbers
 * on its line are never the row's before it. The PDF's items read the same (lo-pdf).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parsePositionedText, parseReport, type PositionedText } from 'zfxxgk-report';
import { APPLICANTS as COLUMNS } from './helpers/block-stream.js';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

const TEXT = 'probe-263-p01-lo-layout.txt';
/** The same print's text items (the library's own PDF reader), as `[text, page, x, y, width, size]`. */
const ITEMS = 'probe-263-p01-lo-pdf.items.json';
const ROW = 't3.results.notProcessed.confirmOrReissue.';
/** The row as the truth has it, in the template's column order. */
const TRUTH = [21, 0, 60, 40, 0, 0, 121];

describe('probe 263 p01 (lo-layout): the numbered beginning of the next row label ends the open row', () => {
  it('never states the next row’s numbers in the row', () => {
    const cells = cellsUnder(readFixture(TEXT), ROW);
    expect(cells).toHaveLength(7);
    expect(statedWrong(cells, TRUTH)).toEqual([]);
    // (flagged missing at first; read whole since the wrapped-label join also reads a label over
    // three pieces as the row's own: `test/shortened-labels.test.ts`)
    expect(cells.map((c) => [c.status, c.value])).toEqual(TRUTH.map((v) => ['value', v]));
  });

  it('reports none of the row’s cells missing', () => {
    const { diagnostics } = parseReport(readFixture(TEXT));
    const missing = diagnostics.filter((d) => d.code === 'cells-missing' && d.path === ROW.slice(0, -1));
    expect(missing).toEqual([]);
    expect(COLUMNS.map((c) => `${ROW}${c}`)).toHaveLength(7);
  });
});

describe('probe 263 p01 (lo-pdf items): the same row read from the PDF', () => {
  // (flagged missing at first; read whole since the wrapped-label join leaves out another cell's
  // pieces standing left of the row label's column: `test/wrapped-label-three-lines.test.ts`)
  it('never states the next row’s numbers in the row, and reads its own', () => {
    const rows = JSON.parse(readFixture(ITEMS)) as [string, number, number, number, number, number][];
    const items = rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
    const cells = listCells(parsePositionedText(items, { pages: 5 }).report!).filter((c) => c.address.startsWith(ROW));
    expect(cells).toHaveLength(7);
    expect(statedWrong(cells, TRUTH)).toEqual([]);
    expect(cells.map((c) => [c.status, c.value])).toEqual(TRUTH.map((v) => ['value', v]));
  });
});
