/**
 * `pdftotext -layout` of a blank table 四: the region holds the header alone (its result words cut
 * into pieces over two or three lines) and the next heading. With every piece of the fifteen result
 * words there, no number or marker in the region and no line of bare numbers after the tables, the
 * table was printed with empty cells: fifteen blanks. Our own reports (probe seed 7, p04) through
 * Chromium and LibreOffice.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { readFixture } from './helpers/probe-fixtures.js';

const table4 = (text: string): (string | number | null)[] =>
  listCells(parseReport(text, { format: 'text' }).report!)
    .filter((c) => c.table === 't4')
    .map((c) => (c.status === 'value' ? c.value : c.status));

const FIXTURES = ['probe-7-p04-chromium-layout.txt', 'probe-7-p04-lo-layout.txt'];

describe('pdftotext -layout: table 四 printed with empty cells', () => {
  it('reads the fifteen cells as blank', () => {
    for (const f of FIXTURES) expect(table4(readFixture(f)), f).toEqual(new Array(15).fill('blank'));
  });

  it('a line of bare numbers after the tables (cells printed elsewhere) keeps them missing', () => {
    for (const f of FIXTURES) {
      const text = `${readFixture(f).trimEnd()}\n\n3 0 1 0 4\n`;
      expect(table4(text), f).toEqual(new Array(15).fill('missing'));
    }
  });

  it('a header with a group of result words lost is not read as blanks', () => {
    for (const f of FIXTURES) {
      // (the last group's 审 of 尚未审结 gone: the header is not whole)
      const text = readFixture(f).replace(/审(?=[^审]*五、)/, '');
      expect(table4(text), f).toEqual(new Array(15).fill('missing'));
    }
  });

  it('a number in the region is not read as blanks', () => {
    for (const f of FIXTURES) {
      const text = readFixture(f).replace(/\n(?=五、存在)/, '\n                    5\n');
      expect(table4(text), f).not.toContain('blank');
    }
  });
});
