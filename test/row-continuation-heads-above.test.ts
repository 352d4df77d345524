/**
 * Row continuation (plain pdftotext) after numbers printed above the first row's label: pieces of
 * the first row's wrapped numbers (their heads above the label, the tails after it, the row keeping
 * its sum with them joined) are owed to no row after, so the rows after are continued over their lines as anywhere else; numbers above the
 * label that could be the first row printed before its label keep the table in doubt. Our own
 * reports (test/helpers/fixtures.ts) in that layout (test/helpers/continued-lines.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, type Report } from '../src/index.js';
import { decideRowContinuation } from '../src/repairs/row-continuation.js';
import { segmentRows, type LabelRole } from '../src/tables/rows.js';
import type { RowItem } from '../src/tables/placement.js';
import type { LabelToken } from '../src/tables/tokens.js';
import { consistentReport, prng, VERSIONS } from './helpers/fixtures.js';
import { rewriteTable3 } from './helpers/continued-lines.js';
import { scoreCells } from './helpers/ownership-layouts.js';
import { tokenWriter } from './helpers/token-writer.js';

const classify = (l: LabelToken): LabelRole<string> => ({ role: 'row', key: l.text, matched: l.text, how: 'exact' });
/** The row sum over the items printed, a vanished blank (fewer items) placed anywhere before the total. */
const sums = (_key: string, items: readonly RowItem[]): boolean => {
  const v = items.map((i) => (i.token.kind === 'value' ? i.token.content.value : 0));
  return v.slice(0, -1).reduce((a, b) => a + b, 0) === v[v.length - 1];
};
const ROWS = new Set(['a', 'b', 'c']);
const RUNS = Number(process.env.PROP_RUNS ?? 30);

function decided(above: number[], first: number[], maxShort = 0): string[] {
  const { label, row } = tokenWriter();
  const tokens = [
    ...row(...above),
    label('a'),
    ...row(...first),
    label('b'),
    ...row(2, 0, 0, 0, 0, 0, 2),
    label('c'),
    ...row(3, 0, 0, 0, 0, 0, 3),
  ];
  return decideRowContinuation(segmentRows(tokens, classify, 0), 7, ROWS, sums, maxShort).map((d) => d.segment.key);
}

describe('row continuation after numbers above the first row (plain pdftotext)', () => {
  it('pieces above the first row, fewer than a row, joined in front of its numbers keeping its sum: the rows after are continued, the first row not', () => {
    // two heads of a's wrapped numbers above its label (`1`, `11`), its seven tails after it: 19 and
    // 118 keep a's row sum (19 + 26 + 20 + 25 + 19 + 9 = 118)
    expect(decided([1, 11], [9, 26, 20, 25, 19, 9, 8])).toEqual(['b', 'c']);
    // heads that keep the row sum joined in no placement: no evidence that they are a's pieces
    expect(decided([1, 11], [9, 26, 20, 25, 19, 9, 2])).toEqual([]);
  });

  it('a row above the first label, or a first row of another count: the table stays in doubt', () => {
    // seven numbers keeping a row sum above a's label: a printed before its label, a's seven b's
    expect(decided([1, 0, 0, 0, 0, 0, 1], [2, 0, 0, 0, 0, 0, 2])).toEqual([]);
    // five numbers, two blanks vanished, keeping the row sum: may be a row
    expect(decided([1, 2, 0, 0, 3], [1, 0, 0, 0, 0, 0, 1], 2)).toEqual([]);
    // five numbers keeping the row sum in no placement, joined in front of a's keeping it: pieces
    // (287, 231, 228, 247, 0, 0, 993)
    expect(decided([28, 23, 22, 24, 99], [7, 1, 8, 7, 0, 0, 3], 2)).toEqual(['b', 'c']);
    // the first row holding more numbers than its cells after its label
    expect(decided([1, 11], [9, 26, 20, 25, 19, 9, 2, 4])).toEqual([]);
    // more numbers above than a row holds
    expect(decided([1, 2, 3, 4, 5, 6, 7, 8], [1, 0, 0, 0, 0, 0, 1])).toEqual([]);
  });

  /**
   * Our plain text: table 三's rows cut over two or three lines (the last two numbers on a line of
   * their own), the first row's wide numbers wrapped, their first digit printed on a line above
   * the row's label.
   */
  function headsAbove(report: Report, seed: number, before = 0): string {
    const rnd = prng(seed);
    let rows = 0;
    return rewriteTable3(report, (labels, numbers, out) => {
      rows++;
      const label = labels.join(' ');
      if (rows === 1) {
        const wide = numbers.map((n) => n.length > 2);
        out.push(
          numbers
            .filter((_, k) => wide[k])
            .map((n) => n.slice(0, 1))
            .join(' '),
        );
        out.push(label);
        out.push(numbers.map((n, k) => (wide[k] ? n.slice(1) : n)).join(' '));
        return;
      }
      const cut = Math.max(1, numbers.length - 2 - Math.floor(rnd() * 2));
      const lines = [numbers.slice(0, cut).join(' '), numbers.slice(cut).join(' ')].filter((l) => l !== '');
      if (rnd() < before) out.push(...lines, label);
      else out.push(label, ...lines);
    }).join('\n');
  }

  for (const v of VERSIONS)
    it(`${v}: the rows after the wrapped first row read whole, no cell wrong unflagged`, () => {
      const truth = consistentReport(11, v, { scale: 60 });
      const text = headsAbove(truth, 5);
      // the layout: a line of heads right above the first row's label
      expect(text).toMatch(/\n\d( \d)*\n一、本年新收/);
      const { report, diagnostics } = parseReport(text, { format: 'text' });
      const got = new Map(listCells(report!).map((c) => [c.address, c]));
      const want = listCells(truth).filter((c) => c.address.startsWith('t3.') && !c.address.startsWith('t3.newReceived.'));
      for (const w of want) expect(got.get(w.address), w.address).toMatchObject({ status: w.status, value: w.value });
      expect(scoreCells(truth, report, diagnostics).wrongAddresses).toEqual([]);
    });

  it('heads above the first row, some rows after printing their numbers before their label: no cell of a continued row is stated wrong silently', () => {
    let continued = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(...VERSIONS),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 4 }),
        fc.constantFrom(0, 0.2, 0.5),
        (seed, v, blanks, before) => {
          const truth = consistentReport(seed, v, { blanks, scale: 20 + (seed % 80) });
          const { report, diagnostics } = parseReport(headsAbove(truth, seed, before), { format: 'text' });
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
});
