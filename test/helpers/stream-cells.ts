/**
 * Stream cells for the repairs' unit tests: a number, or a blank marker (`-`) where `v` is null,
 * at character `at` of line 0.
 */
import type { StreamCell } from '../../src/repairs/number-stream.js';

/** One stream cell: the number `v` written as digits, or a blank marker where `v` is null. */
export function streamCell(v: number | null, at = 0): StreamCell {
  if (v === null) return { kind: 'blank', raw: '-', start: at, end: at + 1, line: 0, gapBefore: 0, lineStart: false };
  return {
    kind: 'value',
    raw: String(v),
    content: { kind: 'number', value: v, signed: false, digits: String(v) },
    start: at,
    end: at + 1,
    line: 0,
    gapBefore: 0,
    lineStart: false,
  };
}
