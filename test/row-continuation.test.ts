/**
 * Row continuation (plain pdftotext without blank lines): a table-三 row whose numbers go on over
 * the lines after its first takes them when they are exactly its cells and keep its row sum, and no
 * other reading is open. Our own reports (test/helpers/fixtures.ts) in that layout
 * (test/helpers/continued-lines.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { decideRowContinuation } from '../src/repairs/row-continuation.js';
import { segmentRows, type LabelRole } from '../src/tables/rows.js';
import type { RowItem } from '../src/tables/placement.js';
import type { LabelToken } from '../src/tables/tokens.js';
import { consistentReport, VERSIONS } from './helpers/fixtures.js';
import { asContinuedLines } from './helpers/continued-lines.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { tokenWriter } from './helpers/token-writer.js';

const RUNS = Number(process.env.PROP_RUNS ?? 30);

function t3Cells(text: string): Map<string, ReturnType<typeof listCells>[number]> {
  const { report } = parseReport(text, { format: 'text' });
  return new Map(
    listCells(report!)
      .filter((c) => c.address.startsWith('t3.'))
      .map((c) => [c.address, c]),
  );
}

describe('row continuation (plain pdftotext)', () => {
  for (const v of VERSIONS)
    it(`${v}: rows cut over several lines, some labels wrapped around them, read whole`, () => {
      const truth = consistentReport(7, v, { scale: 30 });
      const text = asContinuedLines(truth, 11, { wrap: 0.3 });
      // The layout is what the repair is for: several lines of numbers under one label.
      expect(text).toMatch(/\n\d+( \d+)*\n\d+( \d+)*\n/);
      const cells = t3Cells(text);
      const want = listCells(truth).filter((c) => c.address.startsWith('t3.'));
      expect(want.length).toBeGreaterThan(100);
      for (const w of want) expect(cells.get(w.address), w.address).toMatchObject({ status: 'value', value: w.value });
    });

  it('numbers printed before their label for some rows: no cell of a continued row is stated wrong silently', () => {
    // (The layout has other silent wrong cells that the repair leaves as they were: numbers before
    // some labels are the ownership repair's case. Here: the rows this repair continued.)
    let continued = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(...VERSIONS),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 4 }),
        fc.constantFrom(0, 0.2, 0.5),
        (seed, v, blanks, before) => {
          const truth = consistentReport(seed, v, { blanks, scale: 1 + (seed % 50) });
          const { report, diagnostics } = parseReport(asContinuedLines(truth, seed, { before, wrap: 0.3 }), { format: 'text' });
          const rows = diagnostics.filter((d) => d.code === 'row-continued').map((d) => `${d.path}.`);
          continued += rows.length;
          const wrong = scoreCells(truth, report, diagnostics).wrongAddresses.filter((a) => rows.some((r) => a.startsWith(r)));
          expect(wrong).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
    expect(continued).toBeGreaterThan(RUNS);
  });

  it('decides nothing in a stretch owing numbers, or before a label with none; stops at a numbered label piece', () => {
    const { label, row } = tokenWriter();
    const classify = (l: LabelToken): LabelRole<string> => ({ role: 'row', key: l.text, matched: l.text, how: 'exact' });
    const other = (l: LabelToken): LabelRole<string> => (l.text.startsWith('1.') ? { role: 'other' } : classify(l));
    const sums = (_key: string, items: readonly RowItem[]): boolean => {
      const v = items.map((i) => (i.token.kind === 'value' ? i.token.content.value : 0));
      return v.slice(0, 6).reduce((a, b) => a + b, 0) === v[6];
    };
    const rows = new Set(['a', 'b', 'c']);
    // a: seven numbers over seven lines, then b: fourteen (its own and c's printed before c), then c.
    const tokens = [
      label('a'),
      ...row(1, 0, 0, 0, 0, 0, 1),
      label('b'),
      ...row(2, 0, 0, 0, 0, 0, 2, 3, 0, 0, 0, 0, 0, 3),
      label('c'),
      ...row(4, 0, 0, 0, 0, 0, 4),
    ];
    const seg = segmentRows(tokens, classify, 0);
    const decided = decideRowContinuation(seg, 7, rows, sums).map((d) => d.segment.key);
    expect(decided).toEqual(['a']);
    // a numbered label piece the reader did not recognise starts another row: a takes the numbers before it only.
    const first = [label('a'), ...row(1, 0, 0, 0, 0, 0, 1)];
    const piece = label('1.不识');
    const seg3 = segmentRows([...first, piece, ...row(2, 0, 0, 0, 0, 0, 2)], other, 0);
    expect(decideRowContinuation(seg3, 7, rows, sums)).toEqual([]);
    const cut = decideRowContinuation(seg3, 7, rows, sums, 0, [piece.start]);
    expect(cut.map((d) => d.items.map((i) => (i.token.kind === 'value' ? i.token.content.value : null)))).toEqual([[1, 0, 0, 0, 0, 0, 1]]);
    // a label with no numbers next: the numbers may be its own, printed before it.
    const seg2 = segmentRows([label('a'), ...row(1, 0, 0, 0, 0, 0, 1), label('b'), label('c')], classify, 0);
    expect(decideRowContinuation(seg2, 7, rows, sums)).toEqual([]);
  });

  it("numbers after a numbered piece beyond the rows it begins are owed: the next row does not take the row after's (found by the narrow-cell property of layout-text.test.ts)", () => {
    const { label, row } = tokenWriter();
    const classify = (l: LabelToken): LabelRole<string> =>
      l.text.startsWith('三、') ? { role: 'other' } : { role: 'row', key: l.text, matched: l.text, how: 'exact' };
    const sums = (_key: string, items: readonly RowItem[]): boolean => {
      const v = items.map((i) => (i.token.kind === 'value' ? i.token.content.value : 0));
      return v.slice(0, 6).reduce((x, y) => x + y, 0) === v[6];
    };
    const rows = new Set(['a', 'b', 'c']);
    // b's and c's first four numbers printed before their labels (after a group's numbered piece,
    // then after b's label); b's last three and c's first four keep b's row sum by chance.
    const first = [label('a'), ...row(1, 0, 0, 0, 0, 0, 1)];
    const piece = label('三、组');
    const tokens = [...first, piece, ...row(0, 0, 0, 0), label('b'), ...row(0, 1, 1, 0, 0, 0, 2), label('c'), ...row(0, 0, 2)];
    const keys = (starts: number[]) =>
      decideRowContinuation(segmentRows(tokens, classify, 0), 7, rows, sums, 0, [piece.start], starts).map((d) => d.segment.key);
    // the piece begins no data row: its four numbers are owed, b is not continued (a still is)
    expect(keys([])).toEqual(['a']);
    // a piece beginning a data row takes up to a row's numbers: nothing owed, b continued
    expect(keys([piece.start])).toEqual(['a', 'b']);
  });
});
