/**
 * Table 二 in a block stream (plain `pdftotext` of an office print: every label and number a block of
 * its own): a row holding exactly its cells right before a row of its sub-table that holds fewer.
 * Blank cells print nothing there, and a row's first numbers may come out before its label, so the
 * full row's last numbers may be the short row's (probe seed 319 p01 lo-plain: `规章` / `0` / `0` /
 * `0` / `行政规范性文件` / `0` for `0 0 -` and `- 0 0`; the third 0 was stated in a blank cell, and
 * table 二 has no equation to show it). The full row now keeps its numbers only as candidates, as
 * the full row right after a short one already did (`src/repairs/overfull-rows.ts`). Our own report.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { overfullBesideShort } from '../src/repairs/overfull-rows.js';
import { table2BlockReport as blockReport } from './helpers/block-stream.js';

function firstSubTable(text: string): [string, string, number | null][] {
  const { report } = parseReport(text, { format: 'text' });
  return listCells(report!)
    .filter((c) => c.address.startsWith('t2.art20_1.'))
    .map((c) => [c.address.slice('t2.art20_1.'.length), c.status, c.value]);
}

describe('table 二: a full row right before a short row, in a block stream', () => {
  it('the full row keeps its numbers only as candidates (its last may be the short row’s first)', () => {
    // The truth: 规章 4 9 — and 行政规范性文件 — 6 3, the blanks printing nothing.
    expect(firstSubTable(blockReport(['规章', '4', '9', '6', '行政规范性文件', '3']))).toEqual([
      ['regulations.issued', 'ambiguous', null],
      ['regulations.repealed', 'ambiguous', null],
      ['regulations.currentlyValid', 'ambiguous', null],
      ['normativeDocuments.issued', 'ambiguous', null],
      ['normativeDocuments.repealed', 'ambiguous', null],
      ['normativeDocuments.currentlyValid', 'ambiguous', null],
    ]);
  });

  it('two full rows are read as printed', () => {
    expect(firstSubTable(blockReport(['规章', '4', '9', '6', '行政规范性文件', '3', '1', '15']))).toEqual([
      ['regulations.issued', 'value', 4],
      ['regulations.repealed', 'value', 9],
      ['regulations.currentlyValid', 'value', 6],
      ['normativeDocuments.issued', 'value', 3],
      ['normativeDocuments.repealed', 'value', 1],
      ['normativeDocuments.currentlyValid', 'value', 15],
    ]);
  });

  it('the check: only where numbers may stand before their labels, and only before a short row that took a number', () => {
    const full = { items: 3, columns: 3 };
    expect(overfullBesideShort([full, { items: 1, columns: 3 }], true)).toEqual([true, false]);
    expect(overfullBesideShort([full, { items: 1, columns: 3 }], false)).toEqual([false, false]);
    expect(overfullBesideShort([full, { items: 0, columns: 3 }], true)).toEqual([false, false]);
    expect(overfullBesideShort([full, full], true)).toEqual([false, false]);
  });
});
