/**
 * Table 二's sub-tables of one value in a block stream (plain `pdftotext` of an office print: every
 * label and number a block of its own, a wrapped row label after the row's numbers): where the
 * numbers between a sub-table's caption and the next are exactly as many as its cells, all of one
 * value, beside its own row labels only, every cell is that value, whichever number it is
 * (`src/repairs/uniform-subtables.ts`). Our own report (test/helpers/fixtures.ts pipeReport).
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { table2BlockReport as blockReport } from './helpers/block-stream.js';

/** The first sub-table's cells (address after `t2.art20_1.`, status, value) and the codes of its diagnostics. */
function firstSubTable(text: string): { cells: [string, string, number | null][]; codes: string[] } {
  const { report, diagnostics } = parseReport(text, { format: 'text' });
  const cells = listCells(report!)
    .filter((c) => c.address.startsWith('t2.art20_1.'))
    .map((c): [string, string, number | null] => [c.address.slice('t2.art20_1.'.length), c.status, c.value]);
  const codes = diagnostics.filter((d) => d.path === 't2.art20_1' || d.path?.startsWith('t2.art20_1.')).map((d) => d.code);
  return { cells, codes };
}

const ALL_ZERO: [string, string, number | null][] = [
  ['regulations.issued', 'value', 0],
  ['regulations.repealed', 'value', 0],
  ['regulations.currentlyValid', 'value', 0],
  ['normativeDocuments.issued', 'value', 0],
  ['normativeDocuments.repealed', 'value', 0],
  ['normativeDocuments.currentlyValid', 'value', 0],
];

describe('table 二: a sub-table of one value read by its count', () => {
  it('reads every cell where the numbers are as many as the cells, all one value (a wrapped label after them)', () => {
    const { cells, codes } = firstSubTable(blockReport(['规章', '0', '0', '0', '0', '0', '0', '行政规范性', '文件']));
    expect(cells).toEqual(ALL_ZERO);
    expect(codes).toEqual(['table-uniform']);
  });

  it('reads numbers printed several to a line alike', () => {
    expect(firstSubTable(blockReport(['规章', '0', '0', '0', '0 0 0', '行政规范性', '文件'])).cells).toEqual(ALL_ZERO);
  });

  it('states nothing by count where a cell vanished (one number short)', () => {
    const { cells, codes } = firstSubTable(blockReport(['规章', '0', '0', '0', '0', '0', '行政规范性', '文件']));
    expect(cells.some(([, status]) => status === 'missing' || status === 'ambiguous')).toBe(true);
    expect(codes).not.toContain('table-uniform');
  });

  it('states nothing by count where the numbers differ, or a row not of the template stands among them', () => {
    const differ = firstSubTable(blockReport(['规章', '0', '0', '0', '0', '0', '1', '行政规范性', '文件']));
    expect(differ.codes).not.toContain('table-uniform');
    expect(differ.cells).not.toEqual(ALL_ZERO);
    // a sum row: its numbers are no cells of the template, so the count proves nothing
    const sum = firstSubTable(blockReport(['规章', '0', '0', '0', '0', '0', '行政规范性', '文件', '合计', '0']));
    expect(sum.codes).not.toContain('table-uniform');
  });

  it('states nothing by count where another sub-table counts short: a number may have crossed its caption', () => {
    // The truth: 规章 0 0 0, 行政规范性文件 0 0 and a blank; 行政许可 0, printed before its caption. The
    // first sub-table counts six zeros, but the next one counts none for its one cell.
    const blocks = [
      '规章',
      '0',
      '0',
      '0',
      '0',
      '0',
      '行政规范性',
      '文件',
      '0',
      '第二十条第(五)项',
      '信息内容',
      '本年处理决定数量',
      '行政许可',
    ];
    const { cells, codes } = firstSubTable(blockReport(blocks, '第二十条第(六)项'));
    expect(codes).not.toContain('table-uniform');
    expect(cells).not.toEqual(ALL_ZERO);
  });

  it('states nothing by count where a blank marker stands in the sub-table', () => {
    const { codes } = firstSubTable(blockReport(['规章', '0', '0', '0', '0', '0', '—', '0', '行政规范性', '文件']));
    expect(codes).not.toContain('table-uniform');
  });
});
