/**
 * One-line text (crawler: whitespace collapsed): a table-二 row that printed no number at all, its
 * label followed on the same line by the next row label, is blank (no other reading of the text
 * gives it a number); where a line break stands after the label, it stays `missing`.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport } from 'zfxxgk-report';
import { consistentCells, consistentReport } from './helpers/fixtures.js';
import { renderInLayout } from './helpers/layouts.js';

const PENALTY = 't2.art20_6.administrativePenalty.decisionCount';

function withPenaltyBlank(seed: number) {
  const index = Object.keys(consistentCells(seed, { table2: '2021', table3: '2021' })).indexOf(PENALTY);
  expect(index).toBeGreaterThanOrEqual(0);
  return consistentReport(seed, '2021', { blanks: [index] });
}

const cellOf = (text: string, address: string) =>
  listCells(parseReport(text, { format: 'text' }).report!).find((c) => c.address === address);

describe('one-line text: a table-二 row with no number', () => {
  it('is blank when the next row label follows it on the same line', () => {
    for (const seed of [1, 2, 3]) {
      const report = withPenaltyBlank(seed);
      const text = renderInLayout(report, 'one-line');
      expect(text).not.toContain('\n');
      expect(cellOf(text, PENALTY)?.status).toBe('blank');
      // The rows around it keep their numbers.
      const want = listCells(report).find((c) => c.address === 't2.art20_6.administrativeCompulsion.decisionCount');
      expect(want?.value).toEqual(expect.any(Number));
      expect(cellOf(text, 't2.art20_6.administrativeCompulsion.decisionCount')?.value).toBe(want?.value);
    }
  });

  it('stays missing when a line break stands after the label (the numbers may be elsewhere)', () => {
    const text = renderInLayout(withPenaltyBlank(1), 'one-line').replace(/行政处罚 行政强制/, '行政处罚\n行政强制');
    expect(text).toContain('行政处罚\n');
    expect(cellOf(text, PENALTY)?.status).not.toBe('blank');
  });
});
