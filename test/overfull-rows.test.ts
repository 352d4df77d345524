/**
 * Table 二 in plain `pdftotext` text of an Office print: a wrapped row label (`行政规` / `范性文件`)
 * printed with numbers between and after its pieces, the row above keeping one number. Which of
 * the overfull row's numbers are the row above's only the stream's order could tell, and table 二
 * has no equations: those cells must be flagged, never stated (issue 12; two held-out probe
 * documents read them silently wrong).
 */
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, type Cell } from 'zfxxgk-report';
import { overfullBesideShort, unsettle } from '../src/repairs/overfull-rows.js';
import type { RowPlacement } from '../src/tables/placement.js';
import type { LabelToken, ValueToken } from '../src/tables/tokens.js';
import { consistentCells } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';

/** Our 2021 report, table 二's first sub-table as given. */
function text(block: readonly string[]): string {
  const report = createReport({
    versions: { table2: '2021', table3: '2021' },
    cells: consistentCells(5, { table2: '2021', table3: '2021' }, 40),
    meta: { agency: '示例县示例局', year: 2023 },
  });
  const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const a = lines.findIndex((l) => l.trim().startsWith('规章'));
  const b = lines.findIndex((l, i) => i > a && l.includes('第二十条第（五）项'));
  return [...lines.slice(0, a), ...block, ...lines.slice(b)].join('\n');
}

function cellsOf(t: string): Map<string, Cell> {
  const { report } = parseReport(t, { format: 'text' });
  return new Map(listCells(report!).map((c) => [c.address, c as Cell]));
}

describe('table 二: an overfull row beside a short one', () => {
  it('numbers after a wrapped label, the row above short: the overfull row’s later cells are flagged (were stated: 87391 and 46364 of the row above)', () => {
    const cells = cellsOf(text(['规章', '', '14', '', '行政规', '382', '范性文件', '', '87,391 46,364', '25,164 941', '']));
    const row = (k: string) => ['issued', 'repealed', 'currentlyValid'].map((c) => cells.get(`t2.art20_1.${k}.${c}`));
    // The number between the label's pieces is the row's own (a label wrapped around a number owns it).
    expect(
      row('normativeDocuments').map((c) => [c?.status, c?.status === 'value' ? c.value : c?.status === 'ambiguous' ? c.candidates : null]),
    ).toEqual([
      ['value', 382],
      ['ambiguous', [87391]],
      ['ambiguous', [46364]],
    ]);
    expect(row('regulations').every((c) => c?.status !== 'value')).toBe(true);
  });

  it('a blank marker between the pieces stays blank; the numbers after the label become candidates', () => {
    const cells = cellsOf(text(['规章', '', '18', '', '行政规', '/', '范性文件', '', '7', '', '18', '', '/', '', '/', '']));
    const statuses = ['issued', 'repealed', 'currentlyValid'].map((c) => cells.get(`t2.art20_1.normativeDocuments.${c}`)?.status);
    expect(statuses).toEqual(['blank', 'ambiguous', 'ambiguous']);
  });

  it('a row holding all its cells right after a short row: its numbers may be the short row’s (was 0 stated in a blank cell)', () => {
    const cells = cellsOf(text(['规章', '', '0', '', '行政规范性文件', '', '0', '', '0', '0', '']));
    const statuses = ['issued', 'repealed', 'currentlyValid'].map((c) => cells.get(`t2.art20_1.normativeDocuments.${c}`)?.status);
    expect(statuses).toEqual(['ambiguous', 'ambiguous', 'ambiguous']);
    expect(
      overfullBesideShort([
        { items: 1, columns: 3 },
        { items: 3, columns: 3 },
      ]),
    ).toEqual([false, true]);
    // (a full row before a short one is not: the short row's numbers would stand before its label)
    expect(
      overfullBesideShort([
        { items: 3, columns: 3 },
        { items: 1, columns: 3 },
      ]),
    ).toEqual([false, false]);
  });

  it('unsettle keeps the first cells on the label’s line or inside the label, flags the rest; overfullBesideShort needs both an overfull and a short row', () => {
    const label = { kind: 'label', text: '行政规范性文件', start: 100, end: 120, line: 5, gapBefore: 0, lineStart: true } as LabelToken;
    const value = (v: number, line: number, start: number): ValueToken =>
      ({ kind: 'value', raw: String(v), content: { value: v }, start, end: start + 2, line, gapBefore: 0, lineStart: false }) as ValueToken;
    const placement: RowPlacement = {
      columns: [
        { status: 'value', token: value(18, 5, 121) },
        { status: 'value', token: value(258, 7, 130) },
        { status: 'value', token: value(234, 5, 140) },
      ],
      surplus: 0,
      deficit: 0,
    };
    unsettle(placement, label);
    expect(placement.columns.map((p) => p.status)).toEqual(['value', 'ambiguous', 'ambiguous']);
    expect(placement.columns[1]).toMatchObject({ candidates: [258] });
    expect(
      overfullBesideShort([
        { items: 3, columns: 3 },
        { items: 4, columns: 3 },
      ]),
    ).toEqual([false, false]);
    expect(overfullBesideShort([{ items: 1, columns: 3 }, { items: 5, columns: 3 }, null])).toEqual([false, true, false]);
    // (nor a row after one that took no number: its blanks may be written as nothing, and it spilled none)
    expect(
      overfullBesideShort([
        { items: 0, columns: 1 },
        { items: 1, columns: 1 },
      ]),
    ).toEqual([false, false]);
  });
});
