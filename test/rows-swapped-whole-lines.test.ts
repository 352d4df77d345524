/**
 * Two table-三 rows printed in each other's place, each label on one line with exactly its whole row of
 * numbers (aligned text), while another row's label floats (a stray character between 总计's label and
 * its numbers). The floating label used to make the two out-of-order rows join the pairing by the
 * template's order: each took the other's numbers, and the arithmetic (symmetric in the two rows)
 * could not tell. Found by the mangling property (test/reliability.test.ts); our own generated report.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from '../src/index.js';
import { consistentReport } from './helpers/fixtures.js';
import { renderInLayout } from './helpers/layouts.js';

const original = consistentReport(1, '2019', { scale: 12 });
const printed = renderInLayout(original, 'aligned');

/** The text with the lines of 一 (本年新收) and 二 (上年结转) swapped, and a quote after 总计's label. */
function damaged(withQuote: boolean): string {
  const lines = printed.split('\n');
  const i = lines.findIndex((l) => l.startsWith('一、本年新收'));
  expect(lines[i + 1]?.startsWith('二、上年结转')).toBe(true);
  [lines[i], lines[i + 1]] = [lines[i + 1] as string, lines[i] as string];
  const t = lines.findIndex((l) => l.startsWith('（七）总计'));
  if (withQuote) lines[t] = (lines[t] as string).replace('（七）总计', '（七）总计 "');
  return lines.join('\n');
}

function rowOf(text: string, row: string): (number | string | null)[] {
  const { report } = parseReport(text, { format: 'auto' });
  return listCells(report!)
    .filter((c) => c.address.startsWith(`t3.${row}.`))
    .map((c) => (c.status === 'value' ? c.value : c.status));
}

const want = (row: string): (number | null)[] =>
  listCells(original)
    .filter((c) => c.address.startsWith(`t3.${row}.`))
    .map((c) => c.value);

describe('table 三: two rows printed in each other’s place, each whole on its label’s line', () => {
  it('keeps each label’s own numbers while another label floats', () => {
    const text = damaged(true);
    expect(want('newReceived')).toEqual([30, 43, 41, 35, 22, 13, 184]);
    expect(rowOf(text, 'newReceived')).toEqual(want('newReceived'));
    expect(rowOf(text, 'carriedOver')).toEqual(want('carriedOver'));
  });

  it('keeps them with no label floating', () => {
    const text = damaged(false);
    expect(rowOf(text, 'newReceived')).toEqual(want('newReceived'));
    expect(rowOf(text, 'carriedOver')).toEqual(want('carriedOver'));
  });
});
