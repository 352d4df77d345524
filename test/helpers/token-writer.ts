/**
 * Tokens written one after another, each on a line of its own: labels, and numbers each followed by
 * a line break (as plain pdftotext prints a column of cells). For the row-continuation decider's
 * tests, which build token tables by hand.
 */
import type { TableToken } from '../../src/tables/tokens.js';

/** A writer of labels and rows of numbers, its offsets and lines counting up from 0. */
export function tokenWriter(): { label: (text: string) => TableToken; row: (...ns: number[]) => TableToken[] } {
  let at = 0;
  const label = (text: string): TableToken => ({ kind: 'label', text, start: at++, end: at, line: at, gapBefore: 0, lineStart: true });
  const value = (n: number): TableToken => ({
    kind: 'value',
    raw: String(n),
    content: { kind: 'number', value: n, signed: false, digits: String(n) },
    start: at++,
    end: at,
    line: at,
    gapBefore: 0,
    lineStart: true,
  });
  const brk = (): TableToken => ({ kind: 'break', reason: 'line', start: at, end: at, line: at, gapBefore: 0, lineStart: false });
  return { label, row: (...ns: number[]): TableToken[] => ns.flatMap((n) => [value(n), brk()]) };
}
