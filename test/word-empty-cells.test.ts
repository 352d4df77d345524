/**
 * Clipboard text (Chromium copy) of a Word-exported table: every cell a paragraph, a cell with text
 * its line and one empty line, an empty cell (`<p><span><o:p> </o:p></span></p>`) one empty line
 * alone. Where the gaps account for every row's missing cells exactly, the empty lines are the
 * blank cells (`repairs/empty-line-cells.ts`); where they do not, the cells stay missing.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport } from 'zfxxgk-report';
import { consistentReport } from './helpers/fixtures.js';
import { APPLICANTS } from './helpers/block-stream.js';
import { clipboardWordCells } from './helpers/layouts.js';

/** Status and value of a table-三 row's seven cells. */
const rowOf = (text: string, row: string): [string, string, number | null][] => {
  const cells = new Map(listCells(parseReport(text).report!).map((c) => [c.address, c]));
  return APPLICANTS.map((a) => {
    const c = cells.get(`t3.${row}.${a}`)!;
    return [a, c.status, c.value];
  });
};

/** A table-三 row's cells in short: a value, `blank`, `missing`, or `?` and its candidates. */
const briefOf = (text: string, row: string): string[] =>
  listCells(parseReport(text).report!)
    .filter((c) => c.address.startsWith(`t3.${row}.`))
    .map((c) => (c.status === 'value' ? String(c.value) : c.status === 'ambiguous' ? `?${(c.candidates ?? []).join('|')}` : c.status));

// (table 三 with six blank cells: one in a row's middle, one first, three in one row, one in the total row)
const report = consistentReport(3, '2021', { blanks: [9, 20, 33, 70, 71, 120], scale: 15 });
const text = clipboardWordCells(renderReport(report, { to: 'text' }));

describe('clipboard text of a Word-exported table: an empty line more is an empty cell', () => {
  it('reads the blank cells of table 三 where every row accounts for its cells exactly', () => {
    expect(rowOf(text, 'results.denied.enforcementCaseFile')).toEqual([
      ['naturalPerson', 'value', 0],
      ['commercialEnterprise', 'blank', null],
      ['researchInstitution', 'value', 1],
      ['publicInterestOrg', 'value', 0],
      ['legalServiceOrg', 'value', 0],
      ['otherOrg', 'value', 2],
      ['total', 'value', 3],
    ]);
    expect(rowOf(text, 'results.otherHandling.other')).toEqual([
      ['naturalPerson', 'blank', null],
      ['commercialEnterprise', 'value', 0],
      ['researchInstitution', 'blank', null],
      ['publicInterestOrg', 'value', 6],
      ['legalServiceOrg', 'blank', null],
      ['otherOrg', 'value', 0],
      ['total', 'value', 6],
    ]);
    expect(rowOf(text, 'results.total')).toEqual([
      ['naturalPerson', 'value', 48],
      ['commercialEnterprise', 'value', 10],
      ['researchInstitution', 'blank', null],
      ['publicInterestOrg', 'value', 54],
      ['legalServiceOrg', 'value', 47],
      ['otherOrg', 'value', 23],
      ['total', 'value', 205],
    ]);
    const parsed = parseReport(text);
    const codes = parsed.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('cells-missing');
    expect(codes.filter((c) => c === 'cells-blank')).toHaveLength(4);
    expect(listCells(parsed.report!).map((c) => [c.address, c.status, c.value])).toEqual(
      listCells(report).map((c) => [c.address, c.status, c.value]),
    );
  });

  it('reads a row of empty lines only as a row all blank, where the gap after its label shows its seven cells', () => {
    // (a row of zeros written blank: seven empty lines after its label, one cell each)
    const row = '2.其他法律行政法规禁止公开\n\n';
    const blankRow = text.replace(`${row}${'0\n\n'.repeat(7)}`, `${row}${'\n'.repeat(7)}`);
    expect(blankRow).not.toBe(text);
    expect(briefOf(blankRow, 'results.denied.prohibitedByLaw')).toEqual(['blank', 'blank', 'blank', 'blank', 'blank', 'blank', 'blank']);
    expect(briefOf(blankRow, 'results.otherHandling.other')).toEqual(['blank', '0', 'blank', '6', 'blank', '0', '6']);
    // (six empty lines: the gap shows other cells than the row's, so no gap is read as a cell; the
    // row's cells stay unknown, candidates from the rows around it)
    const short = text.replace(`${row}${'0\n\n'.repeat(7)}`, `${row}${'\n'.repeat(6)}`);
    expect(briefOf(short, 'results.denied.prohibitedByLaw')).toEqual(['?12', '?0', '?0', '?0', '?0', '?0', '?12']);
    expect(briefOf(short, 'results.denied.enforcementCaseFile')[1]).toBe('missing');
  });

  it('reads the last row all blank where the gap after the table shows exactly its seven cells', () => {
    const row = '四、结转下年度继续办理\n\n';
    const blankLast = text.replace(`${row}${'0\n\n'.repeat(7)}`, `${row}${'\n'.repeat(7)}`);
    expect(blankLast).not.toBe(text);
    expect(briefOf(blankLast, 'carriedForward')).toEqual(['blank', 'blank', 'blank', 'blank', 'blank', 'blank', 'blank']);
    // (one empty line more: the gap is not its cells, which stay unknown)
    const wider = text.replace(`${row}${'0\n\n'.repeat(7)}`, `${row}${'\n'.repeat(8)}`);
    expect(briefOf(wider, 'carriedForward')).toEqual(['missing', 'missing', 'missing', 'missing', 'missing', 'missing', 'missing']);
  });

  it('keeps the cells missing where one row lost a blank cell without an empty line (gaps partial)', () => {
    // (the total row's blank cell vanished: its gaps show none of the cells it lacks)
    const lost = text.replace('（七）总计\n\n48\n\n10\n\n\n54', '（七）总计\n\n48\n\n10\n\n54');
    expect(lost).not.toBe(text);
    expect(briefOf(lost, 'results.denied.enforcementCaseFile')).toEqual(['0', 'missing', '1', '0', '0', '2', '3']);
    expect(briefOf(lost, 'results.otherHandling.other')).toEqual(['?0', '?0|6', '?0|6', '?0|6', '?6', '0', '6']);
    expect(briefOf(lost, 'results.total')).toEqual(['?48', '?48|10', '?10|54', '?54|47', '?47|23', '?23|205', '?205']);
  });

  it('keeps the cells missing where a gap shows more cells than a row lacks (page spacing)', () => {
    // (a whole row with a wider gap inside it: its cells and gaps make more than its columns)
    const spaced = text.replace('一、本年新收政府信息公开申请数量\n\n47\n\n7', '一、本年新收政府信息公开申请数量\n\n47\n\n\n7');
    expect(spaced).not.toBe(text);
    expect(briefOf(spaced, 'results.denied.enforcementCaseFile')).toEqual(['0', 'missing', '1', '0', '0', '2', '3']);
    expect(briefOf(spaced, 'results.otherHandling.other')).toEqual(['?0', '?0|6', '?0|6', '?0|6', '?6', '0', '6']);
    expect(briefOf(spaced, 'results.total')).toEqual(['48', '10', 'missing', '54', '47', '23', '205']);
  });

  it('reads back every cell of reports with blanks written so (none wrong; table 三 and 二 blanks blank)', () => {
    const unread: string[] = [];
    for (let seed = 1; seed <= 40; seed++) {
      const r = consistentReport(seed, seed % 2 ? '2021' : '2019', {
        blanks: [seed * 3, seed * 11 + 2, seed * 17 + 5, 60 + seed, 190 + (seed % 9), seed * 7 + 1],
        scale: 15,
      });
      const back = new Map(listCells(parseReport(clipboardWordCells(renderReport(r, { to: 'text' }))).report!).map((c) => [c.address, c]));
      for (const want of listCells(r)) {
        const got = back.get(want.address)!;
        if (got.status === 'missing' || got.status === 'ambiguous') unread.push(`${seed} ${want.address}`);
        else expect([want.address, got.status, got.value], `seed ${seed}`).toEqual([want.address, want.status, want.value]);
      }
    }
    // Left unread: a blank ending table 二 where the gap after the table is not exactly its cells
    // (its end runs into the space after the table). Table 四's blanks are read by its gaps (table 三
    // printed a cell a paragraph), but for seed 17 (twelve cells), whose last group has a blank total beside a
    // pending 8 (the gaps' reading breaks the group sum: not taken), and seed 24's row (the sums
    // leave one cell open).
    const t4 = unread.filter((a) => a.includes(' t4.'));
    expect(t4.filter((a) => !a.startsWith('17 '))).toEqual(['24 t4.litigationDirect.pending']);
    expect(t4).toHaveLength(13);
    expect(unread.filter((a) => a.includes(' t3.'))).toEqual([]);
    expect(unread.filter((a) => a.includes(' t2.') && !a.includes(' t2.art20_9.centralizedProcurement.'))).toEqual([]);
  });
});
