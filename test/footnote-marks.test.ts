import { describe, expect, it } from 'vitest';
import { createReport, listCells, normalize, parseReport, renderReport } from 'zfxxgk-report';
import { nfkc } from '../src/normalize/passes.js';
import { consistentCells } from './helpers/fixtures.js';

/** The table 二 cell no relation checks: a wrong reading of it would be silent. */
const ADDRESS = 't2.art20_5.administrativeLicensing.decisionCount';

/** Our report as HTML, that cell written `10` and then dressed by `dress`. */
function htmlWith(dress: string): string {
  const cells: Record<string, number | null> = consistentCells(77);
  cells[ADDRESS] = 10;
  const report = createReport({ versions: { table2: '2021', table3: '2021' }, cells, meta: { agency: '示例县示例局', year: 2023 } });
  const html = renderReport(report, { to: 'html' });
  const at = '<td>行政许可</td><td colspan="3">10</td>';
  expect(html.split(at).length).toBe(2);
  return html.replace(at, `<td>行政许可</td><td colspan="3">10${dress}</td>`);
}

function readCell(input: string): { value: number | null; status: string; note?: string; codes: string[] } {
  const parsed = parseReport(input);
  const cell = listCells(parsed.report!).find((c) => c.address === ADDRESS)!;
  const codes = parsed.diagnostics.filter((d) => JSON.stringify(d).includes(ADDRESS)).map((d) => d.code);
  return { value: cell.value, status: cell.status, note: cell.note, codes };
}

describe('footnote marks on numbers (issue 12)', () => {
  for (const [dress, note] of [
    ['<sup>1</sup>', '1'],
    ['<sup>12</sup>', '12'],
    ['<sub>2</sub>', '2'],
    ['<sup>*</sup>', '*'],
    ['<sup>注1</sup>', '注1'],
    ['<sup>[3]</sup>', '[3]'],
    ['<sup>①</sup>', '1'],
    ['①', '1'],
    ['⑵', '2'],
    ['⒊', '3'],
  ] as const) {
    it(`HTML 10${dress}: 10, the mark kept as the cell's note`, () => {
      expect(readCell(htmlWith(dress))).toEqual({ value: 10, status: 'value', note, codes: ['note-in-cell'] });
    });
  }

  it('other raised text after a number is not joined to it: the cell is ambiguous', () => {
    const r = readCell(htmlWith('<sup>123</sup>'));
    expect(r.value).toBeNull();
    expect(r.status).toBe('ambiguous');
    expect(r.codes).toContain('cell-ambiguous');
  });

  it('the cell without a mark reads as before', () => {
    expect(readCell(htmlWith(''))).toEqual({ value: 10, status: 'value', note: undefined, codes: [] });
  });

  it('normalisation: a circled number after a digit becomes a bracketed note; alone it stays a digit', () => {
    expect(normalize('10①').text).toBe('10(1)');
    expect(normalize('１０⑳').text).toBe('10(20)');
    expect(normalize('7⒈').text).toBe('7(1)');
    expect(normalize('7⑴').text).toBe('7(1)');
    expect(normalize('①项').text).toBe('1项');
    expect(normalize('第①条').text).toBe('第1条');
    expect(normalize('10 ①').text).toBe('10 1');
    const r = nfkc('a10①b');
    expect(r.text).toBe('a10(1)b');
    expect(r.count).toBe(1);
  });
});
