/**
 * Blank cells written `——` that reach the reader as one character, U+2E3A (TWO-EM DASH): a CJK
 * font draws the two em dashes as one glyph, and the text layer of Chromium's print names that
 * glyph (probe seeds 130, 135, 140, 144, 145: chromium-pdf read every blank of table 三 as text,
 * the whole table `ambiguous`). Normalisation reads the two- and three-em dashes as the em dashes
 * they stand for. Our own report, rendered as text here.
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, normalize, parseReport, renderReport } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';

describe('two- and three-em dashes', () => {
  it('normalise to two and three em dashes', () => {
    const n = normalize('表中“\u2e3a”表示无此项数据，\u2e3b 12');
    expect(n.text).toBe('表中“——”表示无此项数据,——— 12');
  });

  it('are blank cells where a table writes its blanks `——`', () => {
    const versions = { table2: '2021', table3: '2021' } as const;
    const cells: Record<string, number | null> = consistentCells(7, versions, 20);
    // 3.其他: 0 13 0 0 0 0 13, its zeros blank.
    for (const c of ['naturalPerson', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg'])
      cells[`t3.results.otherHandling.other.${c}`] = null;
    const truth = createReport({ versions, cells, meta: { agency: '示例县示例局', year: 2023 } });
    // Every blank cell of the text's pipe rows (`|  |`) written as the one-glyph dash.
    const text = renderReport(truth, { to: 'text' }).replace(/\| (?= \|)/g, '| \u2e3a');
    expect(text).toMatch(/\| 3\.其他 \| \u2e3a \| 13 \| \u2e3a \|/);
    const { report } = parseReport(text);
    const got = new Map(listCells(report!).map((c) => [c.address, [c.status, c.value]]));
    const row = listCells(truth).filter((c) => c.address.startsWith('t3.results.otherHandling.other.'));
    expect(row.map((c) => got.get(c.address))).toEqual([
      ['blank', null],
      ['value', 13],
      ['blank', null],
      ['blank', null],
      ['blank', null],
      ['blank', null],
      ['value', 13],
    ]);
  });
});
